"""The Pusat Layanan Migrasi section in the recap PDF: a part title, then the numbered tables of
`section_tables` drawn as Usaha Produktif's (`pdf_table`: measured grids). Counts only."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desmig_desktop.production.reports.section import pdf_table
from desmig_desktop.service_centre.reports.section_tables import section_title, service_tables
from desmig_desktop.service_centre.services.recap import ServiceSection

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from desmig_desktop.reports.pdf_kit import PdfKit


def service_pdf(kit: "PdfKit", section: ServiceSection, data: Any, include_nik: bool = False) -> list["Flowable"]:
    """No personal data in these tables: `include_nik` changes nothing."""
    tables = service_tables(section)
    title = (kit.paragraph(section_title().upper(), "title"), kit.spacer(4))
    return [*pdf_table(kit, tables[0], title), *(f for t in tables[1:] for f in pdf_table(kit, t))]
