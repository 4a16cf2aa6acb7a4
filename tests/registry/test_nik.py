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


# ---- serial, province, registration date (issue 7) -----------------------------------------------

TODAY = date(2026, 11, 23)


def test_serial_0000_is_refused():
    assert "0000" in errors(check_nik("3307091205900000", date(1990, 5, 12), "L"))[0]
    assert errors(check_nik("3307091205900001", date(1990, 5, 12), "L")) == []
    assert "nomor urut" in errors(check_kk("3307091201150000", TODAY))[0]


def test_province_list_is_kemendagri_with_the_papua_splits():
    from desmig_desktop.registry.nik import provinces

    codes = provinces()
    assert len(codes) == 38
    assert codes["33"] == "Jawa Tengah" and codes["11"] == "Aceh" and codes["65"] == "Kalimantan Utara"
    assert [codes[str(c)] for c in range(91, 97)] == ["Papua", "Papua Barat", "Papua Selatan", "Papua Tengah",
                                                      "Papua Pegunungan", "Papua Barat Daya"]
    assert provinces() is codes  # read once


@pytest.mark.parametrize("province", ["00", "99", "10", "20", "37", "54", "83", "97"])
def test_impossible_province_is_an_error(province):
    msgs = errors(check_nik(f"{province}07091205900003", date(1990, 5, 12), "L", village_regency="3307"))
    assert len(msgs) == 1 and f"({province}) bukan kode provinsi" in msgs[0]
    assert f"({province}) bukan kode provinsi" in errors(check_kk(f"{province}07091201150003", TODAY))[0]


@pytest.mark.parametrize("nik", ["9401011205900003", "9601011205900003", "1101011205900003", "3599011205900003"])
def test_real_province_other_or_unknown_regency_is_a_warning(nik):
    """Papua Tengah, Papua Barat Daya, Aceh, and regency 99 of Jawa Timur (no such regency): saved with a warning."""
    issues = check_nik(nik, date(1990, 5, 12), "L", village_regency="3307")
    assert errors(issues) == [] and [i.warning for i in issues] == [True]


@pytest.mark.parametrize("kk, today, ok", [
    ("3307091512260003", TODAY, False),  # 15 December 2026: after today
    ("3307092311260003", TODAY, True),  # registered today
    ("3307092411260003", TODAY, False),  # tomorrow
    ("3307090101300003", TODAY, False),  # 2030 (1930 is older than any No. KK of this form)
    ("3307090101690003", TODAY, False),
    ("3307090101700003", TODAY, True),  # 1 January 1970
    ("3307091506950003", TODAY, True),  # 1995
    ("3307091201150003", date(2015, 1, 11), False),  # dates are history: on 11 January 2015 this was the future
    ("3307091201150003", date(2015, 1, 12), True),
])
def test_kk_registered_in_the_future_is_refused(kk, today, ok):
    msgs = errors(check_kk(kk, today))
    assert (msgs == []) == ok, msgs
    if not ok:
        assert "sesudah hari ini" in msgs[0] and today.strftime("%d/%m/%Y") in msgs[0]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2069, 12, 30)), st.integers(min_value=1, max_value=25_000),
       st.booleans())
def test_kk_date_property(today, days, future):
    """Any registration day from 1970 up to today is accepted; any day after today (up to 2069, where the two-digit
    year would read back as 19YY) is refused."""
    from datetime import timedelta

    day = today + timedelta(days=days) if future else today - timedelta(days=days)
    if not date(1970, 1, 1) <= day <= date(2069, 12, 31):
        return
    kk = f"330709{day:%d%m%y}0001"
    assert (errors(check_kk(kk, today)) == []) == (not future)


def test_household_service_refuses_a_kk_registered_in_the_future(ctx, village):
    from desmig_desktop.core.errors import ValidationError
    from desmig_desktop.registry.services.people import create_household
    from desmig_desktop.registry.rules import HouseholdInput

    with pytest.raises(ValidationError) as e:
        create_household(ctx, HouseholdInput("3307091512260003"))  # ctx today: 23 November 2026
    assert "sesudah hari ini (23/11/2026)" in str(e.value)
    ctx.today_override = date(2026, 12, 20)  # back-filled later: by then it had been registered
    assert create_household(ctx, HouseholdInput("3307091512260003")).id
