"""Tables as both renderers draw them, with no pillar knowledge.

Count tables (`CountTable`, `Line`): rows split by sex, a total that is a value, never a formula.

Recap tables (`ReportTable` of `Column`s of a kind: NO, TEXT, COUNT, MONEY, PERCENT, DATE; `Band`s over the
header): the areas' recap sections (Usaha Produktif, simpan pinjam, Pusat Layanan Migrasi) make them as plain
values, `shown` formats a value by its column's kind, `header_grid` lays out a two-row header, `pdf_grid` /
`pdf_table` draw one on the PDF page with column widths measured from the texts; `tables_xlsx.write_tables_sheet`
puts a section's tables on their own workbook sheet.

reportlab is imported inside the PDF writers: this module is imported by both renderers, and importing one
renderer must not load the other's library (nor import it back in a circle).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desmig_desktop.core.formatting import number, percent, rupiah, short_date
from desmig_desktop.core.i18n import _

if TYPE_CHECKING:
    from reportlab.platypus import Flowable, Table

    from desmig_desktop.reports.pdf_kit import PdfKit


@dataclass(frozen=True)
class Line:
    """One table row as shown: a split by sex may be unknown (None), the total never is."""

    label: str
    male: int | None
    female: int | None
    total: int

    @classmethod
    def of(cls, row: Any) -> "Line":
        """From any row with label, male, female and total."""
        return cls(row.label, row.male, row.female, row.total)


@dataclass(frozen=True)
class CountTable:
    """One summary table: rows counted by sex, an optional total row (values, never formulas)."""

    title: str
    first_header: str
    rows: tuple[Line, ...]
    total: Line | None = None
    sex_headers: tuple[str, str, str] = ("L", "P", "Jumlah")  # the male, female and total columns, as shown


# ---- recap tables: columns of a kind, values (not formatted text), measured PDF grids ------------------

NO, TEXT, COUNT, MONEY, PERCENT, DATE = "no", "text", "count", "money", "percent", "date"
DASH = "\u2013"


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = COUNT
    short: str = ""  # a shorter header for the narrow PDF page (the table's note explains it)
    min_cm: float = 0.0  # a least width on the PDF page (fewer lines in a long header)
    xlsx_width: float = 0.0  # a width on the workbook sheet, in characters (0: from its kind and texts)


@dataclass(frozen=True)
class Band:
    """A header cell above `span` columns; label None: those columns' own headers fill both header rows."""

    label: str | None
    span: int


@dataclass(frozen=True)
class ReportTable:
    """A numbered recap table: one value a column per row (the renderers format them by the column's kind)."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[object, ...], ...]
    total: tuple[object, ...] | None = None  # ("", "Jumlah", ...) shown bold on a grey row
    bands: tuple[Band, ...] = ()
    note: str = ""


def shown(value: object, kind: str) -> str:
    """A value as the PDF shows it: `Rp8.000.000`, `75,0%`, `15/08/2026`, `1.046`, `–` for none."""
    if value is None:
        return DASH
    if isinstance(value, str):
        return value
    fmt = {MONEY: rupiah, PERCENT: percent, DATE: short_date}.get(kind, number)
    return fmt(value)  # type: ignore[operator]


def header_grid(t: ReportTable, short: bool = False) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
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


# ---- PDF (reportlab is imported inside the functions: see the module docstring) -----------------------

PDF_MIN_CM = {NO: 0.9, COUNT: 1.5, MONEY: 2.4, PERCENT: 1.6, DATE: 2.0, TEXT: 0.0}


def _pdf_widths(t: ReportTable, headers: list[str], size: float, width: float, roomy: bool) -> list[float] | None:
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


def pdf_grid(kit: "PdfKit", t: ReportTable, compact: bool = False) -> "Table":
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


def pdf_table(kit: "PdfKit", t: ReportTable, before: tuple["Flowable", ...] = ()) -> list["Flowable"]:
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
