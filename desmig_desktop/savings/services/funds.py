"""Funds (dana simpan pinjam): their settings, their summary as of a day, and cash that is not a member's
(capital given, costs). Every amount is read from the fund's book in the ledger."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue, raise_if_errors
from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.core.i18n import _
from desmig_desktop.core.ledger.models import (
    JournalEntry,
    JournalLine,
    LedgerAccount,
    natural,
)
from desmig_desktop.core.ledger.posting import balances, post_in
from desmig_desktop.core.records import get_live
from desmig_desktop.production.models import ProductionGroup
from desmig_desktop.savings import rules
from desmig_desktop.savings.dto import (
    AgingDTO,
    FundDTO,
    FundInput,
    FundSummaryDTO,
    ReceiptDTO,
)
from desmig_desktop.savings.models import (
    SAVINGS_KINDS,
    Fund,
    FundCash,
    FundMember,
)
from desmig_desktop.savings.services.book import (
    RECEIPT_PREFIX,
    available_cash,
    fund_account,
    fund_book,
    next_number,
)
from desmig_desktop.savings.services.receipts import receipt_in
from desmig_desktop.savings.services.yearend import closed_years_in

CASH_KINDS = ("capital", "cost")


# ---- shared checks ------------------------------------------------------------------------------------------

def amount_issues(field: str, amount: object) -> list[Issue]:
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        return [Issue(field, _("Jumlah harus lebih dari Rp0 (bilangan bulat Rupiah), mis. 50000."))]
    return []


def day_issues(field: str, on: date, today: date, earliest: date, earliest_what: str) -> list[Issue]:
    """A day of a money record: not after today, not before `earliest` (`earliest_what` says what that day is)."""
    if on > today:
        return [Issue(field, _("Tanggal {day} sesudah hari ini ({today}): catat uang pada hari uang itu diterima "
                               "atau dibayar.").format(day=short_date(on), today=short_date(today)))]
    if on < earliest:
        return [Issue(field, _("Tanggal {day} sebelum {what} ({earliest}): pilih tanggal sesudahnya.").format(
            day=short_date(on), what=earliest_what, earliest=short_date(earliest)))]
    return []


def cash_short(field: str, session: Session, fund: Fund, on: date, amount: int) -> list[Issue]:
    """Refuse money leaving the fund's cash beyond what it has on `on` (and keeps on every later day)."""
    cash = available_cash(session, fund, on)
    if amount > cash:
        return [Issue(field, _("Kas dana pada {day} hanya {cash}: tidak cukup untuk mengeluarkan {amount}. "
                               "Kurangi jumlahnya atau catat pemasukan kas dulu.").format(
            day=short_date(on), cash=rupiah(max(cash, 0)), amount=rupiah(amount)))]
    return []


# ---- settings -----------------------------------------------------------------------------------------------

def validate_fund(session: Session, data: FundInput, own_id: str | None = None) -> list[Issue]:
    issues: list[Issue] = []
    if not data.name.strip():
        issues.append(Issue("name", _("Nama dana wajib diisi, mis. Dana Simpan Pinjam Kelompok Salak.")))
    if not 0 <= data.fee_bp <= 1000:
        issues.append(Issue("fee_bp", _("Jasa per bulan harus 0–10 %, mis. 2 %.")))
    if not rules.MIN_TERM_MONTHS <= data.default_term <= rules.MAX_TERM_MONTHS:
        issues.append(Issue("default_term", _("Jangka waktu pinjaman harus 1–12 bulan, mis. 3.")))
    if data.max_open_loans < 1:
        issues.append(Issue("max_open_loans", _("Pinjaman berjalan per peminjam paling sedikit 1.")))
    for field_name, value in (("pokok_amount", data.pokok_amount), ("wajib_amount", data.wajib_amount)):
        if value < 0:
            issues.append(Issue(field_name, _("Jumlah simpanan tidak boleh kurang dari Rp0.")))
    for field_name, value in (("shu_savings_pct", data.shu_savings_pct), ("shu_fees_pct", data.shu_fees_pct)):
        if not 0 <= value <= 100:
            issues.append(Issue(field_name, _("Persentase SHU harus 0–100 %.")))
    if data.shu_savings_pct + data.shu_fees_pct > 100:
        issues.append(Issue("shu_fees_pct", _("Bagian SHU untuk simpanan dan untuk jasa pinjaman bersama paling "
                                              "banyak 100 % (sisanya cadangan).")))
    if data.late_fee_kind not in rules.LATE_FEE_KINDS:
        issues.append(Issue("late_fee_kind", _("Aturan denda harus dipilih: tanpa denda, tetap, atau persen.")))
    elif data.late_fee_kind != "none" and data.late_fee_amount <= 0:
        issues.append(Issue("late_fee_amount", _("Besar denda harus lebih dari 0, atau pilih tanpa denda.")))
    if data.late_fee_grace_days < 0:
        issues.append(Issue("late_fee_grace_days", _("Masa tenggang denda tidak boleh kurang dari 0 hari.")))
    if data.group_id is not None:
        group = session.get(ProductionGroup, data.group_id)
        if group is None or group.deleted_at is not None:
            issues.append(Issue("group_id", _("Kelompok tidak ditemukan: pilih kelompok dari daftar.")))
        else:
            other = session.scalars(select(Fund).where(Fund.group_id == data.group_id, Fund.deleted_at.is_(None),
                                                       Fund.id != (own_id or ""))).first()
            if other is not None:
                issues.append(Issue("group_id", _("{group} sudah mempunyai dana {fund}: satu kelompok satu dana.")
                                    .format(group=group.name, fund=other.name)))
    return issues


def _fill(fund: Fund, data: FundInput) -> None:
    fund.name = " ".join(data.name.split())
    fund.opened_on, fund.group_id, fund.note = data.opened_on, data.group_id, data.note.strip()
    for name in ("pokok_amount", "wajib_amount", "fee_bp", "late_fee_kind", "late_fee_amount", "late_fee_grace_days",
                 "default_term", "max_open_loans", "shu_savings_pct", "shu_fees_pct"):
        setattr(fund, name, getattr(data, name))


def fund_dto(session: Session, fund: Fund) -> FundDTO:
    return FundDTO(
        name=fund.name, opened_on=fund.opened_on, group_id=fund.group_id, pokok_amount=fund.pokok_amount,
        wajib_amount=fund.wajib_amount, fee_bp=fund.fee_bp, late_fee_kind=fund.late_fee_kind,
        late_fee_amount=fund.late_fee_amount, late_fee_grace_days=fund.late_fee_grace_days,
        default_term=fund.default_term, max_open_loans=fund.max_open_loans, shu_savings_pct=fund.shu_savings_pct,
        shu_fees_pct=fund.shu_fees_pct, note=fund.note, id=fund.id,
        group_name=fund.group.name if fund.group is not None else "", closed_years=closed_years_in(session, fund.id))


def create_fund_in(session: Session, ctx: ServiceContext, data: FundInput) -> Fund:
    raise_if_errors(validate_fund(session, data))
    fund = Fund()
    _fill(fund, data)
    session.add(fund)
    session.flush()
    fund_book(session, fund)
    return fund


def create_fund(ctx: ServiceContext, data: FundInput) -> FundDTO:
    with ctx.unit_of_work() as session:
        return fund_dto(session, create_fund_in(session, ctx, data))


def update_fund(ctx: ServiceContext, fund_id: str, data: FundInput) -> FundDTO:
    """New settings apply to loans made from now on (a loan keeps the terms it copied)."""
    with ctx.unit_of_work() as session:
        fund = get_live(session, Fund, fund_id)
        raise_if_errors(validate_fund(session, data, fund.id))
        _fill(fund, data)
        fund_book(session, fund).name = fund.name
        session.flush()
        return fund_dto(session, fund)


def list_funds(ctx: ServiceContext) -> list[FundDTO]:
    with ctx.reader() as session:
        funds = session.scalars(select(Fund).where(Fund.deleted_at.is_(None)).order_by(func.lower(Fund.name)))
        return [fund_dto(session, f) for f in funds]


def get_fund(ctx: ServiceContext, fund_id: str) -> FundDTO:
    with ctx.reader() as session:
        return fund_dto(session, get_live(session, Fund, fund_id))


# ---- the fund as of a day -----------------------------------------------------------------------------------

def _portfolio(session: Session, fund_id: str, as_of: date) -> tuple[tuple[AgingDTO, ...], int, int, int]:
    from desmig_desktop.savings.services.loan_queries import (
        portfolio_in,  # the loans part's figures
    )

    return portfolio_in(session, fund_id, as_of)


def _income_of_year(session: Session, book_id: str, as_of: date) -> dict[str, int]:
    """Jasa and denda received from 1 January of as_of's year to as_of (the year-end SHU entry left out)."""
    rows = session.execute(
        select(LedgerAccount.kind, func.sum(JournalLine.amount))
        .join(JournalLine, JournalLine.account_id == LedgerAccount.id)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(LedgerAccount.book_id == book_id, LedgerAccount.kind.in_(("fee_income", "late_fee_income")),
               JournalLine.deleted_at.is_(None), JournalEntry.deleted_at.is_(None), JournalEntry.kind != "shu",
               JournalEntry.posted_on >= date(as_of.year, 1, 1), JournalEntry.posted_on <= as_of)
        .group_by(LedgerAccount.kind))
    found = {kind: natural(kind, int(total)) for kind, total in rows}
    return {kind: found.get(kind, 0) for kind in ("fee_income", "late_fee_income")}


def fund_summary_in(session: Session, ctx: ServiceContext, fund_id: str, as_of: date | None) -> FundSummaryDTO:
    day = as_of or ctx.today()
    fund = get_live(session, Fund, fund_id)
    book = fund_book(session, fund)
    kinds = dict(session.execute(select(LedgerAccount.id, LedgerAccount.kind).where(
        LedgerAccount.book_id == book.id, LedgerAccount.deleted_at.is_(None))).all())
    totals: dict[str, int] = {}
    for account_id, amount in balances(session, book, day).items():
        kind = kinds[account_id]
        totals[kind] = totals.get(kind, 0) + natural(kind, amount)
    members = session.scalar(select(func.count(FundMember.id)).where(
        FundMember.fund_id == fund.id, FundMember.deleted_at.is_(None), FundMember.joined_on <= day,
        or_(FundMember.left_on.is_(None), FundMember.left_on > day))) or 0
    aging, par30, outstanding, open_loans = _portfolio(session, fund.id, day)
    income = _income_of_year(session, book.id, day)
    return FundSummaryDTO(
        fund=fund_dto(session, fund), as_of=day, cash=totals.get("cash", 0),
        savings={k: totals.get(f"savings_{k}", 0) for k in SAVINGS_KINDS}, members=int(members),
        open_loans=open_loans, principal_outstanding=outstanding, aging=aging, par30_principal=par30,
        fee_income=income["fee_income"], late_fee_income=income["late_fee_income"],
        capital=totals.get("capital", 0), equity=totals.get("equity", 0))


def fund_summary(ctx: ServiceContext, fund_id: str, as_of: date | None = None) -> FundSummaryDTO:
    with ctx.reader() as session:
        return fund_summary_in(session, ctx, fund_id, as_of)


def all_fund_summaries(ctx: ServiceContext, as_of: date | None = None) -> list[FundSummaryDTO]:
    with ctx.reader() as session:
        ids = session.scalars(select(Fund.id).where(Fund.deleted_at.is_(None)).order_by(func.lower(Fund.name)))
        return [fund_summary_in(session, ctx, fund_id, as_of) for fund_id in list(ids)]


# ---- capital and costs --------------------------------------------------------------------------------------

def add_fund_cash_in(session: Session, ctx: ServiceContext, fund_id: str, kind: str, amount: int, on: date,
                     description: str) -> FundCash:
    fund = get_live(session, Fund, fund_id)
    issues: list[Issue] = []
    if kind not in CASH_KINDS:
        issues.append(Issue("kind", _("Jenis kas harus modal atau biaya.")))
    issues += amount_issues("amount", amount)
    issues += day_issues("moved_on", on, ctx.today(), fund.opened_on, _("dana dibuka"))
    if not description.strip():
        issues.append(Issue("description", _("Keterangan wajib diisi, mis. Hibah dana desa atau ATK rapat.")))
    if not issues and kind == "cost":
        issues += cash_short("amount", session, fund, on, amount)
    raise_if_errors(issues)
    record = FundCash(fund_id=fund.id, kind=kind, amount=amount, moved_on=on, description=description.strip(),
                      receipt_no=next_number(session, fund.id, RECEIPT_PREFIX, on.year))
    session.add(record)
    session.flush()
    cash = fund_account(session, fund, "cash")
    other = fund_account(session, fund, kind)
    lines = [(cash, amount), (other, -amount)] if kind == "capital" else [(other, amount), (cash, -amount)]
    post_in(session, ctx, fund_book(session, fund), on, kind, lines, record.description,
            source=("savings_fund_cash", record.id), field="moved_on")
    return record


def add_fund_cash(ctx: ServiceContext, fund_id: str, kind: str, amount: int, on: date, description: str) -> ReceiptDTO:
    """Capital into the fund's cash, or a cost paid from it (refused beyond the cash that day, naming it)."""
    with ctx.unit_of_work() as session:
        record = add_fund_cash_in(session, ctx, fund_id, kind, amount, on, description)
        return receipt_in(session, ctx, "savings_fund_cash", record.id)

