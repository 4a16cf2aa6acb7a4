"""Month arithmetic on dates, standard library only (the pure rules of every area may import it)."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """The same day of the month `months` later (or earlier), clamped to that month's last day. Clamping never
    carries over: 31 Jan + 1 = 28 (29) Feb, 31 Jan + 2 = 31 Mar."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
