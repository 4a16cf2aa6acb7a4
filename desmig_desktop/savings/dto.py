"""Frozen DTOs of simpan pinjam: what services hand to screens, PDFs, the CLI and the recap.

Amounts are integer Rupiah; rates are basis points (200 = 2 % per month). The pure rules' own dataclasses
(`rules.Installment`, `rules.LoanState`, `rules.Allocation`) travel inside these DTOs as they are.
Status codes: loans "lancar" / "menunggak" / "lunas" / "dihentikan" (paused) / "dibatalkan" (disbursal reversed);
savings kinds "pokok" / "wajib" / "sukarela"; aging buckets "lancar", "1-30", "31-60", "61-90", "90+".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desmig_desktop.savings.rules import BUCKETS, Allocation, Installment, LoanState  # noqa: F401 (BUCKETS: for screens, reports)




# ---- funds --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FundInput:
    name: str
    opened_on: date
    group_id: str | None = None          # None: a village-wide fund
    pokok_amount: int = 0
    wajib_amount: int = 0
    fee_bp: int = 200
    late_fee_kind: str = "none"          # none / flat / percent
    late_fee_amount: int = 0             # Rp (flat) or basis points (percent) per started 30 days late
    late_fee_grace_days: int = 0
    default_term: int = 3
    max_open_loans: int = 1
    shu_savings_pct: int = 40
    shu_fees_pct: int = 40
    note: str = ""


@dataclass(frozen=True)
class FundDTO(FundInput):
    id: str = ""
    group_name: str = ""
    closed_years: tuple[int, ...] = ()   # financial years closed (SHU posted, locked)

    @property
    def reserve_pct(self) -> int:
        return 100 - self.shu_savings_pct - self.shu_fees_pct


@dataclass(frozen=True)
class AgingDTO:
    bucket: str          # BUCKETS
    loans: int
    principal: int       # outstanding principal of the loans in the bucket


@dataclass(frozen=True)
class FundSummaryDTO:
    """A fund as of a day: the fund page's header, `desmig funds show --json`, the recap, the home tiles."""
    fund: FundDTO
    as_of: date
    cash: int
    savings: dict[str, int]              # pokok / wajib / sukarela -> balance
    members: int                         # active members
    open_loans: int
    principal_outstanding: int
    aging: tuple[AgingDTO, ...]          # one per BUCKETS entry, in that order
    par30_principal: int                 # outstanding principal of loans more than 30 days past due
    fee_income: int                      # jasa received in the year of as_of, up to as_of
    late_fee_income: int                 # denda received in the year of as_of, up to as_of
    capital: int                         # capital received up to as_of
    equity: int                          # reserve kept from closed years

    @property
    def savings_total(self) -> int:
        return sum(self.savings.values())

    @property
    def par30_bp(self) -> int:
        """PAR30 in basis points of the outstanding principal (0 when nothing is outstanding)."""
        return 0 if not self.principal_outstanding else round(self.par30_principal * 10_000 / self.principal_outstanding)


# ---- members and their savings ------------------------------------------------------------------------------

@dataclass(frozen=True)
class MemberAccountDTO:
    id: str                  # savings_member id
    fund_id: str
    person_id: str
    name: str
    nik: str
    phone: str
    number: str
    joined_on: date
    left_on: date | None
    pokok: int
    wajib: int
    sukarela: int
    wajib_owed: int          # simpanan wajib due up to as_of and not paid (0 when up to date)
    open_loans: int
    principal_outstanding: int
    abroad: str = ""         # the country, when the registry has the person abroad on as_of

    @property
    def savings_total(self) -> int:
        return self.pokok + self.wajib + self.sukarela


@dataclass(frozen=True)
class LedgerFilter:
    start: date | None = None
    end: date | None = None
    kind: str | None = None         # a JournalEntry kind: deposit, withdrawal, capital, cost, loan, payment, shu, reversal
    member_id: str | None = None


@dataclass(frozen=True)
class LedgerRowDTO:
    """One journal entry of a fund's book as the fund page lists it."""
    entry_id: str
    posted_on: date
    kind: str
    description: str                # what happened, in Indonesian ("Setoran wajib — Siti", "Angsuran PJ/2017/0003")
    member_name: str
    cash_in: int                    # money into the fund's cash (0 if none)
    cash_out: int                   # money out of the fund's cash (0 if none)
    receipt_no: str
    officer: str
    source_table: str               # savings_move / savings_fund_cash / loan / loan_payment / shu_distribution
    source_id: str
    reversed_by: str = ""           # the reversing entry's id, when this entry was reversed
    reverses: str = ""              # the entry this one reverses
    reason: str = ""                # the reversal's reason
    can_reverse: bool = False       # not a reversal, not reversed, not in a closed period


# ---- receipts and documents ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReceiptDTO:
    """A kwitansi: every payment and deposit has one."""
    receipt_no: str
    issued_on: date
    village: str                    # "Desa Kuripan, Kec. Watumalang, Kab. Wonosobo"
    fund_name: str
    received_from: str              # who brought the money (the payer)
    on_behalf_of: str               # the member / borrower, when not the payer ("" when the same)
    amount: int
    amount_words: str               # core.formatting.amount_in_words
    purpose: str                    # "Setoran simpanan wajib", "Angsuran ke-2 pinjaman PJ/2017/0003"
    lines: tuple[tuple[str, int], ...] = ()   # the split: ("Denda", 5000), ("Jasa", 20000), ("Pokok", 333333) ...
    officer: str = ""
    source_table: str = ""
    source_id: str = ""
    direction: str = "in"           # in: the fund received it; out: the fund paid it (a withdrawal, a disbursal)


@dataclass(frozen=True)
class StatementLineDTO:
    on: date
    description: str
    savings_kind: str                # pokok / wajib / sukarela
    deposit: int
    withdrawal: int
    balance: int                     # that kind's balance after the line


@dataclass(frozen=True)
class StatementDTO:
    """A member's statement (rekening koran): savings moves with balances, and their loans."""
    village: str
    fund_name: str
    member: MemberAccountDTO          # balances as of `end`
    start: date
    end: date
    opening: dict[str, int]           # savings by kind at the start
    lines: tuple[StatementLineDTO, ...]
    loans: tuple["LoanRowDTO", ...]   # the member's loans, as of `end`


@dataclass(frozen=True)
class MovementDTO:
    kind: str                         # a JournalEntry kind
    label: str                        # in Indonesian: "Setoran simpanan", "Angsuran pinjaman" ...
    cash_in: int
    cash_out: int
    count: int


@dataclass(frozen=True)
class MonthlyReportDTO:
    village: str
    fund_name: str
    year: int
    month: int
    opening_cash: int
    movements: tuple[MovementDTO, ...]
    closing_cash: int
    summary: FundSummaryDTO           # as of the month's last day
    loans_disbursed: int
    disbursed_amount: int
    principal_repaid: int
    fee_income: int
    late_fee_income: int


# ---- loans --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LoanInput:
    fund_id: str
    borrower_kind: str                # member / group
    principal: int
    disbursed_on: date
    term_months: int = 3
    member_id: str | None = None
    group_id: str | None = None
    purpose: str = ""
    representative_name: str = ""
    representative_relation: str = ""
    representative_phone: str = ""


@dataclass(frozen=True)
class LoanPreviewDTO:
    """What the wizard shows before saving: the schedule and what the fund can lend."""
    schedule: tuple[Installment, ...]
    fee_bp: int
    monthly_fee: int
    total_fee: int
    total_to_repay: int
    available_cash: int               # the fund's cash on the disbursal date
    open_loans: int                   # the borrower's open loans on that date
    abroad: str = ""                  # the country when the borrower is abroad on the disbursal date (needs a representative)


@dataclass(frozen=True)
class LoanRowDTO:
    """One loan as of a day: the loan list, `desmig loans list --json`, the person's page."""
    id: str
    number: str
    fund_id: str
    fund_name: str
    borrower_kind: str
    borrower_id: str                  # savings_member id or production_group id
    person_id: str | None             # the member's person, None for a group
    borrower_name: str
    phone: str
    principal: int
    term_months: int
    fee_bp: int
    disbursed_on: date
    purpose: str
    principal_outstanding: int
    owed_now: int
    days_past_due: int
    bucket: str
    status: str                       # lancar / menunggak / lunas / dihentikan / dibatalkan
    closed_on: date | None
    next_due_on: date | None
    next_due_amount: int
    representative: str = ""          # "Name (relation, phone)" when one is named


@dataclass(frozen=True)
class PaymentDTO:
    id: str
    paid_on: date
    amount: int
    late_fee: int
    fee: int
    principal: int
    excess_to_savings: int
    payer: str                        # "" = the borrower
    receipt_no: str
    reversed_on: date | None = None
    reversal_reason: str = ""


@dataclass(frozen=True)
class PauseDTO:
    kind: str                         # pause / resume
    on: date
    reason: str
    officer: str


@dataclass(frozen=True)
class LoanDetailDTO:
    row: LoanRowDTO
    state: LoanState                  # the schedule with what is paid, as of the row's day
    payments: tuple[PaymentDTO, ...]
    pauses: tuple[PauseDTO, ...]
    late_fee_rule: str                # described in Indonesian ("Denda Rp5.000 per angsuran per 30 hari terlambat")
    village: str = ""
    fund_name: str = ""
    representative_name: str = ""
    representative_relation: str = ""
    representative_phone: str = ""


@dataclass(frozen=True)
class PaymentInput:
    loan_id: str
    paid_on: date
    amount: int
    payer_name: str = ""              # empty = the borrower
    payer_relation: str = ""
    excess_to_savings: bool = False   # put what is more than owed into the borrower's sukarela
    note: str = ""


@dataclass(frozen=True)
class PaymentPreviewDTO:
    allocation: Allocation
    owed_now: int
    owed_to_close: int
    closes_loan: bool
    excess_allowed: bool              # the borrower is a member (a group has no sukarela savings)


@dataclass(frozen=True)
class OverdueDTO:
    loan_id: str
    number: str
    fund_name: str
    borrower_name: str
    phone: str
    representative: str
    days_past_due: int
    bucket: str
    owed_now: int
    principal_outstanding: int
    paused: bool


# ---- year end -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ShuShareDTO:
    member_id: str
    name: str
    savings_basis: int
    fees_basis: int
    amount: int


@dataclass(frozen=True)
class ShuPreviewDTO:
    fund_id: str
    fund_name: str
    year: int
    fee_income: int
    late_fee_income: int
    costs: int
    surplus: int
    savings_pct: int
    fees_pct: int
    reserve: int
    shares: tuple[ShuShareDTO, ...] = field(default_factory=tuple)
    posted: bool = False              # True once closed (then the figures are the posted ones)


@dataclass(frozen=True)
class ClosingDTO:
    """A closed financial year of a fund: who closed it, when, and why (the period lock)."""
    year: int
    closed_by: str
    closed_on: date
    reason: str


# ---- the recap's section ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FundRecapDTO:
    """One fund in the recap's simpan pinjam section: the fund at the period's end, the period's loans and income."""
    summary: FundSummaryDTO           # as of the period's last day (savings by type, outstanding, aging, PAR30)
    loans_disbursed: int              # in the period (not reversed by its end)
    disbursed_amount: int
    principal_repaid: int             # principal, jasa and denda received in the period (net of reversals in it)
    fee_income: int
    late_fee_income: int


@dataclass(frozen=True)
class SavingsSectionDTO:
    period: object                    # core.periods.Period
    funds: tuple[FundRecapDTO, ...]   # by name
