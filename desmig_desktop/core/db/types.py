"""The one timestamp type of every table: timezone-aware UTC in Python, on SQLite as on PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A `DateTime(timezone=True)` that always hands back an aware UTC datetime.

    SQLite has no time zones: there the value is stored as naive UTC text (`2026-12-01 21:00:10.352763`, the
    format every release has written, so old and new values sort and compare alike) and read back as UTC.
    PostgreSQL stores a `timestamptz`. A naive datetime is refused: it could be local time (WIB is UTC+7),
    and nobody could tell later.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("a naive datetime cannot be stored: give it a time zone (core.db.base.utcnow())")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:  # SQLite, and any naive value written before revision 0004: it was UTC
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)
