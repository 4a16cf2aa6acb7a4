"""Simpan Pinjam's tile on Beranda (core.pillar.Tile): the loans outstanding, PAR30 and the instalments due this
week, over every fund of the village.

Screen code without widgets: `home_tiles(ctx)` runs on the home page's worker thread and calls the area's use
cases; a click opens the Simpan Pinjam page on its Pinjaman tab. It imports no screen of the area (they load when
a click first opens the page).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from desmig_desktop.core.formatting import percent, rupiah
from desmig_desktop.core.i18n import _, n_
from desmig_desktop.core.pillar import Figure, Tile
from desmig_desktop.savings.services.funds import all_fund_summaries
from desmig_desktop.savings.services.loan_queries import due_between

PAGE = "funds"  # the Simpan Pinjam page's key (savings.pillar)
# The change kinds that make the tile stale: savings.ui.FUNDS and savings.ui.loan_parts.LOANS (not imported: the
# area's screens load on first use).
KINDS = frozenset({"funds", "loans"})


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday of the week of `day`."""
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


def open_loans(overdue: bool = False) -> Callable[[Any], None]:
    """A click that shows the Simpan Pinjam page's Pinjaman tab (only the loans in arrears with `overdue`)."""

    def show(env: Any) -> None:
        page = env.open_page(PAGE)
        loans = getattr(page, "loans", None)
        if page is None or loans is None:
            return
        page.tabs.setCurrentWidget(loans)
        loans.overdue_only.setChecked(overdue)

    return show


def loans_tile(ctx: Any) -> Tile:
    summaries = all_fund_summaries(ctx)
    outstanding = sum(s.principal_outstanding for s in summaries)
    count = sum(s.open_loans for s in summaries)
    at_risk = sum(s.par30_principal for s in summaries)
    start, end = week_of(ctx.today())
    due = due_between(ctx, start, end)
    due_amount = sum(r.next_due_amount for r in due)
    par_text = percent(at_risk / outstanding) if outstanding else "—"
    figures = (
        Figure("loans:outstanding", n_("Pinjaman beredar ({n} pinjaman, sisa pokok)",
                                       "Pinjaman beredar ({n} pinjaman, sisa pokok)", count).format(n=count),
               outstanding, open_loans(), money=True),
        Figure("loans:par30", _("PAR30 {pct}: sisa pokok pinjaman terlambat lebih dari 30 hari").format(pct=par_text),
               at_risk, open_loans(overdue=True), tone="warn" if at_risk else "", money=True),
        Figure("loans:due_week", n_("Angsuran jatuh tempo minggu ini ({amount})",
                                    "Angsuran jatuh tempo minggu ini ({amount})", len(due)).format(
            amount=rupiah(due_amount)), len(due), open_loans()),
    )
    note = "" if summaries else _("Belum ada dana simpan pinjam.")
    return Tile("savings.loans", _("Simpan pinjam"), figures if summaries else (), note=note, kinds=KINDS)


def home_tiles(ctx: Any) -> list[Tile]:
    return [loans_tile(ctx)]
