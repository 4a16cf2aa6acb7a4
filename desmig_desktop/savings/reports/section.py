"""The simpan pinjam section of the recap, in the workbook and in the PDF: per fund, savings by type at the
period's end; the period's loans and income with the principal outstanding; the aging buckets and PAR30.

The tables are the report kit's (`reports.tables`: Column / ReportTable, measured PDF grids, `pdf_table`), so
the areas' sections look alike; `section_xlsx.write_savings_xlsx` writes them on their own sheet. Values, not
formatted text: the renderers format them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desmig_desktop.core.i18n import _
from desmig_desktop.reports.tables import (
    COUNT,
    MONEY,
    NO,
    PERCENT,
    TEXT,
    Band,
    Column,
    ReportTable,
    pdf_table,
)
from desmig_desktop.savings.dto import BUCKETS, FundRecapDTO, SavingsSectionDTO

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from desmig_desktop.reports.pdf_kit import PdfKit


def section_title() -> str:
    return _("Simpan Pinjam")


def _name(row: FundRecapDTO) -> str:
    return row.summary.fund.name


def _numbered(funds: tuple[FundRecapDTO, ...], values) -> tuple[tuple, ...]:  # type: ignore[no-untyped-def]
    return tuple((n, _name(r), *values(r)) for n, r in enumerate(funds, 1))


def _total(body: tuple[tuple, ...], width: int) -> tuple:
    return ("", _("Jumlah"), *(sum(line[i] for line in body) for i in range(2, width)))


def _par(at_risk: int, outstanding: int) -> float | None:
    return at_risk / outstanding if outstanding else None


def _savings(section: SavingsSectionDTO) -> ReportTable:
    cols = (Column(_("No."), NO), Column(_("Dana"), TEXT), Column(_("Anggota aktif"), COUNT, _("Anggota")),
            Column(_("Simpanan pokok"), MONEY, _("Pokok")), Column(_("Simpanan wajib"), MONEY, _("Wajib")),
            Column(_("Simpanan sukarela"), MONEY, _("Sukarela")), Column(_("Jumlah simpanan"), MONEY, _("Jumlah")))
    body = _numbered(section.funds, lambda r: (r.summary.members, r.summary.savings.get("pokok", 0),
                                               r.summary.savings.get("wajib", 0),
                                               r.summary.savings.get("sukarela", 0), r.summary.savings_total))
    note = _("Saldo simpanan dan anggota aktif pada akhir periode, dari buku besar dana.")
    return ReportTable(_("Simpan pinjam: simpanan anggota"), cols, body, _total(body, 7) if body else None, note=note)


def _loans(section: SavingsSectionDTO) -> ReportTable:
    cols = (Column(_("No."), NO), Column(_("Dana"), TEXT), Column(_("Pinjaman dicairkan"), COUNT, _("Jumlah")),
            Column(_("Nilai pinjaman dicairkan"), MONEY, _("Nilai")),
            Column(_("Pokok diterima"), MONEY, _("Pokok")), Column(_("Jasa diterima"), MONEY, _("Jasa")),
            Column(_("Denda diterima"), MONEY, _("Denda")))
    body = _numbered(section.funds, lambda r: (r.loans_disbursed, r.disbursed_amount, r.principal_repaid,
                                               r.fee_income, r.late_fee_income))
    bands = (Band(None, 2), Band(_("Dicairkan dalam periode"), 2), Band(_("Diterima dalam periode"), 3))
    note = _("Pinjaman yang dibatalkan tidak dihitung. Angsuran yang dibatalkan mengurangi periode tanggal "
             "pembatalannya.")
    return ReportTable(_("Simpan pinjam: pinjaman dalam periode"), cols, body, _total(body, 7) if body else None,
                       bands, note)


def _outstanding(section: SavingsSectionDTO) -> ReportTable:
    cols = (Column(_("No."), NO), Column(_("Dana"), TEXT), Column(_("Pinjaman beredar"), COUNT, _("Pinjaman")),
            Column(_("Sisa pokok"), MONEY), Column(_("Sisa pokok terlambat > 30 hari"), MONEY, _("Terlambat > 30 hari")),
            Column(_("PAR30"), PERCENT))
    body = _numbered(section.funds, lambda r: (r.summary.open_loans, r.summary.principal_outstanding,
                                               r.summary.par30_principal,
                                               _par(r.summary.par30_principal, r.summary.principal_outstanding)))
    total = None
    if body:
        sums = _total(tuple(line[:-1] for line in body), 5)
        total = (*sums, _par(sums[4], sums[3]))
    note = _("PAR30: sisa pokok pinjaman yang terlambat lebih dari 30 hari dibagi seluruh sisa pokok, pada akhir "
             "periode. Hari saat pinjaman dihentikan sementara tidak dihitung terlambat.")
    return ReportTable(_("Simpan pinjam: pinjaman beredar dan PAR30 pada akhir periode"), cols, body, total, note=note)


def _aging(section: SavingsSectionDTO) -> ReportTable:
    heads = {"lancar": _("Lancar"), "1-30": _("1\u201330 hari"), "31-60": _("31\u201360 hari"),
             "61-90": _("61\u201390 hari"), "90+": _("> 90 hari")}
    cols = (Column(_("No."), NO), Column(_("Dana"), TEXT), *(Column(heads[b], MONEY) for b in BUCKETS))

    def values(r: FundRecapDTO) -> tuple:
        by = {a.bucket: a.principal for a in r.summary.aging}
        return tuple(by.get(b, 0) for b in BUCKETS)

    body = _numbered(section.funds, values)
    bands = (Band(None, 2), Band(_("Sisa pokok menurut lama tunggakan"), len(BUCKETS)))
    return ReportTable(_("Simpan pinjam: umur tunggakan pada akhir periode"), cols, body,
                       _total(body, 2 + len(BUCKETS)) if body else None, bands)


def savings_tables(section: SavingsSectionDTO) -> list[ReportTable]:
    """The section's tables, in the order both renderers show them."""
    return [_savings(section), _loans(section), _outstanding(section), _aging(section)]


def savings_pdf(kit: "PdfKit", section: SavingsSectionDTO, data: Any, include_nik: bool = False) -> list["Flowable"]:
    """The section in the recap PDF: a part title, then the numbered tables (no personal data in them)."""
    tables = savings_tables(section)
    title = (kit.paragraph(section_title().upper(), "title"), kit.spacer(4))
    return [*pdf_table(kit, tables[0], title), *(f for t in tables[1:] for f in pdf_table(kit, t))]
