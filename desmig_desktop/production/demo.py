"""The demo village's production groups: the four Kuripan groups of Tabel 1 (seed 002).

60 initial participants in January 2017, 10 dropped out during 2017 (the seeds' "50 of an initial
60"), leaving exactly Tabel 1: salak 13, daging 11, singkong 13, batik 13. Rp8.000.000 of village aid
split over the four groups in 2017, Kemnaker equipment, trainings, and a year of batches and sales
(November 2025 – October 2026) so every screen and the current recap are filled.
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
from desmig_desktop.registry.models import Person

TABEL_1 = {
    "salak": ["Bawon", "Turyati", "Suryati", "Farida", "Sarmiyati", "Ponisem", "Waginah", "Parsini", "Yuniah",
              "Litik", "Miskiyah", "Kinem", "Sanem"],
    "daging": ["Rahayu", "Sulasmini", "Nisem", "Reged", "Tunem", "Sarni", "Rumiyati", "Nisih", "Tutur", "Sundiyah",
               "Painem"],
    "singkong": ["Sulastri", "Alfiah", "Ernafi", "Yurida", "Turi", "Kidah", "Nirah", "Urip", "Asih", "Nur Cahyani",
                 "Jumini", "Taromi", "Sumiyati"],
    "batik": ["Sri Handayani", "Mafiroh", "Saryanti", "Parilah", "Suwarti", "Subini", "Sumarni", "Tuyem", "Kliyem",
              "Wanti", "Sugiyanti", "Poniyem", "Suprihatin"],
}

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
LEAVE_REASONS = [("kerja_luar_negeri", ""), ("tidak_berminat", "hanya ikut sekali sosialisasi"), ("usaha_sendiri", "membuka warung"),
                 ("pindah", "ikut suami ke Semarang"), ("sibuk_keluarga", ""), ("kerja_luar_negeri", "berangkat lagi ke Taiwan")]
CHANNELS = ["toko", "toko", "whatsapp", "whatsapp", "pesanan", "facebook", "instagram", "web_desa"]
FOUNDED = date(2017, 1, 9)
YEAR_START, REF = date(2025, 11, 1), date(2026, 10, 31)


def _find(session: Session, name: str) -> Person:
    found = session.scalars(select(Person).where(Person.name == name, Person.sex == "P", Person.deleted_at.is_(None))
                            .order_by(Person.nik)).first()
    if found is None:
        raise LookupError(f"demo person missing: {name}")
    return found


def add_demo_groups(session: Session, ctx: ServiceContext, rng: random.Random) -> dict[str, str]:
    """Create the four groups and their history inside the caller's unit of work. Returns key -> group id."""
    taken = {n for names in TABEL_1.values() for n in names}
    spare = [p for p in session.scalars(select(Person).where(Person.sex == "P", Person.deleted_at.is_(None),
                                                             Person.birth_date <= date(1995, 1, 1),
                                                             Person.birth_date >= date(1960, 1, 1)).order_by(Person.nik))
             if p.name not in taken]
    rng.shuffle(spare)
    ids: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    for key, (name, commodity, due, runs, products) in GROUPS.items():
        g = create_group_in(session, ctx, GroupInput(name, commodity, FOUNDED, share_due_rule=due, share_due_runs=runs,
                                               pirt_status="terbit" if key in ("salak", "singkong") else "proses",
                                               pirt_number=f"P-IRT 2{rng.randint(10, 99)}3307010{rng.randint(100, 999)}-22" if key in ("salak", "singkong") else "",
                                               pirt_date=date(2022, 8, 15) if key in ("salak", "singkong") else None))
        ids[key] = g.id
        people = [_find(session, n) for n in TABEL_1[key]]
        for i, p in enumerate(people):
            role = ("ketua", "sekretaris", "bendahara")[i] if i < 3 else "anggota"
            add_member_in(session, ctx, g.id, p.id, FOUNDED, role)
        for _ in range(DROPOUTS[key]):
            p = spare.pop()
            reason, note = LEAVE_REASONS[rng.randrange(len(LEAVE_REASONS))]
            left = FOUNDED + timedelta(days=rng.randint(40, 330))
            add_member_in(session, ctx, g.id, p.id, FOUNDED, "anggota", left, reason, note)
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
        products = list(session.scalars(select(prod.Product).where(prod.Product.group_id == gid).order_by(prod.Product.name)))
        cost_of = {p[0]: p[3] for p in GROUPS[key][4]}
        runs = 14 if key == "salak" else 9
        day = YEAR_START + timedelta(days=rng.randint(0, 10))
        gap = (REF - YEAR_START).days // runs
        for _ in range(runs):
            product = rng.choice(products)
            qty = rng.randint(8, 20) if key == "batik" else rng.randint(60, 160)
            workers = tuple(rng.sample(members[key], rng.randint(5, len(members[key]))))
            prod.record_batch_in(session, ctx, prod.BatchInput(product.id, day, qty, qty * cost_of[product.name], workers))
            sold = 0
            for _sale in range(rng.randint(3, 5)):
                when = min(day + timedelta(days=rng.randint(1, gap)), REF)
                n = min(rng.randint(qty // 5, qty // 3) or 1, qty - sold)
                if n <= 0:
                    break
                event = next((e for e in events if e.start_on <= when <= (e.end_on or e.start_on)), None)
                channel = "pameran" if event else rng.choice(CHANNELS)
                prod.record_sale_in(session, ctx, prod.SaleInput(product.id, when, n, product.price, channel,
                                                              event.id if event else None))
                sold += n
            day = min(day + timedelta(days=gap + rng.randint(-3, 3)), REF)
        prod.record_cost_in(session, ctx, gid, date(2026, 2, 5), "Kemasan dan label", rng.randint(20, 40) * 10_000)
        prod.record_cost_in(session, ctx, gid, date(2026, 8, 15), "Sewa stan dan transportasi pameran", rng.randint(15, 30) * 10_000)
    # Past share-outs: salak every 4 runs (the latest batch of runs is left due), others before Lebaran 2026.
    session.flush()
    salak_batches = sorted(session.scalars(select(prod.ProductionBatch.produced_on).where(
        prod.ProductionBatch.group_id == ids["salak"])))
    def on(day: date) -> ServiceContext:  # a share-out is finalised a few days after its period, not today
        return replace(ctx, today_override=day + timedelta(days=3))

    for cut in (3, 7):
        end = salak_batches[cut + 1] - timedelta(days=1)
        finalise_share_in(session, on(end), ids["salak"], YEAR_START if cut == 3 else None, end)
    for key in ("daging", "singkong", "batik"):
        finalise_share_in(session, on(date(2026, 3, 10)), ids[key], YEAR_START, date(2026, 3, 10))


def build_demo_groups(session: Session, ctx: ServiceContext, seed: int = 2017) -> None:
    """Usaha Produktif's part of the demo village: the four production groups of Tabel 1."""
    add_demo_groups(session, ctx, random.Random(seed))
