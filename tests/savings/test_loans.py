"""Disbursing a loan (issue 9 point 4): the checks an officer meets, each naming the field and the fix, and what a
saved loan shows (schedule, number, the fund's cash after it), on a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.savings.dto import LoanInput
from desmig_desktop.savings.services import funds, loans, payments
from desmig_desktop.savings.services.loan_queries import list_loans
from tests.savings.loan_setup import lender, make_lender, member_loan, pay  # noqa: F401  (lender: a fixture)


def _refused(call, *args) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        call(*args)
    return err.value


def test_a_loan_is_disbursed_with_its_schedule_number_and_the_cash_it_took(ctx, lender):
    preview = loans.preview_loan(ctx, member_loan(lender))
    assert [(i.number, i.due_on, i.principal, i.fee) for i in preview.schedule] == [
        (1, date(2017, 2, 28), 333_333, 20_000), (2, date(2017, 3, 31), 333_333, 20_000),
        (3, date(2017, 4, 30), 333_334, 20_000)]
    assert (preview.monthly_fee, preview.total_fee, preview.total_to_repay, preview.available_cash) == (
        20_000, 60_000, 1_060_000, 10_000_000)

    detail = loans.disburse_loan(ctx, member_loan(lender, purpose="Modal dodol salak"))
    row = detail.row
    assert (row.number, row.borrower_name, row.phone, row.principal, row.term_months, row.fee_bp) == (
        "PJ/2017/0001", "Bariyah", "08123000001", 1_000_000, 3, 200)
    assert detail.late_fee_rule == "Denda Rp5.000 per angsuran per 30 hari terlambat"
    assert funds.fund_summary(ctx, lender.fund_id, date(2017, 1, 30)).cash == 10_000_000
    assert funds.fund_summary(ctx, lender.fund_id, date(2017, 1, 31)).cash == 9_000_000
    second = loans.disburse_loan(ctx, member_loan(lender, "Tukinem", 500_000, date(2017, 2, 1)))
    assert second.row.number == "PJ/2017/0002"
    [shown] = list_loans(ctx, lender.fund_id, as_of=date(2017, 1, 31))
    assert (shown.number, shown.principal_outstanding, shown.status, shown.next_due_on, shown.next_due_amount) == (
        "PJ/2017/0001", 1_000_000, "lancar", date(2017, 2, 28), 353_333)


def test_a_loan_larger_than_the_cash_on_that_day_is_refused_with_what_is_available(ctx, lender):
    err = _refused(loans.disburse_loan, ctx, member_loan(lender, principal=10_000_001))
    assert err.for_field("principal") == [
        "Kas dana pada 31/01/2017 hanya Rp10.000.000: pinjaman paling besar Rp10.000.000."]
    assert list_loans(ctx, lender.fund_id) == []
    loans.disburse_loan(ctx, member_loan(lender, "Tukinem", 6_000_000, date(2017, 3, 1)))
    # a back-dated loan may not take cash that a later loan already took
    err = _refused(loans.preview_loan, ctx, member_loan(lender, principal=4_500_000, on=date(2017, 2, 1)))
    assert err.for_field("principal") == [
        "Kas dana pada 01/02/2017 hanya Rp4.000.000: pinjaman paling besar Rp4.000.000."]
    assert _refused(loans.preview_loan, ctx, member_loan(lender, principal=0)).for_field("principal") == [
        "Jumlah pinjaman: isi lebih dari Rp0."]


def test_term_is_1_to_12_months_and_defaults_to_the_funds(ctx, village):
    lender = make_lender(ctx, default_term=6)
    assert _refused(loans.preview_loan, ctx, member_loan(lender, term=13)).for_field("term_months") == [
        "Jangka waktu: isi 1 sampai 12 bulan."]
    detail = loans.disburse_loan(ctx, member_loan(lender, term=0))
    assert detail.row.term_months == 6
    assert [i.due_on for i in detail.state.installments][-1] == date(2017, 7, 31)


def test_open_loans_per_borrower_are_limited_on_the_disbursal_date(ctx, lender):
    first = loans.disburse_loan(ctx, member_loan(lender)).row
    err = _refused(loans.disburse_loan, ctx, member_loan(lender, principal=200_000, on=date(2017, 3, 1)))
    assert err.for_field("member_id") == [
        "Peminjam masih punya 1 pinjaman berjalan pada 01/03/2017 (paling banyak 1): lunasi dulu pinjaman itu atau "
        "pilih peminjam lain."]
    payments.record_payment(ctx, pay(first.id, date(2017, 3, 10), 1_065_000))  # 5.000 denda: 10 days late
    err = _refused(loans.disburse_loan, ctx, member_loan(lender, principal=200_000, on=date(2017, 3, 9)))
    assert err.for_field("member_id")  # still open that day
    again = loans.disburse_loan(ctx, member_loan(lender, principal=200_000, on=date(2017, 3, 10)))
    assert again.row.number == "PJ/2017/0002"


def test_a_member_abroad_on_the_disbursal_date_needs_a_representative(ctx, lender):
    before = loans.preview_loan(ctx, member_loan(lender, "Sumiyati", on=date(2017, 2, 28)))
    assert before.abroad == ""
    err = _refused(loans.disburse_loan, ctx, member_loan(lender, "Sumiyati", on=date(2017, 3, 15)))
    assert err.for_field("representative_name") == [
        "Wakil peminjam: peminjam sedang bekerja di Taiwan pada 15/03/2017; isi nama wakil yang menandatangani dan "
        "mengurus pinjaman (mis. suami/istri)."]
    data = member_loan(lender, "Sumiyati", on=date(2017, 3, 15), representative_name="Parno",
                       representative_relation="suami", representative_phone="0812555")
    assert loans.preview_loan(ctx, data).abroad == "Taiwan"
    detail = loans.disburse_loan(ctx, data)
    assert detail.row.representative == "Parno (suami, 0812555)"
    assert detail.representative_name == "Parno"


def test_the_borrower_must_be_an_active_member_or_a_group(ctx, lender):
    err = _refused(loans.preview_loan, ctx, member_loan(lender, on=date(2017, 1, 4)))
    assert err.for_field("member_id") == [
        "Peminjam: Bariyah bukan anggota aktif pada 04/01/2017; pilih anggota aktif atau ubah tanggal pencairan."]
    err = _refused(loans.preview_loan, ctx, LoanInput(lender.fund_id, "group", 100_000, date(2017, 2, 1)))
    assert err.for_field("group_id") == ["Peminjam: pilih kelompok produksi yang terdaftar."]
    detail = loans.disburse_loan(ctx, LoanInput(lender.fund_id, "group", 2_000_000, date(2017, 2, 1), 3,
                                                group_id=lender.group_id, purpose="Beli vacuum fryer"))
    assert (detail.row.borrower_kind, detail.row.borrower_name, detail.row.person_id) == (
        "group", "Kelompok Salak", None)


def test_a_loan_copies_the_funds_terms_when_it_is_made(ctx, lender):
    loan = loans.disburse_loan(ctx, member_loan(lender)).row
    fund = funds.get_fund(ctx, lender.fund_id)
    funds.update_fund(ctx, lender.fund_id, replace(_as_input(fund), fee_bp=300, late_fee_amount=10_000))
    detail = loans.loan_detail(ctx, loan.id, date(2017, 2, 1))
    assert detail.row.fee_bp == 200
    assert {i.fee for i in detail.state.installments} == {20_000}
    assert detail.late_fee_rule == "Denda Rp5.000 per angsuran per 30 hari terlambat"


def _as_input(fund):  # type: ignore[no-untyped-def]
    from desmig_desktop.savings.dto import FundInput

    return FundInput(**{f: getattr(fund, f) for f in FundInput.__dataclass_fields__})
