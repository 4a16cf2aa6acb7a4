"""A small fund shared by the simpan pinjam services tests, seeded through the services users call.

`kuripan`: Dana Desmigratif Kuripan, a village-wide fund opened 02/01/2017 (pokok Rp50.000, wajib Rp10.000 a month,
jasa 2 %), Rp2.000.000 capital on 02/01/2017 (receipt KW/2017/0001). Siti, Bariyah and Tukinem join on 05/01/2017
paying pokok (KW/2017/0002-0004, members A-001-A-003): cash Rp2.150.000 from 05/01/2017.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput
from desmig_desktop.savings.dto import FundInput
from desmig_desktop.savings.services import funds, members

OPENED = date(2017, 1, 2)
JOINED = date(2017, 1, 5)


@dataclass(frozen=True)
class Kuripan:
    fund_id: str
    members: dict[str, str]  # name -> savings_member id
    people: dict[str, str]   # name -> person id


def register(ctx, name: str, i: int, phone: str = "") -> str:  # type: ignore[no-untyped-def]
    born = date(1980 + i, i, 10 + i)
    return registry.register_person(ctx, PersonInput(make_nik("330709", born, "P", i + 40), name, "P", born,
                                                     phone=phone)).id


@pytest.fixture
def kuripan(ctx, village) -> Kuripan:  # type: ignore[no-untyped-def]
    fund = funds.create_fund(ctx, FundInput("Dana Desmigratif Kuripan", OPENED, pokok_amount=50_000,
                                            wajib_amount=10_000, fee_bp=200))
    funds.add_fund_cash(ctx, fund.id, "capital", 2_000_000, OPENED, "Hibah dana desa")
    people = {name: register(ctx, name, i, f"0812000{i:04d}") for i, name in enumerate(["Siti", "Bariyah", "Tukinem"], 1)}
    accounts = {name: members.join_fund(ctx, fund.id, pid, JOINED).id for name, pid in people.items()}
    return Kuripan(fund.id, accounts, people)
