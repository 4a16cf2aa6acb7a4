"""Pure rules of the production groups: vocabularies, membership overlap, retention, profit split, Lebaran."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable

from desmig_desktop.core.i18n import N_

GROUP_STATUSES = {"aktif": N_("Aktif"), "berhenti": N_("Berhenti")}
ROLES = {"ketua": N_("Ketua"), "sekretaris": N_("Sekretaris"), "bendahara": N_("Bendahara"), "anggota": N_("Anggota")}
LEAVE_REASONS = {
    "pindah": N_("Pindah"),
    "kerja_luar_negeri": N_("Kembali bekerja ke luar negeri"),
    "usaha_sendiri": N_("Usaha sendiri"),
    "tidak_berminat": N_("Tidak berminat"),
    "sibuk_keluarga": N_("Mengurus keluarga"),
    "sakit": N_("Sakit"),
    "meninggal": N_("Meninggal"),
    "lainnya": N_("Lainnya"),
}
PIRT_STATUSES = {"belum": N_("Belum ada"), "proses": N_("Dalam proses"), "terbit": N_("Terbit"), "kedaluwarsa": N_("Kedaluwarsa")}
AID_KINDS = {"peralatan": N_("Peralatan"), "modal_uang": N_("Modal uang"), "bahan_baku": N_("Bahan baku"), "promosi": N_("Promosi/pameran")}
AID_SOURCES = {
    "kemnaker": "Kemnaker",
    "pemdes": N_("Pemerintah Desa"),
    "disnaker": "Disnaker",
    "bank": N_("Bank"),
    "bumn": N_("BUMN"),
    "lainnya": N_("Lainnya"),
}
CONDITIONS = {"baik": N_("Baik"), "rusak_ringan": N_("Rusak ringan"), "rusak_berat": N_("Rusak berat"), "hilang": N_("Hilang")}
CHANNELS = {
    "pameran": N_("Pameran/bazar"),
    "whatsapp": "WhatsApp",
    "instagram": "Instagram",
    "facebook": "Facebook",
    "web_desa": N_("Web desa"),
    "toko": N_("Toko/warung"),
    "pesanan": N_("Pesanan"),
}
SHARE_RULES = {"equal": N_("Sama rata di antara anggota yang ikut produksi"), "by_batches": N_("Menurut jumlah produksi yang diikuti")}
DUE_RULES = {"after_runs": N_("Setelah N kali produksi"), "lebaran": N_("Setahun sekali menjelang Lebaran")}

# Lebaran (Idul Fitri, 1 Syawal), for "yearly before Lebaran" share-outs: the Umm al-Qura calendar of the
# `hijridate` library (Hijri years 1343-1500, Gregorian 1924-2077), except where Indonesia's official date,
# set by the Kemenag's sidang isbat (MABIMS criteria), fell on another day: add a year here once it is announced.
LEBARAN_OFFICIAL = {  # Hijri year -> 1 Syawal in Indonesia
    1440: date(2019, 6, 5), 1444: date(2023, 4, 22), 1446: date(2025, 3, 31), 1447: date(2026, 3, 21),
}
MEAN_HIJRI_YEAR = 354.36706  # days (12 mean synodic months): estimates 1 Syawal outside the library's range
LEBARAN_WINDOW_DAYS = 45  # a share-out is "due" within this many days before Lebaran
SHARE_ROUNDINGS = (100, 500, 1000)  # Rupiah: every share is a multiple of the group's unit, the rest stays in the cash


def is_rupiah(value: object, minimum: int = 0) -> bool:
    """Money is whole Rupiah: an `int` (not a float such as 15000.0, not a bool) of at least `minimum`."""
    return type(value) is int and value >= minimum


@dataclass(frozen=True)
class Span:
    joined_on: date
    left_on: date | None

    def active_on(self, day: date) -> bool:
        return self.joined_on <= day and (self.left_on is None or self.left_on > day)


def overlaps(a: Span, b: Span) -> bool:
    """Two membership spans of one person in one group overlap (a left day is the first day out)."""
    a_end = a.left_on or date.max
    b_end = b.left_on or date.max
    return a.joined_on < b_end and b.joined_on < a_end


def retention(spans: Iterable[Span], start: date, end: date) -> tuple[int, int]:
    """(members at the start of the period, of whom still active at its end)."""
    at_start = [s for s in spans if s.active_on(start)]
    kept = [s for s in at_start if s.left_on is None or s.left_on > end]
    return len(at_start), len(kept)


UNIQUE_ROLES = ("ketua", "sekretaris", "bendahara")  # one holder at a time in a group

# A leave reason the registry should agree with: the code of the contradiction, and the life event that
# would record what is missing (None: a departure, recorded with the placement dialog).
LEAVE_CONFLICTS = {"kerja_luar_negeri": ("no_departure", None), "pindah": ("no_move_out", "pindah_keluar"),
                   "meninggal": ("no_death", "meninggal")}
DEPARTURE_BEFORE = timedelta(days=90)  # a departure this long before leaving the group still explains it
DEPARTURE_AFTER = timedelta(days=365)  # … or this long after (papers, training, waiting for a visa)


@dataclass(frozen=True)
class LeaveConflict:
    code: str  # no_departure / no_move_out / no_death
    event_kind: str | None  # the life event that would record it, None for a departure


def leave_conflict(reason: str | None, joined_on: date, left_on: date,
                   placements: Iterable[tuple[date | None, date | None, date | None]],
                   events: Iterable[tuple[str, date]]) -> LeaveConflict | None:
    """What the registry lacks to explain a leave reason, or None when it agrees.

    `placements` are (registered_on, departed_on, returned_on); `events` are (kind, date).
    - kerja_luar_negeri: a placement abroad on the leaving day, or registered or departed from
      DEPARTURE_BEFORE before it to DEPARTURE_AFTER after it;
    - pindah: a pindah_keluar dated on or after the day the member joined;
    - meninggal: a death, whenever recorded.
    """
    if reason not in LEAVE_CONFLICTS:
        return None
    code, kind = LEAVE_CONFLICTS[reason]
    if reason == "kerja_luar_negeri":
        low, high = left_on - DEPARTURE_BEFORE, left_on + DEPARTURE_AFTER
        for registered, departed, returned in placements:
            if departed is not None and departed <= left_on and (returned is None or returned > left_on):
                return None
            if any(d is not None and low <= d <= high for d in (registered, departed)):
                return None
        return LeaveConflict(code, kind)
    if reason == "pindah" and any(k == "pindah_keluar" and d >= joined_on for k, d in events):
        return None
    if reason == "meninggal" and any(k == "meninggal" for k, _d in events):
        return None
    return LeaveConflict(code, kind)


@dataclass(frozen=True)
class ShareLine:
    person_id: str
    batches: int
    amount: int


def split_profit(profit: int, batches_by_person: dict[str, int], rule: str, unit: int = 1) -> tuple[list[ShareLine], int]:
    """Split a distributable amount into shares a treasurer can pay. Returns (lines, remainder kept in the group cash).

    Every share is a multiple of `unit` (the group's rounding, Rp100/500/1.000), rounded down:
    `equal`: the same amount to everyone who took part in at least one batch;
    `by_batches`: proportional to the number of batches each took part in (equal batches, equal shares).
    sum(shares) + remainder == profit and 0 <= remainder < unit × takers. Nobody with zero batches gets a line;
    a loss or zero distributes nothing; with nobody who took part, all of it stays as the remainder.
    """
    takers = {p: n for p, n in batches_by_person.items() if n > 0}
    if profit <= 0 or not takers:
        return [ShareLine(p, n, 0) for p, n in sorted(takers.items())], max(profit, 0)
    people = sorted(takers)
    if rule == "by_batches":
        total = sum(takers.values())
        amounts = {p: profit * takers[p] // (total * unit) * unit for p in people}
    else:
        each = profit // (len(people) * unit) * unit
        amounts = {p: each for p in people}
    lines = [ShareLine(p, takers[p], amounts[p]) for p in people]
    return lines, profit - sum(amounts.values())


@lru_cache(maxsize=256)
def syawal_first(hijri_year: int) -> date:
    """1 Syawal of a Hijri year as Indonesia keeps it (see LEBARAN_OFFICIAL); outside the Umm al-Qura range an
    estimate from its last year by the mean Hijri year (within a day or two)."""
    from hijridate import Hijri  # read on first use, not at launch
    from hijridate.ummalqura import HIJRI_RANGE

    if hijri_year in LEBARAN_OFFICIAL:
        return LEBARAN_OFFICIAL[hijri_year]
    known = min(max(hijri_year, HIJRI_RANGE[0][0]), HIJRI_RANGE[1][0])
    day = Hijri(known, 10, 1).to_gregorian()
    return date(day.year, day.month, day.day) + timedelta(days=round((hijri_year - known) * MEAN_HIJRI_YEAR))


def lebaran_dates(year: int) -> list[date]:
    """Every Lebaran in a Gregorian year: one, or two when they fall early in January and late in December
    (2000, 2033, 2065, 2098)."""
    around = (year - 622) * 33 // 32  # the Hijri year in which the Gregorian one begins, give or take one
    return sorted(d for h in range(around - 2, around + 3) if (d := syawal_first(h)).year == year)


def lebaran_of(year: int) -> date:
    """The first Lebaran of a Gregorian year."""
    return lebaran_dates(year)[0]


def next_lebaran(day: date) -> date:
    """The first Lebaran on or after `day`."""
    return next(d for y in (day.year, day.year + 1) for d in lebaran_dates(y) if d >= day)


def lebaran_before(day: date) -> date:
    """The last Lebaran strictly before `day`."""
    return max(d for y in (day.year - 1, day.year) for d in lebaran_dates(y) if d < day)
