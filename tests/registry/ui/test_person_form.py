"""The person form: inline Indonesian messages under the fields, nothing saved when invalid."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.search import PersonQuery, count_persons
from desmig_desktop.registry.ui.person_form import PersonForm

from tests.conftest import KK1


def _count(ctx) -> int:  # type: ignore[no-untyped-def]
    return count_persons(ctx, PersonQuery(include_gone=True))


def _form(qtbot, ctx, village, **kw):  # type: ignore[no-untyped-def]
    form = PersonForm(ctx, village, **kw)
    qtbot.addWidget(form)
    form.show()
    return form


def test_a_bad_nik_is_explained_under_the_field_and_nothing_is_saved(qtbot, ctx, village, people):
    before = _count(ctx)
    form = _form(qtbot, ctx, village)
    qtbot.keyClicks(form.nik, "33070912")
    assert form.boxes["nik"].text() == "NIK harus 16 angka (sekarang 8 karakter): periksa kembali sesuai KTP/KK."
    assert form.boxes["name"].text() == ""  # untouched fields stay quiet until Simpan
    qtbot.keyClicks(form.name, "Budi Santoso")
    form.save()
    assert form.result() == 0
    assert "16 angka" in form.boxes["nik"].text()
    assert form.boxes["sex"].text().startswith("Jenis kelamin wajib dipilih")
    assert _count(ctx) == before


def test_a_duplicate_nik_names_its_owner(qtbot, ctx, village, people):
    before = _count(ctx)
    form = _form(qtbot, ctx, village)
    qtbot.keyClicks(form.nik, people.niks["Slamet Riyadi"])
    qtbot.keyClicks(form.name, "Orang Lain")
    assert form.sex.currentData() == "L" and form.birth_date.value() == date(1980, 5, 1)  # read from the NIK
    form.save()
    assert form.result() == 0
    assert "sudah terdaftar atas nama Slamet Riyadi" in form.boxes["nik"].text()
    assert _count(ctx) == before


def test_a_valid_person_joins_the_household_found_by_no_kk(qtbot, ctx, village, people):
    before = _count(ctx)
    form = _form(qtbot, ctx, village)
    qtbot.keyClicks(form.kk, KK1)
    assert "Kepala keluarga: Slamet Riyadi" in form.household_info.text()
    assert "Jl. Salak No. 3" in form.household_info.text()
    assert not form.new_household.isVisibleTo(form)
    qtbot.keyClicks(form.nik, make_nik("330709", date(2015, 6, 1), "L", 9))
    qtbot.keyClicks(form.name, "Bayu  Pratama ")
    form.relationship.setCurrentIndex(form.relationship.findData("anak"))
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)  # Enter saves
    assert form.result() == 1
    assert _count(ctx) == before + 1
    saved = registry.get_person(ctx, form.saved_id)
    assert (saved.name, saved.no_kk, saved.birth_date, saved.status) == ("Bayu Pratama", KK1, date(2015, 6, 1), "keluarga")


def test_a_new_no_kk_creates_the_household_with_its_address(qtbot, ctx, village, people):
    form = _form(qtbot, ctx, village)
    qtbot.keyClicks(form.kk, "3307090101200001")
    assert form.new_household.isVisibleTo(form)
    assert "belum terdaftar" in form.household_info.text()
    assert form.relationship.currentData() == "kepala"  # a new family: the first person is usually its head
    form.kk.setText(KK1)  # ... but an existing family keeps its own head
    assert form.relationship.currentData() == "lainnya"
    form.kk.setText("3307090101200001")
    form.dusun.setCurrentIndex(form.dusun.findText("Sigaluh"))
    form.rw.setValue(2)
    form.rt.setValue(5)
    qtbot.keyClicks(form.address, "Jl. Singkong 7")
    qtbot.keyClicks(form.nik, make_nik("330709", date(1990, 1, 2), "P", 11))
    qtbot.keyClicks(form.name, "Wulan Sari")
    form.save()
    assert form.result() == 1
    h = registry.find_household(ctx, "3307090101200001")
    assert (h.dusun, h.rw, h.rt, h.address, h.head_name) == ("Sigaluh", 2, 5, "Jl. Singkong 7", "Wulan Sari")


def test_a_foreign_nik_prefix_is_an_amber_warning_and_may_be_saved(qtbot, ctx, village):
    form = _form(qtbot, ctx, village)
    qtbot.keyClicks(form.nik, make_nik("320101", date(1992, 4, 4), "L", 1))
    qtbot.keyClicks(form.name, "Pendatang Baru")
    assert form.boxes["nik"].text().startswith("Peringatan: Kode wilayah NIK (3201)")
    assert form.boxes["nik"].message.property("warning") is True
    form.save()
    assert form.result() == 1


def test_editing_keeps_the_dialog_open_on_a_bad_phone(qtbot, ctx, village, people):
    form = _form(qtbot, ctx, village, person_id=people.ids["Sularmi"])
    assert form.name.text() == "Sularmi" and form.kk.text() == KK1
    form.phone.clear()
    qtbot.keyClicks(form.phone, "12ab")
    assert form.boxes["phone"].text().startswith("No. HP harus 8–15 angka")
    form.save()
    assert form.result() == 0
    assert registry.get_person(ctx, people.ids["Sularmi"]).phone == ""
