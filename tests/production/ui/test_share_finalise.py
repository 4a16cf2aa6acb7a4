"""Finalising a share-out on the Bagi Hasil tab: no red error afterwards (the "since the last share-out" proposal
has no day left to share, and says so), the new share-out is the one selected, and printing its statement and
slips is offered; the PDF is saved where the officer chose."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from desmig_desktop.production.services import sharing
from desmig_desktop.production.services import products as production
from desmig_desktop.production.services.products import BatchInput, SaleInput
from desmig_desktop.ui.feedback import messages_shown


def test_finalising_selects_the_new_share_out_offers_the_slips_and_shows_no_error(qtbot, ctx, salak, page, tmp_path):
    p = salak.people
    production.record_batch(ctx, BatchInput(salak.product_id, date(2017, 2, 1), 100, 400_000, (p["Bariyah"], p["Tukinem"])))
    production.record_sale(ctx, SaleInput(salak.product_id, date(2017, 3, 5), 50, 15_000, "toko"))
    sharing.finalise_share(ctx, salak.group_id, None, date(2017, 3, 31))  # an earlier share-out
    production.record_batch(ctx, BatchInput(salak.product_id, date(2018, 5, 1), 10, 50_000, (p["Bariyah"],)))
    production.record_sale(ctx, SaleInput(salak.product_id, date(2018, 5, 5), 50, 15_000, "toko"))
    assert page.select_group(salak.group_id)
    page.view.tabs.setCurrentWidget(page.view.sharing)
    tab = page.view.sharing
    old = sharing.list_shares(ctx, salak.group_id)[0]
    assert tab.history_table.selectionModel().selectedRows()[0].row() == 0  # the earlier one, selected
    assert tab.figures["period"].text() == "01/04/2017 – 23/11/2026" and not tab.error.isVisible()
    tab.confirm = lambda *_a: True
    offered = []
    tab.offer_print = lambda share: offered.append(share.period_start) or True
    tab.ask_path = lambda suggested: str(tmp_path / suggested.name)
    tab.finalise_button.click()
    new, earlier = sharing.list_shares(ctx, salak.group_id)
    assert earlier.id == old.id and new.period_start == date(2017, 4, 1)
    selected = tab.history_table.selectionModel().selectedRows()
    assert [tab.history.row_at(i.row()).id for i in selected] == [new.id]
    assert tab.error.isHidden() and tab.error.text() == ""
    assert tab.notes.text() == ("Semua hasil sampai 23/11/2026 sudah dibagi. "
                                "Usulan berikutnya dapat dibuat mulai 24/11/2026.")
    assert not tab.finalise_button.isEnabled()
    assert offered == [date(2017, 4, 1)]
    text = " ".join(pg.extract_text() for pg in PdfReader(tmp_path / "bagi-hasil-kelompok-salak-2026-11-23.pdf").pages)
    assert "1 April 2017 s.d. 23 November 2026" in text and "Bariyah" in text
    assert "Bagi hasil 01/04/2017 – 23/11/2026 sudah final." in messages_shown(page)
