"""Buku Tamu: an outsider is served for information only (the rule's message under the purpose, nothing saved);
a villager's visit is listed with their dusun; search and purpose filters; delete with Urungkan."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from desmig_desktop.service_centre.services.visits import list_visits
from tests.service_centre.conftest import CALON, SEEKER
from tests.service_centre.ui.desk_fixtures import make_env, shot, show_page
from tests.ui.modals import saving

OUTSIDER_RULE = "hanya dapat dilayani untuk informasi"


def _outsider_for(purpose: str):  # type: ignore[no-untyped-def]
    def fill(d) -> None:  # type: ignore[no-untyped-def]
        d.set_outsider(True)
        d.outsider_name.setText("Siti Aminah")
        d.outsider_id_number.setText("3307094101950002")
        d.outsider_village.setText("Desa Sumberejo")
        d.set_purpose(purpose)
    return fill


def test_an_outsider_asking_for_ak1_sees_the_rule_and_nothing_is_saved(qtbot, ctx, sc_village, changes):
    page = show_page(qtbot, make_env(qtbot, ctx, sc_village, changes), "visits")
    seen = {}

    def fill(d) -> None:  # type: ignore[no-untyped-def]
        _outsider_for("ak1")(d)
        seen["live"] = d.boxes["purpose"].text()  # shown as soon as the purpose is chosen
        seen["dialog"] = d
        shot(d, "visit-dialog-outsider")

    page.run_dialog = saving(qtbot, fill)
    page.add_visit()
    assert OUTSIDER_RULE in seen["live"]
    assert OUTSIDER_RULE in seen["dialog"].messages()  # the save was refused with the same message
    assert list_visits(ctx) == [] and page.model.rowCount() == 0
    assert page.count_label.text() == "0 kunjungan"


def test_an_outsider_for_information_and_a_villager_are_listed(qtbot, ctx, sc_village, sc_people, changes, tmp_path):
    page = show_page(qtbot, make_env(qtbot, ctx, sc_village, changes), "visits")
    announced = []
    changes.changed.connect(announced.append)
    page.run_dialog = saving(qtbot, _outsider_for("migrasi_aman"))
    page.add_visit()

    def villager(d) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClicks(d.picker.search, "Agus")
        d.picker.search_now()
        d.set_purpose("ak1")
        assert d.boxes["purpose"].text() == ""  # a villager may come for AK-1
        d.notes.setPlainText("Menanyakan syarat kartu kuning")

    page.run_dialog = saving(qtbot, villager)
    page.add_visit()
    texts = [[page.model.index(r, c).data() for c in range(page.model.columnCount())]
             for r in range(page.model.rowCount())]
    by_name = {row[2]: row for row in texts}
    assert set(by_name) == {"Siti Aminah", SEEKER}
    assert by_name[SEEKER][3] == "Warga" and by_name[SEEKER][4] == "Kuripan RT 01/RW 01"
    assert by_name[SEEKER][6] == "AK-1 (kartu kuning)"
    assert by_name["Siti Aminah"][3] == "Tamu luar" and by_name["Siti Aminah"][4] == "Desa Sumberejo"
    assert "3307094101950002" not in by_name["Siti Aminah"][5]  # the ID shown is masked in the list
    assert page.count_label.text() == "2 kunjungan"
    assert any("sc_visits" in kinds for kinds in announced)
    shot(page, "visits")

    page.purpose_combo.setCurrentIndex(page.purpose_combo.findText("Informasi migrasi aman"))
    assert [r.name for r in page.rows()] == ["Siti Aminah"]
    page.purpose_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "sumber")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.rows()[0].name == "Siti Aminah"

    page.ask_export_path = lambda: tmp_path / "buku-tamu.xlsx"  # what the officer would choose in the dialog
    written = page.export_list()
    sheet = openpyxl.load_workbook(written).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Buku Tamu" and values[2][2] == "Pengunjung"
    assert [row[2] for row in values[3:]] == ["Siti Aminah"]  # only the rows shown
    assert values[3][4] == "Desa Sumberejo" and "3307094101950002" not in str(values)


def test_a_villager_must_be_picked_and_a_visit_can_be_deleted_and_undone(qtbot, ctx, sc_village, sc_people, changes):
    page = show_page(qtbot, make_env(qtbot, ctx, sc_village, changes), "visits")
    seen = {}

    def nobody(d) -> None:  # type: ignore[no-untyped-def]
        d.set_purpose("info_kerja")
        seen["d"] = d

    page.run_dialog = saving(qtbot, nobody)
    page.add_visit()
    assert "Pilih warga" in seen["d"].messages() and page.model.rowCount() == 0

    def calon(d) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClicks(d.picker.search, "Rina")
        d.set_purpose("dokumen")

    page.run_dialog = saving(qtbot, calon)
    page.add_visit()
    assert [r.name for r in page.rows()] == [CALON]
    page.table.selectRow(0)
    page.confirm_delete = lambda what: CALON in what
    page.delete_visit()
    assert page.model.rowCount() == 0
    from desmig_desktop.ui.feedback import toasts

    toast = toasts(page)[-1]
    assert CALON in toast.text()
    qtbot.mouseClick(toast.button, Qt.MouseButton.LeftButton)
    assert [r.name for r in page.rows()] == [CALON]
