"""Funds: settings checked in Indonesian, listed by name, summarised as of a day from the ledger; capital and
costs with their receipts (issue 9 points 1, 3, 10)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.ledger.models import JournalEntry
from desmig_desktop.production.services import groups
from desmig_desktop.production.services.groups import GroupInput
from desmig_desktop.savings.dto import FundInput
from desmig_desktop.savings.services import funds, moves


def _count(ctx) -> int:
    with ctx.reader() as s:
        return s.scalar(select(func.count(JournalEntry.id)))


def test_fund_settings_are_checked_field_by_field(ctx, village):
    group_id = groups.create_group(ctx, GroupInput("Kelompok Salak")).id
    funds.create_fund(ctx, FundInput("Dana Salak", date(2017, 1, 2), group_id=group_id))
    bad = FundInput(" ", date(2017, 1, 2), group_id=group_id, fee_bp=1200, default_term=13, max_open_loans=0,
                    shu_savings_pct=70, shu_fees_pct=40, late_fee_kind="sering")
    with pytest.raises(ValidationError) as err:
        funds.create_fund(ctx, bad)
    assert err.value.for_field("name") == ["Nama dana wajib diisi, mis. Dana Simpan Pinjam Kelompok Salak."]
    assert err.value.for_field("fee_bp") == ["Jasa per bulan harus 0–10 %, mis. 2 %."]
    assert err.value.for_field("default_term") == ["Jangka waktu pinjaman harus 1–12 bulan, mis. 3."]
    assert err.value.for_field("max_open_loans") == ["Pinjaman berjalan per peminjam paling sedikit 1."]
    assert "paling banyak 100 %" in err.value.for_field("shu_fees_pct")[0]
    assert err.value.for_field("late_fee_kind")
    assert err.value.for_field("group_id") == ["Kelompok Salak sudah mempunyai dana Dana Salak: satu kelompok satu dana."]
    with pytest.raises(ValidationError) as err:
        funds.create_fund(ctx, FundInput("Dana X", date(2017, 1, 2), late_fee_kind="flat", late_fee_amount=0))
    assert err.value.for_field("late_fee_amount")
    assert [f.name for f in funds.list_funds(ctx)] == ["Dana Salak"]


def test_create_update_list_and_get(ctx, village):
    group_id = groups.create_group(ctx, GroupInput("Kelompok Salak")).id
    b = funds.create_fund(ctx, FundInput("  Dana   Salak ", date(2017, 1, 2), group_id=group_id, wajib_amount=10_000))
    a = funds.create_fund(ctx, FundInput("Dana Desa", date(2017, 1, 2)))
    assert (b.name, b.group_name, b.reserve_pct, b.closed_years) == ("Dana Salak", "Kelompok Salak", 20, ())
    assert [f.name for f in funds.list_funds(ctx)] == ["Dana Desa", "Dana Salak"]
    changed = funds.update_fund(ctx, b.id, replace(FundInput("Dana Salak", date(2017, 1, 2), group_id=group_id),
                                                   fee_bp=150, shu_savings_pct=50, shu_fees_pct=30))
    assert (changed.fee_bp, changed.reserve_pct) == (150, 20)
    assert funds.get_fund(ctx, b.id) == changed
    funds.update_fund(ctx, b.id, FundInput("Dana Salak", date(2017, 1, 2), group_id=group_id))  # its own group is fine
    assert funds.get_fund(ctx, a.id).group_id is None


def test_summary_of_a_fund_with_members(ctx, kuripan):
    s = funds.fund_summary(ctx, kuripan.fund_id, date(2017, 1, 5))
    assert (s.cash, s.savings_total, s.members, s.capital, s.open_loans, s.principal_outstanding) == (
        2_150_000, 150_000, 3, 2_000_000, 0, 0)
    assert [a.bucket for a in s.aging] == ["lancar", "1-30", "31-60", "61-90", "90+"]
    assert (s.par30_bp, s.fee_income, s.equity) == (0, 0, 0)
    assert funds.fund_summary(ctx, kuripan.fund_id, date(2017, 1, 4)).members == 0
    assert [x.cash for x in funds.all_fund_summaries(ctx, date(2017, 1, 3))] == [2_000_000]
    assert funds.fund_summary(ctx, kuripan.fund_id).as_of == ctx.today()


def test_capital_and_cost_receipts(ctx, kuripan):
    r = funds.add_fund_cash(ctx, kuripan.fund_id, "cost", 1_250_000, date(2017, 2, 1), "Lemari arsip")
    assert (r.receipt_no, r.direction, r.purpose) == ("KW/2017/0005", "out", "Biaya: Lemari arsip")
    assert r.amount_words == "satu juta dua ratus lima puluh ribu rupiah"
    c = funds.add_fund_cash(ctx, kuripan.fund_id, "capital", 2_950_000, date(2018, 1, 3), "Dana desa 2018")
    assert (c.receipt_no, c.direction, c.received_from) == ("KW/2018/0001", "in", "Dana desa 2018")
    assert c.amount_words == "dua juta sembilan ratus lima puluh ribu rupiah"
    assert moves.receipt(ctx, "savings_fund_cash", c.source_id) == c
    assert funds.fund_summary(ctx, kuripan.fund_id, date(2018, 1, 3)).cash == 2_150_000 - 1_250_000 + 2_950_000


def test_fund_cash_refusals_write_nothing(ctx, kuripan):
    before = _count(ctx)
    cases = [
        (("gaji", 5_000, date(2017, 2, 1), "x"), "kind", "Jenis kas harus modal atau biaya."),
        (("cost", -5_000, date(2017, 2, 1), "x"), "amount", "Jumlah harus lebih dari Rp0"),
        (("cost", 5_000, date(2016, 12, 31), "x"), "moved_on", "sebelum dana dibuka (02/01/2017)"),
        (("cost", 5_000, date(2017, 2, 1), " "), "description", "Keterangan wajib diisi"),
        # the cash on 03/01/2017 is 2.000.000 (the pokok came on 05/01): a cost dated then is refused
        (("cost", 2_100_000, date(2017, 1, 3), "Sewa"), "amount", "Kas dana pada 03/01/2017 hanya Rp2.000.000"),
    ]
    for args, field, message in cases:
        with pytest.raises(ValidationError) as err:
            funds.add_fund_cash(ctx, kuripan.fund_id, *args)
        assert message in err.value.for_field(field)[0]
    # a cost dated before a later withdrawal may not leave that one without cash
    funds.add_fund_cash(ctx, kuripan.fund_id, "cost", 2_150_000, date(2017, 1, 6), "Pindah ke rekening bank")
    before = _count(ctx)
    with pytest.raises(ValidationError) as err:
        funds.add_fund_cash(ctx, kuripan.fund_id, "cost", 10_000, date(2017, 1, 5), "ATK")
    assert "Kas dana pada 05/01/2017 hanya Rp0" in str(err.value)
    assert _count(ctx) == before
