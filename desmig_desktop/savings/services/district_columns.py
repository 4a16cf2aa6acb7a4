"""Simpan Pinjam's columns in the district recap: one village's funds summed from its recap section
(`services.recap.build_savings_section`), never queried again. The same codes for every village (zeros without a
fund). `savings.par30_principal` is PAR30's numerator and `savings.principal_outstanding` its denominator: the
district's PAR30 is the ratio of their sums, never an average of the villages' ratios."""

from __future__ import annotations

from desmig_desktop.core.i18n import N_
from desmig_desktop.core.pillar import DistrictFigure
from desmig_desktop.savings.dto import SavingsSectionDTO


def district_columns(section: SavingsSectionDTO | None) -> tuple[DistrictFigure, ...]:
    funds = section.funds if section is not None else ()
    summaries = [f.summary for f in funds]
    return (
        DistrictFigure("savings.funds", N_("Dana simpan pinjam"), len(funds)),
        DistrictFigure("savings.members", N_("Anggota simpan pinjam"), sum(s.members for s in summaries)),
        DistrictFigure("savings.savings_balance", N_("Saldo simpanan"), sum(s.savings_total for s in summaries), True),
        DistrictFigure("savings.cash", N_("Kas dana"), sum(s.cash for s in summaries), True),
        DistrictFigure("savings.open_loans", N_("Pinjaman berjalan"), sum(s.open_loans for s in summaries)),
        DistrictFigure("savings.principal_outstanding", N_("Pokok pinjaman beredar"),
                       sum(s.principal_outstanding for s in summaries), True),
        DistrictFigure("savings.par30_principal", N_("Pokok tunggakan > 30 hari (PAR30)"),
                       sum(s.par30_principal for s in summaries), True),
        DistrictFigure("savings.loans_disbursed", N_("Pinjaman dicairkan"), sum(f.loans_disbursed for f in funds)),
        DistrictFigure("savings.disbursed_amount", N_("Nilai pencairan"), sum(f.disbursed_amount for f in funds), True),
        DistrictFigure("savings.principal_repaid", N_("Angsuran pokok diterima"),
                       sum(f.principal_repaid for f in funds), True),
        DistrictFigure("savings.fee_income", N_("Jasa diterima"), sum(f.fee_income for f in funds), True),
    )
