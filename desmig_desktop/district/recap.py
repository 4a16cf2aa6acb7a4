"""The district recap: every village's recap, made by the SAME recap code on a context scoped to that village of
the district database (`ServiceContext.scoped`), then one row of stable columns per village and the sums per
kecamatan and for the kabupaten. The district is one more scope, not a second report engine.

What `build_recap` does for one village is done here in its three steps, so that the registry's rows are read
for a batch of villages at once (`BATCH`: a few Core statements naming the batch, instead of seven per
village) and split by village before the same pure `registry_recap`; each pillar's section is built by the
pillar's batch builder (`RecapParts.build_many`, the code of its one-village `build`) for the whole batch at once
on a context scoped to it, then split by village (a pillar without `build_many`: its `build` on the context
scoped to each village, as `recap_sections` does). The tests hold each village's result equal
to `build_recap` on the village's own file.

Columns: the registry's (`recap.columns.registry_columns`) then each pillar's `RecapParts.district`, each called
with None for a village without that section, so every village has the same columns in the same order. Totals
are sums of the village rows (PAR30 and other ratios are made from summed numerators and denominators).

Villages: the district's list (`district_village`); a village is recapped once its rows are in the database (a
package merged). `missing` lists the villages whose package for the period has not arrived (`district.status`):
the ones never merged have no row; the others keep their row, from the last data received, marked `reported=False`.
People a village shares with another that counts them (`district.movers.not_counted`) leave its "present".
Renderers (`recap_xlsx`, `recap_pdf`, `recap_csv`) take the `DistrictRecap` and never query.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Sequence

from dataclasses import replace

from sqlalchemy import inspect, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.core.context import ServiceContext, scope_session
from desmig_desktop.core.i18n import N_
from desmig_desktop.core.periods import Period
from desmig_desktop.core.pillar import DistrictFigure, Pillar, load
from desmig_desktop.recap.columns import registry_columns
from desmig_desktop.recap.dataset import RecapData, RecapSection, RegistryRows, read_registry_batch, registry_recap
from desmig_desktop.registry.dto import VillageDTO

REGISTRY_GROUP = N_("Penduduk dan PMI")
BATCH = 50  # villages whose registry rows are read in one pass (memory: ~2,000 people and their rows each)


@dataclass(frozen=True)
class Column:
    """A column of the per-village table: `code` (indicator), `category` and `sex` as in the long format;
    `label` and `group` (the area's title) are N_() texts."""

    code: str
    category: str
    sex: str
    label: str
    money: bool
    group: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.code, self.category, self.sex)


@dataclass(frozen=True)
class VillageRecap:
    code: str
    name: str
    kecamatan: str
    data: RecapData
    values: tuple[int, ...] = ()  # one per column of the district recap, in its order
    reported: bool = True  # the package of the period arrived; False: the last data received


@dataclass(frozen=True)
class MissingVillage:
    code: str
    name: str
    kecamatan: str
    has_data: bool  # an earlier package was merged: its figures are in the recap, from that data


@dataclass(frozen=True)
class TotalRow:
    kecamatan: str  # "" for the kabupaten
    villages: int
    values: tuple[int, ...]


@dataclass(frozen=True)
class DistrictRecap:
    kabupaten: str
    period: Period
    generated_on: date
    villages: tuple[VillageRecap, ...]  # by kecamatan, then name
    missing: tuple[str, ...]  # codes of the villages whose package of the period has not arrived
    missing_villages: tuple[MissingVillage, ...] = ()
    column_list: tuple[Column, ...] = ()

    def columns(self) -> tuple[Column, ...]:
        return self.column_list

    def column_index(self, code: str, category: str = "", sex: str = "") -> int:
        return next(i for i, c in enumerate(self.column_list) if c.key == (code, category, sex))

    def totals(self) -> tuple[TotalRow, ...]:
        """One row per kecamatan (in village order), then the kabupaten's (kecamatan "")."""
        by_kecamatan: dict[str, list[VillageRecap]] = {}
        for v in self.villages:
            by_kecamatan.setdefault(v.kecamatan, []).append(v)
        rows = [_sum(k, vs, len(self.column_list)) for k, vs in by_kecamatan.items()]
        return (*rows, self.kabupaten_total())

    def kabupaten_total(self) -> TotalRow:
        return _sum("", list(self.villages), len(self.column_list))


def _sum(kecamatan: str, villages: list[VillageRecap], width: int) -> TotalRow:
    return TotalRow(kecamatan, len(villages), tuple(sum(v.values[i] for v in villages) for i in range(width)))


def _parts(pillars: Sequence[Pillar]) -> list[tuple[str, str, Any]]:
    """(pillar key, group title, district columns function) of the pillars that have district columns."""
    return [(p.key, p.recap.title, load(p.recap.district)) for p in pillars
            if p.recap is not None and p.recap.district is not None]


def figures(data: RecapData | None, parts: list[tuple[str, str, Any]]) -> list[tuple[str, DistrictFigure]]:
    """(group, figure) of one village, in column order; zeros for None."""
    out = [(REGISTRY_GROUP, f) for f in registry_columns(data)]
    for key, title, columns in parts:
        out += [(title, f) for f in columns(data.section(key) if data is not None else None)]
    return out


def _columns(parts: list[tuple[str, str, Any]]) -> tuple[Column, ...]:
    return tuple(Column(f.code, f.category, f.sex, f.label, f.money, group) for group, f in figures(None, parts))


@dataclass(frozen=True)
class _Place:
    code: str
    name: str
    kecamatan: str
    kabupaten: str
    village_id: str | None


def _places(engine: Engine) -> list[_Place]:
    """The district's villages (its list, and any village whose rows are there without being on it); a plain
    database of merged villages without the district's tables: its `village` rows."""
    from desmig_desktop.registry.models import Village

    with engine.connect() as conn:
        rows = conn.execute(select(Village.id, Village.code, Village.name, Village.kecamatan, Village.kabupaten)
                            .where(Village.deleted_at.is_(None))).all()
        listed = []
        if inspect(conn).has_table("district_village"):
            from desmig_desktop.district.models import DistrictVillage as D

            listed = conn.execute(select(D.code, D.name, D.kecamatan, D.kabupaten, D.village_id)).all()
    by_code = {r.code: r for r in rows}
    places = [_Place(code, name or "", kecamatan or "", kabupaten or "",
                     vid or (by_code[code].id if code in by_code else None))
              for code, name, kecamatan, kabupaten, vid in listed]
    seen = {p.code for p in places}
    places += [_Place(r.code, r.name, r.kecamatan or "", r.kabupaten or "", r.id) for r in rows if r.code not in seen]
    return places


def _arrived(engine: Engine, period: Period) -> set[str] | None:
    """Codes of the villages whose package of the period arrived; None without the district's tables."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("district_package"):
            return None
    from desmig_desktop.district.status import reporting_status

    return {r.code for r in reporting_status(engine, period).rows if r.arrived}


def _not_counted(engine: Engine, day: date) -> dict[str, set[str]]:
    try:
        from desmig_desktop.district.movers import not_counted
    except ImportError:  # pragma: no cover - the movers module is part of the same release
        return {}
    return not_counted(engine, day)


def _kabupaten(engine: Engine, places: list[_Place]) -> str:
    with engine.connect() as conn:
        if inspect(conn).has_table("district_info"):
            from desmig_desktop.district.models import DistrictInfo

            found = conn.execute(select(DistrictInfo.value).where(DistrictInfo.key == "kabupaten")).scalar()
            if found:
                return found
    return next((p.kabupaten for p in places if p.kabupaten), "")


def _registry_batch(engine: Engine, village_ids: list[str]) -> dict[str, tuple[VillageDTO, RegistryRows]]:
    """village id -> (its profile, its registry rows) for a batch of villages, read in one pass."""
    from desmig_desktop.registry.models import Dusun, Village
    from desmig_desktop.registry.services.village import to_dto

    with Session(engine) as s:
        scope_session(s, village_ids)
        profiles = {v.id: to_dto(v) for v in s.scalars(
            select(Village).where(Village.deleted_at.is_(None))
            .options(selectinload(Village.dusuns).selectinload(Dusun.rts)))}
        rows = read_registry_batch(s, village_ids)  # Core statements naming the batch (no ORM row processing)
    return {vid: (profiles[vid], rows[vid]) for vid in profiles}


def _sections_batch(base: ServiceContext, village_ids: list[str], period: Period,
                    pillars: Sequence[Pillar]) -> dict[str, tuple[RecapSection, ...]]:
    """village id -> its pillars' sections, in pillar order: a pillar with `build_many` reads the whole batch at
    once on a context scoped to it; one without builds each village's section on a context scoped to it."""
    batch = replace(base, scope_village_id=tuple(village_ids))  # reads only, every ORM statement of the batch
    found: dict[str, list[RecapSection]] = {vid: [] for vid in village_ids}
    for pillar in pillars:
        parts = pillar.recap
        if parts is None:
            continue
        if parts.build_many is not None:
            made = load(parts.build_many)(batch, period)
        else:
            build = load(parts.build)
            made = {vid: build(base.scoped(vid), period) for vid in village_ids}
        for vid in village_ids:
            section = made.get(vid)
            if section is not None:
                found[vid].append(RecapSection(pillar.key, section, parts.xlsx, parts.pdf))
    return {vid: tuple(own) for vid, own in found.items()}


def build_district_recap(engine: Engine, period: Period, pillars: Sequence[Pillar],
                         today: date | None = None) -> DistrictRecap:
    today = today or date.today()
    parts = _parts(pillars)
    places = sorted(_places(engine), key=lambda p: (p.kecamatan.casefold(), p.name.casefold(), p.code))
    arrived = _arrived(engine, period)
    shared = _not_counted(engine, period.end)
    base = ServiceContext(engine, officer="", today_override=today)
    with_data = [p.village_id for p in places if p.village_id is not None]
    registries: dict[str, tuple[VillageDTO, RegistryRows]] = {}
    sections: dict[str, tuple[RecapSection, ...]] = {}
    loaded: int | None = None
    villages, missing = [], []
    for place in places:
        reported = arrived is None or place.code in arrived
        vid = place.village_id
        if vid is not None and (at := with_data.index(vid) // BATCH * BATCH) != loaded:
            batch = with_data[at:at + BATCH]
            registries, loaded = _registry_batch(engine, batch), at
            sections = _sections_batch(base, batch, period, pillars)
        if vid is not None and vid in registries:
            profile, rows = registries[vid]
            data = registry_recap(profile, rows, period, today, "", shared.get(vid, set()))
            data = replace(data, sections=sections[vid])
            values = tuple(f.value for _g, f in figures(data, parts))
            villages.append(VillageRecap(place.code, place.name or data.village.name,
                                         place.kecamatan or data.village.kecamatan, data, values, reported))
        else:
            vid = None  # listed, its id known, but none of its rows here
        if not reported or vid is None:
            missing.append(MissingVillage(place.code, place.name, place.kecamatan, vid is not None))
    return DistrictRecap(_kabupaten(engine, places), period, today, tuple(villages),
                         tuple(m.code for m in missing), tuple(missing), _columns(parts))


# ---- words for the renderers (they never query) ------------------------------------------------------------

def column_heading(column: Column) -> str:
    """`PMI aktif L`, `Penjualan (Rp)`: the column's heading in the language of the moment."""
    from desmig_desktop.core.i18n import _

    text = _(column.label)
    if column.sex:
        text = f"{text} {column.sex}"
    return _("{label} (Rp)").format(label=text) if column.money else text


def document_title(recap: DistrictRecap) -> str:
    from desmig_desktop.core.i18n import _

    return _("Rekap Desmigratif Kabupaten {name} \u2014 {period}").format(name=recap.kabupaten,
                                                                        period=recap.period.label)


def kabupaten_lines(recap: DistrictRecap, values: Sequence[int]) -> list[tuple[str, str, int, int | None, bool]]:
    """The kabupaten's (or a kecamatan's) figures as (group, label, total, male or None, money) lines: an
    indicator split by sex becomes one line (its L and P columns), in column order."""
    from desmig_desktop.core.i18n import _

    lines: list[tuple[str, str, int, int | None, bool]] = []
    seen: dict[tuple[str, str], int] = {}
    for i, c in enumerate(recap.column_list):
        if c.sex:
            key = (c.code, c.category)
            if key in seen:  # the P column of a line begun by its L column
                group, label, total, male, money = lines[seen[key]]
                lines[seen[key]] = (group, label, total + values[i], male, money)
                continue
            seen[key] = len(lines)
            lines.append((_(c.group), _(c.label), values[i], values[i] if c.sex == "L" else None, c.money))
        else:
            lines.append((_(c.group), _(c.label), values[i], None, c.money))
    return lines
