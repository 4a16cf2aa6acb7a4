"""The registry's figures for the home page (Beranda): residents by status and sex, PMI aktif by destination
country, departures and returns per month over the last twelve months, and who to follow up.

Every figure is counted with the person list's own filters (`search.PersonQuery`), so the number on a tile and
the list its click opens always agree: `query` of each figure below is the list behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, func

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.registry.models import Person, Placement
from desmig_desktop.registry.services.search import PersonQuery, _filtered

MONTHS = 12
RECENT_RETURN_DAYS = 30  # a PMI back home within this many days is visited (welcome, the programme's offer)


def month_starts(today: date, count: int = MONTHS) -> tuple[date, ...]:
    """The first day of each of the last `count` months, oldest first; the last one is `today`'s month."""
    index = today.year * 12 + today.month - 1
    return tuple(date(i // 12, i % 12 + 1, 1) for i in range(index - count + 1, index + 1))


def month_span(first: date) -> tuple[date, date]:
    """The first and the last day of the month that starts on `first`."""
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def recent_return_span(today: date) -> tuple[date, date]:
    return today - timedelta(days=RECENT_RETURN_DAYS - 1), today


# The lists behind the figures (the person list's filters): a figure's click opens exactly these people.

def status_sex_query(status: str | None, sex: str | None) -> PersonQuery:
    return PersonQuery(status=status, sex=sex)


def country_query(country: str) -> PersonQuery:
    return PersonQuery(status="aktif", country=country)


def departures_query(month: date) -> PersonQuery:
    return PersonQuery(include_gone=True, departed=month_span(month))


def returns_query(month: date) -> PersonQuery:
    return PersonQuery(include_gone=True, returned=month_span(month))


LOST_CONTACT_QUERY = PersonQuery(status="aktif", lost_contact=True)


def recent_returns_query(today: date) -> PersonQuery:
    return PersonQuery(status="purna", returned=recent_return_span(today))


@dataclass(frozen=True)
class RegistryFigures:
    """Codes and numbers only; labels are the screen's business."""

    today: date
    by_status_sex: tuple[tuple[str, str, int], ...]  # (status code, sex code, residents), no zero rows
    aktif_by_country: tuple[tuple[str, int], ...]  # (country, PMI aktif) most first; "" = not filled in
    months: tuple[date, ...]  # month_starts(today)
    departures: tuple[int, ...]  # people who left for work abroad in each month
    returns: tuple[int, ...]  # people who came back in each month
    lost_contact: int  # PMI aktif the family has lost contact with
    recent_returns: int  # PMI purna back within RECENT_RETURN_DAYS

    def count(self, status: str | None = None, sex: str | None = None) -> int:
        return sum(n for st, sx, n in self.by_status_sex if status in (None, st) and sex in (None, sx))


def _per_month(session, months: tuple[date, ...], column) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    """People with a live placement whose `column` date falls in each month (the list's include_gone view)."""
    first, last = months[0], month_span(months[-1])[1]
    month = func.substr(column, 1, 7)
    stmt = (_filtered(PersonQuery(include_gone=True), [month, func.count(func.distinct(Person.id))], joined=False)
            .join(Placement, and_(Placement.person_id == Person.id, Placement.deleted_at.is_(None)))
            .where(column.between(first, last)).group_by(month))
    found = {key: int(n) for key, n in session.execute(stmt)}
    return tuple(found.get(m.strftime("%Y-%m"), 0) for m in months)


def registry_figures(ctx: ServiceContext) -> RegistryFigures:
    today = ctx.today()
    months = month_starts(today)
    with ctx.reader() as s:
        by_status_sex = tuple(
            (st, sx, int(n)) for st, sx, n in s.execute(
                _filtered(PersonQuery(), [Person.status, Person.sex, func.count(Person.id)], joined=False)
                .group_by(Person.status, Person.sex).order_by(Person.status, Person.sex)))
        countries = s.execute(
            _filtered(PersonQuery(status="aktif"), [Placement.country, func.count(func.distinct(Person.id))],
                      joined=False)
            .join(Placement, and_(Placement.person_id == Person.id, Placement.deleted_at.is_(None),
                                  Placement.stage == Person.status))
            .group_by(Placement.country)).all()
        aktif_by_country = tuple(sorted(((c or "", int(n)) for c, n in countries), key=lambda x: (-x[1], x[0])))
        departures = _per_month(s, months, Placement.departed_on)
        returns = _per_month(s, months, Placement.returned_on)
        lost = int(s.scalar(_filtered(LOST_CONTACT_QUERY, [func.count(Person.id)], joined=False)) or 0)
        recent = int(s.scalar(_filtered(recent_returns_query(today), [func.count(Person.id)], joined=False)) or 0)
    return RegistryFigures(today, by_status_sex, aktif_by_country, months, departures, returns, lost, recent)
