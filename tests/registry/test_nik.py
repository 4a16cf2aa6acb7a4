"""NIK and No. KK rules: lengths, dates, women's +40, leap days, region prefix."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desmig_desktop.registry.nik import check_kk, check_nik, make_nik, parse_nik


def errors(issues):
    return [i.message for i in issues if not i.warning]


def test_woman_day_plus_40():
    info, issues = parse_nik("3307095205900003")
    assert not issues
    assert (info.day, info.month, info.yy, info.sex) == (12, 5, 90, "P")
    assert errors(check_nik("3307095205900003", date(1990, 5, 12), "P")) == []


def test_man_with_women_day_is_refused():
    msgs = errors(check_nik("3307095205900003", date(1990, 5, 12), "L"))
    assert any("jenis kelamin" in m for m in msgs)


@pytest.mark.parametrize("nik", ["330709120590000", "33070912059000031", "3307O91205900003", ""])
def test_wrong_length_or_letters(nik):
    msgs = errors(check_nik(nik, None, None))
    assert len(msgs) == 1 and "16 angka" in msgs[0]


def test_bad_date_part():
    msgs = errors(check_nik("3307093213900003", None, None))  # day 32, month 13
    assert "bukan tanggal lahir yang sah" in msgs[0]


def test_leap_day():
    assert errors(check_nik("3307092902000001", date(2000, 2, 29), "L")) == []
    assert errors(check_nik("3307096902960001", date(1996, 2, 29), "P")) == []
    assert "bukan tanggal" in errors(check_nik("3307092902010001", None, None))[0]  # 2001 is no leap year


def test_birth_date_must_agree():
    msgs = errors(check_nik("3307091205900003", date(1991, 5, 12), "L"))
    assert any("tanggal lahir" in m and "12-05-90" in m for m in msgs)


def test_other_regency_is_only_a_warning():
    issues = check_nik("3201011205900003", date(1990, 5, 12), "L", village_regency="3307")
    assert errors(issues) == []
    assert [i.warning for i in issues] == [True]
    assert "3201" in issues[0].message


def test_kk_rules():
    assert check_kk("3307091201150003") == []
    assert "16 angka" in check_kk("12345")[0].message
    assert "tanggal terbit" in check_kk("3307093201150003")[0].message


@given(st.dates(min_value=date(1930, 1, 1), max_value=date(2026, 11, 23)), st.sampled_from("LP"),
       st.integers(min_value=1, max_value=9999))
def test_make_nik_round_trips(born, sex, serial):
    nik = make_nik("330709", born, sex, serial)
    assert errors(check_nik(nik, born, sex, "3307")) == []
    info, _ = parse_nik(nik)
    assert info.sex == sex and info.matches(born)
