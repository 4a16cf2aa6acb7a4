"""The Usaha Produktif section of the recap: production groups, in the workbook and in the PDF.

`group_tables(section, include_nik)` turns the services' `GroupsSection` into plain tables of values, with
the words (group statuses, sales channels, aid sources, leave reasons) made here from the section's codes;
`section_xlsx.write_groups_xlsx` puts them on their own sheet "Kelompok Produksi" and `groups_pdf` (below)
renders them in the A4 portrait report with column widths measured from the texts, a two-row header for the
empowerment stages. Names of members who left a group are personal data: only with `include_nik`.

The tables are the report kit's (`reports.tables`: Column / ReportTable, measured PDF grids, `pdf_table`;
`reports.tables_xlsx` for the sheet), as are simpan pinjam's and the service centre's sections.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desmig_desktop.core.i18n import _, label
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import GroupRecapRow, GroupsSection
from desmig_desktop.reports.tables import (
    COUNT,
    DATE,
    MONEY,
    NO,
    PERCENT,
    TEXT,
    Band,
    Column,
    ReportTable,
    pdf_table,
)

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from desmig_desktop.reports.pdf_kit import PdfKit


# ---- the tables (values, not formatted text) --------------------------------------------------------

def _group_label(row: GroupRecapRow) -> str:
    """The group's name, with its status when it no longer runs: `Kelompok Batik (Berhenti)`."""
    return row.name if row.status == "aktif" else f"{row.name} ({label(gr.GROUP_STATUSES, row.status)})"


def _share(kept: int, start: int) -> float | None:
    return None if start == 0 else kept / start


def _per_group(rows: tuple[GroupRecapRow, ...], fields: tuple[str, ...]) -> tuple[tuple, tuple]:
    """One line per group (No., group, the fields) and the line of totals."""
    body = tuple((n, _group_label(r), *(getattr(r, f) for f in fields)) for n, r in enumerate(rows, 1))
    return body, ("", _("Jumlah"), *(sum(getattr(r, f) for r in rows) for f in fields))


def _membership(rows: tuple[GroupRecapRow, ...]) -> ReportTable:
    cols = (Column(_("No."), NO), Column(_("Kelompok"), TEXT), Column(_("Anggota aktif")), Column(_("Masuk")),
            Column(_("Keluar")), Column(_("Anggota awal periode")), Column(_("Masih aktif")),
            Column(_("Retensi"), PERCENT))
    body, total = _per_group(rows, ("active_members", "joined", "left", "retention_start", "retention_kept"))
    body = tuple((*line, _share(line[-1], line[-2])) for line in body)
    note = _("Anggota aktif dihitung pada akhir periode. Retensi: anggota pada awal periode yang masih aktif "
             "pada akhir periode.")
    return ReportTable(_("Kelompok produksi: anggota dan retensi"), cols, body,
                       (*total, _share(total[-1], total[-2])), note=note)


def _production(rows: tuple[GroupRecapRow, ...]) -> ReportTable:
    cols = (Column(_("No."), NO), Column(_("Kelompok"), TEXT), Column(_("Produksi (kali)")),
            Column(_("Hasil produksi")), Column(_("Penjualan"), MONEY), Column(_("Keuntungan"), MONEY),
            Column(_("Bagi hasil dibagikan"), MONEY, _("Bagi hasil")))
    body, total = _per_group(rows, ("production_runs", "production_quantity", "sales_total", "profit",
                                    "profit_shared"))
    note = _("Keuntungan = penjualan \u2212 biaya bahan \u2212 biaya lain. Hasil produksi menjumlahkan semua "
             "produk kelompok, masing-masing dalam satuannya (bungkus, kg, lembar).")
    return ReportTable(_("Kelompok produksi: produksi, penjualan dan bagi hasil"), cols, body, total, note=note)


def _by_key(title: str, key_header: str, value_header: str, vocabulary: dict[str, str],
            items: list[tuple[str, tuple[tuple[str, int], ...]]]) -> ReportTable:
    """A long table, one row per group and key (a sales channel or aid source code, shown in words from
    `vocabulary`): it fits any page width."""
    cols = (Column(_("No."), NO), Column(_("Kelompok"), TEXT), Column(key_header, TEXT),
            Column(value_header, MONEY))
    body, n = [], 0
    for group, pairs in items:
        shown_pairs = ((label(vocabulary, code), value) for code, value in pairs)
        for key, value in sorted(shown_pairs, key=lambda p: (-p[1], p[0])):
            n += 1
            body.append((n, group, key, value))
    total = ("", _("Jumlah"), "", sum(r[3] for r in body)) if body else None
    return ReportTable(title, cols, tuple(body), total)


def _aid_totals(section: GroupsSection, field: str, title: str, key_header: str,
                vocabulary: dict[str, str]) -> ReportTable:
    """All groups' aid per source (or per kind, `field`), in words: received in the period and up to its end."""
    cols = (Column(_("No."), NO), Column(key_header, TEXT),
            Column(_("Diterima dalam periode"), MONEY, _("Dalam periode")),
            Column(_("Diterima sampai akhir periode"), MONEY, _("S.d. akhir periode")))
    sums: dict[str, list[int]] = {}
    for aid in section.aid:
        line = sums.setdefault(label(vocabulary, getattr(aid, field)), [0, 0])
        line[0] += aid.in_period
        line[1] += aid.to_date
    ordered = sorted(sums.items(), key=lambda p: (-p[1][1], p[0]))
    body = tuple((n, key, now, total) for n, (key, (now, total)) in enumerate(ordered, 1))
    total = ("", _("Jumlah"), sum(r[2] for r in body), sum(r[3] for r in body)) if body else None
    note = _("Sampai akhir periode: semua bantuan yang diterima kelompok sejak awal program sampai akhir periode.")
    return ReportTable(title, cols, body, total, note=note if body else "")


def _stages(rows: tuple[GroupRecapRow, ...]) -> ReportTable:
    cols = (Column(_("No."), NO), Column(_("Kelompok"), TEXT),
            Column(_("Kegiatan sosialisasi"), COUNT, _("Kegiatan")),
            Column(_("Orang terjangkau"), COUNT, _("Orang")),
            Column(_("Pelatihan")), Column(_("Kehadiran anggota"), COUNT, _("Hadir")),
            Column(_("Bantuan"), MONEY), Column(_("Pameran/bazar diikuti"), COUNT, _("Promosi")))
    body, total = _per_group(rows, ("socialisations", "people_reached", "trainings", "training_attendance",
                                    "aid_total", "promotion_events"))
    bands = (Band(None, 2), Band(_("Penyadaran"), 2), Band(_("Pengkapasitasan"), 2), Band(_("Pendayaan"), 2))
    note = _("Penyadaran: kegiatan sosialisasi (pertemuan, kunjungan rumah) dan orang yang terjangkau. "
             "Pengkapasitasan: pelatihan yang diikuti kelompok dan kehadiran anggotanya. "
             "Pendayaan: nilai bantuan peralatan dan modal, serta pameran/bazar yang diikuti.")
    return ReportTable(_("Tahap pemberdayaan per kelompok"), cols, body, total, bands, note)


def _dropouts(section: GroupsSection, include_nik: bool) -> ReportTable:
    """Group, dates and reason; the name (and the officer's note, which may name people) only on request."""
    cols = [Column(_("No."), NO), Column(_("Kelompok"), TEXT)]
    if include_nik:
        cols.append(Column(_("Nama"), TEXT))
    cols += [Column(_("Alasan keluar"), TEXT), Column(_("Tanggal masuk"), DATE), Column(_("Tanggal keluar"), DATE)]
    if include_nik:
        cols.append(Column(_("Keterangan"), TEXT))
    body = []
    for n, d in enumerate(section.dropouts, 1):
        reason = label(gr.LEAVE_REASONS, d.reason)
        body.append((n, d.group, d.name, reason, d.joined_on, d.left_on, d.note) if include_nik else
                    (n, d.group, reason, d.joined_on, d.left_on))
    note = _("Nama anggota tidak dicantumkan untuk melindungi data pribadi.") if body and not include_nik else ""
    return ReportTable(_("Anggota kelompok yang keluar dalam periode"), tuple(cols), tuple(body), note=note)


def group_tables(section: GroupsSection, include_nik: bool = False) -> list[ReportTable]:
    """The section's tables, in the order both renderers show them."""
    rows = section.rows
    return [
        _membership(rows),
        _production(rows),
        _by_key(_("Penjualan kelompok menurut saluran"), _("Saluran penjualan"), _("Penjualan"), gr.CHANNELS,
                [(_group_label(r), r.sales_by_channel) for r in rows]),
        _by_key(_("Bantuan kelompok menurut sumber"), _("Sumber bantuan"), _("Nilai bantuan"), gr.AID_SOURCES,
                [(_group_label(r), r.aid_by_source) for r in rows]),
        _aid_totals(section, "source", _("Jumlah bantuan menurut sumber"), _("Sumber bantuan"), gr.AID_SOURCES),
        _aid_totals(section, "kind", _("Jumlah bantuan menurut jenis"), _("Jenis bantuan"), gr.AID_KINDS),
        _stages(rows),
        _dropouts(section, include_nik),
    ]


def section_title() -> str:
    return _("Usaha Produktif \u2014 Kelompok Produksi")


def groups_pdf(kit: "PdfKit", section: GroupsSection, data: Any, include_nik: bool = False) -> list["Flowable"]:
    """The section after the fixed tables: a part title, then the numbered tables."""
    tables = group_tables(section, include_nik)
    title = (kit.paragraph(section_title().upper(), "title"), kit.spacer(4))
    return [*pdf_table(kit, tables[0], title), *(f for t in tables[1:] for f in pdf_table(kit, t))]
