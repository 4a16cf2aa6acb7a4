"""The share-out of a production group as a PDF (A4): the statement (berita acara) and one slip per member.

Page 1: village letterhead, "BERITA ACARA BAGI HASIL KELOMPOK …", period, rule, revenue, costs, profit,
runs, the members' shares, the remainder kept in the group cash, status and four signatures.
Then the slips, three to a page with cut lines: the amount in figures and in words, signed by the member.
Members' names are printed: the document is a receipt handed to the members inside the village.
A proposal (id None) is marked "USULAN — belum final" and a reversed share-out "DIBATALKAN" on every page.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desmig_desktop.core.files import atomic_output
from desmig_desktop.core.formatting import long_date, number, rupiah, rupiah_words
from desmig_desktop.core.i18n import _, label, n_
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import ShareDTO
from desmig_desktop.registry.dto import VillageDTO
from desmig_desktop.reports.letterhead import CREATOR, MARGIN_X, letterhead, village_kind, village_title
from desmig_desktop.reports.pdf_kit import FONT, FONT_BOLD, FONT_ITALIC, INK, MUTED, RULE, PdfKit, esc, numbered_canvas
from desmig_desktop.reports.tables import MONEY, NO, TEXT, Column, ReportTable, pdf_grid

ALERT = colors.HexColor("#B00020")
ALERT_BG = colors.HexColor("#FDECEE")
DRAFT = colors.HexColor("#8A5A00")
DRAFT_BG = colors.HexColor("#FFF4DC")
SIGN_SPACE = 1.5 * cm
SLIPS_PER_PAGE = 3
TOP_MARGIN, BOTTOM_MARGIN = 1.2 * cm, 2.0 * cm
CUT_HEIGHT = 0.7 * cm
# The height one slip may take so that three and their two cut lines fill a page (the frame pads 6 pt each side).
SLIP_BUDGET = (A4[1] - TOP_MARGIN - BOTTOM_MARGIN - 12 - (SLIPS_PER_PAGE - 1) * CUT_HEIGHT) / SLIPS_PER_PAGE
# (size of the amount in words, space to sign): tried in turn until the slip fits its third of a page.
SLIP_FITS = ((9.5, 1.2 * cm), (8.5, 1.2 * cm), (8.5, 0.9 * cm), (7.5, 0.9 * cm), (6.5, 0.8 * cm), (5.5, 0.7 * cm))
BLANK_NAME = "(" + "." * 28 + ")"
FRAME_PAD = 12  # the frame's own left and right padding: text blocks are this much narrower than the kit's tables


def _style(commands: list[tuple]) -> TableStyle:
    """A table style on the embedded font: a cell's own default is the non-embedded Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def _status(share: ShareDTO) -> tuple[str, str]:
    """(kind, text): "draft", "reversed" or "final" and the status as the statement shows it."""
    if share.id is None:
        return "draft", _("USULAN \u2014 belum final")
    if share.reversed_on is not None:
        text = _("DIBATALKAN pada {day}").format(day=long_date(share.reversed_on))
        if share.reverse_reason.strip():
            text += ". " + _("Alasan: {reason}").format(reason=share.reverse_reason.strip())
        return "reversed", text
    return "final", _("FINAL, ditetapkan {day}").format(day=long_date(share.finalised_on))


def _group_title(share: ShareDTO) -> str:
    """`Kelompok Salak` stays; `Salak` becomes `Kelompok Salak`."""
    name = share.group_name.strip()
    return name if name.lower().startswith("kelompok") else _("Kelompok {name}").format(name=name)


def _title(share: ShareDTO) -> str:
    """`Berita Acara Bagi Hasil Kelompok Salak`; a proposal is not yet a record: `Usulan Bagi Hasil …`."""
    text = _("Usulan Bagi Hasil {group}") if share.id is None else _("Berita Acara Bagi Hasil {group}")
    return text.format(group=_group_title(share))


def _period(share: ShareDTO) -> str:
    return _("{start} s.d. {end}").format(start=long_date(share.period_start), end=long_date(share.period_end))


def _place_date(share: ShareDTO, village: VillageDTO) -> str:
    day = share.finalised_on if share.id is not None else None
    return f"{village.name}, {long_date(day) if day else '.' * 24}"


def _pairs(kit: PdfKit, rows: list[tuple[str, str]], key_width: float, width: float, size: float = 9.5) -> Table:
    """`Label : value` lines without a grid."""
    body = kit.styles["body"]
    table = Table([[Paragraph(esc(k), body), ":", Paragraph(esc(v), body)] for k, v in rows],
                  colWidths=[key_width, 0.4 * cm, width - key_width - 0.4 * cm])
    style = [("FONTSIZE", (0, 0), (-1, -1), size),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
             ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    table.setStyle(_style(style))
    table.hAlign = "LEFT"
    return table


def _banner(kit: PdfKit, share: ShareDTO) -> list[Flowable]:
    """A boxed notice under the title when the share-out is not (or no longer) final."""
    kind, text = _status(share)
    if kind == "final":
        return []
    if kind == "draft":
        colour, fill = DRAFT, DRAFT_BG
        text += ". " + _("Angka dapat berubah sampai bagi hasil ditetapkan; slip ini belum boleh dibayarkan.")
    else:
        colour, fill = ALERT, ALERT_BG
        text += ". " + _("Bagi hasil ini tidak berlaku.")
    style = kit.styles["body"].clone("banner", fontName=FONT_BOLD, textColor=colour, fontSize=10, leading=13)
    box = Table([[Paragraph(esc(text), style)]], colWidths=[kit.width])
    box.setStyle(_style([("BOX", (0, 0), (-1, -1), 1.5, colour), ("BACKGROUND", (0, 0), (-1, -1), fill),
                             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    return [box, Spacer(1, 8)]


def _sub_heading(kit: PdfKit):  # type: ignore[no-untyped-def]
    return kit.styles["heading"].clone("sub_heading", fontSize=10, spaceBefore=7, spaceAfter=3)


def _money_table(kit: PdfKit, share: ShareDTO, width: float) -> Table:
    s = kit.styles
    rows = [
        (_("Pendapatan penjualan"), share.revenue),
        (_("Dikurangi biaya bahan"), share.material_cost),
        (_("Dikurangi biaya lain"), share.other_cost),
        (_("Keuntungan bersih"), share.profit),
    ]
    data = [[Paragraph(esc(k), s["cell_bold"] if i == 3 else s["cell"]),
             Paragraph(esc(rupiah(v)), s["num_bold"] if i == 3 else s["num"])] for i, (k, v) in enumerate(rows)]
    table = Table(data, colWidths=[width - 3.2 * cm, 3.2 * cm])
    table.setStyle(_style([("LINEABOVE", (0, 3), (-1, 3), 0.8, INK), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    table.hAlign = "LEFT"
    return table


def _facts(kit: PdfKit, share: ShareDTO) -> list[Flowable]:
    """The rule, runs and status (group and period are in the title), then the profit computation."""
    kind, status = _status(share)
    rows = [(_("Aturan pembagian"), label(gr.SHARE_RULES, share.rule)),
            (_("Jumlah produksi"), n_("{n} kali", "{n} kali", share.runs).format(n=number(share.runs)))]
    if kind == "final":  # otherwise the banner above says it
        rows.append((_("Status"), status))
    return [
        _pairs(kit, rows, 4.2 * cm, kit.width - FRAME_PAD),
        Paragraph(esc(_("Perhitungan keuntungan")), _sub_heading(kit)),
        _money_table(kit, share, 10.5 * cm),
    ]


def _members(kit: PdfKit, share: ShareDTO) -> Table:
    cols = (Column(_("No."), NO), Column(_("Nama"), TEXT), Column(_("Jumlah produksi diikuti"), min_cm=3.3),
            Column(_("Bagian (Rp)"), MONEY))
    rows = tuple((n, line.name, line.batches, line.amount) for n, line in enumerate(share.lines, 1))
    return pdf_grid(kit, ReportTable("", cols, rows, ("", _("Jumlah dibagikan"), "", share.distributed)),
                    compact=True)


def _signatures(kit: PdfKit, share: ShareDTO, village: VillageDTO, officer: str) -> Table:
    """Ketua Kelompok, Bendahara, Petugas Desmigratif and, to acknowledge, the head of the village."""
    s = kit.styles
    kind = village_kind(village)
    head = _("Lurah {name}") if kind == _("Kelurahan") else _("Kepala Desa {name}")

    def name(text: str) -> Paragraph:
        text = text.strip()
        return Paragraph(f"<b><u>{esc(text)}</u></b>" if text else BLANK_NAME, s["center"])

    def para(text: str) -> Paragraph:
        return Paragraph(esc(text), s["center"])

    rows = [
        [Paragraph(esc(_place_date(share, village)), s["body"].clone("date_r", alignment=2)), "", "", ""],
        ["", "", "", para(_("Mengetahui,"))],
        [para(_("Ketua Kelompok")), para(_("Bendahara")), para(_("Petugas Desmigratif")),
         para(head.format(name=village.name))],
        ["", "", "", ""],
        [name(share.chair), name(share.treasurer), name(officer), name(village.head_name)],
    ]
    table = Table(rows, colWidths=[(kit.width - FRAME_PAD) / 4] * 4, rowHeights=[None, None, None, SIGN_SPACE, None])
    table.setStyle(_style([("SPAN", (0, 0), (-1, 0)), ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
                           ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _statement(kit: PdfKit, share: ShareDTO, village: VillageDTO, officer: str) -> list[Flowable]:
    s = kit.styles
    group = _group_title(share)
    story: list[Flowable] = letterhead(kit, village)
    story.append(Paragraph(esc(_title(share).upper()), s["title"]))
    story.append(Paragraph(esc(_("Periode {period}").format(period=_period(share))), s["subtitle"]))
    story += _banner(kit, share)
    if share.id is None:
        opening = _("Usulan pembagian hasil usaha {group} untuk periode {period}, dengan rincian sebagai berikut:")
    else:
        opening = _("Pada tanggal {day} telah ditetapkan pembagian hasil usaha {group} untuk periode {period}, "
                    "dengan rincian sebagai berikut:")
    story.append(Paragraph(esc(opening.format(group=group, period=_period(share), day=long_date(share.finalised_on))),
                           s["body"]))
    story.append(Spacer(1, 6))
    story += _facts(kit, share)
    story.append(Paragraph(esc(_("Pembagian kepada anggota")), _sub_heading(kit)))
    story.append(_members(kit, share))
    story.append(Spacer(1, 5))
    remainder = _("Sisa pembulatan masuk kas kelompok: {amount}").format(amount=rupiah(share.remainder))
    story.append(Paragraph(f"<b>{esc(remainder)}</b>", s["body"]))
    if share.withheld > 0:
        withheld = _("Laba yang ditahan di kas kelompok (menutup kerugian sebelumnya atau kas tidak cukup): {amount}")
        story.append(Paragraph(esc(withheld.format(amount=rupiah(share.withheld))), s["body"]))
    for note in share.notes:
        story.append(Paragraph(esc(note), s["note"]))
    if share.id is None:  # a proposal is discussed, not signed
        story.append(Paragraph(esc(_("Usulan ini belum ditetapkan. Setelah disepakati anggota, tetapkan bagi hasil "
                                     "di aplikasi lalu cetak berita acara untuk ditandatangani.")), s["note"]))
    else:
        closing = Paragraph(esc(_("Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan "
                                  "sebagaimana mestinya.")), s["body"])
        story.append(KeepTogether([Spacer(1, 8), closing, Spacer(1, 8), _signatures(kit, share, village, officer)]))
    return story


class CutLine(Flowable):
    """A dashed line across the page with "potong di sini" in the middle."""

    def __init__(self, width: float, height: float = CUT_HEIGHT):
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.offset = (avail_width - self.width) / 2  # centred like the slips (tables) around it
        return self.width, self.height

    def draw(self) -> None:
        c, y, text = self.canv, self.height / 2, _("potong di sini")
        c.saveState()
        c.translate(getattr(self, "offset", 0), 0)
        c.setFont(FONT, 7)
        c.setFillColor(MUTED)
        c.setStrokeColor(RULE)
        c.setDash(4, 3)
        c.setLineWidth(0.6)
        gap = c.stringWidth(text, FONT, 7) / 2 + 6
        c.line(0, y, self.width / 2 - gap, y)
        c.line(self.width / 2 + gap, y, self.width, y)
        c.drawCentredString(self.width / 2, y - 2.5, text)
        c.restoreState()


def _slip(kit: PdfKit, share: ShareDTO, village: VillageDTO, n: int) -> Table:
    """The slip of member `n`, its amount in words in the largest size that keeps the slip within its third of a page."""
    for size, space in SLIP_FITS:
        box = _slip_at(kit, share, village, n, size, space)
        if box.wrap(kit.width, SLIP_BUDGET)[1] <= SLIP_BUDGET:
            break
    return box


def _payer(share: ShareDTO, payee_id: str) -> tuple[str, str]:
    """(role, name) of who pays a slip: the bendahara, or the ketua when the bendahara is the one paid."""
    if share.treasurer_id and payee_id == share.treasurer_id:
        return _("Ketua Kelompok"), share.chair
    return _("Bendahara"), share.treasurer


def _slip_at(kit: PdfKit, share: ShareDTO, village: VillageDTO, n: int, words_size: float, sign_space: float) -> Table:
    s = kit.styles
    line = share.lines[n]
    inner = kit.width - 1.2 * cm
    kind, status = _status(share)
    title_style = s["body"].clone("slip_title", fontName=FONT_BOLD, fontSize=12, leading=15)
    side = s["small"].clone("slip_side", alignment=2)
    if kind != "final":
        side = side.clone("slip_alert", textColor=ALERT if kind == "reversed" else DRAFT, fontName=FONT_BOLD)
    where = village_title(village)
    head = Table([[Paragraph(esc(_("Slip Bagi Hasil").upper()), title_style),
                   Paragraph(esc(where if kind == "final" else status.split(". ")[0]), side)]],
                 colWidths=[inner * 0.5, inner * 0.5])
    head.setStyle(_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    words = kit.styles["body"].clone("words", fontName=FONT_ITALIC, fontSize=words_size, leading=words_size * 1.3)
    amount = s["body"].clone("amount", fontName=FONT_BOLD, fontSize=12, leading=15)
    pairs = _pairs(kit, [
        (_("Kelompok"), share.group_name), (_("Periode"), _period(share)), (_("Nama penerima"), line.name),
        (_("Produksi diikuti"), n_("{n} kali", "{n} kali", line.batches).format(n=number(line.batches))),
    ], 3.6 * cm, inner)
    money = Table([[Paragraph(esc(_("Jumlah")), s["body"]), ":", Paragraph(esc(rupiah(line.amount)), amount)],
                   [Paragraph(esc(_("Terbilang")), s["body"]), ":", Paragraph(esc(rupiah_words(line.amount)), words)]],
                  colWidths=[3.6 * cm, 0.4 * cm, inner - 4 * cm])
    money.setStyle(_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    centre = s["center"]
    role, payer = _payer(share, line.person_id)
    signs = Table([["", Paragraph(esc(_place_date(share, village)), centre)],
                   [Paragraph(esc(role), centre), Paragraph(esc(_("Penerima")), centre)],
                   ["", ""],
                   [Paragraph(f"({esc(payer)})" if payer else BLANK_NAME, centre),
                    Paragraph(f"({esc(line.name)})", centre)]],
                  colWidths=[inner / 2, inner / 2], rowHeights=[None, None, sign_space, None])
    signs.setStyle(_style([("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    box = Table([[head], [pairs], [money], [signs]], colWidths=[kit.width])
    box.setStyle(_style([("BOX", (0, 0), (-1, -1), 0.8, INK), ("LEFTPADDING", (0, 0), (-1, -1), 0.6 * cm),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0.6 * cm), ("TOPPADDING", (0, 0), (-1, 0), 8),
                             ("TOPPADDING", (0, 1), (-1, -1), 3), ("BOTTOMPADDING", (0, -1), (-1, -1), 8)]))
    return box


def _slips(kit: PdfKit, share: ShareDTO, village: VillageDTO) -> list[Flowable]:
    """One slip per member paid, three to a page, cut lines between them."""
    paid = [n for n, line in enumerate(share.lines) if line.amount > 0]
    story: list[Flowable] = []
    for k, n in enumerate(paid):
        if k % SLIPS_PER_PAGE == 0:
            story.append(PageBreak())
        else:
            story.append(CutLine(kit.width))
        story.append(KeepTogether([_slip(kit, share, village, n)]))
    return story


def _watermark(text: str):  # type: ignore[no-untyped-def]
    """A page callback writing `text` large, light and diagonal behind the page's content."""

    def draw(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        if not text:
            return
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.7, 0.1, 0.1, alpha=0.10))
        canvas.setFont(FONT_BOLD, 54 if len(text) < 14 else 40)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(40)
        canvas.drawCentredString(0, 0, text)
        canvas.restoreState()

    return draw


def write_share_pdf(share: ShareDTO, village: VillageDTO, out: str | Path, officer: str = "") -> Path:
    """Write the share-out statement and the members' slips to `out` (replaced atomically); return its path."""
    target = Path(out)
    kit = PdfKit(A4[0] - 2 * MARGIN_X)
    kind, _text = _status(share)
    mark = {"draft": _("USULAN \u2014 BELUM FINAL"), "reversed": _("DIBATALKAN")}.get(kind, "")
    title = f"{_title(share)} \u2014 {_period(share)}"
    story = _statement(kit, share, village, officer) + _slips(kit, share, village)
    with atomic_output(target) as tmp:
        doc = SimpleDocTemplate(
            str(tmp), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN, title=title, author=officer, subject=_("Bagi hasil kelompok produksi"),
            creator=CREATOR, producer=CREATOR, initialFontName=FONT, lang="id-ID",
        )
        doc.build(story, onFirstPage=_watermark(mark), onLaterPages=_watermark(mark),
                  canvasmaker=numbered_canvas(title))
    return target
