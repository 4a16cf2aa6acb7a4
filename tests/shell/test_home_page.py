"""Beranda: the numbers its tiles show, a chart's bars, a click that opens the filtered list behind a figure, a
change on the bus that refreshes a tile, a pillar that adds its tile without editing the page, and the fit at
1366x768."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desmig_desktop.app import PILLARS
from desmig_desktop.core.config import Settings
from desmig_desktop.production.services import groups
from desmig_desktop.production.services import products as production
from desmig_desktop.production.services.groups import GroupInput
from desmig_desktop.production.services.products import BatchInput, SaleInput
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PlacementInput
from desmig_desktop.registry.ui import PLACEMENTS
from desmig_desktop.shell.main_window import MainWindow
from tests import sample_pillar
from tests.conftest import names_shown, person_input


@pytest.fixture
def home_village(ctx, people):
    """The conftest village (Sularmi aktif in Hong Kong, Ani calon) and Siti, Budi (aktif in Malaysia, Budi out of
    contact), Yanto (back from Taiwan on 10 Nov 2026); Kelompok Salak with two runs (its share-out is due) and
    Rp1.650.000 sold in June 2026."""
    h1 = people.households[0]
    ids = {}
    for serial, (name, sex) in enumerate([("Siti", "P"), ("Budi", "L"), ("Yanto", "L")], start=10):
        ids[name] = registry.register_person(ctx, person_input(name, sex, date(1990, 1, 1), serial, h1, "famili")).id
    for name in ("Siti", "Budi"):
        registry.add_placement(ctx, ids[name], PlacementInput("aktif", "Malaysia", "formal", departed_on=date(2026, 6, 10),
                                                              lost_contact=name == "Budi"))
    registry.add_placement(ctx, ids["Yanto"], PlacementInput("purna", "Taiwan", "formal", departed_on=date(2024, 11, 5),
                                                             returned_on=date(2026, 11, 10)))
    salak = groups.create_group(ctx, GroupInput("Kelompok Salak", "salak", date(2017, 1, 10), share_due_runs=2)).id
    groups.add_member(ctx, salak, people.ids["Slamet Riyadi"], date(2017, 1, 10))
    dodol = production.add_product(ctx, salak, "Dodol salak", "bungkus", 15_000).id
    production.record_batch(ctx, BatchInput(dodol, date(2026, 5, 1), 100, 200_000, (people.ids["Slamet Riyadi"],)))
    production.record_batch(ctx, BatchInput(dodol, date(2026, 6, 1), 100, 200_000, (people.ids["Slamet Riyadi"],)))
    production.record_sale(ctx, SaleInput(dodol, date(2026, 6, 5), 110, 15_000, "whatsapp"))
    return ids, salak


def open_window(qtbot, ctx, village, pillars=PILLARS):  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, Settings(), village, pillars)
    qtbot.addWidget(window)
    window.show()
    window.showNormal()  # the offscreen screen is 800x800: the window as it opens maximised on a 1366x768 laptop
    window.resize(1366, 728)  # (its taskbar taking 40 px)
    qtbot.waitExposed(window)
    home = window.page("home")
    if not home.parts:
        with qtbot.waitSignal(home.loaded, timeout=20_000):
            home.refresh()
    return window, home


def test_beranda_is_the_first_page_and_shows_the_figures(qtbot, ctx, village, home_village):
    window, home = open_window(qtbot, ctx, village)
    assert window.pages[0] == "home" and window.nav.item(0).text() == "Beranda"
    assert window.stack.currentWidget() is home
    status = home.tiles["registry.status"]
    # residents: Slamet, Joko, Dwi (keluarga), Sularmi, Siti, Budi (aktif), Ani (calon), Yanto (purna)
    assert [status.buttons[k].text() for k in ("status:all", "status:aktif", "status:calon", "status:purna")] == [
        "8\nPenduduk", "3\nPMI aktif", "1\nCalon PMI", "1\nPMI purna"]
    chart = status.chart.chart
    assert chart.categories == ("Calon PMI", "PMI aktif", "PMI purna", "Keluarga PMI")
    assert [(s.label, s.values) for s in chart.series] == [("Laki-laki", (0, 1, 1, 2)), ("Perempuan", (1, 2, 0, 1))]
    countries = home.tiles["registry.countries"].chart
    assert countries.chart.categories == ("Malaysia", "Hong Kong") and countries.chart.series[0].values == (2, 1)
    assert countries.bar_rect(0, 0).width() == 2 * countries.bar_rect(0, 1).width() > 0
    movements = home.tiles["registry.movements"].chart.chart
    assert movements.categories[0] == "Des 25" and movements.categories[-1] == "Nov"
    assert movements.series[0].values[6] == 2 and movements.series[1].values[-1] == 1  # June: 2 left; Nov: 1 back
    follow = home.tiles["registry.follow_up"].buttons
    assert follow["follow:lost_contact"].text() == "1\nPMI aktif hilang kontak"
    assert follow["follow:returned"].text() == "1\nPulang dalam 30 hari terakhir"
    sales = home.tiles["production.sales"]
    assert sales.buttons["sales:total"].text().startswith("Rp1.650.000\nPenjualan 12 bulan")
    assert sales.chart.chart.series[0].values[6] == 1_650_000 and sales.chart.chart.stacked
    work = home.tiles["production.groups"].buttons
    assert work["groups:active"].text() == "1\nKelompok aktif"
    assert work[f"due:{home_village[1]}"].text().startswith("Bagi hasil Kelompok Salak: 2 kali produksi")
    assert home.as_of.text() == "Angka per 23 November 2026"
    window.shutdown()


def test_clicking_a_bar_opens_the_list_behind_it(qtbot, ctx, village, home_village):
    window, home = open_window(qtbot, ctx, village)
    countries = home.tiles["registry.countries"].chart
    qtbot.mouseClick(countries, Qt.MouseButton.LeftButton, pos=countries.bar_rect(0, 0).center().toPoint())
    persons = window.page("persons")
    assert window.stack.currentWidget() is persons and window.nav.currentRow() == window.pages.index("persons")
    assert sorted(names_shown(persons.model)) == ["Budi", "Siti"]
    assert persons.status_combo.currentData() == "aktif"
    assert persons.figure_filter.isVisible()
    assert persons.figure_filter.label.text() == "Dari Beranda: PMI aktif — Malaysia"
    persons.figure_filter.clear_button.click()  # the country filter goes, PMI aktif stays
    assert sorted(names_shown(persons.model)) == ["Budi", "Siti", "Sularmi"]
    assert not persons.figure_filter.isVisible()
    window.shutdown()


def test_clicking_a_figure_opens_the_list_behind_it(qtbot, ctx, village, home_village):
    window, home = open_window(qtbot, ctx, village)
    qtbot.mouseClick(home.tiles["registry.follow_up"].buttons["follow:lost_contact"], Qt.MouseButton.LeftButton)
    assert names_shown(window.page("persons").model) == ["Budi"]
    window.show_page(0)
    movements = home.tiles["registry.movements"].chart
    qtbot.mouseClick(movements, Qt.MouseButton.LeftButton, pos=movements.bar_rect(0, 6).center().toPoint())
    persons = window.page("persons")
    assert sorted(names_shown(persons.model)) == ["Budi", "Siti"]
    assert persons.figure_filter.label.text() == "Dari Beranda: Berangkat Juni 2026"
    window.show_page(0)
    status = home.tiles["registry.status"].chart
    qtbot.mouseClick(status, Qt.MouseButton.LeftButton, pos=status.bar_rect(0, 3).center().toPoint())
    assert sorted(names_shown(persons.model)) == ["Joko Susilo", "Slamet Riyadi"]  # keluarga PMI, laki-laki
    assert persons.sex_combo.currentData() == "L" and not persons.figure_filter.isVisible()
    window.show_page(0)
    qtbot.mouseClick(home.tiles["production.groups"].buttons[f"due:{home_village[1]}"], Qt.MouseButton.LeftButton)
    page = window.page("groups")
    assert window.stack.currentWidget() is page and page.selected_id() == home_village[1]
    assert page.view.tabs.currentWidget() is page.view.sharing
    window.shutdown()


def test_the_keyboard_reaches_the_figures_and_the_bars(qtbot, ctx, village, home_village):
    window, home = open_window(qtbot, ctx, village)
    countries = home.tiles["registry.countries"].chart
    countries.setFocus()
    assert countries.current == (0, 0)  # Malaysia
    qtbot.keyClick(countries, Qt.Key.Key_Down)
    assert countries.current == (0, 1)  # Hong Kong
    qtbot.keyClick(countries, Qt.Key.Key_Return)
    assert names_shown(window.page("persons").model) == ["Sularmi"]
    window.show_page(0)
    button = home.tiles["registry.follow_up"].buttons["follow:returned"]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert names_shown(window.page("persons").model) == ["Yanto"]
    window.shutdown()


def test_a_change_on_the_bus_refreshes_the_tiles(qtbot, ctx, village, home_village):
    window, home = open_window(qtbot, ctx, village)
    ids, _salak = home_village
    registry.add_placement(ctx, ids["Yanto"], PlacementInput("aktif", "Malaysia", "formal", departed_on=date(2026, 11, 20)))
    with qtbot.waitSignal(home.loaded, timeout=20_000):
        window.changes.notify(PLACEMENTS)
    assert home.tiles["registry.status"].buttons["status:aktif"].text() == "4\nPMI aktif"
    assert home.tiles["registry.countries"].chart.chart.series[0].values == (3, 1)
    assert home.tiles["registry.movements"].chart.chart.series[0].values[-1] == 1
    production.record_sale(ctx, SaleInput(production.list_products(ctx, home_village[1])[0].id, date(2026, 11, 21), 10,
                                          15_000, "toko"))
    with qtbot.waitSignal(home.loaded, timeout=20_000):
        window.changes.notify_everything()  # an undo or a restore from Terhapus
    assert home.tiles["production.sales"].chart.chart.series[0].values[-1] == 150_000
    window.shutdown()


def test_a_change_during_a_reading_is_read_again(qtbot, ctx, village, home_village):
    window = MainWindow(ctx, Settings(), village, PILLARS)
    qtbot.addWidget(window)
    window.show()
    home = window.page("home")
    ids, _salak = home_village
    home.refresh()  # the first reading starts (its result reaches the page only through the event loop)...
    registry.add_placement(ctx, ids["Yanto"], PlacementInput("aktif", "Malaysia", "formal", departed_on=date(2026, 11, 20)))
    window.changes.notify(PLACEMENTS)  # ...and the change comes while it runs
    def read_again() -> None:
        tile = home.tiles.get("registry.status")
        assert tile is not None and tile.buttons["status:aktif"].text() == "4\nPMI aktif"

    qtbot.waitUntil(read_again, timeout=20_000)
    window.shutdown()


def test_a_new_pillar_adds_its_tile_without_editing_the_page(qtbot, ctx, village, home_village):
    window, home = open_window(qtbot, ctx, village, (*PILLARS, sample_pillar.PILLAR))
    tile = home.tiles["sample.tile"]
    assert tile.title.text() == "Ubin contoh" and tile.buttons["sample:people"].text() == "8\nPenduduk (contoh)"
    assert list(home.tiles)[-1] == "sample.tile"
    sample_pillar.HOME_OPENED.clear()
    qtbot.mouseClick(tile.buttons["sample:people"], Qt.MouseButton.LeftButton)
    assert sample_pillar.HOME_OPENED == ["Kuripan"]
    window.shutdown()


def test_the_first_screen_fits_1366x768(qtbot, ctx, village, home_village):
    window, home = open_window(qtbot, ctx, village)
    qtbot.waitUntil(lambda: home.tiles["registry.status"].height() > 100)  # the grid is laid out
    assert home.scroll.horizontalScrollBar().maximum() == 0
    assert home.scroll.verticalScrollBar().maximum() == 0  # every tile of the five areas on the first screen
    assert len(home.tiles) == 8, list(home.tiles)  # the registry 4, the service centre 1, production 1, savings 2
    for key, tile in home.tiles.items():
        bottom = tile.mapTo(home.scroll.viewport(), tile.rect().bottomRight()).y()
        assert bottom <= home.scroll.viewport().height(), key
        if tile.chart is not None:
            assert tile.height() >= 200 and tile.chart.height() >= 120 and tile.chart.width() >= 250, key
        else:  # figures only, in the last column: each figure button shows its whole text
            assert tile.height() >= 120, key
            for button in tile.buttons.values():
                need = button.heightForWidth(button.width()) if button.hasHeightForWidth() else button.sizeHint().height()
                assert button.height() >= need, (key, button.text())
    window.shutdown()


def test_numbers_follow_the_language(qtbot, ctx, village, home_village):
    from desmig_desktop.core import i18n

    i18n.set_language("en")
    window, home = open_window(qtbot, ctx, village)
    assert home.tiles["production.sales"].buttons["sales:total"].text().startswith("Rp1,650,000\n")
    window.shutdown()


def test_a_failing_part_shows_its_error_and_the_others_still_show(qtbot, ctx, village, home_village):
    from dataclasses import replace

    broken = replace(sample_pillar.PILLAR, home=("tests.sample_pillar:no_such_function",))
    window, home = open_window(qtbot, ctx, village, (*PILLARS, broken))
    assert "registry.status" in home.tiles
    error = home.tiles["error:tests.sample_pillar:no_such_function"]
    assert error.title.text() == "Angka tidak bisa dimuat"
    window.shutdown()


def test_hidden_page_refreshes_when_shown_again(qtbot, ctx, village, home_village):
    window, home = open_window(qtbot, ctx, village)
    window.show_page(window.pages.index("persons"))
    ids, _salak = home_village
    registry.add_placement(ctx, ids["Yanto"], PlacementInput("aktif", "Malaysia", "formal", departed_on=date(2026, 11, 20)))
    window.changes.notify(PLACEMENTS)
    assert home.tiles["registry.status"].buttons["status:aktif"].text() == "3\nPMI aktif"  # not read while hidden
    with qtbot.waitSignal(home.loaded, timeout=20_000):
        window.show_page(0)
    assert home.tiles["registry.status"].buttons["status:aktif"].text() == "4\nPMI aktif"
    window.shutdown()


def test_a_closing_window_stops_reading_figures_after_the_part_in_progress(ctx, people):
    from desmig_desktop.shell.home_page import read_parts

    refs = ["desmig_desktop.registry.home:home_tiles", "desmig_desktop.production.home:home_tiles"]
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # the window closes while the first part is read

    parts = read_parts(ctx, refs, cancelled)
    assert [ref for ref, _tiles in parts] == refs[:1]
    assert not isinstance(parts[0][1], BaseException) and parts[0][1]
