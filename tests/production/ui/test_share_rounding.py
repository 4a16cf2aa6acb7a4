"""The sharing tab: the group's rounding unit chosen on the tab, the rounding remainder and what is kept in the cash."""

from __future__ import annotations

from datetime import date

from desmig_desktop.production.services import products as production
from desmig_desktop.production.services.products import BatchInput, SaleInput
from tests.production.ui.test_groups_page import cells, show


def test_rounding_unit_chosen_on_the_tab_and_the_remainder_shown(qtbot, ctx, salak, page):
    p = salak.people
    production.record_batch(ctx, BatchInput(salak.product_id, date(2017, 2, 1), 100, 400_000, (p["Bariyah"], p["Tukinem"], p["Surtini"])))
    production.record_sale(ctx, SaleInput(salak.product_id, date(2017, 3, 5), 100, 15_000, "pameran"))  # profit 1.100.000
    production.record_cost(ctx, salak.group_id, date(2017, 3, 6), "Kemasan", 199_999)  # 900.001
    page.refresh()
    tab = show(page, salak.group_id, page.view.sharing)
    assert tab.rounding.currentText() == "Rp1.000"
    assert [cells(tab.lines, r)[2] for r in range(tab.lines.rowCount())] == ["Rp300.000"] * 3
    assert tab.figures["remainder"].text() == "Rp1" and tab.figures["withheld"].text() == "Rp0"
    tab.rounding.setCurrentIndex(tab.rounding.findText("Rp100"))
    tab.rounding.activated.emit(tab.rounding.currentIndex())
    assert [cells(tab.lines, r)[2] for r in range(tab.lines.rowCount())] == ["Rp300.000"] * 3
    production.record_cost(ctx, salak.group_id, date(2017, 3, 7), "Label", 1_000)  # 899.001: 299.600 each at Rp100
    tab.propose()
    assert tab.rounding.currentText() == "Rp100"
    assert [cells(tab.lines, r)[2] for r in range(tab.lines.rowCount())] == ["Rp299.600"] * 3
    assert tab.figures["remainder"].text() == "Rp201" and tab.figures["cash"].text() == "Rp899.001"
