"""The Usaha Produktif section on its own workbook sheet "Kelompok Produksi": the tables of
`section.group_tables`, wider than the five columns of "Ringkasan", which points to this sheet (the kit's
`reports.tables_xlsx.write_tables_sheet`)."""

from __future__ import annotations

from typing import Any

from desmig_desktop.core.i18n import _
from desmig_desktop.production.dto import GroupsSection
from desmig_desktop.production.reports.section import group_tables, section_title
from desmig_desktop.reports import xlsx_kit as rx
from desmig_desktop.reports.tables_xlsx import write_tables_sheet


def write_groups_xlsx(sheet: rx.SummarySheet, section: GroupsSection, data: Any,
                      include_nik: bool = False) -> None:
    """Sheet "Kelompok Produksi" (tables numbered on from "Ringkasan"), and a pointer to it on "Ringkasan"."""
    write_tables_sheet(sheet, group_tables(section, include_nik), _("Kelompok Produksi"), section_title(), data,
                       _("{first}\u2013{last}. Kelompok produksi: lihat lembar \u201c{sheet}\u201d"))
