"""The simpan pinjam section of the recap for every village a context reads, in a fixed number of statements.

Per fund opened by the period's end: the fund at the period's end (cash, savings by type, capital and reserve
from its book's balances; active members; loans outstanding, aging and PAR30 from each loan's state by the pure
`rules.loan_state`; jasa and denda of the year) and the period's flows (loans disbursed, principal, jasa and denda
received). Each is one statement over the whole scope — a district's batch of villages or a village file — grouped
by fund or by book, then `assemble` makes each village's `SavingsSectionDTO` in plain Python. The village's own
recap (`services.recap.build_savings_section`) is this code on its one village.

It gives what `funds.fund_summary_in` and `statements.period_flows_in` give for each fund (the tests hold them
equal); the screens keep those per-fund readers (`read_fund_rows(..., fund_ids=[id])` reads one fund the same way).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Collection

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from desmig_desktop.core.ledger.models import JournalEntry, JournalLine, LedgerAccount, LedgerBook, natural
from desmig_desktop.core.periods import Period
from desmig_desktop.core.pillar import scope_key
from desmig_desktop.production.models import ProductionGroup
from desmig_desktop.savings.dto import FundDTO, FundRecapDTO, FundSummaryDTO, SavingsSectionDTO
from desmig_desktop.savings.models import SAVINGS_KINDS, Fund, FundMember, Loan, ShuDistribution
from desmig_desktop.savings.services.book import BOOK_OWNER
from desmig_desktop.savings.services.loan_queries import _states_in, portfolio

INCOME = ("fee_income", "late_fee_income")
BOOKS_PER_STATEMENT = 500  # bounded IN lists on both databases


@dataclass
class FundRows:
    """What the section counts, as read for every fund of the scope."""

    funds: list[tuple[str, FundDTO]]  # (village_id, fund) of the funds opened by the day, by name
    book_of: dict[str, str] = field(default_factory=dict)  # fund id -> its live book's id
    accounts: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))  # book -> (id, kind)
    balances: dict[str, int] = field(default_factory=dict)  # account id -> balance at the end of the day
    income: dict[tuple[str, str], int] = field(default_factory=dict)  # (book, kind) -> sum, 1 January to the day
    members: dict[str, int] = field(default_factory=dict)  # fund id -> active members on the day
    states: list[Any] = field(default_factory=list)  # (LoanFacts, LoanState | None) of the loans disbursed by then
    loans: dict[str, tuple[int, int]] = field(default_factory=dict)  # fund -> (loans disbursed, amount) in the period
    flows: dict[tuple[str, str], int] = field(default_factory=dict)  # (book, kind) -> sum in the period


def _fund_dto(fund: Fund, group_name: str | None, closed: tuple[int, ...]) -> FundDTO:
    """`funds.fund_dto` from rows already read."""
    return FundDTO(
        name=fund.name, opened_on=fund.opened_on, group_id=fund.group_id, pokok_amount=fund.pokok_amount,
        wajib_amount=fund.wajib_amount, fee_bp=fund.fee_bp, late_fee_kind=fund.late_fee_kind,
        late_fee_amount=fund.late_fee_amount, late_fee_grace_days=fund.late_fee_grace_days,
        default_term=fund.default_term, max_open_loans=fund.max_open_loans, shu_savings_pct=fund.shu_savings_pct,
        shu_fees_pct=fund.shu_fees_pct, note=fund.note, id=fund.id, group_name=group_name or "",
        closed_years=closed)


def read_fund_rows(s: Session, day: date, start: date | None = None,
                   fund_ids: Collection[str] | None = None) -> FundRows:
    """The funds of the session's scope opened by `day` (or `fund_ids`, whenever opened) and what their summary
    at the end of `day` needs; with `start`, also their flows from `start` to `day`."""
    query = (select(Fund, ProductionGroup.name).outerjoin(ProductionGroup, ProductionGroup.id == Fund.group_id)
             .where(Fund.deleted_at.is_(None)))
    query = query.where(Fund.id.in_(list(fund_ids))) if fund_ids is not None else query.where(Fund.opened_on <= day)
    found = s.execute(query.order_by(func.lower(Fund.name), Fund.id)).all()
    if not found:
        return FundRows([])
    only = list(fund_ids) if fund_ids is not None else None  # a screen's funds: every statement narrowed to them

    def narrow(column: Any) -> tuple[Any, ...]:
        return (column.in_(only),) if only is not None else ()

    closed: dict[str, list[int]] = defaultdict(list)
    for fund_id, year in s.execute(select(ShuDistribution.fund_id, ShuDistribution.year)
                                   .where(ShuDistribution.deleted_at.is_(None), *narrow(ShuDistribution.fund_id))
                                   .order_by(ShuDistribution.fund_id, ShuDistribution.year)):
        closed[fund_id].append(year)
    rows = FundRows([(f.village_id, _fund_dto(f, g, tuple(closed.get(f.id, ())))) for f, g in found])
    wanted = {f.id for f, _g in found}
    books = (LedgerBook.owner_table == BOOK_OWNER, LedgerBook.deleted_at.is_(None), *narrow(LedgerBook.owner_id))
    book_ids: list[str] = []  # every live fund book of the scope (the lines are read through them)
    for owner, book_id in s.execute(select(LedgerBook.owner_id, LedgerBook.id).where(*books)):
        book_ids.append(book_id)
        if owner in wanted:
            rows.book_of.setdefault(owner, book_id)
    kind_of: dict[str, tuple[str, str]] = {}  # every account of the books (a deleted one's income still counts)
    conn = s.connection()  # Core statements through the books read in the scope (see `_read_lines`)
    for at in range(0, len(book_ids), BOOKS_PER_STATEMENT):
        for account_id, book_id, kind, deleted in conn.execute(
                select(LedgerAccount.id, LedgerAccount.book_id, LedgerAccount.kind, LedgerAccount.deleted_at)
                .where(LedgerAccount.book_id.in_(book_ids[at:at + BOOKS_PER_STATEMENT]))):
            kind_of[account_id] = (book_id, kind)
            if deleted is None:
                rows.accounts[book_id].append((account_id, kind))
    _read_lines(s, rows, book_ids, kind_of, day, start)
    rows.members = {fund_id: int(n) for fund_id, n in s.execute(
        select(FundMember.fund_id, func.count(FundMember.id))
        .where(FundMember.deleted_at.is_(None), FundMember.joined_on <= day, *narrow(FundMember.fund_id),
               or_(FundMember.left_on.is_(None), FundMember.left_on > day)).group_by(FundMember.fund_id))}
    one = only[0] if only is not None and len(only) == 1 else None
    _day, rows.states = _states_in(s, None, one, day)  # every loan of the scope, by the same code as a fund's
    if start is not None:
        rows.loans = {fund_id: (int(n), int(amount or 0)) for fund_id, n, amount in s.execute(
            select(Loan.fund_id, func.count(Loan.id), func.sum(Loan.principal))
            .where(Loan.deleted_at.is_(None), *narrow(Loan.fund_id), Loan.disbursed_on >= start, Loan.disbursed_on <= day,
                   or_(Loan.reversed_on.is_(None), Loan.reversed_on > day)).group_by(Loan.fund_id))}
    return rows


def _read_lines(s: Session, rows: FundRows, book_ids: list[str], kind_of: dict[str, tuple[str, str]], day: date,
                start: date | None) -> None:
    """One pass over the books' live lines dated by `day`, per account: its balance (every entry), and, the
    year-end SHU entry left out, what it took from 1 January (jasa and denda of the year) and from `start` (the
    period's jasa and denda, and the principal repaid: loan receivable lines of payments).

    The lines are read through their entries' book ids (the books were read in the session's scope), by a Core
    statement on the session's connection: the entries' (book, day) index then the lines' entry index, without the
    scope's village lists on every line and entry (the district's batch: 200,000 lines per 50 villages)."""
    not_shu = JournalEntry.kind != "shu"

    def since(first: date, *more: Any) -> Any:
        return func.sum(case((and_(not_shu, JournalEntry.posted_on >= first, *more), JournalLine.amount), else_=0))

    first = start or day
    income: dict[tuple[str, str], int] = defaultdict(int)
    flows: dict[tuple[str, str], int] = defaultdict(int)
    conn = s.connection()
    for at in range(0, len(book_ids), BOOKS_PER_STATEMENT):  # an account is in one book: chunks never share one
        for account_id, total, year, period, repaid in conn.execute(
                select(JournalLine.account_id, func.sum(JournalLine.amount), since(date(day.year, 1, 1)),
                       since(first), since(first, JournalEntry.source_table == "loan_payment"))
                .select_from(JournalEntry).join(JournalLine, JournalLine.entry_id == JournalEntry.id)
                .where(JournalEntry.book_id.in_(book_ids[at:at + BOOKS_PER_STATEMENT]),
                       JournalEntry.deleted_at.is_(None), JournalEntry.posted_on <= day,
                       JournalLine.deleted_at.is_(None)).group_by(JournalLine.account_id)):
            rows.balances[account_id] = int(total or 0)
            book, kind = kind_of.get(account_id, ("", ""))
            if kind in INCOME:
                income[(book, kind)] += int(year or 0)
                flows[(book, kind)] += int(period or 0)
            elif kind == "loan_receivable":
                flows[(book, kind)] += int(repaid or 0)
    rows.income = dict(income)
    if start is not None:
        rows.flows = dict(flows)


def fund_summaries(rows: FundRows, day: date) -> dict[str, FundSummaryDTO]:
    """fund id -> the fund at the end of `day` (what `funds.fund_summary_in` gives), from the rows read (pure)."""
    states: dict[str, list[Any]] = defaultdict(list)
    for facts, state in rows.states:
        states[facts.fund_id].append((facts, state))
    out = {}
    for _vid, fund in rows.funds:
        book = rows.book_of.get(fund.id, "")
        totals: dict[str, int] = {}
        for account_id, kind in rows.accounts.get(book, ()):
            totals[kind] = totals.get(kind, 0) + natural(kind, rows.balances.get(account_id, 0))
        aging, par30, outstanding, open_loans = portfolio(states.get(fund.id, []))
        out[fund.id] = FundSummaryDTO(
            fund=fund, as_of=day, cash=totals.get("cash", 0),
            savings={k: totals.get(f"savings_{k}", 0) for k in SAVINGS_KINDS}, members=rows.members.get(fund.id, 0),
            open_loans=open_loans, principal_outstanding=outstanding, aging=aging, par30_principal=par30,
            fee_income=natural("fee_income", rows.income.get((book, "fee_income"), 0)),
            late_fee_income=natural("late_fee_income", rows.income.get((book, "late_fee_income"), 0)),
            capital=totals.get("capital", 0), equity=totals.get("equity", 0))
    return out


def assemble(rows: FundRows, period: Period, key: Any = lambda village_id: village_id) -> dict[str, SavingsSectionDTO]:
    """village key -> its section (a village without a fund opened by the period's end has none) (pure)."""
    summaries = fund_summaries(rows, period.end)
    by_village: dict[str, list[FundRecapDTO]] = {}
    for vid, fund in rows.funds:
        book = rows.book_of.get(fund.id, "")
        count, amount = rows.loans.get(fund.id, (0, 0))
        by_village.setdefault(key(vid), []).append(FundRecapDTO(
            summaries[fund.id], count, amount, -rows.flows.get((book, "loan_receivable"), 0),
            natural("fee_income", rows.flows.get((book, "fee_income"), 0)),
            natural("late_fee_income", rows.flows.get((book, "late_fee_income"), 0))))
    return {v: SavingsSectionDTO(period, tuple(funds)) for v, funds in by_village.items()}


def build_savings_sections(ctx: Any, period: Period) -> dict[str, SavingsSectionDTO]:
    """The section of every village the context reads (`RecapParts.build_many`)."""
    with ctx.reader() as s:
        rows = read_fund_rows(s, period.end, period.start)
    return assemble(rows, period, scope_key(ctx))
