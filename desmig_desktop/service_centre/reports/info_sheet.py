"""Printable handouts of the service centre, A4 portrait on the village letterhead with the embedded font: the
safe-migration information sheets (`INFO_SHEETS`, words in `info_texts`) and the notice-board list of open
vacancies. Report code never queries: it prints the village profile and the DTOs it is given."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desmig_desktop.core.files import atomic_output
from desmig_desktop.core.formatting import long_date, short_date
from desmig_desktop.core.i18n import N_, _, label
from desmig_desktop.registry.enums import EDUCATION
from desmig_desktop.reports.letterhead import (
    CREATOR,
    MARGIN_X,
    letterhead,
    regency_title,
    village_title,
)
from desmig_desktop.reports.pdf_kit import (
    FONT,
    FONT_BOLD,
    INK,
    RULE,
    PdfKit,
    esc,
    numbered_canvas,
)
from desmig_desktop.service_centre.codes import VACANCY_SCOPES
from desmig_desktop.service_centre.dto import VacancyDTO
from desmig_desktop.service_centre.reports.info_texts import (
    ASK_FIRST,
    SHEETS,
    Section,
    Sheet,
)

INFO_SHEETS = {code: sheet.title for code, sheet in SHEETS.items()}
TOP_MARGIN, BOTTOM_MARGIN = 1.2 * cm, 2.0 * cm
SHADE = colors.HexColor("#EEF2F8")
CENTRE = N_("Pusat Layanan Migrasi")


def _styles(kit: PdfKit) -> dict[str, Any]:
    s = kit.styles
    body = s["body"].clone("info_body", fontSize=10, leading=13.2)
    return {
        "body": body,
        "centre": s["center"].clone("info_centre", fontName=FONT_BOLD, fontSize=9.5, textColor=RULE),
        "title": s["title"].clone("info_title", fontName=FONT_BOLD, fontSize=15, leading=19, spaceBefore=6,
                                  spaceAfter=8),
        "heading": s["heading"].clone("info_heading", fontSize=11, leading=14, spaceBefore=8, spaceAfter=2),
        "point": body.clone("info_point", spaceAfter=1.5),
        "cell": s["cell"].clone("info_cell", fontSize=9.5, leading=12),
        "head": s["head"].clone("info_head", fontSize=9.5, leading=12),
    }


def _fill(text: str, village: Any) -> str:
    return _(text).format(village=village_title(village), regency=regency_title(village))


def _box(content: list[Flowable], width: float, shade: bool = True) -> Table:
    t = Table([[content]], colWidths=[width])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("BOX", (0, 0), (-1, -1), 0.8, INK),
                           ("BACKGROUND", (0, 0), (-1, -1), SHADE if shade else colors.white),
                           ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return t


def _points(section: Section, village: Any, st: dict[str, Any]) -> ListFlowable:
    items = [ListItem(Paragraph(esc(_fill(p, village)), st["point"]), leftIndent=16) for p in section.points]
    if section.numbered:
        return ListFlowable(items, bulletType="1", bulletFormat="%s.", bulletFontName=FONT, bulletFontSize=10,
                            leftIndent=16, bulletDedent=14)
    return ListFlowable(items, bulletType="bullet", start="\u2022", bulletFontName=FONT, bulletFontSize=10,
                        leftIndent=16, bulletDedent=12)


def _head(kit: PdfKit, village: Any, title: str, st: dict[str, Any]) -> list[Flowable]:
    return [*letterhead(kit, village), Paragraph(esc(_(CENTRE).upper()), st["centre"]),
            Paragraph(esc(title.upper()), st["title"])]


def info_sheet_story(kit: PdfKit, sheet: Sheet, village: Any) -> list[Flowable]:
    st = _styles(kit)
    story = _head(kit, village, _(sheet.title), st)
    story.append(_box([Paragraph(esc(_fill(sheet.lead, village)), st["body"])], kit.width))
    for section in sheet.sections:
        heading = Paragraph(esc(_fill(section.heading, village)), st["heading"])
        parts: list[Flowable] = [heading]
        if section.intro:
            parts.append(Paragraph(esc(_fill(section.intro, village)), st["body"]))
        parts.append(_points(section, village, st))
        story.append(KeepTogether(parts))
    story += [Spacer(1, 10), _box([Paragraph(f"<b>{esc(_fill(ASK_FIRST, village))}</b>", st["body"])], kit.width,
                                  shade=False)]
    return story


def _build(path: str | Path, story: list[Flowable], title: str, village: Any) -> Path:
    out = Path(path)
    footer = f"{title} \u00b7 {_(CENTRE)} {village_title(village)}"
    with atomic_output(out) as tmp:
        doc = SimpleDocTemplate(
            str(tmp), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN, title=title, author=village_title(village), subject=_(CENTRE),
            creator=CREATOR, producer=CREATOR, initialFontName=FONT, lang="id-ID")
        doc.build(story, canvasmaker=numbered_canvas(footer))
    return out


def write_info_sheet(path: str | Path, code: str, village: Any) -> Path:
    """The information sheet `code` (INFO_SHEETS) for the village `village` (registry VillageDTO), as an A4 PDF."""
    sheet = SHEETS[code]
    kit = PdfKit(A4[0] - 2 * MARGIN_X)
    return _build(path, info_sheet_story(kit, sheet, village), _(sheet.title), village)


# ---- the notice-board list of vacancies ---------------------------------------------------------------------

def requirements_line(v: VacancyDTO) -> str:
    """`Perempuan, 18–35 tahun, min. SMA/SMK/Sederajat. Sehat, tidak buta warna`."""
    parts: list[str] = []
    if v.sex == "L":
        parts.append(_("Laki-laki"))
    elif v.sex == "P":
        parts.append(_("Perempuan"))
    if v.age_min is not None and v.age_max is not None:
        parts.append(_("{low}\u2013{high} tahun").format(low=v.age_min, high=v.age_max))
    elif v.age_min is not None:
        parts.append(_("min. {age} tahun").format(age=v.age_min))
    elif v.age_max is not None:
        parts.append(_("maks. {age} tahun").format(age=v.age_max))
    if v.education_min:
        parts.append(_("min. {education}").format(education=label(EDUCATION, v.education_min)))
    line = ", ".join(parts)
    extra = " ".join(v.requirements.split())
    return f"{line}. {extra}" if line and extra else (line or extra or "\u2013")


def _vacancy_table(kit: PdfKit, vacancies: Sequence[VacancyDTO], st: dict[str, Any]) -> Table:
    heads = [_("No."), _("Pekerjaan"), _("Negara / tempat"), _("Persyaratan"), _("Berlaku s.d."), _("Sumber")]
    widths = [1.2 * cm, 3.8 * cm, 2.4 * cm, 4.3 * cm, 2.5 * cm]
    widths.append(kit.width - sum(widths))
    rows: list[list[object]] = [[Paragraph(esc(h), st["head"]) for h in heads]]
    for n, v in enumerate(vacancies, 1):
        job = f"<b>{esc(v.position)}</b>" + (f"<br/>{esc(v.employer)}" if v.employer else "")
        where = v.country or label(VACANCY_SCOPES, v.scope)
        cells = [str(n), job, esc(where), esc(requirements_line(v)), esc(short_date(v.valid_until) or "\u2013"),
                 esc(v.source or "\u2013")]
        rows.append([Paragraph(c, st["cell"]) for c in cells])
    style = [("FONTNAME", (0, 0), (-1, -1), FONT), ("GRID", (0, 0), (-1, -1), 0.5, RULE),
             ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if not vacancies:
        rows.append(["", Paragraph(esc(_("Belum ada lowongan yang dibuka.")), st["cell"]), "", "", "", ""])
        style.append(("SPAN", (1, 1), (-1, 1)))
    return Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(style))


VACANCY_WARNING = (
    N_("Daftarlah hanya melalui Disnaker, LTSA, atau P3MI yang berizin. Informasi dan pendaftaran di desa tidak "
       "dipungut biaya."),
    N_("Jangan menyerahkan uang, KTP, ijazah, atau paspor asli kepada calo. Tanyakan dulu kebenaran lowongan ke "
       "Pusat Layanan Migrasi {village} atau ke Dinas Tenaga Kerja {regency}."),
)


def write_vacancy_sheet(path: str | Path, vacancies: Sequence[VacancyDTO], village: Any,
                        day: date | None = None) -> Path:
    """The notice-board list of `vacancies` (the open ones, as the caller chose them), A4 portrait; `day`, when
    given, is printed as the date the list holds for."""
    kit = PdfKit(A4[0] - 2 * MARGIN_X)
    st = _styles(kit)
    title = _("Informasi Lowongan Kerja")
    story = _head(kit, village, title, st)
    if day is not None:
        story.append(Paragraph(esc(_("Keadaan per {day}").format(day=long_date(day))), kit.styles["subtitle"]))
    story.append(_vacancy_table(kit, vacancies, st))
    story += [Spacer(1, 12), _box([Paragraph(esc(_fill(line, village)), st["point"]) for line in VACANCY_WARNING],
                                  kit.width)]
    return _build(path, story, title, village)
