"""Pure rules of the production groups: vocabularies, membership overlap, retention, profit split."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
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

# Idul Fitri (1 Syawal) dates, for "yearly before Lebaran" share-outs.
LEBARAN = {
    2016: date(2016, 7, 6), 2017: date(2017, 6, 25), 2018: date(2018, 6, 15), 2019: date(2019, 6, 5),
    2020: date(2020, 5, 24), 2021: date(2021, 5, 13), 2022: date(2022, 5, 2), 2023: date(2023, 4, 22),
    2024: date(2024, 4, 10), 2025: date(2025, 3, 31), 2026: date(2026, 3, 20), 2027: date(2027, 3, 10),
    2028: date(2028, 2, 27), 2029: date(2029, 2, 14), 2030: date(2030, 2, 4),
}
LEBARAN_WINDOW_DAYS = 45  # a share-out is "due" within this many days before Lebaran


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


@dataclass(frozen=True)
class ShareLine:
    person_id: str
    batches: int
    amount: int


def split_profit(profit: int, batches_by_person: dict[str, int], rule: str) -> tuple[list[ShareLine], int]:
    """Split a profit in whole Rupiah. Returns (lines, remainder kept in the group cash).

    `equal`: same amount to everyone who took part in at least one batch.
    `by_batches`: proportional to the number of batches each took part in.
    Nobody with zero batches gets a line; a loss or zero profit distributes nothing.
    """
    takers = {p: n for p, n in batches_by_person.items() if n > 0}
    if profit <= 0 or not takers:
        return [ShareLine(p, n, 0) for p, n in sorted(takers.items())], max(profit, 0)
    people = sorted(takers)
    if rule == "by_batches":
        total = sum(takers.values())
        amounts = {p: profit * takers[p] // total for p in people}
    else:
        each = profit // len(people)
        amounts = {p: each for p in people}
    lines = [ShareLine(p, takers[p], amounts[p]) for p in people]
    return lines, profit - sum(amounts.values())


def lebaran_of(year: int) -> date | None:
    return LEBARAN.get(year)
