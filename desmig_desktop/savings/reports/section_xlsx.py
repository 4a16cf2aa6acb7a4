"""The simpan pinjam section on its own workbook sheet "Simpan Pinjam" (the kit's sheet writer,
`reports.tables_xlsx`), with a pointer to it on "Ringkasan"."""

from __future__ import annotations

from typing import Any

from desmig_desktop.core.i18n import _
from desmig_desktop.reports import xlsx_kit as rx
from desmig_desktop.reports.tables_xlsx import write_tables_sheet
from desmig_desktop.savings.dto import SavingsSectionDTO
from desmig_desktop.savings.reports.section import savings_tables, section_title


def write_savings_xlsx(sheet: rx.SummarySheet, section: SavingsSectionDTO, data: Any,
                       include_nik: bool = False) -> None:
    """No personal data in these tables: `include_nik` changes nothing."""
    write_tables_sheet(sheet, savings_tables(section), _("Simpan Pinjam"), section_title(), data,
                       _("{first}\u2013{last}. Simpan pinjam: lihat lembar \u201c{sheet}\u201d"))
