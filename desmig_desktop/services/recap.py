"""The recap dataset for a period: built here, rendered by reports/ (which never query)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from desmig_desktop.domain import enums
from desmig_desktop.domain.models import Dusun, Household, LifeEvent, Person, Placement
from desmig_desktop.domain.status import MemberState, household_statuses, in_village, stage_on
from desmig_desktop.i18n import _
from desmig_desktop.services.context import ServiceContext
from desmig_desktop.services.dto import VillageDTO
from desmig_desktop.services.periods import Period, parse_period
from desmig_desktop.services.village import get_village


@dataclass(frozen=True)
class CountRow:
    label: str
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
class RecapData:
    village: VillageDTO
    period: Period
    generated_on: date
    officer: str
    by_status: tuple[CountRow, ...]
    by_country: tuple[CountRow, ...]
    by_sector: tuple[CountRow, ...]
    by_route: tuple[CountRow, ...]
    flows: tuple[CountRow, ...]
    register: tuple[RegisterRow, ...]
    lost_contact: int = 0
    sections: dict[str, object] = field(default_factory=dict)  # later pillars add theirs here

    def status_total(self, status_label: str) -> int:
        return next((r.total for r in self.by_status if r.label == status_label), 0)


def _count(rows: list[tuple[str, str]], order: list[str] | None = None) -> tuple[CountRow, ...]:
    male = Counter(k for k, s in rows if s == "L")
    female = Counter(k for k, s in rows if s == "P")
    keys = order or sorted(set(male) | set(female), key=lambda k: (-(male[k] + female[k]), k))
    return tuple(CountRow(k, male[k], female[k]) for k in keys)


def build_recap(ctx: ServiceContext, period: Period | str) -> RecapData:
    if isinstance(period, str):
        period = parse_period(period)
    village = get_village(ctx)
    if village is None:
        from desmig_desktop.domain.errors import Issue, ValidationError

        raise ValidationError([Issue("village", _("Desa belum dibuat: jalankan `desmig init` atau isi profil desa dulu."))])
    day = period.end
    with ctx.reader() as s:
        people = s.execute(
            select(Person.id, Person.nik, Person.name, Person.sex, Person.birth_date, Person.household_id,
                   Household.no_kk, Dusun.name.label("dusun"), Household.rw, Household.rt)
            .outerjoin(Household, Household.id == Person.household_id)
            .outerjoin(Dusun, Dusun.id == Household.dusun_id)
            .where(Person.deleted_at.is_(None))
        ).all()
        placements = s.scalars(select(Placement).where(Placement.deleted_at.is_(None))).all()
        events = s.scalars(select(LifeEvent).where(LifeEvent.deleted_at.is_(None))).all()

        events_of: dict[str, list[LifeEvent]] = {}
        for e in events:
            events_of.setdefault(e.person_id, []).append(e)
        present = {p.id for p in people if in_village(events_of.get(p.id, ()), p.birth_date, day)}

        # Each person's placement that decides their stage on the day (aktif > calon > purna).
        decisive: dict[str, tuple[str, Placement]] = {}
        priority = {"aktif": 3, "calon": 2, "purna": 1}
        flows: list[tuple[str, str]] = []
        sex_of = {p.id: p.sex for p in people}
        for pl in placements:
            sex = sex_of.get(pl.person_id)
            if sex is None:
                continue
            for key, when in (("reg", pl.registered_on), ("dep", pl.departed_on), ("ret", pl.returned_on)):
                if period.contains(when):
                    flows.append((key, sex))
            st = stage_on(pl, day)
            if st is None:
                continue
            cur = decisive.get(pl.person_id)
            if cur is None or priority[st] > priority[cur[0]]:
                decisive[pl.person_id] = (st, pl)

        by_household: dict[str, list[MemberState]] = {}
        for p in people:
            if p.household_id and p.id in present:
                st = decisive.get(p.id)
                by_household.setdefault(p.household_id, []).append(MemberState(p.id, st[0] if st else None))
        status: dict[str, str] = {}
        for members in by_household.values():
            status.update(household_statuses(members))

        status_rows, country_rows, sector_rows, route_rows = [], [], [], []
        register: list[RegisterRow] = []
        lost = 0
        for p in people:
            if p.id not in present:
                continue
            st = status.get(p.id) or (decisive[p.id][0] if p.id in decisive else "none")
            status_rows.append((st, p.sex))
            if p.id in decisive:
                stage, pl = decisive[p.id]
                if stage == "aktif":
                    country_rows.append((pl.country or _("(tidak diisi)"), p.sex))
                    sector_rows.append((enums.label(enums.SECTORS, pl.sector) or _("(tidak diisi)"), p.sex))
                    route_rows.append((enums.label(enums.ROUTES, pl.route) or _("(tidak diisi)"), p.sex))
                    lost += 1 if pl.lost_contact else 0
                register.append(RegisterRow(
                    p.nik, p.no_kk or "", p.name, p.sex, p.birth_date, p.dusun or "", p.rw, p.rt, stage,
                    pl.country, pl.sector, pl.route, pl.job, pl.agency, pl.departed_on, pl.returned_on, pl.lost_contact,
                ))

    order = ["calon", "aktif", "purna", "keluarga", "none"]
    counted = _count(status_rows, order)
    by_status = tuple(CountRow(enums.label(enums.STATUSES, r.label), r.male, r.female) for r in counted)
    by_status += (CountRow(_("Jumlah penduduk terdaftar"), sum(r.male for r in counted), sum(r.female for r in counted)),)
    flow_rows = _count(flows, ["reg", "dep", "ret"])
    flow_labels = {"reg": _("Pendaftaran calon PMI"), "dep": _("Keberangkatan"), "ret": _("Kepulangan")}
    register.sort(key=lambda r: (order.index(r.status), r.dusun, r.name))
    sections: dict[str, object] = {}
    for key, builder in section_builders():
        section = builder(ctx, period)
        if section is not None:
            sections[key] = section
    return RecapData(
        village=village,
        period=period,
        generated_on=ctx.today(),
        officer=ctx.officer,
        by_status=by_status,
        by_country=_count(country_rows),
        by_sector=_count(sector_rows),
        by_route=_count(route_rows),
        flows=tuple(CountRow(flow_labels[r.label], r.male, r.female) for r in flow_rows),
        register=tuple(register),
        lost_contact=lost,
        sections=sections,
    )


def section_builders():  # type: ignore[no-untyped-def]
    """Each pillar adds its recap section here: (key, builder(ctx, period) -> section or None)."""
    from desmig_desktop.services.groups_recap import build_groups_section

    return [("groups", build_groups_section)]
