"""Plain, frozen data handed to the GUI, CLI, reports and exchange (never live ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class RtDTO:
    rw: int
    rt: int


@dataclass(frozen=True)
class DusunDTO:
    id: str
    name: str
    rts: tuple[RtDTO, ...] = ()

    @property
    def rw_count(self) -> int:
        return len({r.rw for r in self.rts})


@dataclass(frozen=True)
class VillageDTO:
    id: str
    code: str
    name: str
    kecamatan: str
    kabupaten: str
    provinsi: str
    head_name: str
    address: str
    dusuns: tuple[DusunDTO, ...] = ()

    @property
    def regency_code(self) -> str:
        return self.code[:4]

    @property
    def formatted_code(self) -> str:
        c = self.code
        return f"{c[:2]}.{c[2:4]}.{c[4:6]}.{c[6:]}" if len(c) == 10 else c


@dataclass(frozen=True)
class PlacementDTO:
    id: str
    person_id: str
    stage: str
    country: str
    sector: str | None
    job: str
    agency: str
    route: str | None
    scheme: str | None
    registered_on: date | None
    departed_on: date | None
    returned_on: date | None
    return_reason: str
    last_contact_on: date | None
    lost_contact: bool
    cancelled_on: date | None = None
    cancel_reason: str = ""
    departure_note: str = ""


@dataclass(frozen=True)
class LifeEventDTO:
    id: str
    kind: str
    event_date: date
    note: str


@dataclass(frozen=True)
class PersonRow:
    """One line of the person list."""

    id: str
    nik: str
    name: str
    sex: str
    birth_date: date
    no_kk: str
    dusun: str
    rw: int | None
    rt: int | None
    status: str
    in_village: bool
    relationship_to_head: str = "lainnya"
    country: str = ""  # destination of the current (or last) placement
    departed_on: date | None = None  # departure date of that placement
    age: int | None = None  # on the context's today, when the list computed it


@dataclass(frozen=True)
class PersonPage:
    """Rows of the person list in list order, with the sort keys of the first and last (keyset paging)."""

    rows: tuple[PersonRow, ...]
    first: tuple | None = None  # type: ignore[type-arg]
    last: tuple | None = None  # type: ignore[type-arg]


@dataclass(frozen=True)
class PersonDTO:
    id: str
    nik: str
    name: str
    sex: str
    birth_place: str
    birth_date: date
    relationship_to_head: str
    education: str | None
    marital_status: str | None
    occupation: str
    phone: str
    household_id: str | None
    no_kk: str
    status: str
    in_village: bool
    placements: tuple[PlacementDTO, ...] = ()
    life_events: tuple[LifeEventDTO, ...] = ()


@dataclass(frozen=True)
class HouseholdDTO:
    id: str
    no_kk: str
    dusun_id: str | None
    dusun: str
    rw: int | None
    rt: int | None
    address: str
    members: tuple[PersonRow, ...] = ()

    @property
    def head_name(self) -> str:
        for m in self.members:
            if m.relationship_to_head == "kepala":
                return m.name
        return self.members[0].name if self.members else ""


@dataclass(frozen=True)
class AuditDTO:
    at: datetime
    officer: str
    action: str
    table_name: str
    record_id: str
    changes: dict[str, list[object]] = field(default_factory=dict)




@dataclass(frozen=True)
class HouseholdRow:
    """One line of the household list (Keluarga page)."""

    id: str
    no_kk: str
    head_name: str  # "" when no live member is the kepala keluarga
    dusun: str
    rw: int | None
    rt: int | None
    address: str
    members: int  # live members still in the village
    abroad: int  # of them, PMI aktif (abroad now)
