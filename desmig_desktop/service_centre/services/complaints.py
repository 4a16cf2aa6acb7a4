"""Complaints (pengaduan): a registered family member of the village reports trouble with a migrant; the officer
follows it up (baru -> ditindaklanjuti -> dirujuk -> selesai) and keeps a dated action log.

Who filed, what happened and how it ended stay on the laptop (models mark them private); lists carry no
description and no reporter (`ComplaintRow`). Opening one complaint (`get_complaint`) is written to the audit trail.
Statuses of a past day are derived from the step dates (`rules.complaint_status_on`).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.core import audit
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.db.base import utcnow
from desmig_desktop.core.dto import Saved
from desmig_desktop.core.errors import Issue, raise_if_errors
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import _
from desmig_desktop.core.records import Deletion, get_live, tombstone
from desmig_desktop.registry.models import Person, Placement
from desmig_desktop.service_centre import rules
from desmig_desktop.service_centre.codes import (
    COMPLAINT_CATEGORIES,
    COMPLAINT_STATUSES,
    REFERRAL_TARGETS,
)
from desmig_desktop.service_centre.dto import (
    ComplaintActionDTO,
    ComplaintDetail,
    ComplaintInput,
    ComplaintRow,
    ComplaintStep,
)
from desmig_desktop.service_centre.models import Complaint, ComplaintAction
from desmig_desktop.service_centre.services.visits import home_of

STAGE_RANK = {"aktif": 3, "calon": 2, "purna": 1}  # the placement a complaint is about by default (batal never)
MAX_TEXT = 5000


def _live_person(s: Session, person_id: str | None) -> Person | None:
    person = s.get(Person, person_id) if person_id else None
    return person if person is not None and person.deleted_at is None else None


def _placements(person: Person) -> list[Placement]:
    return [pl for pl in person.placements if pl.deleted_at is None and pl.stage in STAGE_RANK]


def current_placement_of(person: Person) -> Placement | None:
    """The placement a complaint concerns by default: aktif before calon before purna, the latest among equals."""
    rows = _placements(person)
    if not rows:
        return None
    return max(rows, key=lambda pl: (STAGE_RANK[pl.stage], pl.returned_on or pl.departed_on or pl.registered_on
                                     or date.min, pl.created_at))


def _text_issues(category: str, description: str) -> list[Issue]:
    issues = []
    if category not in COMPLAINT_CATEGORIES:
        issues.append(Issue("category", _("Kategori pengaduan wajib dipilih dari daftar.")))
    if not description.strip():
        issues.append(Issue("description", _("Uraian pengaduan wajib diisi: tulis apa yang terjadi, kapan, dan di mana.")))
    elif len(description) > MAX_TEXT:
        issues.append(Issue("description", _("Uraian terlalu panjang (lebih dari {n} huruf): singkat.").format(n=MAX_TEXT)))
    return issues


def _filing_issues(s: Session, ctx: ServiceContext, data: ComplaintInput) -> tuple[list[Issue], Placement | None]:
    issues = _text_issues(data.category, data.description)
    reporter, migrant, placement = _live_person(s, data.reporter_id), _live_person(s, data.person_id), None
    if reporter is None:
        issues.append(Issue("reporter_id", _(
            "Pelapor harus warga yang terdaftar di desa ini: pilih dari daftar penduduk. Tamu dari luar daftar "
            "penduduk tidak dapat membuat pengaduan; daftarkan dulu keluarganya.")))
    elif not reporter.in_village:
        issues.append(Issue("reporter_id", _(
            "{name} tidak lagi tinggal di desa (pindah atau meninggal): pilih anggota keluarga lain sebagai pelapor.")
            .format(name=reporter.name)))
    if migrant is None:
        issues.append(Issue("person_id", _("PMI yang diadukan wajib dipilih dari daftar penduduk desa.")))
    elif data.placement_id:
        placement = next((pl for pl in _placements(migrant) if pl.id == data.placement_id), None)
        if placement is None:
            issues.append(Issue("placement_id", _("Penempatan yang dipilih bukan milik {name}: pilih lagi.")
                                .format(name=migrant.name)))
    else:
        placement = current_placement_of(migrant)
        if placement is None:
            issues.append(Issue("person_id", _(
                "{name} belum punya catatan penempatan (calon/aktif/purna): catat dulu penempatannya di halaman "
                "penduduk, lalu buat pengaduan.").format(name=migrant.name)))
    if data.opened_on is None:
        issues.append(Issue("opened_on", _("Tanggal pengaduan wajib diisi: tulis seperti 22/11/2026.")))
    elif data.opened_on > ctx.today():
        issues.append(Issue("opened_on", _("Tanggal pengaduan tidak boleh sesudah hari ini.")))
    if reporter is not None and migrant is not None and reporter.id != migrant.id \
            and (reporter.household_id is None or reporter.household_id != migrant.household_id):
        issues.append(Issue("reporter_id", _(
            "{reporter} tidak satu KK dengan {migrant}: pastikan pelapor memang keluarganya.")
            .format(reporter=reporter.name, migrant=migrant.name), warning=True))
    return issues, placement


def file_complaint_in(s: Session, ctx: ServiceContext, data: ComplaintInput) -> tuple[Complaint, list[Issue]]:
    issues, placement = _filing_issues(s, ctx, data)
    warnings = raise_if_errors(issues)
    reporter = s.get(Person, data.reporter_id)
    c = Complaint(reporter_id=data.reporter_id, person_id=data.person_id,
                  placement_id=placement.id if placement is not None else None, category=data.category,
                  description=data.description.strip(), status="baru", opened_on=data.opened_on)
    s.add(c)
    s.flush()
    s.add(ComplaintAction(complaint_id=c.id, acted_on=data.opened_on, status="baru",
                          text=_("Pengaduan diterima dari {name}.").format(name=reporter.name if reporter else "")))
    s.flush()
    return c, warnings


def file_complaint(ctx: ServiceContext, data: ComplaintInput) -> Saved:
    with ctx.unit_of_work() as s:
        c, warnings = file_complaint_in(s, ctx, data)
        return Saved(c.id, tuple(w.message for w in warnings))


def step_text(step: ComplaintStep) -> str:
    label = _(COMPLAINT_STATUSES[step.target])
    if step.target == "dirujuk" and step.referred_to in REFERRAL_TARGETS:
        line = _("Dirujuk ke {target}.").format(target=_(REFERRAL_TARGETS[step.referred_to]))
    elif step.target == "selesai":
        line = _("Selesai: {outcome}").format(outcome=step.outcome.strip())
    else:
        line = _("Status: {label}.").format(label=label)
    return f"{line} {step.note.strip()}".strip()


def move_complaint_in(s: Session, ctx: ServiceContext, complaint_id: str, step: ComplaintStep) -> Complaint:
    c = get_live(s, Complaint, complaint_id)
    last_on = getattr(c, rules.COMPLAINT_STEP_DATE[c.status])
    raise_if_errors(rules.complaint_step_issues(c.status, step.target, step.on, last_on, ctx.today(),
                                                referred_to=step.referred_to, outcome=step.outcome))
    setattr(c, rules.COMPLAINT_STEP_DATE[step.target], step.on)
    if step.target == "dirujuk":
        c.referred_to = step.referred_to
    if step.target == "selesai":
        c.outcome = step.outcome.strip()
    c.status = step.target
    s.add(ComplaintAction(complaint_id=c.id, acted_on=step.on, status=step.target, text=step_text(step)))
    s.flush()
    return c


def move_complaint(ctx: ServiceContext, complaint_id: str, step: ComplaintStep) -> Saved:
    with ctx.unit_of_work() as s:
        return Saved(move_complaint_in(s, ctx, complaint_id, step).id)


def add_action(ctx: ServiceContext, complaint_id: str, acted_on: date, text: str) -> Saved:
    with ctx.unit_of_work() as s:
        c = get_live(s, Complaint, complaint_id)
        issues = []
        if not text.strip():
            issues.append(Issue("text", _("Tindakan wajib diisi: tulis apa yang sudah dilakukan.")))
        if acted_on is None:
            issues.append(Issue("acted_on", _("Tanggal tindakan wajib diisi: tulis seperti 22/11/2026.")))
        elif acted_on > ctx.today():
            issues.append(Issue("acted_on", _("Tanggal tindakan tidak boleh sesudah hari ini.")))
        elif acted_on < c.opened_on:
            issues.append(Issue("acted_on", _("Tanggal tindakan tidak boleh sebelum tanggal pengaduan ({day}).")
                                .format(day=short_date(c.opened_on))))
        raise_if_errors(issues)
        a = ComplaintAction(complaint_id=c.id, acted_on=acted_on, status=None, text=text.strip())
        s.add(a)
        s.flush()
        return Saved(a.id)


def update_complaint(ctx: ServiceContext, complaint_id: str, category: str, description: str) -> Saved:
    with ctx.unit_of_work() as s:
        c = get_live(s, Complaint, complaint_id)
        raise_if_errors(_text_issues(category, description))
        c.category, c.description = category, description.strip()
        s.flush()
        return Saved(c.id)


def delete_complaint(ctx: ServiceContext, complaint_id: str) -> Deletion:
    with ctx.unit_of_work() as s:
        return tombstone(s, get_live(s, Complaint, complaint_id))


# ---- reading -----------------------------------------------------------------------------------------------

def _dates(c: Complaint) -> dict[str, date | None]:
    return {attr: getattr(c, attr) for attr in rules.COMPLAINT_STEP_DATE.values()}


def to_row(c: Complaint, day: date) -> ComplaintRow | None:
    """The complaint as it stood on `day` (None: not filed yet)."""
    status = rules.complaint_status_on(_dates(c), day)
    if status is None:
        return None
    closed = c.closed_on if status == "selesai" else None
    return ComplaintRow(
        id=c.id, category=c.category, status=status, opened_on=c.opened_on,
        status_on=getattr(c, rules.COMPLAINT_STEP_DATE[status]),
        referred_to=c.referred_to if c.referred_on is not None and c.referred_on <= day else None,
        closed_on=closed, days_open=rules.days_open(c.opened_on, closed, day), person_id=c.person_id,
        person_name=c.person.name if c.person is not None else "",
        country=c.placement.country if c.placement is not None else "")


def _query():  # type: ignore[no-untyped-def]
    return (select(Complaint).where(Complaint.deleted_at.is_(None))
            .options(selectinload(Complaint.person), selectinload(Complaint.placement))
            .order_by(Complaint.opened_on.desc(), Complaint.created_at.desc()))


def list_complaints(ctx: ServiceContext, status: str | None = None, category: str | None = None,
                    day: date | None = None) -> list[ComplaintRow]:
    """Complaints filed by `day` (default today) with their status on that day, newest first."""
    day = day or ctx.today()
    stmt = _query().where(Complaint.opened_on <= day)
    if category:
        stmt = stmt.where(Complaint.category == category)
    with ctx.reader() as s:
        rows = [to_row(c, day) for c in s.scalars(stmt)]
    return [r for r in rows if r is not None and (status is None or r.status == status)]


def open_complaints_of(ctx: ServiceContext, person_id: str) -> list[ComplaintRow]:
    """Complaints not yet closed today about this person (the migrant) or reported by them."""
    day = ctx.today()
    stmt = _query().where(Complaint.opened_on <= day,
                          or_(Complaint.person_id == person_id, Complaint.reporter_id == person_id))
    with ctx.reader() as s:
        rows = [to_row(c, day) for c in s.scalars(stmt)]
    return [r for r in rows if r is not None and r.status != "selesai"]


def _address(person: Person | None) -> str:
    if person is None or person.household is None:
        return ""
    return ", ".join(x for x in (person.household.address.strip(), home_of(person)) if x)


def _detail(c: Complaint, day: date) -> ComplaintDetail:
    row = to_row(c, max(day, c.opened_on))
    assert row is not None
    reporter, migrant, pl = c.reporter, c.person, c.placement
    return ComplaintDetail(
        row=row, reporter_id=c.reporter_id, reporter_name=reporter.name if reporter else "",
        reporter_relationship=reporter.relationship_to_head if reporter else "",
        reporter_phone=reporter.phone if reporter else "", reporter_address=_address(reporter),
        person_nik=(migrant.nik or "") if migrant else "", person_birth_date=migrant.birth_date if migrant else None,
        person_address=_address(migrant), placement_country=pl.country if pl else "",
        placement_job=pl.job if pl else "", placement_agency=pl.agency if pl else "",
        placement_departed_on=pl.departed_on if pl else None,
        placement_last_contact_on=pl.last_contact_on if pl else None,
        description=c.description, outcome=c.outcome, followed_on=c.followed_on, referred_on=c.referred_on,
        actions=tuple(ComplaintActionDTO(a.id, a.acted_on, a.status, a.text) for a in c.actions),
        next_steps=rules.COMPLAINT_NEXT.get(c.status, ()))


def get_complaint(ctx: ServiceContext, complaint_id: str, audited: bool = True) -> ComplaintDetail:
    """Everything about one complaint (for its screen and the referral letter). Opening it is written to the
    audit trail (action "view") when the file can be written; `audited=False` for a screen reading again the
    complaint it already has open (after its own change, itself in the trail)."""
    with ctx.reader() as s:
        detail = _detail(get_live(s, Complaint, complaint_id), ctx.today())
    if audited and not ctx.read_only and ctx.scope_village_id is None:
        with ctx.unit_of_work() as s:
            village_id = ctx.village_id or s.scalar(select(Complaint.village_id).where(Complaint.id == complaint_id))
            audit.write(s, [audit.entry(ctx.officer, utcnow(), "view", Complaint.__tablename__, complaint_id,
                                        village_id or "", {})])
    return detail
