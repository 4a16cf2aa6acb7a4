"""The demo village's simpan pinjam (issue 9 point 13) on a real SQLite file, as of the demo's day (31/10/2026):
a fund per production group, savings from 2017, loans of every status, 2017-2025 closed with their SHU."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.registry.demo_homes import DATA_END
from desmig_desktop.savings.rules import add_months
from desmig_desktop.savings.services import funds, loan_queries, members, moves, yearend
from desmig_desktop.savings.services.book import fund_cash

from tests.conftest import demo_copy

pytestmark = pytest.mark.slow
SIZES = {"Dana Simpan Pinjam Salak": 13, "Dana Simpan Pinjam Daging": 11, "Dana Simpan Pinjam Singkong": 13,
         "Dana Simpan Pinjam Batik": 13}


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file):
    ctx = ServiceContext.open(demo_copy(demo_file, tmp_path_factory.mktemp("demo") / "kuripan.db"),
                              officer="Petugas Demo")
    ctx.today_override = date(2026, 11, 23)
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def loans(demo):
    return loan_queries.list_loans(demo, as_of=DATA_END)


def test_each_production_group_runs_a_fund_with_its_members(demo):
    found = {f.name: f for f in funds.list_funds(demo)}
    assert set(found) == set(SIZES)
    for name, fund in found.items():
        assert fund.group_name == name.replace("Dana Simpan Pinjam", "Kelompok Produksi")
        assert fund.opened_on.year == 2017 and fund.fee_bp == 200 and fund.wajib_amount > 0
        summary = funds.fund_summary(demo, fund.id, DATA_END)
        assert summary.members == SIZES[name]
        assert summary.savings["pokok"] == SIZES[name] * fund.pokok_amount
        assert summary.savings["wajib"] > 0 and summary.savings["sukarela"] > 0
    assert {f.late_fee_kind for f in found.values()} == {"none", "flat", "percent"}


def test_loans_by_status_on_the_demo_day(demo, loans):
    status = Counter(r.status for r in loans)
    assert status["lunas"] > 0.9 * len(loans) and len(loans) > 100
    over_90 = [r for r in loans if r.bucket == "90+"]
    assert len(over_90) == 1 and over_90[0].days_past_due > 90 and over_90[0].status == "menunggak"
    assert status["dihentikan"] == 1 and status["lancar"] >= 1
    assert [r.bucket for r in loans if r.status == "menunggak" and r.bucket != "90+"] == ["1-30"]
    assert any(r.borrower_kind == "group" for r in loans)
    assert all(r.disbursed_on <= DATA_END for r in loans)


def test_the_paused_loan_is_paid_by_the_husband_abroad(demo, loans):
    paused = next(r for r in loans if r.status == "dihentikan")
    detail = loan_queries.loan_detail(demo, paused.id, DATA_END)
    assert [p.kind for p in detail.pauses] == ["pause"] and "terlambat" in detail.pauses[0].reason
    assert detail.payments and all(p.payer and p.payer != paused.borrower_name for p in detail.payments)


def test_some_loans_were_paid_late_with_denda_and_some_members_are_behind_on_wajib(demo):
    late_fees = sum(funds.fund_summary(demo, f.id, date(y, 12, 30)).late_fee_income
                    for f in funds.list_funds(demo) for y in range(2017, 2026))
    assert late_fees > 0
    behind = [m for f in funds.list_funds(demo) for m in members.wajib_arrears(demo, f.id, DATA_END)]
    assert behind and all(m.wajib_owed > 0 for m in behind)


def test_years_2017_to_2025_are_closed_with_their_shu(demo):
    for fund in funds.list_funds(demo):
        assert fund.closed_years == tuple(range(2017, 2026))
        shu = yearend.preview_shu(demo, fund.id, 2025)
        assert shu.posted and shu.surplus > 0 and shu.shares
        assert sum(s.amount for s in shu.shares) + shu.reserve == shu.surplus
        member = shu.shares[0].member_id
        with pytest.raises(ValidationError) as err:
            moves.deposit(demo, member, "sukarela", 10_000, date(2025, 12, 31))
        assert "Tutup buku 2025" in str(err.value)


def test_each_funds_cash_is_never_below_zero_on_a_month_end(demo):
    with demo.reader() as session:
        for fund in funds.list_funds(demo):
            day = date(2017, 2, 28)
            while day <= DATA_END:
                assert fund_cash(session, fund.id, day) >= 0, (fund.name, day)
                day = add_months(day.replace(day=1), 2) - timedelta(days=1)
