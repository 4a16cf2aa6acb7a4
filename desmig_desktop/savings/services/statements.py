"""The data of simpan pinjam's documents: a member's statement, a fund's monthly report, a loan's agreement.

Everything is read from the fund's ledger (balances and movements) and the loans' queries (states as of a day),
so a statement or a report of a past period gives the same figures however much is recorded later (a reversal
dated after the period belongs to the period it is dated in).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.i18n import N_, _, label
from desmig_desktop.core.ledger.models import JournalEntry, JournalLine, LedgerAccount, natural
from desmig_desktop.core.records import get_live
from desmig_desktop.savings.dto import LoanDetailDTO, MonthlyReportDTO, MovementDTO, StatementDTO, StatementLineDTO
from desmig_desktop.savings.models import SAVINGS_KINDS, Fund, FundMember, Loan, LoanPayment, SavingsMove
from desmig_desktop.savings.services.book import fund_book, village_line
from desmig_desktop.savings.services.funds import fund_summary_in
from desmig_desktop.savings.services.loan_queries import list_loans_in, loan_detail_in
from desmig_desktop.savings.services.members import accounts_in
from desmig_desktop.savings.services.receipts import kind_label

# The monthly report's movement kinds, in the order it lists them (JournalEntry kinds of a fund's book).
MOVEMENT_KINDS = {
    "capital": N_("Modal masuk"),
    "deposit": N_("Setoran simpanan"),
    "withdrawal": N_("Penarikan simpanan"),
    "loan": N_("Pencairan pinjaman"),
    "payment": N_("Angsuran pinjaman"),
    "cost": N_("Biaya"),
    "shu": N_("SHU dan tutup buku"),
    "reversal": N_("Pembatalan (jurnal balik)"),
}


def _period_issues(start: date, end: date) -> list[Issue]:
    return [Issue("end", _("Tanggal akhir ({end}) tidak boleh sebelum tanggal awal ({start}): tukar keduanya.")
                  .format(end=end.strftime("%d/%m/%Y"), start=start.strftime("%d/%m/%Y")))] if end < start else []


# ---- member statement -------------------------------------------------------------------------------------

def _describe(entry: JournalEntry, savings_kind: str, moves: dict[str, SavingsMove],
              payments: dict[str, LoanPayment]) -> str:
    """A statement line's words, without the member's own name."""
    if entry.kind == "shu":
        return entry.memo or _("SHU")
    if entry.source_table == "savings_move" and entry.source_id in moves:
        move = moves[entry.source_id]
        text = (_("Setoran {kind}") if move.direction == "deposit" else _("Penarikan {kind}")).format(
            kind=kind_label(move.savings_kind))
        text = f"{text} {move.receipt_no}".strip()
    elif entry.source_table == "loan_payment" and entry.source_id in payments:
        pay = payments[entry.source_id]
        text = _("Kelebihan angsuran {number} ke simpanan {kind}").format(number=pay.loan.number,
                                                                           kind=kind_label(savings_kind))
        text = f"{text} {pay.receipt_no}".strip()
    else:
        text = entry.memo
    if entry.reverses_id is not None:
        text = _("Dibatalkan: {what} ({reason})").format(what=text, reason=entry.reason)
    return text


def member_statement_in(session: Session, ctx: ServiceContext, member_id: str, start: date, end: date) -> StatementDTO:
    issues = _period_issues(start, end)
    if issues:
        raise ValidationError(issues)
    member = get_live(session, FundMember, member_id)
    fund = get_live(session, Fund, member.fund_id)
    book = fund_book(session, fund)
    accounts = {a.id: a.kind for a in session.scalars(select(LedgerAccount).where(
        LedgerAccount.book_id == book.id, LedgerAccount.owner_id == member.id, LedgerAccount.deleted_at.is_(None),
        LedgerAccount.kind.in_([f"savings_{k}" for k in SAVINGS_KINDS])))}
    live = [JournalLine.deleted_at.is_(None), JournalEntry.deleted_at.is_(None), JournalLine.account_id.in_(accounts)]
    before = dict(session.execute(
        select(JournalLine.account_id, func.sum(JournalLine.amount)).join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(*live, JournalEntry.posted_on < start).group_by(JournalLine.account_id)).all())
    opening = {k: 0 for k in SAVINGS_KINDS}
    for account_id, amount in before.items():
        kind = accounts[account_id]
        opening[kind.removeprefix("savings_")] += natural(kind, int(amount or 0))
    found = session.execute(
        select(JournalLine.account_id, JournalLine.amount, JournalEntry)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(*live, JournalEntry.posted_on >= start, JournalEntry.posted_on <= end)
        .order_by(JournalEntry.posted_on, JournalEntry.created_at, JournalEntry.id)).all()
    ids = {e.source_id for _a, _n, e in found if e.source_id}
    moves = {m.id: m for m in session.scalars(select(SavingsMove).where(SavingsMove.id.in_(ids)))}
    payments = {p.id: p for p in session.scalars(select(LoanPayment).where(LoanPayment.id.in_(ids)))}
    running = dict(opening)
    lines = []
    for account_id, amount, entry in found:
        kind = accounts[account_id].removeprefix("savings_")
        shown = natural(accounts[account_id], int(amount))  # + into the savings, - out of them
        running[kind] += shown
        lines.append(StatementLineDTO(entry.posted_on, _describe(entry, kind, moves, payments), kind,
                                      max(shown, 0), max(-shown, 0), running[kind]))
    account = accounts_in(session, [member], end)[0]
    loans = tuple(row for row in list_loans_in(session, ctx, fund_id=fund.id, as_of=end)
                  if row.borrower_kind == "member" and row.borrower_id == member.id)
    return StatementDTO(village=village_line(session), fund_name=fund.name, member=account, start=start, end=end,
                        opening=opening, lines=tuple(lines), loans=loans)


def member_statement(ctx: ServiceContext, member_id: str, start: date, end: date) -> StatementDTO:
    """The member's savings moves from `start` to `end` with running balances per kind, their opening balances,
    and their loans as of `end`."""
    with ctx.reader() as session:
        return member_statement_in(session, ctx, member_id, start, end)


# ---- what happened in a period ------------------------------------------------------------------------------

@dataclass(frozen=True)
class PeriodFlows:
    """A fund's loans and income from `start` to `end`: disbursals (not reversed by the end), the principal, jasa
    and denda received (from the ledger: a payment reversed inside the period takes its amounts back)."""
    loans_disbursed: int
    disbursed_amount: int
    principal_repaid: int
    fee_income: int
    late_fee_income: int


def _unreversed(column, day: date):  # type: ignore[no-untyped-def]
    return or_(column.is_(None), column > day)


def period_flows_in(session: Session, fund_id: str, start: date, end: date) -> PeriodFlows:
    count, amount = session.execute(
        select(func.count(Loan.id), func.coalesce(func.sum(Loan.principal), 0)).where(
            Loan.fund_id == fund_id, Loan.deleted_at.is_(None), Loan.disbursed_on >= start, Loan.disbursed_on <= end,
            _unreversed(Loan.reversed_on, end))).one()
    book = fund_book(session, fund_id)
    rows = session.execute(
        select(LedgerAccount.kind, func.sum(JournalLine.amount))
        .join(JournalLine, JournalLine.account_id == LedgerAccount.id)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(LedgerAccount.book_id == book.id, JournalLine.deleted_at.is_(None), JournalEntry.deleted_at.is_(None),
               JournalEntry.posted_on >= start, JournalEntry.posted_on <= end, JournalEntry.kind != "shu",
               or_(LedgerAccount.kind.in_(("fee_income", "late_fee_income")),
                   (LedgerAccount.kind == "loan_receivable") & (JournalEntry.source_table == "loan_payment")))
        .group_by(LedgerAccount.kind)).all()
    totals = {kind: int(total or 0) for kind, total in rows}
    return PeriodFlows(int(count), int(amount), -totals.get("loan_receivable", 0),
                       natural("fee_income", totals.get("fee_income", 0)),
                       natural("late_fee_income", totals.get("late_fee_income", 0)))


# ---- monthly report ---------------------------------------------------------------------------------------

def monthly_report_in(session: Session, ctx: ServiceContext, fund_id: str, year: int, month: int) -> MonthlyReportDTO:
    if not 1 <= month <= 12:
        raise ValidationError([Issue("month", _("Bulan harus 1 sampai 12."))])
    fund = get_live(session, Fund, fund_id)
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    book = fund_book(session, fund)
    cash = session.scalars(select(LedgerAccount.id).where(
        LedgerAccount.book_id == book.id, LedgerAccount.kind == "cash", LedgerAccount.deleted_at.is_(None))).all()
    base = [JournalLine.deleted_at.is_(None), JournalEntry.deleted_at.is_(None), JournalLine.account_id.in_(cash)]
    opening = int(session.scalar(
        select(func.coalesce(func.sum(JournalLine.amount), 0)).join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(*base, JournalEntry.posted_on < first)) or 0)
    by_kind = session.execute(
        select(JournalEntry.kind, func.count(JournalEntry.id.distinct()),
               func.coalesce(func.sum(JournalLine.amount).filter(JournalLine.amount > 0), 0),
               func.coalesce(func.sum(JournalLine.amount).filter(JournalLine.amount < 0), 0))
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(*base, JournalEntry.posted_on >= first, JournalEntry.posted_on <= last)
        .group_by(JournalEntry.kind)).all()
    found = {kind: (int(n), int(cash_in), -int(cash_out)) for kind, n, cash_in, cash_out in by_kind}
    order = list(MOVEMENT_KINDS) + sorted(k for k in found if k not in MOVEMENT_KINDS)
    movements = tuple(MovementDTO(k, label(MOVEMENT_KINDS, k), found[k][1], found[k][2], found[k][0])
                      for k in order if k in found)
    closing = opening + sum(m.cash_in - m.cash_out for m in movements)
    flows = period_flows_in(session, fund.id, first, last)
    return MonthlyReportDTO(
        village=village_line(session), fund_name=fund.name, year=year, month=month, opening_cash=opening,
        movements=movements, closing_cash=closing, summary=fund_summary_in(session, ctx, fund.id, last),
        loans_disbursed=flows.loans_disbursed, disbursed_amount=flows.disbursed_amount,
        principal_repaid=flows.principal_repaid, fee_income=flows.fee_income, late_fee_income=flows.late_fee_income)


def monthly_report(ctx: ServiceContext, fund_id: str, year: int, month: int) -> MonthlyReportDTO:
    """The fund's month: opening cash, the movements by entry kind (count, in, out), closing cash, the loans'
    flows of the month and the fund as of the month's last day (savings, outstanding, aging, PAR30)."""
    with ctx.reader() as session:
        return monthly_report_in(session, ctx, fund_id, year, month)


# ---- loan agreement ---------------------------------------------------------------------------------------

def loan_agreement(ctx: ServiceContext, loan_id: str) -> LoanDetailDTO:
    """The loan as of its disbursal day: its terms and the whole schedule, nothing paid yet."""
    with ctx.reader() as session:
        loan = get_live(session, Loan, loan_id)
        detail = loan_detail_in(session, ctx, loan.id, loan.disbursed_on)
        return detail if detail.village else _with_village(detail, village_line(session))


def _with_village(detail: LoanDetailDTO, village: str) -> LoanDetailDTO:
    from dataclasses import replace

    return replace(detail, village=village)

