"""The members tab and its dialogs with the group rules: the end-membership dialog offers to record the
move-out the register lacks; a member added while abroad is saved with a warning the user reads."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desmig_desktop.production.services import groups
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PlacementInput


def show(page, group_id, tab):  # type: ignore[no-untyped-def]
    assert page.select_group(group_id)
    page.view.tabs.setCurrentWidget(tab)
    return tab


def test_ending_as_moved_offers_to_record_the_move_out(qtbot, ctx, salak, page):
    tab = show(page, salak.group_id, page.view.members)
    tab.table.selectRow(tab.model.find(lambda m: m.name == "Surtini"))
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        dialog.left_on.set_value(date(2026, 5, 1))
        assert not dialog.record_event.isVisible()
        dialog.reason.setCurrentIndex(dialog.reason.findData("pindah"))
        seen["warning"] = dialog.boxes["leave_reason"].text()
        seen["offer"] = dialog.record_event.text() if dialog.record_event.isVisible() else ""
        dialog.record_event.setChecked(True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    tab.run_dialog = fill
    tab.end_button.click()
    assert "tidak mencatat Surtini pindah keluar" in seen["warning"]
    assert seen["offer"] == "Catat juga di data penduduk: Pindah keluar pada 01/05/2026"
    person = registry.get_person(ctx, salak.people["Surtini"])
    assert [(e.kind, e.event_date) for e in person.life_events] == [("pindah_keluar", date(2026, 5, 1))]
    assert person.in_village is False
    assert tab.model.rowCount() == 3


def test_ending_as_working_abroad_only_warns(qtbot, ctx, salak, page):
    tab = show(page, salak.group_id, page.view.members)
    tab.table.selectRow(tab.model.find(lambda m: m.name == "Fatonah"))
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        dialog.left_on.set_value(date(2026, 5, 1))
        dialog.reason.setCurrentIndex(dialog.reason.findData("kerja_luar_negeri"))
        seen["warning"] = dialog.boxes["leave_reason"].text()
        seen["offer"] = dialog.record_event.isVisible()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    tab.run_dialog = fill
    tab.end_button.click()
    assert "tidak mencatat keberangkatan Fatonah sekitar 01/05/2026" in seen["warning"]
    assert seen["offer"] is False
    assert registry.get_person(ctx, salak.people["Fatonah"]).life_events == ()


def test_adding_a_member_who_was_abroad_warns_after_saving(qtbot, ctx, salak, page):
    pid = registry.register_person(ctx, registry.PersonInput("3307095505900001", "Ngatmi", "P", date(1990, 5, 15))).id
    registry.add_placement(ctx, pid, PlacementInput("aktif", "Taiwan", departed_on=date(2025, 2, 3)))
    tab = show(page, salak.group_id, page.view.members)
    told = []
    tab.warn = told.append

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        qtbot.keyClicks(dialog.search, "Ngatmi")
        dialog.search_now()
        dialog.joined_on.set_value(date(2026, 2, 1))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    tab.run_dialog = fill
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert len(told) == 1 and "Ngatmi" in told[0] and "Taiwan" in told[0] and "03/02/2025" in told[0]
    assert any(m.name == "Ngatmi" for m in groups.get_group(ctx, salak.group_id).members)


def test_a_batch_worked_by_someone_abroad_warns_after_saving(qtbot, ctx, salak, page):
    registry.add_placement(ctx, salak.people["Fatonah"], PlacementInput("aktif", "Hong Kong", departed_on=date(2026, 1, 5)))
    tab = show(page, salak.group_id, page.view.production)
    told = []
    tab.warn = told.append

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        dialog.produced_on.set_value(date(2026, 3, 2))
        qtbot.keyClicks(dialog.quantity, "50")
        qtbot.keyClicks(dialog.material_cost, "Rp100.000")
        dialog.workers.set_checked([salak.people["Bariyah"], salak.people["Fatonah"]])
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    tab.run_dialog = fill
    tab.batch_button.click()
    assert len(told) == 1 and "Fatonah" in told[0] and "Hong Kong" in told[0] and "05/01/2026" in told[0]
    assert "ikut produksi" in told[0]
