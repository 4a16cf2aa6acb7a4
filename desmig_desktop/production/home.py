"""Usaha Produktif's tiles on Beranda (core.pillar.Tile): the groups' sales per month, and the groups with what
is due (share-outs due or overdue, members the registry has abroad).

Screen code without widgets: `home_tiles(ctx)` runs on the home page's worker thread and calls the area's
figures use case; a click opens the Usaha Produktif page on the group and tab behind the figure. It imports no
screen of the area (they load when a click first opens the page).
"""

from __future__ import annotations

from typing import Any, Callable

from desmig_desktop.core.formatting import month_year
from desmig_desktop.core.i18n import _
from desmig_desktop.core.pillar import Chart, Figure, Series, Tile, month_label
from desmig_desktop.production.services.figures import production_figures

# The change kinds that make these tiles stale: production.ui.GROUPS (not imported: the area's screens load on
# first use) and the registry's PERSONS and PLACEMENTS (a member gone abroad; areas do not import its screens).
KINDS = frozenset({"groups", "persons", "placements"})


def open_group(group_id: str | None, tab: str = "", status: str | None = None) -> Callable[[Any], None]:
    """A click that shows the Usaha Produktif page: the group's `tab` (members, sales, sharing…), or the list
    of groups in `status`."""

    def show(env: Any) -> None:
        page = env.open_page("groups")
        if group_id is None:
            page.status_combo.setCurrentIndex(max(page.status_combo.findData(status), 0))
            return
        page.open_share_tab(group_id)  # selects the group (clearing a filter that hides it)
        if tab:
            page.view.tabs.setCurrentWidget(getattr(page.view, tab))

    return show


def sales_tile(f: Any) -> Tile:
    categories = tuple(month_label(m, always_year=i == 0) for i, m in enumerate(f.months))

    def open_bar(env: Any, series: int, _bar: int) -> None:
        open_group(f.sales[series].group_id, "sales")(env)

    chart = Chart(categories, tuple(Series(g.group_id, g.group, g.amounts) for g in f.sales), open_bar, money=True,
                  stacked=True)
    total = sum(f.monthly_total())
    figures = (Figure("sales:total", _("Penjualan 12 bulan ({first} – {last})").format(
        first=month_year(f.months[0]), last=month_year(f.months[-1])), total, open_group(None, status="aktif"),
        money=True),)
    return Tile("production.sales", _("Penjualan kelompok per bulan"), figures, chart,
                note="" if total else _("Belum ada penjualan dalam 12 bulan terakhir."), kinds=KINDS)


def groups_tile(f: Any) -> Tile:
    figures: list[Figure] = [
        Figure("groups:active", _("Kelompok aktif"), f.active_groups, open_group(None, status="aktif")),
        Figure("groups:members", _("Anggota aktif"), f.active_members, open_group(None, status="aktif")),
    ]
    for due in f.due:
        text = _("Bagi hasil {group}: {reason}").format(group=due.group, reason=due.reason)
        figures.append(Figure(f"due:{due.group_id}", text, None,
                              open_group(due.group_id, "sharing"), tone="warn"))
    for group in f.members_abroad:
        figures.append(Figure(f"abroad:{group.group_id}", _("Anggota {group} yang kini bekerja di luar negeri").format(
            group=group.group), group.count, open_group(group.group_id, "members"), tone="warn"))
    note = "" if f.due or f.members_abroad else _("Tidak ada bagi hasil yang jatuh tempo.")
    return Tile("production.groups", _("Kelompok usaha: yang perlu dikerjakan"), tuple(figures), note=note, kinds=KINDS)


def home_tiles(ctx: Any) -> list[Tile]:
    f = production_figures(ctx)
    return [sales_tile(f), groups_tile(f)]
