"""Reading loans as of any day: the loan list, a loan's detail, a fund's portfolio (aging, PAR30), overdue
borrowers, instalments due in a range (issue 9 points 7, 10, 11).

As of a day D: only loans disbursed on or before D; payments and pause events dated on or before D, and not
reversed by then (a payment reversed after D still counts as of D); a loan whose disbursal was reversed on or
before D shows as "dibatalkan" (it never was). The state itself is `rules.loan_state` over the schedule, so a
past answer never changes when later records are added. Lists load loans, payments and pauses in one query each.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any, Iterable, NamedTuple, Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.formatting import percent, rupiah
from desmig_desktop.core.i18n import _
from desmig_desktop.core.records import get_live
from desmig_desktop.production.models import ProductionGroup
from desmig_desktop.registry.models import Person
from desmig_desktop.savings import rules
from desmig_desktop.savings.dto import BUCKETS, AgingDTO, LoanDetailDTO, LoanRowDTO, OverdueDTO, PauseDTO, PaymentDTO
from desmig_desktop.savings.models import Fund, FundMember, Loan, LoanPause, LoanPayment
from desmig_desktop.savings.services.book import village_line

CANCELLED = "dibatalkan"


class LoanFacts(NamedTuple):
    """The columns of one loan a state needs (a light row, not an ORM object: lists read 2,000 of them)."""
    id: str
    number: str
    fund_id: str
    fund_name: str
    borrower_kind: str
    member_id: str | None
    group_id: str | None
    person_id: str | None
    borrower_name: str
    phone: str
    principal: int
    term_months: int
    fee_bp: int
    late_fee_kind: str
    late_fee_amount: int
    late_fee_grace_days: int
    purpose: str
    disbursed_on: date
    representative_name: str
    representative_relation: str
    representative_phone: str
    closed_on: date | None
    reversed_on: date | None

    @property
    def schedule(self) -> tuple[rules.Installment, ...]:
        return rules.schedule(self.principal, self.term_months, self.fee_bp, self.disbursed_on)

    @property
    def rule(self) -> rules.LateFeeRule:
        return rules.LateFeeRule(self.late_fee_kind, self.late_fee_amount, self.late_fee_grace_days)

    @property
    def representative(self) -> str:
        if not self.representative_name:
            return ""
        extra = ", ".join(x for x in (self.representative_relation, self.representative_phone) if x)
        return f"{self.representative_name} ({extra})" if extra else self.representative_name


_BUILT: dict[str, Any] = {}  # statements built once (building a select costs more than running it here)


def _facts_query() -> Any:
    if "facts" not in _BUILT:
        _BUILT["facts"] = _build_facts_query()
    return _BUILT["facts"]


def _build_facts_query() -> Any:
    person, group = aliased(Person), aliased(ProductionGroup)
    return (select(Loan.id, Loan.number, Loan.fund_id, Fund.name, Loan.borrower_kind, Loan.member_id, Loan.group_id,
                   person.id, person.name, group.name, person.phone, Loan.principal, Loan.term_months, Loan.fee_bp,
                   Loan.late_fee_kind, Loan.late_fee_amount, Loan.late_fee_grace_days, Loan.purpose,
                   Loan.disbursed_on, Loan.representative_name, Loan.representative_relation,
                   Loan.representative_phone, Loan.closed_on, Loan.reversed_on)
            .join(Fund, Fund.id == Loan.fund_id)
            .outerjoin(FundMember, FundMember.id == Loan.member_id)
            .outerjoin(person, person.id == FundMember.person_id)
            .outerjoin(group, group.id == Loan.group_id)
            .where(Loan.deleted_at.is_(None)))


def _facts(row: Sequence[Any]) -> LoanFacts:
    (lid, number, fund_id, fund_name, kind, member_id, group_id, person_id, person_name, group_name, phone,
     *rest) = row
    name = person_name if kind == "member" else group_name
    return LoanFacts(lid, number, fund_id, fund_name, kind, member_id, group_id, person_id, name or "", phone or "",
                     *rest)


def loan_facts_in(session: Session, fund_id: str | None = None, as_of: date | None = None,
                  loan_ids: Iterable[str] | None = None) -> list[LoanFacts]:
    query = _facts_query()
    if fund_id is not None:
        query = query.where(Loan.fund_id == fund_id)
    if as_of is not None:
        query = query.where(Loan.disbursed_on <= as_of)
    if loan_ids is not None:
        query = query.where(Loan.id.in_(list(loan_ids)))
    rows = session.execute(query.order_by(Loan.disbursed_on.desc(), Loan.number.desc()))  # scoped at a district
    return [_facts(r) for r in rows]


def _scope(query: Any, fund_id: str | None, loan_ids: Sequence[str] | None, column: Any) -> Any:
    if loan_ids is not None:
        return query.where(column.in_(list(loan_ids)))
    if fund_id is not None:
        return query.where(column.in_(select(Loan.id).where(Loan.fund_id == fund_id)))
    return query


def payments_by_loan(session: Session, as_of: date | None, fund_id: str | None = None,
                     loan_ids: Sequence[str] | None = None, open_only: bool = False) -> dict[str, list[rules.Payment]]:
    """Each loan's payments live as of the day (dated by then, not reversed by then), in date then entry order,
    as the rules take them: the cash allocated to the loan (any excess put into savings removed). `open_only`:
    not those of loans paid off by then and never touched by a reversal (a list does not replay them)."""
    if "payments" not in _BUILT:
        _BUILT["payments"] = select(LoanPayment.loan_id, LoanPayment.paid_on, LoanPayment.amount,
                                    LoanPayment.excess_to_savings, LoanPayment.reversed_on).where(
            LoanPayment.deleted_at.is_(None))
    query = _BUILT["payments"]
    if as_of is not None:
        query = query.where(LoanPayment.paid_on <= as_of,
                            or_(LoanPayment.reversed_on.is_(None), LoanPayment.reversed_on > as_of))
    else:
        query = query.where(LoanPayment.reversed_on.is_(None))
    query = _scope(query, fund_id, loan_ids, LoanPayment.loan_id)
    if open_only and as_of is not None:
        touched = select(LoanPayment.loan_id).where(LoanPayment.reversed_on.is_not(None))
        query = query.where(LoanPayment.loan_id.in_(select(Loan.id).where(
            or_(Loan.closed_on.is_(None), Loan.closed_on > as_of, Loan.id.in_(touched)))))
    found: dict[str, list[rules.Payment]] = defaultdict(list)
    for loan_id, paid_on, amount, excess, _rev in session.execute(  # the session: scoped at a district
            query.order_by(LoanPayment.paid_on, LoanPayment.created_at, LoanPayment.id)):
        found[loan_id].append(rules.Payment(paid_on, amount - (excess or 0)))
    return found


def ever_reversed(session: Session, fund_id: str | None = None, loan_ids: Sequence[str] | None = None) -> set[str]:
    """The loans with a payment ever reversed (their closed_on may differ from the closing as of a past day)."""
    query = select(LoanPayment.loan_id).where(LoanPayment.deleted_at.is_(None), LoanPayment.reversed_on.is_not(None))
    return set(session.scalars(_scope(query, fund_id, loan_ids, LoanPayment.loan_id)))


def pause_spans(events: Iterable[tuple[str, date]]) -> list[rules.Pause]:
    """Pause intervals from pause / resume events in order: a pause opens one, a resume closes it."""
    spans: list[rules.Pause] = []
    start: date | None = None
    for kind, on in events:
        if kind == "pause" and start is None:
            start = on
        elif kind == "resume" and start is not None:
            spans.append(rules.Pause(start, on))
            start = None
    if start is not None:
        spans.append(rules.Pause(start, None))
    return spans


def pauses_by_loan(session: Session, as_of: date | None, fund_id: str | None = None,
                   loan_ids: Sequence[str] | None = None) -> dict[str, list[rules.Pause]]:
    query = select(LoanPause.loan_id, LoanPause.kind, LoanPause.on).where(LoanPause.deleted_at.is_(None))
    if as_of is not None:
        query = query.where(LoanPause.on <= as_of)
    query = _scope(query, fund_id, loan_ids, LoanPause.loan_id)
    events: dict[str, list[tuple[str, date]]] = defaultdict(list)
    for loan_id, kind, on in session.execute(query.order_by(LoanPause.on, LoanPause.created_at, LoanPause.id)):
        events[loan_id].append((kind, on))
    return {loan_id: pause_spans(evs) for loan_id, evs in events.items()}


_STATES: dict[tuple[Any, ...], rules.LoanState] = {}
_STATES_MAX = 50_000


def state_of(facts: LoanFacts, payments: Sequence[rules.Payment], pauses: Sequence[rules.Pause],
             as_of: date) -> rules.LoanState:
    """`rules.loan_state` of the loan, remembered: the state is a pure function of the loan's terms, its payments,
    its pauses and the day, so a list refreshed after one payment recomputes only the loan that changed."""
    key = (facts.principal, facts.term_months, facts.fee_bp, facts.disbursed_on, facts.late_fee_kind,
           facts.late_fee_amount, facts.late_fee_grace_days, tuple(payments), tuple(pauses), as_of)
    found = _STATES.get(key)
    if found is None:
        if len(_STATES) >= _STATES_MAX:
            _STATES.clear()
        found = _STATES[key] = rules.loan_state(facts.schedule, payments, pauses, facts.rule, as_of)
    return found


def _paid_off(facts: LoanFacts, as_of: date) -> rules.LoanState:
    """The state of a loan paid off by `as_of` whose payments were never reversed (so Loan.closed_on, kept from
    its live payments, is also its closing day as of any later day) — without replaying it: what a list shows."""
    return rules.LoanState(as_of, (), 0, 0, 0, 0, 0, 0, "lancar", "lunas", facts.closed_on, False)


def loan_state_in(session: Session, loan_id: str, as_of: date) -> rules.LoanState:
    """One loan's state as of a day (payments and pauses dated by then)."""
    facts = loan_facts_in(session, loan_ids=[loan_id])[0]
    return state_of(facts, payments_by_loan(session, as_of, loan_ids=[loan_id]).get(loan_id, []),
                    pauses_by_loan(session, as_of, loan_ids=[loan_id]).get(loan_id, []), as_of)


def _row(f: LoanFacts, state: rules.LoanState | None, as_of: date) -> LoanRowDTO:
    if state is None:  # reversed by then: the loan never was
        return LoanRowDTO(f.id, f.number, f.fund_id, f.fund_name, f.borrower_kind, f.member_id or f.group_id or "",
                          f.person_id, f.borrower_name, f.phone, f.principal, f.term_months, f.fee_bp, f.disbursed_on,
                          f.purpose, 0, 0, 0, "lancar", CANCELLED, None, None, 0, f.representative)
    upcoming = next((i for i in state.installments if i.unpaid > 0), None)
    return LoanRowDTO(f.id, f.number, f.fund_id, f.fund_name, f.borrower_kind, f.member_id or f.group_id or "",
                      f.person_id, f.borrower_name, f.phone, f.principal, f.term_months, f.fee_bp, f.disbursed_on,
                      f.purpose, state.principal_outstanding, state.owed_now, state.days_past_due, state.bucket,
                      state.status, state.closed_on, upcoming.due_on if upcoming else None,
                      upcoming.unpaid if upcoming else 0, f.representative)


def _states_in(session: Session, ctx: ServiceContext | None, fund_id: str | None, as_of: date | None,
               loan_ids: Sequence[str] | None = None,
               full: bool = False) -> tuple[date, list[tuple[LoanFacts, rules.LoanState | None]]]:
    """Each loan disbursed by the day with its state (None: its disbursal was reversed by then). Not `full`: a
    loan paid off by then and never touched by a reversal gets a state without its instalments (lists)."""
    day = as_of or (ctx.today() if ctx is not None else date.today())
    facts = loan_facts_in(session, fund_id, day, loan_ids)
    payments = payments_by_loan(session, day, fund_id, loan_ids, open_only=not full)
    pauses = pauses_by_loan(session, day, fund_id, loan_ids)
    touched = set() if full else ever_reversed(session, fund_id, loan_ids)
    out: list[tuple[LoanFacts, rules.LoanState | None]] = []
    for f in facts:
        if f.reversed_on is not None and f.reversed_on <= day:
            out.append((f, None))
        elif not full and f.closed_on is not None and f.closed_on <= day and f.id not in touched:
            out.append((f, _paid_off(f, day)))
        else:
            out.append((f, state_of(f, payments.get(f.id, []), pauses.get(f.id, []), day)))
    return day, out


def list_loans_in(session: Session, ctx: ServiceContext, fund_id: str | None = None, overdue: bool = False,
                  as_of: date | None = None, status: str | None = None,
                  loan_ids: Sequence[str] | None = None) -> list[LoanRowDTO]:
    """The loans as of a day (default today), newest disbursal first; `overdue`: days past due > 0 only;
    `status`: lancar / menunggak / lunas / dihentikan / dibatalkan; `loan_ids`: only these (a list refreshing the
    row of the loan just paid reads that loan alone)."""
    day, states = _states_in(session, ctx, fund_id, as_of, loan_ids)
    rows = [_row(f, s, day) for f, s in states]
    if overdue:
        rows = [r for r in rows if r.days_past_due > 0]
    if status is not None:
        rows = [r for r in rows if r.status == status]
    return rows


def list_loans(ctx: ServiceContext, fund_id: str | None = None, overdue: bool = False, as_of: date | None = None,
               status: str | None = None, loan_ids: Sequence[str] | None = None) -> list[LoanRowDTO]:
    with ctx.reader() as session:
        return list_loans_in(session, ctx, fund_id, overdue, as_of, status, loan_ids)


def late_fee_rule_text(kind: str, amount: int, grace_days: int) -> str:
    """The denda rule in words, as the agreement prints it."""
    if kind == "flat":
        text = _("Denda {amount} per angsuran per 30 hari terlambat").format(amount=rupiah(amount))
    elif kind == "percent":
        text = _("Denda {pct} dari sisa angsuran per 30 hari terlambat").format(pct=percent(amount / 10_000, 2))
    else:
        return _("Tanpa denda")
    if grace_days:
        text += _(", setelah {days} hari masa tenggang").format(days=grace_days)
    return text


def loan_detail_in(session: Session, ctx: ServiceContext, loan_id: str, as_of: date | None = None) -> LoanDetailDTO:
    """A loan as of a day: its row, the schedule with what is paid, its payments and pause events dated by then."""
    loan = get_live(session, Loan, loan_id)
    day, [(facts, state)] = _states_in(session, ctx, None, max(as_of or ctx.today(), loan.disbursed_on), [loan_id],
                                       full=True)
    shown = state or state_of(facts, [], [], day)
    pays = session.scalars(select(LoanPayment).where(
        LoanPayment.loan_id == loan_id, LoanPayment.deleted_at.is_(None), LoanPayment.paid_on <= day)
        .order_by(LoanPayment.paid_on, LoanPayment.created_at)).all()
    events = session.scalars(select(LoanPause).where(
        LoanPause.loan_id == loan_id, LoanPause.deleted_at.is_(None), LoanPause.on <= day)
        .order_by(LoanPause.on, LoanPause.created_at)).all()
    later = [p for p in pays if p.reversed_on is not None and p.reversed_on > day]
    return LoanDetailDTO(
        _row(facts, state, day), shown,
        tuple(PaymentDTO(p.id, p.paid_on, p.amount, p.late_fee, p.fee, p.principal, p.excess_to_savings,
                         p.payer_name, p.receipt_no, None if p in later else p.reversed_on,
                         "" if p in later else p.reversal_reason) for p in pays),
        tuple(PauseDTO(e.kind, e.on, e.reason, e.officer) for e in events),
        late_fee_rule_text(facts.late_fee_kind, facts.late_fee_amount, facts.late_fee_grace_days),
        village_line(session), facts.fund_name, facts.representative_name, facts.representative_relation,
        facts.representative_phone)


def loan_detail(ctx: ServiceContext, loan_id: str, as_of: date | None = None) -> LoanDetailDTO:
    with ctx.reader() as session:
        return loan_detail_in(session, ctx, loan_id, as_of)


def portfolio_in(session: Session, fund_id: str, as_of: date | None) -> tuple[tuple[AgingDTO, ...], int, int, int]:
    """(aging by bucket in BUCKETS order, PAR30 principal, principal outstanding, open loans) of a fund as of a
    day: every loan disbursed by then that is not lunas and not cancelled."""
    _day, states = _states_in(session, None, fund_id, as_of)
    return portfolio(states)


def portfolio(states: Sequence[Any]) -> tuple[tuple[AgingDTO, ...], int, int, int]:
    """(aging by bucket in BUCKETS order, PAR30 principal, principal outstanding, open loans) of loan states
    (`_states_in`'s): every loan not lunas and not cancelled. The fund page's and the recap's one count."""
    counts = {b: [0, 0] for b in BUCKETS}
    outstanding: list[tuple[int, int]] = []
    for _f, state in states:
        if state is None or state.status == "lunas":
            continue
        counts[state.bucket][0] += 1
        counts[state.bucket][1] += state.principal_outstanding
        outstanding.append((state.days_past_due, state.principal_outstanding))
    at_risk, total = rules.par(outstanding, 30)
    return tuple(AgingDTO(b, n, p) for b, (n, p) in counts.items()), at_risk, total, len(outstanding)


def overdue_borrowers(ctx: ServiceContext, fund_id: str | None = None, as_of: date | None = None) -> list[OverdueDTO]:
    """Loans past due as of a day, most days first, with the phone and the representative for follow-up."""
    with ctx.reader() as session:
        _day, states = _states_in(session, ctx, fund_id, as_of)
    found = [OverdueDTO(f.id, f.number, f.fund_name, f.borrower_name, f.phone, f.representative, s.days_past_due,
                        s.bucket, s.owed_now, s.principal_outstanding, s.paused)
             for f, s in states if s is not None and s.days_past_due > 0]
    return sorted(found, key=lambda o: (-o.days_past_due, o.borrower_name, o.number))


def due_between(ctx: ServiceContext, start: date, end: date) -> list[LoanRowDTO]:
    """Open loans with an instalment due in [start, end] and not paid as of today (the home tile "angsuran
    jatuh tempo minggu ini"), by that due date."""
    with ctx.reader() as session:
        day, states = _states_in(session, ctx, None, None)
    found = []
    for f, s in states:
        if s is None or s.status == "lunas":
            continue
        due = [i for i in s.installments if start <= i.due_on <= end and i.unpaid > 0]
        if due:
            found.append((due[0].due_on, _row(f, s, day)))
    return [row for _due, row in sorted(found, key=lambda x: (x[0], x[1].number))]
