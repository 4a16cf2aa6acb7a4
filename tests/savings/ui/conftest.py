"""The loan screens over Dana Salak (tests/savings/loan_setup.py): a real database, the services users call."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.savings.loan_setup import Lender, make_lender


@pytest.fixture
def lender(ctx, village) -> Lender:  # type: ignore[no-untyped-def]
    return make_lender(ctx)


@pytest.fixture
def env(ctx, changes):  # type: ignore[no-untyped-def]
    """What the Simpan Pinjam page hands its tabs (ui.pages.PageEnv's ctx and change bus)."""
    return SimpleNamespace(ctx=ctx, changes=changes)
