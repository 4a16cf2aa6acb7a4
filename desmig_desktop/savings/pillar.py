"""Simpan pinjam's descriptor: its pages, its part of a person's page, recap section, commands, demo, tiles."""

from __future__ import annotations

from desmig_desktop.core.i18n import N_, QT_TRANSLATE_NOOP
from desmig_desktop.core.pillar import Page, Pillar, RecapParts

PILLAR = Pillar(
    key="savings",
    title=QT_TRANSLATE_NOOP("Pillar", "Simpan Pinjam"),
    icon="fa5s.piggy-bank",
    models=("desmig_desktop.savings.models",),
    person_activity="desmig_desktop.savings.ui.person_section:activity_section",
    home=("desmig_desktop.savings.home:home_tiles",),
    pages=(Page("funds", QT_TRANSLATE_NOOP("Pillar", "Simpan Pinjam"), "fa5s.piggy-bank",
                "desmig_desktop.savings.ui.page:make_page"),),
    recap=RecapParts(title=N_("Simpan Pinjam"),
                     build="desmig_desktop.savings.services.recap:build_savings_section",
                     build_many="desmig_desktop.savings.services.recap_batch:build_savings_sections",
                     xlsx="desmig_desktop.savings.reports.section_xlsx:write_savings_xlsx",
                     pdf="desmig_desktop.savings.reports.section:savings_pdf",
                     district="desmig_desktop.savings.services.district_columns:district_columns"),
    demo="desmig_desktop.savings.demo:build_demo_funds",
    cli="desmig_desktop.savings.cli:register",
    uses=("registry", "production"),
)
