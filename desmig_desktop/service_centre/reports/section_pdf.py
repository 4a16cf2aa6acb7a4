"""The Pusat Layanan Migrasi section in the recap PDF: a part title, then the numbered tables of `section_tables`
drawn by the report kit (`reports.tables.pdf_table`: shaded header, grid, grey total row, a small note under the
table), as the other areas' sections. A short table stays whole on one page with its heading; a long one splits
with its header repeated. Counts only."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desmig_desktop.reports.tables import pdf_table
from desmig_desktop.service_centre.reports.section_tables import (
    section_title,
    service_tables,
)

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from desmig_desktop.reports.pdf_kit import PdfKit


def service_pdf(kit: "PdfKit", section: Any, data: Any, include_nik: bool = False) -> list["Flowable"]:
    """`section`: a services.recap.ServiceSection. No personal data in these tables: `include_nik` changes nothing."""
    tables = service_tables(section)
    title = (kit.paragraph(section_title().upper(), "title"), kit.spacer(4))
    return [*pdf_table(kit, tables[0], title), *(f for t in tables[1:] for f in pdf_table(kit, t))]
