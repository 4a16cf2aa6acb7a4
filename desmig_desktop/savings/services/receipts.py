"""Receipts (kwitansi) of simpan pinjam: one ReceiptDTO per record that moved money, built from the record.

The same builder serves the receipt handed back when the money is recorded and any re-print later. Direction
"in": the fund received the money from `received_from` (the payer; `on_behalf_of` is the member or borrower when
someone else brought it). Direction "out": the fund paid it (`received_from` is then the fund, the payer, and
`on_behalf_of` the member, borrower or payee who took the money).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import NotFoundError
from desmig_desktop.core.formatting import amount_in_words
from desmig_desktop.core.i18n import _
from desmig_desktop.core.records import get_live
from desmig_desktop.savings.dto import ReceiptDTO
from desmig_desktop.savings.models import Fund, FundCash, FundMember, Loan, SavingsMove
from desmig_desktop.savings.services.book import entry_of, village_line


def kind_label(savings_kind: str) -> str:
    return {"pokok": _("pokok"), "wajib": _("wajib"), "sukarela": _("sukarela")}.get(savings_kind, savings_kind)


def member_name(member: FundMember) -> str:
    return member.person.name


def borrower_name(loan: Loan) -> str:
    if loan.member is not None:
        return member_name(loan.member)
    return loan.group.name if loan.group is not None else ""


def _make(session: Session, fund: Fund, table: str, record_id: str, receipt_no: str, on, amount: int,  # type: ignore[no-untyped-def]
          payer: str, behalf: str, purpose: str, lines: tuple[tuple[str, int], ...] = (),
          direction: str = "in") -> ReceiptDTO:
    entry = entry_of(session, table, record_id)
    return ReceiptDTO(
        receipt_no=receipt_no, issued_on=on, village=village_line(session), fund_name=fund.name,
        received_from=payer, on_behalf_of="" if behalf == payer else behalf, amount=amount,
        amount_words=amount_in_words(amount), purpose=purpose, lines=lines,
        officer=entry.officer if entry is not None else "", source_table=table, source_id=record_id,
        direction=direction)


def receipt_in(session: Session, ctx: ServiceContext, source_table: str, source_id: str) -> ReceiptDTO:
    """The receipt of a savings move, a fund cash record, a loan payment or a loan disbursal."""
    if source_table == "savings_move":
        move = get_live(session, SavingsMove, source_id)
        fund, name = get_live(session, Fund, move.fund_id), member_name(move.member)
        if move.direction == "deposit":
            purpose = _("Setoran simpanan {kind}").format(kind=kind_label(move.savings_kind))
            if move.note:
                purpose = f"{purpose} ({move.note})"
            return _make(session, fund, source_table, move.id, move.receipt_no, move.moved_on, move.amount,
                         move.payer_name or name, name, purpose)
        purpose = _("Penarikan simpanan {kind}").format(kind=kind_label(move.savings_kind))
        return _make(session, fund, source_table, move.id, move.receipt_no, move.moved_on, move.amount,
                     fund.name, name, purpose, direction="out")
    if source_table == "savings_fund_cash":
        cash = get_live(session, FundCash, source_id)
        fund = get_live(session, Fund, cash.fund_id)
        if cash.kind == "capital":
            return _make(session, fund, source_table, cash.id, cash.receipt_no, cash.moved_on, cash.amount,
                         cash.description, cash.description, _("Modal dana: {what}").format(what=cash.description))
        return _make(session, fund, source_table, cash.id, cash.receipt_no, cash.moved_on, cash.amount, fund.name,
                     cash.description, _("Biaya: {what}").format(what=cash.description), direction="out")
    if source_table == "loan_payment":  # the loans part's receipt names the instalments paid
        from desmig_desktop.savings.services.payments import payment_receipt_in

        return payment_receipt_in(session, source_id)
    if source_table == "loan":
        loan = get_live(session, Loan, source_id)
        fund = get_live(session, Fund, loan.fund_id)
        return _make(session, fund, source_table, loan.id, loan.number, loan.disbursed_on, loan.principal,
                     fund.name, borrower_name(loan), _("Pencairan pinjaman {number}").format(number=loan.number),
                     direction="out")
    raise NotFoundError(f"{source_table}:{source_id}")
