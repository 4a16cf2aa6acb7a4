"""Shared fixtures of the service-centre tests, seeded through the registry services users call.

`sc_village` is the village of tests/conftest.py (`village`: Kuripan, Watumalang, Wonosobo; dusun Kuripan RW 01
RT 01/02 and dusun Sigaluh), returned as the registry's VillageDTO (what the PDFs take as letterhead).

`sc_people` (an `ScPeople`) adds ONE household, KK 3307091201150011 (dusun Kuripan, RW 01/RT 01, "Jl. Melati No. 7"):

  name              sex  born        relation  education  phone         placement
  Bambang Sutrisno  L    12/04/1972  kepala    smp        081234500011  -                 (a family member)
  Wartini           P    03/09/1990  istri     smp        -             aktif: Taiwan, formal, "Operator pabrik",
                                                                        P-to-P through "PT Maju Jaya Sentosa",
                                                                        prosedural, departed 10/05/2024,
                                                                        last contact 30/10/2026
  Rina Wulandari    P    21/06/2003  anak      sma        081234500013  calon: Malaysia, P-to-P, NO P3MI named,
                                                                        registered 01/10/2026 (no departure yet)
  Agus Setiawan     L    15/01/2001  anak      sma        081234500014  -                 (a job seeker)

No outsiders are seeded (tests make their own VisitInput with outsider_name etc.). `TODAY` (tests/conftest.py) is
23/11/2026; `ctx.today()` returns it. Ids: `sc_people.ids[name]` -> person id, `sc_people.placements[name]` ->
placement id (Wartini, Rina Wulandari), `sc_people.niks[name]` -> full NIK, `sc_people.household` -> household id.
The constants below (KK, AGENCY, ...) let tests assert without retyping.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import HouseholdInput, PersonInput, PlacementInput

KK = "3307091201150011"
AGENCY = "PT Maju Jaya Sentosa"
AKTIF, CALON, FAMILY, SEEKER = "Wartini", "Rina Wulandari", "Bambang Sutrisno", "Agus Setiawan"
DEPARTED = date(2024, 5, 10)
LAST_CONTACT = date(2026, 10, 30)
CALON_REGISTERED = date(2026, 10, 1)


@dataclass(frozen=True)
class ScPeople:
    ids: dict[str, str]  # name -> person id
    niks: dict[str, str]  # name -> full NIK
    placements: dict[str, str]  # name -> placement id (Wartini: aktif, Rina Wulandari: calon)
    household: str  # household id of KK 3307091201150011


@pytest.fixture
def sc_village(village):  # type: ignore[no-untyped-def]
    return village


@pytest.fixture
def sc_people(ctx, sc_village) -> ScPeople:  # type: ignore[no-untyped-def]
    kuripan = next(d.id for d in sc_village.dusuns if d.name == "Kuripan")
    hh = registry.create_household(ctx, HouseholdInput(KK, kuripan, 1, 1, "Jl. Melati No. 7")).id
    rows = [
        (FAMILY, "L", date(1972, 4, 12), 11, "kepala", "smp", "081234500011"),
        (AKTIF, "P", date(1990, 9, 3), 12, "istri", "smp", ""),
        (CALON, "P", date(2003, 6, 21), 13, "anak", "sma", "081234500013"),
        (SEEKER, "L", date(2001, 1, 15), 14, "anak", "sma", "081234500014"),
    ]
    ids, niks = {}, {}
    for name, sex, born, serial, rel, edu, phone in rows:
        data = PersonInput(nik=make_nik("330709", born, sex, serial), name=name, sex=sex, birth_date=born,
                           relationship_to_head=rel, education=edu, phone=phone, household_id=hh)
        ids[name] = registry.register_person(ctx, data).id
        niks[name] = data.nik
    placements = {
        AKTIF: registry.add_placement(ctx, ids[AKTIF], PlacementInput(
            "aktif", "Taiwan", "formal", "Operator pabrik", AGENCY, route="prosedural", scheme="p_to_p",
            registered_on=date(2024, 1, 15), departed_on=DEPARTED, last_contact_on=LAST_CONTACT)).id,
        CALON: registry.add_placement(ctx, ids[CALON], PlacementInput(
            "calon", "Malaysia", scheme="p_to_p", registered_on=CALON_REGISTERED)).id,
    }
    return ScPeople(ids, niks, placements, hh)
