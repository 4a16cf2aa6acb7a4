"""Usaha Produktif's columns in the district recap: one village's production groups summed from its recap section
(`services.recap.build_groups_section`), never queried again. The same codes for every village (zeros without
groups), so the district's per-village table has stable columns."""

from __future__ import annotations

from desmig_desktop.core.i18n import N_
from desmig_desktop.core.pillar import DistrictFigure
from desmig_desktop.production.dto import GroupsSection

# (code, heading, GroupRecapRow attribute summed over the groups, Rupiah)
_SUMS = (
    ("production.active_members", N_("Anggota kelompok aktif"), "active_members", False),
    ("production.joined", N_("Anggota masuk"), "joined", False),
    ("production.left", N_("Anggota keluar"), "left", False),
    ("production.trainings", N_("Pelatihan kelompok"), "trainings", False),
    ("production.people_reached", N_("Orang tersosialisasi"), "people_reached", False),
    ("production.production_runs", N_("Kali produksi"), "production_runs", False),
    ("production.aid_total", N_("Bantuan diterima"), "aid_total", True),
    ("production.sales_total", N_("Penjualan"), "sales_total", True),
    ("production.profit", N_("Laba"), "profit", True),
    ("production.profit_shared", N_("Bagi hasil dibayar"), "profit_shared", True),
)


def district_columns(section: GroupsSection | None) -> tuple[DistrictFigure, ...]:
    rows = section.rows if section is not None else ()
    return (
        DistrictFigure("production.groups", N_("Kelompok produksi"), len(rows)),
        DistrictFigure("production.groups_active", N_("Kelompok aktif"), sum(1 for r in rows if r.status == "aktif")),
        *(DistrictFigure(code, label, sum(int(getattr(r, attr)) for r in rows), money)
          for code, label, attr, money in _SUMS),
    )
