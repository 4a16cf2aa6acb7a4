"""Frozen DTOs of the service centre: what its services hand to screens, PDFs, the CLI and the recap, and the
inputs screens hand to services. Codes (status `terbit`, category `putus_kontak`), never translated words.
Private texts (complaint descriptions, notes) appear only in the DTOs of the laptop's own screens and of the
referral letter (`ComplaintDetail`), never in lists the CLI prints as JSON (`ComplaintRow`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desmig_desktop.service_centre.rules import Ak1Due, Readiness

# ---- guest book ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VisitInput:
    visited_at: datetime  # local time
    purpose: str  # codes.PURPOSES
    person_id: str | None = None  # a registered person of the village, or None for an outsider
    outsider_name: str = ""
    outsider_id_number: str = ""
    outsider_village: str = ""
    served_by: str = ""
    notes: str = ""


@dataclass(frozen=True)
class VisitRow:
    id: str
    visited_at: datetime
    purpose: str
    person_id: str | None
    name: str  # the person's name, or the outsider's
    registered: bool
    home: str  # dusun RT/RW of a villager, the outsider's home village
    id_number: str  # masked NIK of a villager, the ID shown by an outsider (masked)
    served_by: str
    notes: str


# ---- AK-1 ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ak1Step:
    """A move of an application to `target` on `on` (card number for terbit, reason for ditolak)."""

    target: str
    on: date | None
    card_number: str = ""
    reason: str = ""


@dataclass(frozen=True)
class ChecklistItem:
    id: str | None  # the sc_document row, None while the item has never been ticked
    item: str  # codes.AK1_ITEMS / codes.DEPARTURE_ITEMS
    done_on: date | None
    note: str = ""
    scans: tuple[ScanDTO, ...] = ()


@dataclass(frozen=True)
class ScanDTO:
    id: str
    document_id: str
    file_name: str
    suffix: str
    size: int
    path: str  # where the file is on this laptop ("" when it is missing from the folder)


@dataclass(frozen=True)
class Ak1Row:
    id: str
    person_id: str
    name: str
    nik: str  # masked
    sex: str
    status: str  # codes.AK1_STATUSES
    opened_on: date
    status_on: date  # the date of the latest step
    card_number: str
    issued_on: date | None
    items_done: int  # of len(AK1_ITEMS)
    due: Ak1Due | None  # a card's next report or renewal (None before kartu terbit)
    due_soon: bool  # due within 30 days or overdue, on the day the list was read


@dataclass(frozen=True)
class Ak1Detail:
    row: Ak1Row
    checklist: tuple[ChecklistItem, ...]  # AK1_ITEMS order
    reports: tuple[date, ...]
    reject_reason: str
    rejected_on: date | None
    complete_on: date | None
    submitted_on: date | None
    note: str
    next_steps: tuple[str, ...]  # rules.AK1_NEXT of the status


# ---- pre-departure documents -------------------------------------------------------------------------


@dataclass(frozen=True)
class CalonRow:
    """A calon-PMI placement as the centre follows it."""

    placement_id: str
    person_id: str
    name: str
    nik: str  # masked
    sex: str
    age: int | None  # on the day read
    country: str
    scheme: str | None
    agency: str
    route: str | None
    registered_on: date | None
    planned_on: date | None
    readiness: Readiness
    risks: tuple[str, ...]  # codes.RISKS


@dataclass(frozen=True)
class DocumentsDetail:
    row: CalonRow
    checklist: tuple[ChecklistItem, ...]  # DEPARTURE_ITEMS order
    note: str


@dataclass(frozen=True)
class DepartureInput:
    departed_on: date
    route: str  # prosedural / non_prosedural
    note: str = ""  # required when papers are missing (then route must be non_prosedural)


# ---- vacancies ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VacancyInput:
    scope: str  # codes.VACANCY_SCOPES
    position: str
    posted_on: date
    country: str = ""
    employer: str = ""
    requirements: str = ""
    sex: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    education_min: str | None = None
    source: str = ""
    valid_until: date | None = None


@dataclass(frozen=True)
class VacancyDTO(VacancyInput):
    id: str = ""
    open: bool = True  # valid on the day read


@dataclass(frozen=True)
class Candidate:
    person_id: str
    name: str
    sex: str
    age: int | None
    education: str | None
    source: str  # "ak1" (an AK-1 applicant or holder) or "calon" (a calon PMI)
    phone: str = ""


# ---- complaints --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ComplaintInput:
    reporter_id: str
    person_id: str  # the migrant concerned
    category: str  # codes.COMPLAINT_CATEGORIES
    description: str
    opened_on: date
    placement_id: str | None = None  # the placement concerned (default: the migrant's current one)


@dataclass(frozen=True)
class ComplaintStep:
    target: str
    on: date | None
    referred_to: str | None = None
    outcome: str = ""
    note: str = ""  # written to the action log with the step


@dataclass(frozen=True)
class ComplaintRow:
    """A complaint in lists and in `desmig complaints list --json`: no description, no names of the reporter."""

    id: str
    category: str
    status: str
    opened_on: date
    status_on: date
    referred_to: str | None
    closed_on: date | None
    days_open: int
    person_id: str | None
    person_name: str  # the migrant concerned (screens only; the CLI leaves it out)
    country: str


@dataclass(frozen=True)
class ComplaintActionDTO:
    id: str
    acted_on: date
    status: str | None
    text: str


@dataclass(frozen=True)
class ComplaintDetail:
    """Everything about one complaint, for its screen and the referral letter: private texts included."""

    row: ComplaintRow
    reporter_id: str | None
    reporter_name: str
    reporter_relationship: str  # registry RELATIONSHIPS code of the reporter to the head of the KK
    reporter_phone: str
    reporter_address: str
    person_nik: str  # in full: the referral letter needs it
    person_birth_date: date | None
    person_address: str
    placement_country: str
    placement_job: str
    placement_agency: str
    placement_departed_on: date | None
    placement_last_contact_on: date | None
    description: str
    outcome: str
    followed_on: date | None
    referred_on: date | None
    actions: tuple[ComplaintActionDTO, ...]
    next_steps: tuple[str, ...]


# ---- lost contact ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LostContactRow:
    placement_id: str
    person_id: str
    name: str
    country: str
    departed_on: date | None
    last_contact_on: date | None
    days_without_contact: int | None
    flagged: bool  # the registry's lost-contact flag is up
    complaint_id: str | None  # an open putus-kontak complaint about this migrant
    reasons: tuple[str, ...] = field(default_factory=tuple)  # "complaint", "flag", "no_contact_90"
