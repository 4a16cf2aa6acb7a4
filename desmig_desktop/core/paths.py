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


def _user_dir(override_env: str, kind: str) -> Path:
    """The user's data or config folder for the app (platformdirs), or the folder `override_env` names."""
    override = os.environ.get(override_env)
    if override:
        path = Path(override)
    else:
        import platformdirs  # imported when first needed: it pulls in tempfile, shutil and lzma

        path = Path(getattr(platformdirs, f"user_{kind}_dir")(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_data_dir() -> Path:
    return _user_dir("DESMIG_DATA_DIR", "data")


def user_config_dir() -> Path:
    return _user_dir("DESMIG_CONFIG_DIR", "config")


def default_db_path() -> Path:
    return user_data_dir() / "desmig.db"


def demo_db_path() -> Path:
    """The demo village lives in its own file, never mixed with real data."""
    return user_data_dir() / "demo-kuripan.db"


def attachments_dir(db_path: Path) -> Path:
    """The folder beside a database file that holds its attached files (scans): `<db folder>/<db stem>-berkas`.
    Not created here: whoever writes a file into it creates it."""
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}-berkas")
