"""Loans (issue 9 points 4, 5, 7): checking and disbursing a loan, pausing and resuming its arrears clock,
reversing a disbursal. Payments are in `payments.py`, the lists and the portfolio in `loan_queries.py`.

The api names every loan service in this module: the readers are re-exported from `loan_queries`, the payment
services from `payments` (lazily: payments imports this module).

A disbursal posts Dr loan_receivable:<loan> / Cr cash in the fund's book, in the same transaction as the loan.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue, NotFoundError, ValidationError
from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.core.i18n import _
from desmig_desktop.core.ledger.models import JournalEntry
from desmig_desktop.core.ledger.posting import post_in, reverse_in
from desmig_desktop.core.records import get_live
from desmig_desktop.production.models import ProductionGroup
from desmig_desktop.registry.services.history import placements_abroad_on
from desmig_desktop.savings import rules
from desmig_desktop.savings.dto import LoanDetailDTO, LoanInput, LoanPreviewDTO
from desmig_desktop.savings.models import Fund, FundMember, Loan, LoanPause, LoanPayment
from desmig_desktop.savings.services.book import (
    LOAN_PREFIX, available_cash, entry_of, fund_account, fund_book, loan_account, next_number,
)
from desmig_desktop.savings.services.funds import day_issues
from desmig_desktop.savings.services.loan_queries import (  # noqa: F401  (the reading side, importable from here too)
    due_between, list_loans, list_loans_in, loan_detail, loan_detail_in, loan_state_in, overdue_borrowers, portfolio_in,
)


# ---- the borrower's open loans and the checks of a disbursal ----------------------------------------------------------

def open_loans_in(session: Session, fund_id: str, borrower_kind: str, borrower_id: str, on: date,
                  except_id: str | None = None) -> int:
    """The borrower's loans in the fund open on `on`: disbursed by then, not reversed, not paid off by then."""
    column = Loan.member_id if borrower_kind == "member" else Loan.group_id
    query = select(func.count(Loan.id)).where(
        Loan.fund_id == fund_id, column == borrower_id, Loan.deleted_at.is_(None), Loan.reversed_on.is_(None),
        Loan.disbursed_on <= on, or_(Loan.closed_on.is_(None), Loan.closed_on > on))
    if except_id is not None:
        query = query.where(Loan.id != except_id)
    return int(session.scalar(query) or 0)


def _borrower_issues(session: Session, fund: Fund, data: LoanInput) -> tuple[list[Issue], str | None, str]:
    """(issues, the borrower's person id for a member, the borrower's id)."""
    if data.borrower_kind == "member":
        member = session.get(FundMember, data.member_id) if data.member_id else None
        if member is None or member.deleted_at is not None or member.fund_id != fund.id:
            return [Issue("member_id", _("Peminjam: pilih anggota dana {fund}.").format(fund=fund.name))], None, ""
        if member.joined_on > data.disbursed_on or (member.left_on is not None and member.left_on <= data.disbursed_on):
            return [Issue("member_id", _("Peminjam: {name} bukan anggota aktif pada {date}; pilih anggota aktif atau "
                                         "ubah tanggal pencairan.").format(name=member.person.name,
                                                                            date=short_date(data.disbursed_on)))], None, ""
        return [], member.person_id, member.id
    if data.borrower_kind == "group":
        group = session.get(ProductionGroup, data.group_id) if data.group_id else None
        if group is None or group.deleted_at is not None:
            return [Issue("group_id", _("Peminjam: pilih kelompok produksi yang terdaftar."))], None, ""
        return [], None, group.id
    return [Issue("borrower_kind", _("Jenis peminjam: pilih anggota atau kelompok."))], None, ""


def check_loan_in(session: Session, ctx: ServiceContext, data: LoanInput) -> tuple[Fund, LoanPreviewDTO]:
    """Every check of a disbursal (ValidationError naming the field and the fix) and what the wizard shows."""
    fund = get_live(session, Fund, data.fund_id)
    issues, person_id, borrower_id = _borrower_issues(session, fund, data)
    term = data.term_months or fund.default_term
    issues += day_issues("disbursed_on", data.disbursed_on, ctx.today(), fund.opened_on, _("dana dibuka"))
    if not rules.MIN_TERM_MONTHS <= term <= rules.MAX_TERM_MONTHS:
        issues.append(Issue("term_months", _("Jangka waktu: isi 1 sampai 12 bulan.")))
    cash = available_cash(session, fund, data.disbursed_on)
    if data.principal <= 0:
        issues.append(Issue("principal", _("Jumlah pinjaman: isi lebih dari Rp0.")))
    elif data.principal > cash:
        issues.append(Issue("principal", _("Kas dana pada {date} hanya {cash}: pinjaman paling besar {most}.").format(
            date=short_date(data.disbursed_on), cash=rupiah(max(cash, 0)), most=rupiah(max(cash, 0)))))
    open_now = open_loans_in(session, fund.id, data.borrower_kind, borrower_id, data.disbursed_on) if borrower_id else 0
    if borrower_id and open_now >= fund.max_open_loans:
        issues.append(Issue(f"{data.borrower_kind}_id", _(
            "Peminjam masih punya {n} pinjaman berjalan pada {date} (paling banyak {most}): lunasi dulu pinjaman "
            "itu atau pilih peminjam lain.").format(n=open_now, date=short_date(data.disbursed_on),
                                                     most=fund.max_open_loans)))
    abroad = ""
    if person_id:
        found = placements_abroad_on(session, [person_id], data.disbursed_on).get(person_id)
        if found is not None:
            abroad = found.country or _("luar negeri")
            if not data.representative_name.strip():
                issues.append(Issue("representative_name", _(
                    "Wakil peminjam: peminjam sedang bekerja di {country} pada {date}; isi nama wakil yang "
                    "menandatangani dan mengurus pinjaman (mis. suami/istri).").format(
                    country=abroad, date=short_date(data.disbursed_on))))
    if issues:
        raise ValidationError(issues)
    plan = rules.schedule(data.principal, term, fund.fee_bp, data.disbursed_on)
    fee = rules.monthly_fee(data.principal, fund.fee_bp)
    return fund, LoanPreviewDTO(plan, fund.fee_bp, fee, fee * term, data.principal + fee * term, cash, open_now, abroad)


def preview_loan(ctx: ServiceContext, data: LoanInput) -> LoanPreviewDTO:
    """The schedule and what the fund can lend, after every check of `disburse_loan` (the wizard's pages)."""
    with ctx.reader() as session:
        return check_loan_in(session, ctx, data)[1]


def disburse_loan_in(session: Session, ctx: ServiceContext, data: LoanInput) -> Loan:
    fund, preview = check_loan_in(session, ctx, data)
    term = len(preview.schedule)
    loan = Loan(fund_id=fund.id, number=next_number(session, fund.id, LOAN_PREFIX, data.disbursed_on.year),
                borrower_kind=data.borrower_kind,
                member_id=data.member_id if data.borrower_kind == "member" else None,
                group_id=data.group_id if data.borrower_kind == "group" else None,
                principal=data.principal, term_months=term, fee_bp=fund.fee_bp, late_fee_kind=fund.late_fee_kind,
                late_fee_amount=fund.late_fee_amount, late_fee_grace_days=fund.late_fee_grace_days,
                purpose=data.purpose.strip(), disbursed_on=data.disbursed_on,
                representative_name=data.representative_name.strip(),
                representative_relation=data.representative_relation.strip(),
                representative_phone=data.representative_phone.strip())
    session.add(loan)
    session.flush()
    post_in(session, ctx, fund_book(session, fund), data.disbursed_on, "loan",
            [(loan_account(session, fund, loan.id), data.principal), (fund_account(session, fund, "cash"), -data.principal)],
            memo=_("Pinjaman {number}").format(number=loan.number), source=("loan", loan.id), field="disbursed_on")
    return loan


def disburse_loan(ctx: ServiceContext, data: LoanInput) -> LoanDetailDTO:
    """Disburse a loan (all checks of `preview_loan`); its terms are copied from the fund; number PJ/YYYY/NNNN."""
    with ctx.unit_of_work() as session:
        loan = disburse_loan_in(session, ctx, data)
        return loan_detail_in(session, ctx, loan.id, max(ctx.today(), data.disbursed_on))


# ---- closed_on, pauses, reversal -----------------------------------------------------------------------------

def refresh_closed_in(session: Session, loan: Loan) -> None:
    """Set Loan.closed_on from its live payments: the day everything was paid, None while anything is owed."""
    session.flush()
    last = session.scalar(select(func.max(LoanPayment.paid_on)).where(
        LoanPayment.loan_id == loan.id, LoanPayment.deleted_at.is_(None), LoanPayment.reversed_on.is_(None)))
    loan.closed_on = None if last is None else loan_state_in(session, loan.id, last).closed_on


def _pause_event_in(session: Session, ctx: ServiceContext, loan_id: str, on: date, reason: str, kind: str) -> LoanPause:
    loan = get_live(session, Loan, loan_id)
    issues: list[Issue] = []
    if not reason.strip():
        issues.append(Issue("reason", _("Alasan wajib diisi, mis. kiriman uang dari luar negeri terlambat.")))
    last = session.execute(select(LoanPause.kind, LoanPause.on).where(
        LoanPause.loan_id == loan.id, LoanPause.deleted_at.is_(None))
        .order_by(LoanPause.on.desc(), LoanPause.created_at.desc())).first()
    first_day = max(loan.disbursed_on, last[1]) if last else loan.disbursed_on
    if loan.reversed_on is not None:
        issues.append(Issue("loan", _("Pinjaman {number} sudah dibatalkan.").format(number=loan.number)))
    elif on < first_day:
        issues.append(Issue("on", _("Tanggal: pilih {date} atau sesudahnya.").format(date=short_date(first_day))))
    paused = last is not None and last[0] == "pause"
    if kind == "pause" and paused:
        issues.append(Issue("loan", _("Pinjaman {number} sudah dihentikan sementara sejak {date}: lanjutkan dulu "
                                      "sebelum menghentikan lagi.").format(number=loan.number, date=short_date(last[1]))))
    if kind == "pause" and loan.closed_on is not None and loan.closed_on <= on:
        issues.append(Issue("loan", _("Pinjaman {number} sudah lunas pada {date}: tidak dapat dihentikan.").format(
            number=loan.number, date=short_date(loan.closed_on))))
    if kind == "resume" and not paused:
        issues.append(Issue("loan", _("Pinjaman {number} tidak sedang dihentikan: tidak ada yang dilanjutkan.").format(
            number=loan.number)))
    if issues:
        raise ValidationError(issues)
    event = LoanPause(loan_id=loan.id, kind=kind, on=on, reason=reason.strip(), officer=ctx.officer)
    session.add(event)
    return event


def pause_loan_in(session: Session, ctx: ServiceContext, loan_id: str, on: date, reason: str) -> LoanPause:
    return _pause_event_in(session, ctx, loan_id, on, reason, "pause")


def resume_loan_in(session: Session, ctx: ServiceContext, loan_id: str, on: date, reason: str) -> LoanPause:
    return _pause_event_in(session, ctx, loan_id, on, reason, "resume")


def pause_loan(ctx: ServiceContext, loan_id: str, on: date, reason: str) -> LoanDetailDTO:
    """Stop the arrears clock from `on` (paused days are not late), with a reason; append-only."""
    with ctx.unit_of_work() as session:
        pause_loan_in(session, ctx, loan_id, on, reason)
        session.flush()
        return loan_detail_in(session, ctx, loan_id, max(on, ctx.today()))


def resume_loan(ctx: ServiceContext, loan_id: str, on: date, reason: str) -> LoanDetailDTO:
    """Restart the arrears clock from `on`, with a reason; append-only."""
    with ctx.unit_of_work() as session:
        resume_loan_in(session, ctx, loan_id, on, reason)
        session.flush()
        return loan_detail_in(session, ctx, loan_id, max(on, ctx.today()))


def source_entry_in(session: Session, table: str, record_id: str) -> JournalEntry:
    """The original (not the reversing) entry posted for a record (NotFoundError when none)."""
    entry = entry_of(session, table, record_id)
    if entry is None:
        raise NotFoundError(record_id)
    return entry


def reverse_loan_in(session: Session, ctx: ServiceContext, loan_id: str, on: date, reason: str) -> None:
    """Reverse a disbursal made by mistake (the loan never was): refused while it has live payments; then the
    kernel's checks (reason, not before the disbursal, not in a closed period, not twice)."""
    loan = get_live(session, Loan, loan_id)
    live = session.scalar(select(func.count(LoanPayment.id)).where(
        LoanPayment.loan_id == loan.id, LoanPayment.deleted_at.is_(None), LoanPayment.reversed_on.is_(None)))
    if live:
        raise ValidationError([Issue("loan", _(
            "Pinjaman {number} sudah punya {n} angsuran: batalkan dulu angsurannya, baru pencairannya.").format(
            number=loan.number, n=live))])
    reverse_in(session, ctx, source_entry_in(session, "loan", loan.id).id, on, reason)
    loan.reversed_on, loan.reversal_reason = on, reason.strip()


_PAYMENTS = ("preview_payment", "record_payment", "record_payment_in", "reverse_payment_in", "payment_receipt_in")


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    if name in _PAYMENTS:
        from desmig_desktop.savings.services import payments

        return getattr(payments, name)
    raise AttributeError(name)
