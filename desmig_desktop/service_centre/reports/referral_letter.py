"""The referral letter (Surat Rujukan) of a complaint, A4 on the village letterhead: addressed to the institution
the case goes to, with the case facts — the migrant (full NIK: the officer hands this paper over in person), the
placement, the reporter, the complaint and the actions so far — signed by the kepala desa, with the officer who
handled it. The one document that carries a complaint's private texts; report code never queries.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

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
from desmig_desktop.core.formatting import long_date, short_date
from desmig_desktop.core.i18n import _, label, n_
from desmig_desktop.registry.enums import RELATIONSHIPS
from desmig_desktop.reports.letterhead import (
    CREATOR,
    MARGIN_X,
    letterhead,
    regency_title,
    village_kind,
)
from desmig_desktop.reports.pdf_kit import FONT, FONT_BOLD, PdfKit, esc, numbered_canvas
from desmig_desktop.service_centre.codes import (
    COMPLAINT_CATEGORIES,
    COMPLAINT_STATUSES,
    REFERRAL_TARGETS,
)
from desmig_desktop.service_centre.dto import ComplaintDetail

TOP_MARGIN, BOTTOM_MARGIN = 1.2 * cm, 2.0 * cm
SIGN_SPACE = 1.5 * cm
FRAME_PAD = 12
BLANK = "\u2013"


def addressee(target: str, village: Any, country: str) -> str:
    """`Kepala Dinas Tenaga Kerja Kabupaten Wonosobo` for a REFERRAL_TARGETS code; any other text as written."""
    if target == "disnaker":
        return _("Kepala Dinas Tenaga Kerja {regency}").format(regency=regency_title(village))
    if target == "bp2mi":
        return _("Kepala BP2MI/KP2MI (Pelindungan Pekerja Migran Indonesia)")
    if target == "kbri":
        where = country.strip() or _("negara penempatan")
        return _("Kepala Perwakilan Republik Indonesia (KBRI/KJRI) di {country}").format(country=where)
    if target == "kemnaker":
        return _("Menteri Ketenagakerjaan Republik Indonesia")
    if target == "polisi":
        return _("Kepala Kepolisian Resor {name}").format(name=village.kabupaten.strip())
    return target.strip()


def _style(commands: list[tuple]) -> TableStyle:
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def _pairs(kit: PdfKit, rows: list[tuple[str, str]], key_width: float = 4.2 * cm, width: float | None = None) -> Table:
    """`Label : value` lines without a grid."""
    body = kit.styles["body"].clone("pair", fontSize=9, leading=11.5)
    width = width if width is not None else kit.width - FRAME_PAD
    table = Table([[Paragraph(esc(k), body), ":", Paragraph(esc(v or BLANK), body)] for k, v in rows],
                  colWidths=[key_width, 0.4 * cm, width - key_width - 0.4 * cm])
    table.setStyle(_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("FONTSIZE", (0, 0), (-1, -1), 9),
                           ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    table.hAlign = "LEFT"
    return table


def _heading(kit: PdfKit, text: str) -> Paragraph:
    return Paragraph(esc(text), kit.styles["heading"].clone("sub", fontSize=10, spaceBefore=6, spaceAfter=2))


def _head_title(village: Any) -> str:
    kind = village_kind(village)
    return (_("Lurah {name}") if kind == _("Kelurahan") else _("Kepala Desa {name}")).format(name=village.name)


def _opening(kit: PdfKit, detail: ComplaintDetail, village: Any, day: date, target: str) -> list[Flowable]:
    """Nomor, Lampiran, Perihal on the left; the place and date, then the addressee, on the right."""
    s = kit.styles
    half = (kit.width - FRAME_PAD) / 2
    meta = _pairs(kit, [(_("Nomor"), "." * 28), (_("Lampiran"), BLANK),
                        (_("Perihal"), _("Rujukan pengaduan Pekerja Migran Indonesia"))],
                  key_width=2.0 * cm, width=half - 0.3 * cm)
    to = [Paragraph(esc(f"{village.name}, {long_date(day)}"), s["body"]), Spacer(1, 6),
          Paragraph(esc(_("Kepada Yth.")), s["body"]),
          Paragraph(f"<b>{esc(addressee(target, village, detail.placement_country))}</b>", s["body"]),
          Paragraph(esc(_("di tempat")), s["body"])]
    head = Table([[meta, to]], colWidths=[half, half])
    head.setStyle(_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    intro = _("Dengan hormat, bersama ini {head} merujuk pengaduan keluarga Pekerja Migran Indonesia (PMI) warga "
              "desa kami berikut ini untuk mendapat penanganan lebih lanjut sesuai kewenangan Bapak/Ibu.").format(
        head=_head_title(village))
    return [head, Spacer(1, 6), Paragraph(esc(intro), s["body"])]


def _facts(kit: PdfKit, detail: ComplaintDetail) -> list[Flowable]:
    row = detail.row
    person = [
        (_("Nama"), row.person_name), (_("NIK"), detail.person_nik),
        (_("Tanggal lahir"), long_date(detail.person_birth_date) if detail.person_birth_date else ""),
        (_("Alamat"), detail.person_address),
    ]
    placement = [
        (_("Negara"), detail.placement_country), (_("Pekerjaan"), detail.placement_job),
        (_("P3MI"), detail.placement_agency),
        (_("Berangkat"), long_date(detail.placement_departed_on) if detail.placement_departed_on else ""),
        (_("Kontak terakhir"),
         long_date(detail.placement_last_contact_on) if detail.placement_last_contact_on else ""),
    ]
    relation = label(RELATIONSHIPS, detail.reporter_relationship or None)
    reporter = [
        (_("Nama"), f"{detail.reporter_name} ({relation})" if relation else detail.reporter_name),
        (_("Telepon"), detail.reporter_phone),
    ]
    case = [(_("Kategori"), label(COMPLAINT_CATEGORIES, row.category)),
            (_("Tanggal"), long_date(row.opened_on))]
    state = [(_("Status"), n_("{status} ({n} hari)", "{status} ({n} hari)", row.days_open).format(
        status=label(COMPLAINT_STATUSES, row.status), n=row.days_open))]
    if row.referred_to:
        state.append((_("Dirujuk ke"), label(REFERRAL_TARGETS, row.referred_to)))
    return [
        _heading(kit, _("A. Data Pekerja Migran Indonesia")), _columns(kit, person, placement),
        _heading(kit, _("B. Data pelapor (keluarga)")),
        _columns(kit, reporter, [(_("Alamat"), detail.reporter_address)]),
        _heading(kit, _("C. Pengaduan")), _columns(kit, case, state), Spacer(1, 3),
        Paragraph(f"<b>{esc(_('Uraian:'))}</b> {esc(detail.description)}", kit.styles["body"]),
    ]


def _columns(kit: PdfKit, left: list[tuple[str, str]], right: list[tuple[str, str]]) -> Table:
    """Two blocks of `Label : value` lines side by side."""
    half = (kit.width - FRAME_PAD) / 2
    table = Table([[_pairs(kit, left, 3.1 * cm, half - 0.3 * cm), _pairs(kit, right, 3.1 * cm, half)]],
                  colWidths=[half, half])
    table.setStyle(_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    table.hAlign = "LEFT"
    return table


def _actions(kit: PdfKit, detail: ComplaintDetail) -> list[Flowable]:
    s = kit.styles
    flow: list[Flowable] = [_heading(kit, _("D. Tindakan yang sudah dilakukan"))]
    if not detail.actions:
        return flow + [Paragraph(esc(_("Belum ada tindakan tercatat.")), s["body"])]
    width = kit.width - FRAME_PAD
    data: list[list[object]] = [[Paragraph(esc(_("No.")), s["head"]), Paragraph(esc(_("Tanggal")), s["head"]),
                                 Paragraph(esc(_("Tindakan")), s["head"])]]
    for n, a in enumerate(detail.actions, 1):
        data.append([Paragraph(str(n), s["no"]), Paragraph(esc(short_date(a.acted_on)), s["cell"]),
                     Paragraph(esc(a.text), s["cell"])])
    table = Table(data, colWidths=[1.2 * cm, 2.4 * cm, width - 3.6 * cm], repeatRows=1)
    table.setStyle(_style([("GRID", (0, 0), (-1, -1), 0.5, "#7F7F7F"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), "#D9E2F3"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return flow + [table]


def _closing(kit: PdfKit, village: Any, officer: str) -> list[Flowable]:
    s = kit.styles
    text = _("Demikian surat rujukan ini kami sampaikan. Atas perhatian dan bantuan Bapak/Ibu, kami ucapkan "
             "terima kasih.")

    def para(value: str) -> Paragraph:
        return Paragraph(esc(value), s["center"])

    def name(value: str) -> Paragraph:
        value = value.strip()
        return Paragraph(f"<b><u>{esc(value)}</u></b>" if value else "(" + "." * 28 + ")", s["center"])

    rows = [[para(_("Petugas Layanan Desmigratif")), para(_head_title(village))],
            ["", ""],
            [name(officer), name(village.head_name)]]
    signs = Table(rows, colWidths=[(kit.width - FRAME_PAD) / 2] * 2, rowHeights=[None, SIGN_SPACE, None])
    signs.setStyle(_style([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    note = _("Surat ini memuat data pribadi PMI dan keluarganya: diserahkan langsung kepada instansi tujuan dan "
             "tidak untuk disebarluaskan.")
    return [Spacer(1, 6), Paragraph(esc(text), s["body"]),
            KeepTogether([Spacer(1, 6), signs, Paragraph(esc(note), s["note"].clone("n", spaceBefore=4))])]


def write_referral_letter(path: str | Path, detail: ComplaintDetail, village: Any, officer: str, day: date,
                          target: str) -> Path:
    """Write the referral letter of `detail` to `path` (replaced atomically); `target` is a REFERRAL_TARGETS code
    (or the institution's name as written). Returns the path."""
    out = Path(path)
    kit = PdfKit(A4[0] - 2 * MARGIN_X)
    s = kit.styles
    title = _("Surat Rujukan Pengaduan PMI \u2014 {name}").format(name=detail.row.person_name)
    story: list[Flowable] = letterhead(kit, village)
    story.append(Paragraph(f"<u>{esc(_('SURAT RUJUKAN'))}</u>", s["title"].clone("t", fontName=FONT_BOLD)))
    story.append(Spacer(1, 6))
    story += _opening(kit, detail, village, day, target)
    story += _facts(kit, detail)
    story += _actions(kit, detail)
    story += _closing(kit, village, officer)
    with atomic_output(out) as tmp:
        doc = SimpleDocTemplate(
            str(tmp), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN, title=title, author=officer, subject=_("Surat rujukan pengaduan"),
            creator=CREATOR, producer=CREATOR, initialFontName=FONT, lang="id-ID")
        doc.build(story, canvasmaker=numbered_canvas(title))
    return out
