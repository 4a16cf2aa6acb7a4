"""Arrears and the allocation of repayments (issue 9 points 6-7), pure: a loan's state as of any date is a function
of its schedule, its payments, its pauses, its late-fee rule and that date only. Import these names from
`savings.rules` (which re-exports them).

Exact definitions (the reference simulation in tests/savings/test_rules_properties.py follows them day by day):

* A day `d` is *late* for an instalment when d is after its due date, d is not paused, and the instalment's
  principal + fee were not fully paid at the start of d (before d's payments). `days_late` counts those days up
  to the state's date (or up to the day it was paid off). Paying on the due date is on time; paying the next
  day is one day late.
* A day is *paused* when some pause has start <= day < end (end None: still paused). Overlapping pauses count
  once. Paused days are never late, so a pause freezes both the days past due and the late fees.
* Late fee (denda): block k of an instalment starts on the late day whose count reaches
  grace_days + (k-1) × block_days + 1 — so after n late days, `rule.blocks(n)` =
  ceil((n - grace) / block_days) blocks have started. Each block charges, on the day it starts, `amount` Rupiah
  ("flat") or round_half_up(unpaid principal + fee of that instalment at the start of that day × amount /
  10 000) ("percent"). Late fees accrue before the day's payments, so a payment on that day pays them first.
* A payment is allocated to all accrued unpaid late fees (oldest instalment first), then to the instalments
  oldest first, each fee then principal — due ones and then future ones (early repayment; a future
  instalment's flat fee is still owed). What is left after everything to close the loan is `excess` (the
  services refuse it or move it to sukarela savings; `loan_state` ignores it).
* Payments dated after the state's date are ignored; same-day payments are applied in the given order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desmig_desktop.savings.rules import Installment, LateFeeRule

BUCKETS = ("lancar", "1-30", "31-60", "61-90", "90+")
COMPONENTS = ("late_fee", "fee", "principal")


@dataclass(frozen=True)
class Payment:
    date: date
    amount: int  # cash allocated to the loan (any excess already removed)


@dataclass(frozen=True)
class Pause:
    start: date  # paused from start (included)
    end: date | None  # to end (excluded); None: still paused


@dataclass(frozen=True)
class InstallmentState:
    number: int
    due_on: date
    principal: int
    fee: int
    paid_principal: int
    paid_fee: int
    late_fee: int  # accrued as of the state's date
    paid_late_fee: int
    paid_off_on: date | None  # the day its principal, fee and late fee were all paid
    days_late: int  # late days (paused days excluded) up to the state's date or to paid_off_on

    @property
    def unpaid(self) -> int:
        return self.principal + self.fee + self.late_fee - self.paid_principal - self.paid_fee - self.paid_late_fee


@dataclass(frozen=True)
class LoanState:
    as_of: date
    installments: tuple[InstallmentState, ...]
    principal_outstanding: int
    fee_outstanding: int
    late_fee_outstanding: int
    owed_now: int  # late fees + fee and principal of instalments due on or before as_of, unpaid
    owed_to_close: int  # all principal + all fees + late fees accrued, unpaid
    days_past_due: int  # of the oldest instalment due before as_of and not fully paid; 0 if none
    bucket: str  # BUCKETS
    status: str  # "lunas" | "dihentikan" | "menunggak" | "lancar"
    closed_on: date | None
    paused: bool


@dataclass(frozen=True)
class AllocationLine:
    installment: int
    component: str  # COMPONENTS
    amount: int


@dataclass(frozen=True)
class Allocation:
    late_fee: int
    fee: int
    principal: int
    excess: int  # what is left after everything to close the loan is paid
    lines: tuple[AllocationLine, ...]

    @property
    def applied(self) -> int:
        return self.late_fee + self.fee + self.principal


def aging_bucket(days_past_due: int) -> str:
    """"lancar" (0 days), "1-30", "31-60", "61-90", "90+" (91 days and more)."""
    if days_past_due <= 0:
        return "lancar"
    for bucket, upper in (("1-30", 30), ("31-60", 60), ("61-90", 90)):
        if days_past_due <= upper:
            return bucket
    return "90+"


class _Pauses:
    """The union of the pauses as sorted, disjoint [start, end) ordinal spans (end None: open)."""

    def __init__(self, pauses: Sequence[Pause]) -> None:
        spans: list[list[int | None]] = []
        for p in sorted(pauses, key=lambda p: p.start):
            start, end = p.start.toordinal(), None if p.end is None else p.end.toordinal()
            if end is not None and end <= start:
                continue
            last = spans[-1] if spans else None
            if last is not None and (last[1] is None or start <= last[1]):
                if last[1] is not None:
                    last[1] = None if end is None else max(last[1], end)
                continue
            spans.append([start, end])
        self.spans = [(s, e) for s, e in spans]

    def on(self, day: date) -> bool:
        d = day.toordinal()
        return any(s <= d and (e is None or d < e) for s, e in self.spans)

    def late_days(self, due_on: date, until: date) -> int:
        """Days in (due_on, until] that are not paused."""
        first, last = due_on.toordinal() + 1, until.toordinal()
        if last < first:
            return 0
        paused = 0
        for s, e in self.spans:
            lo, hi = max(s, first), last if e is None else min(e - 1, last)  # type: ignore[operator]
            paused += max(0, hi - lo + 1)
        return last - first + 1 - paused


class _Inst:
    """One instalment during the replay: what is owed and paid by component."""

    __slots__ = ("blocks", "due", "item", "owes", "paid", "paid_off_on")

    def __init__(self, item: Installment) -> None:
        self.item, self.due = item, item.due_on
        self.owes = {"late_fee": 0, "fee": item.fee, "principal": item.principal}  # late_fee: accrued so far
        self.paid = {"late_fee": 0, "fee": 0, "principal": 0}
        self.blocks = 0
        self.paid_off_on: date | None = None

    def owed(self, component: str) -> int:
        return self.owes[component] - self.paid[component]

    @property
    def open(self) -> bool:
        """Principal + fee not fully paid (late days count and late fees accrue only while open)."""
        return self.paid["fee"] + self.paid["principal"] < self.owes["fee"] + self.owes["principal"]


class _Loan:
    """The replay: accrue late fees up to a day (start-of-day), then apply that day's payments."""

    def __init__(self, items: Sequence[Installment], pauses: Sequence[Pause], rule: LateFeeRule) -> None:
        if not items:
            raise ValueError("a loan needs a schedule")
        self.insts = [_Inst(i) for i in sorted(items, key=lambda i: i.number)]
        self.pauses, self.rule = _Pauses(pauses), rule
        self.closed_on: date | None = None

    def accrue(self, day: date) -> None:
        if self.rule.kind == "none":
            return
        for inst in self.insts:
            if day <= inst.due or not inst.open:
                continue
            blocks = self.rule.blocks(self.pauses.late_days(inst.due, day))
            if blocks > inst.blocks:
                unpaid = inst.owed("fee") + inst.owed("principal")
                inst.owes["late_fee"] += (blocks - inst.blocks) * self.rule.charge(unpaid)
                inst.blocks = blocks

    def owed_to_close(self) -> int:
        return sum(inst.owed(c) for inst in self.insts for c in COMPONENTS)

    def apply(self, day: date, amount: int) -> Allocation:
        if amount < 0:
            raise ValueError(f"a payment must not be negative, not {amount}")
        left, lines, by = amount, [], {"late_fee": 0, "fee": 0, "principal": 0}
        for components in (("late_fee",), ("fee", "principal")):
            for inst in self.insts:
                for component in components:
                    take = min(left, inst.owed(component))
                    if take > 0:
                        inst.paid[component] += take
                        by[component] += take
                        left -= take
                        lines.append(AllocationLine(inst.item.number, component, take))
        if left < amount:
            for inst in self.insts:
                if inst.paid_off_on is None and inst.item.total > 0 and not inst.open and not inst.owed("late_fee"):
                    inst.paid_off_on = day
            if self.closed_on is None and self.owed_to_close() == 0:
                self.closed_on = day
        return Allocation(by["late_fee"], by["fee"], by["principal"], left, tuple(lines))

    def replay(self, payments: Sequence[Payment], until: date) -> None:
        for payment in sorted((p for p in payments if p.date <= until), key=lambda p: p.date):
            self.accrue(payment.date)
            self.apply(payment.date, payment.amount)
        self.accrue(until)


def allocate(schedule: Sequence[Installment], payments: Sequence[Payment], pauses: Sequence[Pause],
             rule: LateFeeRule, on: date, amount: int) -> Allocation:
    """What a new payment of `amount` on `on` pays, after the earlier payments (those dated on or before `on`,
    in order): late fees accrued as of `on`, then fee and principal oldest instalment first; `excess` is what
    is left once the loan would be closed. applied + excess == amount."""
    loan = _Loan(schedule, pauses, rule)
    loan.replay(payments, on)
    return loan.apply(on, amount)


def loan_state(schedule: Sequence[Installment], payments: Sequence[Payment], pauses: Sequence[Pause],
               rule: LateFeeRule, as_of: date) -> LoanState:
    """The loan as of the end of `as_of` (after that day's payments): what is paid, owed, late and accrued.
    Depends on nothing dated after `as_of`, so a past state never changes when later records are added."""
    loan = _Loan(schedule, pauses, rule)
    loan.replay(payments, as_of)
    states = []
    for inst in loan.insts:
        item = inst.item
        paid_off = inst.paid_off_on
        if paid_off is None and item.total == 0:  # nothing to pay: settled on its due date or at closing
            paid_off = min(d for d in (item.due_on, loan.closed_on) if d is not None)
            paid_off = paid_off if paid_off <= as_of else None
        days_late = loan.pauses.late_days(item.due_on, paid_off or as_of) if item.total else 0
        states.append(InstallmentState(item.number, item.due_on, item.principal, item.fee, inst.paid["principal"],
                                       inst.paid["fee"], inst.owes["late_fee"], inst.paid["late_fee"], paid_off,
                                       days_late))
    principal = fee = late = due_now = 0
    for inst in loan.insts:
        owed_fee, owed_principal = inst.owed("fee"), inst.owed("principal")
        principal, fee, late = principal + owed_principal, fee + owed_fee, late + inst.owed("late_fee")
        if inst.due <= as_of:
            due_now += owed_fee + owed_principal
    oldest = next((inst for inst in loan.insts if inst.open and inst.item.due_on < as_of), None)
    days_past_due = loan.pauses.late_days(oldest.item.due_on, as_of) if oldest else 0
    paused = loan.pauses.on(as_of)
    if loan.closed_on is not None:
        status = "lunas"
    elif paused:
        status = "dihentikan"
    else:
        status = "menunggak" if days_past_due > 0 else "lancar"
    return LoanState(as_of, tuple(states), principal, fee, late, late + due_now, principal + fee + late,
                     days_past_due, aging_bucket(days_past_due), status, loan.closed_on, paused)

