"""What the Excel and PDF recaps share: the summary tables, the title texts and the atomic write."""

from __future__ import annotations

from dataclasses import dataclass

from desmig_desktop.domain import enums
from desmig_desktop.domain.formatting import long_date, number
from desmig_desktop.i18n import _
from desmig_desktop.services.dto import VillageDTO
from desmig_desktop.services.recap import CountRow, RecapData

CREATOR = "Desmig Desktop"


@dataclass(frozen=True)
class Line:
    """One table row as shown: a split by sex may be unknown (None), the total never is."""

    label: str
    male: int | None
    female: int | None
    total: int

    @classmethod
    def of(cls, row: CountRow) -> "Line":
        return cls(row.label, row.male, row.female, row.total)


@dataclass(frozen=True)
class CountTable:
    """One summary table: rows counted by sex, an optional total row (values, never formulas)."""

    title: str
    first_header: str
    rows: tuple[Line, ...]
    total: Line | None = None


def sex_headers() -> tuple[str, str, str]:
    return enums.label(enums.SEXES, "L"), enums.label(enums.SEXES, "P"), _("Jumlah")


def _lines(rows: tuple[CountRow, ...]) -> tuple[Line, ...]:
    return tuple(Line.of(r) for r in rows)


def _total(rows: tuple[CountRow, ...]) -> Line:
    return Line.of(CountRow(_("Jumlah"), sum(r.male for r in rows), sum(r.female for r in rows)))


def lost_contact_line(data: RecapData) -> Line:
    """PMI aktif without contact, by sex from the register when it agrees with the recap's count."""
    lost = [r for r in data.register if r.status == "aktif" and r.lost_contact]
    male = sum(1 for r in lost if r.sex == "L")
    female = sum(1 for r in lost if r.sex == "P")
    text = _("PMI aktif hilang kontak")
    if male + female != data.lost_contact:  # a register that does not match: the recap's count wins
        return Line(text, None, None, data.lost_contact)
    return Line(text, male, female, data.lost_contact)


def summary_tables(data: RecapData) -> list[CountTable]:
    """The fixed tables of every recap, in the order both renderers show them."""
    status_rows, status_total = data.by_status, None
    if status_rows and status_rows[-1].label == _("Jumlah penduduk terdaftar"):
        status_rows, status_total = status_rows[:-1], status_rows[-1]
    return [
        CountTable(_("Penduduk menurut status dan jenis kelamin"), _("Status"), _lines(status_rows),
                   Line.of(status_total) if status_total else None),
        CountTable(_("PMI aktif menurut negara tujuan"), _("Negara tujuan"), _lines(data.by_country),
                   _total(data.by_country)),
        CountTable(_("PMI aktif menurut sektor"), _("Sektor"), _lines(data.by_sector), _total(data.by_sector)),
        CountTable(_("PMI aktif menurut jalur penempatan"), _("Jalur"), _lines(data.by_route), _total(data.by_route)),
        CountTable(_("Pendaftaran, keberangkatan dan kepulangan dalam periode"), _("Uraian"), _lines(data.flows)),
        CountTable(_("PMI aktif yang hilang kontak"), _("Uraian"), (lost_contact_line(data),)),
    ]


def village_kind(village: VillageDTO) -> str:
    """`Desa` or `Kelurahan`: the Kemendagri code's village part starts with 2 for a desa, 1 for a kelurahan."""
    code = village.code
    return _("Kelurahan") if len(code) == 10 and code[6] == "1" else _("Desa")


def village_title(village: VillageDTO) -> str:
    """`Desa Kuripan` (`Kuripan Village` in English): kind and name in the order the language wants."""
    if village_kind(village) == _("Kelurahan"):
        return _("Kelurahan {name}").format(name=village.name)
    return _("Desa {name}").format(name=village.name)


def regency_title(village: VillageDTO) -> str:
    """`Kabupaten Wonosobo`, or the name as written when it already says Kota/Kabupaten."""
    name = village.kabupaten.strip()
    if name.lower().startswith(("kota ", "kabupaten ", "kab. ")):
        return name
    return _("Kabupaten {name}").format(name=name)


def region_line(village: VillageDTO) -> str:
    """`Kec. Watumalang, Kab. Wonosobo, Prov. Jawa Tengah`."""
    kec, kab, prov = village.kecamatan.strip(), village.kabupaten.strip(), village.provinsi.strip()
    if kab and not kab.lower().startswith(("kota ", "kabupaten ", "kab. ")):
        kab = _("Kab. {name}").format(name=kab)
    parts = [_("Kec. {name}").format(name=kec) if kec else "", kab, _("Prov. {name}").format(name=prov) if prov else ""]
    return ", ".join(p for p in parts if p)


def period_line(data: RecapData) -> str:
    """`November 2026 (1 November 2026 s.d. 30 November 2026)`."""
    p = data.period
    return _("{label} ({start} s.d. {end})").format(label=p.label, start=long_date(p.start), end=long_date(p.end))


def register_note(data: RecapData, include_nik: bool, in_workbook: bool = False) -> str:
    """The closing note on the register: its size and where it is (the register is Excel-only)."""
    if in_workbook:
        text = _("Jumlah orang dalam register PMI: {n} orang (rincian per orang ada di lembar \u201cRegister PMI\u201d).")
    else:
        text = _("Jumlah orang dalam register PMI: {n} orang "
                 "(rincian per orang ada di berkas Excel, lembar \u201cRegister PMI\u201d).")
    text = text.format(n=number(len(data.register)))
    if not include_nik:
        text += " " + _("NIK dan No. KK disamarkan untuk melindungi data pribadi.")
    return text


def document_title(data: RecapData) -> str:
    """`Rekap Desmigratif Desa Kuripan — November 2026` (file properties, PDF title)."""
    return _("Rekap Desmigratif {kind} {village} \u2014 {period}").format(
        kind=village_kind(data.village), village=data.village.name, period=data.period.label)

