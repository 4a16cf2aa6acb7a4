"""The recap as a village report (PDF, A4): letterhead, summary tables, signatures, "Halaman x dari y".

The per-person register is Excel-only; the PDF names its size. A pillar adds its section with a writer
`(kit: PdfKit, section, data) -> list[Flowable]` in SECTION_WRITERS (unknown keys are ignored).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desmig_desktop.domain.formatting import long_date
from desmig_desktop.files import atomic_output
from desmig_desktop.i18n import _
from desmig_desktop.reports.common import (
    CREATOR, document_title, period_line, register_note, regency_title, summary_tables, village_kind,
    village_title,
)
from desmig_desktop.reports.groups_section import groups_pdf
from desmig_desktop.reports.pdf_kit import FONT, INK, PdfKit, esc, numbered_canvas
from desmig_desktop.services.recap import RecapData

MARGIN_X = 2 * cm
SIGN_SPACE = 2.2 * cm

SectionWriter = Callable[[PdfKit, object, RecapData], list[Flowable]]
# (key in RecapData.sections, writer). Keys not listed here are ignored.
SECTION_WRITERS: list[tuple[str, SectionWriter]] = []
SECTION_WRITERS.append(("groups", groups_pdf))  # type: ignore[arg-type]  # Usaha Produktif


def _letterhead(kit: PdfKit, data: RecapData) -> list[Flowable]:
    """Kop surat: PEMERINTAH KABUPATEN …, KECAMATAN …, DESA …, address, a double rule."""
    s, v = kit.styles, data.village
    lines: list[Flowable] = []
    if v.kabupaten.strip():
        lines.append(Paragraph(esc(_("Pemerintah {regency}").format(regency=regency_title(v)).upper()), s["kop1"]))
    if v.kecamatan.strip():
        lines.append(Paragraph(esc(_("Kecamatan {name}").format(name=v.kecamatan.strip()).upper()), s["kop1"]))
    lines.append(Paragraph(esc(village_title(v).upper()), s["kop2"]))
    if v.address.strip():
        lines.append(Paragraph(esc(v.address.strip()), s["kop3"]))
    codes = _("Kode Kemendagri {code} \u00b7 Provinsi {name}").format(code=v.formatted_code, name=v.provinsi)
    lines.append(Paragraph(esc(codes), s["kop3"]))
    lines.append(HRFlowable(width="100%", thickness=2, color=INK, spaceBefore=5, spaceAfter=1.2))
    lines.append(HRFlowable(width="100%", thickness=0.6, color=INK, spaceBefore=0, spaceAfter=4))
    return lines


def _identity(kit: PdfKit, data: RecapData) -> Flowable:
    s, v = kit.styles, data.village
    rows = [
        (village_kind(v), v.name),
        (_("Kode Kemendagri"), v.formatted_code),
        (_("Kecamatan"), v.kecamatan),
        (_("Kabupaten/Kota"), v.kabupaten),
        (_("Provinsi"), v.provinsi),
        (_("Periode"), period_line(data)),
        (_("Keadaan per tanggal"), long_date(data.period.end)),
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
    story: list[Flowable] = _letterhead(kit, data)
    story.append(Paragraph(esc(_("Rekap Data PMI Desa Migran Produktif").upper()), s["title"]))
    story.append(Paragraph(esc(_("Periode {period}").format(period=data.period.label)), s["subtitle"]))
    story.append(_identity(kit, data))
    for table in summary_tables(data):
        story.extend(kit.count_table(table))
    for key, writer in SECTION_WRITERS:
        if key in data.sections:
            story.extend(writer(kit, data.sections[key], data, include_nik=include_nik))
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
