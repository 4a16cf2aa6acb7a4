"""The district recap in long format (never queries): one row per village and figure, codes never words, the same
in any language — `kecamatan,village_code,period,indicator,category,sex,value`, UTF-8, like a village package's
recap.csv with the kecamatan in front. The kabupaten's and kecamatan's totals are the sums of these rows.
A kecamatan written like a spreadsheet formula is prefixed with a quote (`core.privacy.neutralise_formula`)."""

from __future__ import annotations

import csv
from pathlib import Path

from desmig_desktop.core.files import atomic_output
from desmig_desktop.core.privacy import neutralise_formula
from desmig_desktop.district.recap import DistrictRecap

HEADER = ("kecamatan", "village_code", "period", "indicator", "category", "sex", "value")


def district_rows(recap: DistrictRecap) -> list[tuple[str, str, str, str, str, str, int]]:
    columns = recap.columns()
    return [(str(neutralise_formula(v.kecamatan)), v.code, recap.period.code, c.code, c.category, c.sex, value)
            for v in recap.villages for c, value in zip(columns, v.values)]


def write_district_csv(recap: DistrictRecap, out: str | Path) -> Path:
    """Write the long-format file to `out` (replaced atomically) and return its path."""
    target = Path(out)
    with atomic_output(target) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(HEADER)
            writer.writerows(district_rows(recap))
    return target
