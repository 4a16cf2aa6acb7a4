"""What a NIK tells the person form as it is typed."""

from __future__ import annotations

from datetime import date

from desmig_desktop.registry.nik import parse_nik


def birth_date_from_nik(nik: str, today: date) -> tuple[date, str] | None:
    """Birth date and sex written in a NIK (the century that is not in the future), if it parses."""
    info, issues = parse_nik(nik)
    if info is None or issues:
        return None
    for century in (2000, 1900):
        try:
            born = info.birth_date_in(century)
        except ValueError:
            continue
        if born <= today:
            return born, info.sex
    return None
