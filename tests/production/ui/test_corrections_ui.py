"""Every record on a group's tabs opened, corrected and deleted where it is listed, on a real database: Enter or
double-click opens the filled dialog, Del deletes after "Hapus …?" naming what goes with it, "Urungkan" brings it
back; the saved values are read back from the database."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desmig_desktop.activities.services.events import create_event
from desmig_desktop.activities.services.trainings import TrainingInput, create_training, list_trainings
from desmig_desktop.production.services import groups
from desmig_desktop.production.services import products as production
from desmig_desktop.production.services.aid import AidInput, AidItemInput, list_aid, record_aid
from desmig_desktop.production.services.products import BatchInput, SaleInput
from desmig_desktop.ui.feedback import messages_shown, toasts
from tests.ui.modals import answer, retype, saving


def show(page, group_id, tab):  # type: ignore[no-untyped-def]
    assert page.select_group(group_id)
    page.view.tabs.setCurrentWidget(tab)
    return tab


def undo_last(qtbot, widget):  # type: ignore[no-untyped-def]
    toast = toasts(widget)[-1]
    qtbot.mouseClick(toast.button, Qt.MouseButton.LeftButton)


def _made(ctx, salak):  # type: ignore[no-untyped-def]
    who = tuple(salak.people.values())
    production.record_batch(ctx, BatchInput(salak.product_id, date(2017, 2, 1), 100, 500_000, who))
    production.record_sale(ctx, SaleInput(salak.product_id, date(2017, 3, 12), 10, 15_000, "whatsapp"))
    production.record_cost(ctx, salak.group_id, date(2017, 3, 1), "Kemasan", 50_000)


def test_sale_opened_with_enter_corrected_deleted_with_del_and_undone(qtbot, ctx, salak, page):
    _made(ctx, salak)
    tab = show(page, salak.group_id, page.view.sales)
    tab.run_dialog = saving(qtbot, lambda d: (
        retype(qtbot, d.quantity, "12"), d.channel.setCurrentIndex(d.channel.findData("toko"))))
    tab.table.selectRow(0)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    [sale] = production.list_sales(ctx, salak.group_id)
    assert (sale.quantity, sale.channel, sale.sold_on) == (12, "toko", date(2017, 3, 12))
    assert "Penjualan Rp180.000 disimpan." in messages_shown(page)
    seen: list[str] = []
    answer("Hapus", seen)
    tab.table.selectRow(0)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "Hapus penjualan 12 Dodol salak tanggal 12/03/2017 (Rp180.000)?" in seen[0]
    assert production.list_sales(ctx, salak.group_id) == [] and tab.model.rowCount() == 0
    undo_last(qtbot, page)
    assert [s.quantity for s in production.list_sales(ctx, salak.group_id)] == [12]
    assert tab.model.rowCount() == 1


def test_cost_and_event_from_the_context_menu(qtbot, ctx, salak, page):
    _made(ctx, salak)
    create_event(ctx, "Bazar Lebaran", "bazar", date(2017, 6, 1), None, "Alun-alun", (salak.group_id,))
    tab = show(page, salak.group_id, page.view.sales)
    tab.cost_table.selectRow(0)
    edit, delete = (a for a in tab.cost_table.actions())
    tab.run_dialog = saving(qtbot, lambda d: retype(qtbot, d.amount, "60000"))
    edit.trigger()
    assert [(c.description, c.amount) for c in production.list_costs(ctx, salak.group_id)] == [("Kemasan", 60_000)]
    tab.confirm_delete = lambda what, goes: what == "biaya Kemasan tanggal 01/03/2017 (Rp60.000)"
    tab.cost_table.selectRow(0)
    delete.trigger()
    assert production.list_costs(ctx, salak.group_id) == []
    undo_last(qtbot, page)
    assert len(production.list_costs(ctx, salak.group_id)) == 1
    tab.event_table.selectRow(0)
    tab.run_dialog = saving(qtbot, lambda d: retype(qtbot, d.name, "Bazar Ramadan"))
    tab.event_table.doubleClicked.emit(tab.event_table.model().index(0, 0))
    assert [e.name for e in production.list_events(ctx, salak.group_id)] == ["Bazar Ramadan"]
    tab.confirm_delete = lambda what, goes: True
    tab.event_table.selectRow(0)
    tab.delete_event()
    assert production.list_events(ctx, salak.group_id) == []


def test_batch_corrected_and_a_delete_that_would_oversell_refused(qtbot, ctx, salak, page):
    _made(ctx, salak)
    tab = show(page, salak.group_id, page.view.production)
    tab.batch_table.selectRow(0)
    seen = {}

    def change(d):  # type: ignore[no-untyped-def]
        seen["workers"] = d.workers.checked_ids()
        retype(qtbot, d.quantity, "90")

    tab.run_dialog = saving(qtbot, change)
    tab.edit_batch()
    assert len(seen["workers"]) == 4  # the dialog came filled with who took part
    assert [b.quantity for b in production.list_batches(ctx, salak.group_id)] == [90]
    refused: list[str] = []
    tab.refuse = refused.append
    tab.confirm_delete = lambda what, goes: goes == ["daftar anggota yang ikut (4 orang)"]
    tab.batch_table.selectRow(0)
    tab.delete_batch()
    assert "kurang dari yang sudah terjual" in refused[0]
    assert len(production.list_batches(ctx, salak.group_id)) == 1


def test_aid_corrected_and_deleted_with_its_items(qtbot, ctx, salak, page):
    record_aid(ctx, AidInput(salak.group_id, "peralatan", "kemnaker", date(2017, 2, 1),
                             (AidItemInput("Wajan", 2, "unit", 300_000),)))
    tab = show(page, salak.group_id, page.view.aid)
    tab.table.selectRow(0)
    tab.run_dialog = saving(qtbot, lambda d: d.items.item(0, 0).setText("Wajan besar"))
    tab.edit_aid()
    assert [i.name for i in list_aid(ctx, salak.group_id)[0].items] == ["Wajan besar"]
    asked = {}
    tab.confirm_delete = lambda what, goes: asked.update(what=what, goes=goes) or True
    tab.table.selectRow(0)
    tab.delete_aid()
    assert asked == {"what": "bantuan Peralatan tanggal 01/02/2017 (Rp300.000)",
                     "goes": ["1 rincian: Wajan besar (2 unit)"]}
    assert list_aid(ctx, salak.group_id) == []
    undo_last(qtbot, page)
    assert len(list_aid(ctx, salak.group_id)) == 1


def test_training_corrected_and_deleted(qtbot, ctx, salak, page):
    who = list(salak.people.values())
    create_training(ctx, TrainingInput("Pelatihan salak", "pengolahan_pangan", "blk", date(2017, 2, 10),
                                       group_ids=(salak.group_id,), attendee_ids=tuple(who[:2])))
    tab = show(page, salak.group_id, page.view.trainings)
    tab.table.selectRow(0)
    tab.run_dialog = saving(qtbot, lambda d: retype(qtbot, d.place, "Balai desa"))
    tab.edit_training()
    [t] = list_trainings(ctx, salak.group_id)
    assert (t.place, set(t.attendee_ids)) == ("Balai desa", set(who[:2]))  # attendance kept
    tab.confirm_delete = lambda what, goes: goes == ["daftar hadir (2 orang)"]
    tab.table.selectRow(0)
    tab.delete_training()
    assert list_trainings(ctx, salak.group_id) == []


def test_member_corrected_and_deleted(qtbot, ctx, salak, page):
    tab = show(page, salak.group_id, page.view.members)
    row = tab.model.find(lambda m: m.name == "Fatonah")
    tab.table.selectRow(row)
    tab.run_dialog = saving(qtbot, lambda d: d.joined_on.set_value(date(2017, 2, 1)))
    tab.edit_member()
    joined = {m.name: m.joined_on for m in groups.get_group(ctx, salak.group_id).members}
    assert joined["Fatonah"] == date(2017, 2, 1)
    tab.confirm_delete = lambda what, goes: True
    tab.table.selectRow(tab.model.find(lambda m: m.name == "Fatonah"))
    tab.delete_member()
    assert "Fatonah" not in {m.name for m in groups.get_group(ctx, salak.group_id).members}
    undo_last(qtbot, page)
    assert "Fatonah" in {m.name for m in groups.get_group(ctx, salak.group_id).members}


def test_group_deleted_naming_what_goes_with_it_and_undone(qtbot, ctx, salak, page):
    _made(ctx, salak)
    assert page.select_group(salak.group_id)
    asked = {}
    page.confirm_delete = lambda what, goes: asked.update(what=what, goes=goes) or True
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked["what"] == "kelompok Kelompok Salak"
    assert asked["goes"] == ["4 keanggotaan", "1 produk", "1 catatan produksi", "1 penjualan", "1 biaya lain"]
    assert page.model.rowCount() == 0 and groups.list_groups(ctx) == []
    undo_last(qtbot, page)
    assert page.model.rowCount() == 1 and page.selected_id() == salak.group_id


def test_batch_and_product_deleted_and_undone_with_the_context_menu_showing_both(qtbot, ctx, salak, page):
    production.record_batch(ctx, BatchInput(salak.product_id, date(2017, 2, 1), 10, 50_000, (salak.people["Bariyah"],)))
    extra = production.add_product(ctx, salak.group_id, "Keripik salak", "bungkus", 10_000).id
    tab = show(page, salak.group_id, page.view.production)
    tab.batch_table.customContextMenuRequested.emit(tab.batch_table.visualRect(tab.batch_model.index(0, 0)).center())
    menu = tab.batch_table.property("context_menu")
    assert [a.text() for a in menu.actions()] == ["Ubah produksi…", "Hapus produksi…"]
    menu.close()
    tab.confirm_delete = lambda what, goes: True
    tab.batch_table.selectRow(0)
    tab.delete_batch()
    assert production.list_batches(ctx, salak.group_id) == []
    assert "Produksi dihapus." in messages_shown(page)
    undo_last(qtbot, page)
    assert [b.quantity for b in production.list_batches(ctx, salak.group_id)] == [10]
    tab.product_table.selectRow(tab.product_model.find(lambda p: p.id == extra))
    tab.delete_product()
    assert [p.name for p in production.list_products(ctx, salak.group_id)] == ["Dodol salak"]
    refused: list[str] = []
    tab.refuse = refused.append
    tab.product_table.selectRow(0)
    tab.delete_product()
    assert refused == ["Dodol salak sudah punya catatan produksi atau penjualan: hapus catatan itu dulu."]


def test_deleting_an_event_names_the_other_groups_that_took_part(qtbot, ctx, salak, page):
    """An event is one record for all its groups: "Hapus …?" on one group's tab says it goes from the others too."""
    other = groups.create_group(ctx, groups.GroupInput("Kelompok Batik", "Batik tulis", date(2017, 1, 10))).id
    create_event(ctx, "Pameran Produk Desmigratif", "pameran", date(2017, 8, 1), None, "Kecamatan",
                 (salak.group_id, other))
    create_event(ctx, "Bazar Lebaran", "bazar", date(2017, 6, 1), None, "Alun-alun", (salak.group_id,))
    tab = show(page, salak.group_id, page.view.sales)
    seen: list[str] = []
    answer("Batal", seen)
    tab.event_table.selectRow(0)  # newest first: the pameran
    tab.delete_event()
    assert "juga hilang dari Kelompok Batik" in seen[0] and "Kelompok Salak" not in seen[0].split("Ikut terhapus:")[1]
    assert len(production.list_events(ctx, other)) == 1  # Batal kept it
    answer("Hapus", seen)
    tab.event_table.selectRow(1)  # the bazar: only this group took part
    tab.delete_event()
    assert "Bazar Lebaran" in seen[1] and "Ikut terhapus" not in seen[1]
    assert [e.name for e in production.list_events(ctx, salak.group_id)] == ["Pameran Produk Desmigratif"]
