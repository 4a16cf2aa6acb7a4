"""The Pusat Layanan Migrasi section on its own workbook sheet "Layanan Migrasi" (Usaha Produktif's sheet writer),
with a pointer to it on "Ringkasan". Counts only."""

from __future__ import annotations

from typing import Any

from desmig_desktop.core.i18n import _
from desmig_desktop.production.reports.section_xlsx import write_tables_sheet
from desmig_desktop.reports import xlsx_kit as rx
from desmig_desktop.service_centre.reports.section_tables import section_title, service_tables
from desmig_desktop.service_centre.services.recap import ServiceSection


def write_service_xlsx(sheet: rx.SummarySheet, section: ServiceSection, data: Any, include_nik: bool = False) -> None:
    """No personal data in these tables: `include_nik` changes nothing."""
    write_tables_sheet(sheet, service_tables(section), _("Layanan Migrasi"), section_title(), data,
                       _("{first}\u2013{last}. Pusat Layanan Migrasi: lihat lembar \u201c{sheet}\u201d"))
