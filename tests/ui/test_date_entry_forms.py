"""One date entry for the whole app: each form's date typed with the keyboard in the three spellings, Tab on,
saved through the real services into a real SQLite file, and read back from the database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.search import PersonQuery, list_persons
from desmig_desktop.ui.dates import DateEdit

SPELLINGS = ["15/11/2026", "15-11-2026", "15112026"]


def _type_date(qtbot, box: DateEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Arrive in the box (it already shows a date), type the date, Tab on: one press leaves it."""
    window = box.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    box.setFocus()
    qtbot.waitUntil(box.edit.hasFocus)
    qtbot.wait(5)
    qtbot.keyClicks(box.edit, text)
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)
    assert not box.edit.hasFocus()


def _show(qtbot, dialog: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _row(ctx, name: str):  # type: ignore[no-untyped-def]
    [row] = [r for r in list_persons(ctx, PersonQuery(text=name)) if r.name == name]
    return row


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_life_event_date(qtbot, ctx, people, spelling):
    from desmig_desktop.registry.ui.life_event_dialog import LifeEventDialog

    dialog = _show(qtbot, LifeEventDialog(ctx, _row(ctx, "Joko Susilo")))
    dialog.kind.setCurrentIndex(dialog.kind.findData("pindah_keluar"))
    _type_date(qtbot, dialog.event_date, "01/11/2026")  # a first date, then the real one over it
    _type_date(qtbot, dialog.event_date, spelling)
    assert dialog.event_date.edit.text() == "15/11/2026"
    dialog.save()
    events = registry.get_person(ctx, people.ids["Joko Susilo"]).life_events
    assert [(e.kind, e.event_date) for e in events] == [("pindah_keluar", date(2026, 11, 15))]


def test_a_future_death_is_refused_by_the_rule_not_rewritten(qtbot, ctx, people):
    from desmig_desktop.registry.ui.life_event_dialog import LifeEventDialog

    dialog = _show(qtbot, LifeEventDialog(ctx, _row(ctx, "Joko Susilo")))
    dialog.kind.setCurrentIndex(dialog.kind.findData("meninggal"))
    _type_date(qtbot, dialog.event_date, "15/12/2026")  # today is 23/11/2026
    assert dialog.event_date.value() == date(2026, 12, 15)  # the box kept it
    dialog.save()
    assert dialog.isVisible() and dialog.boxes["event_date"].text() != ""  # the rule says why, under the date
    assert registry.get_person(ctx, people.ids["Joko Susilo"]).life_events == ()


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_person_birth_date(qtbot, ctx, village, people, spelling):
    from desmig_desktop.registry.ui.person_form import PersonForm

    form = _show(qtbot, PersonForm(ctx, village, person_id=people.ids["Dwi Lestari"]))
    _type_date(qtbot, form.birth_date, spelling.replace("2026", "2010"))
    assert form.focusWidget() is not form.birth_date.edit
    form.nik.setText(make_nik("330709", date(2010, 11, 15), "P", 3))  # the NIK holds the birth date too
    assert form.birth_date.edit.text() == "15/11/2010"
    form.save()
    assert registry.get_person(ctx, people.ids["Dwi Lestari"]).birth_date == date(2010, 11, 15)


@pytest.fixture
def group_id(ctx, village) -> str:
    from desmig_desktop.production.services import groups
    from desmig_desktop.production.services.groups import GroupInput

    return groups.create_group(ctx, GroupInput("Kelompok Salak", "Olahan salak", date(2017, 1, 10))).id


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_cost_date(qtbot, ctx, group_id, spelling):
    from desmig_desktop.production.services.groups import get_group
    from desmig_desktop.production.services.products import list_costs
    from desmig_desktop.production.ui.sales_dialogs import CostDialog

    dialog = _show(qtbot, CostDialog(ctx, get_group(ctx, group_id)))
    _type_date(qtbot, dialog.spent_on, spelling)
    assert dialog.focusWidget() is dialog.description  # one Tab press: on to the next field
    qtbot.keyClicks(dialog.description, "kemasan")
    qtbot.keyClicks(dialog.amount, "Rp150.000")
    assert dialog.try_save()
    assert [(c.spent_on, c.amount) for c in list_costs(ctx, group_id)] == [(date(2026, 11, 15), 150_000)]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_placement_departure_and_return(qtbot, ctx, people, spelling):
    from desmig_desktop.registry.ui.placement_dialog import PlacementDialog

    pid = people.ids["Joko Susilo"]
    dialog = _show(qtbot, PlacementDialog(ctx, pid))
    dialog.stage.setCurrentIndex(dialog.stage.findData("purna"))
    dialog.country.setCurrentText("Taiwan")
    _type_date(qtbot, dialog.dates["departed_on"], spelling.replace("15", "03").replace("2026", "2020"))
    _type_date(qtbot, dialog.dates["returned_on"], spelling.replace("2026", "2025"))
    dialog.save()
    [placement] = registry.get_person(ctx, pid).placements
    assert (placement.departed_on, placement.returned_on) == (date(2020, 11, 3), date(2025, 11, 15))
    assert placement.registered_on is None  # an empty optional date stays empty


def test_a_return_before_the_departure_is_refused_not_rewritten(qtbot, ctx, people):
    from desmig_desktop.registry.ui.placement_dialog import PlacementDialog

    pid = people.ids["Joko Susilo"]
    dialog = _show(qtbot, PlacementDialog(ctx, pid))
    dialog.stage.setCurrentIndex(dialog.stage.findData("purna"))
    dialog.country.setCurrentText("Taiwan")
    _type_date(qtbot, dialog.dates["departed_on"], "03/11/2020")
    _type_date(qtbot, dialog.dates["returned_on"], "15/11/2019")
    dialog.save()
    assert dialog.dates["returned_on"].edit.text() == "15/11/2019"
    assert "".join(b.text() for b in dialog.boxes.values()) != ""  # the rule says why
    assert registry.get_person(ctx, pid).placements == ()


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_group_founding_date(qtbot, ctx, village, spelling):
    from desmig_desktop.production.services.groups import get_group
    from desmig_desktop.production.ui.group_dialogs import GroupDialog

    dialog = _show(qtbot, GroupDialog(ctx))
    qtbot.keyClicks(dialog.name, "Kelompok Mekar")
    _type_date(qtbot, dialog.founded_on, spelling.replace("2026", "2019"))
    assert dialog.try_save(), dialog.messages()
    assert get_group(ctx, dialog.saved_id).founded_on == date(2019, 11, 15)
