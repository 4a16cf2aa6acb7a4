"""Tables of the service centre. Every status is kept with the date of each step, so that a recap of a past
period shows the state of that day (`rules.ak1_status_on`, `rules.complaint_status_on`); `status` is the latest.

Columns and tables marked `PRIVATE` (core.privacy) never leave the laptop: the district package leaves them out
(a private column reaches the district as its default), the audit trail records that they changed but not their
text, and the recap only counts.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desmig_desktop.core.db.base import Base, Tracked, partial_index
from desmig_desktop.core.privacy import PRIVATE
from desmig_desktop.registry.models import Person, Placement

PRIVATE_TABLE = {"info": PRIVATE}


def private(*args, **kwargs):  # type: ignore[no-untyped-def]
    """A `mapped_column` whose values never leave the laptop."""
    return mapped_column(*args, info=PRIVATE, **kwargs)


class Visit(Tracked, Base):
    """One visit in the guest book (buku tamu): a registered person of the village, or an outsider (name, ID
    number shown, home village) who stays in the guest book and is not added to the register."""

    __tablename__ = "sc_visit"

    visited_at: Mapped[datetime] = mapped_column(DateTime)  # local wall-clock time at the balai desa
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    outsider_name: Mapped[str] = private(String(100), default="", server_default="")
    outsider_id_number: Mapped[str] = private(String(30), default="", server_default="")
    outsider_village: Mapped[str] = private(String(100), default="", server_default="")
    purpose: Mapped[str] = mapped_column(String(20))  # codes.PURPOSES
    served_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    notes: Mapped[str] = private(Text, default="", server_default="")

    person: Mapped[Person | None] = relationship()


class Ak1Application(Tracked, Base):
    """Help with an AK-1 card (kartu kuning): draft -> lengkap -> diserahkan -> terbit | ditolak. The centre
    checks the papers (documents rows, `AK1_ITEMS`); the applicant takes them to Disnaker."""

    __tablename__ = "sc_ak1"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="draft")  # codes.AK1_STATUSES, the latest step
    opened_on: Mapped[date] = mapped_column(Date)
    complete_on: Mapped[date | None] = mapped_column(Date)     # berkas lengkap
    submitted_on: Mapped[date | None] = mapped_column(Date)    # diserahkan ke Disnaker
    issued_on: Mapped[date | None] = mapped_column(Date)       # kartu terbit
    card_number: Mapped[str] = mapped_column(String(40), default="", server_default="")
    rejected_on: Mapped[date | None] = mapped_column(Date)
    reject_reason: Mapped[str] = mapped_column(String(300), default="", server_default="")
    note: Mapped[str] = private(Text, default="", server_default="")

    person: Mapped[Person] = relationship()
    documents: Mapped[list[Document]] = relationship(
        back_populates="ak1", primaryjoin="and_(Document.ak1_id == Ak1Application.id, Document.deleted_at.is_(None))",
        viewonly=True)
    reports: Mapped[list[Ak1Report]] = relationship(
        primaryjoin="and_(Ak1Report.ak1_id == Ak1Application.id, Ak1Report.deleted_at.is_(None))",
        order_by="Ak1Report.reported_on", viewonly=True)


class Ak1Report(Tracked, Base):
    """A holder's six-monthly report to Disnaker (lapor diri), which moves the next report's due date."""

    __tablename__ = "sc_ak1_report"

    ak1_id: Mapped[str] = mapped_column(ForeignKey("sc_ak1.id"), index=True)
    reported_on: Mapped[date] = mapped_column(Date)


class Preparation(Tracked, Base):
    """The centre's file on one calon-PMI placement: the planned departure day. Its checklist is the
    `Document` rows of the placement (an item without a row, or without `done_on`, is missing)."""

    __tablename__ = "sc_preparation"
    __table_args__ = (partial_index("uq_sc_preparation_live", "placement_id", unique=True),)

    placement_id: Mapped[str] = mapped_column(ForeignKey("placement.id"), index=True)
    planned_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = private(Text, default="", server_default="")

    placement: Mapped[Placement] = relationship()


class Document(Tracked, Base):
    """One item of a checklist: of an AK-1 application (`ak1_id`, item in AK1_ITEMS) or of a placement's
    pre-departure documents (`placement_id`, item in DEPARTURE_ITEMS); exactly one of the two is set.
    `done_on`: the day the officer saw the paper (None: still missing)."""

    __tablename__ = "sc_document"
    __table_args__ = (
        partial_index("uq_sc_document_ak1_item", "ak1_id", "item", unique=True,
                      where="deleted_at IS NULL AND ak1_id IS NOT NULL"),
        partial_index("uq_sc_document_placement_item", "placement_id", "item", unique=True,
                      where="deleted_at IS NULL AND placement_id IS NOT NULL"),
    )

    ak1_id: Mapped[str | None] = mapped_column(ForeignKey("sc_ak1.id"), index=True)
    placement_id: Mapped[str | None] = mapped_column(ForeignKey("placement.id"), index=True)
    item: Mapped[str] = mapped_column(String(30))
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = private(String(300), default="", server_default="")

    ak1: Mapped[Ak1Application | None] = relationship(back_populates="documents")
    scans: Mapped[list[Scan]] = relationship(
        primaryjoin="and_(Scan.document_id == Document.id, Scan.deleted_at.is_(None))", viewonly=True)


class Scan(Tracked, Base):
    """A scanned paper (image or PDF) of a checklist item. The file lives in the village's data folder under
    its content hash (`services.scans`); it is removed from disk when its last live row is deleted. Private
    as a whole: neither the rows nor the files go into the district package."""

    __tablename__ = "sc_scan"
    __table_args__ = PRIVATE_TABLE

    document_id: Mapped[str] = mapped_column(ForeignKey("sc_document.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(200))  # the name it had on disk, for the officer
    suffix: Mapped[str] = mapped_column(String(10))      # .pdf .jpg .jpeg .png
    size: Mapped[int] = mapped_column(Integer)


class Vacancy(Tracked, Base):
    """A job vacancy the centre posts (lowongan kerja), abroad or at home."""

    __tablename__ = "sc_vacancy"

    scope: Mapped[str] = mapped_column(String(12))  # codes.VACANCY_SCOPES
    country: Mapped[str] = mapped_column(String(60), default="", server_default="")
    position: Mapped[str] = mapped_column(String(150))
    employer: Mapped[str] = mapped_column(String(150), default="", server_default="")
    requirements: Mapped[str] = mapped_column(Text, default="", server_default="")
    sex: Mapped[str | None] = mapped_column(String(1))  # L / P; None: either
    age_min: Mapped[int | None] = mapped_column(Integer)
    age_max: Mapped[int | None] = mapped_column(Integer)
    education_min: Mapped[str | None] = mapped_column(String(20))  # registry.enums.EDUCATION code
    source: Mapped[str] = mapped_column(String(200), default="", server_default="")
    posted_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)


class Complaint(Tracked, Base):
    """A complaint (pengaduan) from a registered family about a migrant: baru -> ditindaklanjuti -> dirujuk ->
    selesai. Only the category, the status and the dates leave the laptop; who, what and how it ended stay."""

    __tablename__ = "sc_complaint"

    reporter_id: Mapped[str | None] = private(ForeignKey("person.id"), index=True)
    person_id: Mapped[str | None] = private(ForeignKey("person.id"), index=True)  # the migrant concerned
    placement_id: Mapped[str | None] = private(ForeignKey("placement.id"), index=True)
    category: Mapped[str] = mapped_column(String(20))  # codes.COMPLAINT_CATEGORIES
    description: Mapped[str] = private(Text, default="", server_default="")
    status: Mapped[str] = mapped_column(String(16), default="baru")  # codes.COMPLAINT_STATUSES, the latest
    opened_on: Mapped[date] = mapped_column(Date)
    followed_on: Mapped[date | None] = mapped_column(Date)   # ditindaklanjuti
    referred_on: Mapped[date | None] = mapped_column(Date)   # dirujuk
    referred_to: Mapped[str | None] = mapped_column(String(12))  # codes.REFERRAL_TARGETS
    closed_on: Mapped[date | None] = mapped_column(Date)     # selesai
    outcome: Mapped[str] = private(Text, default="", server_default="")

    reporter: Mapped[Person | None] = relationship(foreign_keys=[reporter_id])
    person: Mapped[Person | None] = relationship(foreign_keys=[person_id])
    placement: Mapped[Placement | None] = relationship()
    actions: Mapped[list[ComplaintAction]] = relationship(
        primaryjoin="and_(ComplaintAction.complaint_id == Complaint.id, ComplaintAction.deleted_at.is_(None))",
        order_by="(ComplaintAction.acted_on, ComplaintAction.created_at)", viewonly=True)


class ComplaintAction(Tracked, Base):
    """A dated line of a complaint's action log (what was done, a status step). Private as a whole."""

    __tablename__ = "sc_complaint_action"
    __table_args__ = PRIVATE_TABLE

    complaint_id: Mapped[str] = mapped_column(ForeignKey("sc_complaint.id"), index=True)
    acted_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(16))  # the step this line records, if any
    text: Mapped[str] = mapped_column(Text, default="")


__all__ = [
    "Ak1Application",
    "Ak1Report",
    "Complaint",
    "ComplaintAction",
    "Document",
    "Preparation",
    "Scan",
    "Vacancy",
    "Visit",
]
