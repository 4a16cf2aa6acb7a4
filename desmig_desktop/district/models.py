"""The district's own tables: the villages it expects, the packages it received, the NIKs live in two villages,
and a few facts about the database itself.

They live on their own declarative base (`DistrictBase`, its own MetaData): they are not in `Base.metadata`, so a
village file never has them, the alembic history does not manage them, and the generic merge (every table of
`Base.metadata`) never carries them. `district.database.init_district` creates them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desmig_desktop.core.db.base import NAMING, new_id, utcnow
from desmig_desktop.core.db.types import UTCDateTime

FORMAT = "1"  # district_info "format": the layout of these tables


class DistrictBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class DistrictVillage(DistrictBase):
    """A village the district expects packages from (the operator's list, or added by a merge)."""

    __tablename__ = "district_village"

    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    kecamatan: Mapped[str] = mapped_column(String(200), default="")
    kabupaten: Mapped[str] = mapped_column(String(200), default="")
    village_id: Mapped[str | None] = mapped_column(String(36), default=None)  # from the first merged package
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(20), default="operator")  # "init" | "operator" | "merge"


class DistrictPackage(DistrictBase):
    """One package file offered to the district: merged, or refused with the reason."""

    __tablename__ = "district_package"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), index=True, default="")
    village_code: Mapped[str] = mapped_column(String(10), index=True, default="")
    village_id: Mapped[str | None] = mapped_column(String(36), default=None)
    sequence: Mapped[int | None] = mapped_column(Integer, default=None)
    period: Mapped[str] = mapped_column(String(7), default="")
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)  # the manifest's
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    schema_revision: Mapped[str] = mapped_column(String(32), default="")
    app_version: Mapped[str] = mapped_column(String(32), default="")
    previous_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    status: Mapped[str] = mapped_column(String(10), default="merged")  # "merged" | "refused"
    message: Mapped[str] = mapped_column(Text, default="")  # the refusal reason
    warnings: Mapped[str] = mapped_column(Text, default="")  # one per line
    chain_broken: Mapped[bool] = mapped_column(Boolean, default=False)
    rows_changed: Mapped[int] = mapped_column(Integer, default=0)
    rows_offered: Mapped[int] = mapped_column(Integer, default=0)


class DistrictConflict(DistrictBase):
    """One (NIK, village) of a NIK live in two or more villages; refreshed after each merge run
    (`district.movers.refresh_conflicts`)."""

    __tablename__ = "district_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    nik: Mapped[str] = mapped_column(String(16), index=True)
    person_id: Mapped[str] = mapped_column(String(36))
    village_code: Mapped[str] = mapped_column(String(10))
    moved_out_on: Mapped[date | None] = mapped_column(Date, default=None)
    moved_in_on: Mapped[date | None] = mapped_column(Date, default=None)
    counted: Mapped[bool] = mapped_column(Boolean, default=False)


class DistrictInfo(DistrictBase):
    """Key/value facts: `kabupaten`, `created_at` (ISO 8601 UTC), `format`. Its presence marks a district DB."""

    __tablename__ = "district_info"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
