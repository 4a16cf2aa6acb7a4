"""Beranda's Simpan Pinjam tile: loans outstanding, PAR30 and the instalments due this week, as the officer reads
them (today is Monday 23/11/2026)."""

from __future__ import annotations

from datetime import date

from desmig_desktop.savings.home import home_tiles, week_of
from desmig_desktop.savings.services.loans import disburse_loan
from tests.savings.loan_setup import make_lender, member_loan


def test_the_tile_figures(ctx, village):
    lender = make_lender(ctx)
    assert [f.key for f in home_tiles(ctx)[0].figures] == ["loans:outstanding", "loans:par30", "loans:due_week"]
    disburse_loan(ctx, member_loan(lender, "Bariyah", 1_500_000, date(2026, 9, 1)))    # 53 days late: PAR30
    disburse_loan(ctx, member_loan(lender, "Tukinem", 1_000_000, date(2026, 11, 1)))   # next due 01/12
    disburse_loan(ctx, member_loan(lender, "Sumiyati", 800_000, date(2026, 10, 25),    # due 25/11: Rp266.666 + jasa
                                   representative_name="Darto"))
    tile = home_tiles(ctx)[0]
    figures = {f.key: f for f in tile.figures}
    outstanding, par30, due = figures["loans:outstanding"], figures["loans:par30"], figures["loans:due_week"]
    assert (outstanding.value, outstanding.money, outstanding.label) == (
        3_300_000, True, "Pinjaman beredar (3 pinjaman, sisa pokok)")
    assert (par30.value, par30.tone) == (1_500_000, "warn")
    assert par30.label.startswith("PAR30 45,5%")
    assert (due.value, due.label) == (1, "Angsuran jatuh tempo minggu ini (Rp282.666)")
    assert "loans" in tile.kinds and "funds" in tile.kinds


def test_no_fund_yet_says_so(ctx, village):
    tile = home_tiles(ctx)[0]
    assert tile.figures == () and tile.note == "Belum ada dana simpan pinjam."


def test_the_week_runs_monday_to_sunday():
    assert week_of(date(2026, 11, 23)) == (date(2026, 11, 23), date(2026, 11, 29))
    assert week_of(date(2026, 11, 29)) == (date(2026, 11, 23), date(2026, 11, 29))
