"""The service centre's demo cases: AK-1 applications in every state (cards due for their report or renewal
within 30 days among them) and complaints in every state with their action logs. Rows are written directly in
the demo's unit of work; every status is the latest of its dated steps, all on or before the demo's today."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from desmig_desktop.core.db.base import new_id
from desmig_desktop.core.months import add_months
from desmig_desktop.registry.models import Person, Placement
from desmig_desktop.registry.status import age_on
from desmig_desktop.service_centre.codes import AK1_ITEMS
from desmig_desktop.service_centre.demo_register import Lost, between, key, workday
from desmig_desktop.service_centre.demo_texts import (
    COMPLAINTS,
    REFERRAL_BY_CATEGORY,
    REJECT_REASONS,
)
from desmig_desktop.service_centre.dto import ComplaintStep
from desmig_desktop.service_centre.models import (
    Ak1Application,
    Ak1Report,
    Complaint,
    ComplaintAction,
    Document,
)
from desmig_desktop.service_centre.services.complaints import step_text

# ---- AK-1 ----------------------------------------------------------------------------------------------

# Terbit cards by what they owe on the demo's day: a report or the renewal due within 30 days, a report
# overdue, nothing soon (a new card, a card reported twice).
AK1_PLAN = ("terbit:due_report", "terbit:due_report", "terbit:due_renewal", "terbit:overdue", "terbit:fresh",
            "terbit:fresh", "terbit:mid", "terbit:mid", "terbit:mid", "draft", "draft", "draft", "lengkap",
            "lengkap", "lengkap", "diserahkan", "diserahkan", "diserahkan", "ditolak", "ditolak")
CALON_HOLDERS = 4  # the first terbit cards go to calon PMI


def _days(rng: random.Random, low: int, high: int) -> timedelta:
    return timedelta(days=rng.randint(low, high))


def _issued(rng: random.Random, kind: str, today: date) -> tuple[date, list[date]]:
    """The issue day of a terbit card and its reports, for what it should owe on `today`."""
    if kind == "due_report":
        return add_months(today, -6) + _days(rng, 3, 25), []
    if kind == "due_renewal":
        issued = add_months(today, -24) + _days(rng, 5, 25)
        return issued, [add_months(issued, 6 * k) + _days(rng, 0, 10) for k in (1, 2, 3)]
    if kind == "overdue":
        return add_months(today, -8) - _days(rng, 0, 10), []
    if kind == "mid":
        issued = add_months(today, -14) - _days(rng, 0, 20)
        return issued, [add_months(issued, 6 * k) + _days(rng, 0, 10) for k in (1, 2)]
    return today - _days(rng, 20, 120), []


def _ak1(rng: random.Random, person: Any, plan: str, today: date, serial: int) -> tuple[Ak1Application, list[date]]:
    """An application on `plan` (its status, or terbit:<what the card owes>) and the reports of its card."""
    a = Ak1Application(id=new_id(), person_id=person.id)
    if plan.startswith("terbit"):
        issued, reports = _issued(rng, plan.split(":")[1], today)
        a.issued_on, a.card_number, a.status = issued, f"AK1/3307/{issued.year}/{serial:05d}", "terbit"
        a.submitted_on = issued - _days(rng, 5, 20)
        a.complete_on = a.submitted_on - _days(rng, 1, 7)
        a.opened_on = workday(a.complete_on - _days(rng, 3, 14))
        return a, [r for r in reports if r <= today]
    a.status = plan
    if plan == "draft":
        a.opened_on = workday(today - _days(rng, 1, 25))
        return a, []
    a.opened_on = workday(today - (_days(rng, 15, 40) if plan == "lengkap" else _days(rng, 25, 60)
                                   if plan == "diserahkan" else _days(rng, 60, 200)))
    a.complete_on = min(today, a.opened_on + _days(rng, 2, 10))
    if plan in ("diserahkan", "ditolak"):
        a.submitted_on = min(today, a.complete_on + _days(rng, 1, 7))
    if plan == "ditolak":
        a.rejected_on = min(today, a.submitted_on + _days(rng, 7, 21))  # type: ignore[operator]
        a.reject_reason = rng.choice(REJECT_REASONS)
    return a, []


def make_ak1(s: Session, rng: random.Random, seekers: list[Any], calon: list[Person],
             today: date) -> list[Ak1Application]:
    """One application per person: calon PMI hold the first cards, job seekers the rest."""
    pool = sorted(seekers, key=key)
    rng.shuffle(pool)
    holders = sorted(calon, key=key)
    rng.shuffle(holders)
    people = holders[:CALON_HOLDERS] + [p for p in pool if p not in holders[:CALON_HOLDERS]]
    made = []
    for serial, (plan, person) in enumerate(zip(AK1_PLAN, people), 1):
        a, reports = _ak1(rng, person, plan, today, 1000 + serial * 7)
        s.add(a)
        for r in reports:
            s.add(Ak1Report(ak1_id=a.id, reported_on=r))
        items = list(AK1_ITEMS) if a.complete_on else list(AK1_ITEMS)[:rng.randint(0, len(AK1_ITEMS) - 1)]
        for item in items:
            s.add(Document(ak1_id=a.id, item=item, done_on=between(rng, a.opened_on, a.complete_on or today)))
        made.append(a)
    return made


# ---- complaints ----------------------------------------------------------------------------------------

# (category, status on the demo's day); the first is the lost-contact case the family complained about.
COMPLAINT_PLAN = (
    ("putus_kontak", "dirujuk"),
    ("gaji", "baru"), ("calo", "baru"), ("lainnya", "baru"),
    ("gaji", "ditindaklanjuti"), ("dokumen_overstay", "ditindaklanjuti"), ("sakit_meninggal", "ditindaklanjuti"),
    ("phk", "ditindaklanjuti"),
    ("kekerasan", "dirujuk"), ("hukum", "dirujuk"),
    ("putus_kontak", "selesai"), ("putus_kontak", "selesai"), ("gaji", "selesai"), ("phk", "selesai"),
    ("calo", "selesai"), ("sakit_meninggal", "selesai"), ("lainnya", "selesai"),
)
FLOW = ("baru", "ditindaklanjuti", "dirujuk", "selesai")
REPORTER_RELATIONS = ("suami", "istri", "kepala", "orang_tua", "mertua", "anak", "menantu", "cucu", "lainnya")


def reporter_for(person: Person, today: date) -> Person | None:
    """A grown-up of the migrant's KK who lives in the village, the closest relation first."""
    hh = person.household
    if hh is None:
        return None
    mates = [m for m in hh.members if m.id != person.id and m.deleted_at is None and m.in_village
             and age_on(m.birth_date, today) >= 17 and m.status != "aktif"]
    order = {rel: n for n, rel in enumerate(REPORTER_RELATIONS)}
    mates.sort(key=lambda m: (order.get(m.relationship_to_head, 99), key(m)))
    return mates[0] if mates else None


@dataclass
class Filed:
    complaint: Complaint
    reporter: Person


def _steps(rng: random.Random, status: str, opened: date, today: date) -> dict[str, date]:
    """The dates of the steps up to `status`, in order, none after today."""
    steps = FLOW[:FLOW.index(status) + 1]
    if status == "selesai" and rng.random() < 0.5:
        steps = ("baru", "ditindaklanjuti", "selesai")  # settled without a referral
    dates, last = {"baru": opened}, opened
    for step in steps[1:]:
        gap = {"ditindaklanjuti": (1, 6), "dirujuk": (3, 15), "selesai": (7, 45)}[step]
        last = min(today, last + _days(rng, *gap))
        dates[step] = last
    return dates


def _file(s: Session, rng: random.Random, pl: Placement, reporter: Person, category: str, status: str,
          dates: dict[str, date]) -> Complaint:
    descriptions, follow_ups, outcomes = COMPLAINTS[category]
    target = REFERRAL_BY_CATEGORY[category]
    outcome = rng.choice(outcomes) if status == "selesai" else ""
    c = Complaint(id=new_id(), reporter_id=reporter.id, person_id=pl.person_id, placement_id=pl.id, category=category,
                  description=rng.choice(descriptions), status=status, opened_on=dates["baru"],
                  followed_on=dates.get("ditindaklanjuti"), referred_on=dates.get("dirujuk"),
                  referred_to=target if "dirujuk" in dates else None, closed_on=dates.get("selesai"), outcome=outcome)
    s.add(c)
    lines = [(dates["baru"], "baru", f"Pengaduan diterima dari {reporter.name}.")]
    previous = dates["baru"]
    for step, on in dates.items():
        if step == "baru":
            continue
        if (on - previous).days > 2 and rng.random() < 0.7:  # a follow-up between two steps
            lines.append((between(rng, previous + timedelta(days=1), on - timedelta(days=1)), None,
                          rng.choice(follow_ups)))
        lines.append((on, step, step_text(ComplaintStep(step, on, target if step == "dirujuk" else None, outcome))))
        previous = on
    for acted_on, step, text in lines:
        s.add(ComplaintAction(complaint_id=c.id, acted_on=acted_on, status=step, text=text))
    return c


OPENED_AGO = {"baru": (1, 10), "ditindaklanjuti": (10, 60), "dirujuk": (40, 150), "selesai": (60, 330)}


def _window(pl: Placement, category: str, status: str, first: bool, today: date) -> tuple[date, date] | None:
    """The days a complaint about `pl` may be opened on (None: this placement does not fit the plan)."""
    start = (pl.departed_on or pl.registered_on or today) + timedelta(days=30)
    if first:  # the family complains months after the last call
        lo = max(start, (pl.last_contact_on or start) + timedelta(days=95), today - timedelta(days=150))
        return lo, max(lo, today - timedelta(days=20))
    if category == "putus_kontak":  # closed on the day the PMI called home
        closed = pl.last_contact_on or today
        lo, hi = max(start, closed - timedelta(days=60)), closed - timedelta(days=10)
    else:
        low, high = OPENED_AGO[status]
        lo, hi = max(start, today - timedelta(days=high)), today - timedelta(days=low)
    return (lo, hi) if lo <= hi else None


def make_complaints(s: Session, rng: random.Random, aktif: list[Placement], calon: list[Placement], lost: Lost | None,
                    today: date) -> list[Filed]:
    """COMPLAINT_PLAN on the aktif placements (the putus-kontak ones closed on the day the PMI called home) and on
    calon for the calo cases; one complaint per migrant."""
    free = sorted((pl for pl in aktif if lost is None or pl not in (lost.complaint, lost.silent)),
                  key=lambda pl: key(pl.person))
    rng.shuffle(free)
    young = sorted(calon, key=lambda pl: key(pl.person))
    rng.shuffle(young)
    filed: list[Filed] = []
    for n, (category, status) in enumerate(COMPLAINT_PLAN):
        if n == 0 and lost is None:
            continue
        pool = [lost.complaint] if n == 0 and lost is not None else young if category == "calo" else free
        found = next(((pl, r, w) for pl in pool for r in [reporter_for(pl.person, today)]
                      for w in [_window(pl, category, status, n == 0, today)] if r is not None and w is not None),
                     None)
        if found is None:
            continue
        pl, reporter, (lo, hi) = found
        pool.remove(pl)
        opened = workday(between(rng, lo, hi))
        if category == "putus_kontak" and n > 0:
            closed = pl.last_contact_on or today
            dates = {"baru": opened, "ditindaklanjuti": between(rng, opened, min(closed, opened + _days(rng, 1, 5))),
                     "selesai": closed}
        else:
            dates = _steps(rng, status, opened, today)
        filed.append(Filed(_file(s, rng, pl, reporter, category, status, dates), reporter))
    return filed
