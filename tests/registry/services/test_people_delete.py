"""Deleting a person (or one placement) by mistake: a tombstone with what hangs on it, undone exactly, listed in
the Terhapus view by the registry's describer."""

from __future__ import annotations

from datetime import date

from desmig_desktop.core.pillar import load
from desmig_desktop.core.records import list_deleted
from desmig_desktop.registry.pillar import PILLAR
from desmig_desktop.registry.services import life_events
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.person_detail import goes_with, person_overview
from desmig_desktop.registry.services.search import PersonQuery, list_persons


def test_delete_person_says_what_goes_and_undo_brings_it_back(ctx, people):
    sularmi = people.ids["Sularmi"]
    registry.record_life_event(ctx, sularmi, "pindah_datang", date(2020, 1, 5), "Dari Kab. Temanggung")
    assert sorted(goes_with(ctx, "person", sularmi)) == ["1 peristiwa", "1 riwayat migrasi"]
    deletion = registry.delete_person(ctx, sularmi)
    assert (deletion.table, deletion.record_id, deletion.count) == ("person", sularmi, 3)
    assert "Sularmi" not in [r.name for r in list_persons(ctx, PersonQuery())]
    slamet = registry.get_person(ctx, people.ids["Slamet Riyadi"])
    assert slamet.status == "none"  # no PMI left in the family

    life_events.restore_registry_record(ctx, deletion)
    back = registry.get_person(ctx, sularmi)
    assert len(back.placements) == 1 and len(back.life_events) == 1 and back.status == "aktif"
    assert registry.get_person(ctx, people.ids["Slamet Riyadi"]).status == "keluarga"


def test_the_terhapus_view_words_the_registry_records(ctx, people):
    ani = registry.get_person(ctx, people.ids["Ani Rahayu"])
    registry.delete_placement(ctx, ani.placements[0].id)
    registry.delete_person(ctx, people.ids["Joko Susilo"])
    items = list_deleted(ctx, [load(PILLAR.deleted)])
    assert [(i.kind, i.title) for i in items] == [
        ("Penduduk", f"Joko Susilo ({people.niks['Joko Susilo']})"),
        ("Riwayat migrasi", "Ani Rahayu: Calon PMI, 02/11/2026"),
    ]


def test_the_overview_holds_the_family_and_the_history(ctx, people):
    view = person_overview(ctx, people.ids["Sularmi"])
    assert view.household is not None
    assert [m.name for m in view.household.members] == ["Slamet Riyadi", "Sularmi", "Dwi Lestari"]
    assert [p.country for p in view.person.placements] == ["Hong Kong"]
