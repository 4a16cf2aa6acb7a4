"""Loan schedules worked by hand (issue 9 point 5): due dates on the disbursal's day clamped to the month's end,
principal split evenly with the remainder on the last instalment, the same flat jasa every month."""

from __future__ import annotations

from datetime import date

import pytest

from desmig_desktop.savings.rules import Installment, add_months, monthly_fee, schedule


def rows(items: tuple[Installment, ...]) -> list[tuple[str, int, int, int]]:
    return [(i.due_on.strftime("%d/%m/%Y"), i.principal, i.fee, i.total) for i in items]


def test_one_million_over_three_months_from_the_31st_of_january():
    # Rp1.000.000 / 3 = 333.333 rest 1 -> 333.334 last; jasa 2 % of 1.000.000 = 20.000 a month.
    # 31 Jan + 1 month = 28 Feb 2017 (not a leap year), + 2 = 31 Mar (no carry-over), + 3 = 30 Apr.
    assert rows(schedule(1_000_000, 3, 200, date(2017, 1, 31))) == [
        ("28/02/2017", 333_333, 20_000, 353_333),
        ("31/03/2017", 333_333, 20_000, 353_333),
        ("30/04/2017", 333_334, 20_000, 353_334),
    ]


def test_two_and_a_half_million_over_five_months_from_the_leap_day():
    # 2.500.000 / 5 = 500.000 exactly; jasa 1,5 % = 37.500; every due date keeps the 29th.
    items = schedule(2_500_000, 5, 150, date(2016, 2, 29))
    assert rows(items) == [
        ("29/03/2016", 500_000, 37_500, 537_500),
        ("29/04/2016", 500_000, 37_500, 537_500),
        ("29/05/2016", 500_000, 37_500, 537_500),
        ("29/06/2016", 500_000, 37_500, 537_500),
        ("29/07/2016", 500_000, 37_500, 537_500),
    ]
    assert [i.number for i in items] == [1, 2, 3, 4, 5]


def test_twelve_months_across_a_year_end_from_the_31st_of_august():
    # 1.250.000 / 12 = 104.166 rest 8: eleven of 104.166 (1.145.826) and 104.174 last; jasa 1,25 % = 15.625.
    assert rows(schedule(1_250_000, 12, 125, date(2016, 8, 31))) == [
        ("30/09/2016", 104_166, 15_625, 119_791),
        ("31/10/2016", 104_166, 15_625, 119_791),
        ("30/11/2016", 104_166, 15_625, 119_791),
        ("31/12/2016", 104_166, 15_625, 119_791),
        ("31/01/2017", 104_166, 15_625, 119_791),
        ("28/02/2017", 104_166, 15_625, 119_791),
        ("31/03/2017", 104_166, 15_625, 119_791),
        ("30/04/2017", 104_166, 15_625, 119_791),
        ("31/05/2017", 104_166, 15_625, 119_791),
        ("30/06/2017", 104_166, 15_625, 119_791),
        ("31/07/2017", 104_166, 15_625, 119_791),
        ("31/08/2017", 104_174, 15_625, 119_799),
    ]


def test_twelve_months_from_the_leap_day_end_on_the_28th_of_february():
    # 2.500.000 / 12 = 208.333 rest 4 -> 208.337 last; 29 Feb 2016 + 12 months = 28 Feb 2017.
    items = schedule(2_500_000, 12, 150, date(2016, 2, 29))
    assert [i.due_on for i in items][-2:] == [date(2017, 1, 29), date(2017, 2, 28)]
    assert [i.principal for i in items] == [208_333] * 11 + [208_337]
    assert {i.fee for i in items} == {37_500}
    assert sum(i.principal for i in items) == 2_500_000


def test_a_fee_with_a_fraction_rounds_half_up_to_the_rupiah():
    # 1.234.567 × 1,5 % = 18.518,505 -> 18.519; 1.234.567 / 7 = 176.366 rest 5 -> 176.371 last.
    items = schedule(1_234_567, 7, 150, date(2016, 12, 10))
    assert rows(items)[0] == ("10/01/2017", 176_366, 18_519, 194_885)
    assert rows(items)[-1] == ("10/07/2017", 176_371, 18_519, 194_890)
    assert monthly_fee(1_000_100, 150) == 15_002  # 15.001,5 exactly: the half goes up
    assert monthly_fee(333, 150) == 5  # 4,995
    assert monthly_fee(1_000_000, 0) == 0


def test_one_month_loan_and_the_calendar():
    assert rows(schedule(500_000, 1, 200, date(2017, 12, 31))) == [("31/01/2018", 500_000, 10_000, 510_000)]
    assert add_months(date(2017, 1, 31), 1) == date(2017, 2, 28)
    assert add_months(date(2016, 1, 31), 1) == date(2016, 2, 29)
    assert add_months(date(2017, 1, 31), 2) == date(2017, 3, 31)
    assert add_months(date(2017, 11, 30), 3) == date(2018, 2, 28)
    assert add_months(date(2017, 5, 15), 0) == date(2017, 5, 15)


@pytest.mark.parametrize("principal, term, fee_bp", [(1_000_000, 0, 200), (1_000_000, 13, 200),
                                                      (0, 3, 200), (-5, 3, 200), (1_000_000, 3, -1)])
def test_a_schedule_outside_the_rules_is_refused(principal, term, fee_bp):
    with pytest.raises(ValueError):
        schedule(principal, term, fee_bp, date(2017, 1, 1))
