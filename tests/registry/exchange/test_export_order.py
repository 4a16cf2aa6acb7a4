"""The person export reads the list by key (search.iter_persons): on the demo village it writes exactly the rows,
in exactly the order, that paging with `list_persons(offset=…)` gave (the export before the change)."""

from __future__ import annotations

from datetime import date

import pytest

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.registry.exchange import persons_export
from desmig_desktop.registry.services.export_rows import person_extras
from desmig_desktop.registry.services.search import PersonQuery, list_persons

from tests.conftest import demo_copy


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file):
    ctx = ServiceContext.open(demo_copy(demo_file, tmp_path_factory.mktemp("demo") / "kuripan.db"),
                              officer="Petugas Demo")
    ctx.today_override = date(2026, 11, 23)
    yield ctx
    ctx.close()


def by_offset(ctx: ServiceContext, query: PersonQuery, include_nik: bool, page: int) -> list[list[object]]:
    """The export's rows as the offset pages gave them."""
    out: list[list[object]] = []
    while True:
        rows = list_persons(ctx, query, offset=len(out), limit=page)
        extras = person_extras(ctx, [r.id for r in rows])
        out += [persons_export._values(r, extras.get(r.id), include_nik) for r in rows]
        if len(rows) < page:
            return out


@pytest.mark.parametrize("query", [PersonQuery(sort="no_kk"), PersonQuery(sort="no_kk", include_gone=True),
                                   PersonQuery(status="aktif", sort="name")], ids=["default", "all", "aktif"])
def test_export_rows_are_the_rows_and_order_of_the_offset_pages(demo, query, monkeypatch):
    monkeypatch.setattr(persons_export, "PAGE", 300)  # several pages, the last one short
    expected = by_offset(demo, query, True, 300)
    assert len(expected) > 300 or query.status
    assert list(persons_export._rows(demo, query, True)) == expected
    assert list(persons_export._rows(demo, query, False)) == by_offset(demo, query, False, 1000)
