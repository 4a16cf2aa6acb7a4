"""gettext for texts made outside Qt (validation messages, reports, CLI).

Source strings are Bahasa Indonesia (the default language); the English catalogue lives in
`resources/locale/en/LC_MESSAGES/desmig.po` and is read with Babel at run time, so there is
no compiled .mo to keep in step.
"""

from __future__ import annotations

import os
from functools import lru_cache

from desmig_desktop.core.paths import resources_dir

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


# argparse writes its own texts (usage, "the following arguments are required", ...) in English through
# its module-level `_`; these are its message templates in Bahasa Indonesia, used while the language is id.
_ARGPARSE_ID = {
    "usage: ": "cara pakai: ",
    "positional arguments": "perintah dan argumen",
    "options": "pilihan",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan tidak sah: %(value)r (pilih salah satu: %(choices)s)",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "perlu paling sedikit satu nilai",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "ambiguous option: %(option)s could match %(matches)s": "pilihan ambigu: %(option)s bisa berarti %(matches)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
}


def _argparse_text(message: str) -> str:
    return _ARGPARSE_ID.get(message, message) if _current == "id" else message


def install_argparse_texts() -> None:
    """Make argparse speak the current language; call before building a parser (headings are made then)."""
    import argparse

    argparse._ = _argparse_text  # type: ignore[attr-defined]  # argparse looks `_` up at call time


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for Qt's catalogue in code that imports no Qt (the pillar descriptors); a screen shows it
    with `QCoreApplication.translate(context, text)`."""
    return text


def label(vocabulary: dict[str, str], value: str | None) -> str:
    """The user-visible label of a stored value (empty for None, the value itself if unknown)."""
    if value is None:
        return ""
    text = vocabulary.get(value)
    return _(text) if text is not None else value


def parse_choice(vocabulary: dict[str, str], text: str) -> str | None:
    """Map a typed value or label (any case, spaces or dashes) to a stored value."""
    norm = text.strip().lower().replace("-", "_").replace(" ", "_")
    if not norm:
        return None
    for key, lab in vocabulary.items():
        if norm in (key, lab.lower().replace("-", "_").replace(" ", "_")):
            return key
    return None
