"""The production-groups section of the recap: per group, the period's figures and the three
empowerment stages of the seeds — penyadaran, pengkapasitasan, pendayaan.

The section is read for every village of a context at once (`services.recap_batch`: a fixed number of grouped
statements, however many villages and groups); a village's own recap takes its one village from there, so the
village and the district recap come from the same code."""

from __future__ import annotations

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.periods import Period
from desmig_desktop.core.pillar import own_section
from desmig_desktop.production.dto import GroupsSection
from desmig_desktop.production.services.recap_batch import build_groups_sections


def build_groups_section(ctx: ServiceContext, period: Period) -> GroupsSection | None:
    """None when the village has no live group (the recap then has no such section)."""
    return own_section(build_groups_sections(ctx, period), ctx)
