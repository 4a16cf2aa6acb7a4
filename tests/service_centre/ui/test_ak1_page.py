"""AK-1 page: an application from draft to kartu terbit through the real dialogs (checklist ticks, each step with
its date, the card number), the steps the flow does not allow are never offered and the rules' refusals show
under their fields; the due filter lists the card; a six-monthly report moves its due date."""

from __future__ import annotations

from datetime import date

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from desmig_desktop.service_centre.codes import AK1_ITEMS
from desmig_desktop.service_centre.services.ak1 import get_ak1, list_ak1, open_ak1
from desmig_desktop.service_centre.ui.ak1_dialog import Ak1Dialog
from desmig_desktop.service_centre.ui.ak1_page import NewAk1Dialog
from tests.service_centre.conftest import SEEKER
from tests.service_centre.ui.desk_fixtures import make_env, shot, show_page


def _step(qtbot, d: Ak1Dialog, target: str, on: date, card: str = "", reason: str = "") -> str:  # type: ignore[no-untyped-def]
    assert d.choose_step(target)
    d.step_on.set_value(on)
    if card:
        d.card_number.setText(card)
    if reason:
        d.reason.setText(reason)
    qtbot.mouseClick(d.step_button, Qt.MouseButton.LeftButton)
    return d.step_messages()


def test_an_application_from_draft_to_kartu_terbit(qtbot, ctx, sc_village, sc_people, changes, tmp_path):
    page = show_page(qtbot, make_env(qtbot, ctx, sc_village, changes), "ak1")
    seen: dict[str, object] = {}

    def run(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        if isinstance(dialog, NewAk1Dialog):
            qtbot.keyClicks(dialog.picker.search, "Agus")
            dialog.opened_on.set_value(date(2026, 5, 1))
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            return dialog.result()
        d: Ak1Dialog = dialog
        assert d.offered_steps() == ["lengkap"]  # never straight to diserahkan, terbit or ditolak
        seen["missing"] = _step(qtbot, d, "lengkap", date(2026, 5, 5))
        for n, code in enumerate(AK1_ITEMS):
            d.checklist.tick(code, date(2026, 5, 1 + n))
        assert d.checklist.summary.text() == "4 dari 4 berkas sudah diperiksa."
        seen["future"] = _step(qtbot, d, "lengkap", date(2026, 12, 1))
        assert _step(qtbot, d, "lengkap", date(2026, 5, 5)) == ""
        assert not d.checklist.rows["ktp"].box.isEnabled()  # papers are fixed once complete
        assert d.offered_steps() == ["diserahkan"]
        seen["before"] = _step(qtbot, d, "diserahkan", date(2026, 5, 4))
        assert _step(qtbot, d, "diserahkan", date(2026, 5, 10)) == ""
        assert d.offered_steps() == ["terbit", "ditolak"]
        assert d.boxes["card_number"].isHidden() is False and d.boxes["reason"].isHidden()
        seen["no_card"] = _step(qtbot, d, "terbit", date(2026, 6, 1))
        assert _step(qtbot, d, "terbit", date(2026, 6, 1), card="AK1/3307/2026/0457") == ""
        assert d.step_group.isHidden() and not d.report_group.isHidden()
        seen["card"] = d.card_info.text()
        shot(d, "ak1-dialog")
        return 0

    page.run_dialog = run
    page.add_application()
    assert "Berkas belum lengkap: KTP, Kartu Keluarga, Pas foto, Ijazah terakhir" in str(seen["missing"])
    assert "tidak boleh sesudah hari ini" in str(seen["future"])
    assert "tidak boleh sebelum langkah sebelumnya (05/05/2026)" in str(seen["before"])
    assert "Nomor kartu AK-1 wajib diisi" in str(seen["no_card"])
    assert "AK1/3307/2026/0457" in str(seen["card"]) and "01/06/2028" in str(seen["card"])
    assert "Lapor 6 bulanan 01/12/2026 (8 hari lagi)" in str(seen["card"])

    [row] = list_ak1(ctx)
    assert (row.name, row.status, row.card_number, row.issued_on) == (SEEKER, "terbit", "AK1/3307/2026/0457",
                                                                       date(2026, 6, 1))
    shown = [[page.model.index(r, c).data() for c in range(page.model.columnCount())] for r in range(page.model.rowCount())]
    assert shown[0][0] == SEEKER and shown[0][3] == "Kartu terbit" and shown[0][6] == "4/4"
    page.apply_filter()  # Jatuh tempo
    assert [r.name for r in page.rows()] == [SEEKER]
    shot(page, "ak1")
    page.ask_export_path = lambda: tmp_path / "ak1.xlsx"
    values = [[c.value for c in row] for row in openpyxl.load_workbook(page.export_list()).active.iter_rows()]
    assert values[3][:4] == [SEEKER, row.nik, "L", "Kartu terbit"]
    assert values[3][8] == "Lapor 6 bulanan 01/12/2026 (8 hari lagi)"

    def report(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        dialog.report_on.set_value(date(2026, 11, 20))
        qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
        seen["after_report"] = dialog.card_info.text()
        return 0

    page.run_dialog = report
    page.select(row.id)
    page.open_selected()
    assert "Lapor 6 bulanan 20/05/2027" in str(seen["after_report"])
    assert get_ak1(ctx, row.id).reports == (date(2026, 11, 20),)
    assert page.rows() == []  # no longer due within 30 days


def test_a_rejected_application_needs_a_reason_and_ticks_only_in_draft(qtbot, ctx, sc_village, sc_people, changes):
    ak1_id = open_ak1(ctx, sc_people.ids[SEEKER], date(2026, 10, 1)).id
    d = Ak1Dialog(ctx, ak1_id)
    qtbot.addWidget(d)
    d.show()
    d.checklist.tick("ktp", date(2026, 10, 2))
    assert "Berkas belum lengkap: Kartu Keluarga, Pas foto, Ijazah terakhir" in _step(qtbot, d, "lengkap", date(2026, 10, 3))
    shot(d, "ak1-dialog-draft")
    for code in AK1_ITEMS:
        d.checklist.tick(code, date(2026, 10, 2))
    assert _step(qtbot, d, "lengkap", date(2026, 10, 3)) == ""
    d.checklist.rows["kk"].box.setEnabled(True)  # even forced, the service refuses a change after draft
    d.checklist.rows["kk"].box.setChecked(False)
    assert "Berkas hanya dapat diubah" in d.checklist.message_text()
    assert d.checklist.rows["kk"].box.isChecked()
    assert _step(qtbot, d, "diserahkan", date(2026, 10, 5)) == ""
    assert "Alasan penolakan wajib diisi" in _step(qtbot, d, "ditolak", date(2026, 10, 20))
    assert _step(qtbot, d, "ditolak", date(2026, 10, 20), reason="Ijazah tidak terbaca") == ""
    assert d.step_group.isHidden() and d.report_group.isHidden()
    assert "Ijazah tidak terbaca" in d.state.text()


def test_a_scan_is_attached_opened_and_deleted_from_the_checklist(qtbot, ctx, sc_village, sc_people, tmp_path):
    ak1_id = open_ak1(ctx, sc_people.ids[SEEKER], date(2026, 10, 1)).id
    d = Ak1Dialog(ctx, ak1_id)
    qtbot.addWidget(d)
    d.show()
    big = tmp_path / "besar.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024 + 1))
    scan = tmp_path / "ktp agus.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    checklist = d.checklist
    checklist.choose_file = lambda: big  # the file the officer picks in the open dialog
    checklist.attach_to("ktp")
    assert "10 MB" in checklist.message_text()
    checklist.choose_file = lambda: scan
    checklist.attach_to("ktp")
    assert checklist.message_text() == ""
    [item] = [i for i in get_ak1(ctx, ak1_id).checklist if i.item == "ktp"]
    [saved] = item.scans
    button = checklist.findChild(QToolButton, f"scan_{saved.id}")
    assert button is not None and button.text() == "ktp agus.png"
    shot(d, "ak1-dialog-scan")
    opened: list = []
    checklist.open_file = opened.append  # instead of the system viewer
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].read_bytes() == scan.read_bytes()
    checklist.confirm_delete = lambda what: "ktp agus.png" in what
    qtbot.mouseClick(checklist.findChild(QToolButton, f"delete_scan_{saved.id}"), Qt.MouseButton.LeftButton)
    assert [i.scans for i in get_ak1(ctx, ak1_id).checklist if i.item == "ktp"] == [()]
    assert checklist.findChild(QToolButton, f"scan_{saved.id}") is None
