"""A small village registered through the real services, and its November 2026 recap.

On 30 November 2026 (the period's last day):
- KK 1 (Kuripan, RW 1 RT 2): Slamet (L) and Dwi (P, child) are Keluarga PMI; Sularmi (P) is PMI aktif in Hong Kong.
- KK 2 (Sigaluh, RW 3 RT 4): a man named like a spreadsheet formula left for Malaysia on 5 November 2026
  (PMI aktif, lost contact, job written like a phone number); his wife came back from Taiwan on 10 November
  (PMI purna).
- KK 3: Rini (P) registered as calon PMI on 2 November 2026.
- KK 4: Joko (L), no migrant at all (Bukan PMI).
Status totals: L 3, P 4, 7 people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from desmig_desktop.core.periods import parse_period
from desmig_desktop.recap.dataset import RecapData, build_recap
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import HouseholdInput, PersonInput, PlacementInput

FORMULA_NAME = '=HYPERLINK("http://x","klik")'
PHONE_JOB = "+6281234567890"


@dataclass(frozen=True)
class World:
    data: RecapData
    niks: dict[str, str]  # name -> full NIK
    kks: tuple[str, ...]
    formula_name: str = FORMULA_NAME
    phone_job: str = PHONE_JOB


def _person(ctx, name, sex, born, hh, rel, serial):  # type: ignore[no-untyped-def]
    nik = make_nik("330709", born, sex, serial)
    pid = registry.register_person(ctx, PersonInput(nik=nik, name=name, sex=sex, birth_date=born,
                                                    relationship_to_head=rel, household_id=hh)).id
    return pid, nik


@pytest.fixture
def world(ctx, village) -> World:
    from desmig_desktop.registry.services.village import update_village

    update_village(ctx, address="Jl. Raya Watumalang No. 1, Kuripan")
    kuripan, sigaluh = (d.id for d in village.dusuns)
    kks = ("3307091201150003", "3307092003160007", "3307090505180011", "3307091010190021")
    hh1 = registry.create_household(ctx, HouseholdInput(kks[0], kuripan, 1, 2)).id
    hh2 = registry.create_household(ctx, HouseholdInput(kks[1], sigaluh, 3, 4)).id
    hh3 = registry.create_household(ctx, HouseholdInput(kks[2], kuripan, 1, 1)).id
    hh4 = registry.create_household(ctx, HouseholdInput(kks[3], sigaluh, 3, 5)).id
    niks = {}
    _, niks["Slamet Riyadi"] = _person(ctx, "Slamet Riyadi", "L", date(1980, 5, 1), hh1, "kepala", 1)
    mum, niks["Sularmi"] = _person(ctx, "Sularmi", "P", date(1985, 2, 14), hh1, "istri", 2)
    _, niks["Dwi Lestari"] = _person(ctx, "Dwi Lestari", "P", date(2010, 7, 9), hh1, "anak", 3)
    man, niks[FORMULA_NAME] = _person(ctx, FORMULA_NAME, "L", date(1990, 3, 3), hh2, "kepala", 4)
    wife, niks["Wartini"] = _person(ctx, "Wartini", "P", date(1992, 8, 17), hh2, "istri", 5)
    calon, niks["Rini Astuti"] = _person(ctx, "Rini Astuti", "P", date(2000, 1, 20), hh3, "kepala", 6)
    _, niks["Joko Susilo"] = _person(ctx, "Joko Susilo", "L", date(1970, 6, 6), hh4, "kepala", 7)

    registry.add_placement(ctx, mum, PlacementInput("aktif", "Hong Kong", "informal", "Perawat lansia",
                                                    "PT Maju Jaya", "prosedural", departed_on=date(2024, 3, 1)))
    registry.add_placement(ctx, man, PlacementInput("aktif", "Malaysia", "formal", PHONE_JOB, "@Agen Mandiri",
                                                    "non_prosedural", departed_on=date(2026, 11, 5), lost_contact=True))
    registry.add_placement(ctx, wife, PlacementInput("purna", "Taiwan", "formal", "Operator pabrik", "PT Sinar",
                                                     "prosedural", departed_on=date(2023, 1, 9),
                                                     returned_on=date(2026, 11, 10)))
    registry.add_placement(ctx, calon, PlacementInput("calon", "Korea Selatan", registered_on=date(2026, 11, 2)))
    return World(build_recap(ctx, parse_period("2026-11")), niks, kks)
