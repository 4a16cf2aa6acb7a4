"""The Pusat Layanan Migrasi section on its own workbook sheet "Layanan Migrasi" (wider than the five columns of
"Ringkasan", which points to it), written by the report kit's `reports.tables_xlsx.write_tables_sheet` as the other
areas' sections: numbered headings, shaded wrapped headers, a grid, a grey total row and a note under each table;
figures are numbers (a median is a text such as `22 hari`). Counts only."""

from __future__ import annotations

from typing import Any

from desmig_desktop.core.i18n import _
from desmig_desktop.reports import xlsx_kit as rx
from desmig_desktop.reports.tables_xlsx import write_tables_sheet
from desmig_desktop.service_centre.reports.section_tables import (
    section_title,
    service_tables,
)


def write_service_xlsx(sheet: rx.SummarySheet, section: Any, data: Any, include_nik: bool = False) -> None:
    """Sheet "Layanan Migrasi" (tables numbered on from "Ringkasan") and a pointer to it on "Ringkasan".
    `section`: a services.recap.ServiceSection. No personal data in these tables: `include_nik` changes nothing."""
    write_tables_sheet(sheet, service_tables(section), _("Layanan Migrasi"), section_title(), data,
                       _("{first}\u2013{last}. Pusat Layanan Migrasi: lihat lembar \u201c{sheet}\u201d"))
