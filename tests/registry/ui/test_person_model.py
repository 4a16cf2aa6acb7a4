"""The lazy person model: Qt's model rules, paging, counting and server-side sorting."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.search import PersonQuery
from desmig_desktop.registry.ui.person_model import PAGE, PersonTableModel

from tests.conftest import names_shown, person_input


def test_model_follows_qt_rules(qtmodeltester, ctx, people):
    model = PersonTableModel(ctx, async_count=False)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Nama", "NIK", "No. KK", "L/P", "Tgl Lahir", "Umur", "Dusun", "RW/RT", "Status", "Negara tujuan",
                       "Tgl Berangkat"]


def test_rows_show_what_the_officer_reads(ctx, people):
    model = PersonTableModel(ctx)
    row = names_shown(model).index("Sularmi")
    cells = [model.index(row, c).data() for c in range(model.columnCount())]
    assert cells == ["Sularmi", people.niks["Sularmi"], "3307091201150003", "P", "14/02/1985", "41", "Kuripan", "01/02",
                     "PMI aktif", "Hong Kong", "01/03/2024"]  # 41 on 23 November 2026


def test_sorting_is_done_by_the_database(ctx, people):
    model = PersonTableModel(ctx)
    assert names_shown(model)[0] == "Ani Rahayu"
    model.sort(4, Qt.SortOrder.DescendingOrder)  # Tgl Lahir, youngest first
    assert model.query().sort == "birth_date" and model.query().descending
    assert names_shown(model)[0] == "Dwi Lestari"


def _many(ctx, village, n):  # type: ignore[no-untyped-def]
    with ctx.unit_of_work() as s:
        for i in range(n):
            born = date(1970, 1, 1) + timedelta(days=37 * i)
            registry.register_person_in(s, ctx, person_input(f"Warga {i:04d}", "L", born, 1000 + i))


def test_pages_are_read_only_when_needed_and_the_total_arrives_later(qtbot, ctx, village):
    _many(ctx, village, PAGE + 50)
    model = PersonTableModel(ctx)
    assert model.loaded_pages() == [0]
    qtbot.waitUntil(lambda: model.rowCount() == PAGE + 50, timeout=5000)
    assert model.total() == PAGE + 50
    assert model.index(PAGE + 49, 0).data() == f"Warga {PAGE + 49:04d}"
    assert model.loaded_pages() == [0, 1]
    with qtbot.waitSignal(model.total_changed, timeout=5000) as blocker:
        model.set_query(PersonQuery(text="Warga 01"))
    assert blocker.args == [100]
    model.shutdown()
