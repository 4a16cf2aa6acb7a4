"""The aid tab's total: what the group received, and of it the aid in cash, read from the group's book."""

from __future__ import annotations

from datetime import date

from desmig_desktop.production.services.aid import AidInput, AidItemInput, delete_aid, record_aid
from desmig_desktop.production.services.groups import get_group
from desmig_desktop.production.ui.aid_tab import AidTab


def test_the_aid_tab_shows_the_cash_capital_of_the_ledger(qtbot, ctx, salak):
    gid = salak.group_id
    record_aid(ctx, AidInput(gid, "peralatan", "kemnaker", date(2017, 2, 1), (AidItemInput("Wajan", 2, "unit", 300_000),)))
    cash = record_aid(ctx, AidInput(gid, "modal_uang", "pemdes", date(2017, 1, 20),
                                    (AidItemInput("Modal", 1, "paket", 1_000_000), AidItemInput("Tambahan", 1, "paket", 250_000)))).id
    tab = AidTab(ctx)
    qtbot.addWidget(tab)
    tab.set_group(get_group(ctx, gid))
    assert tab.total.text() == "Total bantuan Rp1.550.000 (modal uang Rp1.250.000)"
    delete_aid(ctx, cash)
    tab.load()
    assert tab.total.text() == "Total bantuan Rp300.000 (modal uang Rp0)"
