"""The person list's sort orders, as groups of rows read one after the other, and the keyset condition.

Each sort is a list of `_Group`s: the rows matching `where`, in `order` (ascending, id last). A page reads the
groups in turn (backwards for the end of the list or a descending sort) along an index, never by OFFSET and
never by sorting the whole village: every group's order is one the schema has an index for (revision 0007 added
those of birth date / age, Negara tujuan, Tgl Berangkat and of the places of the family cards).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from sqlalchemy import ColumnElement, and_, literal, or_, select, tuple_
from sqlalchemy.orm import Session

from desmig_desktop.registry.models import Dusun, Household, Person

SORT_KEYS = ("name", "nik", "no_kk", "dusun", "rw_rt", "sex", "birth_date", "age", "status", "country",
             "departed_on")

# ---- sort orders, as groups read one after the other ------------------------------------------------------

SEX_ORDER = ("L", "P")
STATUS_ORDER = ("calon", "aktif", "purna", "keluarga", "none")
SPARSE_STATUSES = ("calon",)  # few in any village: their index, then a sort, beats walking the names


@dataclass(frozen=True)
class _Group:
    """Part of a sort order: the rows matching `where`, in `order` (ascending directions, id last).

    A sort whose first column has few values (L/P, a status, NIK or none) is read as one group per value, each
    in name order along the name index, so a page reads ~200 index entries instead of sorting the village."""

    where: Any = None
    order: tuple[tuple[Any, bool], ...] = ()
    joins: tuple[str, ...] = ()  # "household" (outer), "live_household" (inner), "dusun"


def _status_is(value: str) -> ColumnElement[bool]:
    """status = value, spelled so SQLite walks the name index for common statuses (`status || ''` hides the
    status index: 120 ms -> 1 ms a page of keluarga at 300,000) and uses the status index for sparse ones."""
    return Person.status == value if value in SPARSE_STATUSES else Person.status.concat("") == value


def _in_deleted_household() -> ColumnElement[bool]:
    return Person.household_id.in_(select(Household.id).where(Household.deleted_at.is_not(None)))


def _place_groups(s: Session, by_dusun: bool) -> list[_Group]:
    """One group per place (dusun name, RW, RT; or RW, RT) that a family card has, in order, each by name: a
    page reads the cards of one RT through ix_household_place and sorts their people, instead of
    sorting the village (no index orders people by place). People with no card go with the empty place."""
    # the places: one walk of the covering index ix_household_place (revision 0007), the few dusun names apart
    # (a DISTINCT joined with dusun sorted the cards: ~90 -> ~10 ms at 300,000 people)
    names = dict(s.execute(select(Dusun.id, Dusun.name)).all())
    places = s.execute(select(Household.dusun_id, Household.rw, Household.rt).distinct()).all()
    rows = [(names.get(d) or "" if d is not None else "", -1 if rw is None else rw, -1 if rt is None else rt, d, rw, rt)
            for d, rw, rt in places]
    cards: dict[tuple[Any, ...], list[Any]] = {("", -1, -1)[0 if by_dusun else 1:]: []}
    for r in rows:
        cards.setdefault(tuple(r[:3])[0 if by_dusun else 1:], []).append(
            and_(*(col.is_(None) if v is None else col == v
                   for col, v in zip((Household.dusun_id, Household.rw, Household.rt), r[3:]))))
    groups = []
    for key in sorted(cards):
        where = Person.household_id.in_(select(Household.id).where(or_(*cards[key]))) if cards[key] else None
        if key == ("", -1, -1)[0 if by_dusun else 1:]:
            where = Person.household_id.is_(None) if where is None else or_(Person.household_id.is_(None), where)
        groups.append(_Group(where, ((Person.name, True), (Person.id, True))))
    return groups


def _groups(sort: str, s: Session) -> list[_Group]:
    """The sort order of `q` (ascending), as groups read in this order; each never-NULL expression a key."""
    name: tuple[tuple[Any, bool], ...] = ((Person.name, True), (Person.id, True))
    sort = sort if sort in SORT_KEYS else "name"
    if sort == "name":
        return [_Group(None, name)]
    if sort == "nik":
        return [_Group(Person.nik.is_(None), name), _Group(Person.nik.is_not(None), ((Person.nik, True), (Person.id, True)))]
    if sort == "sex":
        return [_Group(Person.sex == v, name) for v in SEX_ORDER]  # the rules allow no other value
    if sort == "status":
        known = [_Group(_status_is(v), name) for v in STATUS_ORDER]
        return [*known, _Group(Person.status.not_in(STATUS_ORDER), ((Person.status, True), *name))]
    if sort == "no_kk":
        # no family card, then a deleted one (each a short list by name), then by No. KK along its index
        return [_Group(Person.household_id.is_(None), name), _Group(_in_deleted_household(), name),
                _Group(Household.deleted_at.is_(None), ((Household.no_kk, True), *name), ("live_household",))]
    if sort in ("dusun", "rw_rt"):
        return _place_groups(s, by_dusun=sort == "dusun")
    if sort in ("birth_date", "age"):  # along ix_person_live_birth (an age: its birth dates walked backwards)
        return [_Group(None, ((Person.birth_date, sort == "birth_date"), (Person.name, True), (Person.id, True)))]
    # country, departed_on: the people with no current placement first (by name), then the others by the value
    # kept on person (status_sync), along ix_person_live_country / ix_person_live_departed (their rows only)
    placed = Person.current_country.is_not(None)
    if sort == "country":
        return [_Group(Person.current_country.is_(None), name),
                _Group(placed, ((Person.current_country, True), *name))]
    return [_Group(Person.current_country.is_(None), name),  # no placement; then no departure day yet
            _Group(and_(placed, Person.current_departed_on.is_(None)), name),
            _Group(and_(placed, Person.current_departed_on.is_not(None)), ((Person.current_departed_on, True), *name))]


def _beyond(order: Sequence[tuple[Any, bool]], key: Sequence[Any], flip: bool) -> ColumnElement[bool]:
    """The rows after `key` when walking `order` (walked backwards when `flip`)."""
    directions = {asc for _e, asc in order}
    if len(directions) == 1:  # one row-value comparison: SQLite reads an index on these columns as a range
        after = directions.pop() != flip
        left = tuple_(*(e for e, _a in order))
        right = tuple_(*(literal(v, e.type) for (e, _a), v in zip(order, key)))
        return left > right if after else left < right
    terms = []
    first, asc0 = order[0]
    bound = first >= literal(key[0], first.type) if asc0 != flip else first <= literal(key[0], first.type)
    for i, ((expr, asc), value) in enumerate(zip(order, key)):
        equal = [e == literal(v, e.type) for (e, _a), v in zip(order[:i], key[:i])]
        step = expr > literal(value, expr.type) if asc != flip else expr < literal(value, expr.type)
        terms.append(and_(*equal, step))
    # the first column's bound on its own too: SQLite then reads its index as a range (an age's next page)
    return and_(bound, or_(*terms))
