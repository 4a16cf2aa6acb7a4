"""A fund to lend from, seeded through the services users call (the loans tests' fixture).

Dana Salak (opened 02/01/2017, jasa 2 %/month, denda Rp5.000 per instalment per started 30 days late, term 3,
one open loan per borrower) with Rp10.000.000 capital on 02/01/2017. Members since 05/01/2017: Bariyah, Tukinem,
and Sumiyati, who works in Taiwan from 01/03/2017 (registry placement). Kelompok Salak is a production group.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from desmig_desktop.production.services import groups
from desmig_desktop.production.services.groups import GroupInput
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput, PlacementInput
from desmig_desktop.savings.dto import FundInput, LoanInput, PaymentInput
from desmig_desktop.savings.services import funds, members

OPENED = date(2017, 1, 2)
JOINED = date(2017, 1, 5)
CAPITAL = 10_000_000


@dataclass(frozen=True)
class Lender:
    fund_id: str
    group_id: str
    members: dict[str, str]  # name -> savings_member id
    people: dict[str, str]   # name -> person id


def make_lender(ctx, name: str = "Dana Salak", capital: int = CAPITAL, **settings) -> Lender:  # type: ignore[no-untyped-def]
    people = {}
    for i, person in enumerate(["Bariyah", "Tukinem", "Sumiyati"], start=1):
        born = date(1980 + i, i, 10 + i)
        people[person] = registry.register_person(
            ctx, PersonInput(make_nik("330709", born, "P", i + 20), person, "P", born, phone=f"08123{i:06d}")).id
    registry.add_placement(ctx, people["Sumiyati"], PlacementInput("aktif", "Taiwan", "informal",
                                                                    departed_on=date(2017, 3, 1)))
    gid = groups.create_group(ctx, GroupInput("Kelompok Salak", "Olahan salak", date(2016, 6, 1))).id
    data = dict(name=name, opened_on=OPENED, fee_bp=200, late_fee_kind="flat", late_fee_amount=5_000,
                default_term=3, max_open_loans=1)
    data.update(settings)
    fund = funds.create_fund(ctx, FundInput(**data))
    if capital:
        funds.add_fund_cash(ctx, fund.id, "capital", capital, OPENED, "Hibah desa")
    accounts = {p: members.join_fund(ctx, fund.id, pid, JOINED, pay_pokok=False).id for p, pid in people.items()}
    return Lender(fund.id, gid, accounts, people)


@pytest.fixture
def lender(ctx, village) -> Lender:  # type: ignore[no-untyped-def]
    return make_lender(ctx)


def member_loan(lender: Lender, who: str = "Bariyah", principal: int = 1_000_000, on: date = date(2017, 1, 31),
                term: int = 3, **extra) -> LoanInput:  # type: ignore[no-untyped-def]
    return LoanInput(lender.fund_id, "member", principal, on, term, member_id=lender.members[who], **extra)


def pay(loan_id: str, on: date, amount: int, **extra) -> PaymentInput:  # type: ignore[no-untyped-def]
    return PaymentInput(loan_id, on, amount, **extra)
