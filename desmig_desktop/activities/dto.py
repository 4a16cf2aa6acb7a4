"""Frozen DTOs of the activities."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class TrainingDTO:
    id: str
    title: str
    kind: str
    provider: str
    provider_name: str
    start_on: date
    end_on: date | None
    place: str
    group_ids: tuple[str, ...] = ()
    attendee_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventDTO:
    id: str
    name: str
    kind: str
    start_on: date
    end_on: date | None
    place: str
    group_ids: tuple[str, ...] = ()
    sales_total: int = 0
