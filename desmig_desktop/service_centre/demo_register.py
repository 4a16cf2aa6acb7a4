"""The service centre's demo on the registry's rows: the contact of the PMI abroad (exactly two lost-contact
cases remain) and the calon PMI the centre prepares (every risk reason, complete and incomplete papers).

The registry demo's 25 calon stay 25: one young man gives up (batal berangkat) and a 17-year-old of a migrant
family registers, so the study's numbers and every household's status but theirs are unchanged. Registry dates
never pass the registry demo's last day (`DATA_END`); the centre's own dates are counted from the demo's today.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from desmig_desktop.registry import demo_names as N
from desmig_desktop.registry.models import ContactLoss, Person, Placement
from desmig_desktop.registry.services.status_sync import refresh_people
from desmig_desktop.registry.status import age_on
from desmig_desktop.service_centre import rules
from desmig_desktop.service_centre.codes import DEPARTURE_ITEMS
from desmig_desktop.service_centre.demo_texts import CANCEL_REASON
from desmig_desktop.service_centre.models import Document, Preparation

LOST_CASES = 2


def between(rng: random.Random, start: date, end: date) -> date:
    """A day from start to end (end when the range is empty)."""
    return end if end <= start else start + timedelta(days=rng.randint(0, (end - start).days))


def workday(day: date) -> date:
    """The day, or the Friday before it when it falls on a weekend (the balai desa serves Monday to Friday)."""
    return day - timedelta(days=max(day.weekday() - 4, 0))


def key(p: Any) -> tuple[str, str]:
    return (p.nik or "", p.name)


def live(rows: list[Placement]) -> list[Placement]:
    return [pl for pl in rows if pl.deleted_at is None]


@dataclass
class Lost:
    complaint: Placement  # a lost-contact case the family complained about (an open putus_kontak complaint)
    silent: Placement  # a lost-contact case without a complaint yet


def settle_contact(s: Session, rng: random.Random, aktif: list[Placement], today: date, end: date) -> Lost | None:
    """Keep two lost-contact cases among the aktif placements (flag up, last contact long ago); every other PMI
    abroad called home within the last three months (a lost-contact stretch is closed on that day)."""
    flagged = [pl for pl in aktif if pl.lost_contact]
    quiet = [pl for pl in sorted(aktif, key=lambda p: (key(p.person), p.departed_on)) if not pl.lost_contact
             and pl.departed_on is not None and (today - pl.departed_on).days > 240]
    if len(flagged) + len(quiet) < LOST_CASES:  # a village this small keeps its register as it is
        return None
    for pl in quiet[:max(LOST_CASES - len(flagged), 0)]:
        pl.last_contact_on = between(rng, pl.departed_on + timedelta(days=30), today - timedelta(days=150))
        pl.lost_contact = True
        s.add(ContactLoss(placement=pl, lost_on=pl.last_contact_on + timedelta(days=30),
                          note="Keluarga tidak dapat menghubungi"))
        flagged.append(pl)
    kept = rng.sample(flagged, LOST_CASES)
    for pl in aktif:
        if pl in kept:
            continue
        contact = pl.last_contact_on
        if pl.lost_contact or rules.contact_overdue(pl.departed_on, contact, today):
            start = max(pl.departed_on or end, today - timedelta(days=80), contact or date.min)
            # by the registry's last day when that is recent enough; a demo made much later has later calls
            pl.last_contact_on = between(rng, start, end if end >= start else today - timedelta(days=3))
        if pl.lost_contact:
            pl.lost_contact = False
            for loss in pl.contact_losses:
                if loss.deleted_at is None and loss.found_on is None:
                    loss.found_on = pl.last_contact_on
    return Lost(kept[0], kept[1])


def swap_in_a_teen(s: Session, rng: random.Random, people: list[Any], migrant_homes: dict[str, set[str]],
                   placed: set[str], calon: list[Placement], end: date) -> Placement | None:
    """A young man of a migrant family gives up and a 17-year-old of a migrant family registers as calon
    (the under-18 risk); both households keep another migrant, so nobody else's status changes.
    `people`: rows with id, sex, birth_date, in_village, household_id; `migrant_homes`: household id -> its people
    with a calon/aktif/purna placement; `placed`: people with any placement."""
    def migrant_family(person_id: str, household_id: str | None) -> bool:
        return household_id is not None and bool(migrant_homes.get(household_id, set()) - {person_id})

    teens = [p for p in people if p.in_village and p.id not in placed and age_on(p.birth_date, end) == 17
             and age_on(p.birth_date, end + timedelta(days=200)) == 17 and migrant_family(p.id, p.household_id)]
    quitters = [pl for pl in calon if pl.person.sex == "L" and age_on(pl.person.birth_date, end) < 30
                and migrant_family(pl.person_id, pl.person.household_id)]
    if not teens or not quitters:
        return None
    teen, quitter = s.get(Person, rng.choice(teens).id), rng.choice(quitters)
    quitter.stage, quitter.cancel_reason = "batal", CANCEL_REASON
    quitter.cancelled_on = between(rng, (quitter.registered_on or end) + timedelta(days=14), end)
    young = Placement(person=teen, stage="calon", country="Malaysia", sector="formal", job=N.JOB_FACTORY,
                      agency=rng.choice(N.AGENCIES), route="prosedural", scheme="p_to_p",
                      registered_on=between(rng, end - timedelta(days=25), end))
    s.add(young)
    refresh_people(s, [teen, quitter.person])
    calon.remove(quitter)
    calon.append(young)
    return young


# What the centre knows of each calon: role -> (documents seen, planned departure from today in days or None)
ROLES = ("non_procedural", "no_p3mi", "late", "late", "complete_passed", "complete", "complete", "complete",
         "partial", "partial", "partial", "partial", "partial", "unseen", "unseen")


def prepare_calon(s: Session, rng: random.Random, calon: list[Placement], teen: Placement | None,
                  today: date, roles_rng: random.Random) -> None:
    """Preparation rows (planned departure) and checklist rows for the calon; the first roles of ROLES make the
    risks (non-procedural, no P3MI, papers missing on a passed departure day), the rest vary. Who plays which
    role comes from `roles_rng` (the registry's rows do not depend on the day the demo is made)."""
    others = sorted((pl for pl in calon if pl is not teen), key=lambda pl: key(pl.person))
    roles_rng.shuffle(others)
    roles = [(pl, ROLES[n] if n < len(ROLES) else "partial") for n, pl in enumerate(others)]
    if teen is not None:
        roles.append((teen, "teen"))
    s.flush()
    for pl, role in roles:
        if role == "unseen":
            continue
        if role == "non_procedural":
            pl.route, pl.scheme, pl.agency = "non_prosedural", "mandiri", ""
        if role == "no_p3mi":  # no scheme chosen yet, no P3MI named
            pl.scheme, pl.agency = None, ""
        registered = pl.registered_on or today
        if role in ("late", "complete_passed"):
            planned: date | None = between(rng, max(registered + timedelta(days=10), today - timedelta(days=20)),
                                           today - timedelta(days=2))
        elif role == "partial" and rng.random() < 0.3:
            planned = None
        else:
            planned = today + timedelta(days=rng.randint(20, 80))
        s.add(Preparation(placement_id=pl.id, planned_on=planned))
        items = list(DEPARTURE_ITEMS)
        if role.startswith("complete"):
            done = items
        else:
            done = items[:rng.randint(2, len(items) - 2)]
        last = min(today, planned) if planned is not None else today
        for item in done:
            s.add(Document(placement_id=pl.id, item=item, done_on=between(rng, registered, last)))
