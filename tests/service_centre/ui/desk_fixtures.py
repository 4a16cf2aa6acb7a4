"""Helpers of the Buku Tamu / AK-1 / person-action screen tests: a PageEnv on the test file, a page shown at the
laptop size, a `run_dialog` that fills a form and presses its save button."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desmig_desktop.core.pillar import load
from desmig_desktop.service_centre.pillar import PILLAR
from desmig_desktop.ui.pages import PageEnv


def make_env(qtbot, ctx, village, changes, with_actions: bool = False) -> PageEnv:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    return PageEnv(ctx, village, changes, host, person_actions=PILLAR.person_actions if with_actions else ())


def show_page(qtbot, env: PageEnv, key: str):  # type: ignore[no-untyped-def]
    """Build the service centre's page `key` as the shell does and show it at 1366x768."""
    ref = next(p.factory for p in PILLAR.pages if p.key == key)
    page = load(ref)(env)
    page.setParent(None)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def shot(widget: QWidget, name: str) -> None:
    """A screenshot for the officer's eye (kept out of the assertions)."""
    try:
        widget.grab().save(f"/tmp/s11/shot-{name}.png")
    except Exception:  # noqa: BLE001 (a missing folder must not fail a test)
        pass
