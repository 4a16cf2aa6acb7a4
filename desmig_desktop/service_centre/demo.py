"""The demo village's Pusat Layanan Migrasi (issue 11 point 11). A public interface:
`build_demo_service(session, ctx, seed) -> ServiceDemoSummary`, run after the registry's demo in the demo's one
unit of work; the same seed and the same `ctx.today()` give the same centre.

As of the demo's today: a year of guest-book visits (villagers and outsiders, every purpose; an AK-1 opening and
a complaint bring their visitor in that day); AK-1 applications in every state, cards whose report or renewal is
due within 30 days among them; the calon PMI with complete and incomplete papers and every risk reason
(demo_register); complaints in every state and most categories with their action logs (demo_cases); exactly two
lost-contact cases (one the family complained about, one not yet); a few vacancies, some expired.
Invented names only; rows are written directly (no use case per row). Statuses agree with their step dates.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.i18n import _
from desmig_desktop.registry import demo_names as N
from desmig_desktop.registry.demo_homes import DATA_END
from desmig_desktop.registry.models import Person, Placement
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.status import age_on, stage_on
from desmig_desktop.service_centre import rules
from desmig_desktop.service_centre.codes import (
    AK1_STATUSES,
    COMPLAINT_CATEGORIES,
    COMPLAINT_STATUSES,
    OUTSIDER_PURPOSES,
    PURPOSES,
    RISKS,
)
from desmig_desktop.service_centre.demo_cases import Filed, make_ak1, make_complaints
from desmig_desktop.service_centre.demo_register import (
    key,
    prepare_calon,
    settle_contact,
    swap_in_a_teen,
)
from desmig_desktop.service_centre.demo_texts import (
    OUTSIDER_AREAS,
    OUTSIDER_VILLAGES,
    VACANCIES,
    VISIT_NOTES,
)
from desmig_desktop.service_centre.models import (
    Ak1Application,
    Ak1Report,
    Complaint,
    Document,
    Preparation,
    Vacancy,
    Visit,
)

VILLAGER_WEIGHTS = {"info_kerja": 25, "migrasi_aman": 15, "ak1": 12, "dokumen": 20, "pengaduan": 4, "konsultasi": 14}
OUTSIDER_SHARE = 0.22
HELPER = "Kader Desmigratif"  # who serves beside the officer


@dataclass(frozen=True)
class ServiceDemoSummary:
    """What the demo's service centre holds on its today (pairs are (code, count), codes in vocabulary order)."""

    visits: int
    outsider_visits: int
    ak1: tuple[tuple[str, int], ...]  # applications by status
    ak1_due: int  # cards whose report or renewal is due within 30 days, or overdue
    calon: int
    calon_complete: int  # every pre-departure paper seen
    calon_at_risk: int
    risks: tuple[tuple[str, int], ...]  # calon by risk reason (codes.RISKS)
    complaints: tuple[tuple[str, int], ...]  # by status
    complaint_categories: tuple[tuple[str, int], ...]
    lost_contact: int  # cases on the lost-contact register
    vacancies: int
    open_vacancies: int

    def count(self, field: str, code: str) -> int:
        return dict(getattr(self, field)).get(code, 0)

    def __str__(self) -> str:
        return _("{visits} kunjungan ({outsiders} tamu luar desa), {ak1} permohonan AK-1 ({due} kartu perlu lapor "
                 "atau diperpanjang), {calon} calon PMI ({risk} berisiko), {complaints} pengaduan, {lost} kasus "
                 "putus kontak, {vacancies} lowongan").format(
            visits=self.visits, outsiders=self.outsider_visits, ak1=sum(n for _c, n in self.ak1), due=self.ak1_due,
            calon=self.calon, risk=self.calon_at_risk, complaints=sum(n for _c, n in self.complaints),
            lost=self.lost_contact, vacancies=self.vacancies)


def _at(rng: random.Random, day: date) -> datetime:
    return datetime.combine(day, time(rng.randint(8, 14), rng.choice((0, 10, 15, 20, 30, 40, 45, 50))))


def _outsider(rng: random.Random, day: date, officer: str, purpose: str) -> Visit:
    sex = rng.choice("LP")
    name = rng.choice(N.MEN_YOUNG if sex == "L" else N.WOMEN_YOUNG)
    born = date(rng.randint(1970, 2005), rng.randint(1, 12), rng.randint(1, 28))
    return Visit(visited_at=_at(rng, day), purpose=purpose, outsider_name=name,
                 outsider_id_number=make_nik(rng.choice(OUTSIDER_AREAS), born, sex, rng.randint(1, 3000)),
                 outsider_village=f"Desa {rng.choice(OUTSIDER_VILLAGES)}", served_by=officer,
                 notes=rng.choice(VISIT_NOTES[purpose]))


def make_visits(rng: random.Random, visitors: list[Person], ak1: list[Ak1Application], filed: list[Filed],
                today: date, officer: str) -> list[Visit]:
    """A year of weekdays before today: up to two visits a day, every purpose in it; plus the visit that
    opened each AK-1 application (in that year) and each complaint."""
    officers = (officer, officer, HELPER)
    purposes, weights = list(VILLAGER_WEIGHTS), list(VILLAGER_WEIGHTS.values())
    days = [today - timedelta(days=n) for n in range(365, 0, -1)]
    workdays = [d for d in days if d.weekday() < 5]
    forced = [(p, False) for p in PURPOSES] + [(p, True) for p in OUTSIDER_PURPOSES]  # every purpose at least once
    visits: list[Visit] = []
    for n, day in enumerate(workdays):
        plan = [forced[n // 20]] if n % 20 == 0 and n // 20 < len(forced) else []
        for _k in range(rng.choice((0, 0, 1, 1, 1, 2))):
            outsider = rng.random() < OUTSIDER_SHARE
            plan.append((rng.choice(OUTSIDER_PURPOSES) if outsider else rng.choices(purposes, weights)[0], outsider))
        for purpose, outsider in plan:
            if outsider:
                visits.append(_outsider(rng, day, rng.choice(officers), purpose))
            else:
                visits.append(Visit(visited_at=_at(rng, day), purpose=purpose, person_id=rng.choice(visitors).id,
                                    served_by=rng.choice(officers), notes=rng.choice(VISIT_NOTES[purpose])))
    for a in ak1:
        if a.opened_on < days[0]:  # the guest book of the demo holds one year
            continue
        visits.append(Visit(visited_at=_at(rng, a.opened_on), purpose="ak1", person_id=a.person_id,
                            served_by=officer, notes="Membuka permohonan AK-1."))
    for f in filed:
        visits.append(Visit(visited_at=_at(rng, f.complaint.opened_on), purpose="pengaduan", person_id=f.reporter.id,
                            served_by=officer, notes=rng.choice(VISIT_NOTES["pengaduan"])))
    return visits


def make_vacancies(rng: random.Random, today: date) -> list[Vacancy]:
    made = []
    for scope, country, position, employer, req, sex, lo, hi, edu, source, days in VACANCIES:
        posted = today - timedelta(days=rng.randint(5, 40) + (70 if days < 0 else 0))
        made.append(Vacancy(scope=scope, country=country, position=position, employer=employer, requirements=req,
                            sex=sex, age_min=lo, age_max=hi, education_min=edu, source=source, posted_on=posted,
                            valid_until=today + timedelta(days=days)))
    return made


def _pairs(counter: Counter, order: object) -> tuple[tuple[str, int], ...]:
    return tuple((code, counter[code]) for code in order if counter[code])  # type: ignore[attr-defined]


def demo_summary(s: Session, today: date) -> ServiceDemoSummary:
    """What the file's service centre holds on `today`, read back from its rows with the centre's rules (statuses
    from step dates): the demo builder's summary, and what a test compares the services with."""
    s.flush()
    visits = s.execute(select(Visit.person_id).where(Visit.deleted_at.is_(None), Visit.visited_at < today
                                                     + timedelta(days=1))).scalars().all()
    reports: dict[str, list[date]] = {}
    for ak1_id, on in s.execute(select(Ak1Report.ak1_id, Ak1Report.reported_on).where(Ak1Report.deleted_at.is_(None))):
        reports.setdefault(ak1_id, []).append(on)
    ak1, due = Counter(), 0
    for a in s.scalars(select(Ak1Application).where(Ak1Application.deleted_at.is_(None))):
        status = rules.ak1_status_on({k: getattr(a, k) for k in rules.AK1_STEP_DATE.values()}, today)
        ak1[status] += status is not None
        due += status == "terbit" and rules.ak1_is_due(rules.ak1_next_due(a.issued_on, reports.get(a.id, []), today),
                                                       today)
    done: dict[str, dict[str, date | None]] = {}
    for pid, item, on in s.execute(select(Document.placement_id, Document.item, Document.done_on).where(
            Document.placement_id.is_not(None), Document.deleted_at.is_(None))):
        done.setdefault(pid, {})[item] = on
    planned = dict(s.execute(select(Preparation.placement_id, Preparation.planned_on).where(
        Preparation.deleted_at.is_(None))).all())
    risks, calon, at_risk, complete, lost = Counter(), 0, 0, 0, set()
    for pl, born in s.execute(select(Placement, Person.birth_date).join(Person).where(
            Placement.deleted_at.is_(None), Person.deleted_at.is_(None))):
        stage = stage_on(pl, today)
        if stage == "aktif" and (pl.lost_contact or rules.contact_overdue(pl.departed_on, pl.last_contact_on, today)):
            lost.add(pl.id)
        if stage != "calon":
            continue
        facts = rules.CalonFacts(pl.stage, pl.registered_on, pl.departed_on, pl.returned_on, pl.cancelled_on,
                                 pl.route, pl.scheme, pl.agency, planned.get(pl.id))
        reasons = rules.risk_reasons(born, facts, done.get(pl.id, {}), today)
        risks.update(reasons)
        calon, at_risk = calon + 1, at_risk + bool(reasons)
        complete += rules.readiness(done.get(pl.id, {})).complete
    statuses, categories = Counter(), Counter()
    for c in s.scalars(select(Complaint).where(Complaint.deleted_at.is_(None))):
        status = rules.complaint_status_on({k: getattr(c, k) for k in rules.COMPLAINT_STEP_DATE.values()}, today)
        if status is None:
            continue
        statuses[status] += 1
        categories[c.category] += 1
        if c.category == "putus_kontak" and status != "selesai" and c.placement_id:
            lost.add(c.placement_id)
    vacancies = s.scalars(select(Vacancy.valid_until).where(Vacancy.deleted_at.is_(None))).all()
    return ServiceDemoSummary(
        visits=len(visits), outsider_visits=sum(v is None for v in visits), ak1=_pairs(ak1, AK1_STATUSES),
        ak1_due=due, calon=calon, calon_complete=complete, calon_at_risk=at_risk, risks=_pairs(risks, RISKS),
        complaints=_pairs(statuses, COMPLAINT_STATUSES), complaint_categories=_pairs(categories, COMPLAINT_CATEGORIES),
        lost_contact=len(lost), vacancies=len(vacancies),
        open_vacancies=sum(v is None or v >= today for v in vacancies))


def build_demo_service(session: Session, ctx: ServiceContext, seed: int = 2017) -> ServiceDemoSummary:
    """The service centre of the demo village, on the registry demo's people, in the caller's unit of work."""
    rng = random.Random(f"service-centre:{seed}")
    register_rng = random.Random(f"service-centre-register:{seed}")  # registry rows: the same on any day
    today = ctx.today()
    end = min(today, DATA_END)  # registry rows are dated no later than the registry demo's last day
    session.flush()
    people = session.execute(select(
        Person.id, Person.nik, Person.name, Person.sex, Person.birth_date, Person.status, Person.in_village,
        Person.household_id).where(Person.deleted_at.is_(None)).order_by(Person.nik, Person.name)).all()
    migrant_homes: dict[str, set[str]] = {}
    placed: set[str] = set()
    for person_id, stage, household_id in session.execute(
            select(Placement.person_id, Placement.stage, Person.household_id).join(Person)
            .where(Placement.deleted_at.is_(None), Person.deleted_at.is_(None))):
        placed.add(person_id)
        if household_id is not None and stage in ("calon", "aktif", "purna"):
            migrant_homes.setdefault(household_id, set()).add(person_id)
    placements = sorted(session.scalars(select(Placement).join(Person).where(
        Placement.deleted_at.is_(None), Person.deleted_at.is_(None), Placement.stage.in_(("calon", "aktif"))).options(
        selectinload(Placement.person), selectinload(Placement.contact_losses))),
        key=lambda pl: (key(pl.person), pl.registered_on or date.min, pl.departed_on or date.min))
    aktif = [pl for pl in placements if pl.stage == "aktif" and stage_on(pl, today) == "aktif"]
    lost = settle_contact(session, rng, aktif, today, end)
    calon = [pl for pl in placements if pl.stage == "calon" and pl.person.in_village]
    teen = swap_in_a_teen(session, register_rng, people, migrant_homes, placed, calon, end)
    if teen is not None:
        placements.append(teen)
    prepare_calon(session, rng, calon, teen, today, register_rng)
    seekers = [p for p in people if p.in_village and 19 <= age_on(p.birth_date, today) <= 40
               and p.status in ("none", "keluarga", "purna")]
    ak1 = make_ak1(session, rng, seekers, [pl.person for pl in calon if pl is not teen], today)
    filed = make_complaints(session, rng, aktif, calon, lost, today)
    visitors = [p for p in people if p.in_village and age_on(p.birth_date, today) >= 17 and p.status != "aktif"]
    visits = make_visits(rng, visitors, ak1, filed, today, ctx.officer)
    vacancies = make_vacancies(rng, today)
    session.add_all(visits + vacancies)
    return demo_summary(session, today)
