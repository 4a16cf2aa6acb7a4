"""The demo village's production groups: the four Kuripan groups of Tabel 1 (seed 002), with invented people.

60 initial participants in January 2017, 10 dropped out during 2017 (the seeds' "50 of an initial
60"), leaving the sizes of Tabel 1: salak 13, daging 11, singkong 13, batik 13. The members are demo
women (never the seed's names) who were at home when the groups began and stayed home; the dropouts'
reasons agree with the register (a departure abroad, a move-out recorded). Rp8.000.000 of village aid
split over the four groups in 2017, Kemnaker equipment, trainings, and batches, sales and share-outs
in 2017 and in the last twelve months (November 2025 – October 2026).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desmig_desktop.activities.services.events import create_event_in
from desmig_desktop.activities.services.trainings import TrainingInput, create_training_in, record_socialisation_in
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.production.services import products as prod
from desmig_desktop.production.services.aid import AidInput, AidItemInput, record_aid_in
from desmig_desktop.production.services.groups import GroupInput, add_member_in, create_group_in
from desmig_desktop.production.services.sharing import finalise_share_in
from desmig_desktop.registry.models import LifeEvent, Person
from desmig_desktop.registry.services.people import record_life_event_in

GROUPS = {
    # key: (name, commodity, due rule, runs, products [(name, unit, price, unit material cost)])
    "salak": ("Kelompok Produksi Salak", "Olahan salak pondoh", "after_runs", 4, [
        ("Dodol salak", "bungkus", 15_000, 5_500), ("Kopi salak", "bungkus", 20_000, 7_000),
        ("Keripik salak", "bungkus", 12_000, 4_500), ("Selai salak", "toples", 18_000, 6_500)]),
    "daging": ("Kelompok Produksi Daging", "Olahan daging ayam dan puyuh", "lebaran", 4, [
        ("Abon ayam", "bungkus", 25_000, 10_000), ("Daging puyuh ungkep", "kemasan", 30_000, 12_000)]),
    "singkong": ("Kelompok Produksi Singkong", "Olahan singkong", "lebaran", 4, [
        ("Tepung mocaf", "kg", 12_000, 4_000), ("Criping singkong", "bungkus", 10_000, 3_500),
        ("Citos", "bungkus", 8_000, 3_000), ("Kletuk", "bungkus", 8_000, 3_000)]),
    "batik": ("Kelompok Produksi Batik", "Batik tulis", "lebaran", 4, [
        ("Batik tulis motif carica", "lembar", 250_000, 90_000), ("Batik cap motif carica", "lembar", 150_000, 55_000)]),
}
DROPOUTS = {"salak": 3, "daging": 3, "singkong": 2, "batik": 2}  # 60 - 10 = 50
SIZES = {"salak": 13, "daging": 11, "singkong": 13, "batik": 13}  # Tabel 1: 50 members
STAYING_PURNA = 42  # of the 50: PMI purna home since before 2017; the other 8 are Keluarga PMI women
LEAVE_REASONS = [("kerja_luar_negeri", ""), ("tidak_berminat", "hanya ikut sekali sosialisasi"),
                 ("kerja_luar_negeri", "berangkat lagi"), ("usaha_sendiri", "membuka warung"),
                 ("pindah", "ikut suami ke Kota Semarang"), ("sibuk_keluarga", "mengasuh cucu"),
                 ("kerja_luar_negeri", ""), ("tidak_berminat", ""), ("sibuk_keluarga", ""), ("usaha_sendiri", "")]
CHANNELS = ["toko", "toko", "whatsapp", "whatsapp", "pesanan", "facebook", "instagram", "web_desa"]
FOUNDED = date(2017, 1, 9)
YEAR_START, REF = date(2025, 11, 1), date(2026, 10, 31)
START_2017, END_2017 = date(2017, 3, 20), date(2017, 12, 31)


def _choose_people(session: Session, rng: random.Random) -> tuple[list[Person], list[tuple[Person, str, str, date]]]:
    """The 50 members (home before the groups began and ever since) and the 10 dropouts with a reason the
    register agrees with: (person, reason, note, left_on)."""
    women = list(session.scalars(select(Person).where(
        Person.sex == "P", Person.deleted_at.is_(None), Person.birth_date <= date(1995, 1, 1),
        Person.birth_date >= date(1960, 1, 1)).order_by(Person.nik)))
    moved = set(session.scalars(select(LifeEvent.person_id).where(LifeEvent.deleted_at.is_(None))))
    live = {p.id: [pl for pl in p.placements if pl.deleted_at is None] for p in women}
    home = [p for p in women if p.id not in moved and not any(
        pl.departed_on and pl.departed_on <= FOUNDED and (pl.returned_on is None or pl.returned_on > FOUNDED)
        for pl in live[p.id])]
    stayed = [p for p in home if live[p.id] and all(pl.returned_on and pl.returned_on < date(2017, 1, 1) for pl in live[p.id])]
    never = [p for p in home if not live[p.id] and p.status == "keluarga"]
    members = rng.sample(stayed, STAYING_PURNA) + rng.sample(never, sum(SIZES.values()) - STAYING_PURNA)
    rng.shuffle(members)
    chosen = {p.id for p in members}
    leaving = [p for p in home if p.id not in chosen and any(
        pl.departed_on and FOUNDED + timedelta(days=90) <= pl.departed_on <= date(2017, 12, 1) for pl in live[p.id])]
    staying = [p for p in home if p.id not in chosen and not live[p.id]]
    rng.shuffle(leaving)
    rng.shuffle(staying)
    dropouts = []
    for reason, note in LEAVE_REASONS:
        if reason == "kerja_luar_negeri":
            p = leaving.pop()
            went = min(pl.departed_on for pl in live[p.id] if pl.departed_on and pl.departed_on > FOUNDED)
            dropouts.append((p, reason, note, went - timedelta(days=rng.randint(10, 60))))
        else:
            dropouts.append((staying.pop(), reason, note, FOUNDED + timedelta(days=rng.randint(40, 330))))
    return members, dropouts


def add_demo_groups(session: Session, ctx: ServiceContext, rng: random.Random) -> dict[str, str]:
    """Create the four groups and their history inside the caller's unit of work. Returns key -> group id."""
    chosen, dropouts = _choose_people(session, rng)
    ids: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    for key, (name, commodity, due, runs, products) in GROUPS.items():
        g = create_group_in(session, ctx, GroupInput(name, commodity, FOUNDED, share_due_rule=due, share_due_runs=runs,
                                               pirt_status="terbit" if key in ("salak", "singkong") else "proses",
                                               pirt_number=f"P-IRT 2{rng.randint(10, 99)}3307010{rng.randint(100, 999)}-22" if key in ("salak", "singkong") else "",
                                               pirt_date=date(2022, 8, 15) if key in ("salak", "singkong") else None))
        ids[key] = g.id
        people, chosen = chosen[:SIZES[key]], chosen[SIZES[key]:]
        for i, p in enumerate(people):
            role = ("ketua", "sekretaris", "bendahara")[i] if i < 3 else "anggota"
            add_member_in(session, ctx, g.id, p.id, FOUNDED, role)
        for _ in range(DROPOUTS[key]):
            p, reason, note, left = dropouts.pop()
            add_member_in(session, ctx, g.id, p.id, FOUNDED, "anggota", left, reason, note)
            if reason == "pindah":  # the register records the move the reason gives
                record_life_event_in(session, ctx, p.id, "pindah_keluar", left, "Ikut suami ke Kota Semarang")
        members[key] = [p.id for p in people]
        for pname, unit, price, _cost in products:
            prod.add_product_in(session, ctx, g.id, pname, unit, price)
    _activities_2017(session, ctx, rng, ids, members)
    _year_of_production(session, ctx, rng, ids, members)
    return ids


def _activities_2017(session: Session, ctx: ServiceContext, rng: random.Random, ids: dict[str, str],
                     members: dict[str, list[str]]) -> None:
    everyone = [pid for m in members.values() for pid in m]
    for key, gid in ids.items():
        record_socialisation_in(session, ctx, date(2017, 1, 5), "pertemuan", "Program Desmigratif dan usaha produktif",
                             "Balai Desa Kuripan", gid, tuple(members[key]))
        record_aid_in(session, ctx, AidInput(gid, "modal_uang", "pemdes", date(2017, 3, 15),
                                          (AidItemInput("Modal usaha dari Dana Desa", 1, "paket", 2_000_000),),
                                          note="Rp8.000.000 dibagi 4 kelompok"))
    equipment = {
        "salak": [("Vacuum fryer", 1, 12_500_000), ("Oven gas", 1, 3_200_000), ("Timbangan digital", 2, 900_000)],
        "daging": [("Mesin pencabut bulu", 1, 4_500_000), ("Spinner peniris minyak", 1, 2_750_000)],
        "singkong": [("Mesin penepung (disk mill)", 1, 6_800_000), ("Perajang singkong", 2, 2_400_000)],
        "batik": [("Kompor batik listrik", 4, 2_600_000), ("Canting dan wajan", 13, 1_300_000)],
    }
    for key, items in equipment.items():
        record_aid_in(session, ctx, AidInput(ids[key], "peralatan", "kemnaker", date(2017, 4, 20),
                                          tuple(AidItemInput(n, q, "unit", v, "baik" if rng.random() > 0.2 else "rusak_ringan") for n, q, v in items)))
    trainings = [
        ("Pelatihan pengolahan pangan berbahan salak, singkong dan daging", "pengolahan_pangan", "blk", date(2017, 2, 13),
         ("salak", "singkong", "daging"), "BLK Wonosobo"),
        ("Pelatihan membatik motif khas Wonosobo", "membatik", "bbplk", date(2017, 2, 20), ("batik",), "BBPLK Semarang"),
        ("Pelatihan pengemasan (packaging) produk", "pengemasan", "disnaker", date(2017, 5, 8), tuple(ids), "Balai Desa Kuripan"),
        ("Pemasaran digital lewat WhatsApp, Instagram dan Facebook", "pemasaran", "asosiasi", date(2026, 2, 10), tuple(ids),
         "Balai Desa Kuripan"),
    ]
    for title, kind, provider, start, keys, place in trainings:
        invited = [pid for k in keys for pid in members[k]]
        came = tuple(pid for pid in invited if rng.random() < 0.8)
        create_training_in(session, ctx, TrainingInput(title, kind, provider, start, start + timedelta(days=2), place,
                                               group_ids=tuple(ids[k] for k in keys), attendee_ids=came))
    record_socialisation_in(session, ctx, date(2026, 1, 20), "kunjungan", "Kunjungan rumah keluarga PMI: tabungan dan usaha",
                         "Dusun-dusun Kuripan", None, tuple(rng.sample(everyone, 20)))


def _year_of_production(session: Session, ctx: ServiceContext, rng: random.Random, ids: dict[str, str],
                        members: dict[str, list[str]]) -> None:
    events = [
        create_event_in(session, ctx, "Bazar Ramadan Kecamatan Watumalang", "bazar", date(2026, 3, 2), date(2026, 3, 4),
                          "Alun-alun Watumalang", tuple(ids.values())),
        create_event_in(session, ctx, "Pameran Produk Desmigratif Wonosobo", "pameran", date(2026, 8, 17), date(2026, 8, 19),
                          "Gedung Sasana Adipura Wonosobo", (ids["salak"], ids["batik"], ids["singkong"])),
    ]
    for key, gid in ids.items():
        _runs(session, ctx, rng, key, gid, members[key], START_2017, END_2017, 9 if key == "salak" else 6, [])
        prod.record_cost_in(session, ctx, gid, date(2017, 4, 3), "Kemasan dan label", rng.randint(10, 20) * 10_000)
        _runs(session, ctx, rng, key, gid, members[key], YEAR_START, REF, 14 if key == "salak" else 9, events)
        prod.record_cost_in(session, ctx, gid, date(2026, 2, 5), "Kemasan dan label", rng.randint(20, 40) * 10_000)
        prod.record_cost_in(session, ctx, gid, date(2026, 8, 15), "Sewa stan dan transportasi pameran", rng.randint(15, 30) * 10_000)
    # Share-outs: salak every 4 runs (the latest runs are left due), the others before Lebaran (25 June 2017,
    # 20 March 2026); each is finalised a few days after its period, not today.
    session.flush()

    def on(day: date) -> ServiceContext:
        return replace(ctx, today_override=day + timedelta(days=3))

    salak = sorted(session.scalars(select(prod.ProductionBatch.produced_on).where(
        prod.ProductionBatch.group_id == ids["salak"])))
    for start, first in ((START_2017, 0), (YEAR_START, next(i for i, d in enumerate(salak) if d >= YEAR_START))):
        for cut in (first + 3, first + 7):
            end = salak[cut + 1] - timedelta(days=1)
            finalise_share_in(session, on(end), ids["salak"], start if cut == first + 3 else None, end)
    for key in ("daging", "singkong", "batik"):
        finalise_share_in(session, on(date(2017, 6, 15)), ids[key], START_2017, date(2017, 6, 15))
        finalise_share_in(session, on(date(2026, 3, 10)), ids[key], YEAR_START, date(2026, 3, 10))


def _runs(session: Session, ctx: ServiceContext, rng: random.Random, key: str, gid: str, members: list[str],
          start: date, end: date, runs: int, events: list) -> None:  # type: ignore[type-arg]
    """`runs` batches spread from `start` to `end`, each sold over the following weeks."""
    products = list(session.scalars(select(prod.Product).where(prod.Product.group_id == gid).order_by(prod.Product.name)))
    cost_of = {p[0]: p[3] for p in GROUPS[key][4]}
    day = start + timedelta(days=rng.randint(0, 10))
    gap = (end - start).days // runs
    for _ in range(runs):
        product = rng.choice(products)
        qty = rng.randint(8, 20) if key == "batik" else rng.randint(60, 160)
        workers = tuple(rng.sample(members, rng.randint(5, len(members))))
        prod.record_batch_in(session, ctx, prod.BatchInput(product.id, day, qty, qty * cost_of[product.name], workers))
        sold = 0
        for _sale in range(rng.randint(3, 5)):
            when = min(day + timedelta(days=rng.randint(1, gap)), end)
            n = min(rng.randint(qty // 5, qty // 3) or 1, qty - sold)
            if n <= 0:
                break
            event = next((e for e in events if e.start_on <= when <= (e.end_on or e.start_on)), None)
            channel = "pameran" if event else rng.choice(CHANNELS)
            prod.record_sale_in(session, ctx, prod.SaleInput(product.id, when, n, product.price, channel,
                                                          event.id if event else None))
            sold += n
        day = min(day + timedelta(days=gap + rng.randint(-3, 3)), end)


def build_demo_groups(session: Session, ctx: ServiceContext, seed: int = 2017) -> None:
    """Usaha Produktif's part of the demo village: the four production groups of Tabel 1."""
    add_demo_groups(session, ctx, random.Random(seed))
