"""NIK and No. KK rules.

NIK: 16 digits = province 2, regency 2, kecamatan 2, birth date DDMMYY (day + 40 for women),
serial 4 (from 0001). No check digit. The province (first two digits) must be one of the Kemendagri
province codes (resources/regions/provinces.csv, 38 provinces): another is an error. The prefix is where
the NIK was first issued, so a regency other than the village's is only a warning.
No. KK: 16 digits = issuing area 6, registration date DDMMYY, serial 4 (from 0001). The registration date
cannot be after the `today` the rule is given (dates are history): it is read as 20YY, or 19YY when 20YY
is after today; a reading before KK_FIRST_YEAR is no No. KK of this form, so it counts as in the future.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import cache

from desmig_desktop.core.errors import Issue
from desmig_desktop.core.i18n import _
from desmig_desktop.core.paths import resources_dir

KK_FIRST_YEAR = 1970


@cache
def provinces() -> dict[str, str]:
    """Kemendagri province code -> name, read once from resources/regions/provinces.csv."""
    with open(resources_dir() / "regions" / "provinces.csv", encoding="utf-8", newline="") as f:
        return {row["code"]: row["name"] for row in csv.DictReader(f)}


@dataclass(frozen=True)
class NikInfo:
    province: str
    regency: str  # 4 digits: province + regency, e.g. 3307 for Wonosobo
    kecamatan: str  # 6 digits
    day: int
    month: int
    yy: int
    sex: str  # L / P
    serial: str

    def birth_date_in(self, century: int) -> date:
        return date(century + self.yy, self.month, self.day)

    def matches(self, birth_date: date) -> bool:
        return (birth_date.day, birth_date.month, birth_date.year % 100) == (self.day, self.month, self.yy)


def _digits(value: str) -> str:
    return "".join(value.split())


def _valid_ddmmyy(day: int, month: int, yy: int) -> bool:
    # A date is possible if it exists in some century (29 Feb needs a leap year: any yy % 4 == 0,
    # since 2000 is a leap year and the two-digit year also stands for 20yy).
    for century in (1900, 2000):
        try:
            date(century + yy, month, day)
            return True
        except ValueError:
            continue
    return False


def parse_nik(value: str) -> tuple[NikInfo | None, list[Issue]]:
    """Parse a NIK. Returns (info or None, issues)."""
    nik = _digits(value)
    if not nik:
        return None, [Issue("nik", _("NIK wajib diisi: tulis 16 angka sesuai KTP/KK."))]
    if not nik.isdigit() or len(nik) != 16:
        return None, [
            Issue("nik", _("NIK harus 16 angka (sekarang {n} karakter): periksa kembali sesuai KTP/KK.").format(n=len(nik)))
        ]
    dd, mm, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex = "L"
    if dd > 40:
        dd -= 40
        sex = "P"
    if not _valid_ddmmyy(dd, mm, yy):
        return None, [
            Issue(
                "nik",
                _("NIK angka ke-7 s.d. 12 ({part}) bukan tanggal lahir yang sah (DDMMYY, tanggal + 40 untuk perempuan): periksa kembali NIK.").format(part=nik[6:12]),
            )
        ]
    if nik[:2] not in provinces():
        return None, [Issue("nik", _("NIK angka ke-1 dan 2 ({part}) bukan kode provinsi Indonesia (11 Aceh s.d. 96 "
                                     "Papua Barat Daya): periksa kembali NIK sesuai KTP/KK.").format(part=nik[:2]))]
    if nik[12:] == "0000":
        return None, [Issue("nik", _("NIK angka ke-13 s.d. 16 (nomor urut) tidak boleh 0000: nomor urut mulai dari "
                                     "0001. Periksa kembali NIK sesuai KTP/KK."))]
    info = NikInfo(nik[:2], nik[:4], nik[:6], dd, mm, yy, sex, nik[12:])
    return info, []


def check_nik(
    value: str, birth_date: date | None, sex: str | None, village_regency: str | None = None
) -> list[Issue]:
    """All NIK rules for one person: format, agreement with birth date and sex, region prefix."""
    info, issues = parse_nik(value)
    if info is None:
        return issues
    if birth_date is not None and not info.matches(birth_date):
        issues.append(
            Issue(
                "nik",
                _("NIK tidak cocok dengan tanggal lahir: NIK menunjuk {nik_date}, tanggal lahir {birth}. Perbaiki NIK atau tanggal lahir.").format(
                    nik_date=f"{info.day:02d}-{info.month:02d}-{info.yy:02d}",
                    birth=birth_date.strftime("%d-%m-%Y"),
                ),
            )
        )
    if sex in ("L", "P") and sex != info.sex:
        issues.append(
            Issue(
                "nik",
                _("NIK tidak cocok dengan jenis kelamin: untuk perempuan tanggal pada NIK ditambah 40. Perbaiki NIK atau jenis kelamin."),
            )
        )
    if village_regency and len(village_regency) == 4 and info.regency != village_regency:
        issues.append(
            Issue(
                "nik",
                _("Kode wilayah NIK ({prefix}) berbeda dengan kabupaten desa ini ({village}). Boleh disimpan bila NIK memang terbit di daerah lain.").format(
                    prefix=info.regency, village=village_regency
                ),
                warning=True,
            )
        )
    return issues


def kk_registered_on(day: int, month: int, yy: int, today: date) -> date | None:
    """The registration date DDMMYY of a No. KK read against `today` (see the module's docstring); None when it
    can only be after today (or before KK_FIRST_YEAR) or is no date."""
    for century in (2000, 1900):
        try:
            on = date(century + yy, month, day)
        except ValueError:
            continue
        if KK_FIRST_YEAR <= on.year and on <= today:
            return on
    return None


def check_kk(value: str, today: date | None = None) -> list[Issue]:
    """Format, registration date (not after `today`, when given), province and serial of a No. KK."""
    kk = _digits(value)
    if not kk:
        return [Issue("no_kk", _("No. KK wajib diisi: tulis 16 angka sesuai Kartu Keluarga."))]
    if not kk.isdigit() or len(kk) != 16:
        return [Issue("no_kk", _("No. KK harus 16 angka (sekarang {n} karakter): periksa kembali Kartu Keluarga.").format(n=len(kk)))]
    dd, mm, yy = int(kk[6:8]), int(kk[8:10]), int(kk[10:12])
    if not _valid_ddmmyy(dd, mm, yy):
        return [
            Issue(
                "no_kk",
                _("No. KK angka ke-7 s.d. 12 ({part}) bukan tanggal terbit yang sah (DDMMYY): periksa kembali No. KK.").format(part=kk[6:12]),
            )
        ]
    if today is not None and kk_registered_on(dd, mm, yy, today) is None:
        return [Issue("no_kk", _("No. KK angka ke-7 s.d. 12 ({part}) menunjuk tanggal terbit sesudah hari ini ({today}): "
                                 "periksa kembali No. KK sesuai Kartu Keluarga.").format(
            part=kk[6:12], today=today.strftime("%d/%m/%Y")))]
    if kk[:2] not in provinces():
        return [Issue("no_kk", _("No. KK angka ke-1 dan 2 ({part}) bukan kode provinsi Indonesia (11 Aceh s.d. 96 "
                                 "Papua Barat Daya): periksa kembali No. KK.").format(part=kk[:2]))]
    if kk[12:] == "0000":
        return [Issue("no_kk", _("No. KK angka ke-13 s.d. 16 (nomor urut) tidak boleh 0000: nomor urut mulai dari "
                                 "0001. Periksa kembali No. KK."))]
    return []


def normalise_number(value: str) -> str:
    """NIK/KK as stored: digits only, no spaces."""
    return _digits(value)


def make_nik(kecamatan6: str, birth_date: date, sex: str, serial: int) -> str:
    """Build a NIK (demo data, tests)."""
    day = birth_date.day + (40 if sex == "P" else 0)
    return f"{kecamatan6}{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}{serial:04d}"
