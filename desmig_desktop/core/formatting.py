"""Dates and money as Indonesian readers expect them (PUEBI), outside Qt."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from desmig_desktop.core.i18n import get_language


def _locale() -> str:
    return "en_GB" if get_language() == "en" else "id_ID"


def rupiah(amount: int, sen: bool = False) -> str:
    """`Rp8.000.000` (no space, dot thousands); `Rp8.000.000,00` with sen for receipts."""
    if not isinstance(amount, int):
        raise TypeError("money is integer Rupiah")
    sign = "-" if amount < 0 else ""
    body = f"{abs(amount):,}".replace(",", ".")
    return f"{sign}Rp{body}" + (",00" if sen else "")


def rupiah_words(amount: int) -> str:
    """`delapan juta rupiah`."""
    from num2words import num2words

    if get_language() == "en":
        return f"{num2words(amount, lang='en')} rupiah"
    return f"{num2words(amount, lang='id')} rupiah"


def long_date(value: date | None) -> str:
    """`22 November 2026`."""
    if value is None:
        return ""
    return format_date(value, "d MMMM y", locale=_locale())


def short_date(value: date | None) -> str:
    """`22/11/2026`."""
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y")


def number(value: int) -> str:
    """Thousands with dots: `1.046`."""
    return f"{value:,}".replace(",", ".")


def month_year(value: date) -> str:
    """`November 2026` (`November 2026` in English too; `Januari` / `January`)."""
    return format_date(value, "LLLL y", locale=_locale())
