"""Dates, money, numbers and percentages as readers of the current language expect them, outside Qt (Babel).

Indonesian (`id_ID`) follows the spelling guide (PUEBI): `Rp8.000.000` (no space), `1.046`, `75,0%`,
`22 November 2026`; English (`en_GB`) keeps the rupiah sign but English separators: `Rp8,000,000`, `1,046`,
`75.0%`. Babel's own currency format would write `IDR8,000,000` in English, so money uses a decimal pattern
with the `Rp` prefix in both languages.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Callable

from desmig_desktop.core.i18n import get_language


def _locale() -> str:
    return "en_GB" if get_language() == "en" else "id_ID"


@lru_cache(maxsize=32)
def _number_format(pattern: str, locale: str) -> Callable[[float | int], str]:
    """Babel's number pattern, parsed once: `format_decimal(value, pattern, locale)` at a third of its cost.
    Babel's locale data is read on first use, not at launch."""
    from babel import Locale
    from babel.numbers import parse_pattern

    parsed, loc = parse_pattern(pattern), Locale.parse(locale)
    return lambda value: parsed.apply(value, loc)


def rupiah(amount: int, sen: bool = False) -> str:
    """`Rp8.000.000` (no space, dot thousands); `Rp8.000.000,00` with sen for receipts; `-Rp8.000.000`.
    In English `Rp8,000,000` / `Rp8,000,000.00`."""
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise TypeError("money is integer Rupiah")
    return _number_format("Rp#,##0.00" if sen else "Rp#,##0", _locale())(amount)


def amount_in_words(amount: int) -> str:
    """The amount in words for receipts (terbilang): `dua juta sembilan ratus lima puluh ribu rupiah`; in English
    `two million nine hundred and fifty thousand rupiah`. num2words spells a thousand inside a larger number
    `satu juta satu ribu`; Indonesian usage writes `satu juta seribu`, so that is corrected; a negative amount
    reads `minus …`."""
    from num2words import num2words

    if not isinstance(amount, int) or isinstance(amount, bool):
        raise TypeError("money is integer Rupiah")
    sign = "minus " if amount < 0 else ""
    if get_language() == "en":
        return sign + num2words(abs(amount), lang="en").replace(",", "") + " rupiah"
    words = _SATU_RIBU.sub(r"\1 seribu", num2words(abs(amount), lang="id"))
    return f"{sign}{words} rupiah"


_SATU_RIBU = re.compile(r"\b(juta|miliar|triliun|kuadriliun) satu ribu\b")
rupiah_words = amount_in_words  # the name Usaha Produktif's share-out slips use


def long_date(value: date | None) -> str:
    """`22 November 2026`."""
    if value is None:
        return ""
    from babel.dates import format_date  # Babel's locale data is read on first use, not at launch

    return format_date(value, "d MMMM y", locale=_locale())


def short_date(value: date | None) -> str:
    """`22/11/2026`."""
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y")


def number(value: int | float, decimals: int = 0) -> str:
    """Thousands with dots: `1.046` (`1,046` in English); with `decimals`, at most that many digits after the
    decimal comma, only when needed: `22,5` / `22` (a median of whole days)."""
    return _number_format("#,##0" + ("." + "#" * decimals if decimals > 0 else ""), _locale())(value)


def percent(fraction: float, digits: int = 1) -> str:
    """A fraction as a percentage: 0.75 -> `75,0%` (`75.0%` in English); `digits` after the decimal sign."""
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "") + "%"
    return _number_format(pattern, _locale())(fraction)


def month_year(value: date) -> str:
    """`November 2026` (`November 2026` in English too; `Januari` / `January`)."""
    from babel.dates import format_date

    return format_date(value, "LLLL y", locale=_locale())
