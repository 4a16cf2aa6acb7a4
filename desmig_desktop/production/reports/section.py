"""The Usaha Produktif section of the recap: production groups, in the workbook and in the PDF.

`group_tables(section, include_nik)` turns the services' `GroupsSection` into plain tables of values, with
the words (group statuses, sales channels, aid sources, leave reasons) made here from the section's codes;
`section_xlsx.write_groups_xlsx` puts them on their own sheet "Kelompok Produksi" and `groups_pdf` (below)
renders them in the A4 portrait report with column widths measured from the texts, a two-row header for the
empowerment stages. Names of members who left a group are personal data: only with `include_nik`.

reportlab is imported inside the PDF writers: this module is imported by both renderers, and importing one
renderer must not load the other's library (nor import it back in a circle).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desmig_desktop.core.formatting import number, percent, rupiah, short_date
from desmig_desktop.core.i18n import _, label
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import GroupRecapRow, GroupsSection

if TYPE_CHECKING:
    from reportlab.platypus import Flowable, Table

    from desmig_desktop.reports.pdf_kit import PdfKit

NO, TEXT, COUNT, MONEY, PERCENT, DATE = "no", "text", "count", "money", "percent", "date"
DASH = "\u2013"


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = COUNT
    short: str = ""  # a shorter header for the narrow PDF page (the table's note explains it)
    min_cm: float = 0.0  # a least width on the PDF page (fewer lines in a long header)


@dataclass(frozen=True)
class Band:
    """A header cell above `span` columns; label None: those columns' own headers fill both header rows."""

    label: str | None
    span: int


@dataclass(frozen=True)
class GroupTable:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[object, ...], ...]
    total: tuple[object, ...] | None = None  # ("", "Jumlah", ...) shown bold on a grey row
    bands: tuple[Band, ...] = ()
    note: str = ""


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


def _membership(rows: tuple[GroupRecapRow, ...]) -> GroupTable:
    cols = (Column(_("No."), NO), Column(_("Kelompok"), TEXT), Column(_("Anggota aktif")), Column(_("Masuk")),
            Column(_("Keluar")), Column(_("Anggota awal periode")), Column(_("Masih aktif")),
            Column(_("Retensi"), PERCENT))
    body, total = _per_group(rows, ("active_members", "joined", "left", "retention_start", "retention_kept"))
    body = tuple((*line, _share(line[-1], line[-2])) for line in body)
    note = _("Anggota aktif dihitung pada akhir periode. Retensi: anggota pada awal periode yang masih aktif "
             "pada akhir periode.")
    return GroupTable(_("Kelompok produksi: anggota dan retensi"), cols, body,
                      (*total, _share(total[-1], total[-2])), note=note)


def _production(rows: tuple[GroupRecapRow, ...]) -> GroupTable:
    cols = (Column(_("No."), NO), Column(_("Kelompok"), TEXT), Column(_("Produksi (kali)")),
            Column(_("Hasil produksi")), Column(_("Penjualan"), MONEY), Column(_("Keuntungan"), MONEY),
            Column(_("Bagi hasil dibagikan"), MONEY, _("Bagi hasil")))
    body, total = _per_group(rows, ("production_runs", "production_quantity", "sales_total", "profit",
                                    "profit_shared"))
    note = _("Keuntungan = penjualan \u2212 biaya bahan \u2212 biaya lain. Hasil produksi menjumlahkan semua "
             "produk kelompok, masing-masing dalam satuannya (bungkus, kg, lembar).")
    return GroupTable(_("Kelompok produksi: produksi, penjualan dan bagi hasil"), cols, body, total, note=note)


def _by_key(title: str, key_header: str, value_header: str, vocabulary: dict[str, str],
            items: list[tuple[str, tuple[tuple[str, int], ...]]]) -> GroupTable:
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
    return GroupTable(title, cols, tuple(body), total)


def _aid_totals(section: GroupsSection, field: str, title: str, key_header: str,
                vocabulary: dict[str, str]) -> GroupTable:
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
    return GroupTable(title, cols, body, total, note=note if body else "")


def _stages(rows: tuple[GroupRecapRow, ...]) -> GroupTable:
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
    return GroupTable(_("Tahap pemberdayaan per kelompok"), cols, body, total, bands, note)


def _dropouts(section: GroupsSection, include_nik: bool) -> GroupTable:
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
    return GroupTable(_("Anggota kelompok yang keluar dalam periode"), tuple(cols), tuple(body), note=note)


def group_tables(section: GroupsSection, include_nik: bool = False) -> list[GroupTable]:
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


def shown(value: object, kind: str) -> str:
    """A value as the PDF shows it: `Rp8.000.000`, `75,0%`, `15/08/2026`, `1.046`, `–` for none."""
    if value is None:
        return DASH
    if isinstance(value, str):
        return value
    fmt = {MONEY: rupiah, PERCENT: percent, DATE: short_date}.get(kind, number)
    return fmt(value)  # type: ignore[operator]


def header_grid(t: GroupTable, short: bool = False) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """The header rows' texts and their merged cells as (first column, first row, last column, last row)."""
    headers = [(c.short or c.header) if short else c.header for c in t.columns]
    if not t.bands:
        return [headers], []
    top: list[str] = []
    bottom: list[str] = []
    merged: list[tuple[int, int, int, int]] = []
    col = 0
    for band in t.bands:
        cols = range(col, col + band.span)
        if band.label is None:  # these columns' own headers, over both rows
            top += headers[col:col + band.span]
            bottom += [""] * band.span
            merged += [(c, 0, c, 1) for c in cols]
        else:
            top += [band.label] + [""] * (band.span - 1)
            bottom += headers[col:col + band.span]
            merged.append((col, 0, col + band.span - 1, 0))
        col += band.span
    return [top, bottom], merged


# ---- PDF -------------------------------------------------------------------------------------------

PDF_MIN_CM = {NO: 0.9, COUNT: 1.5, MONEY: 2.4, PERCENT: 1.6, DATE: 2.0, TEXT: 0.0}


def _pdf_widths(t: GroupTable, headers: list[str], size: float, width: float, roomy: bool) -> list[float] | None:
    """Column widths in points at font `size`, or None if they do not fit `width`: number columns as wide as
    their widest text (at least PDF_MIN_CM), text columns share the rest. `roomy`: text columns must get
    their longest text on one line; otherwise only their longest word."""
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desmig_desktop.reports.pdf_kit import FONT, FONT_BOLD

    pad = 10.5  # left + right cell padding of the kit's table style, and a hair
    lines = [*t.rows, *([t.total] if t.total is not None else [])]

    def widest(texts: list[str], font: str, words: bool = False) -> float:
        parts = [w for s in texts for w in (s.split() if words else [s])]
        return max((stringWidth(p, font, size) for p in parts), default=0.0) + pad

    need, want = [], []
    for i, (col, head) in enumerate(zip(t.columns, headers)):
        cells = [shown(r[i], col.kind) for r in lines]
        word = max(widest([head], FONT_BOLD, True), widest(cells, FONT_BOLD, col.kind == TEXT),
                   max(PDF_MIN_CM[col.kind], col.min_cm) * cm)
        need.append(word)
        want.append(max(word, widest(cells, FONT)) if col.kind == TEXT else word)
    col = 0
    for band in t.bands:  # a band's label must fit over its columns
        if band.label is not None:
            short = max(widest([band.label], FONT_BOLD) - sum(need[col:col + band.span]), 0)
            for k in range(col, col + band.span):
                need[k] += short / band.span
                want[k] = max(want[k], need[k])
        col += band.span
    flex = [i for i, c in enumerate(t.columns) if c.kind == TEXT] or list(range(len(need)))
    room = width - sum(w for i, w in enumerate(need) if i not in flex)
    goal = want if roomy else need
    if room < sum(goal[i] for i in flex):
        return None
    spare, longest = room - sum(goal[i] for i in flex), sum(want[i] for i in flex)
    widths = list(need)
    for i in flex:  # each text column its goal, and a part of what is left in proportion to its longest text
        widths[i] = goal[i] + spare * want[i] / longest
    return widths


def pdf_grid(kit: "PdfKit", t: GroupTable, compact: bool = False) -> "Table":
    """`t` as a reportlab Table as wide as the kit's frame (see `_pdf_widths`); the font shrinks a little
    rather than wrap a group's name, a little more rather than split a word or a figure."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    from desmig_desktop.reports.pdf_kit import FONT_ITALIC, TOTAL_BG, _table_style, esc

    headers = [c.short or c.header for c in t.columns]
    tries = [(size, True) for size in (9, 8.5, 8)] + [(size, False) for size in (8.5, 8, 7.5, 7)]
    size, widths = 7.0, None
    for size, roomy in tries:
        widths = _pdf_widths(t, headers, size, kit.width, roomy)
        if widths is not None:
            break
    if widths is None:  # too many figures for the page: equal columns, the texts wrap
        widths = [kit.width / len(headers)] * len(headers)

    st = {key: ParagraphStyle(f"grid_{key}", kit.styles[key], fontSize=size, leading=size + 2)
          for key in ("head", "cell", "num", "cell_bold", "num_bold", "no")}

    def row(values: tuple[object, ...], bold: bool) -> list[object]:
        out: list[object] = []
        for v, c in zip(values, t.columns):
            key = "no" if c.kind in (NO, DATE) and not bold else ("num" if c.kind != TEXT else "cell")
            out.append(Paragraph(esc(shown(v, c.kind)), st[key + ("_bold" if bold and key != "no" else "")])
                       if v != "" else "")
        return out

    head_rows, merged = header_grid(t, short=True)
    header_rows = len(head_rows)
    style = _table_style(header_rows)
    if compact:  # rows a little lower, for a table that should stay on one page with what follows
        style += [("TOPPADDING", (0, header_rows), (-1, -1), 2), ("BOTTOMPADDING", (0, header_rows), (-1, -1), 2.5)]
    style += [("SPAN", (c0, r0), (c1, r1)) for c0, r0, c1, r1 in merged]
    data: list[list[object]] = [[Paragraph(esc(h), st["head"]) if h else "" for h in texts] for texts in head_rows]
    for values in t.rows:
        data.append(row(values, False))
    if not t.rows:
        empty = ParagraphStyle("grid_none", st["cell"], fontName=FONT_ITALIC, alignment=TA_CENTER)
        data.append([Paragraph(esc(_("(tidak ada data)")), empty)] + [""] * (len(t.columns) - 1))
        style.append(("SPAN", (0, header_rows), (-1, header_rows)))
    elif t.total is not None:
        data.append(row(t.total, True))
        style.append(("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG))
    return Table(data, colWidths=widths, repeatRows=header_rows, style=TableStyle(style))


def pdf_table(kit: "PdfKit", t: GroupTable, before: tuple["Flowable", ...] = ()) -> list["Flowable"]:
    """A numbered heading, the table and its note; a short table is kept whole on one page with its heading
    (and with `before`, e.g. a part title); a long one splits with its header repeated (see `PdfKit.headed`)."""
    from reportlab.lib.units import cm
    from reportlab.platypus import CondPageBreak, KeepTogether

    from desmig_desktop.reports.pdf_kit import SHORT_TABLE_ROWS

    table = pdf_grid(kit, t)
    note = [kit.spacer(2), kit.paragraph(t.note, "small")] if t.note else []
    if len(t.rows) + 2 <= SHORT_TABLE_ROWS:
        return [KeepTogether([*before, kit.heading(t.title), table, *note])]
    return [CondPageBreak(4.5 * cm), *before, kit.heading(t.title, keep_with_next=False), table, *note]


def groups_pdf(kit: "PdfKit", section: GroupsSection, data: Any, include_nik: bool = False) -> list["Flowable"]:
    """The section after the fixed tables: a part title, then the numbered tables."""
    tables = group_tables(section, include_nik)
    title = (kit.paragraph(section_title().upper(), "title"), kit.spacer(4))
    return [*pdf_table(kit, tables[0], title), *(f for t in tables[1:] for f in pdf_table(kit, t))]
