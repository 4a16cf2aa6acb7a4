"""Savings moves (setoran, penarikan), the one reversal action of simpan pinjam, and receipts.

Each move is the source of one entry in the fund's book, posted in the same unit of work: a deposit Dr cash /
Cr savings_<kind>:<member>, a withdrawal Dr savings_<kind>:<member> / Cr cash. Balances are read from the
ledger; money never leaves an account (a member's savings, the fund's cash) beyond what it holds on that day
and on every later day already recorded (`book.lowest_from`).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue, ValidationError, raise_if_errors
from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.core.i18n import _
from desmig_desktop.core.ledger.locks import check_open
from desmig_desktop.core.ledger.posting import balance, post_in, reverse_in
from desmig_desktop.core.records import get_live
from desmig_desktop.savings.dto import ReceiptDTO
from desmig_desktop.savings.models import (
    SAVINGS_KINDS,
    Fund,
    FundCash,
    FundMember,
    Loan,
    LoanPayment,
    SavingsMove,
)
from desmig_desktop.savings.services.book import (
    RECEIPT_PREFIX,
    entry_of,
    fund_account,
    fund_book,
    lowest_from,
    next_number,
    savings_account,
)
from desmig_desktop.savings.services.funds import amount_issues, cash_short, day_issues
from desmig_desktop.savings.services.ledger_view import (  # api.md names them in moves
    fund_ledger,
    fund_ledger_in,
)
from desmig_desktop.savings.services.receipts import kind_label, receipt_in

# the records one reversal action serves, and the day each was recorded
REVERSIBLE = {"savings_move": (SavingsMove, "moved_on"), "savings_fund_cash": (FundCash, "moved_on"),
              "loan": (Loan, "disbursed_on"), "loan_payment": (LoanPayment, "paid_on")}


def _member_day_issues(ctx: ServiceContext, member: FundMember, on: date) -> list[Issue]:
    issues = day_issues("moved_on", on, ctx.today(), member.joined_on, _("{name} masuk menjadi anggota").format(
        name=member.person.name))
    if not issues and member.left_on is not None and on >= member.left_on:
        issues.append(Issue("moved_on", _("{name} sudah keluar dari dana pada {day}: simpanan tidak dapat dicatat "
                                          "sesudahnya.").format(name=member.person.name, day=short_date(member.left_on))))
    return issues


def _post_move(session: Session, ctx: ServiceContext, member: FundMember, kind: str, direction: str, amount: int,
               on: date, payer_name: str, note: str) -> SavingsMove:
    fund = get_live(session, Fund, member.fund_id)
    move = SavingsMove(fund_id=fund.id, member_id=member.id, savings_kind=kind, direction=direction, amount=amount,
                       moved_on=on, payer_name=payer_name.strip(), note=note.strip(),
                       receipt_no=next_number(session, fund.id, RECEIPT_PREFIX, on.year))
    session.add(move)
    session.flush()
    cash, savings = fund_account(session, fund, "cash"), savings_account(session, fund, member.id, kind)
    lines = [(cash, amount), (savings, -amount)] if direction == "deposit" else [(savings, amount), (cash, -amount)]
    memo = (_("Setoran simpanan {kind} — {name}") if direction == "deposit"
            else _("Penarikan simpanan {kind} — {name}")).format(kind=kind_label(kind), name=member.person.name)
    post_in(session, ctx, fund_book(session, fund), on, direction, lines, memo, source=("savings_move", move.id),
            field="moved_on")
    return move


def deposit_in(session: Session, ctx: ServiceContext, member_id: str, savings_kind: str, amount: int, on: date,
               payer_name: str = "", note: str = "") -> SavingsMove:
    member = get_live(session, FundMember, member_id)
    issues: list[Issue] = []
    if savings_kind not in SAVINGS_KINDS:
        issues.append(Issue("savings_kind", _("Jenis simpanan harus pokok, wajib atau sukarela.")))
    issues += amount_issues("amount", amount)
    issues += _member_day_issues(ctx, member, on)
    if savings_kind == "pokok" and balance(session, savings_account(session, member.fund_id, member.id, "pokok").id):
        issues.append(Issue("savings_kind", _("Simpanan pokok {name} sudah dibayar (sekali saja, saat masuk): pilih "
                                              "simpanan wajib atau sukarela.").format(name=member.person.name)))
    raise_if_errors(issues)
    return _post_move(session, ctx, member, savings_kind, "deposit", amount, on, payer_name, note)


def deposit(ctx: ServiceContext, member_id: str, savings_kind: str, amount: int, on: date, payer_name: str = "",
            note: str = "") -> ReceiptDTO:
    """A member's deposit of pokok, wajib or sukarela savings; `payer_name` when someone else brought it."""
    with ctx.unit_of_work() as session:
        move = deposit_in(session, ctx, member_id, savings_kind, amount, on, payer_name, note)
        return receipt_in(session, ctx, "savings_move", move.id)


def withdraw_in(session: Session, ctx: ServiceContext, member_id: str, amount: int, on: date, note: str = "",
                savings_kind: str = "sukarela", leaving: bool = False) -> SavingsMove:
    """A withdrawal of sukarela savings (pokok and wajib only when the member leaves: `members.leave_fund_in`)."""
    member = get_live(session, FundMember, member_id)
    issues = amount_issues("amount", amount) + _member_day_issues(ctx, member, on)
    if savings_kind != "sukarela" and not leaving:
        issues.append(Issue("savings_kind", _("Simpanan pokok dan wajib tidak dapat ditarik selama masih anggota: "
                                              "hanya simpanan sukarela yang dapat ditarik.")))
    if not issues:
        account = savings_account(session, member.fund_id, member.id, savings_kind)
        held, that_day = lowest_from(session, account.id, on, -1), -balance(session, account.id, on)
        if amount > held:
            what = dict(kind=kind_label(savings_kind), name=member.person.name, day=short_date(on))
            message = _("Saldo simpanan {kind} {name} pada {day} hanya {balance}.").format(
                balance=rupiah(that_day), **what)
            if held < that_day:  # a later withdrawal already counts on part of it
                message += " " + _("Penarikan sesudah tanggal itu sudah memakai sebagian: paling banyak {held} dapat "
                                   "ditarik pada tanggal itu.").format(held=rupiah(max(held, 0)))
            issues.append(Issue("amount", message + " " + _("Kurangi jumlah penarikannya.")))
    if not issues:
        issues += cash_short("amount", session, get_live(session, Fund, member.fund_id), on, amount)
    raise_if_errors(issues)
    return _post_move(session, ctx, member, savings_kind, "withdrawal", amount, on, "", note)


def withdraw(ctx: ServiceContext, member_id: str, amount: int, on: date, note: str = "") -> ReceiptDTO:
    """A withdrawal of sukarela savings, refused beyond the balance that day (the message gives the balance)."""
    with ctx.unit_of_work() as session:
        move = withdraw_in(session, ctx, member_id, amount, on, note)
        return receipt_in(session, ctx, "savings_move", move.id)


def receipt(ctx: ServiceContext, source_table: str, source_id: str) -> ReceiptDTO:
    """Re-print the receipt of a savings move, a fund cash record, a loan payment or a disbursal."""
    with ctx.reader() as session:
        return receipt_in(session, ctx, source_table, source_id)


# ---- the one reversal action --------------------------------------------------------------------------------

def _reversal_issues(record: object, recorded_on: date, on: date, reason: str) -> list[Issue]:
    issues: list[Issue] = []
    if not reason.strip():
        issues.append(Issue("reason", _("Alasan pembatalan wajib diisi, mis. jumlah salah ketik.")))
    done = record.reversed_on
    if done is not None:
        issues.append(Issue("reason", _("Catatan ini sudah dibatalkan pada {day} ({reason}): satu catatan hanya "
                                        "dapat dibatalkan sekali.").format(
            day=short_date(done), reason=record.reversal_reason)))
    elif on < recorded_on:
        issues.append(Issue("reversed_on", _("Tanggal pembatalan ({on}) tidak boleh sebelum tanggal catatannya "
                                             "({day}).").format(on=short_date(on), day=short_date(recorded_on))))
    return issues


def _outflow_issues(session: Session, record: object, on: date) -> list[Issue]:
    """Undoing money that came in takes it out again: refused when the savings or the cash no longer hold it
    (a deposit withdrawn since, capital or a payment lent out again)."""
    if isinstance(record, LoanPayment):
        fund, amount = get_live(session, Fund, record.loan.fund_id), record.amount
        kept = [(record.loan.member_id, "sukarela", record.excess_to_savings)] if record.excess_to_savings else []
    elif isinstance(record, SavingsMove) and record.direction == "deposit":
        fund, amount = get_live(session, Fund, record.fund_id), record.amount
        kept = [(record.member_id, record.savings_kind, record.amount)]
    elif isinstance(record, FundCash) and record.kind == "capital":
        fund, amount, kept = get_live(session, Fund, record.fund_id), record.amount, []
    else:
        return []
    for member_id, kind, put in kept:
        held = lowest_from(session, savings_account(session, fund, member_id or "", kind).id, on, -1)
        if put > held:
            member = get_live(session, FundMember, member_id or "")
            return [Issue("reversed_on", _("Uang ini sudah terpakai: saldo simpanan {kind} {name} sesudah {day} "
                                           "hanya {balance}. Batalkan dulu penarikan sesudahnya.").format(
                kind=kind_label(kind), name=member.person.name, day=short_date(on), balance=rupiah(max(held, 0))))]
    return cash_short("reversed_on", session, fund, on, amount)


def reverse_record_in(session: Session, ctx: ServiceContext, source_table: str, source_id: str, on: date,
                      reason: str) -> None:
    if source_table not in REVERSIBLE:
        raise ValueError(f"{source_table} records are not reversed here")
    model, day_field = REVERSIBLE[source_table]
    record = get_live(session, model, source_id)
    issues = _reversal_issues(record, getattr(record, day_field), on, reason)
    if isinstance(record, SavingsMove) and record.source_payment_id and not issues:
        issues.append(Issue("reason", _("Setoran ini berasal dari kelebihan angsuran: batalkan angsurannya, "
                                        "setoran ikut batal.")))
    raise_if_errors(issues)
    entry = entry_of(session, source_table, source_id)
    if entry is None:  # posted inside another record's entry: a year-end SHU share
        raise ValidationError([Issue("reason", _("Bagian SHU ini dibukukan bersama tutup buku tahunnya: tidak dapat "
                                                 "dibatalkan sendiri."))])
    check_open(session, entry.book_id, entry.posted_on, "reversed_on")
    raise_if_errors(_outflow_issues(session, record, on))
    if source_table == "loan":
        from desmig_desktop.savings.services.loans import reverse_loan_in

        reverse_loan_in(session, ctx, source_id, on, reason)
    elif source_table == "loan_payment":
        from desmig_desktop.savings.services.payments import reverse_payment_in

        reverse_payment_in(session, ctx, source_id, on, reason)
    else:
        reverse_in(session, ctx, entry.id, on, reason)
        record.reversed_on, record.reversal_reason = on, reason.strip()
    session.flush()


def reverse_record(ctx: ServiceContext, source_table: str, source_id: str, on: date, reason: str) -> None:
    """THE reversal of simpan pinjam: a savings move, a fund cash record, a loan disbursal or a payment. A mirror
    entry dated `on` with the reason; both entries stay and the record shows reversed_on / reversal_reason.
    Refused (nothing written) without a reason, before the record's day, twice, inside a closed period (the
    kernel's message), when the money was already used (a deposit withdrawn since, capital lent out), and for a
    loan with live payments (the loans part)."""
    with ctx.unit_of_work() as session:
        reverse_record_in(session, ctx, source_table, source_id, on, reason)


__all__ = ["deposit", "deposit_in", "fund_ledger", "fund_ledger_in", "receipt", "reverse_record", "reverse_record_in",
           "withdraw", "withdraw_in"]
