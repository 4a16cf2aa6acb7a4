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

from sqlalchemy import Select, exists, func, or_, select, union

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.i18n import label
from desmig_desktop.registry.dto import PersonPage, PersonRow
from desmig_desktop.registry.enums import STATUSES
from desmig_desktop.registry.models import Dusun, Household, Person, Placement
from desmig_desktop.registry.services.search_keys import SORT_KEYS, _beyond, _Group, _groups
from desmig_desktop.registry.status import age_on

__all__ = ["SORT_KEYS", "PersonQuery", "count_persons", "iter_persons", "key_at", "list_page", "list_persons",
           "person_line"]

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


def person_line(r: PersonRow) -> str:
    """A person as a picker lists them: `Sri Wahyuni · 3307…· PMI aktif · Krajan RT 01/RW 02`."""
    place = " ".join(x for x in (r.dusun, f"RT {r.rt:02d}/RW {r.rw:02d}" if r.rt and r.rw else "") if x)
    return f"{r.name} · {r.nik} · {label(STATUSES, r.status)}{' · ' + place if place else ''}"


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
        groups = _groups(q.sort, s)
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


def _rows(ctx: ServiceContext, ids: Sequence[str]) -> dict[str, PersonRow]:
    """The shown columns of these people (a primary-key lookup each; the current placement's country and
    departure day are kept on person by status_sync)."""
    if not ids:
        return {}
    cols = [
        Person.id, Person.nik, Person.name, Person.sex, Person.birth_date, Household.no_kk, Dusun.name,
        Household.rw, Household.rt, Person.status, Person.in_village, Person.relationship_to_head,
        Person.current_country, Person.current_departed_on,
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
    rows = {}
    for r in people:
        rows[r[0]] = PersonRow(r[0], r[1] or "", r[2], r[3], r[4], r[5] or "", r[6] or "", r[7], r[8], r[9], r[10],
                               r[11], r[12] or "", r[13], age_on(r[4], today) if r[4] else None)
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
        groups = _groups(q.sort, s)
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
