"""The departure guard (service_centre/guards.py): a placement the centre follows (a plan or a checklist row)
cannot be recorded as departed with papers missing that day unless it is non-procedural with a note — also
through the registry's own placement service (the Penduduk page's placement dialog). Placements the centre does
not follow are left alone."""

from __future__ import annotations

from datetime import date

import pytest

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PlacementInput
from desmig_desktop.service_centre.codes import DEPARTURE_ITEMS
from desmig_desktop.service_centre.services import documents
from tests.service_centre.conftest import CALON, CALON_REGISTERED

DEPARTED = date(2026, 11, 20)


def departed(route="prosedural", note="", day=DEPARTED):  # type: ignore[no-untyped-def]
    return PlacementInput("aktif", "Malaysia", scheme="p_to_p", agency="PT Maju Jaya Sentosa", route=route,
                          registered_on=CALON_REGISTERED, departed_on=day, departure_note=note)


def stage_of(ctx, sc_people) -> str:  # type: ignore[no-untyped-def]
    return registry.get_person(ctx, sc_people.ids[CALON]).placements[0].stage


def test_the_registry_dialog_cannot_depart_a_followed_calon_with_missing_papers(ctx, sc_people):
    pid = sc_people.placements[CALON]
    documents.set_plan(ctx, pid, DEPARTED)
    with pytest.raises(ValidationError) as err:
        registry.update_placement(ctx, pid, departed())
    message = err.value.for_field("departed_on")[0]
    assert "Dokumen keberangkatan belum lengkap" in message and "non-prosedural dengan catatan" in message
    assert stage_of(ctx, sc_people) == "calon"  # nothing was written
    with pytest.raises(ValidationError):
        registry.update_placement(ctx, pid, departed("non_prosedural"))  # no note
    registry.update_placement(ctx, pid, departed("non_prosedural", "Berangkat lewat calo tanpa visa kerja"))
    assert stage_of(ctx, sc_people) == "aktif"


def test_one_checklist_row_is_enough_for_the_centre_to_follow_the_placement(ctx, sc_people):
    pid = sc_people.placements[CALON]
    documents.set_document(ctx, pid, "ktp", date(2026, 10, 5))
    with pytest.raises(ValidationError):
        registry.update_placement(ctx, pid, departed())
    assert stage_of(ctx, sc_people) == "calon"


def test_papers_seen_after_the_departure_day_were_missing_that_day(ctx, sc_people):
    pid = sc_people.placements[CALON]
    for item in DEPARTURE_ITEMS:
        documents.set_document(ctx, pid, item, date(2026, 11, 21) if item == "bpjs" else date(2026, 11, 1))
    with pytest.raises(ValidationError) as err:
        registry.update_placement(ctx, pid, departed())
    assert "Kepesertaan BPJS Ketenagakerjaan" in err.value.for_field("departed_on")[0]
    registry.update_placement(ctx, pid, departed(day=date(2026, 11, 21)))
    assert stage_of(ctx, sc_people) == "aktif"


def test_a_placement_the_centre_does_not_follow_departs_as_before(ctx, sc_people):
    registry.update_placement(ctx, sc_people.placements[CALON], departed())
    assert stage_of(ctx, sc_people) == "aktif"


def test_a_deleted_plan_no_longer_holds_the_placement(ctx, sc_people):
    from desmig_desktop.core.records import tombstone
    from desmig_desktop.service_centre.models import Preparation

    pid = sc_people.placements[CALON]
    plan_id = documents.set_plan(ctx, pid, DEPARTED).id
    with ctx.unit_of_work() as s:
        tombstone(s, s.get(Preparation, plan_id))
    registry.update_placement(ctx, pid, departed())
    assert stage_of(ctx, sc_people) == "aktif"


def test_changing_an_aktif_placement_is_not_a_departure(ctx, sc_people):
    pid = sc_people.placements[CALON]
    registry.update_placement(ctx, pid, departed())
    with ctx.unit_of_work() as s:  # the centre starts following it after the departure
        from desmig_desktop.service_centre.models import Document

        s.add(Document(placement_id=pid, item="ktp", done_on=date(2026, 10, 5)))
    registry.update_placement(ctx, pid, departed(day=date(2026, 11, 19)))  # a correction of the day
    registry.update_placement(ctx, pid, PlacementInput(
        "aktif", "Malaysia", scheme="p_to_p", route="prosedural", registered_on=CALON_REGISTERED,
        departed_on=date(2026, 11, 19), last_contact_on=date(2026, 11, 22)))
    assert registry.get_person(ctx, sc_people.ids[CALON]).placements[0].last_contact_on == date(2026, 11, 22)
