"""The recap as a village report (PDF, A4): letterhead, summary tables, signatures, "Halaman x dari y".

The per-person register is Excel-only; the PDF names its size. Each pillar's section follows the fixed
tables, rendered by its writer `(kit: PdfKit, section, data) -> list[Flowable]`.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desmig_desktop.core.files import atomic_output
from desmig_desktop.core.formatting import long_date
from desmig_desktop.core.i18n import _
from desmig_desktop.recap.common import as_of_text, document_title, register_note, summary_tables
from desmig_desktop.recap.dataset import RecapData
from desmig_desktop.reports.letterhead import CREATOR, MARGIN_X, letterhead, period_line, village_kind
from desmig_desktop.reports.pdf_kit import FONT, PdfKit, esc, numbered_canvas

SIGN_SPACE = 2.2 * cm



def _identity(kit: PdfKit, data: RecapData) -> Flowable:
    s, v = kit.styles, data.village
    rows = [
        (village_kind(v), v.name),
        (_("Kode Kemendagri"), v.formatted_code),
        (_("Kecamatan"), v.kecamatan),
        (_("Kabupaten/Kota"), v.kabupaten),
        (_("Provinsi"), v.provinsi),
        (_("Periode"), period_line(data.period)),
        (_("Keadaan per tanggal"), as_of_text(data)),
        (_("Petugas"), data.officer),
        (_("Tanggal dibuat"), long_date(data.generated_on)),
    ]
    table = Table([[Paragraph(esc(k), s["body"]), ":", Paragraph(esc(val.strip() or "\u2013"), s["body"])]
                   for k, val in rows],
                  colWidths=[4 * cm, 0.4 * cm, kit.width - 4.4 * cm])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
    ]))
    table.hAlign = "LEFT"
    return table


def _signatures(kit: PdfKit, data: RecapData, note: Flowable) -> Flowable:
    """Mengetahui Kepala Desa (left), the officer with place and date (right), room to sign and stamp.

    The closing note stays on the page of the signatures, so they never stand alone."""
    s, v = kit.styles, data.village
    blank = "(" + "." * 40 + ")"
    head = _("Lurah {name}") if village_kind(v) == _("Kelurahan") else _("Kepala Desa {name}")

    def name(text: str) -> Paragraph:
        text = text.strip()
        return Paragraph(f"<b><u>{esc(text)}</u></b>" if text else blank, s["center"])

    rows = [
        [Paragraph(esc(_("Mengetahui,")), s["center"]),
         Paragraph(esc(f"{v.name}, {long_date(data.generated_on)}"), s["center"])],
        [Paragraph(esc(head.format(name=v.name)), s["center"]),
         Paragraph(esc(_("Petugas Desmigratif")), s["center"])],
        ["", ""],
        [name(v.head_name), name(data.officer)],
    ]
    half = kit.width / 2
    table = Table(rows, colWidths=[half, half], rowHeights=[None, None, SIGN_SPACE, None])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return KeepTogether([note, Spacer(1, 0.8 * cm), table])


def build_story(kit: PdfKit, data: RecapData, include_nik: bool) -> list[Flowable]:
    s = kit.styles
    story: list[Flowable] = letterhead(kit, data.village)
    story.append(Paragraph(esc(_("Rekap Data PMI Desa Migran Produktif").upper()), s["title"]))
    story.append(Paragraph(esc(_("Periode {period}").format(period=data.period.label)), s["subtitle"]))
    story.append(_identity(kit, data))
    for table in summary_tables(data):
        story.extend(kit.count_table(table))
    for section in data.sections:
        story.extend(section.writer("pdf")(kit, section.data, data, include_nik=include_nik))
    story.append(_signatures(kit, data, Paragraph(esc(register_note(data, include_nik)), s["note"])))
    return story


def write_recap_pdf(data: RecapData, out: str | Path, include_nik: bool = False) -> Path:
    """Write the recap report to `out` (replaced atomically) and return its path.

    `include_nik` is accepted for symmetry with the workbook: the PDF lists no NIK or No. KK at all.
    """
    target = Path(out)
    width = A4[0] - 2 * MARGIN_X
    kit = PdfKit(width)
    title = document_title(data)
    footer = _("{title} \u00b7 dibuat {day}").format(title=title, day=long_date(data.generated_on))
    story = build_story(kit, data, include_nik)
    with atomic_output(target) as tmp:
        doc = SimpleDocTemplate(
            str(tmp), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=1.6 * cm,
            bottomMargin=2.2 * cm, title=title, author=data.officer, subject=_("Rekap data PMI Desa Migran Produktif"),
            creator=CREATOR, producer=CREATOR, initialFontName=FONT, lang="id-ID",
        )
        doc.build(story, canvasmaker=numbered_canvas(footer))
    return target
