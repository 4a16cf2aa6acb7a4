"""Where the app finds its bundled resources and keeps its user data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "DesmigDesktop"


def project_root() -> Path:
    """Folder holding `resources/` and `migrations/` (source tree or PyInstaller bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return project_root() / "resources"


def migrations_dir() -> Path:
    return project_root() / "migrations"


def user_data_dir() -> Path:
    override = os.environ.get("DESMIG_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs  # here: it imports tempfile, shutil and lzma (~30 ms), not needed with an override

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_config_dir() -> Path:
    override = os.environ.get("DESMIG_CONFIG_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs  # here: it imports tempfile, shutil and lzma (~30 ms), not needed with an override

        path = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return user_data_dir() / "desmig.db"


def demo_db_path() -> Path:
    """The demo village lives in its own file, never mixed with real data."""
    return user_data_dir() / "demo-kuripan.db"
