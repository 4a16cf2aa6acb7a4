"""The registry's home-page figures against a small village whose counts are known, and the twelve-month window
against an obviously correct reference for any "today"; each figure equals the length of the list it opens."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.figures import (
    LOST_CONTACT_QUERY,
    country_query,
    departures_query,
    month_span,
    month_starts,
    recent_returns_query,
    registry_figures,
    returns_query,
    status_sex_query,
)
from desmig_desktop.registry.services.people import PlacementInput
from desmig_desktop.registry.services.search import count_persons
from tests.conftest import person_input


def reference_months(today: date, count: int = 12) -> list[tuple[int, int]]:
    """Walk back one day at a time and note each new (year, month): obviously right, however slow."""
    seen: list[tuple[int, int]] = []
    day = today
    while len(seen) < count:
        if (day.year, day.month) not in seen:
            seen.append((day.year, day.month))
        day -= timedelta(days=1)
    return seen[::-1]


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(1946, 1, 1), max_value=date(2100, 12, 31)))
def test_month_window_matches_a_day_by_day_walk(today):
    months = month_starts(today)
    assert [(m.year, m.month) for m in months] == reference_months(today)
    assert all(m.day == 1 for m in months)
    first, last = month_span(months[-1])
    assert first <= today <= last and (last + timedelta(days=1)).day == 1


# Departures (and one return) of the village below, as (name, sex, departed_on, returned_on).
TRIPS = [
    ("Rina", "P", date(2025, 11, 30), date(2025, 12, 1)),
    ("Siti", "P", date(2026, 6, 10), None),
    ("Budi", "L", date(2026, 6, 20), None),
    ("Yanto", "L", date(2024, 11, 5), date(2026, 11, 10)),
    ("Lina", "P", date(2026, 2, 1), None),
]


@pytest.fixture
def trips(ctx, people):
    h1 = people.households[0]
    ids = {}
    for serial, (name, sex, departed, returned) in enumerate(TRIPS, start=10):
        ids[name] = registry.register_person(ctx, person_input(name, sex, date(1990, 1, 1), serial, h1, "famili")).id
        stage = "purna" if returned else "aktif"
        country = "Malaysia" if name in ("Siti", "Budi") else "Taiwan"
        registry.add_placement(ctx, ids[name], PlacementInput(stage, country, "formal", departed_on=departed,
                                                              returned_on=returned, lost_contact=name == "Budi"))
    registry.record_life_event(ctx, ids["Lina"], "pindah_keluar", date(2026, 3, 1))  # gone: still a departure
    ghost = registry.register_person(ctx, person_input("Hantu", "L", date(1990, 1, 1), 30, h1, "famili")).id
    registry.add_placement(ctx, ghost, PlacementInput("aktif", "Malaysia", departed_on=date(2026, 6, 1)))
    registry.delete_person(ctx, ghost)  # deleted: counts nowhere
    return ids


def test_figures_of_a_known_village(ctx, trips):
    f = registry_figures(ctx)
    # residents: Slamet, Joko (L keluarga), Sularmi (P aktif), Dwi (P keluarga), Ani (P calon), Rina (P purna),
    # Siti (P aktif), Budi (L aktif), Yanto (L purna); Lina moved out, the ghost is deleted
    assert {(s, x): n for s, x, n in f.by_status_sex} == {
        ("aktif", "L"): 1, ("aktif", "P"): 2, ("calon", "P"): 1, ("keluarga", "L"): 2, ("keluarga", "P"): 1,
        ("purna", "L"): 1, ("purna", "P"): 1}
    assert f.count() == 9 and f.count("aktif") == 3 and f.count(sex="P") == 5
    assert f.aktif_by_country == (("Malaysia", 2), ("Hong Kong", 1))
    assert [(m.year, m.month) for m in f.months][:2] == [(2025, 12), (2026, 1)] and f.months[-1] == date(2026, 11, 1)
    by_month = dict(zip((m.strftime("%Y-%m") for m in f.months), f.departures))
    assert {k: v for k, v in by_month.items() if v} == {"2026-02": 1, "2026-06": 2}  # Rina left in Nov 2025
    by_month = dict(zip((m.strftime("%Y-%m") for m in f.months), f.returns))
    assert {k: v for k, v in by_month.items() if v} == {"2025-12": 1, "2026-11": 1}
    assert f.lost_contact == 1 and f.recent_returns == 1


def test_each_figure_is_the_length_of_the_list_it_opens(ctx, trips):
    f = registry_figures(ctx)
    for status, sex, n in f.by_status_sex:
        assert count_persons(ctx, status_sex_query(status, sex)) == n
    for country, n in f.aktif_by_country:
        assert count_persons(ctx, country_query(country)) == n
    for month, n in zip(f.months, f.departures):
        assert count_persons(ctx, departures_query(month)) == n
    for month, n in zip(f.months, f.returns):
        assert count_persons(ctx, returns_query(month)) == n
    assert count_persons(ctx, LOST_CONTACT_QUERY) == f.lost_contact
    assert count_persons(ctx, recent_returns_query(f.today)) == f.recent_returns


@pytest.mark.parametrize("today", [date(2026, 11, 23), date(2026, 6, 30), date(2026, 7, 1), date(2025, 12, 31),
                                   date(2026, 1, 1), date(2027, 5, 31), date(2024, 2, 29), date(2027, 6, 1)])
def test_departures_and_returns_per_month_for_any_past_today(ctx, trips, today):
    ctx.today_override = today
    f = registry_figures(ctx)
    months = reference_months(today)
    departed = [d for _n, _s, d, _r in TRIPS] + [date(2024, 3, 1)]  # Sularmi (the fixture) left in March 2024
    returned = [r for _n, _s, _d, r in TRIPS if r]
    assert f.departures == tuple(sum((d.year, d.month) == m for d in departed) for m in months)
    assert f.returns == tuple(sum((r.year, r.month) == m for r in returned) for m in months)
