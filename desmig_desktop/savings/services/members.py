"""A fund's members (anggota): joining (with simpanan pokok), leaving, their accounts as of a day, wajib arrears,
and a person's savings and loans in every fund. Balances are read from the ledger."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue, ValidationError, raise_if_errors
from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.core.i18n import _
from desmig_desktop.core.ledger.models import LedgerAccount, natural
from desmig_desktop.core.ledger.posting import balances
from desmig_desktop.core.records import get_live
from desmig_desktop.registry.models import Person
from desmig_desktop.registry.services.history import placements_abroad_on
from desmig_desktop.savings import rules
from desmig_desktop.savings.dto import LoanRowDTO, MemberAccountDTO
from desmig_desktop.savings.models import (
    SAVINGS_KINDS,
    Fund,
    FundMember,
    Loan,
    SavingsMove,
)
from desmig_desktop.savings.services.book import fund_book
from desmig_desktop.savings.services.funds import day_issues

_NUMBER = re.compile(r"(\d+)$")


def _next_member_number(session: Session, fund_id: str) -> str:
    top = 0
    for number in session.scalars(select(FundMember.number).where(FundMember.fund_id == fund_id)):
        found = _NUMBER.search(number or "")
        if found:
            top = max(top, int(found.group(1)))
    return f"A-{top + 1:03d}"


def _reversed_by(column, day: date):  # type: ignore[no-untyped-def]
    """A record counts as of `day` unless its reversal is dated on or before `day`."""
    return or_(column.is_(None), column > day)


def accounts_in(session: Session, members: Iterable[FundMember], as_of: date) -> list[MemberAccountDTO]:
    """Each member's account as of the end of `as_of`, by name: savings by kind (ledger), wajib owed, open loans
    and their principal outstanding (ledger), the country when the registry has them abroad that day."""
    members = list(members)
    if not members:
        return []
    ids = [m.id for m in members]
    by_fund: dict[str, list[FundMember]] = {}
    for m in members:
        by_fund.setdefault(m.fund_id, []).append(m)
    amounts: dict[tuple[str, str], int] = {}  # (kind, owner id) -> natural balance
    for fund_id in by_fund:
        book = fund_book(session, fund_id)
        owners = {a.id: (a.kind, a.owner_id) for a in session.scalars(select(LedgerAccount).where(
            LedgerAccount.book_id == book.id, LedgerAccount.owner_id.is_not(None), LedgerAccount.deleted_at.is_(None)))}
        for account_id, amount in balances(session, book, as_of).items():
            if account_id in owners:
                kind, owner = owners[account_id]
                amounts[(kind, owner)] = amounts.get((kind, owner), 0) + natural(kind, amount)
    wajib_paid = dict(session.execute(
        select(SavingsMove.member_id, func.sum(SavingsMove.amount)).where(
            SavingsMove.member_id.in_(ids), SavingsMove.deleted_at.is_(None), SavingsMove.savings_kind == "wajib",
            SavingsMove.direction == "deposit", SavingsMove.moved_on <= as_of,
            _reversed_by(SavingsMove.reversed_on, as_of)).group_by(SavingsMove.member_id)).all())
    loans: dict[str, list[Loan]] = {}
    for loan in session.scalars(select(Loan).where(
            Loan.member_id.in_(ids), Loan.deleted_at.is_(None), Loan.disbursed_on <= as_of,
            _reversed_by(Loan.reversed_on, as_of), or_(Loan.closed_on.is_(None), Loan.closed_on > as_of))):
        loans.setdefault(loan.member_id or "", []).append(loan)
    abroad = placements_abroad_on(session, [m.person_id for m in members], as_of)
    funds = {f.id: f for f in session.scalars(select(Fund).where(Fund.id.in_(list(by_fund))))}
    out = []
    for m in members:
        left = m.left_on is not None and m.left_on <= as_of
        due = 0 if left else rules.wajib_due(m.joined_on, m.left_on, as_of, funds[m.fund_id].wajib_amount)
        mine = loans.get(m.id, [])
        person = m.person
        out.append(MemberAccountDTO(
            id=m.id, fund_id=m.fund_id, person_id=m.person_id, name=person.name, nik=person.nik or "",
            phone=person.phone, number=m.number, joined_on=m.joined_on, left_on=m.left_on,
            pokok=amounts.get(("savings_pokok", m.id), 0), wajib=amounts.get(("savings_wajib", m.id), 0),
            sukarela=amounts.get(("savings_sukarela", m.id), 0),
            wajib_owed=max(0, due - int(wajib_paid.get(m.id, 0) or 0)), open_loans=len(mine),
            principal_outstanding=sum(amounts.get(("loan_receivable", loan.id), 0) for loan in mine),
            abroad=(abroad[m.person_id].country or _("luar negeri")) if m.person_id in abroad else ""))
    return sorted(out, key=lambda a: (a.name.lower(), a.number))


def _members_of(session: Session, fund_id: str, as_of: date) -> list[FundMember]:
    return list(session.scalars(select(FundMember).options(selectinload(FundMember.person)).where(
        FundMember.fund_id == fund_id, FundMember.deleted_at.is_(None), FundMember.joined_on <= as_of)))


def member_accounts(ctx: ServiceContext, fund_id: str, as_of: date | None = None) -> list[MemberAccountDTO]:
    """Everyone who had joined the fund by `as_of` (those who left by then too, with left_on), by name."""
    day = as_of or ctx.today()
    with ctx.reader() as session:
        get_live(session, Fund, fund_id)
        return accounts_in(session, _members_of(session, fund_id, day), day)


def member_account(ctx: ServiceContext, member_id: str, as_of: date | None = None) -> MemberAccountDTO:
    with ctx.reader() as session:
        return accounts_in(session, [get_live(session, FundMember, member_id)], as_of or ctx.today())[0]


def wajib_arrears(ctx: ServiceContext, fund_id: str, as_of: date | None = None) -> list[MemberAccountDTO]:
    """Members behind on simpanan wajib as of the day, who owes most first."""
    rows = [a for a in member_accounts(ctx, fund_id, as_of) if a.wajib_owed > 0]
    return sorted(rows, key=lambda a: (-a.wajib_owed, a.name.lower()))


def person_savings(ctx: ServiceContext, person_id: str, as_of: date | None = None
                   ) -> tuple[list[MemberAccountDTO], list[LoanRowDTO]]:
    """The person's page: their account in every fund they joined by the day, and their loans as of it."""
    day = as_of or ctx.today()
    with ctx.reader() as session:
        members = session.scalars(select(FundMember).where(
            FundMember.person_id == person_id, FundMember.deleted_at.is_(None), FundMember.joined_on <= day)).all()
        accounts = accounts_in(session, members, day)
        from desmig_desktop.savings.services.loan_queries import list_loans_in

        loans: list[LoanRowDTO] = []
        for fund_id in sorted({m.fund_id for m in members}):
            loans += [r for r in list_loans_in(session, ctx, fund_id=fund_id, as_of=day) if r.person_id == person_id]
        return accounts, loans


# ---- joining and leaving ------------------------------------------------------------------------------------

def join_fund_in(session: Session, ctx: ServiceContext, fund_id: str, person_id: str, joined_on: date,
                 pay_pokok: bool = True, payer_name: str = "") -> FundMember:
    fund = get_live(session, Fund, fund_id)
    person = get_live(session, Person, person_id)
    issues = day_issues("joined_on", joined_on, ctx.today(), fund.opened_on, _("dana dibuka"))
    existing = session.scalars(select(FundMember).where(
        FundMember.fund_id == fund.id, FundMember.person_id == person.id, FundMember.deleted_at.is_(None))).first()
    if existing is not None and existing.left_on is None:
        issues.append(Issue("person_id", _("{name} sudah menjadi anggota {fund} (no. {number}) sejak {day}.").format(
            name=person.name, fund=fund.name, number=existing.number, day=short_date(existing.joined_on))))
    elif existing is not None:
        issues.append(Issue("person_id", _("{name} pernah menjadi anggota {fund} (no. {number}) dan keluar pada "
                                           "{day}: keanggotaan lama tidak dapat dibuka lagi.").format(
            name=person.name, fund=fund.name, number=existing.number, day=short_date(existing.left_on))))
    raise_if_errors(issues)
    member = FundMember(fund_id=fund.id, person_id=person.id, joined_on=joined_on,
                        number=_next_member_number(session, fund.id))
    session.add(member)
    session.flush()
    if pay_pokok and fund.pokok_amount > 0:
        from desmig_desktop.savings.services.moves import deposit_in

        deposit_in(session, ctx, member.id, "pokok", fund.pokok_amount, joined_on, payer_name)
    return member


def join_fund(ctx: ServiceContext, fund_id: str, person_id: str, joined_on: date, pay_pokok: bool = True,
              payer_name: str = "") -> MemberAccountDTO:
    """A person joins the fund; simpanan pokok is deposited that day when the fund sets one (and pay_pokok)."""
    with ctx.unit_of_work() as session:
        member = join_fund_in(session, ctx, fund_id, person_id, joined_on, pay_pokok, payer_name)
        return accounts_in(session, [member], joined_on)[0]


def leave_fund_in(session: Session, ctx: ServiceContext, member_id: str, left_on: date) -> FundMember:
    """Leaving: refused while the member has open loans or sukarela savings (withdraw or settle them first);
    their simpanan pokok and wajib are paid back on the day they leave (withdrawals with receipts)."""
    member = get_live(session, FundMember, member_id)
    name = member.person.name
    if member.left_on is not None:
        raise ValidationError([Issue("left_on", _("{name} sudah keluar pada {day}.").format(
            name=name, day=short_date(member.left_on)))])
    raise_if_errors(day_issues("left_on", left_on, ctx.today(), member.joined_on, _("tanggal masuk")))
    account = accounts_in(session, [member], left_on)[0]
    later = accounts_in(session, [member], max(left_on, ctx.today()))[0]
    issues: list[Issue] = []
    if max(account.open_loans, later.open_loans):
        issues.append(Issue("left_on", _("{name} masih mempunyai pinjaman berjalan (sisa pokok {amount}): lunasi "
                                         "pinjamannya dulu, baru keluar.").format(
            name=name, amount=rupiah(max(account.principal_outstanding, later.principal_outstanding)))))
    if account.sukarela or later.sukarela:
        issues.append(Issue("left_on", _("{name} masih mempunyai simpanan sukarela {amount}: tarik simpanannya "
                                         "dulu, baru keluar.").format(
            name=name, amount=rupiah(max(account.sukarela, later.sukarela)))))
    raise_if_errors(issues)
    from desmig_desktop.savings.services.moves import withdraw_in

    for kind in SAVINGS_KINDS:
        amount = getattr(later, kind)
        if amount > 0:
            withdraw_in(session, ctx, member.id, amount, left_on, _("Pengembalian saat keluar"), kind, leaving=True)
    member.left_on = left_on
    session.flush()
    return member


def leave_fund(ctx: ServiceContext, member_id: str, left_on: date) -> MemberAccountDTO:
    with ctx.unit_of_work() as session:
        member = leave_fund_in(session, ctx, member_id, left_on)
        return accounts_in(session, [member], left_on)[0]
