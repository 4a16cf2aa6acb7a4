"""Beranda's Pusat Layanan Migrasi tile on the hand-built history (tests/service_centre/recap_fixtures.py), today
23/11/2026: one visit this month (Budi, 01/11), no card due (Budi reported 25/10), one calon at risk (Sari), one
open complaint (kekerasan, baru), one lost-contact case (Dedi). Each figure opens its page, filtered."""

from __future__ import annotations

import pytest

from desmig_desktop.core.pillar import load
from desmig_desktop.service_centre.home import home_tiles
from desmig_desktop.service_centre.pillar import PILLAR
from tests.service_centre.recap_fixtures import build_history


def figures_of(ctx) -> dict[str, object]:  # type: ignore[no-untyped-def]
    (tile,) = home_tiles(ctx)
    return {f.key: f for f in tile.figures}


def test_the_tile_figures(ctx, village):  # type: ignore[no-untyped-def]
    build_history(ctx)
    (tile,) = home_tiles(ctx)
    assert tile.title == "Pusat Layanan Migrasi"
    assert {"sc_visits", "sc_ak1", "sc_documents", "sc_complaints", "placements"} <= tile.kinds
    shown = {f.key: (f.label, f.value, f.tone) for f in tile.figures}
    assert shown == {
        "service_centre:visits_month": ("Kunjungan bulan ini", 1, ""),
        "service_centre:ak1_due": ("Kartu AK-1 jatuh tempo (30 hari)", 0, ""),
        "service_centre:calon_at_risk": ("Calon PMI berisiko", 1, "warn"),
        "service_centre:complaints_open": ("Pengaduan terbuka (1 baru)", 1, "warn"),
    }


def test_an_empty_village(ctx, village):  # type: ignore[no-untyped-def]
    assert [f.value for f in home_tiles(ctx)[0].figures] == [0, 0, 0, 0]


@pytest.fixture
def env(ctx, village, qtbot, changes):  # type: ignore[no-untyped-def]
    """A page environment whose `open_page` builds the area's real pages (once each), as the main window does."""
    from PySide6.QtWidgets import QWidget

    from desmig_desktop.ui.pages import PageEnv

    parent = QWidget()
    qtbot.addWidget(parent)
    pages: dict[str, object] = {}
    factories = {p.key: p.factory for p in PILLAR.pages}

    def open_page(key: str):  # type: ignore[no-untyped-def]
        if key not in pages:
            pages[key] = load(factories[key])(e)
            qtbot.addWidget(pages[key])
        return pages[key]

    e = PageEnv(ctx, village, changes, parent, open_page=open_page)
    e.pages = pages  # type: ignore[attr-defined]
    return e


def test_each_figure_opens_its_list(ctx, env, qtbot):  # type: ignore[no-untyped-def]
    build_history(ctx)
    figures = figures_of(ctx)
    figures["service_centre:visits_month"].open(env)
    assert env.pages["visits"].period_combo.currentData() == "month"
    figures["service_centre:ak1_due"].open(env)
    assert env.pages["ak1"].status_combo.currentData() == "due"
    figures["service_centre:calon_at_risk"].open(env)
    assert env.pages["departure_documents"].at_risk.isChecked()
    figures["service_centre:complaints_open"].open(env)
    complaints = env.pages["complaints"]
    assert complaints.status.currentData() == "open"
    assert complaints.tabs.currentWidget() is complaints.list_tab
