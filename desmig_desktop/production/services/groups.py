"""Production groups and their membership history."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.core.audit import AuditEntry
from desmig_desktop.core.context import ServiceContext, use_case
from desmig_desktop.core.dto import Saved
from desmig_desktop.core.errors import Issue, NotFoundError, ValidationError, raise_if_errors
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import _
from desmig_desktop.core.periods import Period
from desmig_desktop.core.records import get_live
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import (
    DropoutDTO,
    GroupDTO,
    GroupSummary,
    LeaveCheck,
    MemberDTO,
    MembershipEnded,
    RoleChangeDTO,
)
from desmig_desktop.production.models import GroupMember, ProductionGroup
from desmig_desktop.production.services.ledger import name_book_in
from desmig_desktop.production.services.money import group_cash, money, shared_total
from desmig_desktop.registry.models import Person
from desmig_desktop.registry.services.history import abroad_warnings, history_of
from desmig_desktop.registry.services.people import record_life_event_in


@dataclass(frozen=True)
class GroupInput:
    name: str
    commodity: str = ""
    founded_on: date | None = None
    dusun_id: str | None = None
    pirt_number: str = ""
    pirt_date: date | None = None
    pirt_status: str = "belum"
    share_rule: str = "equal"
    share_due_rule: str = "after_runs"
    share_due_runs: int = 4
    note: str = ""


def validate_group(data: GroupInput, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if not data.name.strip():
        issues.append(Issue("name", _("Nama kelompok wajib diisi, mis. Kelompok Salak.")))
    if data.founded_on and data.founded_on > today:
        issues.append(Issue("founded_on", _("Tanggal berdiri tidak boleh sesudah hari ini.")))
    if data.pirt_status not in gr.PIRT_STATUSES:
        issues.append(Issue("pirt_status", _("Status PIRT harus dipilih dari daftar.")))
    if data.pirt_status == "terbit" and not data.pirt_number.strip():
        issues.append(Issue("pirt_number", _("Nomor PIRT wajib diisi bila izin sudah terbit.")))
    if data.share_rule not in gr.SHARE_RULES:
        issues.append(Issue("share_rule", _("Aturan bagi hasil harus sama rata atau menurut jumlah produksi.")))
    if data.share_due_rule not in gr.DUE_RULES:
        issues.append(Issue("share_due_rule", _("Jadwal bagi hasil harus setelah N kali produksi atau menjelang Lebaran.")))
    if data.share_due_rule == "after_runs" and not (1 <= data.share_due_runs <= 100):
        issues.append(Issue("share_due_runs", _("Jumlah produksi sebelum bagi hasil harus 1–100.")))
    return issues


def _fill(g: ProductionGroup, data: GroupInput) -> None:
    g.name = " ".join(data.name.split())
    g.commodity = data.commodity.strip()
    g.founded_on, g.dusun_id = data.founded_on, data.dusun_id
    g.pirt_number, g.pirt_date, g.pirt_status = data.pirt_number.strip(), data.pirt_date, data.pirt_status
    g.share_rule, g.share_due_rule, g.share_due_runs = data.share_rule, data.share_due_rule, data.share_due_runs
    g.note = data.note.strip()


def _name_taken(session: Session, name: str, own_id: str | None) -> bool:
    other = session.scalars(select(ProductionGroup).where(
        ProductionGroup.name.ilike(" ".join(name.split())), ProductionGroup.deleted_at.is_(None))).first()
    return other is not None and other.id != own_id


def create_group_in(session: Session, ctx: ServiceContext, data: GroupInput) -> ProductionGroup:
    issues = validate_group(data, ctx.today())
    if not issues and _name_taken(session, data.name, None):
        issues.append(Issue("name", _("Nama kelompok '{name}' sudah dipakai: pilih nama lain.").format(name=data.name.strip())))
    raise_if_errors(issues)
    g = ProductionGroup()
    _fill(g, data)
    session.add(g)
    session.flush()
    return g


create_group = use_case(create_group_in)


def update_group(ctx: ServiceContext, group_id: str, data: GroupInput) -> Saved:
    with ctx.unit_of_work() as s:
        g = get_live(s, ProductionGroup, group_id)
        issues = validate_group(data, ctx.today())
        if not issues and _name_taken(s, data.name, g.id):
            issues.append(Issue("name", _("Nama kelompok '{name}' sudah dipakai: pilih nama lain.").format(name=data.name.strip())))
        raise_if_errors(issues)
        _fill(g, data)
        name_book_in(s, g.id, g.name)
        return Saved(g.id)


def stop_group(ctx: ServiceContext, group_id: str, stopped_on: date, reason: str) -> None:
    if not reason.strip():
        raise ValidationError([Issue("stop_reason", _("Alasan berhenti wajib diisi, mis. bahan baku mahal."))])
    if stopped_on > ctx.today():
        raise ValidationError([Issue("stopped_on", _("Tanggal berhenti tidak boleh sesudah hari ini."))])
    with ctx.unit_of_work() as s:
        g = get_live(s, ProductionGroup, group_id)
        g.status, g.stopped_on, g.stop_reason = "berhenti", stopped_on, reason.strip()


def reactivate_group(ctx: ServiceContext, group_id: str) -> None:
    with ctx.unit_of_work() as s:
        g = get_live(s, ProductionGroup, group_id)
        g.status, g.stopped_on, g.stop_reason = "aktif", None, ""


def _member_dto(m: GroupMember) -> MemberDTO:
    return MemberDTO(m.id, m.person_id, m.person.name, m.person.nik or "", m.role, m.joined_on, m.left_on,
                     m.leave_reason, m.leave_note)


def group_dto(session: Session, g: ProductionGroup) -> GroupDTO:
    members = tuple(_member_dto(m) for m in g.members if m.deleted_at is None)
    return GroupDTO(
        g.id, g.name, g.commodity, g.founded_on, g.dusun_id, g.dusun.name if g.dusun else "", g.status,
        g.stopped_on, g.stop_reason, g.pirt_number, g.pirt_date, g.pirt_status, g.share_rule, g.share_due_rule,
        g.share_due_runs, g.note, group_cash(session, g.id), members,
    )


def get_group(ctx: ServiceContext, group_id: str) -> GroupDTO:
    with ctx.reader() as s:
        g = s.scalars(select(ProductionGroup).where(ProductionGroup.id == group_id, ProductionGroup.deleted_at.is_(None))
                      .options(selectinload(ProductionGroup.members).selectinload(GroupMember.person))).first()
        if g is None:
            raise NotFoundError(group_id)
        return group_dto(s, g)


def list_groups(ctx: ServiceContext, text: str = "", status: str | None = None,
                period: Period | None = None) -> list[GroupSummary]:
    from desmig_desktop.production.services.sharing import is_share_due

    start, end = (period.start, period.end) if period else (None, None)
    with ctx.reader() as s:
        stmt = select(ProductionGroup).where(ProductionGroup.deleted_at.is_(None)).options(
            selectinload(ProductionGroup.members), selectinload(ProductionGroup.dusun)).order_by(ProductionGroup.name)
        if status:
            stmt = stmt.where(ProductionGroup.status == status)
        if text.strip():
            pattern = f"%{text.strip()}%"
            stmt = stmt.where(ProductionGroup.name.ilike(pattern) | ProductionGroup.commodity.ilike(pattern))
        out = []
        for g in s.scalars(stmt):
            day = end or ctx.today()
            active = sum(1 for m in g.members if m.deleted_at is None and gr.Span(m.joined_on, m.left_on).active_on(day))
            m = money(s, g.id, start, end)
            out.append(GroupSummary(
                g.id, g.name, g.commodity, g.dusun.name if g.dusun else "", g.status, active, m.revenue, m.profit,
                shared_total(s, g.id, start, end), group_cash(s, g.id), is_share_due(s, g, ctx.today()),
            ))
        return out


# ---- membership ----------------------------------------------------------------------------

def _spans_of(session: Session, group_id: str, person_id: str, skip: str | None = None) -> list[GroupMember]:
    return [m for m in session.scalars(select(GroupMember).where(
        GroupMember.group_id == group_id, GroupMember.person_id == person_id, GroupMember.deleted_at.is_(None)))
        if m.id != skip]


def add_member_in(session: Session, ctx: ServiceContext, group_id: str, person_id: str, joined_on: date,
                  role: str = "anggota", left_on: date | None = None, reason: str | None = None,
                  note: str = "") -> tuple[GroupMember, list[Issue]]:
    """Add a membership. A ketua, sekretaris or bendahara joining now takes the role from its holder, who
    becomes anggota the same day. Joining while abroad (by the registry) is only a warning."""
    g = get_live(session, ProductionGroup, group_id)
    person = get_live(session, Person, person_id)
    issues: list[Issue] = []
    if role not in gr.ROLES:
        issues.append(Issue("role", _("Jabatan dalam kelompok harus ketua, sekretaris, bendahara atau anggota.")))
    if joined_on > ctx.today():
        issues.append(Issue("joined_on", _("Tanggal masuk tidak boleh sesudah hari ini.")))
    if g.founded_on is not None and joined_on < g.founded_on:
        issues.append(Issue("joined_on", _("Tanggal masuk {joined} sebelum {group} berdiri ({founded}): tanggal masuk paling awal {founded}.").format(
            joined=short_date(joined_on), group=g.name, founded=short_date(g.founded_on))))
    if g.status == "berhenti":
        issues.append(Issue("group", _("Kelompok {name} sudah berhenti: aktifkan lagi sebelum menambah anggota.").format(name=g.name)))
    if left_on is not None:
        issues.extend(_leave_issues(joined_on, left_on, reason, ctx.today()))
    new = gr.Span(joined_on, left_on)
    for other in _spans_of(session, group_id, person_id):
        if gr.overlaps(new, gr.Span(other.joined_on, other.left_on)):
            issues.append(Issue("joined_on", _("{name} sudah menjadi anggota {group} pada tanggal itu (masuk {since}): akhiri keanggotaan lama dulu.").format(
                name=person.name, group=g.name, since=other.joined_on.strftime("%d/%m/%Y"))))
            break
    issues.extend(abroad_warnings(session, [person.id], joined_on, "joined_on", _("masuk kelompok")))
    warnings = raise_if_errors(issues)
    if left_on is None:
        _hand_over_role(session, g.id, role, keep=None)
    m = GroupMember(group=g, person=person, role=role, joined_on=joined_on, left_on=left_on,
                    leave_reason=reason, leave_note=note.strip())
    session.add(m)
    session.flush()
    return m, warnings


def _hand_over_role(session: Session, group_id: str, role: str, keep: str | None) -> None:
    """A ketua, sekretaris or bendahara role has one current holder: whoever holds it now becomes anggota
    (the audit trail keeps who held it and when it changed)."""
    if role not in gr.UNIQUE_ROLES:
        return
    for other in session.scalars(select(GroupMember).where(
            GroupMember.group_id == group_id, GroupMember.role == role, GroupMember.left_on.is_(None),
            GroupMember.deleted_at.is_(None))):
        if other.id != keep:
            other.role = "anggota"


add_member = use_case(add_member_in)


def _leave_issues(joined_on: date, left_on: date, reason: str | None, today: date) -> list[Issue]:
    issues = []
    if left_on < joined_on:
        issues.append(Issue("left_on", _("Tanggal keluar harus sesudah tanggal masuk.")))
    if left_on > today:
        issues.append(Issue("left_on", _("Tanggal keluar tidak boleh sesudah hari ini.")))
    if reason not in gr.LEAVE_REASONS:
        issues.append(Issue("leave_reason", _("Alasan keluar wajib dipilih (pindah, kembali bekerja ke luar negeri, usaha sendiri, tidak berminat, …).")))
    return issues


def _leave_check(session: Session, m: GroupMember, left_on: date, reason: str | None) -> LeaveCheck | None:
    placements, events = history_of(session, m.person_id)
    conflict = gr.leave_conflict(reason, m.joined_on, left_on,
                                 [(p.registered_on, p.departed_on, p.returned_on) for p in placements],
                                 [(e.kind, e.event_date) for e in events])
    if conflict is None:
        return None
    name, day = m.person.name, short_date(left_on)
    message = {
        "no_departure": _("Alasan keluar 'kembali bekerja ke luar negeri', tetapi data penduduk tidak mencatat keberangkatan {name} sekitar {day}: catat penempatannya di halaman Penduduk."),
        "no_move_out": _("Alasan keluar 'pindah', tetapi data penduduk tidak mencatat {name} pindah keluar: catat peristiwa pindah keluar."),
        "no_death": _("Alasan keluar 'meninggal', tetapi data penduduk tidak mencatat kematian {name}: catat peristiwa meninggal."),
    }[conflict.code].format(name=name, day=day)
    return LeaveCheck(conflict.code, m.person_id, conflict.event_kind, left_on, message)


def check_leave(ctx: ServiceContext, member_id: str, left_on: date, reason: str | None) -> LeaveCheck | None:
    """What the registry lacks to explain this leave reason (shown by the dialog before saving), or None."""
    with ctx.reader() as s:
        return _leave_check(s, get_live(s, GroupMember, member_id), left_on, reason)


def end_membership(ctx: ServiceContext, member_id: str, left_on: date, reason: str, note: str = "",
                   record_missing_event: bool = False) -> MembershipEnded:
    """End a membership. A reason the registry contradicts is saved with a warning saying what to record; with
    `record_missing_event` the missing life event (pindah keluar, meninggal) is recorded in the same unit of
    work, so the membership and the register change together or not at all."""
    with ctx.unit_of_work() as s:
        m = get_live(s, GroupMember, member_id)
        if m.left_on is not None:
            raise ValidationError([Issue("left_on", _("Keanggotaan ini sudah berakhir pada {day}.").format(day=m.left_on.strftime("%d/%m/%Y")))])
        issues = _leave_issues(m.joined_on, left_on, reason, ctx.today())
        if reason == "lainnya" and not note.strip():
            issues.append(Issue("leave_note", _("Tulis keterangan bila alasan keluar 'Lainnya'.")))
        raise_if_errors(issues)
        m.left_on, m.leave_reason, m.leave_note = left_on, reason, note.strip()
        check = _leave_check(s, m, left_on, reason)
        if record_missing_event and check is not None and check.event_kind is not None:
            record_life_event_in(s, ctx, check.person_id, check.event_kind, check.on, note)
            return MembershipEnded(m.id, (), None)
        return MembershipEnded(m.id, (check.message,) if check else (), check)


def change_role(ctx: ServiceContext, member_id: str, role: str) -> None:
    """Give a member a role; a ketua, sekretaris or bendahara role is taken from its holder the same day."""
    if role not in gr.ROLES:
        raise ValidationError([Issue("role", _("Jabatan dalam kelompok harus ketua, sekretaris, bendahara atau anggota."))])
    with ctx.unit_of_work() as s:
        m = get_live(s, GroupMember, member_id)
        if m.left_on is not None:
            raise ValidationError([Issue("role", _("Keanggotaan ini sudah berakhir: jabatan tidak bisa diubah lagi."))])
        _hand_over_role(s, m.group_id, role, keep=m.id)
        m.role = role


def role_history(ctx: ServiceContext, group_id: str) -> list[RoleChangeDTO]:
    """Who held which role when: every role a member joined with or was given, from the audit trail, oldest first."""
    with ctx.reader() as s:
        members = {m.id: m.person.name for m in s.scalars(select(GroupMember).where(GroupMember.group_id == group_id)
                                                          .options(selectinload(GroupMember.person)))}
        out = []
        for e in s.scalars(select(AuditEntry).where(AuditEntry.table_name == GroupMember.__tablename__,
                                                    AuditEntry.record_id.in_(list(members)))
                           .order_by(AuditEntry.at)):
            change = json.loads(e.changes).get("role")
            if change is not None and change[1] is not None:
                out.append(RoleChangeDTO(e.at, e.record_id, members[e.record_id], change[0], change[1]))
        return out


def retention_for(ctx: ServiceContext, group_id: str, period: Period) -> tuple[int, int]:
    """(members at the period's start, of whom still active at its end)."""
    with ctx.reader() as s:
        spans = [gr.Span(m.joined_on, m.left_on) for m in s.scalars(select(GroupMember).where(
            GroupMember.group_id == group_id, GroupMember.deleted_at.is_(None)))]
    return gr.retention(spans, period.start, period.end)


def dropouts(ctx: ServiceContext, period: Period | None = None, group_id: str | None = None) -> list[DropoutDTO]:
    with ctx.reader() as s:
        stmt = (select(GroupMember).where(GroupMember.deleted_at.is_(None), GroupMember.left_on.is_not(None))
                .options(selectinload(GroupMember.person), selectinload(GroupMember.group))
                .order_by(GroupMember.left_on))
        if group_id:
            stmt = stmt.where(GroupMember.group_id == group_id)
        if period:
            stmt = stmt.where(GroupMember.left_on >= period.start, GroupMember.left_on <= period.end)
        return [DropoutDTO(m.group_id, m.group.name, m.person_id, m.person.name, m.joined_on, m.left_on,  # type: ignore[arg-type]
                           m.leave_reason or "lainnya", m.leave_note) for m in s.scalars(stmt)]
