"""Money, numbers, percentages and dates outside Qt: PUEBI in Indonesian, English separators in English."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desmig_desktop.core import i18n
from desmig_desktop.core.formatting import long_date, month_year, number, percent, rupiah, short_date


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("id")


def test_indonesian_money_numbers_and_percentages():
    assert rupiah(8_000_000) == "Rp8.000.000"
    assert rupiah(8_000_000, sen=True) == "Rp8.000.000,00"
    assert rupiah(2_950_000, sen=True) == "Rp2.950.000,00"
    assert rupiah(-1_500) == "-Rp1.500"
    assert rupiah(-8_000_000, sen=True) == "-Rp8.000.000,00"
    assert rupiah(0) == "Rp0"
    assert rupiah(999) == "Rp999"
    assert rupiah(1_000_000_000_000) == "Rp1.000.000.000.000"
    assert number(1_046) == "1.046"
    assert number(923) == "923"
    assert number(-27_594) == "-27.594"
    assert percent(0.75) == "75,0%"
    assert percent(1 / 3) == "33,3%"
    assert percent(0.5, digits=0) == "50%"
    assert percent(12.5) == "1.250,0%"


def test_english_money_numbers_and_percentages(english):
    assert rupiah(8_000_000) == "Rp8,000,000"
    assert rupiah(8_000_000, sen=True) == "Rp8,000,000.00"
    assert rupiah(-1_500) == "-Rp1,500"
    assert number(1_046) == "1,046"
    assert percent(0.75) == "75.0%"
    assert percent(1 / 3) == "33.3%"


def test_dates_in_both_languages(english):
    day = date(2026, 1, 22)
    assert (long_date(day), month_year(day), short_date(day)) == ("22 January 2026", "January 2026", "22/01/2026")
    i18n.set_language("id")
    assert (long_date(day), month_year(day), short_date(day)) == ("22 Januari 2026", "Januari 2026", "22/01/2026")
    assert long_date(None) == "" and short_date(None) == ""


def test_money_is_whole_rupiah():
    for wrong in (8_000_000.0, "8000000", True):
        with pytest.raises(TypeError):
            rupiah(wrong)  # type: ignore[arg-type]


@given(st.integers(min_value=-10**15, max_value=10**15))
def test_rupiah_reads_back_as_the_amount(amount):
    """No space, `Rp` after the sign, dots every three digits: reading the digits back gives the amount."""
    text = rupiah(amount)
    assert " " not in text and text.startswith("-Rp" if amount < 0 else "Rp")
    body = text.removeprefix("-").removeprefix("Rp")
    groups = body.split(".")
    assert all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
    assert int(body.replace(".", "")) * (-1 if amount < 0 else 1) == amount
    assert number(amount) == text.replace("Rp", "")


def test_the_locale_follows_the_language_in_use():
    """The same process switches: English screens get English separators, Indonesian ones PUEBI's."""
    i18n.set_language("en")
    try:
        assert (number(1_234_567), rupiah(1_234_567)) == ("1,234,567", "Rp1,234,567")
    finally:
        i18n.set_language("id")
    assert (number(1_234_567), rupiah(1_234_567)) == ("1.234.567", "Rp1.234.567")
