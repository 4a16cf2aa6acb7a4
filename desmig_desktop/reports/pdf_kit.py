"""PDF building blocks for reports: embedded fonts, paragraph styles, tables, "Halaman x dari y" footer."""

from __future__ import annotations

import os
from typing import Iterable, Sequence
from xml.sax.saxutils import escape as _escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desmig_desktop.core.formatting import number
from desmig_desktop.core.i18n import _
from desmig_desktop.core.paths import resources_dir
from desmig_desktop.reports.tables import CountTable, Line

FONT = "DesmigSans"
FONT_BOLD = "DesmigSans-Bold"
FONT_ITALIC = "DesmigSans-Italic"
FONT_BOLD_ITALIC = "DesmigSans-BoldItalic"
# DejaVu Sans 2.37 (resources/fonts, Bitstream Vera licence + public-domain changes: LICENSE-DejaVu.txt): Vera's
# metrics for Latin, plus Latin Extended and beyond (Ṭ U+1E6C, ñ, ā, ş...), so every name prints.
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf",
               FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}

INK = colors.HexColor("#1F1F1F")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#7F7F7F")
HEADER_BG = colors.HexColor("#D9E2F3")
TOTAL_BG = colors.HexColor("#F2F2F2")
SHORT_TABLE_ROWS = 20  # a table up to this many rows never splits across pages


def register_fonts() -> None:
    """Register the embedded TrueType family (DejaVu Sans, bundled in resources/fonts) once per process.

    The canvas base font is set too, so no page ever refers to the non-embedded Helvetica.
    """
    if FONT not in pdfmetrics.getRegisteredFontNames():
        folder = str(resources_dir() / "fonts")
        for name, file in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, os.path.join(folder, file)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)
    rl_config.canvas_basefontname = FONT


def esc(text: object) -> str:
    """Text for a Paragraph: names with `<`, `&` are shown, not parsed as markup."""
    return _escape(str(text))


def make_styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=MUTED),
        "kop1": ParagraphStyle("kop1", base, fontName=FONT_BOLD, fontSize=12, leading=15, alignment=TA_CENTER),
        "kop2": ParagraphStyle("kop2", base, fontName=FONT_BOLD, fontSize=15.5, leading=19, alignment=TA_CENTER),
        "kop3": ParagraphStyle("kop3", base, fontName=FONT_ITALIC, fontSize=8.5, leading=11, alignment=TA_CENTER,
                               textColor=MUTED),
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=12.5, leading=16, alignment=TA_CENTER,
                                spaceBefore=10),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=10, leading=13, alignment=TA_CENTER, spaceAfter=10),
        "heading": ParagraphStyle("heading", base, fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceBefore=10,
                                  spaceAfter=4, keepWithNext=1),
        "heading_loose": ParagraphStyle("heading_loose", base, fontName=FONT_BOLD, fontSize=10.5, leading=13,
                                        spaceBefore=10, spaceAfter=4),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=FONT_BOLD, fontSize=9, leading=11),
        "num": ParagraphStyle("num", base, fontSize=9, leading=11, alignment=TA_RIGHT),
        "num_bold": ParagraphStyle("num_bold", base, fontName=FONT_BOLD, fontSize=9, leading=11, alignment=TA_RIGHT),
        "no": ParagraphStyle("no", base, fontSize=9, leading=11, alignment=TA_CENTER),
        "head": ParagraphStyle("head", base, fontName=FONT_BOLD, fontSize=9, leading=11, alignment=TA_CENTER),
        "center": ParagraphStyle("center", base, alignment=TA_CENTER),
        "note": ParagraphStyle("note", base, fontName=FONT_ITALIC, fontSize=8.5, leading=11, textColor=MUTED,
                               spaceBefore=8),
    }


def numbered_canvas(footer_left: str):  # type: ignore[no-untyped-def]
    """A canvas class that, once every page is known, writes `footer_left` and "Halaman x dari y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            kwargs.setdefault("initialFontName", FONT)
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _height = self._pagesize
            left, right, y = 2 * cm, width - 2 * cm, 1.2 * cm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(left, y + 10, right, y + 10)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawString(left, y, footer_left)
            page = _("Halaman {page} dari {total}").format(page=self._pageNumber, total=total)
            self.drawRightString(right, y, page)
            self.restoreState()

    return NumberedCanvas


def _table_style(header_rows: int = 1) -> list[tuple]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]


class PdfKit:
    """Builds numbered, headed tables for the recap; later sections use `table` and `paragraph`."""

    def __init__(self, width: float):
        register_fonts()
        self.width = width
        self.styles = make_styles()
        self.number = 0

    def paragraph(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(esc(text), self.styles[style])

    def heading(self, title: str, keep_with_next: bool = True) -> Paragraph:
        self.number += 1
        style = self.styles["heading"] if keep_with_next else self.styles["heading_loose"]
        return Paragraph(f"{self.number}. {esc(title)}", style)

    def headed(self, title: str, table: Table, rows: int) -> list[Flowable]:
        """A numbered heading and its table: a short table is kept whole with its heading on one page;
        a long one starts where its heading, header and a few rows fit, and splits with its header repeated."""
        if rows <= SHORT_TABLE_ROWS:
            return [KeepTogether([self.heading(title), table])]
        return [CondPageBreak(4.5 * cm), self.heading(title, keep_with_next=False), table]

    def count_table(self, table: CountTable) -> list[Flowable]:
        s = self.styles
        heads = [_("No."), table.first_header, *table.sex_headers]
        num_w = 2.5 * cm
        widths = [1.1 * cm, self.width - 1.1 * cm - 3 * num_w, num_w, num_w, num_w]
        rows: list[list[object]] = [[Paragraph(esc(h), s["head"]) for h in heads]]
        style = _table_style()
        for n, line in enumerate(table.rows, 1):
            rows.append(self._count_row(line, str(n), False))
        if not table.rows:
            rows.append(["", Paragraph(esc(_("(tidak ada data)")), ParagraphStyle("nd", s["cell"], fontName=FONT_ITALIC,
                                                                                  alignment=TA_CENTER)), "", "", ""])
            style.append(("SPAN", (1, 1), (-1, 1)))
        if table.total is not None:
            rows.append(self._count_row(table.total, "", True))
            style += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG)]
        t = Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(style))
        return self.headed(table.title, t, len(rows))

    def _count_row(self, line: Line, no: str, bold: bool) -> list[object]:
        s = self.styles
        num = s["num_bold"] if bold else s["num"]

        def fmt(v: int | None) -> Paragraph:
            return Paragraph("\u2013" if v is None else number(v), num)

        label = Paragraph(esc(line.label), s["cell_bold"] if bold else s["cell"])
        return [Paragraph(no, s["no"]), label, fmt(line.male), fmt(line.female), fmt(line.total)]

    def table(self, title: str, headers: Sequence[str], rows: Iterable[Sequence[object]],
              widths: Sequence[float] | None = None, numeric: Sequence[int] = ()) -> list[Flowable]:
        """A free table for later sections: text wraps, columns in `numeric` are right-aligned."""
        s = self.styles
        data: list[list[object]] = [[Paragraph(esc(h), s["head"]) for h in headers]]
        for row in rows:
            data.append([Paragraph(esc(number(v) if isinstance(v, int) else v), s["num"] if i in numeric else s["cell"])
                         for i, v in enumerate(row)])
        if widths is None:
            widths = [self.width / len(headers)] * len(headers)
        t = Table(data, colWidths=list(widths), repeatRows=1, style=TableStyle(_table_style()))
        return self.headed(title, t, len(data))

    @staticmethod
    def spacer(height: float) -> Spacer:
        return Spacer(1, height)

