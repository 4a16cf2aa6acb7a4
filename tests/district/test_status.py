"""Reporting status (issue 10 point 6): per expected village, whether the period's package arrived, when, which
sequence, how many revisions came after it, and which villages are missing — on PostgreSQL and SQLite alike."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import insert

from desmig_desktop.core.periods import parse_period
from desmig_desktop.district.database import add_village, init_district
from desmig_desktop.district.models import DistrictPackage
from desmig_desktop.district.status import reporting_status


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 12, day, hour, 0, tzinfo=timezone.utc)


@pytest.fixture(params=["sqlite", "postgresql"])
def district(request, tmp_path):  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'district.db'}" if request.param == "sqlite" \
        else request.getfixturevalue("postgres_url")
    engine = init_district(url, "Wonosobo")
    add_village(engine, "3307092001", "Kuripan", "Watumalang")
    add_village(engine, "3307092002", "Binangun", "Watumalang")
    add_village(engine, "3307012003", "Kalikajar", "Kalikajar")
    add_village(engine, "3307092004", "Wonoroto", "Watumalang")
    yield engine
    engine.dispose()


def package(engine, code: str, sequence: int, period: str, received: datetime, status: str = "merged",  # type: ignore[no-untyped-def]
            warnings: str = "") -> None:
    with engine.begin() as conn:
        conn.execute(insert(DistrictPackage.__table__).values(
            file_name=f"{code}-2026-12-{received.day:02d}.desmig", file_sha256=f"{code}{sequence}".ljust(64, "0"),
            village_code=code, sequence=sequence, period=period, received_at=received, status=status,
            warnings=warnings, message="ditolak" if status == "refused" else ""))


def test_the_first_merged_package_of_the_period_and_its_revisions(district):
    package(district, "3307092001", 2, "2026-11", at(1), status="refused")  # refused: counts for nothing
    package(district, "3307092001", 4, "2026-11", at(5), warnings="Urutan paket melompat dari 2 ke 4.")
    package(district, "3307092001", 3, "2026-11", at(2))  # received first, though merged rows came in any order
    package(district, "3307092001", 5, "2026-11", at(6))
    package(district, "3307092002", 1, "2026-10", at(3))  # only another period: missing for 2026-11
    package(district, "3307012003", 7, "2026-11", at(4, 14), warnings="Rantai paket putus.\nUrutan melompat.")

    status = reporting_status(district, parse_period("2026-11"))
    assert status.period.code == "2026-11"
    assert [(r.kecamatan, r.name) for r in status.rows] == [
        ("Kalikajar", "Kalikajar"), ("Watumalang", "Binangun"), ("Watumalang", "Kuripan"), ("Watumalang", "Wonoroto")]
    rows = {r.code: r for r in status.rows}
    kuripan = rows["3307092001"]
    assert kuripan.arrived and kuripan.sequence == 3 and kuripan.later == 2
    assert kuripan.received_at.replace(tzinfo=timezone.utc) == at(2)
    assert kuripan.file_name == "3307092001-2026-12-02.desmig"
    assert kuripan.warnings == ("Urutan paket melompat dari 2 ke 4.",)
    assert rows["3307012003"].arrived and rows["3307012003"].later == 0
    assert rows["3307012003"].warnings == ("Rantai paket putus.", "Urutan melompat.")
    for missing in ("3307092002", "3307092004"):
        assert not rows[missing].arrived and rows[missing].sequence is None and rows[missing].received_at is None
    assert [r.code for r in status.missing] == ["3307092002", "3307092004"]
    assert (status.expected, status.arrived, status.rate) == (4, 2, 0.5)

    october = reporting_status(district, "2026-10")
    assert [r.code for r in october.rows if r.arrived] == ["3307092002"] and october.rate == 0.25


def test_an_empty_district_expects_nothing(tmp_path):
    engine = init_district(f"sqlite:///{tmp_path / 'empty.db'}")
    status = reporting_status(engine, "2026-11")
    assert (status.rows, status.expected, status.arrived, status.rate) == ((), 0, 0, 0.0)
    engine.dispose()
