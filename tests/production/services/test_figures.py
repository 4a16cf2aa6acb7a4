"""Usaha Produktif's home-page figures against groups whose sales, members and share-outs are known."""

from __future__ import annotations

from datetime import date

import pytest

from desmig_desktop.production.services import groups, sharing
from desmig_desktop.production.services import products as production
from desmig_desktop.production.services.figures import production_figures
from desmig_desktop.production.services.groups import GroupInput
from desmig_desktop.production.services.products import BatchInput, SaleInput
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput, PlacementInput


def _person(ctx, name: str, serial: int) -> str:
    born = date(1980, 1, serial)
    return registry.register_person(ctx, PersonInput(make_nik("330709", born, "P", serial), name, "P", born)).id


@pytest.fixture
def village_groups(ctx, village):
    """Salak (4 members, one of them now working in Taiwan; 2 runs since ever: due every 2), Batik (1 member,
    due every 4 runs), Keripik (stopped; a sale in the window still counts as sales)."""
    women = [_person(ctx, name, i) for i, name in enumerate(["Bariyah", "Tukinem", "Surtini", "Fatonah", "Wagiyem"], 1)]
    salak = groups.create_group(ctx, GroupInput("Kelompok Salak", "salak", date(2017, 1, 10), share_due_runs=2)).id
    batik = groups.create_group(ctx, GroupInput("Kelompok Batik", "batik", date(2017, 1, 10))).id
    keripik = groups.create_group(ctx, GroupInput("Kelompok Keripik", "keripik", date(2017, 1, 10))).id
    for pid in women[:4]:
        groups.add_member(ctx, salak, pid, date(2017, 1, 10))
    groups.add_member(ctx, batik, women[4], date(2017, 1, 10))
    groups.add_member(ctx, batik, women[0], date(2017, 1, 10))  # Bariyah is in two groups: one member
    groups.add_member(ctx, keripik, women[1], date(2017, 1, 10))
    dodol = production.add_product(ctx, salak, "Dodol salak", "bungkus", 15_000).id
    kain = production.add_product(ctx, batik, "Kain batik", "lembar", 100_000).id
    kripik = production.add_product(ctx, keripik, "Keripik", "bungkus", 10_000).id
    production.record_batch(ctx, BatchInput(dodol, date(2025, 11, 1), 200, 400_000, tuple(women[:2])))
    production.record_batch(ctx, BatchInput(dodol, date(2026, 6, 1), 100, 200_000, tuple(women[:2])))
    production.record_batch(ctx, BatchInput(kain, date(2026, 10, 1), 10, 300_000, (women[4],)))
    production.record_batch(ctx, BatchInput(kripik, date(2026, 1, 1), 50, 100_000, (women[1],)))
    production.record_sale(ctx, SaleInput(dodol, date(2025, 11, 30), 5, 15_000, "whatsapp"))  # before the window
    production.record_sale(ctx, SaleInput(dodol, date(2026, 6, 5), 100, 15_000, "whatsapp"))
    production.record_sale(ctx, SaleInput(dodol, date(2026, 6, 20), 10, 15_000, "toko"))
    production.record_sale(ctx, SaleInput(kain, date(2026, 11, 2), 3, 100_000, "toko"))
    production.record_sale(ctx, SaleInput(kripik, date(2026, 1, 15), 20, 10_000, "toko"))
    groups.stop_group(ctx, keripik, date(2026, 2, 1), "bahan baku habis")
    registry.add_placement(ctx, women[3], PlacementInput("aktif", "Taiwan", "formal", departed_on=date(2026, 8, 1)))
    return salak, batik, keripik


def test_figures_of_known_groups(ctx, village_groups):
    salak, _batik, _keripik = village_groups
    f = production_figures(ctx)
    assert f.months[0] == date(2025, 12, 1) and f.months[-1] == date(2026, 11, 1)
    sales = {g.group: dict(zip((m.strftime("%Y-%m") for m in f.months), g.amounts)) for g in f.sales}
    assert [g.group for g in f.sales] == ["Kelompok Batik", "Kelompok Keripik", "Kelompok Salak"]
    assert {k: v for k, v in sales["Kelompok Salak"].items() if v} == {"2026-06": 1_650_000}
    assert {k: v for k, v in sales["Kelompok Batik"].items() if v} == {"2026-11": 300_000}
    assert {k: v for k, v in sales["Kelompok Keripik"].items() if v} == {"2026-01": 200_000}
    assert sum(f.monthly_total()) == 2_150_000
    assert (f.active_groups, f.active_members) == (2, 5)  # Keripik stopped; Bariyah counted once
    assert [(d.group_id, d.runs, d.every) for d in f.due] == [(salak, 2, 2)]
    assert [(m.group_id, m.count) for m in f.members_abroad] == [(salak, 1)]


def test_a_share_out_and_a_leave_clear_what_is_due(ctx, village_groups):
    salak, _batik, _keripik = village_groups
    sharing.finalise_share(ctx, salak)
    member = next(m for m in groups.get_group(ctx, salak).members if m.name == "Fatonah")
    groups.end_membership(ctx, member.id, date(2026, 8, 1), "kerja_luar_negeri")
    f = production_figures(ctx)
    assert f.due == () and f.members_abroad == ()
    assert f.active_members == 4


def test_the_window_follows_today(ctx, village_groups):
    ctx.today_override = date(2026, 6, 30)  # June 2026 is the last month; November 2025 is not in the window
    f = production_figures(ctx)
    assert f.months[-1] == date(2026, 6, 1) and f.months[0] == date(2025, 7, 1)
    salak = next(g for g in f.sales if g.group == "Kelompok Salak")
    assert salak.amounts[-1] == 1_650_000 and salak.amounts[4] == 75_000  # 2025-11: five bungkus
