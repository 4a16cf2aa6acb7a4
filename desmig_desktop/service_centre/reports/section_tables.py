"""The Pusat Layanan Migrasi section of the recap as plain tables of values (the report kit's `reports.tables`:
Column / ReportTable), with the words made here from the section's codes; `section_xlsx` puts them on their own
sheet, `section_pdf` in the PDF, with the kit's writers that draw the other areas' sections too (numbered
headings, a grid with a shaded header, a grey total row, a note under the table).
Counts only: the section (`services.recap.ServiceSection`, read here by its attributes: report code imports no
service) carries no name and no text of a person, and neither do these tables.
"""

from __future__ import annotations

from typing import Any

from desmig_desktop.core.formatting import number
from desmig_desktop.core.i18n import _, label, n_
from desmig_desktop.reports.tables import COUNT, NO, TEXT, Band, Column, ReportTable
from desmig_desktop.service_centre.codes import (
    AK1_STATUSES,
    COMPLAINT_CATEGORIES,
    COMPLAINT_STATUSES,
    PURPOSES,
    RISKS,
)

NO_CM, TEXT_WIDTH, FIGURE_WIDTH = 1.1, 46, 14  # No. on the PDF page; the text and each figure on the sheet


def _table(title: str, headers: tuple[str, ...], rows: tuple[tuple[Any, ...], ...],
           total: tuple[Any, ...] | None = None, band: str = "", band_skip: int = 0, note: str = "") -> ReportTable:
    """Rows of (a text, figures…) numbered (No.), under `headers` (the text's, then the figures'); a figure is an
    int, a text (`22 hari`) or None (shown as a dash). `band`: a header over every figure but the first
    `band_skip`."""
    columns = (Column(_("No."), NO, min_cm=NO_CM), Column(headers[0], TEXT, xlsx_width=TEXT_WIDTH),
               *(Column(h, COUNT, xlsx_width=FIGURE_WIDTH) for h in headers[1:]))
    bands = (Band(None, 2 + band_skip), Band(band, len(headers) - 1 - band_skip)) if band else ()
    return ReportTable(title, columns, tuple((n, *line) for n, line in enumerate(rows, 1)),
                       ("", *total) if total is not None else None, bands, note)


def section_title() -> str:
    return _("Pusat Layanan Migrasi")


def days_text(days: float | None) -> str | None:
    """`22 hari`, `22,5 hari` (a median of whole days ends in ,5 at most); None when nothing was closed."""
    if days is None:
        return None
    return n_("{days} hari", "{days} hari", 1 if days == 1 else 2).format(days=number(days, decimals=1))


def _summary(s: Any) -> ReportTable:
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
        (_("PMI putus kontak pada akhir periode"), s.lost_contact),
        (_("Pengaduan putus kontak masih terbuka pada akhir periode"), dict(s.lost_by_reason).get("complaint", 0)),
    ]
    note = _("Angka dalam periode kecuali yang disebut \u201cpada akhir periode\u201d. Median lama penyelesaian: "
             "dari pengaduan yang selesai dalam periode, hari dari pengaduan masuk sampai selesai.")
    return _table(_("Ringkasan layanan"), (_("Uraian"), _("Jumlah")), tuple(lines), note=note)


def _visits(s: Any) -> ReportTable:
    body = tuple((label(PURPOSES, v.code), v.villagers, v.outsiders, v.total) for v in s.visits)
    total = (_("Jumlah"), *(sum(line[i] for line in body) for i in (1, 2, 3)))
    note = _("Tamu luar desa tidak terdaftar di desa ini dan hanya dilayani untuk informasi.")
    return _table(_("Kunjungan buku tamu menurut keperluan"),
                  (_("Keperluan"), _("Warga desa"), _("Tamu luar desa"), _("Jumlah")), body, total, note=note)


def _ak1(s: Any) -> ReportTable:
    body = tuple((label(AK1_STATUSES, code), count) for code, count in s.ak1_by_status)
    total = (_("Jumlah"), sum(count for _code, count in s.ak1_by_status))
    note = _("Status setiap permohonan pada tanggal akhir periode, menurut tanggal langkah-langkahnya.")
    return _table(_("Permohonan AK-1 (kartu kuning) menurut status pada akhir periode"),
                  (_("Status"), _("Permohonan")), body, total, note=note)


def _risks(s: Any) -> ReportTable:
    body = tuple((label(RISKS, code), count) for code, count in s.risks)
    note = _("{risk} dari {calon} calon PMI berisiko pada akhir periode; satu calon dapat berisiko karena lebih "
             "dari satu alasan.").format(risk=s.calon_at_risk, calon=s.calon)
    return _table(_("Calon PMI berisiko menurut alasan"), (_("Alasan berisiko"), _("Calon PMI")), body,
                  note=note)


def _complaints(s: Any) -> ReportTable:
    body = tuple((label(COMPLAINT_CATEGORIES, c.code), c.opened, *(k for _s, k in c.by_status),
                  sum(k for _s, k in c.by_status)) for c in s.complaints)
    width = 2 + len(COMPLAINT_STATUSES) + 1
    total = (_("Jumlah"), *(sum(line[i] for line in body) for i in range(1, width)))
    note = _("Hanya kategori dan status yang dihitung: isi pengaduan dan catatan tindak lanjut tidak keluar dari "
             "desa.")
    return _table(_("Pengaduan menurut kategori dan status"),
                  (_("Kategori"), _("Masuk dalam periode"), *(_(t) for t in COMPLAINT_STATUSES.values()),
                   _("Jumlah")), body, total, band=_("Status pada akhir periode"), band_skip=1, note=note)


def _lost(s: Any) -> ReportTable:
    words = {"flag": _("Ditandai hilang kontak di data penempatan"),
             "no_contact_90": _("Tidak ada kontak lebih dari 90 hari")}
    body = tuple((words[code], count) for code, count in s.lost_by_reason if code in words)
    note = _("Setiap PMI dihitung sekali walaupun memiliki kedua tanda. Pengaduan putus kontak yang masih terbuka "
             "dihitung tersendiri di ringkasan: identitas PMI dalam pengaduan tidak ikut dikirim ke Disnaker.")
    return _table(_("PMI putus kontak pada akhir periode"), (_("Tanda"), _("PMI")), body,
                  (_("PMI putus kontak"), s.lost_contact), note=note)


def service_tables(section: Any) -> list[ReportTable]:
    """The section's tables, in the order both renderers show them."""
    return [_summary(section), _visits(section), _ak1(section), _risks(section), _complaints(section),
            _lost(section)]
