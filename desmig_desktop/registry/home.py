"""The registry's tiles on Beranda (core.pillar.Tile): residents by status and sex, PMI aktif by destination
country, departures and returns per month, and the PMI to follow up.

Screen code without widgets: `home_tiles(ctx)` runs on the home page's worker thread and calls the registry's
figures use case; each figure and bar carries what its click opens, the person list filtered to exactly the
people it counts (`registry.services.figures`: the same PersonQuery counted them).
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, Callable

from desmig_desktop.core.formatting import month_year, number
from desmig_desktop.core.i18n import _, label, n_
from desmig_desktop.core.pillar import Chart, Figure, Series, Tile, month_label
from desmig_desktop.registry.enums import SEXES, STATUSES
from desmig_desktop.registry.services.figures import (
    LOST_CONTACT_QUERY,
    RECENT_RETURN_DAYS,
    country_query,
    departures_query,
    recent_returns_query,
    registry_figures,
    returns_query,
    status_sex_query,
)
from desmig_desktop.registry.services.search import PersonQuery
from desmig_desktop.registry.ui import HOUSEHOLDS, PERSONS, PLACEMENTS, VILLAGE

KINDS = frozenset({PERSONS, HOUSEHOLDS, PLACEMENTS, VILLAGE})
TOP_COUNTRIES = 7


def query_codes(q: PersonQuery) -> dict[str, Any]:
    """The fields of `q` that differ from an empty query (what `PersonPage.apply_filter` takes)."""
    return {f.name: getattr(q, f.name) for f in fields(q) if getattr(q, f.name) != f.default}


def open_persons(title: str, q: PersonQuery) -> Callable[[Any], None]:
    """A click that shows the person list filtered to `q`, `title` naming the filter above it."""
    codes = query_codes(q)

    def show(env: Any) -> None:
        env.open_page("persons").apply_filter(title, **codes)

    return show


def status_tile(f: Any) -> Tile:
    total = f.count()
    figures = (Figure("status:all", _("Penduduk"), total, open_persons(_("Semua penduduk"), PersonQuery())),
               *(Figure(f"status:{code}", label(STATUSES, code), f.count(code),
                        open_persons(label(STATUSES, code), status_sex_query(code, None)))
                 for code in ("aktif", "calon", "purna")))
    statuses = [code for code in STATUSES if f.count(code)]
    sexes = list(SEXES)

    def open_bar(env: Any, series: int, bar: int) -> None:
        status, sex = statuses[bar], sexes[series]
        open_persons(f"{label(STATUSES, status)} — {label(SEXES, sex)}", status_sex_query(status, sex))(env)

    chart = Chart(tuple(label(STATUSES, s) for s in statuses),
                  tuple(Series(sex, label(SEXES, sex), tuple(f.count(s, sex) for s in statuses)) for sex in sexes),
                  open_bar, horizontal=True)
    return Tile("registry.status", _("Penduduk menurut status dan jenis kelamin"), figures, chart,
                note="" if total else _("Belum ada penduduk tercatat."), kinds=KINDS)


def country_tile(f: Any) -> Tile:
    shown = f.aktif_by_country[:TOP_COUNTRIES]
    rest = f.aktif_by_country[TOP_COUNTRIES:]
    names = tuple(c or _("(negara belum diisi)") for c, _n in shown)

    def open_bar(env: Any, _series: int, bar: int) -> None:
        open_persons(_("PMI aktif — {country}").format(country=names[bar]), country_query(shown[bar][0]))(env)

    chart = Chart(names, (Series("aktif", label(STATUSES, "aktif"), tuple(n for _c, n in shown)),), open_bar,
                  horizontal=True)
    if not shown:
        note = _("Belum ada PMI aktif.")
    elif rest:
        note = n_("Dan {n} negara lain: {people} PMI.", "Dan {n} negara lain: {people} PMI.", len(rest)).format(
            n=number(len(rest)), people=number(sum(n for _c, n in rest)))
    else:
        note = ""
    return Tile("registry.countries", _("PMI aktif menurut negara tujuan"), chart=chart, note=note, kinds=KINDS)


def movement_tile(f: Any) -> Tile:
    categories = tuple(month_label(m, always_year=i == 0) for i, m in enumerate(f.months))
    makers = (departures_query, returns_query)
    titles = (_("Berangkat {month}"), _("Pulang {month}"))

    def open_bar(env: Any, series: int, bar: int) -> None:
        month = f.months[bar]
        open_persons(titles[series].format(month=month_year(month)), makers[series](month))(env)

    chart = Chart(categories, (Series("departures", _("Berangkat"), f.departures),
                               Series("returns", _("Pulang"), f.returns)), open_bar)
    quiet = not any(f.departures) and not any(f.returns)
    return Tile("registry.movements", _("Berangkat dan pulang, 12 bulan terakhir"), chart=chart,
                note=_("Tidak ada keberangkatan atau kepulangan dalam 12 bulan terakhir.") if quiet else "", kinds=KINDS)


def follow_up_tile(f: Any) -> Tile:
    figures = (
        Figure("follow:lost_contact", _("PMI aktif hilang kontak"), f.lost_contact,
               open_persons(_("PMI aktif hilang kontak"), LOST_CONTACT_QUERY), tone="warn" if f.lost_contact else ""),
        Figure("follow:returned", _("Pulang dalam {days} hari terakhir").format(days=RECENT_RETURN_DAYS),
               f.recent_returns, open_persons(_("Baru pulang"), recent_returns_query(f.today)),
               tone="warn" if f.recent_returns else ""),
    )
    return Tile("registry.follow_up", _("Perlu ditindaklanjuti"), figures,
                note=_("Hubungi keluarga PMI yang hilang kontak; kunjungi yang baru pulang dan tawarkan "
                       "program Desmigratif."), kinds=KINDS)


def home_tiles(ctx: Any) -> list[Tile]:
    f = registry_figures(ctx)
    return [status_tile(f), country_tile(f), follow_up_tile(f), movement_tile(f)]
