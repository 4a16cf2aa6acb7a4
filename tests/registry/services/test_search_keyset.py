"""Paging the person list by key gives exactly the rows, in exactly the order, of a plain full ORDER BY.

Random small villages (names, birth dates, NIKs and countries drawn from short lists, so the sort keys tie
often) are written to a real SQLite file; every sort order, both directions, with and without filters, is
read page by page forwards, backwards from the end, by `key_at` jumps, through `list_persons(offset)` and
through the table model, and compared with one plain SQL query that sorts the whole list.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, text
from sqlalchemy.orm import Session

from desmig_desktop.core.db.base import new_id
from desmig_desktop.registry.models import Household, Person, Placement
from desmig_desktop.registry.services.status_sync import refresh_current_placements
from desmig_desktop.registry.services.search import (
    SORT_KEYS,
    PersonQuery,
    count_persons,
    iter_persons,
    key_at,
    list_page,
    list_persons,
)

NAMES = ("Sri", "Sri", "Slamet", "Ani Rahayu", "sri wahyuni", "Budi", "Édi")
DAYS = (date(1960, 2, 29), date(1985, 3, 1), date(1985, 3, 1), date(2000, 2, 28), date(2010, 12, 31))
COUNTRIES = ("Taiwan", "Hong Kong", "Malaysia", "")
STAGES = ("calon", "aktif", "purna", "batal")
STATUSES = ("calon", "aktif", "purna", "keluarga", "none")
TODAY = date(2026, 11, 23)

# The list's sort orders written as one plain query each (NULL first, as the list shows empty values first);
# `cp` is the current placement, picked by a window function rather than the list's correlated subquery.
ORDER = {
    "name": "p.name, p.id",
    "nik": "p.nik IS NOT NULL, p.nik, p.name, p.id",
    "no_kk": "p.household_id IS NOT NULL, h.no_kk IS NOT NULL, h.no_kk, p.name, p.id",
    "dusun": "coalesce(d.name, ''), coalesce(h.rw, -1), coalesce(h.rt, -1), p.name, p.id",
    "rw_rt": "coalesce(h.rw, -1), coalesce(h.rt, -1), p.name, p.id",
    "sex": "p.sex, p.name, p.id",
    "birth_date": "p.birth_date, p.name, p.id",
    "age": "p.birth_date DESC, p.name, p.id",
    "status": "CASE p.status WHEN 'calon' THEN 0 WHEN 'aktif' THEN 1 WHEN 'purna' THEN 2 WHEN 'keluarga' THEN 3 "
              "ELSE 4 END, p.name, p.id",
    "country": "cp.person_id IS NOT NULL, cp.country, p.name, p.id",
    "departed_on": "cp.person_id IS NOT NULL, coalesce(cp.departed_on, '0001-01-01'), p.name, p.id",
}
assert set(ORDER) == set(SORT_KEYS)

REFERENCE = """
WITH ranked AS (
  SELECT person_id, country, departed_on, ROW_NUMBER() OVER (
    PARTITION BY person_id
    ORDER BY CASE stage WHEN 'aktif' THEN 3 WHEN 'calon' THEN 2 ELSE 1 END DESC,
             coalesce(returned_on, departed_on, registered_on) DESC, created_at DESC, id DESC) AS n
  FROM placement WHERE deleted_at IS NULL AND stage != 'batal'),
cp AS (SELECT * FROM ranked WHERE n = 1)
SELECT p.id FROM person p
LEFT JOIN household h ON h.id = p.household_id AND h.deleted_at IS NULL
LEFT JOIN dusun d ON d.id = h.dusun_id
LEFT JOIN cp ON cp.person_id = p.id
WHERE p.deleted_at IS NULL {where}
ORDER BY {order}
"""


def reference(ctx, q: PersonQuery) -> list[str]:  # type: ignore[no-untyped-def]
    where, params = [], {}
    if not q.include_gone:
        where.append("p.in_village = 1")
    if q.status == "pmi":
        where.append("p.status IN ('calon', 'aktif', 'purna')")
    elif q.status:
        where.append("p.status = :status")
        params["status"] = q.status
    if q.sex:
        where.append("p.sex = :sex")
        params["sex"] = q.sex
    if q.text.isdigit():
        where.append("(p.nik GLOB :digits OR p.household_id IN "
                     "(SELECT id FROM household WHERE deleted_at IS NULL AND no_kk GLOB :digits))")
        params["digits"] = q.text + "*"
    elif q.text:
        where.append("p.name LIKE :like")
        params["like"] = f"%{q.text}%"
    sql = REFERENCE.format(where="".join(f" AND {w}" for w in where), order=ORDER[q.sort])
    with ctx.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text(sql), params)]
    return ids[::-1] if q.descending else ids


def current_placements(ctx) -> dict[str, tuple[str, date | None]]:  # type: ignore[no-untyped-def]
    """Negara tujuan and Tanggal berangkat of everyone, by the window-function definition of REFERENCE."""
    sql = REFERENCE.split("SELECT p.id")[0] + "SELECT p.id, cp.country, cp.departed_on FROM person p " \
        "LEFT JOIN cp ON cp.person_id = p.id"
    with ctx.engine.connect() as conn:
        return {r[0]: (r[1] or "", date.fromisoformat(r[2]) if r[2] else None) for r in conn.execute(text(sql))}


def reference_age(born: date, day: date) -> int:
    """Birthdays passed by `day`, counted one by one; born on 29 February, the birthday of a year with no
    29 February is 1 March (not 28 February)."""
    def birthday(year: int) -> date:
        try:
            return born.replace(year=year)
        except ValueError:
            return date(year, 3, 1)
    return sum(1 for year in range(born.year + 1, day.year + 1) if birthday(year) <= day)


people_st = st.lists(
    st.tuples(
        st.sampled_from(NAMES), st.sampled_from(("L", "P")), st.sampled_from(DAYS),
        st.one_of(st.none(), st.integers(0, 40)),  # NIK serial (None: "belum ada")
        st.integers(-1, 3),  # household (-1: none)
        st.sampled_from(STATUSES), st.booleans(), st.integers(0, 9),  # status, in village, 0: tombstoned
        st.lists(st.tuples(st.sampled_from(STAGES), st.sampled_from(COUNTRIES),
                           st.one_of(st.none(), st.sampled_from(DAYS)), st.booleans()), max_size=2),
    ),
    max_size=24,
)
households_st = st.lists(
    st.tuples(st.integers(0, 2), st.one_of(st.none(), st.integers(1, 2)), st.one_of(st.none(), st.integers(1, 2))),
    min_size=4, max_size=4,
)
query_st = st.builds(
    PersonQuery,
    text=st.sampled_from(("", "", "sri", "a", "3307", "33070941")),
    status=st.sampled_from((None, None, "aktif", "keluarga", "pmi")),
    sex=st.sampled_from((None, None, "P")),
    include_gone=st.booleans(),
    sort=st.sampled_from(SORT_KEYS),
    descending=st.booleans(),
)


def write_village(ctx, village, households, people) -> None:  # type: ignore[no-untyped-def]
    now = datetime(2026, 11, 1, tzinfo=timezone.utc)
    stamp = {"created_at": now, "updated_at": now, "village_id": village.id}
    dusuns = [d.id for d in village.dusuns] + [None]
    with ctx.engine.begin() as conn:
        for model in (Placement, Person, Household):
            conn.execute(delete(model))
        hids = []
        for i, (dusun, rw, rt) in enumerate(households):
            hids.append(new_id())
            conn.execute(insert(Household), [{"id": hids[-1], "no_kk": f"33070912{(7 - i) * 11:08d}", "dusun_id": dusuns[dusun],
                                              "rw": rw, "rt": rt, **stamp}])
        for n, (name, sex, born, serial, hh, status, here, alive, placements) in enumerate(people):
            pid = new_id()
            nik = None if serial is None else f"330709{41 + serial % 3:02d}{n:08d}"
            conn.execute(insert(Person), [{
                "id": pid, "nik": nik, "name": name, "sex": sex,
                "birth_date": born, "household_id": hids[hh] if hh >= 0 else None, "status": status,
                "in_village": here, "deleted_at": None if alive else now, **stamp}])
            for k, (stage, country, departed, gone) in enumerate(placements):
                conn.execute(insert(Placement), [{
                    "id": new_id(), "person_id": pid, "stage": stage, "country": country, "departed_on": departed,
                    "registered_on": date(2020, 1, 1 + k), "deleted_at": now if gone and k else None,
                    **{**stamp, "created_at": datetime(2026, 1, 1 + k, tzinfo=timezone.utc)}}])
    # Negara tujuan / Tgl Berangkat are kept on person by the status refresh: its rule fills them here (and the
    # test compares the list with REFERENCE's window function, an independent definition of the same rule)
    with Session(ctx.engine) as session, session.begin():
        refresh_current_placements(session, session.scalars(select(Person.id)).all())


def ids(rows) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.id for r in rows]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(households=households_st, people=people_st, q=query_st, size=st.integers(1, 6), data=st.data())
def test_keyset_pages_are_the_plain_full_sort(ctx, village, households, people, q, size, data):
    ctx.today_override = TODAY
    write_village(ctx, village, households, people)
    expected = reference(ctx, q)
    assert count_persons(ctx, q) == len(expected)
    shown = current_placements(ctx)

    pages = len(expected) // size + 1  # a bug that repeats a row must fail, not loop for ever
    forward, after = [], None  # page after page, each after the last key of the one before
    for _ in range(pages):
        page = list_page(ctx, q, after, size)
        forward += ids(page.rows)
        if len(page.rows) < size:
            break
        after = page.last
    assert forward == expected

    backward, before = [], None  # from the end, each page before the first key of the one after
    for _ in range(pages):
        page = list_page(ctx, q, before, size, backwards=True)
        backward = ids(page.rows) + backward
        if len(page.rows) < size:
            break
        before = page.first
    assert backward == expected

    listed = list(iter_persons(ctx, q, page=size))
    assert ids(listed) == expected
    assert [(r.country, r.departed_on) for r in listed] == [shown[i] for i in expected]
    if expected:
        position = data.draw(st.integers(0, len(expected) - 1))
        for total in (None, len(expected)):  # from the start, or from the nearer end
            key = key_at(ctx, q, position, total)
            assert key is not None and key[-1] == expected[position]
            assert ids(list_page(ctx, q, key, size).rows) == expected[position + 1:position + 1 + size]
        assert ids(list_persons(ctx, q, position, size)) == expected[position:position + size]
    assert key_at(ctx, q, len(expected), len(expected)) is None
    for row in list_page(ctx, q, None, 50).rows:
        assert row.age == reference_age(row.birth_date, TODAY)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(households=households_st, people=people_st, q=query_st, size=st.integers(1, 4), data=st.data())
def test_the_table_model_shows_the_plain_full_sort_whatever_row_is_read_first(
        qapp, ctx, village, households, people, q, size, data):
    from PySide6.QtCore import Qt

    from desmig_desktop.registry.ui.person_model import PersonTableModel

    write_village(ctx, village, households, people)
    expected = reference(ctx, q)
    model = PersonTableModel(ctx, q, async_count=False, page_size=size)
    assert model.rowCount() == len(expected)
    order = data.draw(st.permutations(range(len(expected))))  # the end first, a jump to the middle, ...
    shown = {r: model.index(r, 0).data(Qt.ItemDataRole.UserRole).id for r in order}
    assert [shown[r] for r in range(len(expected))] == expected


@given(born=st.dates(date(1904, 1, 1), date(2026, 11, 23)), day=st.dates(date(1990, 1, 1), date(2030, 12, 31)))
def test_age_on_agrees_with_counting_birthdays(born, day):
    from desmig_desktop.registry.status import age_on

    if born <= day:
        assert age_on(born, day) == reference_age(born, day)


def test_a_leap_day_baby_turns_a_year_older_on_1_march():
    from desmig_desktop.registry.status import age_on

    born = date(2000, 2, 29)
    assert [age_on(born, d) for d in (date(2001, 2, 28), date(2001, 3, 1), date(2004, 2, 28), date(2004, 2, 29))] == [
        0, 1, 3, 4]


def test_the_new_columns_of_demo_people(tmp_path, demo_file):
    """Umur, Negara tujuan and Tanggal berangkat of demo people: an aktif PMI shows the placement abroad now,
    a purna the last one (her return does not hide where she went), a family member nothing."""
    from desmig_desktop.core.context import ServiceContext
    from desmig_desktop.registry.services.people import get_person

    from tests.conftest import demo_copy

    ctx = ServiceContext.open(demo_copy(demo_file, tmp_path / "demo.db"))
    ctx.today_override = TODAY
    try:
        for status in ("aktif", "purna"):
            row = list_page(ctx, PersonQuery(status=status), None, 1).rows[0]
            person = get_person(ctx, row.id)
            shown = [p for p in person.placements if p.stage == status]
            latest = max(shown, key=lambda p: (p.returned_on or p.departed_on or p.registered_on or date.min))
            assert (row.country, row.departed_on) == (latest.country, latest.departed_on)
            assert row.country and row.departed_on is not None
            assert row.age == reference_age(person.birth_date, TODAY)
        family = list_page(ctx, PersonQuery(status="keluarga"), None, 1).rows[0]
        assert (family.country, family.departed_on) == ("", None)
    finally:
        ctx.close()
