"""The person list page: search as you type, filters, sorting by header, keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.ui.person_page import PersonPage

from tests.conftest import names_shown


def _page(qtbot, ctx, village, changes):  # type: ignore[no-untyped-def]
    page = PersonPage(ctx, village, changes)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def test_typing_in_the_search_field_filters_rows(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes)
    assert page.model.rowCount() == 5
    assert page.count_label.text() == "5 orang"
    qtbot.keyClicks(page.search, "lestari")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert names_shown(page.model) == ["Dwi Lestari"]
    assert page.count_label.text() == "1 orang"
    page.search.clear()
    qtbot.keyClicks(page.search, "3307091201150004")  # a No. KK finds the whole family
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    assert names_shown(page.model) == ["Ani Rahayu", "Joko Susilo"]


def test_status_and_sex_filters(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes)
    page.status_combo.setCurrentIndex(page.status_combo.findText("PMI aktif"))
    assert names_shown(page.model) == ["Sularmi"]
    page.status_combo.setCurrentIndex(page.status_combo.findText("Semua PMI"))
    assert names_shown(page.model) == ["Ani Rahayu", "Sularmi"]
    page.status_combo.setCurrentIndex(page.status_combo.findText("Keluarga PMI"))
    page.sex_combo.setCurrentIndex(page.sex_combo.findText("Laki-laki"))
    assert names_shown(page.model) == ["Joko Susilo", "Slamet Riyadi"]
    page.dusun_combo.setCurrentIndex(page.dusun_combo.findText("Sigaluh"))
    assert names_shown(page.model) == ["Joko Susilo"]
    assert page.count_label.text() == "1 orang"


def test_clicking_a_header_sorts_on_the_server(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes)
    assert names_shown(page.model)[0] == "Ani Rahayu"
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(4) + 10  # Tgl Lahir
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.query().sort == "birth_date"
    first = names_shown(page.model)[0]
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert {first, names_shown(page.model)[0]} == {"Joko Susilo", "Dwi Lestari"}  # oldest / youngest


def test_people_who_moved_out_are_hidden_unless_asked(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes)
    registry.record_life_event(ctx, people.ids["Joko Susilo"], "pindah_keluar", date(2026, 10, 1))
    changes.notify("persons")
    assert "Joko Susilo" not in names_shown(page.model)
    page.gone_check.setChecked(True)
    row = names_shown(page.model).index("Joko Susilo")
    assert page.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == "Sudah pindah keluar atau meninggal"


def test_ctrl_f_focuses_search_and_enter_moves_to_the_list(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    assert page.search.placeholderText() == "Cari nama, NIK atau No. KK…"
    qtbot.keyClicks(page.search, "Sular")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.table.hasFocus()
    assert page.selected_row().name == "Sularmi"
    assert page.edit_button.isEnabled() and page.placement_button.isEnabled()


def test_enter_on_a_row_opens_the_form_for_that_person(qtbot, ctx, village, people, changes):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    page = _page(qtbot, ctx, village, changes)
    page.table.selectRow(names_shown(page.model).index("Joko Susilo"))
    page.table.setFocus()
    seen = []

    def inspect_and_close() -> None:
        form = QApplication.activeModalWidget()
        seen.append((form.windowTitle(), form.name.text(), form.focusWidget() is form.nik))
        qtbot.keyClick(form, Qt.Key.Key_Escape)  # Esc cancels

    QTimer.singleShot(0, inspect_and_close)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert seen == [("Ubah data orang", "Joko Susilo", True)]  # the first field has the keyboard
