"""Make many village packages for the district benchmark (issue 10 point 9), fast: one demo village, renumbered.

    .venv/bin/python bench/make_packages.py --villages 500 --out /tmp/s10/bench/pkgs [--template T.db]
        [--key-dir DIR] [--movers N] [--workers 2]

Builds (or takes, `--template`) ONE demo village file (`desmig --db T demo`: ~2,100 people, ~26k rows, groups,
share-outs, savings and loans over several years), reads its raw rows once (`district.package.snapshot`) and its
recap facts for 2026-10 once, then for village i:
- every UUID in every string value (ids, every reference, `audit_log.record_id`, `journal_entry.source_id`, UUIDs
  inside the audit trail's JSON, group ids in the recap) becomes `uuid5(namespace_i, value)`: the same links,
  other ids;
- the village gets a code `3307 KK 2DDD` (kecamatan KK of 15, desa DDD), a name and its kecamatan's name;
- every 16-digit number (NIK, No. KK, also inside the audit JSON) gets the village's kecamatan area and a serial
  shifted by the desa's number, so NIKs / No. KKs stay 16 digits and are distinct across all villages;
  `--movers N`: N people of village i (i > 0) carry their NIK in village i-1 too — the same
  person live in two villages, for the district's conflict rule;
then `pack` + `seal` to the district's public key (made in `--key-dir` with `district.keys.make_key_pair` when
missing) into `OUT/<code>-2026-11-03.desmig` (manifest period 2026-10, sequence 1). Two worker processes.
Prints rows and size per package (every 50th, and the first) and the total time. Everything goes outside the repo.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import multiprocessing
import re
import subprocess
import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PERIOD = "2026-10"
CREATED = datetime(2026, 11, 3, 8, 15, tzinfo=timezone.utc)
FILE_DAY = "2026-11-03"
KABUPATEN, PROVINSI, KAB_CODE = "Wonosobo", "Jawa Tengah", "3307"
KECAMATAN = ("Wadaslintang", "Kepil", "Sapuran", "Kaliwiro", "Leksono", "Selomerto", "Kalikajar", "Kertek",
             "Wonosobo", "Watumalang", "Mojotengah", "Garung", "Kejajar", "Sukoharjo", "Kalibawang")
_PREFIX = ("Sido", "Karang", "Sumber", "Tegal", "Banyu", "Wono", "Kali", "Gunung", "Candi", "Suka", "Mulyo", "Tirto",
           "Argo", "Rejo", "Jati", "Krajan", "Pucung", "Kedung", "Bumi", "Sari", "Tanjung", "Ngasem", "Wates", "Kebon",
           "Lemah")
_SUFFIX = ("mulyo", "sari", "rejo", "harjo", "joyo", "agung", "kerto", "makmur", "asri", "jaya", "wangi", "sono",
           "tengah", "kidul", "lor", "wetan", "kulon", "rahayu", "tani", "luhur")
SERIAL_STEP = 150  # a template serial (NIK's / No. KK's last 4 digits) must stay below this
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TOKEN_RE = re.compile(r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<!\d)\d{16}(?!\d))")
BASE_NAMESPACE = uuid.UUID("5b0c1d7e-8f10-4d6a-9a55-0d15ea5e0010")

_STATE: dict[str, Any] = {}  # set in the parent before the workers fork: the template's rows, recap, key


def village_places(count: int) -> list[dict[str, Any]]:
    """Code, name, kecamatan of each of `count` villages: spread over the 15 kecamatan, contiguous per kecamatan."""
    per_kec = max(1, math.ceil(count / len(KECAMATAN)))
    if per_kec * SERIAL_STEP > 9999 - SERIAL_STEP:
        raise SystemExit(f"too many villages per kecamatan ({per_kec}) for distinct NIK serials")
    out = []
    for i in range(count):
        kec, desa = i // per_kec + 1, i % per_kec + 1
        name = f"{_PREFIX[i % len(_PREFIX)]}{_SUFFIX[(i // len(_PREFIX)) % len(_SUFFIX)]}"
        if i >= len(_PREFIX) * len(_SUFFIX):
            name += f" {i // (len(_PREFIX) * len(_SUFFIX)) + 1}"
        out.append({"index": i, "kec": kec, "desa": desa, "code": f"{KAB_CODE}{kec:02d}{2000 + desa:04d}",
                    "name": name, "kecamatan": KECAMATAN[kec - 1], "neighbour": i - 1 if i > 0 else None})
    return out


def renumber(number: str, place: dict[str, Any]) -> str:
    """A NIK / No. KK of the template as it is in `place`: its kecamatan's area, the same date digits, the serial
    shifted by the desa's number (distinct across villages, still 16 digits)."""
    serial = int(number[12:])
    if serial >= SERIAL_STEP:  # not a template NIK / No. KK (those stay below): only the area changes
        return f"{KAB_CODE}{place['kec']:02d}{number[6:]}"
    return f"{KAB_CODE}{place['kec']:02d}{number[6:12]}{place['desa'] * SERIAL_STEP + serial:04d}"


def column_plan(tables: dict[str, Any]) -> dict[str, list[tuple[int, Any]]]:
    """Per table, the columns to rewrite and how, read once from the template: "uid" (every value a UUID or
    null), "num" (every value 16 digits or null), or, for UUIDs / 16-digit numbers inside longer text (the audit
    trail's JSON), the text of every row split once around them (a list: row -> parts, or None). Other columns
    (timestamps, amounts, names) are copied as they are."""
    plan: dict[str, list[tuple[int, Any]]] = {}
    for name, table in tables.items():
        ops = []
        for i, _column in enumerate(table.columns):
            values = [r[i] for r in table.rows if type(r[i]) is str]
            if not values:
                continue
            if all(UUID_RE.fullmatch(v) for v in values):
                ops.append((i, "uid"))
            elif all(len(v) == 16 and v.isdigit() for v in values):
                ops.append((i, "num"))
            elif any(TOKEN_RE.search(v) for v in values):
                ops.append((i, [TOKEN_RE.split(r[i]) if type(r[i]) is str else None for r in table.rows]))
        plan[name] = ops
    return plan


class Remap:
    """Every UUID and 16-digit number of the template as it is in one village (cached per value)."""

    def __init__(self, place: dict[str, Any], movers: dict[str, str]):
        self.namespace = uuid.uuid5(BASE_NAMESPACE, place["code"]).bytes
        self.place, self.movers = place, movers
        self.ids: dict[str, str] = {}
        self.numbers: dict[str, str] = {}

    def uid(self, value: Any) -> Any:
        """uuid5(namespace, value), computed as the uuid module does (SHA-1, version 5, RFC 4122 variant)."""
        got = self.ids.get(value)
        if got is None:
            if value is None:
                return None
            h = bytearray(hashlib.sha1(self.namespace + value.encode()).digest()[:16])
            h[6], h[8] = (h[6] & 0x0F) | 0x50, (h[8] & 0x3F) | 0x80
            x = h.hex()
            got = self.ids[value] = f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"
        return got

    def number(self, value: Any) -> Any:
        got = self.numbers.get(value)
        if got is None:
            if value is None:
                return None
            got = self.numbers[value] = self.movers.get(value) or renumber(value, self.place)
        return got

    def token(self, text: str) -> str:
        return self.number(text) if len(text) == 16 else self.uid(text)

    def text(self, v: Any) -> Any:
        return TOKEN_RE.sub(lambda m: self.token(m.group(0)), v) if type(v) is str else v

    def joined(self, parts: list[str] | None) -> str | None:
        """A text split by TOKEN_RE (literal, token, literal, …) put back with its tokens renumbered."""
        if parts is None:
            return None
        out = parts[:]
        for k in range(1, len(out), 2):
            out[k] = self.token(out[k])
        return "".join(out)

    def table(self, rows: list[list], ops: list[tuple[int, Any]]) -> list[list]:
        funcs = [(i, self.uid if kind == "uid" else self.number) for i, kind in ops if isinstance(kind, str)]
        splits = [(i, parts) for i, parts in ops if not isinstance(parts, str)]
        out = []
        for r, row in enumerate(rows):
            row = list(row)
            for i, f in funcs:
                row[i] = f(row[i])
            for i, parts in splits:
                row[i] = self.joined(parts[r])
            out.append(row)
        return out


def mover_niks(template: dict[str, Any], place: dict[str, Any], places: list[dict[str, Any]], count: int
               ) -> dict[str, str]:
    """Template NIK -> the NIK the same person has in the neighbouring village (the mover's other row)."""
    if not count or place["neighbour"] is None:
        return {}
    person = template["person"]
    cols = person.columns
    nik, deleted, in_village = cols.index("nik"), cols.index("deleted_at"), cols.index("in_village")
    live = sorted(r[nik] for r in person.rows if r[deleted] is None and r[in_village] in (1, True))
    step = max(2, len(live) // count)
    offset = (place["index"] % 2) * (step // 2)  # never the people the previous village moved: disjoint sets
    chosen = live[offset::step][:count]
    neighbour = places[place["neighbour"]]
    return {n: renumber(n, neighbour) for n in chosen}


def village_tables(place: dict[str, Any], places: list[dict[str, Any]], movers: int
                   ) -> tuple[dict[str, Any], list[dict], str]:
    from desmig_desktop.district.package import TableRows

    template = _STATE["tables"]
    remap = Remap(place, mover_niks(template, place, places, movers))
    plan = _STATE["plan"]
    out = {}
    for name, table in template.items():
        rows = remap.table(table.rows, plan[name])
        if name == "village":
            rows = [_village_row(table.columns, row, place) for row in rows]
        out[name] = TableRows(table.columns, rows)
    recap = []
    for row in _STATE["recap"]:
        recap.append({**{k: remap.text(v) for k, v in row.items()}, "village_code": place["code"]})
    village_id = out["village"].rows[0][out["village"].columns.index("id")]
    return out, recap, village_id


def _village_row(columns: tuple[str, ...], row: list, place: dict[str, Any]) -> list:
    row = list(row)
    old = dict(zip(columns, row))
    fresh = {"code": place["code"], "name": place["name"], "kecamatan": place["kecamatan"],
             "kabupaten": KABUPATEN, "provinsi": PROVINSI}
    if "address" in old and isinstance(old["address"], str):
        fresh["address"] = (old["address"].replace(str(old.get("name")), place["name"])
                            .replace(str(old.get("kecamatan")), place["kecamatan"]))
    return [fresh.get(c, v) for c, v in zip(columns, row)]


def make_one(args: tuple[dict[str, Any], list[dict[str, Any]], int, str]) -> tuple[str, int, int, float]:
    from desmig_desktop.district.package import pack, seal

    place, places, movers, out = args
    t0 = time.perf_counter()
    tables, recap, village_id = village_tables(place, places, movers)
    fields = {"village_id": village_id, "village_code": place["code"], "village_name": place["name"],
              "kecamatan": place["kecamatan"], "kabupaten": KABUPATEN, "provinsi": PROVINSI,
              "schema_revision": _STATE["revision"], "app_version": _STATE["app_version"], "created_at": CREATED,
              "sequence": 1, "previous_sha256": None, "period": PERIOD}
    sealed = seal(pack(fields, tables, recap), public_key=_STATE["public_key"])
    path = Path(out) / f"{place['code']}-{FILE_DAY}.desmig"
    path.write_bytes(sealed)
    rows = sum(len(t.rows) for t in tables.values())
    return place["code"], rows, len(sealed), time.perf_counter() - t0


def load_template(path: Path) -> tuple[dict[str, Any], list[dict], str]:
    """The template's raw rows, its recap facts for PERIOD (empty when the recap flattening is not there), and
    its schema revision. Opening brings the file to the app's schema head."""
    from desmig_desktop.app import PILLARS, load_all_models
    from desmig_desktop.core.context import ServiceContext
    from desmig_desktop.core.db.engine import current_revision
    from desmig_desktop.core.periods import parse_period
    from desmig_desktop.district.package import snapshot

    load_all_models()
    ctx = ServiceContext.open(path)
    try:
        tables = snapshot(ctx.engine)
        revision = current_revision(ctx.engine) or ""
        try:
            from desmig_desktop.district.package import recap_facts
            from desmig_desktop.recap.dataset import build_recap

            recap = recap_facts(build_recap(ctx, parse_period(PERIOD), PILLARS))
        except (ImportError, AttributeError) as err:
            print(f"no recap facts ({err}): packages carry an empty recap.csv", file=sys.stderr)
            recap = []
    finally:
        ctx.engine.dispose()
    return tables, recap, revision


def district_public_key(key_dir: Path) -> str:
    from desmig_desktop.district.keys import PUBLIC_NAME, make_key_pair

    if not (key_dir / PUBLIC_NAME).exists():
        make_key_pair(key_dir)
    return (key_dir / PUBLIC_NAME).read_text(encoding="ascii").strip()


def build_template(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    exe = Path(sys.executable).with_name("desmig")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "desmig_desktop.cli"]
    subprocess.run([*cmd, "--db", str(path), "demo"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def generate(villages: int, out: Path, template: Path | None = None, key_dir: Path | None = None, movers: int = 0,
             workers: int = 2, quiet: bool = False) -> list[tuple[str, int, int, float]]:
    """Write `villages` packages into `out`; returns (code, rows, bytes, seconds) per package."""
    from desmig_desktop import __version__

    t0 = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    if template is None:
        template = out.parent / "template.db"
    if not template.exists():
        build_template(template)
    key_dir = key_dir or out.parent / "key"
    tables, recap, revision = load_template(template)
    _STATE.update(tables=tables, recap=recap, revision=revision, app_version=__version__,
                  public_key=district_public_key(key_dir), plan=column_plan(tables))
    t_ready = time.perf_counter()
    places = village_places(villages)
    jobs = [(p, places, movers, str(out)) for p in places]
    if workers > 1:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            results = pool.map(make_one, jobs, chunksize=4)
    else:
        results = [make_one(job) for job in jobs]
    if not quiet:
        total = time.perf_counter() - t0
        for i, (code, rows, size, secs) in enumerate(results):
            if i == 0 or (i + 1) % 50 == 0 or i == len(results) - 1:
                print(f"  {code}: {rows:,} rows, {size / 1e6:.2f} MB, {secs:.2f} s")
        rows = sum(r[1] for r in results)
        size = sum(r[2] for r in results)
        print(f"{len(results)} packages in {out}: {rows:,} rows, {size / 1e6:.1f} MB in all; template read in "
              f"{t_ready - t0:.1f} s, packages {total - (t_ready - t0):.1f} s ({workers} workers), total {total:.1f} s;"
              f" district key in {key_dir}")
    return results


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--villages", type=int, default=500)
    p.add_argument("--out", type=Path, required=True, help="folder for the .desmig files (outside the repo)")
    p.add_argument("--template", type=Path, help="a demo village file (default: OUT/../template.db, built once)")
    p.add_argument("--key-dir", type=Path, help="the district key pair (default OUT/../key, made when missing)")
    p.add_argument("--movers", type=int, default=0, help="people per village also live in the previous village")
    p.add_argument("--workers", type=int, default=2)
    args = p.parse_args(argv)
    generate(args.villages, args.out.resolve(), args.template, args.key_dir, args.movers, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
