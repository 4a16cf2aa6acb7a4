"""The pure rules of simpan pinjam (issue 9 points 5-9): the loan schedule, aging and PAR, simpanan wajib owed,
the SHU split and receipt numbers. Plain dates and integer Rupiah only: no database, no Qt. Rates are integer
basis points (200 = 2,00 %). Arrears and the allocation of payments live in `savings.arrears` and are
re-exported here, so callers import every rule from this module.

Rounding: `round_half_up` on exact integer fractions (never floats). The schedule's principal splits evenly
with the remainder on the last instalment; the jasa (flat fee) is the same every month, computed on the
original principal.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from desmig_desktop.core.months import (
    add_months,  # re-exported: one module for every rule
)
from desmig_desktop.savings.arrears import (  # re-exported: one module for every rule
    BUCKETS,
    Allocation,
    AllocationLine,
    InstallmentState,
    LoanState,
    Pause,
    Payment,
    aging_bucket,
    allocate,
    loan_state,
)

LATE_FEE_KINDS = ("none", "flat", "percent")
MIN_TERM_MONTHS, MAX_TERM_MONTHS = 1, 12
BASIS = 10_000  # basis points in one


def round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded to the nearest integer, halves away from zero (exact, integers only)."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    sign = -1 if numerator < 0 else 1
    return sign * ((2 * abs(numerator) + denominator) // (2 * denominator))


@dataclass(frozen=True)
class LateFeeRule:
    """A fund's denda rule. `kind` "none": no late fee; "flat": `amount` Rupiah per overdue instalment per started
    block of `block_days` late days; "percent": `amount` basis points of the instalment's unpaid principal + fee
    per started block. The first `grace_days` late days are forgiven. See `savings.arrears` for the exact
    definition of when a block starts and which unpaid amount a percent block charges."""

    kind: str = "none"
    amount: int = 0
    grace_days: int = 0
    block_days: int = 30

    def __post_init__(self) -> None:
        if self.kind not in LATE_FEE_KINDS:
            raise ValueError(f"late fee kind must be one of {LATE_FEE_KINDS}, not {self.kind!r}")
        if self.amount < 0 or self.grace_days < 0 or self.block_days < 1:
            raise ValueError("late fee amount and grace days must be >= 0 and block days >= 1")

    def blocks(self, days_late: int) -> int:
        """Started blocks after `days_late` late days: ceil((days_late - grace) / block_days), 0 within the grace."""
        if days_late <= self.grace_days:
            return 0
        return -(-(days_late - self.grace_days) // self.block_days)

    def charge(self, unpaid: int) -> int:
        """What one block costs on an instalment with `unpaid` principal + fee."""
        if self.kind == "flat":
            return self.amount
        if self.kind == "percent":
            return round_half_up(unpaid * self.amount, BASIS)
        return 0


@dataclass(frozen=True)
class Installment:
    number: int
    due_on: date
    principal: int
    fee: int

    @property
    def total(self) -> int:
        return self.principal + self.fee


def monthly_fee(principal: int, fee_bp: int) -> int:
    """The flat jasa per month on the original principal: principal × fee_bp / 10 000, rounded half up."""
    return round_half_up(principal * fee_bp, BASIS)


def schedule(principal: int, term_months: int, fee_bp: int, disbursed_on: date) -> tuple[Installment, ...]:
    """Instalment k (1..term) is due `add_months(disbursed_on, k)`; principal // term each with the remainder on
    the last; the same `monthly_fee` each month. ValueError (English: services validate in Indonesian first) for
    a term outside 1..12, a principal <= 0 or a negative fee."""
    if not MIN_TERM_MONTHS <= term_months <= MAX_TERM_MONTHS:
        raise ValueError(f"term must be {MIN_TERM_MONTHS}..{MAX_TERM_MONTHS} months, not {term_months}")
    if principal <= 0:
        raise ValueError(f"principal must be positive, not {principal}")
    if fee_bp < 0:
        raise ValueError(f"fee must not be negative, not {fee_bp}")
    each, remainder = divmod(principal, term_months)
    fee = monthly_fee(principal, fee_bp)
    return tuple(
        Installment(k, add_months(disbursed_on, k), each + (remainder if k == term_months else 0), fee)
        for k in range(1, term_months + 1)
    )


def par(outstanding_by_loan: Sequence[tuple[int, int]], threshold_days: int = 30) -> tuple[int, int]:
    """Portfolio at risk. Each item is one loan's (days_past_due, principal_outstanding). Returns (principal
    outstanding of the loans more than `threshold_days` past due, total principal outstanding); callers show the
    ratio (and nothing, not 0 %, when the total is 0)."""
    at_risk = sum(outstanding for days, outstanding in outstanding_by_loan if days > threshold_days)
    return at_risk, sum(outstanding for _days, outstanding in outstanding_by_loan)


def wajib_due(joined_on: date, left_on: date | None, as_of: date, monthly: int) -> int:
    """Simpanan wajib owed in total up to `as_of`: one `monthly` per calendar month from the joining month to
    as_of's month inclusive, stopping at the month the member left. 0 before joining."""
    if as_of < joined_on:
        return 0
    end = min(as_of, left_on) if left_on is not None else as_of
    months = (end.year * 12 + end.month) - (joined_on.year * 12 + joined_on.month) + 1
    return max(months, 0) * monthly


K = TypeVar("K", bound=Hashable)


def largest_remainder(total: int, weights: Sequence[tuple[K, int]]) -> dict[K, int]:
    """`total` (>= 0) shared in proportion to the weights (>= 0, not all zero): each gets the floor of its exact
    share, and the Rupiah left over go one each to the largest fractional remainders (ties: the earlier in
    `weights` first). The shares sum to `total` exactly."""
    weight_sum = sum(w for _k, w in weights)
    if total < 0 or weight_sum <= 0 or any(w < 0 for _k, w in weights):
        raise ValueError("largest remainder needs a total >= 0 and weights >= 0, not all zero")
    shares = {k: total * w // weight_sum for k, w in weights}
    left = total - sum(shares.values())
    order = sorted(range(len(weights)), key=lambda i: (-(total * weights[i][1] % weight_sum), i))
    for i in order[:left]:
        shares[weights[i][0]] += 1
    return shares


def split_surplus(surplus: int, savings_pct: int, fees_pct: int, savings_by_member: Mapping[str, int],
                  fees_by_member: Mapping[str, int]) -> tuple[dict[str, int], int]:
    """The SHU split. The surplus is first cut into three parts by largest remainder — savings_pct %, fees_pct %
    and the rest (the reserve, cadangan) — then the savings part is shared in proportion to each member's
    savings and the fees part in proportion to the jasa each member paid, both by largest remainder (ties: the
    member ids in sorted order). A part whose basis is all zero goes to the reserve. A surplus of zero or less
    is not shared: every member gets 0 and the reserve is the surplus. Returns ({member: share} for every
    member named in either mapping, reserve), with sum(shares) + reserve == surplus exactly. ValueError for
    negative percentages, percentages over 100 together, or a negative basis."""
    if savings_pct < 0 or fees_pct < 0 or savings_pct + fees_pct > 100:
        raise ValueError(f"SHU percentages must be >= 0 and at most 100 together ({savings_pct} + {fees_pct})")
    if any(v < 0 for v in (*savings_by_member.values(), *fees_by_member.values())):
        raise ValueError("savings and fees paid must not be negative")
    shares = {m: 0 for m in sorted({*savings_by_member, *fees_by_member})}
    if surplus <= 0:
        return shares, surplus
    parts = largest_remainder(surplus, [("savings", savings_pct), ("fees", fees_pct),
                                        ("reserve", 100 - savings_pct - fees_pct)])
    reserve = parts["reserve"]
    for part, basis in (("savings", savings_by_member), ("fees", fees_by_member)):
        weights = [(m, basis[m]) for m in sorted(basis) if basis[m] > 0]
        if not weights or parts[part] == 0:
            reserve += parts[part]
            continue
        for member, amount in largest_remainder(parts[part], weights).items():
            shares[member] += amount
    return shares, reserve


def receipt_number(prefix: str, year: int, seq: int) -> str:
    """`KW/2017/0001`."""
    return f"{prefix}/{year}/{seq:04d}"


__all__ = [
    "BUCKETS", "LATE_FEE_KINDS", "MAX_TERM_MONTHS", "MIN_TERM_MONTHS", "Allocation", "AllocationLine",
    "Installment", "InstallmentState", "LateFeeRule", "LoanState", "Pause", "Payment", "add_months", "aging_bucket",
    "allocate", "largest_remainder", "loan_state", "monthly_fee", "par", "receipt_number", "round_half_up",
    "schedule", "split_surplus", "wajib_due",
]
