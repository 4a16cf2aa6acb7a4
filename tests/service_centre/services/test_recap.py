"""The service-centre section of the recap counts a hand-built history right, for past periods too (statuses of
the period's last day from the step dates): see tests/service_centre/recap_fixtures.py for the known counts."""

from __future__ import annotations

from dataclasses import fields, is_dataclass

import pytest

from desmig_desktop.core.periods import parse_period
from desmig_desktop.service_centre.services.recap import (
    ServiceSection,
    build_service_section,
    build_service_sections,
    district_columns,
)
from tests.service_centre.recap_fixtures import History, build_history


@pytest.fixture
def history(ctx, village) -> History:  # type: ignore[no-untyped-def]
    return build_history(ctx)


def section(ctx, code: str) -> ServiceSection:  # type: ignore[no-untyped-def]
    found = build_service_section(ctx, parse_period(code))
    assert found is not None
    return found


def visits(s: ServiceSection) -> dict[str, tuple[int, int]]:
    return {v.code: (v.villagers, v.outsiders) for v in s.visits if v.total}


def complaints(s: ServiceSection) -> dict[str, tuple[int, tuple[int, ...]]]:
    return {c.code: (c.opened, tuple(n for _status, n in c.by_status)) for c in s.complaints
            if c.opened or any(n for _status, n in c.by_status)}


def test_october(ctx, history):  # type: ignore[no-untyped-def]
    s = section(ctx, "2026-10")
    assert visits(s) == {"info_kerja": (1, 1), "migrasi_aman": (0, 1)}
    assert s.visits_total == 3
    assert dict(s.ak1_by_status) == {"draft": 0, "lengkap": 1, "diserahkan": 0, "terbit": 1, "ditolak": 1}
    assert (s.ak1_opened, s.ak1_issued, s.ak1_due) == (1, 0, 0)  # Budi reported on 25/10
    assert dict(s.departures) == {"prosedural": 1, "non_prosedural": 1, "": 0}
    assert (s.calon, s.calon_at_risk) == (1, 1)
    assert dict(s.risks) == {"under_18": 1, "non_procedural": 0, "no_p3mi": 1, "documents_missing": 1}
    #                       opened, (baru, ditindaklanjuti, dirujuk, selesai) on 31/10
    assert complaints(s) == {"putus_kontak": (1, (0, 1, 0, 0)), "gaji": (0, (0, 0, 0, 1)),
                             "calo": (1, (0, 0, 0, 1))}
    assert (s.closed, s.median_days_to_close, s.complaints_open) == (2, 22.0, 1)
    assert s.lost_contact == 1  # Dedi (flag, 90 days); Wati is on the register only for her open complaint,
    assert dict(s.lost_by_reason) == {"flag": 1, "no_contact_90": 1, "complaint": 1}  # which counts apart


def test_september_shows_what_was_open_then(ctx, history):  # type: ignore[no-untyped-def]
    s = section(ctx, "2026-09")
    assert visits(s) == {"pengaduan": (1, 0)}
    assert dict(s.ak1_by_status) == {"draft": 0, "lengkap": 0, "diserahkan": 1, "terbit": 1, "ditolak": 0}
    assert s.ak1_due == 1  # Budi's report was due 20/10, within 30 days of 30/09; he reported later
    assert dict(s.departures) == {"prosedural": 0, "non_prosedural": 0, "": 0}
    assert (s.calon, s.calon_at_risk) == (3, 2)
    assert dict(s.risks) == {"under_18": 1, "non_procedural": 1, "no_p3mi": 1, "documents_missing": 0}
    # The gaji complaint, closed on 09/10, was still being followed up on 30/09.
    assert complaints(s) == {"gaji": (1, (0, 1, 0, 0))}
    assert (s.closed, s.median_days_to_close, s.complaints_open) == (0, None, 1)
    # Dedi (flag, 90 days); not Wati: her contact of 15/10 hides the ones before it, the time is unknown.
    assert s.lost_contact == 1
    assert dict(s.lost_by_reason) == {"flag": 1, "no_contact_90": 1, "complaint": 0}


def test_november_so_far(ctx, history):  # type: ignore[no-untyped-def]
    s = section(ctx, "2026-11")
    assert visits(s) == {"ak1": (1, 0)}
    assert dict(s.ak1_by_status) == {"draft": 1, "lengkap": 0, "diserahkan": 1, "terbit": 1, "ditolak": 1}
    assert complaints(s) == {"putus_kontak": (0, (0, 0, 0, 1)), "gaji": (0, (0, 0, 0, 1)),
                             "calo": (0, (0, 0, 0, 1)), "kekerasan": (1, (1, 0, 0, 0))}
    assert (s.closed, s.median_days_to_close) == (1, 26.0)  # putus_kontak: 20/10 -> 15/11
    assert s.lost_contact == 1  # Wati's complaint closed; Dedi still lost


def test_quarter_and_year(ctx, history):  # type: ignore[no-untyped-def]
    q = section(ctx, "2026-Q4")  # statuses of 31/12, flows of October to December
    assert q.visits_total == 4
    assert dict(q.departures)["prosedural"] == 1
    assert (q.closed, q.median_days_to_close) == (3, 26.0)  # 34, 10, 26 days
    assert sum(c.opened for c in q.complaints) == 3
    assert section(ctx, "2026").visits_total == 5


def test_nothing_before_the_history(ctx, history):  # type: ignore[no-untyped-def]
    s = build_service_section(ctx, parse_period("2024-01"))
    assert s is None or (s.visits_total, s.calon, s.lost_contact, s.complaints_open, s.closed) == (0, 0, 0, 0, 0)


def test_a_village_without_any_record_has_no_section(ctx, village):  # type: ignore[no-untyped-def]
    assert build_service_section(ctx, parse_period("2026-10")) is None
    assert build_service_sections(ctx, parse_period("2026-10")) == {}


def test_counts_only(ctx, history):  # type: ignore[no-untyped-def]
    """No name, id or text in the section: its strings are codes of the centre's vocabularies."""
    from desmig_desktop.service_centre import codes

    allowed = {*codes.PURPOSES, *codes.AK1_STATUSES, *codes.RISKS, *codes.COMPLAINT_CATEGORIES, *codes.COMPLAINT_STATUSES,
               "prosedural", "non_prosedural", "", "flag", "no_contact_90", "complaint"}
    s = section(ctx, "2026-10")

    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, (tuple, list)):
            return [t for v in value for t in strings(v)]
        if is_dataclass(value):
            return [t for f in fields(value) for t in strings(getattr(value, f.name))]
        return []

    found = [t for f in fields(s) if f.name != "period" for t in strings(getattr(s, f.name))]
    assert found and set(found) <= allowed


def test_district_columns(ctx, history):  # type: ignore[no-untyped-def]
    cols = district_columns(section(ctx, "2026-10"))
    empty = district_columns(None)
    assert [(c.code, c.category) for c in cols] == [(c.code, c.category) for c in empty]
    assert all(c.value == 0 for c in empty)
    by = {(c.code, c.category): c.value for c in cols}
    assert by[("service_centre.visits", "villager")] == 1 and by[("service_centre.visits", "outsider")] == 2
    assert by[("service_centre.ak1", "ditolak")] == 1
    assert by[("service_centre.departures", "non_prosedural")] == 1
    assert by[("service_centre.complaints_open", "")] == 1 and by[("service_centre.lost_contact", "")] == 1


@pytest.mark.parametrize("code", ["2026-09", "2026-10", "2026-11"])
def test_same_as_the_lists_of_the_screens(ctx, history, code):  # type: ignore[no-untyped-def]
    """The recap of a period counts what the centre's own lists show on its last day (the lists of H1-H3)."""
    same_as_the_lists(ctx, code)


@pytest.fixture(scope="module")
def demo(demo_file, tmp_path_factory):  # type: ignore[no-untyped-def]
    from desmig_desktop.core.context import ServiceContext
    from tests.conftest import TODAY, demo_copy

    c = ServiceContext.open(demo_copy(demo_file, tmp_path_factory.mktemp("sc-demo") / "demo.db"), create=False)
    c.today_override = TODAY
    yield c
    c.close()


@pytest.mark.parametrize("code", ["2026-06", "2026-Q3", "2026-10", "2026-11"])
def test_the_demo_recap_is_the_lists_of_its_last_day(demo, code):  # type: ignore[no-untyped-def]
    s = same_as_the_lists(demo, code)
    assert s.visits_total > 0 and sum(n for _c, n in s.ak1_by_status) > 0 and s.calon > 0


def same_as_the_lists(ctx, code: str) -> ServiceSection:  # type: ignore[no-untyped-def]
    from desmig_desktop.service_centre.services.ak1 import due_cards, list_ak1
    from desmig_desktop.service_centre.services.complaints import list_complaints
    from desmig_desktop.service_centre.services.contact import lost_contact_register
    from desmig_desktop.service_centre.services.documents import calon_at_risk, calon_list

    s = section(ctx, code)
    day = s.period.end
    assert s.ak1_due == len(due_cards(ctx, 30, day))
    assert sum(n for _code, n in s.ak1_by_status) == len(list_ak1(ctx, day=day))
    assert (s.calon, s.calon_at_risk) == (len(calon_list(ctx, day)), len(calon_at_risk(ctx, day)))
    shown = list_complaints(ctx, day=day)
    assert dict(s.complaints_by_status()) == {st: sum(r.status == st for r in shown)
                                              for st in ("baru", "ditindaklanjuti", "dirujuk", "selesai")}
    register = lost_contact_register(ctx, day)  # less those listed only for an open putus-kontak complaint:
    assert s.lost_contact == sum(bool(set(r.reasons) - {"complaint"}) for r in register)
    assert dict(s.lost_by_reason)["complaint"] == sum(r.category == "putus_kontak" and r.status != "selesai"
                                                      for r in shown)
    return s


def test_a_district_batch_gives_each_village_its_own_section(ctx, history, db_path, tmp_path):  # type: ignore[no-untyped-def]
    """The history's village and a second one made from it, merged in a district database (private columns left
    out, as the packages carry them): the batch reader scoped to both gives each the section of its own file."""
    from dataclasses import replace

    from sqlalchemy import event

    from desmig_desktop.core.context import ServiceContext
    from desmig_desktop.district.database import init_district
    from desmig_desktop.district.merge import merge_connection, merge_tables
    from desmig_desktop.district.package import snapshot
    from tests.conftest import TODAY, demo_copy
    from tests.district.test_recap_district import make_second_village

    ctx.close()
    first, second = demo_copy(db_path, tmp_path / "a.db"), demo_copy(db_path, tmp_path / "b.db")
    make_second_village(second)
    engine = init_district(f"sqlite:///{tmp_path / 'district.db'}", "Wonosobo")
    own = {}
    try:
        for path in (first, second):
            village = ServiceContext.open(path, create=False)
            village.today_override = TODAY
            with merge_connection(engine) as conn, conn.begin():
                merge_tables(conn, snapshot(village.engine))
            own[village.village_id] = village
        base = ServiceContext(engine, officer="", today_override=TODAY)
        batch = replace(base, scope_village_id=tuple(sorted(own)))
        for code in ("2026-09", "2026-10", "2026-11"):
            period = parse_period(code)
            found = build_service_sections(batch, period)
            assert set(found) == set(own)
            for village_id, village in own.items():
                assert found[village_id] == build_service_section(village, period)
                assert build_service_section(base.scoped(village_id), period) == found[village_id]
        assert found[village_id].lost_contact == 1 and found[village_id].closed == 1
        counts = []
        for scoped in (base.scoped(village_id), batch):  # grouped statements: as many for two villages as one
            seen = []

            def count(*_args, seen=seen) -> None:  # type: ignore[no-untyped-def]
                seen.append(1)

            event.listen(engine, "before_cursor_execute", count)
            try:
                build_service_sections(scoped, period)
            finally:
                event.remove(engine, "before_cursor_execute", count)
            counts.append(len(seen))
        assert counts[0] == counts[1] <= 12
    finally:
        for village in own.values():
            village.close()
        engine.dispose()
