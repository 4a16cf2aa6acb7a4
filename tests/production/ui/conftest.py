"""The groups page over Kelompok Salak (the `salak` fixture of tests/production/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture
def page(qtbot, ctx, salak):
    from desmig_desktop.production.ui.page import GroupsPage

    p = GroupsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    qtbot.waitExposed(p)
    return p

