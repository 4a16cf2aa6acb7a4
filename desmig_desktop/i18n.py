"""gettext for texts made outside Qt (validation messages, reports, CLI).

Source strings are Bahasa Indonesia (the default language); the English catalogue lives in
`resources/locale/en/LC_MESSAGES/desmig.po` and is read with Babel at run time, so there is
no compiled .mo to keep in step.
"""

from __future__ import annotations

import os
from functools import lru_cache

from desmig_desktop.paths import resources_dir

_current = os.environ.get("DESMIG_LANG", "id")


@lru_cache(maxsize=4)
def _catalog(lang: str) -> dict[str, str]:
    if lang == "id":
        return {}
    from babel.messages.pofile import read_po

    path = resources_dir() / "locale" / lang / "LC_MESSAGES" / "desmig.po"
    if not path.exists():
        return {}
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    return {m.id: m.string for m in catalog if m.id and m.string and isinstance(m.id, str)}


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in ("id", "en") else "id"


def get_language() -> str:
    return _current


def _(message: str) -> str:
    """Translate an Indonesian source string into the current language."""
    return _catalog(_current).get(message, message)


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now."""
    return message
