"""The person list: search as you type over name, NIK and No. KK, filters, sorting, paging by key.

Pages are read by key, never by OFFSET: a page is "the next `limit` rows after the last row shown" in the
sort order, `WHERE (sort_key, id) > (last_key, last_id) ORDER BY sort_key, id LIMIT n`, so the 1,500th page
costs what the first does (OFFSET read and threw away every row before it: 616 ms a page at the end of
300,000 people). The last page is read the same way in reversed order. Each page is read in two steps: the
keys of the page (only the columns the filter and the order need, so a sort reads no joined column it does
not sort on), then the shown columns of those few people by id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Sequence

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    tuple_,
    union,
)
from sqlalchemy.orm import Session, aliased

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.registry.dto import PersonPage, PersonRow
from desmig_desktop.registry.models import Dusun, Household, Person, Placement
from desmig_desktop.registry.status import age_on

SORT_KEYS = ("name", "nik", "no_kk", "dusun", "rw_rt", "sex", "birth_date", "age", "status", "country",
             "departed_on")

Key = tuple[Any, ...]  # the values of a row's sort expressions, its id last


@dataclass(frozen=True)
class PersonQuery:
    text: str = ""
    status: str | None = None  # calon / aktif / purna / keluarga / none / "pmi" (any stage)
    dusun_id: str | None = None
    sex: str | None = None
    include_gone: bool = False  # moved out / died
    sort: str = "name"
    # The home page's figures open the list behind them (registry.home): the country of the placement that gives
    # the person's status ("" = not filled in), a departure or a return within [first, last], contact lost abroad.
    country: str | None = None
    departed: tuple[date, date] | None = None
    returned: tuple[date, date] | None = None
    lost_contact: bool = False
    descending: bool = False
    nik_missing: bool = False  # only the people whose NIK is not known yet ("NIK belum ada")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _prefix(column, digits: str):  # type: ignore[no-untyped-def]
    """`column` starts with `digits`, written so SQLite can use the column's index (GLOB is case-sensitive)."""
    return column.op("GLOB")(digits + "*")


# Up to 7 digits (the kecamatan code and one digit of a date) most of the village matches: one pass over
# the people is cheapest. From 8 digits on few match: look the NIK and No. KK up in their unique indexes
# first, then join the (few) people (bench/bench_search.py: 250 ms -> under 5 ms per keystroke).
SELECTIVE_DIGITS = 8


def _digits_match(digits: str):  # type: ignore[no-untyped-def]
    """NIK or No. KK starting with `digits` (both are typed from their start)."""
    households = select(Household.id).where(Household.deleted_at.is_(None), _prefix(Household.no_kk, digits))
    if len(digits) < SELECTIVE_DIGITS:
        return or_(_prefix(Person.nik, digits), Person.household_id.in_(households))
    by_nik = select(Person.id).where(Person.deleted_at.is_(None), _prefix(Person.nik, digits))
    by_kk = select(Person.id).where(Person.household_id.in_(households))
    return Person.id.in_(union(by_nik, by_kk))


def _placement_filters(q: PersonQuery, stmt: Select) -> Select:  # type: ignore[type-arg]
    """The placement conditions of `q` (see PersonQuery): each one a live placement of the person meeting it."""
    live = (Placement.person_id == Person.id, Placement.deleted_at.is_(None))
    if q.country is not None:
        stmt = stmt.where(exists().where(*live, Placement.stage == Person.status, Placement.country == q.country))
    if q.departed is not None:
        stmt = stmt.where(exists().where(*live, Placement.departed_on.between(*q.departed)))
    if q.returned is not None:
        stmt = stmt.where(exists().where(*live, Placement.returned_on.between(*q.returned)))
    if q.lost_contact:
        stmt = stmt.where(exists().where(*live, Placement.stage == "aktif", Placement.lost_contact.is_(True)))
    return stmt


def _where(stmt: Select, q: PersonQuery) -> Select:  # type: ignore[type-arg]
    stmt = stmt.where(Person.deleted_at.is_(None))
    if not q.include_gone:
        stmt = stmt.where(Person.in_village.is_(True))
    if q.status == "pmi":
        stmt = stmt.where(Person.status.in_(("calon", "aktif", "purna")))
    elif q.status:
        stmt = stmt.where(Person.status == q.status)
    if q.dusun_id:
        stmt = stmt.where(Person.household_id.in_(select(Household.id).where(Household.dusun_id == q.dusun_id)))
    if q.sex:
        stmt = stmt.where(Person.sex == q.sex)
    if q.nik_missing:
        stmt = stmt.where(Person.nik.is_(None))
    stmt = _placement_filters(q, stmt)
    text = " ".join(q.text.split())
    if text:
        digits = text.replace(" ", "")
        if digits.isdigit():
            stmt = stmt.where(_digits_match(digits))
        else:
            stmt = stmt.where(Person.name.like(f"%{_escape_like(text)}%", escape="\\"))
    return stmt


def _filtered(q: PersonQuery, columns: list, joined: bool = True) -> Select:  # type: ignore[type-arg]
    stmt = select(*columns).select_from(Person)
    if joined:
        stmt = stmt.outerjoin(Household, Household.id == Person.household_id).outerjoin(Dusun, Dusun.id == Household.dusun_id)
    return _where(stmt, q)


def count_persons(ctx: ServiceContext, q: PersonQuery) -> int:
    stmt = _filtered(q, [func.count(Person.id)], joined=False)
    digits = q.text.replace(" ", "")
    by_index = (not q.include_gone and not q.status and not q.sex
                and not (digits.isdigit() and len(digits) >= SELECTIVE_DIGITS)  # those: the NIK / No. KK indexes
                and q.country is None and q.departed is None and q.returned is None and not q.lost_contact)
    if by_index:  # every term is in the covering search index: count it in name order, so SQLite reads that
        # index, not the NIK one that sampled statistics of a big file prefer (530 -> 29 ms at 300,000)
        ids = _filtered(q, [Person.id], joined=False).order_by(Person.name, Person.id).subquery()
        stmt = select(func.count()).select_from(ids)
    with ctx.reader() as s:
        return int(s.scalar(stmt) or 0)


# ---- the current (or last) placement of a person ---------------------------------------------------------

_STAGE_RANK = {"aktif": 3, "calon": 2, "purna": 1}
CURRENT = aliased(Placement, name="current_placement")  # joined on _current_placement_id(Person.id)


def _current_placement_id(person_id: ColumnElement[str]) -> ColumnElement[str]:
    """The id of the placement that makes the person's recorded status (aktif before calon before purna, as
    `status.own_stage`; among equals the latest by its latest date); a given-up (batal) placement never."""
    pl = aliased(Placement)
    latest = func.coalesce(pl.returned_on, pl.departed_on, pl.registered_on)
    return (
        select(pl.id)
        .where(pl.person_id == person_id, pl.deleted_at.is_(None), pl.stage.in_(tuple(_STAGE_RANK)))
        .order_by(case(_STAGE_RANK, value=pl.stage, else_=0).desc(), latest.desc(), pl.created_at.desc(),
                  pl.id.desc())
        .limit(1)
        .scalar_subquery()
    )


# ---- sort orders, as groups read one after the other ------------------------------------------------------

NO_DAY = date(1, 1, 1)  # an unknown date sorts first, as an empty text does
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
    joins: tuple[str, ...] = ()  # "household" (outer), "live_household" (inner), "dusun", "current"


def _status_is(value: str) -> ColumnElement[bool]:
    """status = value, spelled so SQLite walks the name index for common statuses (`status || ''` hides the
    status index: 120 ms -> 1 ms a page of keluarga at 300,000) and uses the status index for sparse ones."""
    return Person.status == value if value in SPARSE_STATUSES else Person.status.concat("") == value


def _in_deleted_household() -> ColumnElement[bool]:
    return Person.household_id.in_(select(Household.id).where(Household.deleted_at.is_not(None)))


def _place_groups(s: Session, by_dusun: bool) -> list[_Group]:
    """One group per place (dusun name, RW, RT; or RW, RT) that a family card has, in order, each by name: a
    page reads the cards of one RT through the dusun index and sorts their few hundred people, instead of
    sorting the village (no index orders people by place). People with no card go with the empty place."""
    place = [func.coalesce(Dusun.name, ""), func.coalesce(Household.rw, -1), func.coalesce(Household.rt, -1)]
    rows = s.execute(select(*place, Household.dusun_id, Household.rw, Household.rt).distinct()
                     .select_from(Household).outerjoin(Dusun, Dusun.id == Household.dusun_id)).all()
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


def _groups(q: PersonQuery, s: Session) -> list[_Group]:
    """The sort order of `q` (ascending), as groups read in this order; each never-NULL expression a key."""
    name: tuple[tuple[Any, bool], ...] = ((Person.name, True), (Person.id, True))
    sort = q.sort if q.sort in SORT_KEYS else "name"
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
    if sort in ("birth_date", "age"):
        return [_Group(None, ((Person.birth_date, sort == "birth_date"), (Person.name, True), (Person.id, True)))]
    # country, departed_on: the people with no placement first (by name), then the others by that column
    value = (CURRENT.country if sort == "country"
             else func.coalesce(CURRENT.departed_on, literal(NO_DAY, Placement.departed_on.type)))
    return [_Group(_current_placement_id(Person.id).is_(None), name), _Group(None, ((value, True), *name), ("current",))]


def _beyond(order: Sequence[tuple[Any, bool]], key: Sequence[Any], flip: bool) -> ColumnElement[bool]:
    """The rows after `key` when walking `order` (walked backwards when `flip`)."""
    directions = {asc for _e, asc in order}
    if len(directions) == 1:  # one row-value comparison: SQLite reads an index on these columns as a range
        after = directions.pop() != flip
        left = tuple_(*(e for e, _a in order))
        right = tuple_(*(literal(v, e.type) for (e, _a), v in zip(order, key)))
        return left > right if after else left < right
    terms = []
    for i, ((expr, asc), value) in enumerate(zip(order, key)):
        equal = [e == literal(v, e.type) for (e, _a), v in zip(order[:i], key[:i])]
        step = expr > literal(value, expr.type) if asc != flip else expr < literal(value, expr.type)
        terms.append(and_(*equal, step))
    return or_(*terms)


def _group_statement(q: PersonQuery, group: _Group) -> Select:  # type: ignore[type-arg]
    stmt = select(*(e for e, _a in group.order)).select_from(Person)
    if "household" in group.joins:
        stmt = stmt.outerjoin(Household, Household.id == Person.household_id)
    if "live_household" in group.joins:  # the cards in No. KK order, then their people: sampled statistics
        # of a big file made SQLite walk the people instead (2.5 s a page at 300,000); `household.id || ''`
        # hides the card's primary key from that plan, so the No. KK index leads
        stmt = stmt.join(Household, Household.id.concat("") == Person.household_id)
    if "dusun" in group.joins:
        stmt = stmt.outerjoin(Dusun, Dusun.id == Household.dusun_id)
    if "current" in group.joins:
        stmt = stmt.join(CURRENT, CURRENT.id == _current_placement_id(Person.id))
    if group.where is not None:
        stmt = stmt.where(group.where)
    return _where(stmt, q)


def _ordered(q: PersonQuery, group: _Group, flip: bool) -> Select:  # type: ignore[type-arg]
    stmt = _group_statement(q, group)
    return stmt.order_by(*(e.asc() if asc != flip else e.desc() for e, asc in group.order))


def _keys(ctx: ServiceContext, q: PersonQuery, after: Key | None, limit: int, backwards: bool) -> list[Key]:
    """Keys (group number first, id last) of up to `limit` rows after `after` in list order (before it when
    `backwards`; from the start, or the end, when `after` is None)."""
    keys: list[Key] = []
    with ctx.reader() as s:
        groups = _groups(q, s)
        flip = q.descending != backwards
        travel = list(range(len(groups)))[::-1] if flip else list(range(len(groups)))
        if after is not None:
            travel = travel[travel.index(after[0]):] if after[0] in travel else []
        for number in travel:
            group = groups[number]
            stmt = _ordered(q, group, flip)
            if after is not None and number == after[0]:
                stmt = stmt.where(_beyond(group.order, after[1:], flip))
            keys += [(number, *r) for r in s.execute(stmt.limit(limit - len(keys)))]
            if len(keys) >= limit:
                break
    return keys[::-1] if backwards else keys


def _current_placements(s: Session, ids: list[str]) -> dict[str, tuple[str, date | None]]:
    """(country, departure date) of the current placement of each of these people, picked as
    `_current_placement_id` picks it, from one read of their live placements (no sorter per person)."""
    found: dict[str, tuple[tuple[Any, ...], str, date | None]] = {}
    stmt = select(Placement.person_id, Placement.stage, Placement.country, Placement.departed_on,
                  Placement.returned_on, Placement.registered_on, Placement.created_at, Placement.id).where(
        Placement.person_id.in_(ids), Placement.deleted_at.is_(None), Placement.stage.in_(tuple(_STAGE_RANK)))
    for pid, stage, country, departed, returned, registered, created, pl_id in s.execute(stmt):
        rank = (_STAGE_RANK[stage], returned or departed or registered or date.min, created, pl_id)
        if pid not in found or rank > found[pid][0]:
            found[pid] = (rank, country, departed)
    return {pid: (country, departed) for pid, (_rank, country, departed) in found.items()}


def _rows(ctx: ServiceContext, ids: Sequence[str]) -> dict[str, PersonRow]:
    """The shown columns of these people (a primary-key lookup each, their placements by index)."""
    if not ids:
        return {}
    cols = [
        Person.id, Person.nik, Person.name, Person.sex, Person.birth_date, Household.no_kk, Dusun.name,
        Household.rw, Household.rt, Person.status, Person.in_village, Person.relationship_to_head,
    ]
    stmt = (
        select(*cols).select_from(Person)
        .outerjoin(Household, Household.id == Person.household_id)
        .outerjoin(Dusun, Dusun.id == Household.dusun_id)
        .where(Person.id.in_(list(ids)))
    )
    today = ctx.today()
    with ctx.reader() as s:
        people = s.execute(stmt).all()
        current = _current_placements(s, list(ids))
    rows = {}
    for r in people:
        country, departed = current.get(r[0], ("", None))
        rows[r[0]] = PersonRow(r[0], r[1] or "", r[2], r[3], r[4], r[5] or "", r[6] or "", r[7], r[8], r[9], r[10],
                               r[11], country or "", departed, age_on(r[4], today) if r[4] else None)
    return rows


def list_page(ctx: ServiceContext, q: PersonQuery, after: Key | None = None, limit: int = 200,
              backwards: bool = False) -> PersonPage:
    """Up to `limit` people in list order: the first ones (`after` None), the ones after the row whose key is
    `after`, or with `backwards` the ones just before it (the last ones of the list when `after` is None)."""
    keys = _keys(ctx, q, after, limit, backwards)
    return _page(ctx, keys)


def _page(ctx: ServiceContext, keys: list[Key]) -> PersonPage:
    found = _rows(ctx, [k[-1] for k in keys])
    rows = tuple(found[k[-1]] for k in keys if k[-1] in found)
    return PersonPage(rows, keys[0] if keys else None, keys[-1] if keys else None)


def key_at(ctx: ServiceContext, q: PersonQuery, position: int, total: int | None = None) -> Key | None:
    """The key of the row at `position` (0-based), for a jump into the middle of the list (a scroll bar
    dragged, no page near it read yet). It reads only the key columns, from whichever end is nearer."""
    if position < 0 or (total is not None and position >= total):
        return None
    backwards = total is not None and total - 1 - position < position
    skip = total - 1 - position if backwards and total is not None else position
    with ctx.reader() as s:
        groups = _groups(q, s)
        flip = q.descending != backwards
        travel = list(range(len(groups)))[::-1] if flip else list(range(len(groups)))
        for number in travel:
            stmt = _ordered(q, groups[number], flip)
            if len(groups) > 1:
                size = int(s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0)
                if skip >= size:
                    skip -= size
                    continue
            row = s.execute(stmt.offset(skip).limit(1)).first()
            return None if row is None else (number, *row)
    return None


def list_persons(ctx: ServiceContext, q: PersonQuery, offset: int = 0, limit: int = 200) -> list[PersonRow]:
    """`limit` people from `offset` in list order (the CLI, exports, pickers: the list itself pages by key)."""
    after = key_at(ctx, q, offset - 1) if offset > 0 else None
    if offset > 0 and after is None:
        return []
    return list(list_page(ctx, q, after, limit).rows)


def iter_persons(ctx: ServiceContext, q: PersonQuery, page: int = 1000):  # type: ignore[no-untyped-def]
    """Every person matching `q` in list order, read page by page by key (exports of the whole list)."""
    after: Key | None = None
    while True:
        result = list_page(ctx, q, after, page)
        yield from result.rows
        if len(result.rows) < page or result.last is None:
            return
        after = result.last
