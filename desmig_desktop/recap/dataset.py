"""The recap dataset for a period: built here, rendered by recap/xlsx.py and recap/pdf.py (which never query).

The dataset carries codes and data, never words: a status is `aktif`, a sector `informal`, a flow `departed`,
a country its name as recorded, and "" stands for a field left empty. The renderers make the words, in the
language of the moment (see recap/common.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Callable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.periods import Period
from desmig_desktop.core.pillar import Pillar, load
from desmig_desktop.registry.dto import VillageDTO
from desmig_desktop.registry.models import ContactLoss, Dusun, Household, LifeEvent, Person, Placement
from desmig_desktop.registry.rules import departed_under_age
from desmig_desktop.registry.services.village import require_village, to_dto
from desmig_desktop.registry.status import current_placement, in_village, status_of

STATUS_ORDER = ("calon", "aktif", "purna", "keluarga", "none")  # the rows of `by_status`, in this order
FLOWS = ("registered", "departed", "returned")
# The row of `by_route` for PMI aktif who left before they were 18 (UU 18/2017), whatever route was recorded:
# such a departure is outside the procedure by law; recorded as a fact (a non-procedural note), counted apart.
UNDERAGE = "di_bawah_umur"  # the rows of `flows`: registrations, departures, returns


@dataclass(frozen=True)
class CountRow:
    """People counted by sex under `key`: a code (status, sector, route, flow) or data (a country's name);
    "" when the field was left empty."""

    key: str
    male: int = 0
    female: int = 0

    @property
    def total(self) -> int:
        return self.male + self.female


@dataclass(frozen=True)
class RegisterRow:
    nik: str
    no_kk: str
    name: str
    sex: str
    birth_date: date
    dusun: str
    rw: int | None
    rt: int | None
    status: str  # stage on the period's last day
    country: str
    sector: str | None
    route: str | None
    job: str
    agency: str
    departed_on: date | None
    returned_on: date | None
    lost_contact: bool


@dataclass(frozen=True)
class RecapSection:
    """One pillar's part of the recap: its data and the two writers that render it (references or callables)."""

    key: str
    data: object
    xlsx: str | Callable[..., None]
    pdf: str | Callable[..., list]

    def writer(self, kind: str) -> Callable[..., Any]:
        ref = self.xlsx if kind == "xlsx" else self.pdf
        return load(ref) if isinstance(ref, str) else ref


@dataclass(frozen=True)
class RecapData:
    village: VillageDTO
    period: Period
    generated_on: date
    officer: str
    by_status: tuple[CountRow, ...]  # one row per status in STATUS_ORDER
    registered: CountRow  # everyone registered and present on the period's last day (the statuses' total)
    by_country: tuple[CountRow, ...]
    by_sector: tuple[CountRow, ...]
    by_route: tuple[CountRow, ...]
    flows: tuple[CountRow, ...]  # one row per code in FLOWS
    register: tuple[RegisterRow, ...]
    lost_contact: int = 0
    sections: tuple["RecapSection", ...] = ()  # the pillars' sections, in pillar order
    # Of the people registered and present on the period's last day, those whose NIK is not known yet (today).
    nik_missing: CountRow = CountRow("")

    @property
    def provisional(self) -> bool:
        """The period had not ended on the day the recap was made: its figures are "sementara"."""
        return self.generated_on <= self.period.end

    def section(self, key: str) -> object | None:
        """The data of pillar `key`'s section, or None when that pillar has none in this recap."""
        return next((s.data for s in self.sections if s.key == key), None)

    @property
    def underage(self) -> int:
        """PMI aktif on the period's last day who left before they were 18 (the `by_route` row UNDERAGE)."""
        return next((r.total for r in self.by_route if r.key == UNDERAGE), 0)

    def status_total(self, status: str) -> int:
        """People with `status` (a code: `calon`, `aktif`, `purna`, `keluarga`, `none`) on the period's last day."""
        return next((r.total for r in self.by_status if r.key == status), 0)


def _count(rows: list[tuple[str, str]], order: list[str] | None = None) -> tuple[CountRow, ...]:
    male = Counter(k for k, s in rows if s == "L")
    female = Counter(k for k, s in rows if s == "P")
    keys = order or sorted(set(male) | set(female), key=lambda k: (-(male[k] + female[k]), k))
    return tuple(CountRow(k, male[k], female[k]) for k in keys)


def _by(when: date | None, day: date) -> date | None:
    """A date as it was known on `day`: blank when it came later."""
    return when if when is not None and when <= day else None


@dataclass(frozen=True)
class RegistryRows:
    """The registry's rows a recap counts, as read (plain tuples): `registry_recap` makes the figures from them."""

    people: list[Any]  # (id, sex, birth_date, household_id) of the live people
    placements: list[Any]
    losses: list[Any]  # (placement_id, lost_on, found_on)
    events: list[Any]  # (person_id, kind, event_date)
    no_nik: set[str]  # ids of the live people without a NIK
    details: dict[str, Any]  # person id -> (id, nik, name, no_kk, dusun, rw, rt) of the people with a placement


def read_registry_rows(s: Session) -> RegistryRows:
    """The rows of the session's village (at a district: of the villages its scope allows)."""
    # Column tuples, not entities: a 100,000-person village must recap in about a second. Through the session
    # (not its Core connection), so that a context scoped to one village of a district database applies.
    people = s.execute(select(Person.id, Person.sex, Person.birth_date, Person.household_id)
                       .where(Person.deleted_at.is_(None))).all()
    placements = s.execute(select(
        Placement.id, Placement.person_id, Placement.stage, Placement.registered_on, Placement.departed_on, Placement.returned_on,
        Placement.country, Placement.sector, Placement.route, Placement.job, Placement.agency, Placement.lost_contact,
        Placement.cancelled_on,
    ).where(Placement.deleted_at.is_(None))).all()
    losses = s.execute(select(ContactLoss.placement_id, ContactLoss.lost_on, ContactLoss.found_on)
                       .where(ContactLoss.deleted_at.is_(None))).all()
    events = s.execute(select(LifeEvent.person_id, LifeEvent.kind, LifeEvent.event_date)
                       .where(LifeEvent.deleted_at.is_(None))).all()
    no_nik = set(s.execute(select(Person.id).where(Person.deleted_at.is_(None), Person.nik.is_(None))).scalars())
    details = {r[0]: r for r in s.execute(
        select(Person.id, Person.nik, Person.name, Household.no_kk, Dusun.name, Household.rw, Household.rt)
        .outerjoin(Household, Household.id == Person.household_id)
        .outerjoin(Dusun, Dusun.id == Household.dusun_id)
        .where(Person.deleted_at.is_(None),
               Person.id.in_(select(Placement.person_id).where(Placement.deleted_at.is_(None))))
    )}
    return RegistryRows(people, placements, losses, events, no_nik, details)


def build_recap(ctx: ServiceContext, period: Period, pillars: Sequence[Pillar] = ()) -> RecapData:
    """The recap of `period` (a caller holding a code such as `2026-11` reads it with `parse_period` first):
    the registry's counts and register, then each pillar's section."""
    with ctx.reader() as s:
        village = to_dto(require_village(s))
        rows = read_registry_rows(s)
    data = registry_recap(village, rows, period, ctx.today(), ctx.officer, ctx.not_counted)
    return replace(data, sections=recap_sections(ctx, period, pillars))


def recap_sections(ctx: ServiceContext, period: Period, pillars: Sequence[Pillar]) -> tuple[RecapSection, ...]:
    """Each pillar's section of the recap, in pillar order (a pillar without one for this village: none)."""
    sections = []
    for pillar in pillars:
        if pillar.recap is not None:
            section = load(pillar.recap.build)(ctx, period)
            if section is not None:
                sections.append(RecapSection(pillar.key, section, pillar.recap.xlsx, pillar.recap.pdf))
    return tuple(sections)


def registry_recap(village: VillageDTO, rows: RegistryRows, period: Period, today: date, officer: str,
                   not_counted: frozenset[str] | set[str] = frozenset()) -> RecapData:
    """The registry's part of the recap from its rows (pure: no query), without the pillars' sections."""
    day = period.end
    people, placements, losses, events = rows.people, rows.placements, rows.losses, rows.events
    no_nik, details = rows.no_nik, rows.details
    events_of: dict[str, list] = {}
    for e in events:
        events_of.setdefault(e.person_id, []).append(e)
    present = {pid for pid, _sex, born, _hh in people if in_village(events_of.get(pid, ()), born, day)}
    present -= not_counted  # at a district: people this village shares with another one that counts them
    sex_of = {pid: sex for pid, sex, _born, _hh in people}
    born_of = {pid: born for pid, _sex, born, _hh in people}

    # Each person's placement that decides their stage on the day (registry.status.current_placement).
    decisive: dict[str, tuple[str, Any]] = {}
    placements_of: dict[str, list[Any]] = {}
    flows: Counter[tuple[str, str]] = Counter()
    for pl in placements:
        sex = sex_of.get(pl.person_id)
        if sex is None:
            continue
        for key, when in zip(FLOWS, (pl.registered_on, pl.departed_on, pl.returned_on)):
            if period.contains(when):
                flows[(key, sex)] += 1
        if pl.person_id in present:
            placements_of.setdefault(pl.person_id, []).append(pl)
    for pid, own in placements_of.items():
        found = current_placement(own, day)
        if found is not None:
            decisive[pid] = found

    household_of = {pid: hh for pid, _sex, _born, hh in people}
    migrant_households = {household_of[pid] for pid in decisive if household_of.get(pid)}
    statuses: Counter[tuple[str, str]] = Counter()
    for pid, sex, _born, hh in people:
        if pid in present:
            own = decisive[pid][0] if pid in decisive else None
            statuses[(status_of(own, hh in migrant_households), sex)] += 1

    country_rows, sector_rows, route_rows = [], [], []
    lost_on_day = {pl_id for pl_id, since, until in losses
                   if (since is None or since <= day) and (until is None or until > day)}
    register: list[RegisterRow] = []
    lost = 0
    for pid, (stage, pl) in decisive.items():
        sex = sex_of[pid]
        if stage == "aktif":
            country_rows.append((pl.country or "", sex))
            sector_rows.append((pl.sector or "", sex))
            underage = departed_under_age(born_of[pid], pl.departed_on)
            route_rows.append((UNDERAGE if underage else pl.route or "", sex))
        lost_then = stage == "aktif" and pl.id in lost_on_day  # as recorded in the history by the day
        lost += 1 if lost_then else 0
        _id, nik, name, no_kk, dusun, rw, rt = details[pid]
        register.append(RegisterRow(
            nik or "", no_kk or "", name, sex, born_of[pid], dusun or "", rw, rt, stage, pl.country, pl.sector, pl.route, pl.job, pl.agency,
            _by(pl.departed_on, day), _by(pl.returned_on, day), lost_then,
        ))

    by_status = tuple(CountRow(k, statuses[(k, "L")], statuses[(k, "P")]) for k in STATUS_ORDER)
    registered = CountRow("", sum(r.male for r in by_status), sum(r.female for r in by_status))
    register.sort(key=lambda r: (STATUS_ORDER.index(r.status), r.dusun, r.name))
    return RecapData(
        village=village,
        period=period,
        generated_on=today,
        officer=officer,
        by_status=by_status,
        registered=registered,
        by_country=_count(country_rows),
        by_sector=_count(sector_rows),
        by_route=_count(route_rows),
        flows=tuple(CountRow(k, flows[(k, "L")], flows[(k, "P")]) for k in FLOWS),
        register=tuple(register),
        lost_contact=lost,
        nik_missing=CountRow("", sum(1 for p in no_nik & present if sex_of[p] == "L"),
                             sum(1 for p in no_nik & present if sex_of[p] == "P")),
    )

