"""Usaha Produktif's descriptor: its page, its part of a person's activity, its recap section, commands, demo."""

from __future__ import annotations

from desmig_desktop.core.i18n import N_, QT_TRANSLATE_NOOP
from desmig_desktop.core.pillar import Page, Pillar, RecapParts

PILLAR = Pillar(
    key="production",
    title=QT_TRANSLATE_NOOP("Pillar", "Usaha Produktif"),
    icon="fa5s.store",
    models=("desmig_desktop.production.models",),
    pages=(Page("groups", QT_TRANSLATE_NOOP("Pillar", "Usaha Produktif"), "fa5s.store", "desmig_desktop.production.ui.page:make_page"),),
    person_activity="desmig_desktop.production.ui.person_activity:activity_section",
    recap=RecapParts(title=N_("Usaha Produktif \u2014 Kelompok Produksi"),
                     build="desmig_desktop.production.services.recap:build_groups_section",
                     build_many="desmig_desktop.production.services.recap_batch:build_groups_sections",
                     xlsx="desmig_desktop.production.reports.section_xlsx:write_groups_xlsx",
                     pdf="desmig_desktop.production.reports.section:groups_pdf",
                     district="desmig_desktop.production.services.district_columns:district_columns"),
    cli="desmig_desktop.production.cli:register",
    demo="desmig_desktop.production.demo:build_demo_groups",
    home=("desmig_desktop.production.home:home_tiles",),
    deleted="desmig_desktop.production.services.deleted:deleted_items",
    restored="desmig_desktop.production.services.ledger:after_restore",
    uses=("registry", "activities"),
)
