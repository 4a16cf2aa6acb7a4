"""What simpan pinjam's documents share: the words for the codes in the DTOs, the header, `label : value`
lines, signature blocks, figure tables and building the file.

Report code never queries: everything printed comes from the DTOs. The village's letterhead is printed when a
village profile (registry's VillageDTO) is passed; otherwise a compact header from the DTO's `village` line.
Tables go through Usaha Produktif's table kit (`production.reports.section`: Column / ReportTable / pdf_grid),
the one that measures column widths from the texts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from desmig_desktop.core.files import atomic_output
from desmig_desktop.core.formatting import long_date, percent
from desmig_desktop.core.i18n import N_, _
from desmig_desktop.reports.letterhead import CREATOR, letterhead, village_kind
from desmig_desktop.reports.pdf_kit import FONT, INK, PdfKit, esc, numbered_canvas
from desmig_desktop.reports.tables import Column, ReportTable, pdf_grid

SAVINGS_KINDS = {"pokok": N_("Simpanan pokok"), "wajib": N_("Simpanan wajib"), "sukarela": N_("Simpanan sukarela")}
LOAN_STATUSES = {"lancar": N_("Lancar"), "menunggak": N_("Menunggak"), "lunas": N_("Lunas"),
                 "dihentikan": N_("Dihentikan sementara"), "dibatalkan": N_("Dibatalkan")}
BUCKET_LABELS = {"lancar": N_("Lancar (tidak terlambat)"), "1-30": N_("Terlambat 1\u201330 hari"),
                 "31-60": N_("Terlambat 31\u201360 hari"), "61-90": N_("Terlambat 61\u201390 hari"),
                 "90+": N_("Terlambat lebih dari 90 hari")}
BLANK_NAME = "(" + "." * 28 + ")"
SIGN_SPACE = 1.6 * cm


def rate(bp: int) -> str:
    """Basis points as a percentage: 200 -> `2,00%`."""
    return percent(bp / 10_000, 2)


def place(village_line: str) -> str:
    """`Kuripan` from `Desa Kuripan, Kec. Watumalang, Kab. Wonosobo`."""
    first = village_line.split(",")[0].strip()
    for prefix in ("Desa ", "Kelurahan "):
        if first.startswith(prefix):
            return first[len(prefix):]
    return first


def place_date(village_line: str, day: Any) -> str:
    where = place(village_line)
    return f"{where}, {long_date(day)}" if where else long_date(day)


def head_role(village: Any) -> str:
    """Who acknowledges a document: `Kepala Desa`, or `Lurah` in a kelurahan (known from the village profile)."""
    return _("Lurah") if village is not None and village_kind(village) == _("Kelurahan") else _("Kepala Desa")


def table_style(commands: list[tuple]) -> TableStyle:
    """A table style on the embedded font: a cell's own default is the non-embedded Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def header(kit: PdfKit, village_line: str, fund_name: str, village: Any = None) -> list[Flowable]:
    """The letterhead (with a village profile), or the fund and the village line over a rule."""
    s = kit.styles
    if village is not None:
        return [*letterhead(kit, village), Paragraph(esc(fund_name), s["center"])]
    return [Paragraph(esc(fund_name.upper()), s["kop1"]), Paragraph(esc(village_line), s["kop3"]),
            HRFlowable(width="100%", thickness=1.2, color=INK, spaceBefore=4, spaceAfter=4)]


def pairs(kit: PdfKit, rows: Sequence[tuple[str, str]], key_width: float, width: float | None = None) -> Table:
    """`Label : value` lines without a grid."""
    body = kit.styles["body"]
    width = kit.width if width is None else width
    table = Table([[Paragraph(esc(k), body), ":", Paragraph(esc(v), body)] for k, v in rows],
                  colWidths=[key_width, 0.4 * cm, width - key_width - 0.4 * cm])
    table.setStyle(table_style([("FONTSIZE", (0, 0), (-1, -1), 9.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    table.hAlign = "LEFT"
    return table


def signatures(kit: PdfKit, when: str, signers: Sequence[tuple[str, str]], above: Sequence[str] = (),
               width: float | None = None, space: float = SIGN_SPACE) -> Table:
    """Place and date on the right, then one column per (role, name): the role, room to sign, the name
    underlined (dots when unknown). `above`: a line over each role ("Mengetahui,"), "" for none."""
    s = kit.styles
    width = kit.width if width is None else width
    n = len(signers)
    above = list(above) + [""] * (n - len(above))

    def name(text: str) -> Paragraph:
        text = text.strip()
        return Paragraph(f"<b><u>{esc(text)}</u></b>" if text else BLANK_NAME, s["center"])

    wide = n >= 3 and bool(when)  # the place and date over the last two columns, to the right
    when_cell = Paragraph(esc(when), s["body"].clone("sign_when", alignment=2) if wide else s["center"])
    first_row = [""] * (n - 2) + [when_cell, ""] if wide else [""] * (n - 1) + [when_cell]
    rows: list[list[object]] = [first_row] if when else []
    if any(above):
        rows.append([Paragraph(esc(a), s["center"]) if a else "" for a in above])
    rows.append([Paragraph(esc(role), s["center"]) for role, _name in signers])
    rows.append([""] * n)
    rows.append([name(who) for _role, who in signers])
    heights = [None] * (len(rows) - 2) + [space, None]
    table = Table(rows, colWidths=[width / n] * n, rowHeights=heights)
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                                *([("SPAN", (n - 2, 0), (n - 1, 0))] if wide else [])]))
    return table


def grid(kit: PdfKit, columns: Sequence[Column], rows: Sequence[tuple], total: tuple | None = None) -> Table:
    """A figures table as wide as the page (Usaha Produktif's measured grid)."""
    return pdf_grid(kit, ReportTable("", tuple(columns), tuple(rows), total), compact=True)


def sub_heading(kit: PdfKit, text: str) -> Paragraph:
    style = kit.styles["heading"].clone("sub_heading", fontSize=10, spaceBefore=6, spaceAfter=3)
    return Paragraph(esc(text), style)


def build(path: str | Path, story: list[Flowable], pagesize: tuple[float, float], title: str, subject: str,
          author: str = "", margin_x: float = 2 * cm, margin_y: float = 1.5 * cm, footer: bool = True) -> Path:
    """Write `story` to `path` (replaced atomically), "Halaman x dari y" in the footer; return the path."""
    target = Path(path)
    with atomic_output(target) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=pagesize, leftMargin=margin_x, rightMargin=margin_x,
                                topMargin=margin_y, bottomMargin=margin_y + (0.5 * cm if footer else 0),
                                title=title, author=author, subject=subject, creator=CREATOR, producer=CREATOR,
                                initialFontName=FONT, lang="id-ID")
        if footer:
            doc.build(story, canvasmaker=numbered_canvas(title))
        else:
            doc.build(story)
    return target


def frame_width(pagesize: tuple[float, float], margin_x: float = 2 * cm) -> float:
    """The width a table may take: the page less its margins and the frame's own padding."""
    return pagesize[0] - 2 * margin_x - 12
