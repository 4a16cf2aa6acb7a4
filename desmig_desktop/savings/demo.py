"""The demo village's simpan pinjam (issue 9 point 13): each demo production group runs a fund from February 2017.

Everything goes through the services' session twins inside the demo's one unit of work, in date order, and every
financial year 2017–2025 of every fund is closed with its SHU as soon as the year's last record is in. The demo's
day is the registry demo's last day (`DATA_END`, 31/10/2026): nothing is dated after it, so one seed gives the
same funds on any later day. As of that day:
* pokok on joining, wajib brought once a year until 2025 and every quarter in 2026 (a few members behind),
  some sukarela, a couple of withdrawals, a yearly cost (rapat anggota, ATK);
* 3-month loans over the years, most repaid on time, a few paid off late with denda where the fund has a rule,
  a few paid off early; one loan to each group; the open ones: current loans, exactly one more than 90 days
  overdue (Salak), one paused while the remittance from the borrower's husband abroad is late (payments brought
  by him), and one a few days late (Batik).
"""

from __future__ import annotations

import heapq
import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.ledger.posting import balance
from desmig_desktop.production.models import GroupMember, ProductionGroup
from desmig_desktop.registry.demo_homes import DATA_END
from desmig_desktop.registry.models import Person
from desmig_desktop.savings.dto import FundInput, LoanInput, PaymentInput
from desmig_desktop.savings.rules import add_months, schedule
from desmig_desktop.savings.services import funds as fund_service
from desmig_desktop.savings.models import FundMember
from desmig_desktop.savings.services.book import fund_cash, savings_account
from desmig_desktop.savings.services.loan_queries import loan_state_in
from desmig_desktop.savings.services.loans import disburse_loan_in, pause_loan_in
from desmig_desktop.savings.services.members import join_fund_in
from desmig_desktop.savings.services.moves import deposit_in, withdraw_in
from desmig_desktop.savings.services.payments import record_payment_in
from desmig_desktop.savings.services.yearend import close_year_in

OPENED = date(2017, 2, 6)
LAST_CLOSED = 2025
QUARTERLY_FROM = date(2026, 1, 1)  # wajib every quarter from here, once a year before
# group name -> (fund settings, capital)
FUNDS = {
    "Kelompok Produksi Salak": (dict(pokok_amount=50_000, wajib_amount=10_000, late_fee_kind="flat",
                                     late_fee_amount=5_000, late_fee_grace_days=7), 1_500_000),
    "Kelompok Produksi Daging": (dict(pokok_amount=50_000, wajib_amount=10_000), 1_000_000),
    "Kelompok Produksi Singkong": (dict(pokok_amount=25_000, wajib_amount=10_000), 1_000_000),
    "Kelompok Produksi Batik": (dict(pokok_amount=100_000, wajib_amount=20_000, late_fee_kind="percent",
                                     late_fee_amount=100, late_fee_grace_days=3), 2_000_000),
}
PURPOSES = ["Modal warung", "Bahan baku olahan", "Biaya sekolah anak", "Pupuk dan bibit salak", "Ternak ayam",
            "Perbaikan rumah", "Modal jualan di pasar", "Biaya berobat"]


@dataclass
class _Run:
    """The demo's clock: operations in date order, years closed as soon as the next year's first record comes."""
    session: Session
    ctx: ServiceContext
    rng: random.Random
    fund_ids: list[str] = field(default_factory=list)
    heap: list[tuple[date, int, Callable[[], None]]] = field(default_factory=list)
    seq: int = 0
    paused_placed: bool = False  # the one paused loan goes to the first group with a husband abroad

    def at(self, day: date, op: Callable[[], None]) -> None:
        if day <= DATA_END:
            self.seq += 1
            heapq.heappush(self.heap, (day, self.seq, op))

    def run(self) -> None:
        year = OPENED.year
        while self.heap:
            day, _seq, op = heapq.heappop(self.heap)
            while day.year > year:
                if year <= LAST_CLOSED:  # closed in the first days of the next year, as a treasurer would
                    closing = replace(self.ctx, today_override=date(year + 1, 1, 8))
                    for fund_id in self.fund_ids:
                        close_year_in(self.session, closing, fund_id, year)
                year += 1
            op()


def _money(rng: random.Random, low: int, high: int, step: int) -> int:
    return rng.randint(low // step, high // step) * step


def _members(session: Session, group_id: str) -> list[Person]:
    rows = session.scalars(select(GroupMember).where(
        GroupMember.group_id == group_id, GroupMember.deleted_at.is_(None), GroupMember.left_on.is_(None)))
    return sorted((m.person for m in rows), key=lambda p: p.name)


def _husband_abroad(session: Session, person: Person, on: date) -> Person | None:
    if person.household_id is None or person.relationship_to_head not in ("istri", "kepala"):
        return None
    mates = session.scalars(select(Person).where(Person.household_id == person.household_id, Person.sex == "L",
                                                  Person.deleted_at.is_(None), Person.id != person.id))
    return next((p for p in mates if p.current_country and p.current_departed_on and p.current_departed_on < on),
                None)


def _savings(run: _Run, member_id: str, wajib: int, joined: date, behind_from: date | None) -> None:
    """Wajib from the joining month: brought once a year (in its last month) until 2025, every quarter in 2026
    (in its first month); now and then a period is caught up with the next; some sukarela."""
    rng, owed, month = run.rng, 0, date(joined.year, joined.month, 1)
    while month <= DATA_END and not (behind_from and month >= behind_from):
        span = 3 - (month.month - 1) % 3 if month >= QUARTERLY_FROM else 13 - month.month
        span = min(span, (DATA_END.year - month.year) * 12 + DATA_END.month - month.month + 1)
        owed += span * wajib
        brought = month if month >= QUARTERLY_FROM else add_months(month, span - 1)  # a quarter in its first month
        paid_on = max(brought + timedelta(days=rng.randint(4, 24)), joined)
        if paid_on <= DATA_END and rng.random() < 0.92:
            run.at(paid_on, lambda a=owed, d=paid_on: deposit_in(run.session, run.ctx, member_id, "wajib", a, d,
                                                                note="Simpanan wajib"))
            owed = 0
        month = add_months(month, span)
    for year in range(joined.year, DATA_END.year + 1):
        if rng.random() < 0.2:
            day = date(year, rng.randint(1, 10), rng.randint(1, 28))
            if joined < day:
                run.at(day, lambda d=day, a=_money(rng, 50_000, 300_000, 10_000): deposit_in(
                    run.session, run.ctx, member_id, "sukarela", a, d, note="Tabungan"))


def _pay_on_time(run: _Run, loan_id: str, principal: int, fee_bp: int, start: date, payer: str = "",
                 relation: str = "", upto: int = 99) -> None:
    for inst in schedule(principal, 3, fee_bp, start)[:upto]:
        day = inst.due_on - timedelta(days=run.rng.randint(0, 3))
        run.at(day, lambda d=day, a=inst.total: record_payment_in(run.session, run.ctx, PaymentInput(
            loan_id, d, a, payer_name=payer, payer_relation=relation)))


def _pay_off(run: _Run, loan_id: str, day: date) -> None:
    def pay() -> None:
        owed = loan_state_in(run.session, loan_id, day).owed_to_close
        record_payment_in(run.session, run.ctx, PaymentInput(loan_id, day, owed, note="Pelunasan"))
    run.at(day, pay)


def _loan(run: _Run, fund_id: str, fee_bp: int, day: date, data: dict, behaviour: str = "") -> None:
    """Disburse on `day` (the principal cut to what the fund has that day) and plan its repayment:
    on time, early payoff, late payoff (`behaviour` "" = the rng picks) or a special the caller plans."""
    def disburse() -> None:
        cash = fund_cash(run.session, fund_id, day)
        principal = min(data["principal"], (cash - 200_000) // 50_000 * 50_000)
        if principal < 300_000:
            return
        loan = disburse_loan_in(run.session, run.ctx, LoanInput(fund_id, data.get("kind", "member"), principal, day,
                                                                3, data.get("member_id"), data.get("group_id"),
                                                                data["purpose"]))
        plan = schedule(principal, 3, fee_bp, day)
        how = behaviour or run.rng.choices(("tepat", "awal", "telat"), (80, 8, 12))[0]
        if how in ("awal", "telat") and plan[2].due_on + timedelta(days=50) > DATA_END:
            how = "tepat"  # the loans still open on the demo's day are paid as they fall due
        if how == "awal":
            _pay_on_time(run, loan.id, principal, fee_bp, day, upto=1)
            _pay_off(run, loan.id, plan[0].due_on + timedelta(days=run.rng.randint(5, 20)))
        elif how == "telat":
            _pay_on_time(run, loan.id, principal, fee_bp, day, upto=1)
            _pay_off(run, loan.id, plan[2].due_on + timedelta(days=run.rng.randint(10, 50)))
        elif how == "tepat":
            _pay_on_time(run, loan.id, principal, fee_bp, day)
        else:
            data["then"](loan.id, principal)
    run.at(day, disburse)


def _fund(run: _Run, group: ProductionGroup, settings: dict, capital: int) -> None:
    session, ctx, rng = run.session, run.ctx, run.rng
    name = "Dana Simpan Pinjam " + group.name.removeprefix("Kelompok Produksi ")
    fund = fund_service.create_fund_in(session, ctx, FundInput(name, OPENED, group.id, fee_bp=200, default_term=3,
                                                               shu_savings_pct=40, shu_fees_pct=40, **settings))
    run.fund_ids.append(fund.id)
    fund_service.add_fund_cash_in(session, ctx, fund.id, "capital", capital, OPENED, "Modal awal dari Dana Desa 2017")
    people = _members(session, group.id)
    specials = _specials(run, group, people)
    for i, person in enumerate(people):
        joined = OPENED + timedelta(days=rng.randint(0, 12))
        member = join_fund_in(session, ctx, fund.id, person.id, joined)
        behind = date(2026, rng.randint(5, 7), 1) if i % 6 == 5 else None
        _savings(run, member.id, settings["wajib_amount"], joined, behind)
        last = specials[person.id][0] - timedelta(days=200) if person.id in specials else DATA_END - timedelta(days=20)
        day = joined + timedelta(days=rng.randint(60, 500))
        while day <= last:
            _loan(run, fund.id, 200, day, {"member_id": member.id, "principal": _money(rng, 500_000, 2_000_000, 250_000),
                                         "purpose": rng.choice(PURPOSES)})
            day += timedelta(days=rng.randint(900, 2000))
        if person.id in specials:
            start, then = specials[person.id]
            _loan(run, fund.id, 200, start, {"member_id": member.id, "principal": 1_000_000,
                                           "purpose": rng.choice(PURPOSES), "then": then}, "special")
    for i, day in enumerate((date(2019, 8, 12), date(2023, 5, 22))):
        run.at(day, lambda d=day, who=people[(i * 5 + 2) % len(people)]: _withdraw_half(run, fund.id, who, d))
    _loan(run, fund.id, 200, date(2025, 3, 3), {"kind": "group", "group_id": group.id, "principal": 2_000_000,
                                               "purpose": "Bahan baku produksi kelompok"}, "tepat")
    for year in range(2018, DATA_END.year + 1):
        day = date(year, 1, rng.randint(10, 25))
        run.at(day, lambda d=day, a=_money(rng, 50_000, 150_000, 5_000): fund_service.add_fund_cash_in(
            session, ctx, fund.id, "cost", a, d, "Rapat anggota tahunan dan ATK"))


def _withdraw_half(run: _Run, fund_id: str, person: Person, day: date) -> None:
    member = run.session.scalars(select(FundMember).where(FundMember.fund_id == fund_id,
                                                          FundMember.person_id == person.id)).one()
    held = -balance(run.session, savings_account(run.session, fund_id, member.id, "sukarela").id, day)
    amount = min(held // 2, fund_cash(run.session, fund_id, day) - 100_000) // 10_000 * 10_000
    if amount > 0:
        withdraw_in(run.session, run.ctx, member.id, amount, day, note="Keperluan keluarga")


def _specials(run: _Run, group: ProductionGroup, people: list[Person]) -> dict[str, tuple[date, Callable]]:
    """The loans open on the demo's day, by borrower: person id -> (disbursal day, what happens after)."""
    found: dict[str, tuple[date, Callable]] = {}
    if group.name.endswith("Salak"):  # more than 90 days overdue: the first instalment only
        found[people[3].id] = (date(2026, 4, 14), lambda loan_id, p: _pay_on_time(run, loan_id, p, 200, date(2026, 4, 14),
                                                                                  upto=1))
    if group.name.endswith("Batik"):  # the third instalment (due 20/10/2026) not paid yet
        found[people[4].id] = (date(2026, 7, 20), lambda loan_id, p: _pay_on_time(run, loan_id, p, 200, date(2026, 7, 20),
                                                                                  upto=2))
    if not run.paused_placed:  # the first group with a member whose husband is abroad: paused while his remittance is late
        for person in people:
            husband = _husband_abroad(run.session, person, date(2026, 6, 8))
            if husband is not None and person.id not in found:
                run.paused_placed = True
                relation = f"suami, kiriman dari {husband.current_country}"

                def paused(loan_id: str, p: int, name: str = husband.name, rel: str = relation,
                           country: str = husband.current_country or "") -> None:
                    _pay_on_time(run, loan_id, p, 200, date(2026, 6, 8), name, rel, upto=1)
                    run.at(date(2026, 8, 12), lambda: pause_loan_in(
                        run.session, run.ctx, loan_id, date(2026, 8, 12),
                        f"Kiriman uang dari suami di {country} terlambat; keluarga minta waktu"))
                found[person.id] = (date(2026, 6, 8), paused)
                break
    return found


def build_demo_funds(session: Session, ctx: ServiceContext, seed: int = 2017) -> None:
    """Simpan pinjam's part of the demo village: a fund for each demo production group (see the module doc)."""
    run = _Run(session, ctx, random.Random(seed * 31 + 9))
    groups = session.scalars(select(ProductionGroup).where(
        ProductionGroup.deleted_at.is_(None), ProductionGroup.name.in_(tuple(FUNDS)))).all()
    for group in sorted(groups, key=lambda g: list(FUNDS).index(g.name)):
        settings, capital = FUNDS[group.name]
        _fund(run, group, settings, capital)
    run.run()
    session.flush()
