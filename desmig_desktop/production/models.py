"""Usaha Produktif: production groups, members, trainings, aid, production, sales, profit sharing."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desmig_desktop.core.db.base import Base, Tracked, partial_index
from desmig_desktop.core.db.types import UTCDateTime
from desmig_desktop.registry.models import Dusun, Person


class ProductionGroup(Tracked, Base):
    """A kelompok produksi / TKM."""

    __tablename__ = "production_group"

    name: Mapped[str] = mapped_column(String(100))
    commodity: Mapped[str] = mapped_column(String(100), default="")
    founded_on: Mapped[date | None] = mapped_column(Date)
    dusun_id: Mapped[str | None] = mapped_column(ForeignKey("dusun.id"))
    status: Mapped[str] = mapped_column(String(10), default="aktif")  # aktif / berhenti
    stopped_on: Mapped[date | None] = mapped_column(Date)
    stop_reason: Mapped[str] = mapped_column(String(200), default="")
    pirt_number: Mapped[str] = mapped_column(String(40), default="")
    pirt_date: Mapped[date | None] = mapped_column(Date)
    pirt_status: Mapped[str] = mapped_column(String(12), default="belum")  # belum/proses/terbit/kedaluwarsa
    share_rule: Mapped[str] = mapped_column(String(12), default="equal")  # equal / by_batches
    share_due_rule: Mapped[str] = mapped_column(String(12), default="after_runs")  # after_runs / lebaran
    share_due_runs: Mapped[int] = mapped_column(Integer, default=4)
    # Shares are rounded down to this many Rupiah (100, 500 or 1000); what rounding leaves stays in the cash.
    share_rounding: Mapped[int] = mapped_column(Integer, default=1000, server_default="1000")
    note: Mapped[str] = mapped_column(Text, default="")

    dusun: Mapped[Dusun | None] = relationship()
    members: Mapped[list["GroupMember"]] = relationship(back_populates="group", order_by="GroupMember.joined_on")


class GroupMember(Tracked, Base):
    __tablename__ = "group_member"

    group_id: Mapped[str] = mapped_column(ForeignKey("production_group.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(12), default="anggota")
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    leave_reason: Mapped[str | None] = mapped_column(String(20))
    leave_note: Mapped[str] = mapped_column(String(200), default="")

    group: Mapped[ProductionGroup] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()


class Aid(Tracked, Base):
    """Bantuan to a group: equipment, cash capital, raw material, promotion."""

    __tablename__ = "aid"

    group_id: Mapped[str] = mapped_column(ForeignKey("production_group.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # peralatan / modal_uang / bahan_baku / promosi
    source: Mapped[str] = mapped_column(String(20))
    source_name: Mapped[str] = mapped_column(String(150), default="")
    received_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")

    items: Mapped[list["AidItem"]] = relationship(back_populates="aid")


class AidItem(Tracked, Base):
    """One line of an aid; equipment lines form the group's inventory (with condition)."""

    __tablename__ = "aid_item"

    aid_id: Mapped[str] = mapped_column(ForeignKey("aid.id"), index=True)
    name: Mapped[str] = mapped_column(String(150))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit: Mapped[str] = mapped_column(String(20), default="unit")
    value: Mapped[int] = mapped_column(BigInteger, default=0)  # Rupiah, whole line
    condition: Mapped[str] = mapped_column(String(12), default="baik")

    aid: Mapped[Aid] = relationship(back_populates="items")


class Product(Tracked, Base):
    __tablename__ = "product"

    group_id: Mapped[str] = mapped_column(ForeignKey("production_group.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(20), default="bungkus")
    price: Mapped[int] = mapped_column(BigInteger, default=0)


class ProductionBatch(Tracked, Base):
    __tablename__ = "production_batch"

    group_id: Mapped[str] = mapped_column(ForeignKey("production_group.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)
    produced_on: Mapped[date] = mapped_column(Date)
    quantity: Mapped[int] = mapped_column(Integer)
    material_cost: Mapped[int] = mapped_column(BigInteger, default=0)
    note: Mapped[str] = mapped_column(String(200), default="")

    workers: Mapped[list["BatchWorker"]] = relationship(back_populates="batch")


class BatchWorker(Tracked, Base):
    """A member who took part in a production batch (the basis of profit sharing)."""

    __tablename__ = "batch_worker"
    __table_args__ = (partial_index("uq_batch_worker_live", "batch_id", "person_id", unique=True),)

    batch_id: Mapped[str] = mapped_column(ForeignKey("production_batch.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)

    batch: Mapped[ProductionBatch] = relationship(back_populates="workers")


class Sale(Tracked, Base):
    __tablename__ = "sale"

    group_id: Mapped[str] = mapped_column(ForeignKey("production_group.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)
    sold_on: Mapped[date] = mapped_column(Date)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(BigInteger)
    channel: Mapped[str] = mapped_column(String(12))
    event_id: Mapped[str | None] = mapped_column(ForeignKey("promo_event.id"))
    note: Mapped[str] = mapped_column(String(200), default="")


class GroupCost(Tracked, Base):
    """Other recorded costs of a group (packaging, transport, permits…)."""

    __tablename__ = "group_cost"

    group_id: Mapped[str] = mapped_column(ForeignKey("production_group.id"), index=True)
    spent_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(String(200))
    amount: Mapped[int] = mapped_column(BigInteger)


class ProfitShare(Tracked, Base):
    """A finalised share-out (bagi hasil). Never edited; reversed with a reason instead."""

    __tablename__ = "profit_share"

    group_id: Mapped[str] = mapped_column(ForeignKey("production_group.id"), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    rule: Mapped[str] = mapped_column(String(12))
    revenue: Mapped[int] = mapped_column(BigInteger)
    material_cost: Mapped[int] = mapped_column(BigInteger)
    other_cost: Mapped[int] = mapped_column(BigInteger)
    profit: Mapped[int] = mapped_column(BigInteger)
    distributed: Mapped[int] = mapped_column(BigInteger)
    remainder: Mapped[int] = mapped_column(BigInteger)  # stays in the group cash
    runs: Mapped[int] = mapped_column(Integer, default=0)
    finalised_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reversed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reverse_reason: Mapped[str] = mapped_column(String(200), default="")

    lines: Mapped[list["ProfitShareLine"]] = relationship(back_populates="share")


class ProfitShareLine(Tracked, Base):
    __tablename__ = "profit_share_line"

    share_id: Mapped[str] = mapped_column(ForeignKey("profit_share.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    batches: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(BigInteger)

    share: Mapped[ProfitShare] = relationship(back_populates="lines")
