"""The simpan pinjam section of the recap: per fund, its savings by type, loans outstanding, aging and PAR30 at
the period's end, and the loans disbursed, principal repaid, jasa and denda received within the period."""

from __future__ import annotations

from sqlalchemy import func, select

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.periods import Period
from desmig_desktop.savings.dto import FundRecapDTO, SavingsSectionDTO
from desmig_desktop.savings.models import Fund
from desmig_desktop.savings.services.funds import fund_summary_in
from desmig_desktop.savings.services.statements import period_flows_in


def build_savings_section(ctx: ServiceContext, period: Period) -> SavingsSectionDTO | None:
    """None when the village has no fund opened by the period's end (the recap then has no such section)."""
    with ctx.reader() as session:
        ids = list(session.scalars(select(Fund.id).where(Fund.deleted_at.is_(None), Fund.opened_on <= period.end)
                                   .order_by(func.lower(Fund.name))))
        if not ids:
            return None
        rows = []
        for fund_id in ids:
            flows = period_flows_in(session, fund_id, period.start, period.end)
            rows.append(FundRecapDTO(fund_summary_in(session, ctx, fund_id, period.end), flows.loans_disbursed,
                                     flows.disbursed_amount, flows.principal_repaid, flows.fee_income,
                                     flows.late_fee_income))
    return SavingsSectionDTO(period, tuple(rows))
