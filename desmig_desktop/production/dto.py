"""Frozen DTOs of the Usaha Produktif pillar."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.core.i18n import _, n_
from desmig_desktop.core.periods import Period


@dataclass(frozen=True)
class MemberDTO:
    id: str
    person_id: str
    name: str
    nik: str
    role: str
    joined_on: date
    left_on: date | None
    leave_reason: str | None
    leave_note: str

    @property
    def active(self) -> bool:
        return self.left_on is None


@dataclass(frozen=True)
class GroupDTO:
    id: str
    name: str
    commodity: str
    founded_on: date | None
    dusun_id: str | None
    dusun: str
    status: str
    stopped_on: date | None
    stop_reason: str
    pirt_number: str
    pirt_date: date | None
    pirt_status: str
    share_rule: str
    share_due_rule: str
    share_due_runs: int
    note: str
    cash: int
    members: tuple[MemberDTO, ...] = ()

    @property
    def active_members(self) -> tuple[MemberDTO, ...]:
        return tuple(m for m in self.members if m.active)


@dataclass(frozen=True)
class GroupSummary:
    """One line of the group list (and of `desmig groups list --json`)."""

    id: str
    name: str
    commodity: str
    dusun: str
    status: str
    active_members: int
    sales: int  # Rupiah in the period (all time without a period)
    profit: int  # revenue - material - other costs in the period
    profit_shared: int
    cash: int
    share_due: bool


@dataclass(frozen=True)
class AidItemDTO:
    id: str
    name: str
    quantity: int
    unit: str
    value: int
    condition: str


@dataclass(frozen=True)
class AidDTO:
    id: str
    group_id: str
    kind: str
    source: str
    source_name: str
    received_on: date
    note: str
    items: tuple[AidItemDTO, ...] = ()

    @property
    def value(self) -> int:
        return sum(i.value for i in self.items)


@dataclass(frozen=True)
class ProductDTO:
    id: str
    group_id: str
    name: str
    unit: str
    price: int
    stock: int = 0


@dataclass(frozen=True)
class BatchDTO:
    id: str
    product_id: str
    product: str
    produced_on: date
    quantity: int
    material_cost: int
    worker_ids: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class SaleDTO:
    id: str
    product_id: str
    product: str
    sold_on: date
    quantity: int
    unit_price: int
    channel: str
    event_id: str | None
    event: str = ""
    note: str = ""

    @property
    def total(self) -> int:
        return self.quantity * self.unit_price


@dataclass(frozen=True)
class CostDTO:
    id: str
    spent_on: date
    description: str
    amount: int


@dataclass(frozen=True)
class ShareLineDTO:
    person_id: str
    name: str
    batches: int
    amount: int


@dataclass(frozen=True)
class ShareDTO:
    """A share-out: a proposal (id None) or a finalised one."""

    id: str | None
    group_id: str
    group_name: str
    period_start: date
    period_end: date
    rule: str
    revenue: int
    material_cost: int
    other_cost: int
    profit: int
    runs: int
    lines: tuple[ShareLineDTO, ...]
    remainder: int
    finalised_on: date | None = None
    reversed_on: date | None = None
    reverse_reason: str = ""
    warnings: tuple[str, ...] = field(default_factory=tuple)  # codes in SHARE_WARNINGS, for a proposal
    chair: str = ""  # the group's ketua and bendahara now, for the signatures of the statement and slips
    treasurer: str = ""
    treasurer_id: str = ""  # the bendahara's person id: her own slip is paid out by the ketua
    uncovered_loss: int = 0  # earlier losses not yet covered, netted from the profit (a proposal)
    cash: int | None = None  # the group's cash on the end date, the most a share-out can pay (a proposal)
    rounding: int = 1  # every share is a multiple of this many Rupiah (the group's unit, for a proposal)

    @property
    def distributed(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def withheld(self) -> int:
        """Profit kept in the cash besides the rounding remainder: to cover earlier losses, or the cash was short."""
        return max(0, self.profit - self.distributed - self.remainder)

    @property
    def notes(self) -> tuple[str, ...]:
        """The warnings in words, in the language of the moment."""
        return tuple(share_warning_text(code, self) for code in self.warnings)


SHARE_WARNINGS = ("no_profit", "no_production", "covers_loss", "cash_limited")


def share_warning_text(code: str, share: ShareDTO) -> str:
    if code == "no_profit":
        return _("Belum ada keuntungan pada periode ini ({profit}): tidak ada yang dibagi.").format(
            profit=rupiah(share.profit))
    if code == "no_production":
        return _("Belum ada produksi tercatat pada periode ini.")
    if code == "covers_loss":
        return _("Laba periode ini lebih dulu menutup kerugian sebelumnya yang belum tertutup ({loss}).").format(
            loss=rupiah(share.uncovered_loss))
    if code == "cash_limited":
        return _("Kas kelompok pada akhir periode hanya {cash}: yang dibagi tidak boleh melebihi kas.").format(
            cash=rupiah(share.cash or 0))
    return code


@dataclass(frozen=True)
class DueDTO:
    """A group whose share-out is due: after `runs` production runs (rule `after_runs`, every `every` runs) or
    before Lebaran on `lebaran` (rule `lebaran`). `reason` says it in words, in the language of the moment."""

    group_id: str
    group: str
    rule: str
    runs: int = 0
    every: int = 0
    lebaran: date | None = None
    overdue: bool = False  # rule `lebaran`: that Lebaran has passed without the yearly share-out

    @property
    def reason(self) -> str:
        if self.rule == "after_runs":
            return n_("{runs} kali produksi sejak bagi hasil terakhir (aturan: setiap {n} kali)",
                      "{runs} kali produksi sejak bagi hasil terakhir (aturan: setiap {n} kali)", self.runs).format(
                runs=self.runs, n=self.every)
        if self.overdue:
            return _("Lebaran {day} sudah lewat: bagi hasil tahunan terlambat, belum dilakukan").format(
                day=short_date(self.lebaran))
        return _("Lebaran {day}: bagi hasil tahunan belum dilakukan").format(day=short_date(self.lebaran))


@dataclass(frozen=True)
class DropoutDTO:
    group_id: str
    group: str
    person_id: str
    name: str
    joined_on: date
    left_on: date
    reason: str
    note: str


@dataclass(frozen=True)
class GroupRecapRow:
    """One group's figures for a period. Codes, not words: `status` is a GROUP_STATUSES code, the keys of
    `dropout_reasons`, `aid_by_source` and `sales_by_channel` are LEAVE_REASONS, AID_SOURCES and CHANNELS codes
    ("" for a reason left empty); the report makes the words."""

    name: str
    commodity: str
    status: str
    active_members: int  # at the period's end
    joined: int
    left: int
    retention_start: int
    retention_kept: int
    dropout_reasons: tuple[tuple[str, int], ...]
    trainings: int
    training_attendance: int  # attendances of this group's members at trainings in the period
    aid_by_source: tuple[tuple[str, int], ...]
    aid_total: int
    production_runs: int
    production_quantity: int
    sales_by_channel: tuple[tuple[str, int], ...]
    sales_total: int
    profit: int
    profit_shared: int
    socialisations: int  # penyadaran: meetings/visits held for the group
    people_reached: int  # penyadaran: distinct people who attended them
    promotion_events: int  # pendayaan: exhibitions/bazaars/visits joined

    @property
    def retention_pct(self) -> float | None:
        return None if self.retention_start == 0 else 100.0 * self.retention_kept / self.retention_start


@dataclass(frozen=True)
class AidTotal:
    """Aid to all groups from one source (an AID_SOURCES code) of one kind (an AID_KINDS code): received in the
    period, and received from the start up to the period's end (what the groups hold from that source)."""

    source: str
    kind: str
    in_period: int
    to_date: int


@dataclass(frozen=True)
class GroupsSection:
    period: Period
    rows: tuple[GroupRecapRow, ...]
    dropouts: tuple[DropoutDTO, ...]
    aid: tuple[AidTotal, ...] = ()


@dataclass(frozen=True)
class LeaveCheck:
    """A leave reason the registry contradicts: `code` in rules.LEAVE_CONFLICTS, the life event that would
    record what is missing (`event_kind`, None for a departure, which needs the placement dialog) and when."""

    code: str
    person_id: str
    event_kind: str | None
    on: date
    message: str


@dataclass(frozen=True)
class MembershipEnded:
    id: str
    warnings: tuple[str, ...] = ()
    missing: LeaveCheck | None = None


@dataclass(frozen=True)
class RoleChangeDTO:
    """One change of a member's role as the audit trail recorded it (`old_role` None: the role they joined with)."""

    at: datetime
    member_id: str
    name: str
    old_role: str | None
    new_role: str
