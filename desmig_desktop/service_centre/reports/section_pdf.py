"""The Pusat Layanan Migrasi section in the recap PDF: a part title, then the numbered tables of `section_tables`
in the kit's look (shaded header, grid, grey total row, a small note under the table), as the other areas' sections.
A short table stays whole on one page with its heading; a long one splits with its header repeated. Counts only."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desmig_desktop.service_centre.reports.section_tables import SectionTable, section_title, service_tables, shown

if TYPE_CHECKING:
    from reportlab.platypus import Flowable, Table

    from desmig_desktop.reports.pdf_kit import PdfKit


def _widths(kit: "PdfKit", t: SectionTable) -> list[float]:
    """No. 1.1 cm; each figure as wide as its longest header word or value (at least 1.4 cm); the text the rest."""
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desmig_desktop.reports.pdf_kit import FONT_BOLD

    lines = [*t.rows, *([t.total] if t.total else [])]
    figures = []
    for i, head in enumerate(t.headers[1:], 1):
        texts = [*head.split(), *(shown(r[i]) for r in lines)]
        figures.append(max(1.4 * cm, max(stringWidth(x, FONT_BOLD, 9) for x in texts) + 12))
    return [1.1 * cm, kit.width - 1.1 * cm - sum(figures), *figures]


def grid(kit: "PdfKit", t: SectionTable) -> "Table":
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    from desmig_desktop.core.i18n import _
    from desmig_desktop.reports.pdf_kit import FONT_ITALIC, TOTAL_BG, _table_style, esc

    st = kit.styles
    heads = [_("No."), *t.headers]
    data: list[list[Any]] = []
    style = []
    if t.band:
        first = 2 + t.band_skip  # No. and the text column, then the figures the band skips
        last = len(heads) - 1 - t.band_after
        top = [Paragraph(esc(h), st["head"]) if not first <= i <= last else "" for i, h in enumerate(heads)]
        top[first] = Paragraph(esc(t.band), st["head"])
        bottom = [Paragraph(esc(h), st["head"]) if first <= i <= last else "" for i, h in enumerate(heads)]
        data += [top, bottom]
        style = _table_style(2) + [("SPAN", (first, 0), (last, 0))]
        style += [("SPAN", (i, 0), (i, 1)) for i in range(len(heads)) if not first <= i <= last]
    else:
        data.append([Paragraph(esc(h), st["head"]) for h in heads])
        style = _table_style(1)
    header_rows = len(data)

    def row(no: str, values: tuple[Any, ...], bold: bool) -> list[Any]:
        text = Paragraph(esc(values[0]), st["cell_bold" if bold else "cell"])
        figures = [Paragraph(esc(shown(v)), st["num_bold" if bold else "num"]) for v in values[1:]]
        return [Paragraph(no, st["no"]), text, *figures]

    for n, values in enumerate(t.rows, 1):
        data.append(row(str(n), values, False))
    if not t.rows:
        empty = ParagraphStyle("sc_none", st["cell"], fontName=FONT_ITALIC, alignment=TA_CENTER)
        data.append([Paragraph(esc(_("(tidak ada data)")), empty)] + [""] * (len(heads) - 1))
        style.append(("SPAN", (0, header_rows), (-1, header_rows)))
    elif t.total is not None:
        data.append(row("", t.total, True))
        style.append(("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG))
    return Table(data, colWidths=_widths(kit, t), repeatRows=header_rows, style=TableStyle(style))


def pdf_table(kit: "PdfKit", t: SectionTable, before: tuple["Flowable", ...] = ()) -> list["Flowable"]:
    from reportlab.lib.units import cm
    from reportlab.platypus import CondPageBreak, KeepTogether

    from desmig_desktop.reports.pdf_kit import SHORT_TABLE_ROWS

    table = grid(kit, t)
    note = [kit.spacer(2), kit.paragraph(t.note, "small")] if t.note else []
    if len(t.rows) + 2 <= SHORT_TABLE_ROWS:
        return [KeepTogether([*before, kit.heading(t.title), table, *note])]
    return [CondPageBreak(4.5 * cm), *before, kit.heading(t.title, keep_with_next=False), table, *note]


def service_pdf(kit: "PdfKit", section: Any, data: Any, include_nik: bool = False) -> list["Flowable"]:
    """`section`: a services.recap.ServiceSection. No personal data in these tables: `include_nik` changes nothing."""
    tables = service_tables(section)
    title = (kit.paragraph(section_title().upper(), "title"), kit.spacer(4))
    return [*pdf_table(kit, tables[0], title), *(f for t in tables[1:] for f in pdf_table(kit, t))]
