"""User settings (officer name, language, window geometry), stored as JSON in the user config folder."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from desmig_desktop.core.paths import user_config_dir

if TYPE_CHECKING:
    from desmig_desktop.core.errors import Issue

LANGUAGES = ("id", "en")
# What the audit trail says while no officer has given a name (installs from before the first run asked it).
DEFAULT_OFFICER = "Petugas Desmigratif"


@dataclass(frozen=True)
class Settings:
    officer_name: str = DEFAULT_OFFICER
    language: str = "id"
    last_db: str = ""
    window_geometry: str = ""  # the main window's saveGeometry(), base64

    @property
    def officer_known(self) -> bool:
        """True once the officer has given a name (the placeholder is not a name)."""
        name = " ".join(self.officer_name.split())
        return bool(name) and name != DEFAULT_OFFICER

    def with_changes(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def settings_path() -> Path:
    return user_config_dir() / "settings.json"


def load_settings() -> Settings:
    path = settings_path()
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    known = {k: v for k, v in raw.items() if k in Settings.__dataclass_fields__}
    settings = Settings(**known)
    if settings.language not in LANGUAGES:
        settings = settings.with_changes(language="id")
    return settings


def save_settings(settings: Settings) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)


MAX_OFFICER_NAME = 100  # the audit trail's column


def clean_officer_name(name: str) -> str:
    return " ".join(name.split())


def validate_officer_name(name: str) -> list[Issue]:
    """The officer's name is required (the audit trail records it on every change) and fits the audit column."""
    from desmig_desktop.core.errors import Issue
    from desmig_desktop.core.i18n import _

    clean = clean_officer_name(name)
    if not clean or clean == DEFAULT_OFFICER:
        return [Issue("officer", _("Nama petugas wajib diisi: tulis nama Anda, mis. Siti Aminah. Nama ini tercatat "
                                   "di jejak audit setiap perubahan data."))]
    if len(clean) > MAX_OFFICER_NAME:
        return [Issue("officer", _("Nama petugas terlalu panjang: paling banyak {n} huruf.").format(n=MAX_OFFICER_NAME))]
    return []


def save_officer_name(name: str) -> Settings:
    """Store the officer's name (checked) in the settings file; returns the settings now saved."""
    from desmig_desktop.core.errors import raise_if_errors

    raise_if_errors(validate_officer_name(name))
    settings = load_settings().with_changes(officer_name=clean_officer_name(name))
    save_settings(settings)
    return settings
