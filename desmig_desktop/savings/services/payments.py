"""Repayments (issue 9 point 6): the allocation shown before saving, recording a payment with its receipt and its
ledger entry, reversing one.

A payment posts, in the same transaction: Dr cash (amount) / Cr late_fee_income, Cr fee_income,
Cr loan_receivable:<loan>, and Cr savings_sukarela:<member> for an excess the officer chose to put into the
borrower's savings (that excess is also a SavingsMove deposit with source_payment_id; the one entry covers both).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue, ValidationError, raise_if_errors
from desmig_desktop.core.formatting import amount_in_words, rupiah, short_date
from desmig_desktop.core.i18n import _
from desmig_desktop.core.ledger.posting import post_in, reverse_in
from desmig_desktop.core.records import get_live
from desmig_desktop.savings import rules
from desmig_desktop.savings.dto import PaymentInput, PaymentPreviewDTO, ReceiptDTO
from desmig_desktop.savings.models import Fund, Loan, LoanPayment, SavingsMove
from desmig_desktop.savings.services.book import (
    RECEIPT_PREFIX, entry_of, fund_account, fund_book, loan_account, next_number, savings_account, village_line,
)
from desmig_desktop.savings.services.funds import day_issues
from desmig_desktop.savings.services.loan_queries import (
    LoanFacts, loan_facts_in, pauses_by_loan, payments_by_loan, state_of,
)
from desmig_desktop.savings.services.loans import refresh_closed_in, source_entry_in


def _check_in(session: Session, data: PaymentInput, today: date) -> tuple[LoanFacts, PaymentPreviewDTO, bool]:
    loan = get_live(session, Loan, data.loan_id)
    facts = loan_facts_in(session, loan_ids=[loan.id])[0]
    field = "paid_on"
    if loan.reversed_on is not None:
        raise ValidationError([Issue("loan", _("Pinjaman {number} sudah dibatalkan pada {date}: tidak dapat menerima "
                                               "angsuran.").format(number=loan.number, date=short_date(loan.reversed_on)))])
    if data.paid_on < loan.disbursed_on:
        raise ValidationError([Issue(field, _("Tanggal bayar: pinjaman {number} baru cair {date}; pilih tanggal "
                                              "sejak itu.").format(number=loan.number, date=short_date(loan.disbursed_on)))])
    raise_if_errors(day_issues(field, data.paid_on, today, loan.disbursed_on, _("pencairan")))
    if data.amount <= 0:
        raise ValidationError([Issue("amount", _("Jumlah bayar: isi lebih dari Rp0."))])
    payments = payments_by_loan(session, None, loan_ids=[loan.id]).get(loan.id, [])
    pauses = pauses_by_loan(session, None, loan_ids=[loan.id]).get(loan.id, [])
    state = state_of(facts, payments, pauses, data.paid_on)
    allocation = rules.allocate(facts.schedule, payments, pauses, facts.rule, data.paid_on, data.amount)
    is_member = facts.borrower_kind == "member"
    if state.owed_to_close == 0:
        raise ValidationError([Issue("amount", _("Pinjaman {number} sudah lunas pada {date}: tidak ada yang perlu "
                                                 "dibayar.").format(number=loan.number, date=short_date(state.closed_on)))])
    if allocation.excess and not (data.excess_to_savings and is_member):
        hint = _(" atau pilih masukkan kelebihannya ke simpanan sukarela") if is_member else ""
        raise ValidationError([Issue("amount", _(
            "Jumlah bayar: untuk melunasi pada {date} cukup {owed}; isi paling banyak {owed}{hint}.").format(
            date=short_date(data.paid_on), owed=rupiah(state.owed_to_close), hint=hint))])
    later = [p for p in payments if p.date > data.paid_on]
    if later:
        _check_later_in(session, facts, data, allocation.applied, payments, pauses)
    closes = allocation.applied >= state.owed_to_close
    return facts, PaymentPreviewDTO(allocation, state.owed_now, state.owed_to_close, closes, is_member), bool(later)


def _check_later_in(session: Session, facts: LoanFacts, data: PaymentInput, applied: int,
                    payments: list[rules.Payment], pauses: list[rules.Pause]) -> None:
    """A payment dated before others already recorded: the later ones must still fit in what is owed, and keep the
    split (denda, jasa, pokok) they were posted with — the ledger never changes a posted entry, so a back-dated
    payment that would move money between them is refused (the officer reverses the later ones first)."""
    posted = session.execute(select(LoanPayment.late_fee, LoanPayment.fee, LoanPayment.principal).where(
        LoanPayment.loan_id == facts.id, LoanPayment.deleted_at.is_(None), LoanPayment.reversed_on.is_(None),
        LoanPayment.paid_on > data.paid_on).order_by(LoanPayment.paid_on, LoanPayment.created_at, LoanPayment.id)).all()
    before = [p for p in payments if p.date <= data.paid_on] + [rules.Payment(data.paid_on, applied)]
    replayed = before + [p for p in payments if p.date > data.paid_on]
    for i in range(len(before), len(replayed)):
        p = replayed[i]
        alloc = rules.allocate(facts.schedule, replayed[:i], pauses, facts.rule, p.date, p.amount)
        if alloc.excess:
            raise ValidationError([Issue("amount", _(
                "Jumlah bayar: dengan angsuran sesudah {date} yang sudah dicatat, pinjaman jadi dibayar lebih dari "
                "utangnya; kurangi jumlahnya.").format(date=short_date(data.paid_on)))])
        if tuple(posted[i - len(before)]) != (alloc.late_fee, alloc.fee, alloc.principal):
            raise ValidationError([Issue("paid_on", _(
                "Tanggal bayar: angsuran tanggal {later} sudah dibukukan dengan pembagian denda, jasa dan pokok yang "
                "akan berubah karena angsuran bertanggal {date} ini. Catat angsuran ini pada {later} atau sesudahnya, "
                "atau batalkan dulu angsuran sesudahnya.").format(later=short_date(p.date),
                                                                  date=short_date(data.paid_on)))])


def preview_payment(ctx: ServiceContext, data: PaymentInput) -> PaymentPreviewDTO:
    """The allocation of a payment (late fee -> fee -> principal, oldest instalment first) before it is saved, with
    every check of `record_payment`."""
    with ctx.reader() as session:
        return _check_in(session, data, ctx.today())[1]


def record_payment_in(session: Session, ctx: ServiceContext, data: PaymentInput) -> LoanPayment:
    return _record_in(session, ctx, data)[0]


def _record_in(session: Session, ctx: ServiceContext,
               data: PaymentInput) -> tuple[LoanPayment, LoanFacts, tuple[rules.AllocationLine, ...]]:
    """The payment recorded, with the loan's facts and the allocation's lines (its receipt needs both)."""
    facts, preview, later = _check_in(session, data, ctx.today())
    alloc = preview.allocation
    fund = get_live(session, Fund, facts.fund_id)
    payment = LoanPayment(loan_id=facts.id, paid_on=data.paid_on, amount=data.amount, late_fee=alloc.late_fee,
                          fee=alloc.fee, principal=alloc.principal, excess_to_savings=alloc.excess,
                          payer_name=data.payer_name.strip(), payer_relation=data.payer_relation.strip(),
                          receipt_no=next_number(session, fund.id, RECEIPT_PREFIX, data.paid_on.year),
                          note=data.note.strip())
    session.add(payment)
    session.flush()
    lines = [(fund_account(session, fund, "cash"), data.amount),
             (fund_account(session, fund, "late_fee_income"), -alloc.late_fee),
             (fund_account(session, fund, "fee_income"), -alloc.fee),
             (loan_account(session, fund, facts.id), -alloc.principal)]
    if alloc.excess:
        lines.append((savings_account(session, fund, facts.member_id or "", "sukarela"), -alloc.excess))
        session.add(SavingsMove(fund_id=fund.id, member_id=facts.member_id, savings_kind="sukarela",
                                direction="deposit", amount=alloc.excess, moved_on=data.paid_on,
                                receipt_no=payment.receipt_no, payer_name=payment.payer_name,
                                note=_("Kelebihan angsuran {number}").format(number=facts.number),
                                source_payment_id=payment.id))
    post_in(session, ctx, fund_book(session, fund), data.paid_on, "payment", [(a, n) for a, n in lines if n],
            memo=_("Angsuran {number}").format(number=facts.number), source=("loan_payment", payment.id),
            field="paid_on")
    loan = get_live(session, Loan, facts.id)
    if later:  # dated before other payments: replay them all
        refresh_closed_in(session, loan)
    else:  # the latest payment: the loan closes today exactly when this one pays everything
        loan.closed_on = data.paid_on if preview.closes_loan else None
    return payment, facts, alloc.lines


def payment_receipt_in(session: Session, payment_id: str, facts: LoanFacts | None = None,
                       lines: tuple[rules.AllocationLine, ...] | None = None) -> ReceiptDTO:
    """The kwitansi of a payment (also to re-print it): the split, and the instalments it paid (`facts` and
    `lines` when the caller just posted it; otherwise read and replayed)."""
    p = get_live(session, LoanPayment, payment_id)
    facts = facts or loan_facts_in(session, loan_ids=[p.loan_id])[0]
    if p.loan.closed_on is not None and p.loan.closed_on == p.paid_on and p.reversed_on is None:
        purpose = _("Pelunasan pinjaman {number}").format(number=facts.number)
    else:
        lines = lines or _allocation_lines(session, facts, p)
        numbers = sorted({line.installment for line in lines if line.component != "late_fee"})
        purpose = (_("Angsuran ke-{n} pinjaman {number}").format(n=", ".join(map(str, numbers)), number=facts.number)
                   if numbers else _("Angsuran pinjaman {number}").format(number=facts.number))
    split = ((_("Denda"), p.late_fee), (_("Jasa"), p.fee), (_("Pokok"), p.principal),
             (_("Simpanan sukarela"), p.excess_to_savings))
    payer = p.payer_name or facts.borrower_name
    if p.payer_name and p.payer_relation:
        payer = f"{p.payer_name} ({p.payer_relation})"
    entry = entry_of(session, "loan_payment", p.id)
    return ReceiptDTO(p.receipt_no, p.paid_on, village_line(session), facts.fund_name, payer,
                      "" if payer == facts.borrower_name else facts.borrower_name, p.amount,
                      amount_in_words(p.amount), purpose, tuple((k, v) for k, v in split if v),
                      entry.officer if entry is not None else "", "loan_payment", p.id, "in")


def _allocation_lines(session: Session, facts: LoanFacts, p: LoanPayment) -> tuple[rules.AllocationLine, ...]:
    """What a payment paid, replayed as it was posted (after the payments live before it, in entry order)."""
    earlier = [q for q in session.scalars(select(LoanPayment).where(
        LoanPayment.loan_id == p.loan_id, LoanPayment.deleted_at.is_(None), LoanPayment.paid_on <= p.paid_on)
        .order_by(LoanPayment.paid_on, LoanPayment.created_at, LoanPayment.id))
        if q.reversed_on is None or q.reversed_on > p.paid_on]
    before = earlier[:earlier.index(p)] if p in earlier else earlier
    pauses = pauses_by_loan(session, p.paid_on, loan_ids=[p.loan_id]).get(p.loan_id, [])
    return rules.allocate(facts.schedule, [rules.Payment(q.paid_on, q.amount - q.excess_to_savings) for q in before],
                          pauses, facts.rule, p.paid_on, p.amount - p.excess_to_savings).lines


def record_payment(ctx: ServiceContext, data: PaymentInput) -> ReceiptDTO:
    """Record a payment (checks and allocation of `preview_payment`); sets Loan.closed_on when it pays everything."""
    with ctx.unit_of_work() as session:
        payment, facts, lines = _record_in(session, ctx, data)
        session.flush()
        return payment_receipt_in(session, payment.id, facts, lines)


def _check_reversal_keeps_later_in(session: Session, payment: LoanPayment) -> None:
    """Without this payment, the later ones must keep the split they were posted with (see `_check_later_in`)."""
    rows = session.scalars(select(LoanPayment).where(
        LoanPayment.loan_id == payment.loan_id, LoanPayment.deleted_at.is_(None), LoanPayment.reversed_on.is_(None))
        .order_by(LoanPayment.paid_on, LoanPayment.created_at, LoanPayment.id)).all()
    if payment not in rows or rows[-1] is payment:
        return
    facts = loan_facts_in(session, loan_ids=[payment.loan_id])[0]
    pauses = pauses_by_loan(session, None, loan_ids=[payment.loan_id]).get(payment.loan_id, [])
    kept = [q for q in rows if q is not payment]
    replayed = [rules.Payment(q.paid_on, q.amount - q.excess_to_savings) for q in kept]
    for i in range(rows.index(payment), len(kept)):
        q = kept[i]
        alloc = rules.allocate(facts.schedule, replayed[:i], pauses, facts.rule, q.paid_on, replayed[i].amount)
        if (alloc.late_fee, alloc.fee, alloc.principal, alloc.excess) != (q.late_fee, q.fee, q.principal, 0):
            raise ValidationError([Issue("loan", _(
                "Angsuran tanggal {later} dibukukan sesudah angsuran ini dan pembagiannya bergantung padanya: batalkan "
                "dulu angsuran sesudahnya (yang terbaru lebih dulu).").format(later=short_date(q.paid_on)))])


def reverse_payment_in(session: Session, ctx: ServiceContext, payment_id: str, on: date, reason: str) -> None:
    """Reverse a payment recorded by mistake: its one entry is reversed (the kernel checks the reason, the date and
    closed periods, and refuses twice), the payment and any excess put into savings are marked reversed, and the
    loan's closed_on is recomputed."""
    payment = get_live(session, LoanPayment, payment_id)
    _check_reversal_keeps_later_in(session, payment)
    reverse_in(session, ctx, source_entry_in(session, "loan_payment", payment.id).id, on, reason)
    payment.reversed_on, payment.reversal_reason = on, reason.strip()
    for move in session.scalars(select(SavingsMove).where(
            SavingsMove.source_payment_id == payment.id, SavingsMove.deleted_at.is_(None))):
        move.reversed_on, move.reversal_reason = on, reason.strip()
    refresh_closed_in(session, payment.loan)
