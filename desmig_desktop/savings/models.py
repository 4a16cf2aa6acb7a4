"""Simpan pinjam: funds, their members, savings moves, loans, payments, pauses, year-end SHU.

Money lives in the kernel ledger (`core.ledger`): every record here that moves money is the *source* of one
journal entry in its fund's book (`book_in(session, "savings_fund", fund.id, "fund", fund.name)`), posted in the
same transaction. Balances (cash, a member's savings by type, a loan's principal) are read from the ledger,
never stored here. A mistaken record is not edited or deleted: its entry is reversed with a reason
(`reversed_on` / `reversal_reason` below mirror that reversal for lists; the ledger is the truth).

Ledger accounts of a fund's book (kinds of `core.ledger.models.ACCOUNT_KINDS`):
  cash                              the fund's cash (kas)
  savings_pokok/wajib/sukarela:<member id>   what the fund owes a member, by type
  loan_receivable:<loan id>         the principal a borrower still owes on one loan
  fee_income, late_fee_income       jasa and denda received (cash basis: when paid)
  cost                              the fund's recorded costs (ATK, rapat …)
  capital                           cash capital given to the fund (a grant, a group's transfer)
  equity                            the reserve (cadangan) left by year-end SHU
Entries (JournalEntry.kind): deposit, withdrawal, capital, cost, loan (disbursal), payment, shu, reversal.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desmig_desktop.core.db.base import Base, Tracked, partial_index
from desmig_desktop.production.models import ProductionGroup
from desmig_desktop.registry.models import Person

SAVINGS_KINDS = ("pokok", "wajib", "sukarela")
LATE_FEE_KINDS = ("none", "flat", "percent")


class Fund(Tracked, Base):
    """A savings-loan fund (dana simpan pinjam): run by a production group, or village-wide (group_id NULL).
    Its settings apply to loans disbursed after a change (a loan copies its terms when it is made)."""

    __tablename__ = "savings_fund"

    name: Mapped[str] = mapped_column(String(100))
    group_id: Mapped[str | None] = mapped_column(ForeignKey("production_group.id"), index=True)
    opened_on: Mapped[date] = mapped_column(Date)
    pokok_amount: Mapped[int] = mapped_column(BigInteger, default=0)       # simpanan pokok, once on joining
    wajib_amount: Mapped[int] = mapped_column(BigInteger, default=0)       # simpanan wajib, every month
    fee_bp: Mapped[int] = mapped_column(Integer, default=200)              # jasa, basis points per month (200 = 2 %)
    late_fee_kind: Mapped[str] = mapped_column(String(10), default="none")  # LATE_FEE_KINDS
    late_fee_amount: Mapped[int] = mapped_column(BigInteger, default=0)    # Rp (flat) or basis points (percent)
    late_fee_grace_days: Mapped[int] = mapped_column(Integer, default=0)
    default_term: Mapped[int] = mapped_column(Integer, default=3)          # months
    max_open_loans: Mapped[int] = mapped_column(Integer, default=1)        # per borrower
    shu_savings_pct: Mapped[int] = mapped_column(Integer, default=40)      # SHU share for savings (jasa simpanan)
    shu_fees_pct: Mapped[int] = mapped_column(Integer, default=40)         # SHU share for fees paid (jasa pinjaman)
    # the rest (100 - both) is the reserve (cadangan), kept as equity in the fund
    note: Mapped[str] = mapped_column(Text, default="")

    group: Mapped[ProductionGroup | None] = relationship()


class FundMember(Tracked, Base):
    """A person's membership of a fund (anggota). Pokok is paid with the joining (a SavingsMove)."""

    __tablename__ = "savings_member"
    __table_args__ = (partial_index("uq_savings_member_live", "fund_id", "person_id", unique=True),)

    fund_id: Mapped[str] = mapped_column(ForeignKey("savings_fund.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    number: Mapped[str] = mapped_column(String(20), default="")  # no. anggota, e.g. "A-007"
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)

    fund: Mapped[Fund] = relationship()
    person: Mapped[Person] = relationship()


class SavingsMove(Tracked, Base):
    """A deposit or a withdrawal of one type of savings by a member: the source of one ledger entry and of a
    receipt (kwitansi). Kind "shu" marks a year-end share credited to sukarela (posted by the SHU)."""

    __tablename__ = "savings_move"
    __table_args__ = (partial_index("ix_savings_move_fund_date", "fund_id", "moved_on"),)

    fund_id: Mapped[str] = mapped_column(ForeignKey("savings_fund.id"))
    member_id: Mapped[str] = mapped_column(ForeignKey("savings_member.id"), index=True)
    savings_kind: Mapped[str] = mapped_column(String(10))   # SAVINGS_KINDS
    direction: Mapped[str] = mapped_column(String(10))      # deposit / withdrawal
    amount: Mapped[int] = mapped_column(BigInteger)         # > 0
    moved_on: Mapped[date] = mapped_column(Date)
    receipt_no: Mapped[str] = mapped_column(String(30), default="")
    payer_name: Mapped[str] = mapped_column(String(100), default="")  # who brought the money, if not the member
    note: Mapped[str] = mapped_column(String(200), default="")
    source_payment_id: Mapped[str | None] = mapped_column(ForeignKey("loan_payment.id"))  # excess of a payment
    reversed_on: Mapped[date | None] = mapped_column(Date)
    reversal_reason: Mapped[str] = mapped_column(String(200), default="")

    member: Mapped[FundMember] = relationship()


class FundCash(Tracked, Base):
    """Cash in or out of a fund that is not a member's: capital given (modal: a grant, a group's transfer) or a
    recorded cost (ATK, rapat …)."""

    __tablename__ = "savings_fund_cash"

    fund_id: Mapped[str] = mapped_column(ForeignKey("savings_fund.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))   # capital / cost
    amount: Mapped[int] = mapped_column(BigInteger)  # > 0
    moved_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(String(200), default="")
    receipt_no: Mapped[str] = mapped_column(String(30), default="")
    reversed_on: Mapped[date | None] = mapped_column(Date)
    reversal_reason: Mapped[str] = mapped_column(String(200), default="")


class Loan(Tracked, Base):
    """A loan from a fund to a member or to a production group. Its terms are copied from the fund when it is
    made; the schedule is computed from them (`savings.rules.schedule`), never stored."""

    __tablename__ = "loan"
    __table_args__ = (partial_index("ix_loan_fund_disbursed", "fund_id", "disbursed_on"),)

    fund_id: Mapped[str] = mapped_column(ForeignKey("savings_fund.id"))
    number: Mapped[str] = mapped_column(String(30))          # "PJ/2017/0001"
    borrower_kind: Mapped[str] = mapped_column(String(10))   # member / group
    member_id: Mapped[str | None] = mapped_column(ForeignKey("savings_member.id"), index=True)
    group_id: Mapped[str | None] = mapped_column(ForeignKey("production_group.id"), index=True)
    principal: Mapped[int] = mapped_column(BigInteger)
    term_months: Mapped[int] = mapped_column(Integer)
    fee_bp: Mapped[int] = mapped_column(Integer)
    late_fee_kind: Mapped[str] = mapped_column(String(10), default="none")
    late_fee_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    late_fee_grace_days: Mapped[int] = mapped_column(Integer, default=0)
    purpose: Mapped[str] = mapped_column(String(200), default="")
    disbursed_on: Mapped[date] = mapped_column(Date)
    # who signs and deals for a borrower abroad on the disbursal date (required then, by the registry)
    representative_name: Mapped[str] = mapped_column(String(100), default="")
    representative_relation: Mapped[str] = mapped_column(String(50), default="")
    representative_phone: Mapped[str] = mapped_column(String(30), default="")
    # derived, kept by the services for fast lists (the ledger and the schedule are the truth):
    closed_on: Mapped[date | None] = mapped_column(Date)     # paid off (lunas)
    reversed_on: Mapped[date | None] = mapped_column(Date)   # disbursal reversed (a mistake): the loan never was
    reversal_reason: Mapped[str] = mapped_column(String(200), default="")

    fund: Mapped[Fund] = relationship()
    member: Mapped[FundMember | None] = relationship()
    group: Mapped[ProductionGroup | None] = relationship()


class LoanPayment(Tracked, Base):
    """A repayment (angsuran): the source of one ledger entry and a receipt. The allocation (late fee, fee,
    principal) is computed by `savings.rules.allocate` at saving and kept here as posted."""

    __tablename__ = "loan_payment"
    __table_args__ = (partial_index("ix_loan_payment_loan_date", "loan_id", "paid_on"),)

    loan_id: Mapped[str] = mapped_column(ForeignKey("loan.id"))
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(BigInteger)          # cash received, excess included
    late_fee: Mapped[int] = mapped_column(BigInteger, default=0)
    fee: Mapped[int] = mapped_column(BigInteger, default=0)
    principal: Mapped[int] = mapped_column(BigInteger, default=0)
    excess_to_savings: Mapped[int] = mapped_column(BigInteger, default=0)  # put in the borrower's sukarela
    payer_name: Mapped[str] = mapped_column(String(100), default="")       # empty = the borrower
    payer_relation: Mapped[str] = mapped_column(String(50), default="")    # e.g. "istri (kiriman dari Taiwan)"
    receipt_no: Mapped[str] = mapped_column(String(30), default="")
    note: Mapped[str] = mapped_column(String(200), default="")
    reversed_on: Mapped[date | None] = mapped_column(Date)
    reversal_reason: Mapped[str] = mapped_column(String(200), default="")

    loan: Mapped[Loan] = relationship()


class LoanPause(Tracked, Base):
    """A pause or a resume of a loan's arrears clock (kind "pause" / "resume"), with a reason. Append-only:
    never edited or deleted; the pause intervals are read from these events in date order."""

    __tablename__ = "loan_pause"

    loan_id: Mapped[str] = mapped_column(ForeignKey("loan.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # pause / resume
    on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200), default="")
    officer: Mapped[str] = mapped_column(String(100), default="")


class ShuDistribution(Tracked, Base):
    """A year-end SHU of a fund: the figures it was computed from, the split posted, the year locked."""

    __tablename__ = "shu_distribution"
    __table_args__ = (partial_index("uq_shu_fund_year", "fund_id", "year", unique=True),)

    fund_id: Mapped[str] = mapped_column(ForeignKey("savings_fund.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    fee_income: Mapped[int] = mapped_column(BigInteger)
    late_fee_income: Mapped[int] = mapped_column(BigInteger)
    costs: Mapped[int] = mapped_column(BigInteger)
    surplus: Mapped[int] = mapped_column(BigInteger)      # fee + late fee − costs
    savings_pct: Mapped[int] = mapped_column(Integer)
    fees_pct: Mapped[int] = mapped_column(Integer)
    reserve: Mapped[int] = mapped_column(BigInteger)
    posted_on: Mapped[date] = mapped_column(Date)         # 31 December of the year

    shares: Mapped[list["ShuShare"]] = relationship(back_populates="distribution")


class ShuShare(Tracked, Base):
    """One member's part of a year's SHU, with its two bases (credited to the member's sukarela savings)."""

    __tablename__ = "shu_share"

    distribution_id: Mapped[str] = mapped_column(ForeignKey("shu_distribution.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("savings_member.id"))
    savings_basis: Mapped[int] = mapped_column(BigInteger)  # savings balance at year end
    fees_basis: Mapped[int] = mapped_column(BigInteger)     # jasa paid in the year
    amount: Mapped[int] = mapped_column(BigInteger)

    distribution: Mapped[ShuDistribution] = relationship(back_populates="shares")
