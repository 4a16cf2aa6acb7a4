"""Pusat Layanan Migrasi's descriptor: its pages, its actions on a person, recap section, commands, demo, tiles."""

from __future__ import annotations

from desmig_desktop.core.i18n import N_, QT_TRANSLATE_NOOP
from desmig_desktop.core.pillar import Page, PersonAction, Pillar, RecapParts

_UI = "desmig_desktop.service_centre.ui"

PILLAR = Pillar(
    key="service_centre",
    title=QT_TRANSLATE_NOOP("Pillar", "Pusat Layanan Migrasi"),
    icon="fa5s.hands-helping",
    models=("desmig_desktop.service_centre.models", "desmig_desktop.service_centre.guards"),
    pages=(
        Page("visits", QT_TRANSLATE_NOOP("Pillar", "Buku Tamu"), "fa5s.book-open", f"{_UI}.visits_page:make_page"),
        Page("ak1", QT_TRANSLATE_NOOP("Pillar", "AK-1"), "fa5s.id-card", f"{_UI}.ak1_page:make_page"),
        Page("departure_documents", QT_TRANSLATE_NOOP("Pillar", "Dokumen Keberangkatan"), "fa5s.passport",
             f"{_UI}.documents_page:make_page"),
        Page("vacancies", QT_TRANSLATE_NOOP("Pillar", "Lowongan"), "fa5s.briefcase",
             f"{_UI}.vacancies_page:make_page"),
        Page("complaints", QT_TRANSLATE_NOOP("Pillar", "Pengaduan"), "fa5s.life-ring",
             f"{_UI}.complaints_page:make_page"),
    ),
    person_actions=(
        PersonAction("visit", QT_TRANSLATE_NOOP("Pillar", "Catat kunjungan"), "fa5s.book-open",
                     f"{_UI}.person_actions:record_visit"),
        PersonAction("ak1", QT_TRANSLATE_NOOP("Pillar", "Ajukan AK-1"), "fa5s.id-card",
                     f"{_UI}.person_actions:apply_ak1"),
        PersonAction("complaint", QT_TRANSLATE_NOOP("Pillar", "Buat pengaduan"), "fa5s.life-ring",
                     f"{_UI}.person_actions:file_complaint"),
    ),
    person_activity=f"{_UI}.person_section:activity_section",
    home=("desmig_desktop.service_centre.home:home_tiles",),
    recap=RecapParts(title=N_("Pusat Layanan Migrasi"),
                     build="desmig_desktop.service_centre.services.recap:build_service_section",
                     build_many="desmig_desktop.service_centre.services.recap:build_service_sections",
                     xlsx="desmig_desktop.service_centre.reports.section_xlsx:write_service_xlsx",
                     pdf="desmig_desktop.service_centre.reports.section_pdf:service_pdf",
                     district="desmig_desktop.service_centre.services.recap:district_columns"),
    demo="desmig_desktop.service_centre.demo:build_demo_service",
    cli="desmig_desktop.service_centre.cli:register",
    deleted="desmig_desktop.service_centre.services.deleted:deleted_items",
    uses=("registry",),
)
