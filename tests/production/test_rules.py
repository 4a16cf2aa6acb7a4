"""Property tests of the profit split (bagi hasil)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from desmig_desktop.production.rules import Span, overlaps, retention, split_profit

people = st.dictionaries(st.text("abcdefghij", min_size=1, max_size=4), st.integers(min_value=0, max_value=12), max_size=15)


@given(st.integers(min_value=-10_000_000, max_value=500_000_000), people, st.sampled_from(["equal", "by_batches"]))
def test_shares_plus_remainder_equal_profit(profit, batches, rule):
    lines, remainder = split_profit(profit, batches, rule)
    assert all(isinstance(l.amount, int) and l.amount >= 0 for l in lines)
    if profit > 0:
        assert sum(l.amount for l in lines) + remainder == profit
        assert 0 <= remainder
    else:
        assert sum(l.amount for l in lines) == 0


@given(st.integers(min_value=1, max_value=500_000_000), people, st.sampled_from(["equal", "by_batches"]))
def test_nobody_without_batches_gets_a_share(profit, batches, rule):
    lines, _ = split_profit(profit, batches, rule)
    paid = {l.person_id for l in lines if l.amount > 0}
    assert all(batches[p] > 0 for p in paid)
    assert {l.person_id for l in lines} == {p for p, n in batches.items() if n > 0}


@given(st.integers(min_value=1, max_value=500_000_000), people)
def test_equal_rule_pays_everyone_the_same_and_remainder_is_small(profit, batches):
    lines, remainder = split_profit(profit, batches, "equal")
    if lines:
        assert len({l.amount for l in lines}) == 1
        assert remainder < len(lines)


def test_by_batches_is_proportional():
    lines, remainder = split_profit(1_000_000, {"a": 1, "b": 3}, "by_batches")
    assert {l.person_id: l.amount for l in lines} == {"a": 250_000, "b": 750_000}
    assert remainder == 0


def test_equal_rounding_remainder():
    lines, remainder = split_profit(1_000_000, {"a": 1, "b": 1, "c": 5}, "equal")
    assert [l.amount for l in lines] == [333_333] * 3 and remainder == 1


def test_overlap_and_retention():
    a = Span(date(2017, 1, 1), date(2017, 6, 1))
    assert not overlaps(a, Span(date(2017, 6, 1), None))  # left on 1 June, rejoined the same day
    assert overlaps(a, Span(date(2017, 5, 31), None))
    spans = [a, Span(date(2016, 12, 1), None), Span(date(2017, 3, 1), None)]
    assert retention(spans, date(2017, 1, 1), date(2017, 12, 31)) == (2, 1)


@given(st.integers(min_value=0, max_value=500_000_000), people, st.sampled_from(["equal", "by_batches"]),
       st.sampled_from([100, 500, 1000]))
def test_shares_a_treasurer_can_pay(distributable, batches, rule, unit):
    """Every share a multiple of the group's unit; shares + remainder == the distributable amount; the remainder
    (to the cash) below one unit per member paid; members with equal weight within one unit of each other."""
    lines, remainder = split_profit(distributable, batches, rule, unit)
    takers = lines
    assert all(l.amount % unit == 0 and l.amount >= 0 for l in lines)
    assert sum(l.amount for l in lines) + remainder == distributable
    if takers:
        assert 0 <= remainder < unit * len(takers)
    for a in takers:
        for b in takers:
            if rule == "equal" or a.batches == b.batches:
                assert abs(a.amount - b.amount) <= unit


def test_shares_are_rounded_down_to_the_unit_and_the_rest_goes_to_the_cash():
    lines, remainder = split_profit(4_612_000 - 3, {p: 1 for p in "abcdefghijklm"}, "equal", 1000)
    assert {l.amount for l in lines} == {354_000} and remainder == 4_612_000 - 3 - 13 * 354_000
