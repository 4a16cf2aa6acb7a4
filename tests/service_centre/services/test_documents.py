"""Pre-departure documents of a calon PMI (services/documents.py): the calon list with readiness and risks, the
checklist, the planned day, and recording the departure (papers missing: non-procedural with a note)."""

from __future__ import annotations

from datetime import date

import pytest

from desmig_desktop.core.errors import NotFoundError, ValidationError
from desmig_desktop.registry.services import people as registry
from desmig_desktop.service_centre.codes import DEPARTURE_ITEMS
from desmig_desktop.service_centre.dto import DepartureInput
from desmig_desktop.service_centre.services import documents
from tests.service_centre.conftest import AKTIF, CALON, CALON_REGISTERED

TICKED = date(2026, 10, 20)


def tick_all(ctx, placement_id, but=()):  # type: ignore[no-untyped-def]
    for item in DEPARTURE_ITEMS:
        if item not in but:
            documents.set_document(ctx, placement_id, item, TICKED)


def test_the_calon_list_shows_each_calon_with_readiness_and_risks(ctx, sc_people):
    rows = documents.calon_list(ctx)
    assert [r.name for r in rows] == [CALON]
    rina = rows[0]
    assert rina.placement_id == sc_people.placements[CALON]
    assert rina.nik == sc_people.niks[CALON][:4] + "*" * 10 + sc_people.niks[CALON][-2:]
    assert (rina.age, rina.country, rina.scheme, rina.agency, rina.registered_on) == (23, "Malaysia", "p_to_p", "",
                                                                                       CALON_REGISTERED)
    assert (rina.readiness.done, rina.readiness.total) == (0, 12)
    assert rina.risks == ("no_p3mi",)
    assert documents.calon_at_risk(ctx) == rows
    assert documents.calon_list(ctx, day=date(2026, 9, 30)) == []  # not yet registered that day


def test_ticking_and_unticking_papers_moves_the_readiness(ctx, sc_people):
    pid = sc_people.placements[CALON]
    documents.set_document(ctx, pid, "ktp", date(2026, 10, 2), "fotokopi dilegalisir")
    documents.set_document(ctx, pid, "paspor", date(2026, 11, 20))
    row = documents.calon_list(ctx)[0]
    assert (row.readiness.done, row.readiness.missing[:2]) == (2, ("kk", "akta_ijazah"))
    assert documents.calon_list(ctx, day=date(2026, 11, 1))[0].readiness.done == 1  # the passport came later
    documents.set_document(ctx, pid, "paspor", None)
    detail = documents.get_documents(ctx, pid)
    assert [c.item for c in detail.checklist] == list(DEPARTURE_ITEMS)
    by_item = {c.item: c for c in detail.checklist}
    assert (by_item["ktp"].done_on, by_item["ktp"].note) == (date(2026, 10, 2), "fotokopi dilegalisir")
    assert by_item["paspor"].id is not None and by_item["paspor"].done_on is None
    assert by_item["visa"].id is None
    assert detail.row.readiness.done == 1


def test_a_paper_needs_a_known_item_a_past_day_and_a_calon(ctx, sc_people):
    pid = sc_people.placements[CALON]
    with pytest.raises(ValidationError) as err:
        documents.set_document(ctx, pid, "ktp", date(2026, 11, 24))
    assert err.value.for_field("done_on") == ["Tanggal diperiksa tidak boleh sesudah hari ini."]
    with pytest.raises(ValidationError) as err:
        documents.set_document(ctx, pid, "sim", TICKED)
    assert err.value.for_field("item")
    with pytest.raises(ValidationError) as err:
        documents.set_document(ctx, sc_people.placements[AKTIF], "ktp", TICKED)
    assert "belum berangkat" in err.value.for_field("placement")[0]
    with pytest.raises(NotFoundError):
        documents.set_document(ctx, "no-such-placement", "ktp", TICKED)


def test_the_plan_makes_missing_papers_a_risk_once_its_day_has_come(ctx, sc_people):
    pid = sc_people.placements[CALON]
    registry.update_placement(ctx, pid, registry.PlacementInput(
        "calon", "Malaysia", scheme="p_to_p", agency="PT Maju Jaya Sentosa", registered_on=CALON_REGISTERED))
    assert documents.calon_at_risk(ctx) == []
    documents.set_plan(ctx, pid, date(2026, 11, 20), "menunggu visa")
    row = documents.calon_list(ctx)[0]
    assert (row.planned_on, row.risks) == (date(2026, 11, 20), ("documents_missing",))
    assert documents.calon_list(ctx, day=date(2026, 11, 19))[0].risks == ()
    assert documents.get_documents(ctx, pid).note == "menunggu visa"
    documents.set_plan(ctx, pid, date(2026, 12, 15))  # the same row, moved
    assert documents.calon_at_risk(ctx) == []
    with pytest.raises(ValidationError) as err:
        documents.set_plan(ctx, pid, date(2026, 9, 1))
    assert "sebelum tanggal daftar (01/10/2026)" in err.value.for_field("planned_on")[0]


def test_a_departure_with_missing_papers_is_refused_unless_non_procedural_with_a_note(ctx, sc_people):
    pid = sc_people.placements[CALON]
    tick_all(ctx, pid, but=("visa",))
    with pytest.raises(ValidationError) as err:
        documents.record_departure(ctx, pid, DepartureInput(date(2026, 11, 21), "prosedural"))
    assert "kurang: Visa kerja" in err.value.for_field("departed_on")[0]
    with pytest.raises(ValidationError):
        documents.record_departure(ctx, pid, DepartureInput(date(2026, 11, 21), "non_prosedural", "  "))
    assert registry.get_person(ctx, sc_people.ids[CALON]).placements[0].stage == "calon"
    documents.record_departure(ctx, pid, DepartureInput(date(2026, 11, 21), "non_prosedural",
                                                        "Berangkat sebelum visa kerja terbit"))
    placement = registry.get_person(ctx, sc_people.ids[CALON]).placements[0]
    assert (placement.stage, placement.departed_on, placement.route, placement.departure_note) == (
        "aktif", date(2026, 11, 21), "non_prosedural", "Berangkat sebelum visa kerja terbit")
    assert documents.calon_list(ctx) == []
    assert [r.name for r in documents.calon_list(ctx, day=date(2026, 11, 20))] == [CALON]
    with pytest.raises(ValidationError):  # already gone
        documents.record_departure(ctx, pid, DepartureInput(date(2026, 11, 22), "prosedural"))


def test_a_calon_with_every_paper_departs_procedurally(ctx, sc_people):
    pid = sc_people.placements[CALON]
    tick_all(ctx, pid)
    with pytest.raises(ValidationError) as err:
        documents.record_departure(ctx, pid, DepartureInput(date(2026, 11, 24), "prosedural"))
    assert err.value.for_field("departed_on")  # a future departure: the registry's own rule
    with pytest.raises(ValidationError) as err:
        documents.record_departure(ctx, pid, DepartureInput(date(2026, 11, 22), ""))
    assert err.value.for_field("route")
    documents.record_departure(ctx, pid, DepartureInput(date(2026, 11, 22), "prosedural"))
    assert registry.get_person(ctx, sc_people.ids[CALON]).placements[0].stage == "aktif"
    assert registry.get_person(ctx, sc_people.ids[CALON]).status == "aktif"
