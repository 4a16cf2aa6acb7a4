"""Pusat Layanan Migrasi's tile on Beranda (core.pillar.Tile): the visits of this month, the AK-1 cards whose report
or renewal is due within 30 days, the calon PMI at risk and the open complaints (the lost-contact cases are on the
registry's "Perlu ditindaklanjuti" tile and the Putus kontak tab of Pengaduan).

Screen code without widgets: `home_tiles(ctx)` runs on the home page's worker thread and calls the area's use
cases; a click opens the page behind the number, filtered to what it counts. It imports no screen of the area (they
load when a click first opens the page).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from desmig_desktop.core.i18n import _, n_
from desmig_desktop.core.pillar import Figure, Tile
from desmig_desktop.service_centre.codes import DUE_DAYS
from desmig_desktop.service_centre.services.ak1 import due_cards
from desmig_desktop.service_centre.services.complaints import list_complaints
from desmig_desktop.service_centre.services.documents import calon_at_risk
from desmig_desktop.service_centre.services.visits import list_visits

# The change kinds that make the tile stale: service_centre.ui's VISITS, AK1, DOCUMENTS, COMPLAINTS and the
# registry's persons and placements (a calon, a departure, a lost contact); not imported: screens load on first use.
KINDS = frozenset({"sc_visits", "sc_ak1", "sc_documents", "sc_complaints", "persons", "placements"})


def _open(page_key: str, then: Callable[[Any], None] | None = None) -> Callable[[Any], None]:
    """A click that shows page `page_key`, then `then(page)` sets its filter (when the page offers it)."""

    def show(env: Any) -> None:
        page = env.open_page(page_key)
        if page is not None and then is not None:
            then(page)

    return show


def _visits_of_month(page: Any) -> None:
    if hasattr(page, "apply_filter"):
        page.apply_filter(_("Kunjungan bulan ini"), None, "month")


def _due(page: Any) -> None:
    if hasattr(page, "apply_filter"):
        page.apply_filter(_("Kartu wajib lapor/perpanjang"))


def _at_risk(page: Any) -> None:
    box = getattr(page, "at_risk", None)
    if box is not None:
        box.setChecked(True)


def _open_complaints(page: Any) -> None:
    if hasattr(page, "apply_filter"):
        page.apply_filter("open")  # complaints_page.OPEN: every status but selesai


def centre_tile(ctx: Any) -> Tile:
    today = ctx.today()
    visits = len(list_visits(ctx, date(today.year, today.month, 1), today))
    due = len(due_cards(ctx, DUE_DAYS, today))
    risk = len(calon_at_risk(ctx, today))
    complaints = [r for r in list_complaints(ctx, day=today) if r.status != "selesai"]
    fresh = sum(r.status == "baru" for r in complaints)
    figures = (
        Figure("service_centre:visits_month", _("Kunjungan bulan ini"), visits, _open("visits", _visits_of_month)),
        Figure("service_centre:ak1_due", n_("Kartu AK-1 jatuh tempo ({days} hari)",
                                            "Kartu AK-1 jatuh tempo ({days} hari)", DUE_DAYS)
               .format(days=DUE_DAYS), due, _open("ak1", _due), tone="warn" if due else ""),
        Figure("service_centre:calon_at_risk", _("Calon PMI berisiko"), risk, _open("departure_documents", _at_risk),
               tone="warn" if risk else ""),
        Figure("service_centre:complaints_open",
               n_("Pengaduan terbuka ({n} baru)", "Pengaduan terbuka ({n} baru)", fresh).format(n=fresh),
               len(complaints), _open("complaints", _open_complaints), tone="warn" if fresh else ""),
    )  # lost contact: the registry's "Perlu ditindaklanjuti" tile; the register is a tab of Pengaduan
    return Tile("service_centre.centre", _("Pusat Layanan Migrasi"), figures, kinds=KINDS)


def home_tiles(ctx: Any) -> list[Tile]:
    return [centre_tile(ctx)]
