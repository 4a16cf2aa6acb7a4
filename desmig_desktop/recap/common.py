"""What the Excel and PDF recaps share: the summary tables and the texts around the register.

The dataset holds codes; the words of every row and total are made here, in the language of the moment."""

from __future__ import annotations

from typing import Callable

from desmig_desktop.core.formatting import long_date, number
from desmig_desktop.core.i18n import _, label
from desmig_desktop.recap.dataset import UNDERAGE, CountRow, RecapData
from desmig_desktop.registry import enums
from desmig_desktop.reports.letterhead import village_kind
from desmig_desktop.reports.tables import CountTable, Line


def sex_headers() -> tuple[str, str, str]:
    return label(enums.SEXES, "L"), label(enums.SEXES, "P"), _("Jumlah")


def _line(text: str, row: CountRow) -> Line:
    return Line(text, row.male, row.female, row.total)


def _lines(rows: tuple[CountRow, ...], words: Callable[[str], str]) -> tuple[Line, ...]:
    """The rows as shown: each key (a code, or data such as a country) in words; "" is a field left empty."""
    unfilled = _("(tidak diisi)")
    return tuple(_line(words(r.key) if r.key else unfilled, r) for r in rows)


def _total(rows: tuple[CountRow, ...]) -> Line:
    return _line(_("Jumlah"), CountRow("", sum(r.male for r in rows), sum(r.female for r in rows)))


def flow_label(code: str) -> str:
    """`departed` -> `Keberangkatan`."""
    return {"registered": _("Pendaftaran calon PMI"), "departed": _("Keberangkatan"),
            "returned": _("Kepulangan")}.get(code, code)


def lost_contact_line(data: RecapData) -> Line:
    """PMI aktif without contact, by sex from the register when it agrees with the recap's count."""
    lost = [r for r in data.register if r.status == "aktif" and r.lost_contact]
    male = sum(1 for r in lost if r.sex == "L")
    female = sum(1 for r in lost if r.sex == "P")
    text = _("PMI aktif hilang kontak")
    if male + female != data.lost_contact:  # a register that does not match: the recap's count wins
        return Line(text, None, None, data.lost_contact)
    return Line(text, male, female, data.lost_contact)


def as_of_text(data: RecapData) -> str:
    """The day the recap's facts are as of: the period's last day, and "sementara" with the day the recap was
    made when the period had not ended by then (its figures can still change)."""
    end = long_date(data.period.end)
    if not data.provisional:
        return end
    return _("{end} (sementara: periode belum berakhir, data sampai {made})").format(
        end=end, made=long_date(data.generated_on))


def summary_tables(data: RecapData) -> list[CountTable]:
    """The fixed tables of every recap, in the order both renderers show them."""
    heads = sex_headers()

    def vocabulary(words: dict[str, str]) -> Callable[[str], str]:
        return lambda code: label(words, code)

    def as_is(text: str) -> str:
        return text

    def route(code: str) -> str:
        if code == UNDERAGE:
            return _("Berangkat di bawah umur 18 tahun (non-prosedural, UU 18/2017)")
        return label(enums.ROUTES, code)

    return [
        CountTable(_("Penduduk menurut status dan jenis kelamin"), _("Status"),
                   _lines(data.by_status, vocabulary(enums.STATUSES)),
                   _line(_("Jumlah penduduk terdaftar"), data.registered), heads),
        CountTable(_("PMI aktif menurut negara tujuan"), _("Negara tujuan"), _lines(data.by_country, as_is),
                   _total(data.by_country), heads),
        CountTable(_("PMI aktif menurut sektor"), _("Sektor"), _lines(data.by_sector, vocabulary(enums.SECTORS)),
                   _total(data.by_sector), heads),
        CountTable(_("PMI aktif menurut jalur penempatan"), _("Jalur"), _lines(data.by_route, route),
                   _total(data.by_route), heads),
        CountTable(_("Pendaftaran, keberangkatan dan kepulangan dalam periode"), _("Uraian"),
                   _lines(data.flows, flow_label), None, heads),
        CountTable(_("PMI aktif yang hilang kontak"), _("Uraian"), (lost_contact_line(data),), None, heads),
    ] + ([  # shown when someone is registered without a NIK yet (a newborn, a KTP not at hand)
        CountTable(_("Penduduk terdaftar yang NIK-nya belum ada"), _("Uraian"),
                   (_line(_("NIK belum ada"), data.nik_missing),), None, heads),
    ] if data.nik_missing.total else [])


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

