"""Penyadaran, pengkapasitasan, promosi: the activities several pillars record (models)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desmig_desktop.core.db.base import Base, Tracked, partial_index


class Training(Tracked, Base):
    __tablename__ = "training"

    title: Mapped[str] = mapped_column(String(150))
    kind: Mapped[str] = mapped_column(String(20))
    provider: Mapped[str] = mapped_column(String(20))
    provider_name: Mapped[str] = mapped_column(String(150), default="")
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(150), default="")


class TrainingGroup(Tracked, Base):
    """A group invited to a training."""

    __tablename__ = "training_group"
    __table_args__ = (partial_index("uq_training_group_live", "training_id", "group_id", unique=True),)

    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"), index=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("production_group.id"), index=True)


class TrainingAttendance(Tracked, Base):
    __tablename__ = "training_attendance"
    __table_args__ = (partial_index("uq_training_attendance_live", "training_id", "person_id", unique=True),)

    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)


class PromoEvent(Tracked, Base):
    """An exhibition, bazaar or visit where groups promote and sell."""

    __tablename__ = "promo_event"

    name: Mapped[str] = mapped_column(String(150))
    kind: Mapped[str] = mapped_column(String(12))  # pameran / bazar / kunjungan
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(150), default="")


class PromoEventGroup(Tracked, Base):
    __tablename__ = "promo_event_group"
    __table_args__ = (partial_index("uq_promo_event_group_live", "event_id", "group_id", unique=True),)

    event_id: Mapped[str] = mapped_column(ForeignKey("promo_event.id"), index=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("production_group.id"), index=True)


class Socialisation(Tracked, Base):
    """Penyadaran: a socialisation meeting or door-to-door visit, optionally for one group."""

    __tablename__ = "socialisation"

    held_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(12))  # pertemuan / kunjungan
    topic: Mapped[str] = mapped_column(String(150))
    place: Mapped[str] = mapped_column(String(150), default="")
    group_id: Mapped[str | None] = mapped_column(ForeignKey("production_group.id"), index=True)


class SocialisationAttendance(Tracked, Base):
    __tablename__ = "socialisation_attendance"
    __table_args__ = (partial_index("uq_socialisation_attendance_live", "socialisation_id", "person_id", unique=True),)

    socialisation_id: Mapped[str] = mapped_column(ForeignKey("socialisation.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
