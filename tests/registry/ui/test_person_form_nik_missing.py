"""The person form's "NIK belum ada" box: a newborn is registered without a NIK only when the box is ticked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desmig_desktop.registry.models import Person
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.ui.person_form import PersonForm
from tests.conftest import KK1


def _form(qtbot, ctx, village, **kw):  # type: ignore[no-untyped-def]
    form = PersonForm(ctx, village, **kw)
    qtbot.addWidget(form)
    form.show()
    return form


def _newborn(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(form.name, "Bayi Lestari")
    form.sex.setCurrentIndex(form.sex.findData("P"))
    form.birth_date.set_value(date(2026, 11, 20))
    form.relationship.setCurrentIndex(form.relationship.findData("anak"))
    qtbot.keyClicks(form.kk, KK1)


def test_an_empty_nik_names_the_box_and_the_box_saves_no_nik(qtbot, ctx, village, people):
    form = _form(qtbot, ctx, village)
    _newborn(qtbot, form)
    form.save()
    assert form.result() == 0
    assert "centang «NIK belum ada»" in form.boxes["nik"].text()
    form.activateWindow()
    form.nik.setFocus()
    qtbot.keyClick(form.nik, Qt.Key.Key_Tab)  # the box is the next stop after the NIK
    assert form.focusWidget() is form.nik_missing
    following = form.nik_missing.nextInFocusChain()
    assert following in (form.open_existing, form.name)  # then the form goes on as before
    qtbot.keyClick(form.nik_missing, Qt.Key.Key_Space)
    assert form.nik_missing.isChecked() and not form.nik.isEnabled()
    form.save()
    assert form.result() == 1
    with ctx.reader() as s:
        assert s.get(Person, form.saved_id).nik is None
    assert registry.get_person(ctx, form.saved_id).name == "Bayi Lestari"


def test_the_nik_arrives_later_through_the_same_form(qtbot, ctx, village, people):
    form = _form(qtbot, ctx, village)
    _newborn(qtbot, form)
    form.nik_missing.setChecked(True)
    form.save()
    baby = form.saved_id
    edit = _form(qtbot, ctx, village, person_id=baby)
    assert edit.nik_missing.isChecked() and edit.nik.text() == "" and not edit.nik.isEnabled()
    edit.nik_missing.setChecked(False)
    qtbot.keyClicks(edit.nik, "3307096011260001")
    edit.save()
    assert edit.result() == 1
    assert registry.get_person(ctx, baby).nik == "3307096011260001"
