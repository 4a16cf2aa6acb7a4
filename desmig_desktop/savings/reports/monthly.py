"""The monthly fund report (laporan bulanan dana simpan pinjam, A4): opening cash, the month's movements by kind
(count, in, out), closing cash; savings by kind at the month's end; loans disbursed and repaid, jasa and denda
received, the outstanding principal, the aging buckets and PAR30; signatures."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from desmig_desktop.core.formatting import long_date, month_year, percent, rupiah
from desmig_desktop.core.i18n import _, label
from desmig_desktop.reports.pdf_kit import PdfKit, esc
from desmig_desktop.reports.tables import COUNT, MONEY, NO, TEXT, Column
from desmig_desktop.savings.dto import MonthlyReportDTO
from desmig_desktop.savings.reports.common import (
    BUCKET_LABELS,
    SAVINGS_KINDS,
    build,
    frame_width,
    grid,
    head_role,
    header,
    place_date,
    signatures,
    sub_heading,
)


def month_text(dto: MonthlyReportDTO) -> str:
    return month_year(date(dto.year, dto.month, 1))


def report_title(dto: MonthlyReportDTO) -> str:
    return _("Laporan Bulanan {fund} \u2014 {month}").format(fund=dto.fund_name, month=month_text(dto))


def par30_text(principal: int, outstanding: int) -> str:
    """`27,5%`, or a dash when nothing is outstanding."""
    return "\u2013" if not outstanding else percent(principal / outstanding, 1)


def _cash(kit: PdfKit, dto: MonthlyReportDTO):  # type: ignore[no-untyped-def]
    cols = (Column(_("No."), NO), Column(_("Uraian"), TEXT), Column(_("Jumlah transaksi"), COUNT, _("Transaksi")),
            Column(_("Kas masuk"), MONEY), Column(_("Kas keluar"), MONEY))
    rows: list[tuple] = [("", _("Saldo kas awal bulan"), "", dto.opening_cash, "")]
    rows += [(n, mv.label, mv.count, mv.cash_in or "", mv.cash_out or "") for n, mv in enumerate(dto.movements, 1)]
    cash_in, cash_out = sum(mv.cash_in for mv in dto.movements), sum(mv.cash_out for mv in dto.movements)
    rows.append(("", _("Jumlah mutasi bulan ini"), sum(mv.count for mv in dto.movements), cash_in, cash_out))
    return grid(kit, cols, rows, ("", _("Saldo kas akhir bulan"), "", dto.closing_cash, ""))


def _savings(kit: PdfKit, dto: MonthlyReportDTO):  # type: ignore[no-untyped-def]
    cols = (Column(_("Jenis simpanan"), TEXT), Column(_("Saldo akhir bulan"), MONEY))
    rows = [(label(SAVINGS_KINDS, k), dto.summary.savings.get(k, 0)) for k in SAVINGS_KINDS]
    return grid(kit, cols, rows, (_("Jumlah"), dto.summary.savings_total))


def _loans(kit: PdfKit, dto: MonthlyReportDTO):  # type: ignore[no-untyped-def]
    cols = (Column(_("Uraian"), TEXT), Column(_("Jumlah"), TEXT))
    sm = dto.summary
    rows = [
        (_("Pinjaman dicairkan bulan ini"), _("{n} pinjaman, {amount}").format(n=dto.loans_disbursed,
                                                                               amount=rupiah(dto.disbursed_amount))),
        (_("Angsuran pokok diterima"), rupiah(dto.principal_repaid)),
        (_("Jasa pinjaman diterima"), rupiah(dto.fee_income)),
        (_("Denda diterima"), rupiah(dto.late_fee_income)),
        (_("Pinjaman beredar akhir bulan"), _("{n} pinjaman, sisa pokok {amount}").format(
            n=sm.open_loans, amount=rupiah(sm.principal_outstanding))),
    ]
    return grid(kit, cols, rows)


def _aging(kit: PdfKit, dto: MonthlyReportDTO):  # type: ignore[no-untyped-def]
    cols = (Column(_("Umur tunggakan"), TEXT), Column(_("Jumlah pinjaman"), COUNT, _("Pinjaman")),
            Column(_("Sisa pokok"), MONEY))
    sm = dto.summary
    rows = [(label(BUCKET_LABELS, a.bucket), a.loans, a.principal) for a in sm.aging]
    return grid(kit, cols, rows, (_("Jumlah"), sum(a.loans for a in sm.aging), sum(a.principal for a in sm.aging)))


def monthly_story(kit: PdfKit, dto: MonthlyReportDTO, village: Any = None, officer: str = "") -> list[Flowable]:
    s = kit.styles
    sm = dto.summary
    story: list[Flowable] = header(kit, dto.village, dto.fund_name, village)
    story.append(Paragraph(esc(_("Laporan Bulanan Dana Simpan Pinjam").upper()), s["title"]))
    story.append(Paragraph(esc(_("Bulan {month}").format(month=month_text(dto))), s["subtitle"]))
    story.append(KeepTogether([sub_heading(kit, _("1. Kas")), _cash(kit, dto)]))
    story.append(KeepTogether([sub_heading(kit, _("2. Simpanan anggota ({n} anggota aktif)").format(n=sm.members)),
                               _savings(kit, dto)]))
    story.append(KeepTogether([sub_heading(kit, _("3. Pinjaman")), _loans(kit, dto)]))
    par = _("PAR30 (pinjaman terlambat lebih dari 30 hari): {amount} = {share} dari sisa pokok").format(
        amount=rupiah(sm.par30_principal), share=par30_text(sm.par30_principal, sm.principal_outstanding))
    story.append(KeepTogether([sub_heading(kit, _("4. Umur tunggakan per {day}").format(day=long_date(sm.as_of))),
                               _aging(kit, dto), kit.spacer(3), Paragraph(f"<b>{esc(par)}</b>", s["body"])]))
    last = sm.as_of
    story.append(KeepTogether([kit.spacer(6), signatures(
        kit, place_date(dto.village, last), [(_("Petugas"), officer), (_("Ketua Pengurus"), ""),
                                             (head_role(village), getattr(village, "head_name", "") if village else "")],
        above=["", "", _("Mengetahui,")], space=1.3 * cm)]))
    return story


def monthly_report_pdf(dto: MonthlyReportDTO, path: str | Path, village: Any = None, officer: str = "") -> Path:
    """Write the month's fund report to `path`; return its path."""
    kit = PdfKit(frame_width(A4))
    return build(path, monthly_story(kit, dto, village, officer), A4, report_title(dto),
                 _("Laporan bulanan simpan pinjam"), officer, margin_y=1.2 * cm)
