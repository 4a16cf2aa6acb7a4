"""Correcting and deleting every record of a group and of the activities, on a real database: the corrected values
read back, the rules re-checked (a shared-out period stays locked), a delete undone exactly, and the "Terhapus" view
wording each deleted record."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desmig_desktop.activities.models import PromoEvent, Training, TrainingAttendance
from desmig_desktop.activities.services import deleted as activities_deleted
from desmig_desktop.activities.services.events import create_event, delete_event, update_event
from desmig_desktop.activities.services.trainings import (
    TrainingInput,
    create_training,
    delete_training,
    list_trainings,
    update_training,
)
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.production.models import Aid, AidItem, GroupCost, GroupMember, ProductionBatch, Sale
from desmig_desktop.production.services import corrections, groups, sharing
from desmig_desktop.production.services import deleted as production_deleted
from desmig_desktop.production.services import products as production
from desmig_desktop.production.services.ledger import restore_production_record as restore_record
from desmig_desktop.production.services.aid import AidInput, AidItemInput, delete_aid, list_aid, record_aid, update_aid
from desmig_desktop.production.services.products import BatchInput, SaleInput


def _live(ctx, model):  # type: ignore[no-untyped-def]
    with ctx.reader() as s:
        return s.scalars(select(model).where(model.deleted_at.is_(None))).all()


@pytest.fixture
def made(ctx, salak):
    ctx.today_override = date(2017, 8, 1)
    who = tuple(salak.people.values())
    batch = production.record_batch(ctx, BatchInput(salak.product_id, date(2017, 2, 1), 100, 500_000, who)).id
    sale = production.record_sale(ctx, SaleInput(salak.product_id, date(2017, 3, 12), 60, 15_000, "whatsapp")).id
    cost = production.record_cost(ctx, salak.group_id, date(2017, 3, 1), "Kemasan", 50_000).id
    return salak, batch, sale, cost


def test_sale_corrected_then_deleted_and_undone(ctx, made):
    salak, _batch, sale, _cost = made
    corrections.update_sale(ctx, sale, SaleInput(salak.product_id, date(2017, 3, 14), 12, 14_000, "toko", note="pasar"))
    (s,) = _live(ctx, Sale)
    assert (s.sold_on, s.quantity, s.unit_price, s.channel, s.note) == (date(2017, 3, 14), 12, 14_000, "toko", "pasar")
    with pytest.raises(ValidationError, match="Stok Dodol salak tinggal 100"):
        corrections.update_sale(ctx, sale, SaleInput(salak.product_id, date(2017, 3, 14), 101, 14_000, "toko"))
    gone = corrections.delete_sale(ctx, sale)
    assert gone.count == 1 and _live(ctx, Sale) == []
    with ctx.reader() as session:
        items = production_deleted.deleted_items(session)
    assert [(i.kind, i.title) for i in items] == [
        ("Penjualan", "14/03/2017 · Rp168.000 · Dodol salak 12 · Kelompok Salak")]
    restore_record(ctx, gone.table, gone.record_id, gone.when)
    assert [x.quantity for x in _live(ctx, Sale)] == [12]


def test_batch_corrected_checks_stock_and_workers(ctx, made):
    salak, batch, _sale, _cost = made
    bariyah = salak.people["Bariyah"]
    corrections.update_batch(ctx, batch, BatchInput(salak.product_id, date(2017, 2, 2), 80, 400_000, (bariyah,), "ulang"))
    (b,) = _live(ctx, ProductionBatch)
    assert (b.produced_on, b.quantity, b.material_cost, b.note) == (date(2017, 2, 2), 80, 400_000, "ulang")
    assert production.list_batches(ctx, salak.group_id)[0].worker_ids == (bariyah,)
    with pytest.raises(ValidationError, match="kurang dari yang sudah terjual"):
        corrections.update_batch(ctx, batch, BatchInput(salak.product_id, date(2017, 2, 2), 5, 400_000, (bariyah,)))
    with pytest.raises(ValidationError, match="kurang dari yang sudah terjual"):
        corrections.delete_batch(ctx, batch)
    assert [x.quantity for x in _live(ctx, ProductionBatch)] == [80]


def test_cost_corrected_deleted_undone_and_a_shared_out_period_locked(ctx, made):
    salak, _batch, sale, cost = made
    corrections.update_cost(ctx, cost, date(2017, 3, 2), "Kemasan dan label", 60_000)
    assert [(c.spent_on, c.description, c.amount) for c in _live(ctx, GroupCost)] == [
        (date(2017, 3, 2), "Kemasan dan label", 60_000)]
    gone = corrections.delete_cost(ctx, cost)
    restore_record(ctx, gone.table, gone.record_id, gone.when)
    sharing.finalise_share(ctx, salak.group_id, date(2017, 1, 10), date(2017, 6, 30))
    for call in (lambda: corrections.update_cost(ctx, cost, date(2017, 7, 2), "Kemasan", 1_000),
                 lambda: corrections.delete_cost(ctx, cost),
                 lambda: corrections.delete_sale(ctx, sale),
                 lambda: corrections.update_sale(ctx, sale, SaleInput(salak.product_id, date(2017, 7, 2), 1, 1, "toko"))):
        with pytest.raises(ValidationError, match=r"Periode 10/01/2017–30/06/2017 sudah ditutup oleh Siti Petugas "
                                                  r"pada 01/08/2017 \(bagi hasil final\)"):
            call()
    assert [c.amount for c in _live(ctx, GroupCost)] == [60_000]


def test_aid_corrected_and_deleted_with_its_items(ctx, made):
    salak = made[0]
    aid = record_aid(ctx, AidInput(salak.group_id, "peralatan", "kemnaker", date(2017, 2, 1),
                                   (AidItemInput("Wajan", 2, "unit", 300_000), AidItemInput("Kompor", 1, "unit", 500_000)))).id
    update_aid(ctx, aid, AidInput(salak.group_id, "peralatan", "pemdes", date(2017, 2, 3),
                                  (AidItemInput("Wajan besar", 2, "unit", 350_000),), note="koreksi"))
    (a,) = list_aid(ctx, salak.group_id)
    assert (a.source, a.received_on, a.note, [(i.name, i.value) for i in a.items]) == (
        "pemdes", date(2017, 2, 3), "koreksi", [("Wajan besar", 350_000)])
    gone = delete_aid(ctx, aid)
    assert gone.count == 2 and list_aid(ctx, salak.group_id) == []
    with ctx.reader() as session:
        assert [(i.kind, i.title) for i in production_deleted.deleted_items(session)] == [
            ("Bantuan", "03/02/2017 · Peralatan · Rp350.000 · Kelompok Salak")]
    restore_record(ctx, gone.table, gone.record_id, gone.when)
    assert [i.name for i in list_aid(ctx, salak.group_id)[0].items] == ["Wajan besar"]
    assert len(_live(ctx, Aid)) == 1 and len(_live(ctx, AidItem)) == 1


def test_member_corrected_and_a_member_who_worked_is_not_deleted(ctx, made):
    salak = made[0]
    by_name = {m.name: m for m in groups.get_group(ctx, salak.group_id).members}
    corrections.update_member(ctx, by_name["Fatonah"].id, date(2017, 1, 15))
    assert groups.get_group(ctx, salak.group_id).members[-1].joined_on == date(2017, 1, 15)
    with pytest.raises(ValidationError, match="sebelum Kelompok Salak berdiri"):
        corrections.update_member(ctx, by_name["Fatonah"].id, date(2016, 1, 1))
    with pytest.raises(ValidationError, match="akhiri keanggotaannya"):
        corrections.delete_member(ctx, by_name["Bariyah"].id)
    corrections.update_batch(ctx, made[1], BatchInput(salak.product_id, date(2017, 2, 1), 100, 500_000,
                                                      (salak.people["Bariyah"],)))
    gone = corrections.delete_member(ctx, by_name["Fatonah"].id)
    assert len(_live(ctx, GroupMember)) == 3
    restore_record(ctx, gone.table, gone.record_id, gone.when)
    assert len(_live(ctx, GroupMember)) == 4


def test_group_deleted_with_everything_and_undone(ctx, made):
    salak = made[0]
    assert corrections.group_goes_with(ctx, salak.group_id) == [
        "4 keanggotaan", "1 produk", "1 catatan produksi", "1 penjualan", "1 biaya lain"]
    gone = corrections.delete_group(ctx, salak.group_id)
    assert groups.list_groups(ctx) == [] and _live(ctx, Sale) == []
    with ctx.reader() as session:
        assert [(i.kind, i.title) for i in production_deleted.deleted_items(session)] == [
            ("Kelompok usaha", "Kelompok Salak · Olahan salak")]
    restore_record(ctx, gone.table, gone.record_id, gone.when)
    assert len(_live(ctx, Sale)) == 1 and len(_live(ctx, GroupMember)) == 4


def test_training_and_event_corrected_deleted_and_undone(ctx, made):
    salak = made[0]
    who = list(salak.people.values())
    t = create_training(ctx, TrainingInput("Pelatihan salak", "pengolahan_pangan", "blk", date(2017, 2, 10),
                                           group_ids=(salak.group_id,), attendee_ids=tuple(who[:2]))).id
    update_training(ctx, t, TrainingInput("Pelatihan olahan salak", "pengolahan_pangan", "blk", date(2017, 2, 11),
                                          place="Balai desa", group_ids=(salak.group_id,), attendee_ids=(who[2],)))
    (dto,) = list_trainings(ctx, salak.group_id)
    assert (dto.title, dto.start_on, dto.place, dto.attendee_ids) == ("Pelatihan olahan salak", date(2017, 2, 11),
                                                                     "Balai desa", (who[2],))
    gone = delete_training(ctx, t)
    assert list_trainings(ctx) == [] and _live(ctx, TrainingAttendance) == []
    ev = create_event(ctx, "Bazar Lebaran", "bazar", date(2017, 6, 1), None, "Alun-alun", (salak.group_id,)).id
    update_event(ctx, ev, "Bazar Ramadan", "bazar", date(2017, 6, 2), date(2017, 6, 3), "Alun-alun", (salak.group_id,))
    (e,) = _live(ctx, PromoEvent)
    assert (e.name, e.start_on, e.end_on) == ("Bazar Ramadan", date(2017, 6, 2), date(2017, 6, 3))
    production.record_sale(ctx, SaleInput(salak.product_id, date(2017, 6, 2), 5, 15_000, "pameran", ev))
    with pytest.raises(ValidationError, match="punya 1 penjualan"):
        delete_event(ctx, ev)
    sale = [s for s in _live(ctx, Sale) if s.event_id == ev][0].id
    corrections.delete_sale(ctx, sale)
    ev_gone = delete_event(ctx, ev)
    with ctx.reader() as session:
        items = activities_deleted.deleted_items(session)
    assert [(i.kind, i.title) for i in items] == [
        ("Pameran/bazar", "Bazar Ramadan · Bazar · 02/06/2017 · Alun-alun"),
        ("Pelatihan", "Pelatihan olahan salak · 11/02/2017 · Balai desa")]
    restore_record(ctx, gone.table, gone.record_id, gone.when)
    restore_record(ctx, ev_gone.table, ev_gone.record_id, ev_gone.when)
    assert len(_live(ctx, Training)) == 1 and len(_live(ctx, PromoEvent)) == 1
    assert len(_live(ctx, TrainingAttendance)) == 1


def test_the_terhapus_view_lists_them_through_the_pillars(ctx, made):
    from desmig_desktop.app import PILLARS
    from desmig_desktop.core.pillar import load
    from desmig_desktop.core.records import list_deleted

    salak, _batch, sale, cost = made
    corrections.delete_cost(ctx, cost)
    corrections.delete_sale(ctx, sale)
    describers = [load(p.deleted) for p in PILLARS if p.deleted]
    items = [(i.kind, i.title) for i in list_deleted(ctx, describers)]
    assert items[:2] == [("Penjualan", "12/03/2017 · Rp900.000 · Dodol salak 60 · Kelompok Salak"),
                         ("Biaya lain", "01/03/2017 · Rp50.000 · Kemasan · Kelompok Salak")]
