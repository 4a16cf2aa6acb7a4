"""Each reason a calon PMI is at risk, read through the service the pages and the CLI use (calon_at_risk), on a
real file. (The rule against a small reference over random facts: tests/service_centre/test_rules.py.)"""

from __future__ import annotations

from datetime import date

from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput, PlacementInput
from desmig_desktop.service_centre.codes import DEPARTURE_ITEMS
from desmig_desktop.service_centre.services import documents
from tests.service_centre.conftest import AGENCY, CALON, CALON_REGISTERED


def in_order(ctx, placement_id, **changes):  # type: ignore[no-untyped-def]
    """The calon placement with a P3MI named and procedural (no risk), then `changes`."""
    values = dict(stage="calon", country="Malaysia", scheme="p_to_p", agency=AGENCY, route="prosedural",
                  registered_on=CALON_REGISTERED)
    values.update(changes)
    registry.update_placement(ctx, placement_id, PlacementInput(**values))


def reasons(ctx, day=None):  # type: ignore[no-untyped-def]
    return {r.name: r.risks for r in documents.calon_at_risk(ctx, day)}


def test_no_risk_when_everything_is_in_order(ctx, sc_people):
    in_order(ctx, sc_people.placements[CALON])
    assert reasons(ctx) == {}
    assert [r.risks for r in documents.calon_list(ctx)] == [()]


def test_risk_under_18(ctx, sc_people):
    born = date(2009, 1, 10)
    pid = registry.register_person(ctx, PersonInput(make_nik("330709", born, "P", 31), "Nia Ramadhani", "P", born,
                                                    relationship_to_head="anak", household_id=sc_people.household)).id
    pl = registry.add_placement(ctx, pid, PlacementInput("calon", "Hong Kong", scheme="p_to_p", agency=AGENCY,
                                                         route="prosedural", registered_on=date(2026, 11, 2))).id
    assert reasons(ctx)["Nia Ramadhani"] == ("under_18",)
    documents.set_plan(ctx, pl, date(2027, 1, 10))  # 18 on the planned day
    assert "Nia Ramadhani" not in reasons(ctx)


def test_risk_non_procedural(ctx, sc_people):
    in_order(ctx, sc_people.placements[CALON], route="non_prosedural")
    assert reasons(ctx) == {CALON: ("non_procedural",)}


def test_risk_no_p3mi(ctx, sc_people):
    in_order(ctx, sc_people.placements[CALON], agency="")
    assert reasons(ctx) == {CALON: ("no_p3mi",)}
    in_order(ctx, sc_people.placements[CALON], agency="", scheme="g_to_g")
    assert reasons(ctx) == {}


def test_risk_documents_missing_at_the_departure_date(ctx, sc_people):
    pid = sc_people.placements[CALON]
    in_order(ctx, pid)
    for item in list(DEPARTURE_ITEMS)[:-1]:
        documents.set_document(ctx, pid, item, date(2026, 11, 1))
    documents.set_plan(ctx, pid, date(2026, 11, 15))
    assert reasons(ctx) == {CALON: ("documents_missing",)}
    assert reasons(ctx, date(2026, 11, 14)) == {}
    documents.set_document(ctx, pid, "bpjs", date(2026, 11, 10))
    assert reasons(ctx) == {}
