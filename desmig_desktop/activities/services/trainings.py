"""Trainings (pengkapasitasan), attendance, and socialisation meetings (penyadaran)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desmig_desktop.activities import rules as ar
from desmig_desktop.activities.dto import TrainingDTO
from desmig_desktop.activities.models import (
    Socialisation,
    SocialisationAttendance,
    Training,
    TrainingAttendance,
    TrainingGroup,
)
from desmig_desktop.core.context import ServiceContext, use_case
from desmig_desktop.core.errors import Issue, raise_if_errors
from desmig_desktop.core.i18n import _
from desmig_desktop.core.dto import Saved
from desmig_desktop.core.records import Deletion, get_live, require_live, sync_links, tombstone
from desmig_desktop.registry.models import Person
from desmig_desktop.registry.services.history import abroad_warnings


@dataclass(frozen=True)
class TrainingInput:
    title: str
    kind: str
    provider: str
    start_on: date
    end_on: date | None = None
    place: str = ""
    provider_name: str = ""
    group_ids: tuple[str, ...] = ()
    attendee_ids: tuple[str, ...] = ()


def _validate(data: TrainingInput) -> list[Issue]:
    issues = []
    if not data.title.strip():
        issues.append(Issue("title", _("Judul pelatihan wajib diisi, mis. Pelatihan pengolahan salak.")))
    if data.kind not in ar.TRAINING_KINDS:
        issues.append(Issue("kind", _("Jenis pelatihan wajib dipilih dari daftar.")))
    if data.provider not in ar.TRAINING_PROVIDERS:
        issues.append(Issue("provider", _("Penyelenggara wajib dipilih (BLK, BBPLK, asosiasi, Disnaker, Kemnaker, lainnya).")))
    if data.provider == "lainnya" and not data.provider_name.strip():
        issues.append(Issue("provider_name", _("Tulis nama penyelenggara bila memilih 'Lainnya'.")))
    if data.end_on is not None and data.end_on < data.start_on:
        issues.append(Issue("end_on", _("Tanggal selesai harus sesudah tanggal mulai.")))
    return issues


def _attendance_warnings(session: Session, person_ids, day: date) -> list[Issue]:  # type: ignore[no-untyped-def]
    """Attending while abroad on the first day (by the registry) is only a warning."""
    return abroad_warnings(session, person_ids, day, "attendees", _("hadir di pelatihan"))


def create_training_in(session: Session, ctx: ServiceContext, data: TrainingInput) -> tuple[Training, list[Issue]]:
    raise_if_errors(_validate(data))
    t = Training(title=data.title.strip(), kind=data.kind, provider=data.provider,
                 provider_name=data.provider_name.strip(), start_on=data.start_on, end_on=data.end_on,
                 place=data.place.strip())
    session.add(t)
    session.flush()
    require_live(session, "production_group", data.group_ids)
    for gid in dict.fromkeys(data.group_ids):
        session.add(TrainingGroup(training_id=t.id, group_id=gid))
    for pid in dict.fromkeys(data.attendee_ids):
        get_live(session, Person, pid)
        session.add(TrainingAttendance(training_id=t.id, person_id=pid))
    return t, _attendance_warnings(session, data.attendee_ids, data.start_on)


create_training = use_case(create_training_in)


def update_training(ctx: ServiceContext, training_id: str, data: TrainingInput) -> Saved:
    """Correct a training: its fields, the groups invited and who attended (re-checked as when recorded)."""
    raise_if_errors(_validate(data))
    with ctx.unit_of_work() as s:
        t = get_live(s, Training, training_id)
        t.title, t.kind, t.provider, t.provider_name = data.title.strip(), data.kind, data.provider, data.provider_name.strip()
        t.start_on, t.end_on, t.place = data.start_on, data.end_on, data.place.strip()
        require_live(s, "production_group", data.group_ids)
        links = {g.group_id: g for g in s.scalars(select(TrainingGroup).where(
            TrainingGroup.training_id == t.id, TrainingGroup.deleted_at.is_(None)))}
        sync_links(s, links, data.group_ids, lambda gid: TrainingGroup(training_id=t.id, group_id=gid), ctx.now())
        present = {a.person_id: a for a in s.scalars(select(TrainingAttendance).where(
            TrainingAttendance.training_id == t.id, TrainingAttendance.deleted_at.is_(None)))}

        def attendance(pid: str) -> TrainingAttendance:
            get_live(s, Person, pid)
            return TrainingAttendance(training_id=t.id, person_id=pid)

        sync_links(s, present, data.attendee_ids, attendance, ctx.now())
        warnings = _attendance_warnings(s, data.attendee_ids, data.start_on)
        return Saved(t.id, tuple(w.message for w in warnings))


def delete_training(ctx: ServiceContext, training_id: str) -> Deletion:
    """A training and its attendance list and invited groups."""
    with ctx.unit_of_work() as s:
        return tombstone(s, get_live(s, Training, training_id))


def set_attendance(ctx: ServiceContext, training_id: str, person_ids: tuple[str, ...]) -> tuple[str, ...]:
    """Replace the attendance list of a training (people not listed are marked absent). Returns warnings:
    the people added who were abroad on its first day."""
    from desmig_desktop.core.db.base import utcnow

    with ctx.unit_of_work() as s:
        t = get_live(s, Training, training_id)
        wanted = set(person_ids)
        present = {}
        for a in s.scalars(select(TrainingAttendance).where(TrainingAttendance.training_id == training_id,
                                                            TrainingAttendance.deleted_at.is_(None))):
            present[a.person_id] = a
        for pid, a in present.items():
            if pid not in wanted:
                a.deleted_at = utcnow()
        for pid in wanted - set(present):
            get_live(s, Person, pid)
            s.add(TrainingAttendance(training_id=training_id, person_id=pid))
        return tuple(w.message for w in _attendance_warnings(s, wanted - set(present), t.start_on))


def _dto(s, t: Training) -> TrainingDTO:  # type: ignore[no-untyped-def]
    groups = tuple(s.scalars(select(TrainingGroup.group_id).where(TrainingGroup.training_id == t.id, TrainingGroup.deleted_at.is_(None))))
    people = tuple(s.scalars(select(TrainingAttendance.person_id).where(TrainingAttendance.training_id == t.id, TrainingAttendance.deleted_at.is_(None))))
    return TrainingDTO(t.id, t.title, t.kind, t.provider, t.provider_name, t.start_on, t.end_on, t.place, groups, people)


def list_trainings(ctx: ServiceContext, group_id: str | None = None, person_id: str | None = None) -> list[TrainingDTO]:
    """All trainings, those a group was invited to, or a person's training history."""
    with ctx.reader() as s:
        stmt = select(Training).where(Training.deleted_at.is_(None)).order_by(Training.start_on.desc())
        if group_id:
            stmt = stmt.where(Training.id.in_(select(TrainingGroup.training_id).where(
                TrainingGroup.group_id == group_id, TrainingGroup.deleted_at.is_(None))))
        if person_id:
            stmt = stmt.where(Training.id.in_(select(TrainingAttendance.training_id).where(
                TrainingAttendance.person_id == person_id, TrainingAttendance.deleted_at.is_(None))))
        return [_dto(s, t) for t in s.scalars(stmt)]


def record_socialisation_in(session: Session, ctx: ServiceContext, held_on: date, kind: str, topic: str, place: str = "",
                         group_id: str | None = None, attendee_ids: tuple[str, ...] = ()) -> Socialisation:
    issues = []
    if kind not in ar.SOCIALISATION_KINDS:
        issues.append(Issue("kind", _("Jenis kegiatan harus pertemuan sosialisasi atau kunjungan rumah.")))
    if not topic.strip():
        issues.append(Issue("topic", _("Topik wajib diisi, mis. Migrasi aman dan bahaya calo.")))
    if held_on > ctx.today():
        issues.append(Issue("held_on", _("Tanggal kegiatan tidak boleh sesudah hari ini.")))
    raise_if_errors(issues)
    if group_id:
        require_live(session, "production_group", [group_id])
    so = Socialisation(held_on=held_on, kind=kind, topic=topic.strip(), place=place.strip(), group_id=group_id)
    session.add(so)
    session.flush()
    for pid in dict.fromkeys(attendee_ids):
        session.add(SocialisationAttendance(socialisation_id=so.id, person_id=pid))
    return so


record_socialisation = use_case(record_socialisation_in)
