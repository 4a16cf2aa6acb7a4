"""Tambah anggota never chooses for the officer: typing "Sri" lists Sri Wahyuni before Musrifah and picks nobody;
Enter then adds nobody; moving down to a row (or a search leaving one match) picks it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desmig_desktop.production.services import groups
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput


def _register(ctx, names):  # type: ignore[no-untyped-def]
    for i, name in enumerate(names, start=20):
        born = date(1985, 1, i - 10)
        registry.register_person(ctx, PersonInput(make_nik("330709", born, "P", i), name, "P", born))


def test_typing_sri_picks_nobody_and_enter_adds_nobody_then_down_picks_sri(qtbot, ctx, salak, page):
    _register(ctx, ["Musrifah", "Sri Wahyuni"])
    assert page.select_group(salak.group_id)
    page.view.tabs.setCurrentWidget(page.view.members)
    tab = page.view.members
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.search, "Sri")
        dialog.search_now()
        seen["listed"] = [dialog.results.item(i).text().split(" · ")[0] for i in range(dialog.results.count())]
        seen["picked"] = dialog.results.selectedItems()
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # Enter with nobody picked
        seen["after_enter"] = (dialog.isVisible(), dialog.boxes["person"].text(),
                               len(groups.get_group(ctx, salak.group_id).members))
        dialog.activateWindow()
        dialog.search.setFocus()
        qtbot.waitUntil(dialog.search.hasFocus)
        qtbot.keyClick(dialog.search, Qt.Key.Key_Down)  # moves to the list: its first row is picked
        seen["now"] = [i.text().split(" · ")[0] for i in dialog.results.selectedItems()]
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
        return dialog.result()

    tab.run_dialog = fill
    tab.add_member()
    assert seen["listed"] == ["Sri Wahyuni", "Musrifah"] and seen["picked"] == []
    assert seen["after_enter"] == (True, "Pilih orang dari hasil pencarian (ketik nama atau NIK).", 4)
    assert seen["now"] == ["Sri Wahyuni"]
    names = {m.name for m in groups.get_group(ctx, salak.group_id).members}
    assert "Sri Wahyuni" in names and "Musrifah" not in names


def test_one_match_left_is_picked(qtbot, ctx, salak, page):
    _register(ctx, ["Musrifah", "Sri Wahyuni"])
    assert page.select_group(salak.group_id)
    tab = page.view.members

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        qtbot.keyClicks(dialog.search, "Musri")
        dialog.search_now()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    tab.run_dialog = fill
    tab.add_member()
    assert "Musrifah" in {m.name for m in groups.get_group(ctx, salak.group_id).members}
