"""SQLAlchemy 2.0 typed models of the village registry."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desmig_desktop.core.db.base import Base, Tracked, partial_index

# The terms the person list filters on, spelled as SQLAlchemy renders `in_village.is_(True)` per dialect,
# so the planner can match the partial index to the query.
LIVE_IN_VILLAGE_SQLITE = "deleted_at IS NULL AND in_village IS 1"
LIVE_IN_VILLAGE_PG = "deleted_at IS NULL AND in_village IS true"
# The live people with a current placement (the list's sorts by Negara tujuan / Tgl Berangkat, revision 0007).
LIVE_PLACED = "deleted_at IS NULL AND current_country IS NOT NULL"


class Village(Tracked, Base):
    """The village profile (one row per database; its `village_id` is its own id)."""

    __tablename__ = "village"
    is_village_root = True

    code: Mapped[str] = mapped_column(String(10))  # Kemendagri PP.KK.CC.DDDD without dots
    name: Mapped[str] = mapped_column(String(100))
    kecamatan: Mapped[str] = mapped_column(String(100), default="")
    kabupaten: Mapped[str] = mapped_column(String(100), default="")
    provinsi: Mapped[str] = mapped_column(String(100), default="")
    head_name: Mapped[str] = mapped_column(String(100), default="")  # Kepala Desa, for signatures
    address: Mapped[str] = mapped_column(String(200), default="")
    # The district's (Disnaker's) public key line `age1…`: packages sent to it are encrypted to it (issue 10).
    district_key: Mapped[str | None] = mapped_column(Text, default=None)
    district_email: Mapped[str] = mapped_column(String(200), default="", server_default="")

    dusuns: Mapped[list["Dusun"]] = relationship(back_populates="village", order_by="Dusun.name")


class Dusun(Tracked, Base):
    __tablename__ = "dusun"

    name: Mapped[str] = mapped_column(String(100))

    village: Mapped[Village] = relationship(back_populates="dusuns")
    rts: Mapped[list["RtUnit"]] = relationship(back_populates="dusun", order_by="(RtUnit.rw, RtUnit.rt)")


class RtUnit(Tracked, Base):
    """One RT inside one RW of a dusun."""

    __tablename__ = "rt_unit"
    __table_args__ = (partial_index("uq_rt_unit_place", "dusun_id", "rw", "rt", unique=True),)

    dusun_id: Mapped[str] = mapped_column(ForeignKey("dusun.id"))
    rw: Mapped[int] = mapped_column(Integer)
    rt: Mapped[int] = mapped_column(Integer)

    dusun: Mapped[Dusun] = relationship(back_populates="rts")


class Household(Tracked, Base):
    """A family card (Kartu Keluarga)."""

    __tablename__ = "household"
    __table_args__ = (
        # One live card per No. KK in a village; the district's merged database holds every village's.
        partial_index("uq_household_no_kk", "no_kk", "village_id", unique=True),
        # The person list sorted by dusun / RW-RT lists the places and the cards of one place (revision 0007).
        Index("ix_household_place", "dusun_id", "rw", "rt", "id"),
    )

    no_kk: Mapped[str] = mapped_column(String(16))
    dusun_id: Mapped[str | None] = mapped_column(ForeignKey("dusun.id"), index=True)
    rw: Mapped[int | None] = mapped_column(Integer)
    rt: Mapped[int | None] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(String(200), default="")

    dusun: Mapped[Dusun | None] = relationship()
    members: Mapped[list["Person"]] = relationship(back_populates="household")


class Person(Tracked, Base):
    __tablename__ = "person"
    __table_args__ = (
        # One live row per NIK in a village (NIK first: lookups by NIK read it); the same NIK may be live in
        # two villages' rows at the district, a person who moved (see the registry package's docstring).
        partial_index("uq_person_nik", "nik", "village_id", unique=True),
        Index("ix_person_name", "name"),
        Index("ix_person_status", "status"),
        # Search as you type over the people in the village (a name, or the first digits of a NIK or No. KK)
        # reads only this covering index, never the whole table: 40 -> 20 ms at 100,000 people. One index for
        # both, so SQLite's planner has no wrong partial index to pick; the filtered columns must be in it.
        partial_index("ix_person_live_search", "name", "id", "deleted_at", "in_village", "nik", "household_id",
                      where=LIVE_IN_VILLAGE_SQLITE, postgresql_where=LIVE_IN_VILLAGE_PG),
        # The person list sorted by birth date / age, Negara tujuan, Tanggal berangkat reads a page along
        # these (revision 0007): 550 / 1,350 ms -> a few ms a page at 300,000 people.
        partial_index("ix_person_live_birth", "birth_date", "name", "id"),
        partial_index("ix_person_live_country", "current_country", "name", "id", where=LIVE_PLACED),
        partial_index("ix_person_live_departed", "current_departed_on", "name", "id", where=LIVE_PLACED),
    )

    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"), index=True)
    relationship_to_head: Mapped[str] = mapped_column(String(20), default="lainnya")
    nik: Mapped[str | None] = mapped_column(String(16))  # None: "NIK belum ada", marked by the officer
    name: Mapped[str] = mapped_column(String(100))
    sex: Mapped[str] = mapped_column(String(1))  # L / P
    birth_place: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date] = mapped_column(Date)
    education: Mapped[str | None] = mapped_column(String(20))
    marital_status: Mapped[str | None] = mapped_column(String(20))
    occupation: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    # Derived by services.status from placements and life events; never typed by a user.
    status: Mapped[str] = mapped_column(String(10), default="none")
    in_village: Mapped[bool] = mapped_column(Boolean, default=True)
    # The placement that gives the status (status_sync.current_placements: aktif before calon before purna,
    # batal never, the latest wins): its country and departure day; None / None when there is none.
    current_country: Mapped[str | None] = mapped_column(String(60))
    current_departed_on: Mapped[date | None] = mapped_column(Date)

    household: Mapped[Household | None] = relationship(back_populates="members")
    placements: Mapped[list["Placement"]] = relationship(
        back_populates="person", order_by="Placement.created_at"
    )
    life_events: Mapped[list["LifeEvent"]] = relationship(
        back_populates="person", order_by="LifeEvent.event_date"
    )


class Placement(Tracked, Base):
    """One episode of a person's migration history: calon -> aktif -> purna, or calon -> batal (gave up)."""

    __tablename__ = "placement"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    stage: Mapped[str] = mapped_column(String(10))  # calon / aktif / purna
    country: Mapped[str] = mapped_column(String(60), default="")
    sector: Mapped[str | None] = mapped_column(String(10))  # formal / informal
    job: Mapped[str] = mapped_column(String(100), default="")
    agency: Mapped[str] = mapped_column(String(150), default="")  # P3MI
    route: Mapped[str | None] = mapped_column(String(20))  # prosedural / non_prosedural
    scheme: Mapped[str | None] = mapped_column(String(10))  # g_to_g / p_to_p / mandiri
    registered_on: Mapped[date | None] = mapped_column(Date)
    departed_on: Mapped[date | None] = mapped_column(Date)
    returned_on: Mapped[date | None] = mapped_column(Date)
    return_reason: Mapped[str] = mapped_column(String(200), default="")
    last_contact_on: Mapped[date | None] = mapped_column(Date)
    # Today's contact state; its history (since when, until when) is in placement_contact_loss.
    lost_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    # Batal berangkat: the day a calon gave up, and why (stage "batal").
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    cancel_reason: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # What the officer knows of a departure outside the procedure (e.g. an age falsified to leave under 18).
    departure_note: Mapped[str] = mapped_column(String(300), default="", server_default="")

    person: Mapped[Person] = relationship(back_populates="placements")
    contact_losses: Mapped[list["ContactLoss"]] = relationship(
        back_populates="placement", order_by="ContactLoss.lost_on"
    )


class ContactLoss(Tracked, Base):
    """One stretch of lost contact with a PMI abroad: since `lost_on` (None: since an unknown day) until
    `found_on` (None: still lost). Past periods read the stretches recorded by their end."""

    __tablename__ = "placement_contact_loss"

    placement_id: Mapped[str] = mapped_column(ForeignKey("placement.id"), index=True)
    lost_on: Mapped[date | None] = mapped_column(Date)
    found_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="", server_default="")

    placement: Mapped[Placement] = relationship(back_populates="contact_losses")


class LifeEvent(Tracked, Base):
    """Dated civil events: lahir, pindah datang, pindah keluar, meninggal."""

    __tablename__ = "life_event"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    event_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")

    person: Mapped[Person] = relationship(back_populates="life_events")


class SentPackage(Tracked, Base):
    """A package written for the district (`district.package.write_package`): its place in the village's chain
    (`sequence` 1, 2, …; the next package names this one's `sha256`), the recap period and the file's name."""

    __tablename__ = "sent_package"

    sequence: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(7))
    file_name: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
