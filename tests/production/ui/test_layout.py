"""At 1366x768 (the window maximised above a taskbar: 1366x700), every tab of every demo group shows at least 8 rows
of its main table without a horizontal scroll bar; the real main window, the real demo village."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desmig_desktop.app import PILLARS
from desmig_desktop.core.config import Settings
from desmig_desktop.registry.services.village import get_village
from desmig_desktop.shell.main_window import MainWindow

from tests.conftest import demo_copy

MAIN_TABLES = {"members": "table", "trainings": "table", "aid": "table", "production": "batch_table",
               "sales": "table", "sharing": "lines_table"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file):  # type: ignore[no-untyped-def]
    return demo_copy(demo_file, tmp_path_factory.mktemp("demo") / "demo.db")


def test_every_group_tab_shows_8_rows_of_its_main_table_without_a_horizontal_scroll_bar(qtbot, demo):
    from desmig_desktop.core.context import ServiceContext

    ctx = ServiceContext.open(demo, officer="Siti Petugas")
    ctx.today_override = date(2026, 11, 23)
    window = MainWindow(ctx, Settings(), get_village(ctx), PILLARS)
    qtbot.addWidget(window)
    window.show()
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 700)
    qtbot.waitUntil(lambda: window.height() == 700 and window.width() == 1366)
    window.nav.setCurrentRow(window.pages.index("groups"))
    page = window.page("groups")
    short = []
    for row in range(page.model.rowCount()):
        page.table.selectRow(row)
        view = page.view
        for key, table_name in MAIN_TABLES.items():
            tab = getattr(view, key)
            view.tabs.setCurrentWidget(tab)
            qtbot.wait(1)
            table = getattr(tab, table_name)
            row_height = table.verticalHeader().defaultSectionSize()
            rows = table.viewport().height() / row_height
            if rows < 8 or table.horizontalScrollBar().isVisible():
                short.append((view.group.name, key, round(rows, 1), table.horizontalScrollBar().isVisible()))
    assert page.model.rowCount() == 4 and short == []
    window.shutdown()
    ctx.close()
