"""Usaha Produktif use cases on a real database: membership, production, sales, stock, sharing."""

from __future__ import annotations

from datetime import date

import pytest

from desmig_desktop.activities.services.trainings import TrainingInput, create_training, list_trainings
from desmig_desktop.app import PILLARS
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.i18n import label
from desmig_desktop.core.periods import parse_period
from desmig_desktop.production.rules import AID_SOURCES, LEAVE_REASONS
from desmig_desktop.production.services import groups, sharing
from desmig_desktop.production.services import products as production
from desmig_desktop.production.services.aid import AidInput, AidItemInput, inventory, record_aid
from desmig_desktop.production.services.groups import GroupInput
from desmig_desktop.production.services.products import BatchInput, SaleInput
from desmig_desktop.recap.dataset import build_recap
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput


@pytest.fixture
def salak(ctx, village):
    people = []
    for i, name in enumerate(["Bariyah", "Tukinem", "Surtini", "Fatonah"], start=1):
        born = date(1980 + i, i, 10 + i)
        people.append(registry.register_person(ctx, PersonInput(make_nik("330709", born, "P", i), name, "P", born)).id)
    gid = groups.create_group(ctx, GroupInput("Kelompok Salak", "salak", date(2017, 1, 10), share_due_runs=2)).id
    for pid in people:
        groups.add_member(ctx, gid, pid, date(2017, 1, 10))
    product = production.add_product(ctx, gid, "Dodol salak", "bungkus", 15_000).id
    return gid, people, product


def test_overlapping_membership_refused(ctx, salak):
    gid, people, _ = salak
    with pytest.raises(ValidationError) as err:
        groups.add_member(ctx, gid, people[0], date(2017, 3, 1))
    assert "Bariyah sudah menjadi anggota Kelompok Salak" in str(err.value)


def test_sale_beyond_stock_names_the_stock(ctx, salak):
    gid, people, product = salak
    production.record_batch(ctx, BatchInput(product, date(2017, 2, 1), 100, 500_000, tuple(people[:2])))
    production.record_sale(ctx, SaleInput(product, date(2017, 2, 5), 60, 15_000, "whatsapp"))
    with pytest.raises(ValidationError) as err:
        production.record_sale(ctx, SaleInput(product, date(2017, 2, 6), 41, 15_000, "pameran"))
    assert "tinggal 40 bungkus" in str(err.value)
    assert [p.stock for p in production.list_products(ctx, gid)] == [40]


def test_batch_workers_must_be_members(ctx, salak, village):
    gid, people, product = salak
    groups.end_membership(ctx, groups.get_group(ctx, gid).members[3].id, date(2017, 5, 1), "kerja_luar_negeri")
    with pytest.raises(ValidationError) as err:
        production.record_batch(ctx, BatchInput(product, date(2017, 6, 1), 10, 10_000, (people[3],)))
    assert "Fatonah bukan anggota aktif" in str(err.value)


def test_share_out_proposal_finalise_reverse(ctx, salak):
    gid, people, product = salak
    production.record_batch(ctx, BatchInput(product, date(2017, 2, 1), 100, 400_000, tuple(people[:3])))
    production.record_batch(ctx, BatchInput(product, date(2017, 3, 1), 100, 400_000, tuple(people[:2])))
    production.record_sale(ctx, SaleInput(product, date(2017, 3, 5), 200, 15_000, "pameran"))
    production.record_cost(ctx, gid, date(2017, 3, 6), "Kemasan", 199_999)
    assert [d.group for d in sharing.due_groups(ctx)] == ["Kelompok Salak"]
    p = sharing.propose_share(ctx, gid)
    assert (p.revenue, p.material_cost, p.other_cost, p.profit) == (3_000_000, 800_000, 199_999, 2_000_001)
    assert {l.name: l.amount for l in p.lines} == {"Bariyah": 666_000, "Tukinem": 666_000, "Surtini": 666_000}
    assert p.remainder == 2_001 and "Fatonah" not in {l.name for l in p.lines}
    cash_before = groups.get_group(ctx, gid).cash
    sid = sharing.finalise_share(ctx, gid).id
    assert groups.get_group(ctx, gid).cash == cash_before - 1_998_000
    assert sharing.due_groups(ctx) == []
    with pytest.raises(ValidationError):
        sharing.finalise_share(ctx, gid, date(2017, 2, 1), date(2017, 3, 31))  # overlaps the finalised one
    sharing.reverse_share(ctx, sid, "salah catat")
    assert sharing.list_shares(ctx, gid)[0].reversed_on is not None
    assert groups.get_group(ctx, gid).cash == cash_before


def test_by_batches_rule(ctx, salak):
    gid, people, product = salak
    g = groups.get_group(ctx, gid)
    groups.update_group(ctx, gid, GroupInput(g.name, g.commodity, g.founded_on, share_rule="by_batches"))
    production.record_batch(ctx, BatchInput(product, date(2017, 2, 1), 10, 0, (people[0],)))
    production.record_batch(ctx, BatchInput(product, date(2017, 2, 2), 10, 0, (people[0], people[1])))
    production.record_sale(ctx, SaleInput(product, date(2017, 2, 5), 20, 15_000, "toko"))
    p = sharing.propose_share(ctx, gid)
    assert {l.name: (l.batches, l.amount) for l in p.lines} == {"Bariyah": (2, 200_000), "Tukinem": (1, 100_000)}


def test_trainings_aid_and_recap_section(ctx, salak):
    gid, people, product = salak
    create_training(ctx, TrainingInput("Pengolahan salak", "pengolahan_pangan", "blk", date(2017, 4, 3),
                                       group_ids=(gid,), attendee_ids=tuple(people[:3])))
    assert [t.title for t in list_trainings(ctx, person_id=people[0])] == ["Pengolahan salak"]
    assert list_trainings(ctx, person_id=people[3]) == []
    record_aid(ctx, AidInput(gid, "modal_uang", "pemdes", date(2017, 5, 2), (AidItemInput("Modal usaha", 1, "paket", 2_000_000),)))
    record_aid(ctx, AidInput(gid, "peralatan", "kemnaker", date(2017, 5, 2), (AidItemInput("Vacuum fryer", 1, "unit", 12_500_000),)))
    assert [i.name for i in inventory(ctx, gid)] == ["Vacuum fryer"]
    assert groups.get_group(ctx, gid).cash == 2_000_000
    groups.end_membership(ctx, groups.get_group(ctx, gid).members[3].id, date(2017, 8, 1), "tidak_berminat")
    section = build_recap(ctx, parse_period("2017"), PILLARS).section("production")
    row = section.rows[0]
    assert (row.name, row.active_members, row.joined, row.left, row.retention_start) == ("Kelompok Salak", 3, 4, 1, 0)
    q3 = build_recap(ctx, parse_period("2017-Q3"), PILLARS).section("production").rows[0]
    assert (q3.retention_start, q3.retention_kept, q3.retention_pct) == (4, 3, 75.0)
    assert [(label(LEAVE_REASONS, code), n) for code, n in row.dropout_reasons] == [("Tidak berminat", 1)]
    assert (row.trainings, row.training_attendance, row.aid_total) == (1, 3, 14_500_000)
    assert {label(AID_SOURCES, code): v for code, v in row.aid_by_source} == {"Pemerintah Desa": 2_000_000,
                                                                              "Kemnaker": 12_500_000}
    assert [d.name for d in section.dropouts] == ["Fatonah"]


def test_groups_list_counts(ctx, salak):
    gid, people, product = salak
    production.record_batch(ctx, BatchInput(product, date(2017, 2, 1), 10, 50_000, (people[0],)))
    production.record_sale(ctx, SaleInput(product, date(2017, 2, 5), 10, 15_000, "instagram"))
    [row] = groups.list_groups(ctx, period=parse_period("2017-02"))
    assert (row.active_members, row.sales, row.profit) == (4, 150_000, 100_000)
    assert groups.list_groups(ctx, period=parse_period("2017-03"))[0].sales == 0


def test_share_warnings_and_due_reasons_are_codes_worded_when_read(ctx, salak):
    from desmig_desktop.core import i18n

    gid, people, product = salak
    empty = sharing.propose_share(ctx, gid)
    assert empty.warnings == ("no_profit", "no_production")
    assert empty.notes == ("Belum ada keuntungan pada periode ini (Rp0): tidak ada yang dibagi.",
                           "Belum ada produksi tercatat pada periode ini.")
    production.record_batch(ctx, BatchInput(product, date(2017, 2, 1), 10, 0, (people[0],)))
    production.record_batch(ctx, BatchInput(product, date(2017, 2, 2), 10, 0, (people[0],)))
    [due] = sharing.due_groups(ctx)
    assert (due.group, due.rule, due.runs, due.every) == ("Kelompok Salak", "after_runs", 2, 2)
    assert due.reason == "2 kali produksi sejak bagi hasil terakhir (aturan: setiap 2 kali)"
    i18n.set_language("en")
    try:
        assert empty.notes[1] == "No production recorded in this period yet."
        assert due.reason.startswith("2 ") and "kali" not in due.reason
    finally:
        i18n.set_language("id")
