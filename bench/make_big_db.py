"""Make a big village database for the benchmarks (default 100,000 people).

    .venv/bin/python bench/make_big_db.py bench/out/big.db [--people 100000] [--analyze]

The families come from the demo generator (registry.demo_homes.build_demo_homes, one seed per ~1,650 people),
renumbered so every NIK and No. KK stays unique. Rows go in with bulk INSERTs (test data, so no audit
trail), but the file is opened with open_database() so the schema is alembic head, and the derived
`status` / `in_village` columns are computed with the same domain rules the services use.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desmig_desktop.core.db.base import new_id
from desmig_desktop.core.db.engine import open_database
from desmig_desktop.registry import demo_names as N
from desmig_desktop.registry.demo_homes import build_demo_homes
from desmig_desktop.registry.models import Dusun, Household, LifeEvent, Person, Placement, RtUnit, Village
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services.status_sync import NO_CURRENT, PLACEMENT_FACTS, current_placements
from desmig_desktop.registry.status import MemberState, household_statuses, in_village, own_stage

CHUNK = 20_000


class _Event:  # what domain.status.in_village needs
    def __init__(self, kind: str, event_date: date):
        self.kind, self.event_date = kind, event_date


def make(path: Path, people: int, analyze: bool = False) -> dict[str, int]:
    if path.exists():
        raise SystemExit(f"{path} exists: choose a new file")
    engine = open_database(path)
    now = datetime.now(timezone.utc)
    village_id = new_id()
    stamp = {"created_at": now, "updated_at": now, "village_id": village_id}  # every row says its village (0004)
    dusun_ids = [new_id() for _ in N.DUSUN_LAYOUT]
    rows: dict[str, list[dict]] = {"household": [], "person": [], "placement": [], "life_event": []}
    kk_serial: dict[str, int] = {}
    nik_serial: dict[tuple[str, str], int] = {}
    total, seed = 0, 5000
    while total < people:
        for home in build_demo_homes(seed):
            if total >= people:
                break
            members = home.members[: people - total]
            issued = home.no_kk[6:12]
            kk_serial[issued] = kk_serial.get(issued, 0) + 1
            hid = new_id()
            rows["household"].append({"id": hid, "no_kk": f"{N.NIK_AREA}{issued}{kk_serial[issued]:04d}",
                                      "dusun_id": dusun_ids[home.dusun], "rw": home.rw, "rt": home.rt,
                                      "address": f"Dusun {N.DUSUN_LAYOUT[home.dusun][0]}", **stamp})
            states, ids, here = [], [], {}
            for m in members:
                key = (f"{m.birth:%d%m%y}", m.sex)
                nik_serial[key] = nik_serial.get(key, 0) + 1
                pid = new_id()
                ids.append(pid)
                states.append(MemberState(pid, own_stage(m.placements)))
                here[pid] = in_village([_Event(k, d) for k, d, _n in m.events])
                rows["person"].append({
                    "id": pid, "household_id": hid, "relationship_to_head": m.rel,
                    "nik": make_nik(N.NIK_AREA, m.birth, m.sex, nik_serial[key]), "name": m.name, "sex": m.sex,
                    "birth_place": m.birth_place, "birth_date": m.birth, "education": m.education,
                    "marital_status": m.marital, "occupation": m.occupation, "phone": m.phone, **stamp})
                for pl in m.placements:
                    values = {k: v for k, v in pl.__dict__.items() if k != "extra"}
                    rows["placement"].append({"id": new_id(), "person_id": pid, **values, **stamp})
                for kind, when, note in m.events:
                    rows["life_event"].append({"id": new_id(), "person_id": pid, "kind": kind, "event_date": when,
                                               "note": note, **stamp})
            statuses = household_statuses(states)
            for pid, row in zip(ids, rows["person"][-len(ids):]):
                row["status"], row["in_village"] = statuses[pid], here[pid]
            total += len(members)
        seed += 1
    current = current_placements(tuple(r.get(c) for c in PLACEMENT_FACTS) for r in rows["placement"])
    for row in rows["person"]:  # the current placement's country / departure day, as status_sync keeps them
        row["current_country"], row["current_departed_on"] = current.get(row["id"], NO_CURRENT)
    with Session(engine) as s, s.begin():
        s.execute(insert(Village), [{"id": village_id, "code": N.VILLAGE_CODE, "name": N.VILLAGE_NAME,
                                     "kecamatan": N.KECAMATAN, "kabupaten": N.KABUPATEN, "provinsi": N.PROVINSI,
                                     "head_name": N.HEAD_OF_VILLAGE, "address": N.VILLAGE_ADDRESS, **stamp}])
        s.execute(insert(Dusun), [{"id": d, "village_id": village_id, "name": name, **stamp}
                                  for d, (name, _rws) in zip(dusun_ids, N.DUSUN_LAYOUT)])
        s.execute(insert(RtUnit), [{"id": new_id(), "dusun_id": d, "rw": rw, "rt": rt, **stamp}
                                   for d, (_name, rws) in zip(dusun_ids, N.DUSUN_LAYOUT)
                                   for rw, count in rws for rt in range(1, count + 1)])
        for model, key in ((Household, "household"), (Person, "person"), (Placement, "placement"),
                           (LifeEvent, "life_event")):
            data = rows[key]
            for i in range(0, len(data), CHUNK):
                s.execute(insert(model), data[i:i + CHUNK])
    if analyze:
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    with Session(engine) as s:
        counts = {st: n for st, n in s.execute(
            select(Person.status, func.count()).where(Person.in_village.is_(True)).group_by(Person.status))}
    engine.dispose()
    return {"persons": len(rows["person"]), "households": len(rows["household"]),
            "placements": len(rows["placement"]), **counts}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("path", type=Path)
    p.add_argument("--people", type=int, default=100_000)
    p.add_argument("--analyze", action="store_true", help="run a full ANALYZE afterwards (the app runs a sampled one whenever it opens a file)")
    args = p.parse_args(argv)
    start = time.perf_counter()
    counts = make(args.path, args.people, args.analyze)
    print(f"made {args.path} in {time.perf_counter() - start:.1f} s: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
