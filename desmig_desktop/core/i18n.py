"""gettext for texts made outside Qt (validation messages, reports, CLI), with plural forms.

Source strings are Bahasa Indonesia (the default language): `_("Simpan")`, `N_("Aktif")` for a text marked
now and translated where it is shown, `n_("{n} kesalahan", "{n} kesalahan", n)` for a text that depends on a
count (Indonesian has one form; English picks `{n} error` / `{n} errors`). The English catalogue is
`resources/locale/en/LC_MESSAGES/desmig.po`; the app reads its compiled twin `desmig.mo` beside it with the
standard `gettext` module. After adding or changing texts (tests/core/test_gettext.py says which lack English):

    .venv/bin/pybabel extract -k _ -k N_ -k n_:1,2 --no-location --sort-output -o /tmp/desmig.pot desmig_desktop
    .venv/bin/pybabel update -w 100 -i /tmp/desmig.pot -d resources/locale -D desmig -l en --ignore-obsolete
    (write the English msgstr of the new entries in desmig.po; a plural entry has msgstr[0] and msgstr[1])
    .venv/bin/pybabel compile -d resources/locale -D desmig -l en

and commit the .po with the .mo (a test fails while the .mo is older than the .po). resources/ is bundled
whole by build.spec.
"""

from __future__ import annotations

import gettext
import os
from functools import lru_cache

from desmig_desktop.core.paths import resources_dir

DOMAIN = "desmig"
_current = os.environ.get("DESMIG_LANG", "id")


@lru_cache(maxsize=4)
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of `lang`; Indonesian (the source language) or a missing catalogue translates
    nothing."""
    if lang == "id":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, resources_dir() / "locale", languages=[lang], fallback=True)


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in ("id", "en") else "id"


def get_language() -> str:
    return _current


def _(message: str) -> str:
    """Translate an Indonesian source string into the current language."""
    return translations(_current).gettext(message)


def n_(singular: str, plural: str, n: int) -> str:
    """The form of a text for the count `n` in the current language (`ngettext`); the caller fills in `{n}`."""
    return translations(_current).ngettext(singular, plural, n)


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
