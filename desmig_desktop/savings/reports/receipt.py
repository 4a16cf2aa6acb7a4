"""The kwitansi (A5 landscape, half an A4 sheet): every deposit, payment, withdrawal, cost and disbursal has one.

Number and date, "Telah terima dari" (or, for money the fund paid out, "Dibayarkan kepada"), on whose behalf,
the amount in words, what it is for, the split (late fee, fee, principal, excess to savings), the amount in
figures in a box, place and date, and the two signatures (penyetor / penerima and petugas).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A5, landscape
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.core.i18n import _
from desmig_desktop.reports.pdf_kit import (
    FONT_BOLD,
    FONT_ITALIC,
    INK,
    RULE,
    PdfKit,
    esc,
)
from desmig_desktop.savings.dto import ReceiptDTO
from desmig_desktop.savings.reports.common import (
    build,
    frame_width,
    pairs,
    place_date,
    signatures,
    table_style,
)

PAGE = landscape(A5)
MARGIN_X, MARGIN_Y = 1.5 * cm, 1.0 * cm


def receipt_title(dto: ReceiptDTO) -> str:
    return _("Kwitansi") if dto.direction == "in" else _("Bukti Pengeluaran Kas")


def _head(kit: PdfKit, dto: ReceiptDTO) -> Table:
    s = kit.styles
    title = s["body"].clone("kw_title", fontName=FONT_BOLD, fontSize=15, leading=18)
    side = s["small"].clone("kw_side", alignment=2)
    left = [Paragraph(esc(receipt_title(dto).upper()), title), Paragraph(esc(dto.fund_name), s["body"])]
    right = [Paragraph(esc(_("No. {number}").format(number=dto.receipt_no)), s["body"].clone("kw_no", alignment=2,
                                                                                              fontName=FONT_BOLD)),
             Paragraph(esc(_("Tanggal {day}").format(day=short_date(dto.issued_on))), side),
             Paragraph(esc(dto.village), side)]
    table = Table([[left, right]], colWidths=[kit.width * 0.55, kit.width * 0.45])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("LINEBELOW", (0, 0), (-1, 0), 1.2, INK),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


def _split(kit: PdfKit, dto: ReceiptDTO) -> Table | None:
    """The split lines, right-aligned figures, under "Untuk"."""
    if not dto.lines:
        return None
    s = kit.styles
    rows = [[Paragraph(esc(name), s["cell"]), Paragraph(esc(rupiah(amount)), s["num"])] for name, amount in dto.lines]
    table = Table(rows, colWidths=[5.5 * cm, 3.2 * cm])
    table.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5), ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE)]))
    table.hAlign = "LEFT"
    return table


def _amount_box(kit: PdfKit, dto: ReceiptDTO) -> Table:
    s = kit.styles
    big = s["body"].clone("kw_amount", fontName=FONT_BOLD, fontSize=14, leading=17)
    box = Table([[Paragraph(esc(rupiah(dto.amount)), big)]], colWidths=[6 * cm])
    box.setStyle(table_style([("BOX", (0, 0), (-1, -1), 1.2, INK), ("TOPPADDING", (0, 0), (-1, -1), 4),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    box.hAlign = "LEFT"
    return box


def receipt_story(kit: PdfKit, dto: ReceiptDTO) -> list[Flowable]:
    s = kit.styles
    words = s["body"].clone("kw_words", fontName=FONT_ITALIC, fontSize=10.5, leading=13.5)
    incoming = dto.direction == "in"
    who = [(_("Telah terima dari") if incoming else _("Dibayarkan kepada"), dto.received_from)]
    if dto.on_behalf_of.strip():
        who.append((_("Atas nama"), dto.on_behalf_of))
    key = 3.6 * cm
    words_row = Table([[Paragraph(esc(_("Uang sejumlah")), s["body"]), ":",
                        Paragraph(esc(dto.amount_words.capitalize()), words)]],
                      colWidths=[key, 0.4 * cm, kit.width - key - 0.4 * cm])
    words_row.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("BACKGROUND", (2, 0), (2, 0), "#F2F2F2"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story: list[Flowable] = [_head(kit, dto), Spacer(1, 6), pairs(kit, who, key), words_row,
                             pairs(kit, [(_("Untuk"), dto.purpose)], key)]
    split = _split(kit, dto)
    if split is not None:
        inset = Table([["", split]], colWidths=[key + 0.4 * cm, kit.width - key - 0.4 * cm])
        inset.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        story.append(inset)
    first, second = (_("Penyetor"), _("Petugas")) if incoming else (_("Petugas"), _("Penerima"))
    names = (dto.received_from, dto.officer) if incoming else (dto.officer, dto.received_from)
    signs = signatures(kit, place_date(dto.village, dto.issued_on), [(first, names[0]), (second, names[1])],
                       width=kit.width * 0.62, space=1.3 * cm)
    bottom = Table([[_amount_box(kit, dto), signs]], colWidths=[kit.width * 0.38, kit.width * 0.62])
    bottom.setStyle(table_style([("VALIGN", (0, 0), (0, 0), "MIDDLE"), ("VALIGN", (1, 0), (1, 0), "BOTTOM"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 8), bottom]
    return story


def receipt_pdf(dto: ReceiptDTO, path: str | Path, village: Any = None) -> Path:
    """Write the kwitansi to `path` (one A5 landscape page); return its path. `village` is not printed: a
    receipt carries the DTO's village line (the parameter keeps the documents' signatures alike)."""
    kit = PdfKit(frame_width(PAGE, MARGIN_X))
    title = f"{receipt_title(dto)} {dto.receipt_no}"
    return build(path, receipt_story(kit, dto), PAGE, title, _("Kwitansi simpan pinjam"), dto.officer,
                 margin_x=MARGIN_X, margin_y=MARGIN_Y, footer=False)
