"""Inputs of the registry forms and their pure validation rules (GUI, CLI and import share these)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from desmig_desktop.core.errors import Issue
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import _
from desmig_desktop.registry import enums
from desmig_desktop.registry.nik import check_kk, check_nik, normalise_number
from desmig_desktop.registry.status import PlacementLike, age_on, steps

MIN_DEPARTURE_AGE = 18  # UU 18/2017


@dataclass(frozen=True)
class PersonInput:
    nik: str
    name: str
    sex: str  # L / P
    birth_date: date | None
    birth_place: str = ""
    relationship_to_head: str = "lainnya"
    education: str | None = None
    marital_status: str | None = None
    occupation: str = ""
    phone: str = ""
    household_id: str | None = None
    # The officer marked the NIK "belum ada" (a newborn, a KTP not at hand): saved with no NIK, never invented.
    nik_missing: bool = False


@dataclass(frozen=True)
class HouseholdInput:
    no_kk: str
    dusun_id: str | None = None
    rw: int | None = None
    rt: int | None = None
    address: str = ""


@dataclass(frozen=True)
class PlacementInput:
    stage: str  # calon / aktif / purna
    country: str = ""
    sector: str | None = None
    job: str = ""
    agency: str = ""
    route: str | None = None
    scheme: str | None = None
    registered_on: date | None = None
    departed_on: date | None = None
    returned_on: date | None = None
    return_reason: str = ""
    last_contact_on: date | None = None
    lost_contact: bool = False
    extra: dict[str, str] = field(default_factory=dict)
    departure_note: str = ""  # a departure outside the procedure: what is known (e.g. a falsified age)


def validate_person(p: PersonInput, village_regency: str | None, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if not p.name.strip():
        issues.append(Issue("name", _("Nama wajib diisi: tulis nama lengkap sesuai KTP/KK.")))
    elif len(p.name.strip()) > 100:
        issues.append(Issue("name", _("Nama terlalu panjang (lebih dari 100 huruf): singkat nama tengah.")))
    if p.sex not in enums.SEXES:
        issues.append(Issue("sex", _("Jenis kelamin wajib dipilih: L (laki-laki) atau P (perempuan).")))
    if p.birth_date is None:
        issues.append(Issue("birth_date", _("Tanggal lahir wajib diisi: tulis seperti 22/11/1990.")))
    elif p.birth_date > today:
        issues.append(Issue("birth_date", _("Tanggal lahir tidak boleh sesudah hari ini: periksa tahunnya.")))
    if p.relationship_to_head not in enums.RELATIONSHIPS:
        issues.append(Issue("relationship_to_head", _("Hubungan keluarga tidak dikenal: pilih dari daftar (Kepala Keluarga, Istri, Anak, …).")))
    if p.education is not None and p.education not in enums.EDUCATION:
        issues.append(Issue("education", _("Pendidikan tidak dikenal: pilih dari daftar.")))
    if p.marital_status is not None and p.marital_status not in enums.MARITAL:
        issues.append(Issue("marital_status", _("Status perkawinan tidak dikenal: pilih dari daftar.")))
    phone = p.phone.strip().replace(" ", "").replace("-", "")
    if phone and not (phone.lstrip("+").isdigit() and 8 <= len(phone.lstrip("+")) <= 15):
        issues.append(Issue("phone", _("No. HP harus 8–15 angka (boleh diawali +62): periksa kembali.")))
    sex = p.sex if p.sex in enums.SEXES else None
    if p.nik_missing:
        if normalise_number(p.nik):
            issues.append(Issue("nik", _("NIK ditandai «belum ada» tetapi kolom NIK terisi: kosongkan NIK, atau hapus "
                                         "tanda «NIK belum ada».")))
    elif not normalise_number(p.nik):
        issues.append(Issue("nik", _("NIK wajib diisi: tulis 16 angka sesuai KTP/KK. Bila belum punya NIK (bayi baru "
                                     "lahir, KTP belum dibawa), centang «NIK belum ada» di formulir orang.")))
    else:
        issues.extend(check_nik(p.nik, p.birth_date, sex, village_regency))
    return issues


def validate_household(h: HouseholdInput, today: date) -> list[Issue]:
    return [*check_kk(h.no_kk, today), *validate_address(h.rw, h.rt)]


def validate_address(rw: int | None, rt: int | None) -> list[Issue]:
    """RW and RT of a household's address: each empty or 1–999, and an RT only inside an RW."""
    issues = []
    for name, value in (("rw", rw), ("rt", rt)):
        if value is not None and not (0 < value < 1000):
            issues.append(Issue(name, _("{field} harus angka 1–999.").format(field=name.upper())))
    if rt is not None and rw is None and not issues:
        issues.append(Issue("rw", _("RW wajib diisi bila RT diisi: tulis RW tempat RT itu berada.")))
    return issues


def span(p: PlacementLike) -> tuple[date, date | None] | None:
    """The days a placement takes: from its first dated step until its return or its batal day (None: still
    open); None when it takes no day (no step dated, or only its last one)."""
    dated = steps(p)
    end = p.returned_on or getattr(p, "cancelled_on", None)
    if not dated or (end is not None and end <= dated[0][0]):
        return None
    return dated[0][0], end


def overlap_issue(pl: PlacementLike, others: Iterable[PlacementLike]) -> Issue | None:
    """An error naming the first of `others` whose days overlap `pl`'s (a return day may be the next
    registration day)."""
    mine = span(pl)
    if mine is None:
        return None
    for other in others:
        theirs = span(other)
        if theirs is None:
            continue
        if (mine[1] is None or theirs[0] < mine[1]) and (theirs[1] is None or mine[0] < theirs[1]):
            until = short_date(theirs[1]) if theirs[1] else _("sekarang")
            return Issue("registered_on", _(
                "Penempatan ini bertumpang tindih dengan penempatan lain ({country}, {start} – {end}): seseorang "
                "hanya punya satu penempatan pada satu waktu. Tutup penempatan itu dulu (tanggal pulang atau batal "
                "berangkat), atau periksa tanggalnya.").format(
                country=getattr(other, "country", "") or _("negara belum diisi"), start=short_date(theirs[0]),
                end=until))
    return None


def validate_placement(pl: PlacementInput, birth_date: date | None, today: date,
                       others: Iterable[PlacementLike] = ()) -> list[Issue]:
    """The rules of one placement; `others`: the person's other live placements (they must not overlap)."""
    issues: list[Issue] = []
    if pl.stage not in enums.STAGES:
        issues.append(Issue("stage", _("Tahap PMI wajib dipilih: calon, aktif atau purna.")))
        return issues
    if pl.sector is not None and pl.sector not in enums.SECTORS:
        issues.append(Issue("sector", _("Sektor harus formal atau informal.")))
    if pl.route is not None and pl.route not in enums.ROUTES:
        issues.append(Issue("route", _("Jalur harus prosedural atau non-prosedural.")))
    if pl.scheme is not None and pl.scheme not in enums.SCHEMES:
        issues.append(Issue("scheme", _("Skema penempatan harus G-to-G, P-to-P atau mandiri.")))
    if pl.stage in ("aktif", "purna") and not pl.country.strip():
        issues.append(Issue("country", _("Negara tujuan wajib diisi untuk PMI aktif/purna.")))
    if pl.stage == "aktif" and pl.departed_on is None:
        issues.append(Issue("departed_on", _("Tanggal berangkat wajib diisi untuk PMI aktif.")))
    if pl.stage == "aktif" and pl.returned_on is not None:
        issues.append(Issue("returned_on", _("PMI aktif belum pulang: kosongkan tanggal pulang, atau ubah tahap menjadi purna.")))
    if pl.stage == "purna" and pl.returned_on is None:
        issues.append(Issue("returned_on", _("Tanggal pulang wajib diisi untuk PMI purna.")))
    if pl.stage == "calon" and (pl.departed_on is not None or pl.returned_on is not None):
        issues.append(Issue("stage", _("Calon PMI belum berangkat: kosongkan tanggal berangkat/pulang, atau ubah tahap menjadi aktif/purna.")))
    for name, value, label in (
        ("registered_on", pl.registered_on, _("Tanggal daftar")),
        ("departed_on", pl.departed_on, _("Tanggal berangkat")),
        ("returned_on", pl.returned_on, _("Tanggal pulang")),
        ("last_contact_on", pl.last_contact_on, _("Tanggal kontak terakhir")),
    ):
        if value is not None and value > today:
            issues.append(Issue(name, _("{label} tidak boleh sesudah hari ini.").format(label=label)))
    if pl.departed_on and pl.returned_on and pl.returned_on < pl.departed_on:
        issues.append(Issue("returned_on", _("Tanggal pulang harus sesudah tanggal berangkat.")))
    if pl.registered_on and pl.departed_on and pl.departed_on < pl.registered_on:
        issues.append(Issue("departed_on", _("Tanggal berangkat harus sesudah tanggal daftar.")))
    if pl.departed_on is not None and birth_date is not None:
        age = age_on(birth_date, pl.departed_on)
        if age < MIN_DEPARTURE_AGE and not is_recorded_underage_fact(pl):
            issues.append(
                Issue(
                    "departed_on",
                    _("Keberangkatan ditolak: umur pada tanggal berangkat baru {age} tahun, padahal PMI minimal 18 tahun (UU 18/2017). Periksa tanggal lahir — pemalsuan umur adalah pelanggaran.").format(age=age)
                    + " " + _("Jika keberangkatan itu sudah terjadi, catat sebagai fakta: jalur non-prosedural dengan catatan keberangkatan."),
                )
            )
    if pl.stage == "calon" and birth_date is not None:
        age = age_on(birth_date, pl.registered_on or today)
        if age < MIN_DEPARTURE_AGE:
            issues.append(Issue("registered_on", _(
                "Calon PMI ini baru berumur {age} tahun: belum boleh berangkat sebelum 18 tahun (UU 18/2017). "
                "Periksa tanggal lahir.").format(age=age), warning=True))
    overlap = overlap_issue(pl, others)
    if overlap is not None:
        issues.append(overlap)
    return issues


def is_recorded_underage_fact(pl: PlacementInput) -> bool:
    """A departure under 18 that already happened, recorded as a fact: non-procedural, with a note."""
    return pl.route == "non_prosedural" and bool(pl.departure_note.strip())


def departed_under_age(birth_date: date | None, departed_on: date | None) -> bool:
    """Whether a departure happened before the person was 18 (di bawah umur, UU 18/2017)."""
    return birth_date is not None and departed_on is not None and age_on(birth_date, departed_on) < MIN_DEPARTURE_AGE


def clean_number(value: str) -> str:
    return normalise_number(value)
