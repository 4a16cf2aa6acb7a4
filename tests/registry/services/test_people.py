"""Registry use cases on a real SQLite file: households, people, placements, life events, audit."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from desmig_desktop.core.audit import AuditEntry
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import HouseholdInput, PersonInput, PlacementInput
from desmig_desktop.registry.services.search import PersonQuery, count_persons, list_persons


def _person(name, sex, born, hh=None, rel="kepala", serial=1, prefix="330709"):
    return PersonInput(nik=make_nik(prefix, born, sex, serial), name=name, sex=sex, birth_date=born,
                       relationship_to_head=rel, household_id=hh)


@pytest.fixture
def family(ctx, village):
    dusun = village.dusuns[0].id
    hh = registry.create_household(ctx, HouseholdInput("3307091201150003", dusun, 1, 2)).id
    dad = registry.register_person(ctx, _person("Slamet Riyadi", "L", date(1980, 5, 1), hh, "kepala", 1)).id
    mum = registry.register_person(ctx, _person("Sularmi", "P", date(1985, 2, 14), hh, "istri", 2)).id
    kid = registry.register_person(ctx, _person("Dwi Lestari", "P", date(2010, 7, 9), hh, "anak", 3)).id
    return hh, dad, mum, kid


def test_status_is_derived_for_migrant_and_family(ctx, family):
    hh, dad, mum, kid = family
    registry.add_placement(ctx, mum, PlacementInput("aktif", "Hong Kong", "informal", departed_on=date(2024, 3, 1)))
    assert registry.get_person(ctx, mum).status == "aktif"
    assert registry.get_person(ctx, dad).status == "keluarga"
    assert registry.get_person(ctx, kid).status == "keluarga"
    members = registry.get_household(ctx, hh).members
    assert [m.name for m in members][0] == "Slamet Riyadi"


def test_under_18_departure_is_refused_and_nothing_saved(ctx, family):
    _, _, _, kid = family
    with pytest.raises(ValidationError) as err:
        registry.add_placement(ctx, kid, PlacementInput("aktif", "Malaysia", "informal", departed_on=date(2026, 1, 5)))
    assert "15 tahun" in str(err.value) and "minimal 18" in str(err.value)
    assert registry.get_person(ctx, kid).placements == ()
    assert registry.get_person(ctx, kid).status == "none"


def test_duplicate_nik_names_the_owner(ctx, family):
    with pytest.raises(ValidationError) as err:
        registry.register_person(ctx, _person("Orang Lain", "L", date(1980, 5, 1), serial=1))
    assert "Slamet Riyadi" in str(err.value)


def test_foreign_prefix_is_a_warning_only(ctx, village):
    saved = registry.register_person(ctx, _person("Pendatang", "L", date(1990, 1, 1), prefix="320101"))
    assert saved.warnings and "3201" in saved.warnings[0]


def test_moved_out_person_leaves_active_list(ctx, family):
    _, dad, _, _ = family
    assert count_persons(ctx, PersonQuery()) == 3
    registry.record_life_event(ctx, dad, "pindah_keluar", date(2026, 6, 1))
    assert count_persons(ctx, PersonQuery()) == 2
    assert count_persons(ctx, PersonQuery(include_gone=True)) == 3
    assert registry.get_person(ctx, dad).in_village is False


def test_search_by_name_nik_and_kk(ctx, family):
    names = {r.name for r in list_persons(ctx, PersonQuery(text="LARM"))}
    assert names == {"Sularmi"}
    assert {r.name for r in list_persons(ctx, PersonQuery(text="3307091201150003"))} == {"Slamet Riyadi", "Sularmi", "Dwi Lestari"}
    nik = make_nik("330709", date(1985, 2, 14), "P", 2)
    assert [r.name for r in list_persons(ctx, PersonQuery(text=nik))] == ["Sularmi"]
    # Short digit strings (most of the village) and long ones (looked up in the indexes) find the same way.
    everyone = {"Slamet Riyadi", "Sularmi", "Dwi Lestari"}
    assert {r.name for r in list_persons(ctx, PersonQuery(text="330709"))} == everyone
    assert {r.name for r in list_persons(ctx, PersonQuery(text="33070912"))} == everyone  # No. KK prefix
    assert [r.name for r in list_persons(ctx, PersonQuery(text=nik[:9]))] == ["Sularmi"]  # NIK prefix
    assert count_persons(ctx, PersonQuery(text=nik[:9])) == 1
    assert count_persons(ctx, PersonQuery(text="3307091299")) == 0


def test_every_change_is_audited_with_old_and_new(ctx, family, db_path):
    _, dad, _, _ = family
    before = registry.get_person(ctx, dad)
    registry.update_person(ctx, dad, PersonInput(before.nik, "Slamet R.", "L", before.birth_date, phone="081234567890",
                                                 relationship_to_head="kepala", household_id=before.household_id))
    with ctx.reader() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.record_id == dad)).all()
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[1].officer == "Siti Petugas"
    changes = json.loads(entries[1].changes)
    assert changes["name"] == ["Slamet Riyadi", "Slamet R."]
    assert changes["phone"] == ["", "081234567890"]


def test_new_household_and_person_are_saved_together_or_not_at_all(ctx, family, village):
    hh, dad, _, kid = family
    dusun = village.dusuns[1].id
    taken = HouseholdInput("3307091201150003", dusun, 2, 1)  # Slamet's No. KK
    with pytest.raises(ValidationError) as err:
        registry.save_person_in_new_household(ctx, taken, _person("Dwi Lestari", "P", date(2010, 7, 9), rel="kepala",
                                                                  serial=3), kid)
    assert "3307091201150003 sudah terdaftar" in str(err.value)
    assert registry.get_person(ctx, kid).household_id == hh  # not moved half-way

    fresh = HouseholdInput("3307092002200001", dusun, 2, 1)
    with pytest.raises(ValidationError) as err:  # a duplicate NIK: no empty household is left behind
        registry.save_person_in_new_household(ctx, fresh, _person("Orang Lain", "L", date(1980, 5, 1), serial=1))
    assert "Slamet Riyadi" in str(err.value)
    assert registry.find_household(ctx, "3307092002200001") is None

    moved = registry.save_person_in_new_household(ctx, fresh, _person("Dwi Lestari", "P", date(2010, 7, 9),
                                                                      rel="kepala", serial=3), kid)
    new_home = registry.find_household(ctx, "3307092002200001")
    assert moved.id == kid and registry.get_person(ctx, kid).household_id == new_home.id
    assert [m.name for m in registry.get_household(ctx, hh).members] == ["Slamet Riyadi", "Sularmi"]
