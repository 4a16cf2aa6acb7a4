"""Year-end SHU (issue 9 point 9): a split worked by hand, posted, the year locked; the refusals; a loss.

Dana Kuripan Makmur (opened 02/01/2025, pokok Rp50.000, jasa 2 %/month, SHU 40 % savings, 40 % fees, 20 %
reserve), capital Rp3.000.000. Ani, Budi and Citra join on 02/01/2025 (pokok Rp50.000 each); sukarela: Ani
Rp150.000, Budi Rp250.000 → savings at 31/12/2025: Ani 200.000, Budi 300.000, Citra 50.000 (total 550.000).
Loans of 3 months, every instalment paid on its due date: Ani 1.000.000 (jasa 20.000 × 3 = 60.000), Budi
500.000 (10.000 × 3 = 30.000), Kelompok Salak 300.000 (6.000 × 3 = 18.000). Cost (ATK) Rp8.000.
SHU = 108.000 − 8.000 = 100.000 → savings part 40.000, fees part 40.000, reserve 20.000.
Savings part (largest remainder over 550.000): Ani 14.545,45 → 14.546, Budi 21.818,18 → 21.818, Citra 3.636,36 → 3.636.
Fees part (the group's 18.000 jasa is in the surplus but a group is not a member): Ani 60/90 → 26.666,67 → 26.667,
Budi 30/90 → 13.333. Shares: Ani 41.213, Budi 35.151, Citra 3.636 (sum 80.000) + reserve 20.000 = 100.000.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.production.services import groups
from desmig_desktop.production.services.groups import GroupInput
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput
from desmig_desktop.savings.dto import FundInput, LedgerFilter, LoanInput, PaymentInput
from desmig_desktop.savings.rules import schedule
from desmig_desktop.savings.services import funds, loans, members, moves, yearend


def _person(ctx, name: str, i: int) -> str:
    born = date(1980 + i, i, 10 + i)
    return registry.register_person(ctx, PersonInput(make_nik("330709", born, "P", i), name, "P", born)).id


def _repay(ctx, loan) -> None:
    for inst in schedule(loan.row.principal, loan.row.term_months, loan.row.fee_bp, loan.row.disbursed_on):
        loans.record_payment(ctx, PaymentInput(loan.row.id, inst.due_on, inst.total))


@pytest.fixture
def fund(ctx, village):
    group_id = groups.create_group(ctx, GroupInput("Kelompok Salak", "Olahan salak", date(2017, 1, 10))).id
    f = funds.create_fund(ctx, FundInput("Dana Kuripan Makmur", date(2025, 1, 2), pokok_amount=50_000, fee_bp=200,
                                         shu_savings_pct=40, shu_fees_pct=40))
    funds.add_fund_cash(ctx, f.id, "capital", 3_000_000, date(2025, 1, 2), "Modal dari Dana Desa")
    ids = {}
    for i, name in enumerate(["Ani", "Budi", "Citra"], start=1):
        ids[name] = members.join_fund(ctx, f.id, _person(ctx, name, i), date(2025, 1, 2)).id
    moves.deposit(ctx, ids["Ani"], "sukarela", 150_000, date(2025, 1, 10))
    moves.deposit(ctx, ids["Budi"], "sukarela", 250_000, date(2025, 1, 10))
    for data in (LoanInput(f.id, "member", 1_000_000, date(2025, 2, 1), member_id=ids["Ani"]),
                 LoanInput(f.id, "member", 500_000, date(2025, 3, 1), member_id=ids["Budi"]),
                 LoanInput(f.id, "group", 300_000, date(2025, 4, 1), group_id=group_id)):
        _repay(ctx, loans.disburse_loan(ctx, data))
    funds.add_fund_cash(ctx, f.id, "cost", 8_000, date(2025, 6, 30), "ATK")
    moves.deposit(ctx, ids["Citra"], "sukarela", 900_000, date(2026, 1, 5))  # after the year: not in the basis
    return f, ids


def test_known_answer_split_shown_before_it_is_posted(ctx, fund):
    f, ids = fund
    shu = yearend.preview_shu(ctx, f.id, 2025)
    assert (shu.fee_income, shu.late_fee_income, shu.costs, shu.surplus) == (108_000, 0, 8_000, 100_000)
    assert not shu.posted and shu.reserve == 20_000
    assert [(s.name, s.savings_basis, s.fees_basis, s.amount) for s in shu.shares] == [
        ("Ani", 200_000, 60_000, 41_213), ("Budi", 300_000, 30_000, 35_151), ("Citra", 50_000, 0, 3_636)]
    assert sum(s.amount for s in shu.shares) + shu.reserve == shu.surplus
    assert members.member_accounts(ctx, f.id)[0].sukarela == 150_000  # nothing posted by a preview


def test_close_year_posts_the_shares_to_sukarela_and_keeps_the_reserve(ctx, fund):
    f, ids = fund
    cash_before = funds.fund_summary(ctx, f.id, as_of=date(2025, 12, 31)).cash
    closed = yearend.close_year(ctx, f.id, 2025)
    assert closed.posted and [s.amount for s in closed.shares] == [41_213, 35_151, 3_636]
    accounts = {a.name: a for a in members.member_accounts(ctx, f.id, as_of=date(2025, 12, 31))}
    assert (accounts["Ani"].sukarela, accounts["Budi"].sukarela, accounts["Citra"].sukarela) == (191_213, 285_151, 3_636)
    summary = funds.fund_summary(ctx, f.id, as_of=date(2025, 12, 31))
    assert summary.equity == 20_000 and summary.cash == cash_before  # SHU moves no cash
    assert 2025 in funds.get_fund(ctx, f.id).closed_years
    assert yearend.preview_shu(ctx, f.id, 2025) == closed  # the posted figures from now on
    rows = moves.fund_ledger(ctx, f.id, LedgerFilter(kind="shu"))
    assert [(r.posted_on, r.cash_in, r.cash_out) for r in rows] == [(date(2025, 12, 31), 0, 0)]


def test_the_closed_year_refuses_a_deposit_naming_the_officer(ctx, fund):
    f, ids = fund
    yearend.close_year(ctx, f.id, 2025)
    with pytest.raises(ValidationError) as err:
        moves.deposit(ctx, ids["Citra"], "sukarela", 10_000, date(2025, 6, 1))
    assert "Siti Petugas" in str(err.value) and "Tutup buku 2025" in str(err.value)
    assert members.member_accounts(ctx, f.id, as_of=date(2025, 12, 31))[2].sukarela == 3_636
    moves.deposit(ctx, ids["Citra"], "sukarela", 10_000, date(2026, 1, 6))  # the next year is open


def test_refusals_not_over_twice_and_an_earlier_open_year(ctx, fund):
    f, ids = fund
    with pytest.raises(ValidationError) as err:
        yearend.close_year(ctx, f.id, 2026)
    assert "belum selesai" in str(err.value) and "1 Januari 2027" in str(err.value)
    yearend.close_year(ctx, f.id, 2025)
    with pytest.raises(ValidationError) as err:
        yearend.close_year(ctx, f.id, 2025)
    assert "sudah ditutup" in str(err.value) and "Siti Petugas" in str(err.value)
    later = replace(ctx, today_override=date(2028, 1, 2))
    with pytest.raises(ValidationError) as err:
        yearend.close_year(later, f.id, 2027)
    assert "2026" in str(err.value) and "masih terbuka" in str(err.value)
    with pytest.raises(ValidationError) as err:
        yearend.preview_shu(ctx, f.id, 2024)
    assert "baru dibuka" in str(err.value)


def test_a_loss_is_shared_with_nobody_and_the_year_is_still_locked(ctx, village):
    f = funds.create_fund(ctx, FundInput("Dana Sigaluh", date(2025, 1, 2), pokok_amount=10_000))
    funds.add_fund_cash(ctx, f.id, "capital", 100_000, date(2025, 1, 2), "Modal")
    member = members.join_fund(ctx, f.id, _person(ctx, "Dewi", 4), date(2025, 1, 3))
    funds.add_fund_cash(ctx, f.id, "cost", 25_000, date(2025, 5, 1), "Rapat anggota")
    closed = yearend.close_year(ctx, f.id, 2025)
    assert (closed.surplus, closed.reserve) == (-25_000, -25_000)
    assert [(s.name, s.amount) for s in closed.shares] == [("Dewi", 0)]
    assert funds.fund_summary(ctx, f.id, as_of=date(2025, 12, 31)).equity == -25_000
    assert members.member_accounts(ctx, f.id)[0].sukarela == 0
    with pytest.raises(ValidationError):
        moves.deposit(ctx, member.id, "sukarela", 5_000, date(2025, 12, 31))
