"""Household use cases on a real SQLite file: the list, the address, moving a member, splitting a family,
deleting and restoring an empty household, and people whose NIK is not known yet."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from desmig_desktop.core.audit import AuditEntry
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.records import restore_record
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.households import (
    AddressInput,
    HouseholdQuery,
    count_households,
    delete_household,
    household_options,
    list_households,
    move_member,
    split_household,
    update_household_address,
)
from desmig_desktop.registry.services.people import HouseholdInput, PersonInput
from tests.conftest import KK1, KK2

NEW_KK = "3307091201150009"


def _audit(ctx, record_id):
    with ctx.reader() as s:
        return [(e.action, e.table_name, json.loads(e.changes) if isinstance(e.changes, str) else e.changes)
                for e in s.scalars(select(AuditEntry).where(AuditEntry.record_id == record_id).order_by(AuditEntry.at))]


def _messages(err) -> str:
    return "\n".join(f"{i.field}: {i.message}" for i in err.value.issues)


def test_the_list_shows_each_family_with_its_head_place_members_and_who_is_abroad(ctx, people):
    rows = list_households(ctx, HouseholdQuery())
    assert [(r.no_kk, r.head_name, r.dusun, r.rw, r.rt, r.members, r.abroad) for r in rows] == [
        (KK1, "Slamet Riyadi", "Kuripan", 1, 2, 3, 1),
        (KK2, "Joko Susilo", "Sigaluh", 3, 4, 2, 0),
    ]
    assert count_households(ctx, HouseholdQuery()) == 2


def test_the_list_searches_by_no_kk_or_name_filters_by_dusun_and_sorts(ctx, village, people):
    sigaluh = village.dusuns[1].id
    assert [r.no_kk for r in list_households(ctx, HouseholdQuery(text=KK2[:4] + ' ' + KK2[4:]))] == [KK2]
    assert [r.head_name for r in list_households(ctx, HouseholdQuery(text="joko"))] == ["Joko Susilo"]
    assert [r.head_name for r in list_households(ctx, HouseholdQuery(text="Lestari"))] == ["Slamet Riyadi"]
    assert [r.no_kk for r in list_households(ctx, HouseholdQuery(dusun_id=sigaluh))] == [KK2]
    assert count_households(ctx, HouseholdQuery(dusun_id=sigaluh)) == 1
    assert [r.head_name for r in list_households(ctx, HouseholdQuery(sort="head"))] == ["Joko Susilo", "Slamet Riyadi"]
    assert [r.members for r in list_households(ctx, HouseholdQuery(sort="members", descending=True))] == [3, 2]
    assert [r.no_kk for r in list_households(ctx, HouseholdQuery(), offset=1, limit=1)] == [KK2]
    assert household_options(ctx, "") == []  # a picker shows nothing until the officer types
    assert [r.no_kk for r in household_options(ctx, "Slamet", exclude_id=people.households[1])] == [KK1]


def test_the_address_is_corrected_with_its_audit_trail(ctx, village, people):
    h1 = people.households[0]
    sigaluh = village.dusuns[1].id
    update_household_address(ctx, h1, AddressInput(sigaluh, 5, 6, "  Jl. Carica No. 1 "))
    h = registry.get_household(ctx, h1)
    assert (h.no_kk, h.dusun, h.rw, h.rt, h.address) == (KK1, "Sigaluh", 5, 6, "Jl. Carica No. 1")
    update = [changes for action, _t, changes in _audit(ctx, h1) if action == "update"][-1]
    assert update["rw"] == [1, 5] and update["address"] == ["Jl. Salak No. 3", "Jl. Carica No. 1"]


def test_a_wrong_address_is_refused_naming_the_field_and_nothing_changes(ctx, people):
    h1 = people.households[0]
    with pytest.raises(ValidationError) as err:
        update_household_address(ctx, h1, AddressInput(None, None, 4, "x"))
    assert "rw: RW wajib diisi bila RT diisi" in _messages(err)
    with pytest.raises(ValidationError) as err:
        update_household_address(ctx, h1, AddressInput(None, 1000, 1))
    assert "rw: RW harus angka 1–999." in _messages(err)
    assert registry.get_household(ctx, h1).address == "Jl. Salak No. 3"


def test_moving_a_member_recomputes_both_families(ctx, people):
    h1, h2 = people.households
    move_member(ctx, people.ids["Sularmi"], h2, "istri")  # the PMI aktif moves: her old family is no longer hers
    assert registry.get_person(ctx, people.ids["Sularmi"]).household_id == h2
    assert registry.get_person(ctx, people.ids["Slamet Riyadi"]).status == "none"
    assert registry.get_person(ctx, people.ids["Joko Susilo"]).status == "keluarga"
    rows = {r.no_kk: (r.members, r.abroad) for r in list_households(ctx, HouseholdQuery())}
    assert rows == {KK1: (2, 0), KK2: (3, 1)}
    assert [c.get("household_id") for a, _t, c in _audit(ctx, people.ids["Sularmi"]) if a == "update"][-1] == [h1, h2]


def test_moving_the_head_away_needs_a_new_head_from_those_who_stay(ctx, people):
    h1, h2 = people.households
    slamet, dwi = people.ids["Slamet Riyadi"], people.ids["Dwi Lestari"]
    with pytest.raises(ValidationError) as err:
        move_member(ctx, slamet, h2, "lainnya")
    assert "new_head: Slamet Riyadi adalah kepala keluarga KK 3307091201150003: pilih kepala keluarga baru" in _messages(err)
    with pytest.raises(ValidationError) as err:
        move_member(ctx, slamet, h2, "kepala", new_head_id=people.ids["Sularmi"])
    assert "relationship: KK tujuan sudah punya kepala keluarga" in _messages(err)
    with pytest.raises(ValidationError) as err:
        move_member(ctx, slamet, h1, "anak")
    assert "target: Slamet Riyadi sudah di KK" in _messages(err)
    assert registry.get_person(ctx, slamet).household_id == h1  # nothing half-saved

    move_member(ctx, slamet, h2, "lainnya", new_head_id=dwi)
    assert registry.get_household(ctx, h1).head_name == "Dwi Lestari"
    assert registry.get_person(ctx, slamet).relationship_to_head == "lainnya"


def test_splitting_a_family_makes_a_new_card_in_one_transaction(ctx, village, people):
    h1 = people.households[0]
    sularmi, dwi = people.ids["Sularmi"], people.ids["Dwi Lestari"]
    kuripan = village.dusuns[0].id
    new_id = split_household(ctx, h1, [sularmi, dwi], HouseholdInput(NEW_KK, kuripan, 1, 1, "Jl. Baru"), sularmi).id
    new = registry.get_household(ctx, new_id)
    assert (new.no_kk, new.head_name, new.rw, new.rt, new.address) == (NEW_KK, "Sularmi", 1, 1, "Jl. Baru")
    assert [(m.name, m.relationship_to_head, m.status) for m in new.members] == [
        ("Sularmi", "kepala", "aktif"), ("Dwi Lestari", "anak", "keluarga")]
    old = registry.get_household(ctx, h1)
    assert [(m.name, m.status) for m in old.members] == [("Slamet Riyadi", "none")]
    assert [a for a, _t, _c in _audit(ctx, new_id)] == ["create"]


def test_a_wrong_split_is_refused_naming_every_fault_and_leaves_the_family_whole(ctx, people):
    h1 = people.households[0]
    slamet, sularmi, dwi = (people.ids[n] for n in ("Slamet Riyadi", "Sularmi", "Dwi Lestari"))
    with pytest.raises(ValidationError) as err:
        split_household(ctx, h1, [], HouseholdInput("123"), slamet)
    text = _messages(err)
    assert "members: Pilih anggota yang pindah ke KK baru." in text and "no_kk: No. KK harus 16 angka" in text
    with pytest.raises(ValidationError) as err:
        split_household(ctx, h1, [slamet, sularmi, dwi], HouseholdInput(NEW_KK), slamet)
    assert "members: Semua anggota dipilih" in _messages(err)
    with pytest.raises(ValidationError) as err:
        split_household(ctx, h1, [slamet, dwi], HouseholdInput(NEW_KK), slamet)
    assert "new_head: Slamet Riyadi adalah kepala keluarga" in _messages(err)
    with pytest.raises(ValidationError) as err:
        split_household(ctx, h1, [sularmi], HouseholdInput(KK2), sularmi)
    assert "no_kk: No. KK 3307091201150004 sudah terdaftar" in _messages(err)
    assert len(registry.get_household(ctx, h1).members) == 3 and count_households(ctx, HouseholdQuery()) == 2

    split_household(ctx, h1, [slamet, dwi], HouseholdInput(NEW_KK), slamet, new_head_id=sularmi)
    assert registry.get_household(ctx, h1).head_name == "Sularmi"


def test_a_household_is_deleted_only_when_empty_and_can_be_restored(ctx, people):
    h1, h2 = people.households
    with pytest.raises(ValidationError) as err:
        delete_household(ctx, h2)
    assert "KK 3307091201150004 masih punya 2 anggota" in _messages(err)
    for name in ("Joko Susilo", "Ani Rahayu"):
        move_member(ctx, people.ids[name], h1, "lainnya", new_head_id=None if name == "Ani Rahayu" else people.ids["Ani Rahayu"])
    deletion = delete_household(ctx, h2)
    assert deletion.table == "household" and deletion.record_id == h2
    assert [r.no_kk for r in list_households(ctx, HouseholdQuery())] == [KK1]
    assert registry.find_household(ctx, KK2) is None
    assert restore_record(ctx, deletion.table, deletion.record_id, deletion.when) == 1
    assert [r.no_kk for r in list_households(ctx, HouseholdQuery())] == [KK1, KK2]
    assert [a for a, _t, _c in _audit(ctx, h2)][-2:] == ["delete", "restore"]


# ---- NIK belum ada ---------------------------------------------------------------------------------------

def test_a_newborn_is_registered_with_no_nik_only_when_marked(ctx, people):
    h1 = people.households[0]
    baby = PersonInput(nik="", name="Bayi Lestari", sex="P", birth_date=date(2026, 11, 20),
                       relationship_to_head="anak", household_id=h1)
    with pytest.raises(ValidationError) as err:
        registry.register_person(ctx, baby)
    assert "NIK wajib diisi" in _messages(err) and "«NIK belum ada»" in _messages(err)
    first = registry.register_person(ctx, PersonInput(**{**baby.__dict__, "nik_missing": True})).id
    second = registry.register_person(ctx, PersonInput(**{**baby.__dict__, "name": "Kembaran", "nik_missing": True})).id
    assert registry.get_person(ctx, first).nik == "" and registry.get_person(ctx, second).nik == ""
    with ctx.reader() as s:
        from desmig_desktop.registry.models import Person

        assert s.get(Person, first).nik is None  # stored as no NIK, never an invented one
    with pytest.raises(ValidationError) as err:  # marked missing but typed: which one is it?
        registry.register_person(ctx, PersonInput(**{**baby.__dict__, "nik": people.niks["Dwi Lestari"],
                                                     "nik_missing": True}))
    assert "kosongkan NIK" in _messages(err)
    # the NIK arrives later: typed in, checked as any NIK
    registry.update_person(ctx, first, PersonInput(**{**baby.__dict__, "nik": "3307096011260001"}))
    assert registry.get_person(ctx, first).nik == "3307096011260001"
