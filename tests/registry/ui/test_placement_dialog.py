"""Migration history and life events: the domain's refusals appear under the fields, nothing is saved."""

from __future__ import annotations

from datetime import date

from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.search import PersonQuery, list_persons
from desmig_desktop.registry.ui.life_event_dialog import LifeEventDialog
from desmig_desktop.registry.ui.placement_dialog import PlacementDialog


def _dialog(qtbot, ctx, person_id):  # type: ignore[no-untyped-def]
    dialog = PlacementDialog(ctx, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_under_18_departure_is_refused_under_the_date(qtbot, ctx, people):
    dialog = _dialog(qtbot, ctx, people.ids["Dwi Lestari"])  # born 9 July 2010
    assert dialog.table.rowCount() == 0
    dialog.stage.setCurrentIndex(dialog.stage.findData("aktif"))
    dialog.country.setCurrentText("Malaysia")
    qtbot.keyClicks(dialog.dates["departed_on"].edit, "05012026")
    message = dialog.boxes["departed_on"].text()
    assert message.startswith("Keberangkatan ditolak: umur pada tanggal berangkat baru 15 tahun")
    assert "minimal 18 tahun (UU 18/2017)" in message
    dialog.save()
    assert registry.get_person(ctx, people.ids["Dwi Lestari"]).placements == ()
    assert not dialog.changed


def test_a_placement_is_added_then_changed_to_purna(qtbot, ctx, people):
    pid = people.ids["Joko Susilo"]
    dialog = _dialog(qtbot, ctx, pid)
    dialog.stage.setCurrentIndex(dialog.stage.findData("aktif"))
    dialog.save()  # no country, no departure date yet
    assert dialog.boxes["country"].text() == "Negara tujuan wajib diisi untuk PMI aktif/purna."
    assert dialog.boxes["departed_on"].text() == "Tanggal berangkat wajib diisi untuk PMI aktif."
    dialog.country.setCurrentText("Taiwan")
    dialog.sector.setCurrentIndex(dialog.sector.findData("formal"))
    qtbot.keyClicks(dialog.dates["departed_on"].edit, "01032020")
    dialog.save()
    assert dialog.changed and dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in range(4)] == ["PMI aktif", "Taiwan", "Formal", "01/03/2020"]
    assert registry.get_person(ctx, pid).status == "aktif"

    dialog.table.selectRow(0)
    assert dialog.country.currentText() == "Taiwan"
    dialog.stage.setCurrentIndex(dialog.stage.findData("purna"))
    qtbot.keyClicks(dialog.dates["returned_on"].edit, "3113")  # incomplete date
    assert dialog.boxes["returned_on"].text().startswith("Tanggal belum lengkap")
    dialog.dates["returned_on"].set_value(date(2025, 12, 20))
    dialog.save()
    person = registry.get_person(ctx, pid)
    assert person.status == "purna" and person.placements[0].returned_on == date(2025, 12, 20)
    assert len(person.placements) == 1


def test_a_move_out_takes_the_person_off_the_list(qtbot, ctx, people):
    row = next(r for r in list_persons(ctx, PersonQuery(text="Joko")))
    dialog = LifeEventDialog(ctx, row)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.boxes["kind"].text() == "Pilih jenis peristiwa."
    dialog.kind.setCurrentIndex(dialog.kind.findData("pindah_keluar"))
    dialog.event_date.set_value(date(1970, 1, 1))
    dialog.save()
    assert dialog.boxes["event_date"].text() == "Tanggal peristiwa tidak boleh sebelum tanggal lahir."
    dialog.event_date.set_value(date(2026, 11, 1))
    dialog.save()
    assert dialog.result() == 1
    assert list_persons(ctx, PersonQuery(text="Joko")) == []


def test_a_calon_who_gave_up_is_closed_as_batal_from_the_dialog(qtbot, ctx, people):
    pid = people.ids["Ani Rahayu"]  # calon since 2 November 2026
    dialog = _dialog(qtbot, ctx, pid)
    assert not dialog.cancel_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.cancel_button.isEnabled()
    dialog.cancel_button.click()  # no date, no reason: refused under the fields
    assert dialog.boxes["cancelled_on"].text().startswith("Tanggal batal berangkat wajib diisi")
    assert dialog.boxes["cancel_reason"].text().startswith("Alasan batal berangkat wajib diisi")
    dialog.cancelled_on.set_value(date(2026, 11, 20))
    qtbot.keyClicks(dialog.cancel_reason, "Tidak lulus medical")
    dialog.cancel_button.click()
    assert dialog.changed and dialog.table.item(0, 0).text() == "Batal berangkat"
    person = registry.get_person(ctx, pid)
    assert (person.status, person.placements[0].cancel_reason) == ("none", "Tidak lulus medical")
    dialog.table.selectRow(0)
    assert dialog.cancel_reason.text() == "Tidak lulus medical" and not dialog.save_button.isEnabled()


def test_a_departure_under_18_that_happened_is_recorded_with_a_note(qtbot, ctx, people):
    pid = people.ids["Dwi Lestari"]  # born 9 July 2010
    dialog = _dialog(qtbot, ctx, pid)
    dialog.stage.setCurrentIndex(dialog.stage.findData("aktif"))
    dialog.country.setCurrentText("Malaysia")
    dialog.route.setCurrentIndex(dialog.route.findData("non_prosedural"))
    dialog.dates["departed_on"].set_value(date(2026, 1, 5))
    dialog.save()
    assert "non-prosedural dengan catatan keberangkatan" in dialog.boxes["departed_on"].text()
    qtbot.keyClicks(dialog.departure_note, "Umur dipalsukan oleh calo")
    dialog.save()
    person = registry.get_person(ctx, pid)
    assert person.status == "aktif" and person.placements[0].departure_note == "Umur dipalsukan oleh calo"


def test_a_placement_deleted_by_mistake_comes_back_with_urungkan(qtbot, ctx, people):
    from desmig_desktop.ui.feedback import messages_shown, toasts

    from tests.ui.modals import answer

    pid = people.ids["Sularmi"]  # PMI aktif in Hong Kong since 1 March 2024
    dialog = _dialog(qtbot, ctx, pid)
    dialog.table.selectRow(0)
    seen: list[str] = []
    answer("Hapus", seen)
    dialog.delete_button.click()
    assert seen[0].startswith("Hapus riwayat migrasi Sularmi (PMI aktif Hong Kong, 01/03/2024)?")
    assert dialog.table.rowCount() == 0 and dialog.changed
    person = registry.get_person(ctx, pid)
    assert person.placements == () and person.status == "none"
    undone: list[bool] = []
    dialog.undone.connect(lambda: undone.append(True))
    assert messages_shown(dialog) == ["Dihapus: riwayat migrasi Sularmi (PMI aktif Hong Kong, 01/03/2024)."]
    toasts(dialog)[-1].button.click()  # Urungkan
    assert dialog.table.rowCount() == 1 and undone == [True]
    assert registry.get_person(ctx, pid).status == "aktif"


def test_a_save_is_told_and_closing_with_typed_data_asks_first(qtbot, ctx, people):
    from desmig_desktop.ui.feedback import messages_shown

    from tests.ui.modals import answer

    pid = people.ids["Joko Susilo"]
    dialog = _dialog(qtbot, ctx, pid)
    dialog.stage.setCurrentIndex(dialog.stage.findData("calon"))
    qtbot.keyClicks(dialog.dates["registered_on"].edit, "02112026")
    dialog.save()
    assert messages_shown(dialog) == ["Riwayat migrasi Joko Susilo tersimpan: Calon PMI."]
    dialog.reject()  # nothing typed since the save: closes without asking
    assert not dialog.isVisible()

    dialog = _dialog(qtbot, ctx, pid)
    dialog.setModal(True)  # as opened from the list (exec): a window left open by a test never asks
    qtbot.keyClicks(dialog.job, "operator pabrik")
    asked: list[str] = []
    answer("Kembali ke formulir", asked)
    dialog.reject()  # Esc, × or Tutup
    assert asked and dialog.isVisible() and dialog.job.text() == "operator pabrik"
    answer("Buang")
    dialog.reject()
    assert not dialog.isVisible()
