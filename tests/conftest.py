"""Shared fixtures: a fresh real SQLite file per test, seeded through the same services users call."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("userdirs")
    monkeypatch.setenv("DESMIG_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("DESMIG_CONFIG_DIR", str(base / "config"))
    from desmig_desktop.core import i18n

    i18n.set_language("id")
    yield
    i18n.set_language("id")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "desa.db"


@pytest.fixture
def ctx(db_path):
    from desmig_desktop.core.context import ServiceContext

    c = ServiceContext.open(db_path, officer="Siti Petugas")
    c.today_override = TODAY
    yield c
    c.close()


@pytest.fixture
def village(ctx):
    from desmig_desktop.registry.services.village import add_dusun, init_village

    v = init_village(ctx, "3307092001", "Kuripan", "Watumalang", "Wonosobo", "Jawa Tengah", "Bapak Kades",
                     dusuns=["Kuripan", "Sigaluh"])
    add_dusun(ctx, "Kuripan", [(1, 1), (1, 2)])
    return v
