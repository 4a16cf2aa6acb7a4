"""A production group seeded through the services, shared by the services and screens tests.

Kelompok Salak (founded 10/01/2017, a share-out due every 2 runs) with Bariyah, Tukinem, Surtini and Fatonah as
members since 10/01/2017, and one product: Dodol salak, bungkus, Rp15.000.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from desmig_desktop.production.services import groups
from desmig_desktop.production.services import products as production
from desmig_desktop.production.services.groups import GroupInput
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput


@dataclass(frozen=True)
class Salak:
    group_id: str
    people: dict[str, str]  # name -> person id
    product_id: str


@pytest.fixture
def salak(ctx, village) -> Salak:
    people = {}
    for i, name in enumerate(["Bariyah", "Tukinem", "Surtini", "Fatonah"], start=1):
        born = date(1980 + i, i, 10 + i)
        people[name] = registry.register_person(ctx, PersonInput(make_nik("330709", born, "P", i), name, "P", born)).id
    gid = groups.create_group(ctx, GroupInput("Kelompok Salak", "Olahan salak", date(2017, 1, 10), share_due_runs=2)).id
    for pid in people.values():
        groups.add_member(ctx, gid, pid, date(2017, 1, 10))
    product = production.add_product(ctx, gid, "Dodol salak", "bungkus", 15_000).id
    return Salak(gid, people, product)

