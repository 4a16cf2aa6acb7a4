"""Members: joining with simpanan pokok, numbers, leaving, accounts as of a day with the registry's abroad rule,
a person's savings in every fund (issue 9 point 3)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.ledger.models import JournalEntry
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PlacementInput
from desmig_desktop.savings.dto import FundInput
from desmig_desktop.savings.services import funds, members, moves
from tests.savings.conftest import register


def _count(ctx) -> int:
    with ctx.reader() as s:
        return s.scalar(select(func.count(JournalEntry.id)))


def test_joining_pays_pokok_and_numbers_members(ctx, kuripan):
    accounts = members.member_accounts(ctx, kuripan.fund_id, date(2017, 1, 5))
    assert [(a.name, a.number, a.pokok, a.phone) for a in accounts] == [
        ("Bariyah", "A-002", 50_000, "08120000002"), ("Siti", "A-001", 50_000, "08120000001"),
        ("Tukinem", "A-003", 50_000, "08120000003")]
    pid = register(ctx, "Wartini", 4)
    late = members.join_fund(ctx, kuripan.fund_id, pid, date(2017, 2, 1), pay_pokok=False)
    assert (late.number, late.pokok, late.savings_total) == ("A-004", 0, 0)
    r = moves.deposit(ctx, late.id, "pokok", 50_000, date(2017, 2, 3), payer_name="Darmo")
    assert (r.purpose, r.received_from, r.on_behalf_of) == ("Setoran simpanan pokok", "Darmo", "Wartini")


def test_joining_twice_and_before_the_fund_opened_is_refused(ctx, kuripan):
    before = _count(ctx)
    with pytest.raises(ValidationError) as err:
        members.join_fund(ctx, kuripan.fund_id, kuripan.people["Siti"], date(2017, 3, 1))
    assert err.value.for_field("person_id") == [
        "Siti sudah menjadi anggota Dana Desmigratif Kuripan (no. A-001) sejak 05/01/2017."]
    with pytest.raises(ValidationError) as err:
        members.join_fund(ctx, kuripan.fund_id, register(ctx, "Wartini", 4), date(2016, 12, 1))
    assert "sebelum dana dibuka (02/01/2017)" in err.value.for_field("joined_on")[0]
    assert _count(ctx) == before


def test_wajib_arrears_and_abroad_as_of_a_day(ctx, kuripan):
    registry.add_placement(ctx, kuripan.people["Tukinem"], PlacementInput(
        "aktif", "Taiwan", "informal", departed_on=date(2017, 3, 1)))
    moves.deposit(ctx, kuripan.members["Siti"], "wajib", 20_000, date(2017, 2, 1))
    feb = members.wajib_arrears(ctx, kuripan.fund_id, date(2017, 2, 28))
    assert [(a.name, a.wajib_owed, a.abroad) for a in feb] == [("Bariyah", 20_000, ""), ("Tukinem", 20_000, "")]
    mar = {a.name: a for a in members.member_accounts(ctx, kuripan.fund_id, date(2017, 3, 1))}
    assert (mar["Tukinem"].abroad, mar["Siti"].wajib_owed, mar["Bariyah"].wajib_owed) == ("Taiwan", 10_000, 30_000)


def test_leaving_refused_with_savings_then_pays_back_pokok_and_wajib(ctx, kuripan):
    siti = kuripan.members["Siti"]
    moves.deposit(ctx, siti, "wajib", 10_000, date(2017, 1, 10))
    moves.deposit(ctx, siti, "sukarela", 75_000, date(2017, 1, 10))
    before = _count(ctx)
    with pytest.raises(ValidationError) as err:
        members.leave_fund(ctx, siti, date(2017, 6, 30))
    assert err.value.for_field("left_on") == [
        "Siti masih mempunyai simpanan sukarela Rp75.000: tarik simpanannya dulu, baru keluar."]
    assert _count(ctx) == before
    moves.withdraw(ctx, siti, 75_000, date(2017, 6, 30))
    gone = members.leave_fund(ctx, siti, date(2017, 6, 30))
    assert (gone.left_on, gone.savings_total, gone.wajib_owed) == (date(2017, 6, 30), 0, 0)
    s = funds.fund_summary(ctx, kuripan.fund_id, date(2017, 6, 30))
    assert (s.members, s.cash, s.savings["pokok"]) == (2, 2_150_000 - 50_000, 100_000)
    with pytest.raises(ValidationError) as err:
        moves.deposit(ctx, siti, "wajib", 10_000, date(2017, 7, 1))
    assert "sudah keluar dari dana pada 30/06/2017" in err.value.for_field("moved_on")[0]
    assert [a.name for a in members.wajib_arrears(ctx, kuripan.fund_id, date(2017, 7, 31))] == ["Bariyah", "Tukinem"]


def test_person_savings_in_every_fund(ctx, kuripan):
    other = funds.create_fund(ctx, FundInput("Dana Sigaluh", date(2017, 1, 2), pokok_amount=25_000))
    members.join_fund(ctx, other.id, kuripan.people["Siti"], date(2017, 2, 1))
    accounts, loans = members.person_savings(ctx, kuripan.people["Siti"], date(2017, 2, 1))
    assert sorted((a.fund_id == other.id, a.pokok) for a in accounts) == [(False, 50_000), (True, 25_000)]
    assert loans == []
    assert len(members.person_savings(ctx, kuripan.people["Siti"], date(2017, 1, 31))[0]) == 1


def test_leaving_refused_with_an_open_loan(ctx, village):
    from desmig_desktop.savings.services import loans
    from tests.savings.loan_setup import make_lender, member_loan

    lender = make_lender(ctx)
    loans.disburse_loan(ctx, member_loan(lender, principal=600_000))
    before = _count(ctx)
    with pytest.raises(ValidationError) as err:
        members.leave_fund(ctx, lender.members["Bariyah"], date(2017, 2, 15))
    assert err.value.for_field("left_on") == [
        "Bariyah masih mempunyai pinjaman berjalan (sisa pokok Rp600.000): lunasi pinjamannya dulu, baru keluar."]
    assert _count(ctx) == before
    account = members.member_accounts(ctx, lender.fund_id, date(2017, 2, 15))[0]
    assert (account.name, account.open_loans, account.principal_outstanding) == ("Bariyah", 1, 600_000)


def test_person_page_shows_their_loans_and_the_disbursal_receipt(ctx, village):
    from desmig_desktop.savings.services import loans
    from tests.savings.loan_setup import make_lender, member_loan

    lender = make_lender(ctx)
    loan = loans.disburse_loan(ctx, member_loan(lender, principal=750_000))
    accounts, rows = members.person_savings(ctx, lender.people["Bariyah"], date(2017, 2, 1))
    assert [(a.name, a.open_loans, a.principal_outstanding) for a in accounts] == [("Bariyah", 1, 750_000)]
    assert [(r.number, r.principal_outstanding) for r in rows] == [(loan.row.number, 750_000)]
    assert members.person_savings(ctx, lender.people["Tukinem"], date(2017, 2, 1))[1] == []
    r = moves.receipt(ctx, "loan", loan.row.id)
    assert (r.direction, r.receipt_no, r.on_behalf_of, r.amount_words) == (
        "out", loan.row.number, "Bariyah", "tujuh ratus lima puluh ribu rupiah")
