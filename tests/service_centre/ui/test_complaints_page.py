"""The Pengaduan page over the `sc_people` household (tests/service_centre/conftest.py: Bambang Sutrisno, the head;
Wartini, PMI aktif in Taiwan; Rina Wulandari, calon): a complaint filed through the real dialog and moved to
dirujuk through its detail, only the legal steps offered, an outsider who cannot be chosen as reporter, the
lost-contact tab and its "Catat kontak"; on a real database, read back as the officer sees it."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from desmig_desktop.registry.services.people import update_placement
from desmig_desktop.registry.services.people import PlacementInput
from desmig_desktop.service_centre.dto import ComplaintInput, ComplaintStep
from desmig_desktop.service_centre.services.complaints import file_complaint, get_complaint, move_complaint

from tests.service_centre.conftest import AGENCY, AKTIF, DEPARTED, FAMILY
from tests.ui.modals import retype, saving

TODAY = date(2026, 11, 23)


@pytest.fixture
def page(qtbot, ctx, sc_people, changes):  # type: ignore[no-untyped-def]
    from desmig_desktop.service_centre.ui.complaints_page import ComplaintsPage

    p = ComplaintsPage(SimpleNamespace(ctx=ctx, changes=changes))
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    qtbot.waitExposed(p)
    return p


def cells(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, column).data() for r in range(model.rowCount())]


def row_texts(model, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, c).data() for c in range(model.columnCount())]


def pick(qtbot, picker, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type `text` in a person picker and pick its first match, as the officer does with Down."""
    retype(qtbot, picker.search, text)
    picker.search_now()
    if picker.results.count():
        picker.results.setCurrentRow(0)


def file_one(ctx, sc_people, category: str = "gaji", on: date = date(2026, 11, 2)) -> str:  # type: ignore[no-untyped-def]
    return file_complaint(ctx, ComplaintInput(sc_people.ids[FAMILY], sc_people.ids[AKTIF], category,
                                              "Gaji tiga bulan belum dibayar majikan.", on)).id


def test_file_a_complaint_and_refer_it(qtbot, ctx, page, sc_people):  # type: ignore[no-untyped-def]
    from desmig_desktop.service_centre.ui.complaint_detail import ComplaintDetailDialog
    from desmig_desktop.service_centre.ui.complaint_dialog import ComplaintDialog

    assert page.model.rowCount() == 0 and page.count.text() == "0 pengaduan · 0 masih terbuka"
    seen: dict[str, object] = {}

    def fill_complaint(dialog):  # type: ignore[no-untyped-def]
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # nothing picked yet: refused, kept open
        seen["empty"] = (dialog.isVisible(), dialog.messages())
        pick(qtbot, dialog.reporter, "Bambang")
        pick(qtbot, dialog.migrant, "Wartini")
        dialog.set_category("gaji")
        dialog.description.setPlainText("Gaji tiga bulan belum dibayar majikan; Wartini menelepon adiknya.")
        retype(qtbot, dialog.opened_on.edit, "20/11/2026")

    def fill_step(dialog):  # type: ignore[no-untyped-def]
        seen.setdefault("steps", []).append(dialog.target)
        if dialog.target == "dirujuk":
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no institution chosen yet
            seen["no_target"] = dialog.messages()
            dialog.set_target_institution("bp2mi")
        retype(qtbot, dialog.on.edit, "21/11/2026" if dialog.target == "ditindaklanjuti" else "22/11/2026")

    def run(dialog):  # type: ignore[no-untyped-def]
        if isinstance(dialog, ComplaintDialog):
            return saving(qtbot, fill_complaint)(dialog)
        assert isinstance(dialog, ComplaintDetailDialog)
        dialog.show()
        dialog.run_dialog = saving(qtbot, fill_step)
        seen["first_buttons"] = [b.text() for b in dialog.step_buttons]
        dialog.step_buttons[0].click()  # Tindak lanjuti…
        seen["then_buttons"] = [b.text() for b in dialog.step_buttons]
        next(b for b in dialog.step_buttons if b.property("target") == "dirujuk").click()
        seen["last_buttons"] = [b.text() for b in dialog.step_buttons]
        seen["log"] = cells(dialog.log.model, 1)
        seen["facts"] = [dialog.facts.itemAt(i).widget().text() for i in range(dialog.facts.count())]
        seen["steps_text"] = dialog.steps.text()
        dialog.accept()
        return 1

    page.run_dialog = run
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    visible, messages = seen["empty"]  # type: ignore[misc]
    assert visible and "Pilih pelapor" in messages and "Pilih pekerja migran" in messages
    assert page.model.rowCount() == 1
    assert row_texts(page.model, 0) == ["20/11/2026", AKTIF, "Taiwan", "Gaji tidak dibayar", "Baru", "", "20/11/2026",
                                        "3 hari"]
    page.table.selectRow(0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    # only the legal next steps were offered, one step at a time
    assert seen["first_buttons"] == ["Tindak lanjuti…"]
    assert seen["then_buttons"] == ["Rujuk…", "Selesaikan…"]
    assert seen["last_buttons"] == ["Selesaikan…"]
    assert "Tujuan rujukan wajib dipilih" in seen["no_target"]  # type: ignore[operator]
    assert seen["log"][-2:] == ["Ditindaklanjuti", "Dirujuk"]  # type: ignore[index]
    assert FAMILY in " ".join(seen["facts"]) and AGENCY in seen["facts"]  # type: ignore[arg-type,operator]
    assert "BP2MI/KP2MI" in seen["steps_text"]  # type: ignore[operator]
    # the list shows the step and where it was referred
    texts = row_texts(page.model, 0)
    assert texts[4:7] == ["Dirujuk", "BP2MI/KP2MI", "22/11/2026"]
    detail = get_complaint(ctx, texts and page.model.row_at(0).id)
    assert detail.row.referred_to == "bp2mi" and detail.description.startswith("Gaji tiga bulan")


def test_an_outsider_cannot_be_chosen_as_reporter(qtbot, ctx, page, sc_people):  # type: ignore[no-untyped-def]
    from desmig_desktop.service_centre.ui.complaint_dialog import ComplaintDialog

    seen: dict[str, object] = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        pick(qtbot, dialog.reporter, "Suparman Tamu")  # a guest from another village: not in the register
        seen["matches"] = dialog.reporter.results.count()
        seen["hint"] = dialog.reporter.result_hint.text()
        pick(qtbot, dialog.migrant, "Wartini")
        dialog.set_category("putus_kontak")
        dialog.description.setPlainText("Tidak ada kabar sejak Agustus.")

    page.run_dialog = saving(qtbot, fill)
    dialog = ComplaintDialog(ctx, parent=page)
    assert not page.run_dialog(dialog)  # refused, still open
    assert seen["matches"] == 0 and "Daftarkan dulu" in seen["hint"]  # type: ignore[operator]
    assert "hanya warga yang terdaftar" in dialog.messages()
    assert dialog.isVisible()
    dialog.reject()
    # the migrant is not offered as a reporter-less complaint either: nothing was saved
    page.reload()
    assert page.model.rowCount() == 0


def test_a_person_page_preselects_the_migrant_or_the_reporter(qtbot, ctx, sc_people):  # type: ignore[no-untyped-def]
    from desmig_desktop.service_centre.ui.complaint_dialog import ComplaintDialog

    as_migrant = ComplaintDialog(ctx, sc_people.ids[AKTIF])
    as_reporter = ComplaintDialog(ctx, sc_people.ids[FAMILY])
    qtbot.addWidget(as_migrant)
    qtbot.addWidget(as_reporter)
    assert as_migrant.migrant.person_id() == sc_people.ids[AKTIF] and as_migrant.reporter.person_id() is None
    assert as_reporter.reporter.person_id() == sc_people.ids[FAMILY] and as_reporter.migrant.person_id() is None


def test_filters_and_search(qtbot, ctx, page, sc_people):  # type: ignore[no-untyped-def]
    gaji = file_one(ctx, sc_people, "gaji")
    file_one(ctx, sc_people, "kekerasan", date(2026, 10, 1))
    move_complaint(ctx, gaji, ComplaintStep("ditindaklanjuti", date(2026, 11, 3)))
    move_complaint(ctx, gaji, ComplaintStep("selesai", date(2026, 11, 10), outcome="Gaji dibayar lewat P3MI."))
    page.reload()
    assert sorted(cells(page.model, 3)) == ["Gaji tidak dibayar", "Kekerasan/penganiayaan"]
    assert page.count.text() == "2 pengaduan · 1 masih terbuka"
    page.status.setCurrentIndex(page.status.findData("open"))
    assert cells(page.model, 3) == ["Kekerasan/penganiayaan"] and cells(page.model, 7) == ["53 hari"]
    page.status.setCurrentIndex(0)
    page.apply_filter("open")  # what the home page's tile of open complaints does
    assert page.status.currentText() == "Masih terbuka" and cells(page.model, 3) == ["Kekerasan/penganiayaan"]
    page.status.setCurrentIndex(0)
    page.category.setCurrentIndex(page.category.findData("gaji"))
    assert cells(page.model, 4) == ["Selesai"] and cells(page.model, 7) == ["8 hari"]
    page.category.setCurrentIndex(0)
    retype(qtbot, page.search, "kekeras")
    page.show_rows()
    assert cells(page.model, 3) == ["Kekerasan/penganiayaan"]


def test_a_closed_complaint_offers_no_step(qtbot, ctx, sc_people):  # type: ignore[no-untyped-def]
    from desmig_desktop.service_centre.ui.complaint_detail import ComplaintDetailDialog

    cid = file_one(ctx, sc_people)
    move_complaint(ctx, cid, ComplaintStep("ditindaklanjuti", date(2026, 11, 3)))
    move_complaint(ctx, cid, ComplaintStep("selesai", date(2026, 11, 10), outcome="Gaji dibayar."))
    dialog = ComplaintDetailDialog(ctx, cid)
    qtbot.addWidget(dialog)
    assert dialog.step_buttons == [] and dialog.step_hint.text() == "Pengaduan ini sudah selesai."
    # a step the flow refuses is not run even when asked for
    dialog.step("dirujuk")
    assert get_complaint(ctx, cid).row.status == "selesai"


def test_add_an_action_line(qtbot, ctx, sc_people):  # type: ignore[no-untyped-def]
    from desmig_desktop.service_centre.ui.complaint_detail import ComplaintDetailDialog

    cid = file_one(ctx, sc_people)
    dialog = ComplaintDetailDialog(ctx, cid)
    qtbot.addWidget(dialog)
    before = dialog.log.model.rowCount()

    def fill(form):  # type: ignore[no-untyped-def]
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
        assert "Tindakan wajib diisi" in form.messages()
        form.text.setPlainText("Menelepon P3MI, dijanjikan kabar minggu depan.")
        retype(qtbot, form.acted_on.edit, "05/11/2026")

    dialog.run_dialog = saving(qtbot, fill)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.log.model.rowCount() == before + 1
    assert "Menelepon P3MI, dijanjikan kabar minggu depan." in cells(dialog.log.model, 2)
    assert "05/11/2026" in cells(dialog.log.model, 0)


def test_print_the_referral_letter(qtbot, ctx, sc_people, tmp_path):  # type: ignore[no-untyped-def]
    pytest.importorskip("desmig_desktop.service_centre.reports.referral_letter")
    from pypdf import PdfReader

    from desmig_desktop.service_centre.ui.complaint_detail import ComplaintDetailDialog

    cid = file_one(ctx, sc_people)
    dialog = ComplaintDetailDialog(ctx, cid)
    qtbot.addWidget(dialog)
    opened: list = []
    dialog.ask_path = lambda suggested: tmp_path / "rujukan"
    dialog.open_file = opened.append
    dialog.run_dialog = saving(qtbot, lambda form: form.target.setCurrentIndex(form.target.findData("disnaker")))
    written = dialog.print_letter()
    assert written == tmp_path / "rujukan.pdf" and opened == [written]
    text = "".join(page.extract_text() for page in PdfReader(written).pages)
    assert AKTIF in " ".join(text.split()) and sc_people.niks[AKTIF] in text


def test_lost_contact_tab_lists_a_case_and_catat_kontak_removes_it(qtbot, ctx, page, sc_people):  # type: ignore[no-untyped-def]
    update_placement(ctx, sc_people.placements[AKTIF], PlacementInput(
        "aktif", "Taiwan", "formal", "Operator pabrik", AGENCY, route="prosedural", scheme="p_to_p",
        registered_on=date(2024, 1, 15), departed_on=DEPARTED, last_contact_on=date(2026, 7, 1)))
    page.tabs.setCurrentWidget(page.lost)
    tab = page.lost
    assert cells(tab.model, 0) == [AKTIF]
    assert row_texts(tab.model, 0) == [AKTIF, "Taiwan", "10/05/2024", "01/07/2026", "145 hari",
                                       "Lebih dari 90 hari tanpa kabar"]
    assert not tab.contact_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.contact_button.isEnabled() and not tab.complaint_button.isEnabled()

    def fill(dialog):  # type: ignore[no-untyped-def]
        retype(qtbot, dialog.on.edit, "01/12/2026")  # a day still to come: refused
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.messages()
        retype(qtbot, dialog.on.edit, "20/11/2026")

    tab.run_dialog = saving(qtbot, fill)
    qtbot.mouseClick(tab.contact_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 0 and tab.empty.isVisible()


def test_the_page_follows_the_change_bus_and_undoes_a_delete(qtbot, ctx, sc_people, changes):  # type: ignore[no-untyped-def]
    from desmig_desktop.service_centre.ui.complaints_page import make_page
    from desmig_desktop.ui.feedback import toasts

    page = make_page(SimpleNamespace(ctx=ctx, changes=changes, parent=None))
    qtbot.addWidget(page)
    page.show()
    heard: list = []
    changes.changed.connect(heard.append)
    file_one(ctx, sc_people)  # filed elsewhere (a person's page), which announces it
    changes.notify("sc_complaints")
    assert cells(page.model, 1) == [AKTIF]
    page.confirm_delete = lambda what, goes: True
    page.table.selectRow(0)
    page.delete_selected()
    assert page.model.rowCount() == 0 and frozenset({"sc_complaints"}) in heard
    toasts(page)[-1].button.click()  # Urungkan
    assert cells(page.model, 1) == [AKTIF]


def test_a_reporter_outside_the_migrants_family_is_warned(qtbot, ctx, page, sc_people):  # type: ignore[no-untyped-def]
    from desmig_desktop.registry.nik import make_nik
    from desmig_desktop.registry.services.people import PersonInput, register_person

    born = date(1979, 2, 2)
    register_person(ctx, PersonInput(make_nik("330709", born, "L", 31), "Paimin Tetangga", "L", born))
    warned: list[str] = []
    page.warn = warned.append

    def fill(dialog):  # type: ignore[no-untyped-def]
        pick(qtbot, dialog.reporter, "Paimin")
        pick(qtbot, dialog.migrant, "Wartini")
        dialog.set_category("kekerasan")
        dialog.description.setPlainText("Dipukul majikan, cerita dari teman sekamar.")

    page.run_dialog = saving(qtbot, fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert cells(page.model, 3) == ["Kekerasan/penganiayaan"]
    assert len(warned) == 1 and warned[0]
