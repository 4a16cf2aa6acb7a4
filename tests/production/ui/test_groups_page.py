"""The Usaha Produktif page on a real database: list, search, sales, share-outs, members."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desmig_desktop.production.services import groups, sharing
from desmig_desktop.production.services import products as production
from desmig_desktop.production.services.products import BatchInput, SaleInput
from desmig_desktop.production.ui.group_model import GroupListModel
from desmig_desktop.ui.feedback import messages_shown
from desmig_desktop.ui.forms import parse_money


def show(page, group_id, tab):  # type: ignore[no-untyped-def]
    assert page.select_group(group_id)
    page.view.tabs.setCurrentWidget(tab)
    return tab


def cells(model, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, c).data() for c in range(model.columnCount())]


@pytest.mark.parametrize("text, value", [("8000000", 8_000_000), ("8.000.000", 8_000_000), ("Rp8.000.000", 8_000_000),
                                         ("Rp 15.000,00", 15_000), ("0", 0), ("8.5", None), ("", None), ("-5", None)])
def test_money_typed_as_users_write_it(text, value):
    assert parse_money(text) == value


def test_group_list_model(qtmodeltester, ctx, salak):
    production.record_batch(ctx, BatchInput(salak.product_id, date(2017, 2, 1), 100, 500_000, (salak.people["Bariyah"],)))
    production.record_sale(ctx, SaleInput(salak.product_id, date(2017, 2, 5), 60, 15_000, "whatsapp"))
    groups.create_group(ctx, groups.GroupInput("Kelompok Batik", "Batik tulis"))
    model = GroupListModel(ctx)
    qtmodeltester.check(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Nama", "Komoditas", "Status", "Anggota", "Penjualan", "Laba", "Kas", "Bagi hasil"]
    assert cells(model, 1) == ["Kelompok Salak", "Olahan salak", "Aktif", "4", "Rp900.000", "Rp400.000", "Rp400.000", ""]
    model.sort(4, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Kelompok Salak"


def test_search_as_you_type_filters_the_list(qtbot, ctx, salak):
    from desmig_desktop.production.ui.page import GroupsPage

    groups.create_group(ctx, groups.GroupInput("Kelompok Batik", "Batik tulis"))
    page = GroupsPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2 and page.count_label.text() == "2 kelompok"
    qtbot.keyClicks(page.search_field, "batik")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 0).data() == "Kelompok Batik"
    page.status_combo.setCurrentIndex(page.status_combo.findData("berhenti"))
    assert page.model.rowCount() == 0


def test_sale_through_the_dialog_lowers_the_stock(qtbot, ctx, salak, page):
    production.record_batch(ctx, BatchInput(salak.product_id, date(2017, 2, 1), 100, 500_000, (salak.people["Bariyah"],)))
    tab = show(page, salak.group_id, page.view.sales)
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        assert dialog.unit_price.text() == "Rp15.000"  # prefilled with the product's price
        qtbot.keyClicks(dialog.quantity, "30")
        assert dialog.total.text() == "Rp450.000"
        assert dialog.channel.currentText() == "— pilih saluran —"  # no default channel
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["refused"] = (dialog.result(), dialog.boxes["channel"].message.text())
        dialog.channel.setCurrentIndex(dialog.channel.findData("pameran"))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["result"] = dialog.result()
        return dialog.result()

    tab.run_dialog = fill
    with qtbot.waitSignal(page.changed, timeout=1000):  # other pages (recap) may refresh
        qtbot.mouseClick(tab.sale_button, Qt.MouseButton.LeftButton)
    assert seen["refused"] == (0, "Pilih saluran penjualan: di mana barang ini terjual?")
    assert seen["result"] == 1
    [sale] = production.list_sales(ctx, salak.group_id)
    assert (sale.quantity, sale.total, sale.channel) == (30, 450_000, "pameran")
    assert [p.stock for p in production.list_products(ctx, salak.group_id)] == [70]
    assert cells(tab.model, 0)[:5] == ["23/11/2026", "Dodol salak", "30", "Rp15.000", "Rp450.000"]
    assert "Pameran/bazar Rp450.000" in tab.by_channel.text()
    assert page.view.cash.text() == "-Rp50.000"  # 450.000 sold - 500.000 material
    assert page.model.index(0, 4).data() == "Rp450.000"  # the group list is read again too


def test_sale_beyond_stock_is_refused_in_the_dialog(qtbot, ctx, salak, page):
    production.record_batch(ctx, BatchInput(salak.product_id, date(2017, 2, 1), 100, 500_000, (salak.people["Bariyah"],)))
    tab = show(page, salak.group_id, page.view.sales)
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        qtbot.keyClicks(dialog.quantity, "101")
        dialog.channel.setCurrentIndex(dialog.channel.findData("toko"))
        qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)  # Enter saves
        seen["message"], seen["visible"] = dialog.boxes["quantity"].text(), dialog.isVisible()
        return dialog.result()

    tab.run_dialog = fill
    tab.sale_button.click()
    assert "tinggal 100 bungkus" in seen["message"] and seen["visible"]
    assert production.list_sales(ctx, salak.group_id) == []
    assert [p.stock for p in production.list_products(ctx, salak.group_id)] == [100]


def _profit_of_2_000_001(ctx, salak):  # type: ignore[no-untyped-def]
    p = salak.people
    production.record_batch(ctx, BatchInput(salak.product_id, date(2017, 2, 1), 100, 400_000, (p["Bariyah"], p["Tukinem"], p["Surtini"])))
    production.record_batch(ctx, BatchInput(salak.product_id, date(2017, 3, 1), 100, 400_000, (p["Bariyah"], p["Tukinem"])))
    production.record_sale(ctx, SaleInput(salak.product_id, date(2017, 3, 5), 200, 15_000, "pameran"))
    production.record_cost(ctx, salak.group_id, date(2017, 3, 6), "Kemasan", 199_999)


def test_share_out_proposed_then_finalised(qtbot, ctx, salak, page):
    _profit_of_2_000_001(ctx, salak)
    page.refresh()
    assert "Kelompok Salak" in page.due_banner.text() and page.model.index(0, 7).data() == "Jatuh tempo"
    tab = show(page, salak.group_id, page.view.sharing)
    f = tab.figures
    assert (f["revenue"].text(), f["material"].text(), f["other"].text(), f["profit"].text()) == (
        "Rp3.000.000", "Rp800.000", "Rp199.999", "Rp2.000.001")
    assert f["period"].text() == "10/01/2017 – 23/11/2026" and f["remainder"].text() == "Rp2.001"
    assert [cells(tab.lines, r) for r in range(tab.lines.rowCount())] == [
        ["Bariyah", "2×", "Rp666.000"], ["Surtini", "1×", "Rp666.000"], ["Tukinem", "2×", "Rp666.000"]]
    asked = []
    tab.confirm = lambda title, text, yes: asked.append(text) or False  # the officer says no
    qtbot.mouseClick(tab.finalise_button, Qt.MouseButton.LeftButton)
    assert sharing.list_shares(ctx, salak.group_id) == []
    tab.confirm = lambda title, text, yes: asked.append(text) or True
    tab.offer_print = lambda share: False  # "print the statement and slips now?" — later
    qtbot.mouseClick(tab.finalise_button, Qt.MouseButton.LeftButton)
    assert "Rp1.998.000 dibagikan kepada 3 anggota" in asked[-1]
    [share] = sharing.list_shares(ctx, salak.group_id)
    assert (share.distributed, share.reversed_on) == (1_998_000, None)
    assert cells(tab.history, 0)[:3] == ["10/01/2017 – 23/11/2026", "Rp2.000.001", "Rp1.998.000"]
    assert page.view.cash.text() == "Rp2.001"  # 3.000.000 - 800.000 - 199.999 - 1.998.000 (the rounding remainder)
    assert not tab.finalise_button.isEnabled() and not page.due_banner.isVisible()


def test_reversing_a_share_out_needs_a_reason(qtbot, ctx, salak, page):
    _profit_of_2_000_001(ctx, salak)
    sharing.finalise_share(ctx, salak.group_id)
    tab = show(page, salak.group_id, page.view.sharing)
    assert tab.history_table.selectionModel().selectedRows()  # the latest share-out is selected
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        dialog.try_save()
        seen["empty"] = dialog.messages()
        seen["still_final"] = sharing.list_shares(ctx, salak.group_id)[0].reversed_on is None
        qtbot.keyClicks(dialog.reason, "salah catat penjualan")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    tab.run_dialog = fill
    qtbot.mouseClick(tab.reverse_button, Qt.MouseButton.LeftButton)
    assert "Alasan pembatalan wajib diisi" in seen["empty"] and seen["still_final"]
    [share] = sharing.list_shares(ctx, salak.group_id)
    assert share.reversed_on is not None and share.reverse_reason == "salah catat penjualan"
    assert cells(tab.history, 0)[3] == "Dibatalkan 23/11/2026: salah catat penjualan"
    assert page.view.cash.text() == "Rp2.000.001" and tab.finalise_button.isEnabled()


def test_adding_a_member_twice_is_refused(qtbot, ctx, salak, page):
    tab = show(page, salak.group_id, page.view.members)
    assert tab.model.rowCount() == 4
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        qtbot.keyClicks(dialog.search, "Bariyah")
        dialog.search_now()
        assert dialog.results.count() == 1 and "sudah anggota" in dialog.results.item(0).text()
        dialog.joined_on.set_value(date(2017, 3, 1))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["message"] = dialog.boxes["joined_on"].text()
        return dialog.result()

    tab.run_dialog = fill
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert "Bariyah sudah menjadi anggota Kelompok Salak pada tanggal itu" in seen["message"]
    assert len(groups.get_group(ctx, salak.group_id).members) == 4


def test_ending_a_membership_shows_the_dropout(qtbot, ctx, salak, page):
    tab = show(page, salak.group_id, page.view.members)
    tab.table.selectRow(tab.model.find(lambda m: m.name == "Fatonah"))

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        dialog.left_on.set_value(date(2026, 5, 1))
        dialog.reason.setCurrentIndex(dialog.reason.findData("kerja_luar_negeri"))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    tab.run_dialog = fill
    tab.end_button.click()
    assert tab.model.rowCount() == 3
    assert cells(tab.dropout_model, 0)[0::2] == ["Fatonah", "01/05/2026", ""]
    assert cells(tab.dropout_model, 0)[3] == "Kembali bekerja ke luar negeri"
    assert "Retensi 2026: 3 dari 4 anggota awal tahun masih aktif (75%)" in tab.summary.text()
    tab.show_left.setChecked(True)
    assert tab.model.rowCount() == 4


def test_new_group_needs_a_name(qtbot, ctx, salak, page):
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["empty"] = dialog.messages()
        qtbot.keyClicks(dialog.name, "Kelompok Nanas")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    page.run_dialog = fill
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "Nama kelompok wajib diisi" in seen["empty"]
    assert page.selected().name == "Kelompok Nanas" and page.view.title.text() == "Kelompok Nanas"
    assert page.model.rowCount() == 2


def test_share_out_and_proposal_printed_to_pdf(qtbot, ctx, salak, page, tmp_path):
    from pypdf import PdfReader

    _profit_of_2_000_001(ctx, salak)
    tab = show(page, salak.group_id, page.view.sharing)
    told = []
    tab.tell = lambda title, text, warning: told.append((text, warning))
    tab.ask_path = lambda suggested: str(tmp_path / "usulan")  # ".pdf" is added
    assert tab.draft_button.isEnabled()
    tab.draft_button.click()
    draft = " ".join(pg.extract_text() for pg in PdfReader(tmp_path / "usulan.pdf").pages)
    assert "Kelompok Salak" in draft and "USULAN" in draft.upper()
    tab.confirm = lambda *_a: True
    offered = []
    tab.offer_print = lambda share: offered.append(share.distributed) or True  # printed right after finalising
    tab.ask_path = lambda suggested: str(tmp_path / suggested.name)
    tab.finalise_button.click()
    assert offered == [1_998_000]
    [final] = tmp_path.glob("bagi-hasil-kelompok-salak-2026-11-23.pdf")
    assert "Rp666.000" in " ".join(pg.extract_text() for pg in PdfReader(final).pages)
    final.unlink()
    tab.pdf_button.click()
    [final] = tmp_path.glob("bagi-hasil-kelompok-salak-2026-11-23.pdf")
    assert "Rp666.000" in " ".join(pg.extract_text() for pg in PdfReader(final).pages)
    assert f"PDF bagi hasil disimpan di {final}" in messages_shown(page) and told == []


def test_production_batch_with_the_members_who_took_part(qtbot, ctx, salak, page):
    tab = show(page, salak.group_id, page.view.production)
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        assert dialog.workers.count() == 4
        qtbot.keyClicks(dialog.quantity, "120")
        qtbot.keyClicks(dialog.material_cost, "Rp450.000")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["no_workers"] = dialog.boxes["workers"].text()
        dialog.workers.set_checked([salak.people["Bariyah"], salak.people["Fatonah"]])
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    tab.run_dialog = fill
    tab.batch_button.click()
    assert "Pilih anggota yang ikut produksi" in seen["no_workers"]
    [batch] = production.list_batches(ctx, salak.group_id)
    assert (batch.quantity, batch.material_cost, len(batch.worker_ids)) == (120, 450_000, 2)
    assert cells(tab.product_model, 0) == ["Dodol salak", "Rp15.000/bungkus", "120 bungkus"]
    assert cells(tab.batch_model, 0)[4] == "2 orang: Bariyah, Fatonah"


def test_aid_with_items_and_equipment_condition(qtbot, ctx, salak, page):
    from desmig_desktop.production.services.aid import inventory

    tab = show(page, salak.group_id, page.view.aid)

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        dialog.items.item(0, 0).setText("Vacuum fryer")
        dialog.items.item(0, 3).setText("12.500.000")
        dialog.items.add_line()
        dialog.items.item(1, 0).setText("Timbangan digital")
        dialog.items.item(1, 1).setText("2")
        dialog.items.item(1, 3).setText("dua juta")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert "Rincian ke-2: nilai harus angka Rupiah" in dialog.messages()
        dialog.items.item(1, 3).setText("Rp900.000")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    tab.run_dialog = fill
    tab.add_button.click()
    assert cells(tab.model, 0)[1:5] == ["Peralatan", "Kemnaker", "Rp13.400.000",
                                        "Vacuum fryer (1 unit); Timbangan digital (2 unit)"]
    tab.inventory_table.selectRow(tab.inventory_model.find(lambda i: i.name == "Vacuum fryer"))

    def broken(dialog):  # type: ignore[no-untyped-def]
        dialog.condition.setCurrentIndex(dialog.condition.findData("rusak_ringan"))
        return dialog.try_save()

    tab.run_dialog = broken
    tab.condition_button.click()
    assert {i.name: i.condition for i in inventory(ctx, salak.group_id)}["Vacuum fryer"] == "rusak_ringan"
    assert "1 barang perlu perhatian" in tab.inventory_hint.text()


def test_training_with_attendance(qtbot, ctx, salak, page):
    from desmig_desktop.activities.services.trainings import list_trainings

    tab = show(page, salak.group_id, page.view.trainings)

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        qtbot.keyClicks(dialog.title, "Pengolahan salak")
        dialog.start_on.set_value(date(2017, 4, 3))
        assert dialog.end_on.value() == date(2017, 4, 3)  # the end date follows the start
        dialog.attendees.set_checked([salak.people["Bariyah"], salak.people["Tukinem"]])
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    tab.run_dialog = fill
    tab.add_button.click()
    [t] = list_trainings(ctx, group_id=salak.group_id)
    assert t.title == "Pengolahan salak" and cells(tab.model, 0)[5] == "2 dari 4"
    tab.table.selectRow(0)

    def attendance(dialog):  # type: ignore[no-untyped-def]
        dialog.attendees.set_checked([salak.people["Fatonah"]])
        return dialog.try_save()

    tab.run_dialog = attendance
    tab.attendance_button.click()
    assert len(list_trainings(ctx, person_id=salak.people["Fatonah"])) == 1
    assert cells(tab.model, 0)[5] == "3 dari 4"


def test_stop_and_reactivate_a_group(qtbot, ctx, salak, page):
    assert page.select_group(salak.group_id) and page.stop_button.text() == "Hentikan"

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert "Alasan berhenti wajib diisi" in dialog.messages()
        qtbot.keyClicks(dialog.reason, "bahan baku mahal")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        return dialog.result()

    page.run_dialog = fill
    page.stop_button.click()
    assert cells(page.model, 0)[2] == "Berhenti" and page.stop_button.text() == "Aktifkan"
    assert "Berhenti sejak 23/11/2026: bahan baku mahal" in page.view.facts.text()
    assert not page.view.members.add_button.isEnabled()
    page.stop_button.click()
    assert cells(page.model, 0)[2] == "Aktif" and groups.get_group(ctx, salak.group_id).status == "aktif"


def test_deleting_a_sale_asks_first(qtbot, ctx, salak, page):
    production.record_batch(ctx, BatchInput(salak.product_id, date(2017, 2, 1), 10, 0, (salak.people["Bariyah"],)))
    production.record_sale(ctx, SaleInput(salak.product_id, date(2017, 2, 5), 4, 15_000, "toko"))
    tab = show(page, salak.group_id, page.view.sales)
    assert "Toko/warung Rp60.000" in tab.by_channel.text()
    tab.table.selectRow(0)
    answers = iter([False, True])
    tab.confirm_delete = lambda what, goes_with: next(answers)
    tab.delete_button.click()
    assert len(production.list_sales(ctx, salak.group_id)) == 1
    tab.delete_button.click()
    assert production.list_sales(ctx, salak.group_id) == [] and tab.model.rowCount() == 0
    assert tab.by_channel.text() == "Belum ada penjualan."
