"""Money a treasurer can pay: integer Rupiah at every entry point, shares netted of losses and capped by the cash,
shared-out periods closed, no sale before the goods existed, a missed Lebaran share-out overdue."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.production.models import Aid, GroupCost, Product, ProductionBatch, Sale
from desmig_desktop.production.services import groups
from desmig_desktop.production.services import products as production
from desmig_desktop.production.services.aid import AidInput, AidItemInput, record_aid
from desmig_desktop.production.services.groups import GroupInput
from desmig_desktop.production.services.products import BatchInput, SaleInput
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput


@pytest.fixture
def salak(ctx, village):
    people = []
    for i, name in enumerate(["Bawon", "Turyati", "Suryati"], start=1):
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
