"""Register files for the import tests: real CSV/XLSX files written in tmp_path."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from desmig_desktop.registry.nik import make_nik

HEADER = ["NIK", "No KK", "Nama", "Jenis Kelamin (L/P)", "Tempat Lahir", "Tanggal Lahir", "Hubungan Keluarga", "Dusun",
          "RW", "RT", "No HP", "Status PMI", "Negara Tujuan", "Sektor", "Jabatan", "Jalur", "Tanggal Berangkat",
          "Tanggal Pulang"]
KK1, KK2, KK3 = "3307091201150003", "3307090304100007", "3307092209180002"


def nik(born: date, sex: str, serial: int, prefix: str = "330709") -> str:
    return make_nik(prefix, born, sex, serial)


def dmy(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def person(name: str, sex: str, born: date, serial: int, kk: str, rel: str = "", dusun: str = "Kuripan", rw: object = 1,
           rt: object = 2, stage: str = "", country: str = "", sector: str = "", job: str = "", route: str = "",
           departed: date | None = None, returned: date | None = None, phone: str = "", prefix: str = "330709",
           place: str = "Wonosobo") -> list[object]:
    """One register row in HEADER order (dates as DD/MM/YYYY text)."""
    return [nik(born, sex, serial, prefix), kk, name, sex, place, dmy(born), rel, dusun, rw, rt, phone, stage, country,
            sector, job, route, dmy(departed), dmy(returned)]


def good_rows() -> list[list[object]]:
    """Three families, seven people, three migrants (aktif, purna, calon)."""
    return [
        person("Slamet Riyadi", "L", date(1980, 5, 1), 1, KK1, "Kepala Keluarga", phone="081227345611"),
        person("Sularmi", "P", date(1985, 2, 14), 2, KK1, "Istri", stage="aktif", country="Hong Kong", sector="informal",
               job="Penata Laksana Rumah Tangga", route="prosedural", departed=date(2024, 3, 1)),
        person("Dwi Lestari", "P", date(2010, 7, 9), 3, KK1, "Anak"),
        person("Paiman", "L", date(1975, 1, 30), 4, KK2, "Kepala Keluarga", "Sigaluh", 2, 3, stage="purna",
               country="Malaysia", sector="formal", job="Pekerja Kebun", route="prosedural", departed=date(2015, 6, 1),
               returned=date(2019, 8, 17)),
        person("Ngatini", "P", date(1979, 11, 5), 5, KK2, "istri", "Sigaluh", 2, 3),
        person("Rina Wulandari", "P", date(2003, 3, 18), 6, KK2, "Anak", "Sigaluh", 2, 3, stage="calon", country="Taiwan"),
        person("Wagiyo", "L", date(1960, 8, 17), 7, KK3, "", "Kuripan", 1, 1),
    ]


@dataclass
class Files:
    """Writes register files into one folder; also hands out the row helpers above."""

    dir: Path
    HEADER = HEADER
    KK1, KK2, KK3 = KK1, KK2, KK3
    person = staticmethod(person)
    good_rows = staticmethod(good_rows)
    nik = staticmethod(nik)

    def csv(self, rows: list[list[object]], header: list[str] = HEADER, name: str = "data.csv", delimiter: str = ",",
            bom: bool = False) -> Path:
        path = self.dir / name
        with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
            writer.writerow(header)
            writer.writerows(rows)
        return path

    def xlsx(self, rows: list[list[object]], header: list[str] = HEADER, name: str = "data.xlsx") -> Path:
        wb = Workbook()
        ws = wb.active
        ws.title = "Penduduk"
        ws.append(header)
        for row in rows:
            ws.append(row)
        wb.save(self.dir / name)
        return self.dir / name


@pytest.fixture
def files(tmp_path) -> Files:
    folder = tmp_path / "berkas"
    folder.mkdir()
    return Files(folder)
