"""The person list: search as you type over name, NIK and No. KK, filters, sorting, paging."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, exists, func, or_, select, union

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.registry.dto import PersonRow
from desmig_desktop.registry.models import Dusun, Household, Person, Placement

SORT_KEYS = ("name", "nik", "no_kk", "dusun", "rw_rt", "sex", "birth_date", "status")


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


def _filtered(q: PersonQuery, columns: list, joined: bool = True) -> Select:  # type: ignore[type-arg]
    stmt = select(*columns).select_from(Person)
    if joined:
        stmt = stmt.outerjoin(Household, Household.id == Person.household_id).outerjoin(Dusun, Dusun.id == Household.dusun_id)
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
        pattern = f"%{_escape_like(text)}%"
        digits = text.replace(" ", "")
        if digits.isdigit():
            stmt = stmt.where(_digits_match(digits))
        else:
            stmt = stmt.where(Person.name.like(pattern, escape="\\"))
    return stmt


def count_persons(ctx: ServiceContext, q: PersonQuery) -> int:
    with ctx.reader() as s:
        return int(s.scalar(_filtered(q, [func.count(Person.id)], joined=False)) or 0)


def list_persons(ctx: ServiceContext, q: PersonQuery, offset: int = 0, limit: int = 200) -> list[PersonRow]:
    cols = [
        Person.id, Person.nik, Person.name, Person.sex, Person.birth_date, Household.no_kk, Dusun.name,
        Household.rw, Household.rt, Person.status, Person.in_village, Person.relationship_to_head,
    ]
    order = {
        "name": [Person.name],
        "nik": [Person.nik],
        "no_kk": [Household.no_kk, Person.name],
        "dusun": [Dusun.name, Household.rw, Household.rt, Person.name],
        "rw_rt": [Household.rw, Household.rt, Person.name],
        "sex": [Person.sex, Person.name],
        "birth_date": [Person.birth_date, Person.name],
        "status": [Person.status, Person.name],
    }[q.sort if q.sort in SORT_KEYS else "name"]
    order = [c.desc() for c in order] if q.descending else order
    stmt = _filtered(q, cols).order_by(*order, Person.id).offset(offset).limit(limit)
    with ctx.reader() as s:
        return [
            PersonRow(r[0], r[1] or "", r[2], r[3], r[4], r[5] or "", r[6] or "", r[7], r[8], r[9], r[10], r[11])
            for r in s.execute(stmt)
        ]
