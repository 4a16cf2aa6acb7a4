"""Households (Kartu Keluarga): the list of families, correcting the address, moving a member to another KK,
splitting a family, deleting an empty household.

Each changing use case is one unit of work (all or nothing); the audit trail is written by the unit of work for
every row it changes (core.audit). Statuses derived from the household (keluarga of a PMI) are recomputed for
everyone in the households a change touches.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, String, case, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.dto import Saved
from desmig_desktop.core.errors import Issue, ValidationError, raise_if_errors
from desmig_desktop.core.i18n import _, n_
from desmig_desktop.core.records import Deletion, get_live, tombstone
from desmig_desktop.registry import enums
from desmig_desktop.registry.dto import HouseholdRow
from desmig_desktop.registry.models import Dusun, Household, Person
from desmig_desktop.registry.rules import (
    HouseholdInput,
    validate_address,
    validate_household,
)
from desmig_desktop.registry.services.people import create_household_in
from desmig_desktop.registry.services.status_sync import refresh_people

HOUSEHOLD_SORT_KEYS = ("no_kk", "head", "dusun", "rw_rt", "members", "abroad")


# ---- the list ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class HouseholdQuery:
    text: str = ""  # the first digits of a No. KK, or part of a member's name
    dusun_id: str | None = None
    sort: str = "no_kk"
    descending: bool = False


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _head_name():  # type: ignore[no-untyped-def]
    """The name of the household's live kepala keluarga (a correlated subquery; '' when there is none)."""
    head = aliased(Person)
    return func.coalesce(
        select(head.name).where(head.household_id == Household.id, head.deleted_at.is_(None),
                                head.relationship_to_head == "kepala")
        .order_by(head.in_village.desc(), head.created_at).limit(1).scalar_subquery(), "")


def _heads():  # type: ignore[no-untyped-def]
    """The head's name per household, for sorting every card at once (grouped over the people, not a subquery per
    card); two live heads on one card (a mistake) sort by the first name."""
    head = aliased(Person)
    return (
        select(head.household_id.label("household_id"), func.min(head.name).label("name"))
        .where(head.deleted_at.is_(None), head.relationship_to_head == "kepala")
        .group_by(head.household_id).subquery("heads")
    )


def _counts(household_ids=None):  # type: ignore[no-untyped-def]
    """Live members in the village, and of them the PMI aktif, per household (a grouped subquery; only over the
    households `household_ids` selects when given)."""
    m = aliased(Person)
    card = m.household_id
    stmt = (
        select(card.label("household_id"), func.count(m.id).label("members"),
               func.sum(case((m.status == "aktif", 1), else_=0)).label("abroad"))
        .where(m.deleted_at.is_(None), m.in_village.is_(True))
    )
    if household_ids is not None:
        stmt = stmt.where(m.household_id.in_(household_ids))
    return stmt.group_by(card).subquery("member_counts")


def _filtered(q: HouseholdQuery, stmt: Select) -> Select:  # type: ignore[type-arg]
    stmt = stmt.where(Household.deleted_at.is_(None))
    if q.dusun_id:
        stmt = stmt.where(Household.dusun_id == q.dusun_id)
    text = " ".join(q.text.split())
    if text:
        digits = text.replace(" ", "")
        if digits.isdigit():
            stmt = stmt.where(Household.no_kk.op("GLOB")(digits + "*"))
        else:
            member = aliased(Person)
            # The people in the village (what the person list's covering index holds: read, not the table), once
            # into a list; `+household.id` keeps SQLite from driving the query by that list, so it walks the
            # cards in No. KK order and stops at a page: 's' (22,180 of 23,782 KK) 420 -> see the closing note.
            stmt = stmt.where(literal_column("+household.id", String).in_(
                select(member.household_id).where(member.deleted_at.is_(None), member.in_village.is_(True),
                                                  member.name.like(f"%{_escape_like(text)}%", escape="\\"))))
    return stmt


def count_households(ctx: ServiceContext, q: HouseholdQuery) -> int:
    with ctx.reader() as s:
        return int(s.scalar(_filtered(q, select(func.count(Household.id)))) or 0)


def list_households(ctx: ServiceContext, q: HouseholdQuery, offset: int = 0, limit: int = 200) -> list[HouseholdRow]:
    """A page of the household list, in the chosen order (No. KK by default).

    Read in two steps: the ids of the page, reading only what the order needs (by No. KK that is the No. KK
    index alone), then the shown columns of those few households (their head and member counts by the
    person.household_id index). At 100,000 people (23,782 KK) a page by No. KK or by dusun costs tens of ms,
    wherever it is; an order by head or by member counts groups every person first (several hundred ms: a
    header click, never a keystroke)."""
    sort = q.sort if q.sort in HOUSEHOLD_SORT_KEYS else "no_kk"
    keys = select(Household.id).select_from(Household)
    rw, rt = func.coalesce(Household.rw, -1), func.coalesce(Household.rt, -1)
    if sort == "dusun":
        keys = keys.outerjoin(Dusun, Dusun.id == Household.dusun_id)
    if sort in ("members", "abroad"):
        counts = _counts()
        keys = keys.outerjoin(counts, counts.c.household_id == Household.id)
    if sort == "head":
        heads = _heads()
        keys = keys.outerjoin(heads, heads.c.household_id == Household.id)
    # (No. KK, village) is unique among live cards: the last key of every order, and the unique index's own
    # order, so the default order reads that index alone (an id as well would sort every row again).
    order = {
        "no_kk": lambda: [],
        "head": lambda: [func.coalesce(heads.c.name, "")],
        "dusun": lambda: [func.coalesce(Dusun.name, ""), rw, rt],
        "rw_rt": lambda: [rw, rt],
        "members": lambda: [func.coalesce(counts.c.members, 0)],
        "abroad": lambda: [func.coalesce(counts.c.abroad, 0)],
    }[sort]() + [Household.no_kk, Household.village_id]
    order = [c.desc() for c in order] if q.descending else order
    keys = _filtered(q, keys).order_by(*order).offset(offset).limit(limit)
    with ctx.reader() as s:
        ids = list(s.scalars(keys))
        if not ids:
            return []
        counts = _counts(ids)
        stmt = (
            select(Household.id, Household.no_kk, _head_name(), Dusun.name, Household.rw, Household.rt,
                   Household.address, func.coalesce(counts.c.members, 0), func.coalesce(counts.c.abroad, 0))
            .select_from(Household)
            .outerjoin(Dusun, Dusun.id == Household.dusun_id)
            .outerjoin(counts, counts.c.household_id == Household.id)
            .where(Household.id.in_(ids))
        )
        found = {r[0]: HouseholdRow(r[0], r[1], r[2] or "", r[3] or "", r[4], r[5], r[6] or "", int(r[7]), int(r[8]))
                 for r in s.execute(stmt)}
    return [found[i] for i in ids if i in found]


def household_options(ctx: ServiceContext, text: str, exclude_id: str | None = None,
                      limit: int = 50) -> list[HouseholdRow]:
    """Households matching `text` (No. KK digits or a member's name) for a picker; nothing for an empty text."""
    if not text.strip():
        return []
    rows = list_households(ctx, HouseholdQuery(text=text, sort="head"), 0, limit + 1)
    return [r for r in rows if r.id != exclude_id][:limit]


# ---- correcting ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AddressInput:
    dusun_id: str | None
    rw: int | None
    rt: int | None
    address: str = ""


def _address_issues(s: Session, data: AddressInput) -> list[Issue]:
    issues = validate_address(data.rw, data.rt)
    if data.dusun_id is not None:
        dusun = s.get(Dusun, data.dusun_id)
        if dusun is None or dusun.deleted_at is not None:
            issues.append(Issue("dusun", _("Dusun yang dipilih tidak ada lagi: pilih dusun lain.")))
    if len(data.address.strip()) > 200:
        issues.append(Issue("address", _("Alamat terlalu panjang (lebih dari 200 huruf): singkat alamatnya.")))
    return issues


def update_household_address(ctx: ServiceContext, household_id: str, data: AddressInput) -> Saved:
    """Correct where a family lives: dusun, RW, RT and the address line (the No. KK stays)."""
    with ctx.unit_of_work() as s:
        h = get_live(s, Household, household_id)
        raise_if_errors(_address_issues(s, data))
        h.dusun_id, h.rw, h.rt, h.address = data.dusun_id, data.rw, data.rt, data.address.strip()
        return Saved(h.id)


def _live_members(s: Session, household_id: str) -> list[Person]:
    return list(s.scalars(select(Person).where(Person.household_id == household_id, Person.deleted_at.is_(None))
                          .order_by(Person.created_at, Person.id)))


def _new_head_issue(s: Session, old: Household, leaving: set[str], new_head_id: str | None) -> Issue | None:
    """When the kepala keluarga leaves `old` and others stay, one of those who stay must be named the new head."""
    members = _live_members(s, old.id)
    staying = [m for m in members if m.id not in leaving]
    head_leaves = any(m.relationship_to_head == "kepala" and m.id in leaving for m in members)
    if not head_leaves or not staying:
        if new_head_id is not None and new_head_id not in {m.id for m in staying}:
            return Issue("new_head", _("Kepala keluarga baru harus salah satu anggota yang tetap di KK {kk}.").format(
                kk=old.no_kk))
        return None
    if new_head_id is None:
        head = next(m.name for m in members if m.relationship_to_head == "kepala" and m.id in leaving)
        return Issue("new_head", _("{name} adalah kepala keluarga KK {kk}: pilih kepala keluarga baru dari anggota "
                                   "yang tetap tinggal, lalu simpan lagi.").format(name=head, kk=old.no_kk))
    if new_head_id not in {m.id for m in staying}:
        return Issue("new_head", _("Kepala keluarga baru harus salah satu anggota yang tetap di KK {kk}.").format(
            kk=old.no_kk))
    return None


def _make_head(s: Session, household_id: str, new_head_id: str | None) -> None:
    if new_head_id is None:
        return
    for m in _live_members(s, household_id):
        if m.id == new_head_id:
            m.relationship_to_head = "kepala"


def move_member(ctx: ServiceContext, person_id: str, target_household_id: str, relationship: str,
                new_head_id: str | None = None) -> Saved:
    """Move a person to another family card, with their relationship to that card's head. Moving the head
    of a family others stay in needs `new_head_id`, one of those who stay."""
    with ctx.unit_of_work() as s:
        p = get_live(s, Person, person_id)
        issues: list[Issue] = []
        target = s.get(Household, target_household_id)
        if target is None or target.deleted_at is not None:
            issues.append(Issue("target", _("Pilih KK tujuan: cari dengan No. KK atau nama kepala keluarga.")))
        elif target.id == p.household_id:
            issues.append(Issue("target", _("{name} sudah di KK {kk}: pilih KK lain.").format(name=p.name,
                                                                                             kk=target.no_kk)))
        if relationship not in enums.RELATIONSHIPS:
            issues.append(Issue("relationship", _("Pilih hubungan dengan kepala keluarga di KK tujuan.")))
        elif relationship == "kepala" and target is not None and any(
                m.relationship_to_head == "kepala" for m in _live_members(s, target.id)):
            issues.append(Issue("relationship", _("KK tujuan sudah punya kepala keluarga: pilih hubungan lain "
                                                  "(Istri, Anak, …).")))
        old = s.get(Household, p.household_id) if p.household_id else None
        if old is not None:
            head_issue = _new_head_issue(s, old, {p.id}, new_head_id)
            if head_issue is not None:
                issues.append(head_issue)
        raise_if_errors(issues)
        assert target is not None
        stayed = [m for m in _live_members(s, old.id) if m.id != p.id] if old is not None else []
        if old is not None:
            _make_head(s, old.id, new_head_id)
        p.household_id, p.relationship_to_head = target.id, relationship
        refresh_people(s, [p, *stayed])
        return Saved(p.id)


def split_household(ctx: ServiceContext, household_id: str, member_ids: list[str], new_card: HouseholdInput,
                    head_id: str, new_head_id: str | None = None) -> Saved:
    """Split a family: `member_ids` leave for a new family card `new_card` whose head is `head_id` (one of them);
    when the old head leaves, `new_head_id` (one of those who stay) becomes the old card's head. Returns the
    new household's id."""
    with ctx.unit_of_work() as s:
        old = get_live(s, Household, household_id)
        members = _live_members(s, old.id)
        by_id = {m.id: m for m in members}
        chosen = [by_id[i] for i in dict.fromkeys(member_ids) if i in by_id]
        issues: list[Issue] = []
        if len(chosen) != len(set(member_ids)):
            issues.append(Issue("members", _("Ada anggota yang dipilih yang bukan anggota KK ini lagi: muat ulang "
                                             "dan pilih lagi.")))
        if not chosen:
            issues.append(Issue("members", _("Pilih anggota yang pindah ke KK baru.")))
        elif len(chosen) == len(members):
            issues.append(Issue("members", _("Semua anggota dipilih: untuk mengganti nomor KK ubah keluarganya; "
                                             "untuk memecah, biarkan sedikitnya satu anggota di KK lama.")))
        if head_id not in {m.id for m in chosen}:
            issues.append(Issue("head", _("Pilih kepala keluarga KK baru dari anggota yang pindah.")))
        for m in chosen:
            if m.relationship_to_head == "kepala" and m.id != head_id:
                issues.append(Issue("head", _("{name} adalah kepala keluarga KK lama: jadikan kepala KK baru, atau "
                                              "biarkan di KK lama.").format(name=m.name)))
        if not issues:
            head_issue = _new_head_issue(s, old, {m.id for m in chosen}, new_head_id)
            if head_issue is not None:
                issues.append(head_issue)
        if issues:  # the new card's own checks too, so the officer sees every fault at once
            raise ValidationError([*issues, *validate_household(new_card, ctx.today())])
        h = create_household_in(s, ctx, new_card)
        _make_head(s, old.id, new_head_id)
        for m in chosen:
            m.household_id = h.id
            if m.id == head_id:
                m.relationship_to_head = "kepala"
        s.flush()
        refresh_people(s, members)
        return Saved(h.id)


def delete_household(ctx: ServiceContext, household_id: str) -> Deletion:
    """Delete a family card with no live member (an entry mistake, or every member moved to another card).
    Undo with core.records.restore_record(ctx, deletion.table, deletion.record_id, deletion.when)."""
    with ctx.unit_of_work() as s:
        h = get_live(s, Household, household_id)
        left = s.scalar(select(func.count(Person.id)).where(Person.household_id == h.id, Person.deleted_at.is_(None)))
        if left:
            raise ValidationError([Issue("members", n_(
                "KK {kk} masih punya {n} anggota: pindahkan anggota itu ke KK lain (atau hapus datanya) dulu.",
                "KK {kk} masih punya {n} anggota: pindahkan anggota-anggota itu ke KK lain (atau hapus datanya) dulu.",
                left).format(kk=h.no_kk, n=left))])
        return tombstone(s, h)


__all__ = ["HOUSEHOLD_SORT_KEYS", "AddressInput", "HouseholdQuery", "count_households", "delete_household",
           "household_options", "list_households", "move_member", "split_household", "update_household_address"]
