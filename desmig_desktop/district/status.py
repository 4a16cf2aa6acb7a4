"""Reporting status: which villages sent the period's package, when, and which are missing (issue 10 point 6) —
the reporting-rate table DHIS2 users expect.

Expected villages are the district's list (`district_village`). A village's package for a period is its first
merged package (`district_package`, status "merged") carrying that period code, by the time it was received
(then sequence, then file name); the merged packages of the same period that came after it are its later
revisions (`later`). Refused packages count for nothing; a village that sent packages for other periods only is
missing for this one. rate = arrived / expected (0 when nothing is expected).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine

from desmig_desktop.core.periods import Period, parse_period

MERGED = "merged"


@dataclass(frozen=True)
class VillageStatus:
    code: str
    name: str
    kecamatan: str
    arrived: bool
    received_at: datetime | None  # UTC
    sequence: int | None
    file_name: str
    later: int  # merged packages of the same period received after this one (revisions)
    warnings: tuple[str, ...]  # of this package and its later revisions, in order, each once


@dataclass(frozen=True)
class ReportingStatus:
    period: Period
    rows: tuple[VillageStatus, ...]  # by kecamatan, then name
    expected: int
    arrived: int
    rate: float  # arrived / expected, 0.0 .. 1.0

    @property
    def missing(self) -> tuple[VillageStatus, ...]:
        return tuple(r for r in self.rows if not r.arrived)


def _tables() -> tuple[Any, Any]:
    from desmig_desktop.district.models import DistrictBase

    tables = DistrictBase.metadata.tables
    return tables["district_village"], tables["district_package"]


def _order(p: Any) -> tuple:
    received = p.received_at
    if received is not None and received.tzinfo is not None:
        received = received.replace(tzinfo=None)  # one clock (UTC) either way; naive and aware never mix
    return (received or datetime.max, p.sequence if p.sequence is not None else 0, p.file_name or "")


def _warnings(packages: list[Any]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for p in packages:
        for line in (p.warnings or "").splitlines():
            if line.strip():
                seen.setdefault(line.strip(), None)
    return tuple(seen)


def reporting_status(engine: Engine, period: Period | str) -> ReportingStatus:
    """Per expected village, whether `period`'s package has arrived (a Period or its code, "2026-11")."""
    if isinstance(period, str):
        period = parse_period(period)
    village, package = _tables()
    with engine.connect() as conn:
        villages = conn.execute(select(village.c.code, village.c.name, village.c.kecamatan)).all()
        packages = conn.execute(
            select(package.c.village_code, package.c.received_at, package.c.sequence, package.c.file_name,
                   package.c.warnings)
            .where(package.c.status == MERGED, package.c.period == period.code)).all()
    by_village: dict[str, list[Any]] = {}
    for p in packages:
        by_village.setdefault(p.village_code, []).append(p)
    rows = []
    for code, name, kecamatan in villages:
        own = sorted(by_village.get(code, ()), key=_order)
        if own:
            first = own[0]
            rows.append(VillageStatus(code, name or "", kecamatan or "", True, first.received_at, first.sequence,
                                      first.file_name or "", len(own) - 1, _warnings(own)))
        else:
            rows.append(VillageStatus(code, name or "", kecamatan or "", False, None, None, "", 0, ()))
    rows.sort(key=lambda r: (r.kecamatan.casefold(), r.name.casefold(), r.code))
    arrived = sum(1 for r in rows if r.arrived)
    return ReportingStatus(period, tuple(rows), len(rows), arrived, arrived / len(rows) if rows else 0.0)
