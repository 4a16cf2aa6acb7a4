"""Lebaran (1 Syawal) for "yearly before Lebaran" share-outs: Indonesia's official dates, the Umm al-Qura calendar
of hijridate elsewhere, an estimate past its range; and the share-out that falls due before it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desmig_desktop.production import rules as gr
from desmig_desktop.production.services import groups, sharing
from desmig_desktop.production.services.groups import GroupInput

# As announced after the Kemenag's sidang isbat. 2019, 2023, 2025 and 2026 are a day after the Umm al-Qura date
# (hilal below the MABIMS criteria; Muhammadiyah kept 21/04/2023 and 20/03/2026).
OFFICIAL = [date(2016, 7, 6), date(2017, 6, 25), date(2018, 6, 15), date(2019, 6, 5), date(2020, 5, 24),
            date(2021, 5, 13), date(2022, 5, 2), date(2023, 4, 22), date(2024, 4, 10), date(2025, 3, 31),
            date(2026, 3, 21)]


def test_known_lebaran_dates_in_indonesia():
    assert [gr.lebaran_of(d.year) for d in OFFICIAL] == OFFICIAL


def test_years_without_an_official_date_follow_umm_al_qura():
    assert [gr.lebaran_of(y) for y in (2027, 2028, 2029, 2030, 2031)] == [
        date(2027, 3, 9), date(2028, 2, 26), date(2029, 2, 14), date(2030, 2, 4), date(2031, 1, 24)]


def test_two_lebarans_in_one_year_and_the_next_one():
    assert gr.lebaran_dates(2033) == [date(2033, 1, 2), date(2033, 12, 23)]
    assert gr.lebaran_dates(2000) == [date(2000, 1, 8), date(2000, 12, 27)]
    assert gr.next_lebaran(date(2033, 6, 1)) == date(2033, 12, 23)
    assert gr.next_lebaran(date(2026, 3, 21)) == date(2026, 3, 21)
    assert gr.next_lebaran(date(2026, 3, 22)) == date(2027, 3, 9)
    assert gr.next_lebaran(date(2077, 12, 1)) == gr.lebaran_of(2078)  # past the Umm al-Qura table


@given(st.integers(min_value=2000, max_value=2100))
def test_every_year_has_its_lebaran(year):
    days = gr.lebaran_dates(year)
    assert 1 <= len(days) <= 2 and all(d.year == year for d in days)
    following = gr.next_lebaran(days[-1] + timedelta(days=1))
    assert 353 <= (following - days[-1]).days <= 356  # a Hijri year later (an official date moves a day)


def test_a_yearly_share_out_falls_due_45_days_before_lebaran(ctx, village):
    gid = groups.create_group(ctx, GroupInput("Kelompok Batik", "batik", date(2025, 5, 1), share_due_rule="lebaran")).id
    ctx.today_override = date(2026, 2, 4)  # 45 days before 21/03/2026
    [due] = sharing.due_groups(ctx)
    assert (due.group_id, due.rule, due.lebaran) == (gid, "lebaran", date(2026, 3, 21))
    assert due.reason == "Lebaran 21/03/2026: bagi hasil tahunan belum dilakukan"
    ctx.today_override = date(2026, 2, 3)
    assert sharing.due_groups(ctx) == []
    ctx.today_override = date(2026, 3, 21)  # Lebaran itself: still due, not late
    assert [(d.lebaran, d.overdue) for d in sharing.due_groups(ctx)] == [(date(2026, 3, 21), False)]
    ctx.today_override = date(2026, 3, 22)  # the day after, no share-out: overdue, not "due soon"
    [due] = sharing.due_groups(ctx)
    assert (due.group_id, due.lebaran, due.overdue) == (gid, date(2026, 3, 21), True)
    assert due.reason == "Lebaran 21/03/2026 sudah lewat: bagi hasil tahunan terlambat, belum dilakukan"
    ctx.today_override = date(2027, 1, 20)  # still overdue months later, before the next window
    assert [d.overdue for d in sharing.due_groups(ctx)] == [True]


def test_a_share_out_since_the_previous_lebaran_is_not_overdue(ctx, village):
    from desmig_desktop.production.services import products as production
    from desmig_desktop.production.services.products import BatchInput, SaleInput
    from desmig_desktop.registry.nik import make_nik
    from desmig_desktop.registry.services import people as registry
    from desmig_desktop.registry.services.people import PersonInput

    gid = groups.create_group(ctx, GroupInput("Kelompok Batik", "batik", date(2025, 3, 1), share_due_rule="lebaran")).id
    pid = registry.register_person(ctx, PersonInput(make_nik("330709", date(1985, 5, 5), "P", 1), "Sri", "P", date(1985, 5, 5))).id
    groups.add_member(ctx, gid, pid, date(2025, 3, 1))
    product = production.add_product(ctx, gid, "Batik tulis", "lembar", 300_000).id
    ctx.today_override = date(2026, 3, 10)
    production.record_batch(ctx, BatchInput(product, date(2026, 1, 5), 5, 500_000, (pid,)))
    production.record_sale(ctx, SaleInput(product, date(2026, 2, 1), 4, 300_000, "pameran"))
    ctx.today_override = date(2026, 3, 22)  # Lebaran 2025 (31/03) was missed, then 21/03/2026 too
    assert [(d.lebaran, d.overdue) for d in sharing.due_groups(ctx)] == [(date(2026, 3, 21), True)]
    ctx.today_override = date(2025, 4, 5)  # as it was in 2025: founded too shortly before Lebaran 2025 to owe one
    assert sharing.due_groups(ctx) == []
    ctx.today_override = date(2026, 3, 10)
    sharing.finalise_share(ctx, gid, date(2025, 3, 1), date(2026, 3, 10))
    ctx.today_override = date(2026, 3, 22)
    assert sharing.due_groups(ctx) == []


@pytest.mark.parametrize("year", [1999, 2101])
def test_any_year_gives_dates_even_far_out(year):
    assert all(d.year == year for d in gr.lebaran_dates(year))
