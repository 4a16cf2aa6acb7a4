"""A free-text field that expects a kind of value warns when given a 16-digit number (a NIK or No. KK one field off)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from desmig_desktop.ui.widgets import FieldBox, id_number_warning, warn_if_id_number


def test_sixteen_digits_are_warned_about_other_values_are_not():
    assert id_number_warning("3307091201150003", "Pekerjaan").startswith("Pekerjaan berisi 16 angka")
    assert id_number_warning("3307 0912 0115 0003", "No. HP") != ""
    assert id_number_warning("0812 3456 7890", "No. HP") == ""
    assert id_number_warning("Petani", "Pekerjaan") == ""


def test_the_warning_stays_under_the_field_while_the_number_is_there(qtbot):
    edit = QLineEdit()
    box = FieldBox(edit)
    qtbot.addWidget(box)
    warn_if_id_number(edit, "Pekerjaan")
    qtbot.keyClicks(edit, "3307091201150003")
    assert box.text().startswith("Peringatan: Pekerjaan berisi 16 angka") and edit.text() == "3307091201150003"
    box.set_message("")  # the form re-validates other fields: the warning stays
    assert "16 angka" in box.text()
    edit.setText("Petani")
    assert box.text() == ""


def test_the_person_form_warns_on_occupation_and_phone(qtbot, ctx, village):
    from desmig_desktop.registry.ui.person_form import PersonForm

    form = PersonForm(ctx, village)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.occupation, "3307091201150003")
    qtbot.keyClicks(form.phone, "3307091201150004")
    assert "Pekerjaan berisi 16 angka" in form.boxes["occupation"].text()
    assert "angka" in form.boxes["phone"].text()  # the phone rule itself refuses 16 digits (8–15)
