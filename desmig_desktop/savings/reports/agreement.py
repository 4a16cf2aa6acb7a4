"""The loan agreement (surat perjanjian pinjaman, A4): the parties, the terms, the schedule and signatures.

Parties: the fund's management (pengurus) and the borrower (a member, or a production group through its
chair), with the representative who deals for a borrower abroad when one is named. Terms: principal (figures
and words), term, jasa per month of the original principal, the denda rule, purpose, disbursal date. Then
the schedule (no., jatuh tempo, pokok, jasa, jumlah, total row) and the signatures: peminjam, wakil (if any),
pengurus, and the head of the village to acknowledge.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desmig_desktop.core.formatting import amount_in_words, long_date, rupiah
from desmig_desktop.core.i18n import _, n_
from desmig_desktop.reports.pdf_kit import PdfKit, esc
from desmig_desktop.reports.tables import DATE, MONEY, NO, Column
from desmig_desktop.savings.dto import LoanDetailDTO
from desmig_desktop.savings.reports.common import (
    build,
    frame_width,
    grid,
    head_role,
    header,
    pairs,
    place_date,
    rate,
    signatures,
    sub_heading,
)


def agreement_title(dto: LoanDetailDTO) -> str:
    return _("Surat Perjanjian Pinjaman {number}").format(number=dto.row.number)


def _borrower(dto: LoanDetailDTO) -> list[tuple[str, str]]:
    row = dto.row
    kind = _("Kelompok") if row.borrower_kind == "group" else _("Anggota")
    name = row.borrower_name
    if not (row.borrower_kind == "group" and name.lower().startswith("kelompok")):  # not "Kelompok Salak (Kelompok)"
        name = f"{name} ({kind})"
    rows = [(_("Pihak kedua"), _("{name}, selanjutnya disebut peminjam").format(name=name))]
    if row.phone.strip():
        rows.append((_("Nomor telepon"), row.phone))
    if dto.representative_name.strip():
        extra = ", ".join(x for x in (dto.representative_relation.strip(), dto.representative_phone.strip()) if x)
        rows.append((_("Diwakili oleh"), f"{dto.representative_name} ({extra})" if extra else dto.representative_name))
    return rows


def _terms(dto: LoanDetailDTO) -> list[tuple[str, str]]:
    row = dto.row
    fee = dto.state.installments[0].fee if dto.state.installments else 0
    months = n_("{n} bulan", "{n} bulan", row.term_months).format(n=row.term_months)
    return [
        (_("Pokok pinjaman"), f"{rupiah(row.principal)} ({amount_in_words(row.principal)})"),
        (_("Tanggal pencairan"), long_date(row.disbursed_on)),
        (_("Jangka waktu"), _("{months}, diangsur setiap bulan").format(months=months)),
        (_("Jasa pinjaman"), _("{rate} per bulan dari pokok pinjaman = {fee} setiap bulan").format(
            rate=rate(row.fee_bp), fee=rupiah(fee))),
        (_("Denda keterlambatan"), dto.late_fee_rule or _("Tidak ada denda")),
        (_("Keperluan"), row.purpose or "\u2013"),
    ]


def _schedule(kit: PdfKit, dto: LoanDetailDTO):  # type: ignore[no-untyped-def]
    cols = (Column(_("No."), NO), Column(_("Jatuh tempo"), DATE), Column(_("Pokok"), MONEY),
            Column(_("Jasa"), MONEY), Column(_("Jumlah angsuran"), MONEY))
    items = dto.state.installments
    rows = [(i.number, i.due_on, i.principal, i.fee, i.principal + i.fee) for i in items]
    total = ("", _("Jumlah"), sum(i.principal for i in items), sum(i.fee for i in items),
             sum(i.principal + i.fee for i in items))
    return grid(kit, cols, rows, total)


def _clauses(dto: LoanDetailDTO) -> list[str]:
    row = dto.row
    texts = [
        _("Peminjam telah menerima pinjaman sebesar {amount} dari {fund} pada tanggal {day}.").format(
            amount=rupiah(row.principal), fund=dto.fund_name or row.fund_name, day=long_date(row.disbursed_on)),
        _("Peminjam wajib membayar angsuran pokok dan jasa setiap bulan sesuai jadwal di bawah ini. Pembayaran "
          "lebih awal atau sekaligus diperbolehkan."),
        _("Setiap pembayaran dipakai berurutan untuk denda, jasa, lalu pokok, dimulai dari angsuran yang paling "
          "lama, dan diberi kwitansi."),
        _("Apabila angsuran terlambat, berlaku ketentuan denda: {rule}.").format(
            rule=dto.late_fee_rule or _("tidak ada denda")),
    ]
    if dto.representative_name.strip():
        texts.append(_("Selama peminjam berada di luar negeri, urusan pinjaman ini dilakukan oleh wakilnya, "
                       "{name}, yang ikut menandatangani perjanjian ini.").format(name=dto.representative_name))
    return texts


def agreement_story(kit: PdfKit, dto: LoanDetailDTO, village: Any = None, officer: str = "") -> list[Flowable]:
    s = kit.styles
    row = dto.row
    village_line = dto.village or getattr(village, "name", "")
    story: list[Flowable] = header(kit, village_line, dto.fund_name or row.fund_name, village)
    story.append(Paragraph(esc(_("Surat Perjanjian Pinjaman").upper()), s["title"]))
    story.append(Paragraph(esc(_("Nomor: {number}").format(number=row.number)), s["subtitle"]))
    story.append(Paragraph(esc(_("Yang bertanda tangan di bawah ini:")), s["body"]))
    story.append(Spacer(1, 3))
    story.append(pairs(kit, [(_("Pihak pertama"), _("Pengurus {fund}, selanjutnya disebut pemberi pinjaman").format(
        fund=dto.fund_name or row.fund_name))], 4.2 * cm))
    story.append(pairs(kit, _borrower(dto), 4.2 * cm))
    story.append(sub_heading(kit, _("Ketentuan pinjaman")))
    story.append(pairs(kit, _terms(dto), 4.2 * cm))
    story.append(sub_heading(kit, _("Kesepakatan")))
    for n, text in enumerate(_clauses(dto), 1):
        story.append(Paragraph(f"{n}. {esc(text)}", s["body"].clone(f"clause{n}", leftIndent=12, firstLineIndent=-12,
                                                                     spaceAfter=2)))
    story.append(KeepTogether([sub_heading(kit, _("Jadwal angsuran")), _schedule(kit, dto)]))
    closing = Paragraph(esc(_("Demikian perjanjian ini dibuat dengan sebenarnya dan ditandatangani kedua pihak "
                              "tanpa paksaan.")), s["body"])
    signers = [(_("Peminjam"), row.borrower_name)]
    if dto.representative_name.strip():
        signers.append((_("Wakil peminjam"), dto.representative_name))
    signers.append((_("Pengurus"), officer))
    signers.append((head_role(village), getattr(village, "head_name", "") if village is not None else ""))
    above = [""] * (len(signers) - 1) + [_("Mengetahui,")]
    story.append(KeepTogether([Spacer(1, 8), closing, Spacer(1, 8),
                               signatures(kit, place_date(village_line, row.disbursed_on), signers, above)]))
    return story


def agreement_pdf(dto: LoanDetailDTO, path: str | Path, village: Any = None, officer: str = "") -> Path:
    """Write the agreement of `dto` (as of its disbursal) to `path`; return its path. With `village` (the
    village profile) the letterhead and the head of the village's name are printed."""
    kit = PdfKit(frame_width(A4))
    title = agreement_title(dto)
    return build(path, agreement_story(kit, dto, village, officer), A4, title, _("Perjanjian pinjaman"), officer)
