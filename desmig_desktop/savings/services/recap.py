"""The simpan pinjam section of the recap: per fund, its savings by type, loans outstanding, aging and PAR30 at
the period's end, and the loans disbursed, principal repaid, jasa and denda received within the period.

The section is read for every village of a context at once (`services.recap_batch`: a fixed number of grouped
statements, however many villages and funds); a village's own recap takes its one village from there, so the
village and the district recap come from the same code."""

from __future__ import annotations

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.periods import Period
from desmig_desktop.core.pillar import own_section
from desmig_desktop.savings.dto import SavingsSectionDTO
from desmig_desktop.savings.services.recap_batch import build_savings_sections


def build_savings_section(ctx: ServiceContext, period: Period) -> SavingsSectionDTO | None:
    """None when the village has no fund opened by the period's end (the recap then has no such section)."""
    return own_section(build_savings_sections(ctx, period), ctx)
