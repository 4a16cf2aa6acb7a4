"""The recap dataset for a period: built here, rendered by recap/xlsx.py and recap/pdf.py (which never query).

The dataset carries codes and data, never words: a status is `aktif`, a sector `informal`, a flow `departed`,
a country its name as recorded, and "" stands for a field left empty. The renderers make the words, in the
language of the moment (see recap/common.py).
"""

from __future__ import annotations

import gc
from collections import Counter
from contextlib import contextmanager
from itertools import groupby
from operator import itemgetter
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any, Callable, Collection, Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.periods import Period
from desmig_desktop.core.pillar import Pillar, load
from desmig_desktop.registry.dto import VillageDTO
from desmig_desktop.registry.models import ContactLoss, Dusun, Household, LifeEvent, Person, Placement
from desmig_desktop.registry.rules import departed_under_age
from desmig_desktop.registry.services.village import require_village, to_dto
from desmig_desktop.registry.status import GIVEN_UP, STAGE_PRIORITY, in_village, status_of

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


_REGISTER_FIELDS = tuple(f.name for f in fields(RegisterRow))


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


def _register_row(*values: Any) -> RegisterRow:
    """RegisterRow(*values), made without the frozen dataclass's one `object.__setattr__` per field (a district
    recap makes ~250,000 of them): the same object, compared, hashed, printed and pickled alike."""
    row = object.__new__(RegisterRow)
    row.__dict__.update(zip(_REGISTER_FIELDS, values))
    return row


def _count(rows: list[tuple[str, str]], order: list[str] | None = None) -> tuple[CountRow, ...]:
    male = Counter(k for k, s in rows if s == "L")
    female = Counter(k for k, s in rows if s == "P")
    keys = order or sorted(set(male) | set(female), key=lambda k: (-(male[k] + female[k]), k))
    return tuple(CountRow(k, male[k], female[k]) for k in keys)


def _by(when: date | None, day: date) -> date | None:
    """A date as it was known on `day`: blank when it came later."""
    return when if when is not None and when <= day else None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for a bulk read or count: they make tens of thousands of rows and
    no reference cycle, and the collector, run every 700 new objects (now and then over every object the app
    holds), took a third of the reading of a district's registry rows. Left as it was found, on or off."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass(frozen=True)
class RegistryRows:
    """The registry's rows a recap counts, as read (rows read by position, columns as listed; placements: those of
    `read_registry_rows`' statement): `registry_recap` makes the figures from them."""

    people: list[Any]  # (id, sex, birth_date, household_id, village_id, nik, name, True) of the live people
    placements: list[Any]
    losses: list[Any]  # (placement_id, lost_on, found_on)
    events: list[Any]  # (person_id, kind, event_date)
    no_nik: set[str]  # ids of the live people without a NIK
    details: dict[str, Any]  # person id -> (id, nik, name, no_kk, dusun, rw, rt) of the people with a placement


@_collector_paused()
def read_registry_batch(s: Session, village_ids: Collection[str]) -> dict[str, RegistryRows]:
    """village id -> its registry rows, for a batch of a district's villages read in one pass: a row goes to the
    village of the person it is about (a loss: of its placement), as `read_registry_rows` reads them together."""
    rows, everyone = _read(s, village_ids)
    owner = dict(map(itemgetter(0, 4), everyone))  # tombstoned people too: their placements, events
    split = {vid: RegistryRows([], [], [], [], set(), {}) for vid in village_ids}
    placement_owner: dict[str, str] = {}
    for vid, rows_of_village in groupby(rows.people, itemgetter(4)):  # read village by village: a few groups
        split[vid].people.extend(rows_of_village)
    for r in rows.placements:
        vid = owner.get(r[1])
        if vid is not None:
            split[vid].placements.append(r)
            placement_owner[r[0]] = vid
    for r in rows.losses:  # a loss of a tombstoned placement counts nowhere
        if r[0] in placement_owner:
            split[placement_owner[r[0]]].losses.append(r)
    for r in rows.events:
        if r[0] in owner:
            split[owner[r[0]]].events.append(r)
    for pid in rows.no_nik:
        split[owner[pid]].no_nik.add(pid)
    for pid, r in rows.details.items():
        split[owner[pid]].details[pid] = r
    return split


@_collector_paused()
def read_registry_rows(s: Session, village_ids: Collection[str] | None) -> RegistryRows:
    """The rows of the villages `village_ids` (a context's `read_ids()`); None: every row (a village file)."""
    return _read(s, village_ids)[0]


def _read(s: Session, village_ids: Collection[str] | None) -> tuple[RegistryRows, list[Any]]:
    """The rows, and the people's rows tombstoned ones included."""
    # Column tuples through Core (`s.connection()`), no ORM row processing, each table read once, joined here: a
    # 100,000-person village must recap in about a second, a district's 500 villages in seconds. Core statements
    # are not narrowed by a session's scope (core.context.scope_session): each one names the villages itself,
    # wherever the scope would have.
    ids = sorted(village_ids) if village_ids is not None else None

    def where(table: Any) -> list[Any]:
        return [] if ids is None else [table.village_id.in_(ids)]

    run = s.connection().execute
    everyone = run(select(Person.id, Person.sex, Person.birth_date, Person.household_id, Person.village_id,
                          Person.nik, Person.name, Person.deleted_at.is_(None)).where(*where(Person))).all()
    people = list(filter(itemgetter(7), everyone))
    placements = run(select(
        Placement.id, Placement.person_id, Placement.stage, Placement.registered_on, Placement.departed_on, Placement.returned_on,
        Placement.country, Placement.sector, Placement.route, Placement.job, Placement.agency, Placement.lost_contact,
        Placement.cancelled_on,
    ).where(Placement.deleted_at.is_(None), *where(Placement))).all()
    losses = run(select(ContactLoss.placement_id, ContactLoss.lost_on, ContactLoss.found_on)
                 .where(ContactLoss.deleted_at.is_(None), *where(ContactLoss))).all()
    events = run(select(LifeEvent.person_id, LifeEvent.kind, LifeEvent.event_date)
                 .where(LifeEvent.deleted_at.is_(None), *where(LifeEvent))).all()
    # The placed people's household and dusun, as `person LEFT JOIN household LEFT JOIN dusun` reads them (a
    # tombstoned household or dusun still named; one of a village outside the scope: none).
    households = {r[0]: r for r in run(select(Household.id, Household.no_kk, Household.dusun_id, Household.rw,
                                              Household.rt).where(*where(Household))).all()}
    dusun_name = dict(run(select(Dusun.id, Dusun.name).where(*where(Dusun))).all())
    placed = {r[1] for r in placements}
    details = {}
    person = dict(zip(map(itemgetter(0), people), people))
    for pid in placed:
        if (r := person.get(pid)) is not None:
            hh = households.get(r[3])
            details[pid] = ((pid, r[5], r[6], None, None, None, None) if hh is None
                            else (pid, r[5], r[6], hh[1], dusun_name.get(hh[2]), hh[3], hh[4]))
    no_nik = {r[0] for r in people if r[5] is None}
    return RegistryRows(people, placements, losses, events, no_nik, details), everyone


def build_recap(ctx: ServiceContext, period: Period, pillars: Sequence[Pillar] = ()) -> RecapData:
    """The recap of `period` (a caller holding a code such as `2026-11` reads it with `parse_period` first):
    the registry's counts and register, then each pillar's section."""
    with ctx.reader() as s:
        village = to_dto(require_village(s))
        rows = read_registry_rows(s, ctx.read_ids())
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


# The steps of a placement row (registered_on, departed_on, returned_on, cancelled_on: its columns 3, 4, 5, 12)
# and the stage each starts, in registry.status.steps' order for steps of the same day.
_STEPS = ((3, "calon"), (4, "aktif"), (5, "purna"), (12, GIVEN_UP))
_RANK = {status: i for i, status in enumerate(STATUS_ORDER)}


def _current(own: list[Any], day: date) -> tuple[str, Any] | None:
    """registry.status.current_placement(own, day) for placement rows, in one pass over each one's dates: a
    placement's stage on the day is the one of its latest step on or before it (the later of two steps of the same
    day), and that step's day is its latest step's; the latest one decides, aktif before calon before purna."""
    best: tuple[tuple[date, int], str, Any] | None = None
    for pl in own:
        when: date | None = None
        stage = ""
        for column, starts in _STEPS:
            on = pl[column]
            if on is not None and on <= day and (when is None or on >= when):
                when, stage = on, starts
        if when is None or stage == GIVEN_UP:
            continue
        key = (when, STAGE_PRIORITY[stage])
        if best is None or key > best[0]:
            best = (key, stage, pl)
    return None if best is None else (best[1], best[2])


@_collector_paused()
def registry_recap(village: VillageDTO, rows: RegistryRows, period: Period, today: date, officer: str,
                   not_counted: frozenset[str] | set[str] = frozenset()) -> RecapData:
    """The registry's part of the recap from its rows (pure: no query), without the pillars' sections."""
    # One pass per kind of row, each person's row looked up once by id (a district recaps ~1,000,000 people:
    # 17 -> 5 ms for a village of 2,000).
    day, start = period.end, period.start
    events_of: dict[str, list] = {}
    for e in rows.events:
        events_of.setdefault(e[0], []).append(e)
    person = {r[0]: r for r in rows.people}  # id -> (id, sex, birth_date, household_id, ...)
    present = set()
    for r in rows.people:
        own_events, born = events_of.get(r[0]), r[2]
        # registry.status.in_village; without life events (most people): a resident from birth
        if in_village(own_events, born, day) if own_events else born is None or born <= day:
            present.add(r[0])
    present -= not_counted  # at a district: people this village shares with another one that counts them

    placements_of: dict[str, list[Any]] = {}
    flows: Counter[tuple[str, str]] = Counter()
    for pl in rows.placements:
        pid = pl[1]
        p = person.get(pid)
        if p is None:
            continue
        for key, when in (("registered", pl[3]), ("departed", pl[4]), ("returned", pl[5])):
            if when is not None and start <= when <= day:  # period.contains
                flows[(key, p[1])] += 1
        if pid in present:
            placements_of.setdefault(pid, []).append(pl)
    # Each person's placement that decides their stage on the day (registry.status.current_placement).
    decisive: dict[str, tuple[str, Any]] = {}
    stage_of: dict[str, str] = {}
    migrant_households = set()
    for pid, own in placements_of.items():
        found = _current(own, day)
        if found is not None:
            decisive[pid], stage_of[pid] = found, found[0]
            if person[pid][3]:
                migrant_households.add(person[pid][3])
    statuses = Counter([(status_of(stage_of.get(r[0]), r[3] in migrant_households), r[1])
                        for r in rows.people if r[0] in present])

    country_rows, sector_rows, route_rows = [], [], []
    lost_on_day = {pl_id for pl_id, since, until in rows.losses
                   if (since is None or since <= day) and (until is None or until > day)}
    register: list[RegisterRow] = []
    lost = 0
    details = rows.details
    for pid, (stage, pl) in decisive.items():
        sex, born = person[pid][1], person[pid][2]
        pl_id, _pid, _stage, _on, departed_on, returned_on, country, sector, route, job, agency, *_rest = pl
        aktif = stage == "aktif"
        if aktif:
            country_rows.append((country or "", sex))
            sector_rows.append((sector or "", sex))
            route_rows.append((UNDERAGE if departed_under_age(born, departed_on) else route or "", sex))
        lost_then = aktif and pl_id in lost_on_day  # as recorded in the history by the day
        lost += 1 if lost_then else 0
        _id, nik, name, no_kk, dusun, rw, rt = details[pid]
        register.append(_register_row(
            nik or "", no_kk or "", name, sex, born, dusun or "", rw, rt, stage, country, sector, route, job, agency,
            _by(departed_on, day), _by(returned_on, day), lost_then,
        ))
    no_nik_present = rows.no_nik & present
    sex_of = {pid: person[pid][1] for pid in no_nik_present}

    by_status = tuple(CountRow(k, statuses[(k, "L")], statuses[(k, "P")]) for k in STATUS_ORDER)
    registered = CountRow("", sum(r.male for r in by_status), sum(r.female for r in by_status))
    register.sort(key=lambda r: (_RANK[r.status], r.dusun, r.name))
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
        nik_missing=CountRow("", sum(1 for p in no_nik_present if sex_of[p] == "L"),
                             sum(1 for p in no_nik_present if sex_of[p] == "P")),
    )

