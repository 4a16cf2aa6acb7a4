"""The Pusat Layanan Migrasi section of the recap as plain tables of values (Usaha Produktif's `GroupTable`), with
the words made here from the section's codes; `section_xlsx` puts them on their own sheet, `section_pdf` in the
PDF. Counts only: the section carries no name and no text of a person, and neither do these tables.
"""

from __future__ import annotations

from desmig_desktop.core.formatting import _locale, _number_format
from desmig_desktop.core.i18n import _, label
from desmig_desktop.production.reports.section import COUNT, NO, TEXT, Band, Column, GroupTable
from desmig_desktop.service_centre.codes import (
    AK1_STATUSES,
    COMPLAINT_CATEGORIES,
    COMPLAINT_STATUSES,
    PURPOSES,
    RISKS,
)
from desmig_desktop.service_centre.services.recap import ServiceSection


def section_title() -> str:
    return _("Pusat Layanan Migrasi")


def days_text(days: float | None) -> str | None:
    """`22 hari`, `22,5 hari` (a median of whole days ends in ,5 at most); None when nothing was closed."""
    if days is None:
        return None
    return _("{days} hari").format(days=_number_format("#,##0.#", _locale())(days))


def _numbered(lines: list[tuple[str, object]]) -> tuple[tuple[object, ...], ...]:
    return tuple((n, text, value) for n, (text, value) in enumerate(lines, 1))


def _summary(s: ServiceSection) -> GroupTable:
    routes = dict(s.departures)
    lines: list[tuple[str, object]] = [
        (_("Kunjungan ke Pusat Layanan (buku tamu)"), s.visits_total),
        (_("Permohonan AK-1 baru"), s.ak1_opened),
        (_("Kartu AK-1 terbit"), s.ak1_issued),
        (_("Kartu AK-1 wajib lapor atau perpanjang dalam 30 hari (atau terlambat)"), s.ak1_due),
        (_("Keberangkatan prosedural"), routes.get("prosedural", 0)),
        (_("Keberangkatan non-prosedural"), routes.get("non_prosedural", 0)),
    ]
    if routes.get(""):
        lines.append((_("Keberangkatan tanpa keterangan jalur"), routes[""]))
    lines += [
        (_("Calon PMI pada akhir periode"), s.calon),
        (_("Calon PMI berisiko pada akhir periode"), s.calon_at_risk),
        (_("Pengaduan baru"), sum(c.opened for c in s.complaints)),
        (_("Pengaduan masih terbuka pada akhir periode"), s.complaints_open),
        (_("Pengaduan selesai"), s.closed),
        (_("Median lama penyelesaian pengaduan"), days_text(s.median_days_to_close)),
        (_("Kasus putus kontak terbuka pada akhir periode"), s.lost_contact),
    ]
    cols = (Column(_("No."), NO), Column(_("Uraian"), TEXT), Column(_("Jumlah"), COUNT))
    note = _("Angka dalam periode kecuali yang disebut \u201cpada akhir periode\u201d. Median lama penyelesaian: "
             "dari pengaduan yang selesai dalam periode, hari dari pengaduan masuk sampai selesai.")
    return GroupTable(_("Ringkasan layanan"), cols, _numbered(lines), note=note)


def _visits(s: ServiceSection) -> GroupTable:
    cols = (Column(_("No."), NO), Column(_("Keperluan"), TEXT), Column(_("Warga desa")),
            Column(_("Tamu luar desa"), COUNT, _("Luar desa")), Column(_("Jumlah")))
    body = tuple((n, label(PURPOSES, v.code), v.villagers, v.outsiders, v.total)
                 for n, v in enumerate(s.visits, 1))
    total = ("", _("Jumlah"), *(sum(line[i] for line in body) for i in (2, 3, 4)))  # type: ignore[misc]
    note = _("Tamu luar desa tidak terdaftar di desa ini dan hanya dilayani untuk informasi.")
    return GroupTable(_("Kunjungan buku tamu menurut keperluan"), cols, body, total, note=note)


def _ak1(s: ServiceSection) -> GroupTable:
    cols = (Column(_("No."), NO), Column(_("Status"), TEXT), Column(_("Permohonan"), COUNT))
    body = tuple((n, label(AK1_STATUSES, code), count) for n, (code, count) in enumerate(s.ak1_by_status, 1))
    total = ("", _("Jumlah"), sum(count for _code, count in s.ak1_by_status))
    note = _("Status setiap permohonan pada tanggal akhir periode, menurut tanggal langkah-langkahnya.")
    return GroupTable(_("Permohonan AK-1 (kartu kuning) menurut status pada akhir periode"), cols, body, total,
                      note=note)


def _risks(s: ServiceSection) -> GroupTable:
    cols = (Column(_("No."), NO), Column(_("Alasan berisiko"), TEXT), Column(_("Calon PMI"), COUNT))
    body = tuple((n, label(RISKS, code), count) for n, (code, count) in enumerate(s.risks, 1))
    note = _("{risk} dari {calon} calon PMI berisiko pada akhir periode; satu calon dapat berisiko karena lebih "
             "dari satu alasan.").format(risk=s.calon_at_risk, calon=s.calon)
    return GroupTable(_("Calon PMI berisiko menurut alasan"), cols, body, note=note)


def _complaints(s: ServiceSection) -> GroupTable:
    cols = (Column(_("No."), NO), Column(_("Kategori"), TEXT), Column(_("Masuk dalam periode"), COUNT, _("Masuk")),
            *(Column(_(text)) for text in COMPLAINT_STATUSES.values()), Column(_("Jumlah")))
    body = tuple((n, label(COMPLAINT_CATEGORIES, c.code), c.opened, *(k for _s, k in c.by_status),
                  sum(k for _s, k in c.by_status))
                 for n, c in enumerate(s.complaints, 1))
    width = 3 + len(COMPLAINT_STATUSES) + 1
    total = ("", _("Jumlah"), *(sum(line[i] for line in body) for i in range(2, width)))  # type: ignore[misc]
    bands = (Band(None, 3), Band(_("Status pada akhir periode"), len(COMPLAINT_STATUSES) + 1))
    note = _("Hanya kategori dan status yang dihitung: isi pengaduan dan catatan tindak lanjut tidak keluar dari "
             "desa.")
    return GroupTable(_("Pengaduan menurut kategori dan status"), cols, body, total, bands, note)


def _lost(s: ServiceSection) -> GroupTable:
    words = {"flag": _("Ditandai hilang kontak di data penempatan"),
             "no_contact_90": _("Tidak ada kontak lebih dari 90 hari"),
             "complaint": _("Pengaduan putus kontak masih terbuka")}
    cols = (Column(_("No."), NO), Column(_("Tanda"), TEXT), Column(_("Kasus"), COUNT))
    body = tuple((n, words.get(code, code), count) for n, (code, count) in enumerate(s.lost_by_reason, 1))
    total = ("", _("Kasus putus kontak terbuka"), s.lost_contact)
    note = _("Setiap kasus dihitung sekali walaupun memiliki lebih dari satu tanda.")
    return GroupTable(_("Kasus putus kontak terbuka pada akhir periode"), cols, body, total, note=note)


def service_tables(section: ServiceSection) -> list[GroupTable]:
    """The section's tables, in the order both renderers show them."""
    return [_summary(section), _visits(section), _ak1(section), _risks(section), _complaints(section),
            _lost(section)]
