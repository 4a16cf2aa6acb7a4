"""Money a treasurer can pay: integer Rupiah at every entry point, shares netted of losses and capped by the cash,
shared-out periods closed, no sale before the goods existed, a missed Lebaran share-out overdue."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.production.models import Aid, GroupCost, Product, ProductionBatch, Sale
from desmig_desktop.production.reports.share_pdf import write_share_pdf
from desmig_desktop.production.services import corrections, groups, sharing
from desmig_desktop.production.services import products as production
from desmig_desktop.production.services.aid import AidInput, AidItemInput, record_aid
from desmig_desktop.production.services.money import group_cash
from desmig_desktop.production.services.groups import GroupInput
from desmig_desktop.production.services.products import BatchInput, SaleInput
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput
from desmig_desktop.registry.services.village import get_village


@pytest.fixture
def salak(ctx, village):
    people = []
    for i, name in enumerate(["Bariyah", "Tukinem", "Surtini"], start=1):
        born = date(1980 + i, i, 10 + i)
        people.append(registry.register_person(ctx, PersonInput(make_nik("330709", born, "P", i), name, "P", born)).id)
    gid = groups.create_group(ctx, GroupInput("Kelompok Salak", "salak", date(2017, 1, 10), share_due_runs=2)).id
    for pid in people:
        groups.add_member(ctx, gid, pid, date(2017, 1, 10))
    product = production.add_product(ctx, gid, "Dodol salak", "bungkus", 15_000).id
    return gid, people, product


def _count(ctx, model) -> int:
    with ctx.reader() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


@pytest.mark.parametrize("amount", [15000.0, 15000.5, True])
def test_every_money_input_refuses_what_is_not_whole_rupiah(ctx, salak, amount):
    gid, people, product = salak
    production.record_batch(ctx, BatchInput(product, date(2017, 2, 1), 100, 500_000, tuple(people)))
    before = {m: _count(ctx, m) for m in (Product, ProductionBatch, Sale, GroupCost, Aid)}
    calls = {
        "add_product.price": (lambda: production.add_product(ctx, gid, "Keripik salak", "bungkus", amount), "price"),
        "update_product.price": (lambda: production.update_product(ctx, product, "Dodol salak", "bungkus", amount), "price"),
        "record_sale.unit_price": (lambda: production.record_sale(ctx, SaleInput(product, date(2017, 2, 5), 1, amount, "whatsapp")), "unit_price"),
        "record_cost.amount": (lambda: production.record_cost(ctx, gid, date(2017, 2, 5), "Kemasan", amount), "amount"),
        "record_batch.material_cost": (lambda: production.record_batch(ctx, BatchInput(product, date(2017, 2, 6), 10, amount, tuple(people))), "material_cost"),
        "record_aid.value": (lambda: record_aid(ctx, AidInput(gid, "modal_uang", "pemdes", date(2017, 3, 1), (AidItemInput("Modal", 1, "paket", amount),))), "items"),
    }
    for name, (call, field) in calls.items():
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.for_field(field), name
        assert "Rupiah utuh" in " ".join(err.value.for_field(field)), name
    assert {m: _count(ctx, m) for m in before} == before
    assert [p.price for p in production.list_products(ctx, gid)] == [15_000]
    assert type(production.list_products(ctx, gid)[0].price) is int


def test_sale_dated_before_the_goods_existed_is_refused(ctx, salak):
    gid, people, product = salak
    production.record_batch(ctx, BatchInput(product, date(2017, 3, 1), 20, 100_000, tuple(people)))
    production.record_batch(ctx, BatchInput(product, date(2017, 4, 1), 50, 250_000, tuple(people)))
    with pytest.raises(ValidationError) as err:
        production.record_sale(ctx, SaleInput(product, date(2017, 2, 20), 5, 15_000, "whatsapp"))
    assert "Pada 20/02/2017 stok Dodol salak baru 0 bungkus" in err.value.for_field("sold_on")[0]
    with pytest.raises(ValidationError) as err:  # 20 made in March: 30 only exist from April
        production.record_sale(ctx, SaleInput(product, date(2017, 3, 15), 30, 15_000, "whatsapp"))
    assert "stok cukup sejak 01/04/2017" in err.value.for_field("sold_on")[0]
    assert _count(ctx, Sale) == 0
    production.record_sale(ctx, SaleInput(product, date(2017, 3, 15), 20, 15_000, "whatsapp"))
    production.record_sale(ctx, SaleInput(product, date(2017, 4, 2), 30, 15_000, "whatsapp"))
    assert [p.stock for p in production.list_products(ctx, gid)] == [20]


def test_a_shared_out_period_is_closed_until_the_share_out_is_reversed(ctx, salak):
    gid, people, product = salak
    ctx.today_override = date(2017, 8, 1)
    production.record_batch(ctx, BatchInput(product, date(2017, 2, 1), 100, 500_000, tuple(people)))
    sale = production.record_sale(ctx, SaleInput(product, date(2017, 3, 1), 60, 15_000, "whatsapp")).id
    share = sharing.finalise_share(ctx, gid, date(2017, 1, 10), date(2017, 6, 30)).id
    refused = {
        "record_sale": lambda: production.record_sale(ctx, SaleInput(product, date(2017, 6, 30), 1, 15_000, "whatsapp")),
        "delete_sale": lambda: corrections.delete_sale(ctx, sale),
        "record_cost": lambda: production.record_cost(ctx, gid, date(2017, 1, 10), "Kemasan", 50_000),
        "record_batch": lambda: production.record_batch(ctx, BatchInput(product, date(2017, 5, 5), 10, 10_000, tuple(people))),
    }
    for name, call in refused.items():
        with pytest.raises(ValidationError) as err:
            call()
        assert ("Periode 10/01/2017–30/06/2017 sudah ditutup oleh Siti Petugas pada 01/08/2017 (bagi hasil final)"
                in str(err.value)), name
        assert "Buka kembali periode itu dulu, atau pilih tanggal sesudah 30/06/2017" in str(err.value), name
    assert (_count(ctx, Sale), _count(ctx, GroupCost), _count(ctx, ProductionBatch)) == (1, 0, 1)
    # after the period: open
    production.record_cost(ctx, gid, date(2017, 7, 1), "Kemasan", 50_000)
    sharing.reverse_share(ctx, share, "salah catat penjualan")
    for call in refused.values():
        call()
    assert (_count(ctx, Sale), _count(ctx, GroupCost), _count(ctx, ProductionBatch)) == (1, 2, 2)


def test_a_share_out_nets_earlier_losses_and_never_empties_the_cash(ctx, salak, tmp_path):
    """The issue's example: a Rp400.000 loss in March, then a June share-out: the group's cash stays at or above 0."""
    gid, people, product = salak
    ctx.today_override = date(2017, 7, 1)
    production.record_batch(ctx, BatchInput(product, date(2017, 3, 1), 10, 400_000, tuple(people)))  # March: a loss
    production.record_batch(ctx, BatchInput(product, date(2017, 6, 1), 100, 300_000, tuple(people)))
    production.record_sale(ctx, SaleInput(product, date(2017, 6, 20), 70, 15_000, "pameran"))  # June: +750.000
    june = sharing.propose_share(ctx, gid, date(2017, 6, 1), date(2017, 6, 30))
    assert june.profit == 750_000 and june.uncovered_loss == 400_000
    assert june.distributed + june.remainder == 350_000 and june.withheld == 400_000
    assert "menutup kerugian sebelumnya yang belum tertutup (Rp400.000)" in " ".join(june.notes)
    share = sharing.finalise_share(ctx, gid, date(2017, 6, 1), date(2017, 6, 30))
    with ctx.reader() as s:
        assert group_cash(s, gid) >= 0
        assert group_cash(s, gid) == june.remainder
    text = " ".join(p.extract_text() for p in PdfReader(write_share_pdf(
        sharing.get_share(ctx, share.id), get_village(ctx), tmp_path / "june.pdf")).pages)
    assert "(menutup kerugian sebelumnya atau kas tidak cukup): Rp400.000" in " ".join(text.split())
    # the loss is covered now: the next period's profit is shared whole
    production.record_sale(ctx, SaleInput(product, date(2017, 7, 1), 30, 15_000, "pameran"))
    july = sharing.propose_share(ctx, gid)
    assert (july.profit, july.uncovered_loss, july.distributed + july.remainder) == (450_000, 0, 450_000)
    assert share.id


def test_a_loss_not_yet_covered_leaves_nothing_to_share(ctx, salak):
    gid, people, product = salak
    ctx.today_override = date(2017, 7, 1)
    production.record_batch(ctx, BatchInput(product, date(2017, 3, 1), 100, 900_000, tuple(people)))
    production.record_sale(ctx, SaleInput(product, date(2017, 6, 20), 20, 15_000, "pameran"))
    with pytest.raises(ValidationError) as err:
        sharing.finalise_share(ctx, gid, date(2017, 6, 1), date(2017, 6, 30))
    assert "menutup kerugian sebelumnya yang belum tertutup (Rp900.000)" in str(err.value)


def test_a_share_out_never_pays_more_than_the_cash(ctx, salak):
    """A period shared out after a later one: it may not take the cash the later share-out already paid."""
    gid, people, product = salak
    ctx.today_override = date(2017, 12, 31)
    production.record_batch(ctx, BatchInput(product, date(2017, 2, 1), 200, 0, tuple(people)))
    production.record_sale(ctx, SaleInput(product, date(2017, 2, 10), 40, 15_000, "pameran"))  # Feb +600.000
    production.record_cost(ctx, gid, date(2017, 3, 5), "Sewa stan", 900_000)
    production.record_sale(ctx, SaleInput(product, date(2017, 3, 10), 40, 15_000, "pameran"))  # Mar −300.000
    production.record_batch(ctx, BatchInput(product, date(2017, 4, 1), 10, 0, tuple(people)))
    production.record_sale(ctx, SaleInput(product, date(2017, 4, 10), 40, 15_000, "pameran"))  # Apr +600.000
    april = sharing.propose_share(ctx, gid, date(2017, 4, 1), date(2017, 4, 30))
    assert (april.uncovered_loss, april.distributed + april.remainder) == (0, 600_000)
    sharing.finalise_share(ctx, gid, date(2017, 4, 1), date(2017, 4, 30))
    early = sharing.propose_share(ctx, gid, date(2017, 1, 10), date(2017, 2, 28))
    assert early.profit == 600_000 and early.cash == 300_000 and early.distributed + early.remainder == 300_000
    assert "Kas kelompok pada akhir periode hanya Rp300.000" in " ".join(early.notes)
    sharing.finalise_share(ctx, gid, date(2017, 1, 10), date(2017, 2, 28))
    with ctx.reader() as s:
        assert group_cash(s, gid) >= 0


def test_shares_are_rounded_to_the_groups_unit_and_the_rest_stays_in_the_cash(ctx, salak):
    gid, people, product = salak
    ctx.today_override = date(2017, 7, 1)
    production.record_batch(ctx, BatchInput(product, date(2017, 3, 1), 100, 100_000, tuple(people)))
    production.record_sale(ctx, SaleInput(product, date(2017, 6, 20), 70, 15_201, "pameran"))  # 1.064.070
    p = sharing.propose_share(ctx, gid)
    assert p.profit == 964_070 and p.rounding == 1000
    assert [l.amount for l in p.lines] == [321_000] * 3 and p.remainder == 1_070
    for bad in (250, 1000.0, 0):
        with pytest.raises(ValidationError) as err:
            sharing.set_share_rounding(ctx, gid, bad)
        assert err.value.for_field("share_rounding") == ["Pembulatan bagian harus Rp100, Rp500 atau Rp1.000."]
    sharing.set_share_rounding(ctx, gid, 100)
    p = sharing.propose_share(ctx, gid)
    assert [l.amount for l in p.lines] == [321_300] * 3 and p.remainder == 170
    share = sharing.finalise_share(ctx, gid)
    assert sharing.get_share(ctx, share.id).remainder == 170
    with ctx.reader() as s:
        assert group_cash(s, gid) == 170
