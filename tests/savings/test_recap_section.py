"""The simpan pinjam section of the recap (sheet "Simpan Pinjam" and the PDF), from a real fund.

Dana Salak (tests/savings/loan_setup.py: Rp10.000.000 capital, jasa 2 %, denda Rp5.000 per instalment per
started 30 days late). Bariyah saves wajib Rp10.000 and sukarela Rp200.000 in January and borrows Rp1.000.000 on
31/01/2017 (pays the first instalment Rp353.333 on 28/02, not the second, due 31/03); Tukinem borrows Rp600.000 on
05/02/2017 and pays nothing until Rp100.000 on 20/04 (denda: instalment 1 is 46 days late, 2 blocks = Rp10.000,
instalment 2 15 days, 1 block = Rp5.000; then jasa Rp12.000, then Rp73.000 of principal); Kelompok Salak borrows Rp500.000 on 10/04/2017.
April 2017 as of 30/04: Bariyah Rp666.667 outstanding, 30 days late (1-30); Tukinem Rp527.000, 56 days (31-60);
the group Rp500.000, current. PAR30 = 527.000 / 1.693.667 = 31,1 %.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desmig_desktop.app import PILLARS
from desmig_desktop.core.periods import parse_period
from desmig_desktop.recap.dataset import build_recap
from desmig_desktop.recap.pdf import write_recap_pdf
from desmig_desktop.recap.xlsx import write_recap_xlsx
from desmig_desktop.savings.dto import LoanInput
from desmig_desktop.savings.services import loans, moves, payments
from tests.savings.loan_setup import lender, member_loan, pay  # noqa: F401  (lender: a fixture)


@pytest.fixture
def april(ctx, lender):  # type: ignore[no-untyped-def]
    ctx.today_override = date(2017, 6, 30)
    bariyah = lender.members["Bariyah"]
    moves.deposit(ctx, bariyah, "wajib", 10_000, date(2017, 1, 10))
    moves.deposit(ctx, bariyah, "sukarela", 200_000, date(2017, 1, 20))
    first = loans.disburse_loan(ctx, member_loan(lender, "Bariyah", 1_000_000, date(2017, 1, 31))).row.id
    payments.record_payment(ctx, pay(first, date(2017, 2, 28), 353_333))
    second = loans.disburse_loan(ctx, member_loan(lender, "Tukinem", 600_000, date(2017, 2, 5))).row.id
    payments.record_payment(ctx, pay(second, date(2017, 4, 20), 100_000))
    loans.disburse_loan(ctx, LoanInput(lender.fund_id, "group", 500_000, date(2017, 4, 10), 3,
                                       group_id=lender.group_id, purpose="Bahan dodol"))
    return build_recap(ctx, parse_period("2017-04"), PILLARS)


def fund_rows(ws, name: str) -> list[list[object]]:  # type: ignore[no-untyped-def]
    """The rows of the sheet whose second cell is `name`, in order (one per table), without trailing blanks."""
    rows = []
    for row in ws.iter_rows(values_only=True):
        if len(row) > 1 and row[1] == name:
            values = list(row)
            while values and values[-1] is None:
                values.pop()
            rows.append(values)
    return rows


def test_section_data_per_fund(april):  # type: ignore[no-untyped-def]
    section = april.section("savings")
    (row,) = section.funds
    assert row.summary.fund.name == "Dana Salak" and row.summary.as_of == date(2017, 4, 30)
    assert row.summary.savings == {"pokok": 0, "wajib": 10_000, "sukarela": 200_000}
    assert (row.loans_disbursed, row.disbursed_amount) == (1, 500_000)
    assert (row.principal_repaid, row.fee_income, row.late_fee_income) == (73_000, 12_000, 15_000)
    assert {a.bucket: (a.loans, a.principal) for a in row.summary.aging} == {
        "lancar": (1, 500_000), "1-30": (1, 666_667), "31-60": (1, 527_000), "61-90": (0, 0), "90+": (0, 0)}
    assert (row.summary.par30_principal, row.summary.principal_outstanding) == (527_000, 1_693_667)


def test_workbook_sheet_has_savings_by_type_loans_aging_and_par30(april, tmp_path):  # type: ignore[no-untyped-def]
    wb = load_workbook(write_recap_xlsx(april, tmp_path / "rekap.xlsx"))
    ws = wb["Simpan Pinjam"]
    savings, loans_row, outstanding, aging = fund_rows(ws, "Dana Salak")
    assert savings == [1, "Dana Salak", 3, 0, 10_000, 200_000, 210_000]
    assert loans_row == [1, "Dana Salak", 1, 500_000, 73_000, 12_000, 15_000]
    assert outstanding[:5] == [1, "Dana Salak", 3, 1_693_667, 527_000]
    assert outstanding[5] == pytest.approx(527_000 / 1_693_667)
    assert aging == [1, "Dana Salak", 500_000, 666_667, 527_000, 0, 0]
    texts = [c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert "18. Simpan pinjam: umur tunggakan pada akhir periode" in texts and "Sisa pokok menurut lama tunggakan" in texts
    assert any("Simpan pinjam: lihat lembar \u201cSimpan Pinjam\u201d" in c for row in wb["Ringkasan"].iter_rows(
        values_only=True) for c in row if isinstance(c, str))


def test_recap_pdf_shows_the_section(april, tmp_path):  # type: ignore[no-untyped-def]
    out = write_recap_pdf(april, tmp_path / "rekap.pdf")
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(out)).pages))
    assert "SIMPAN PINJAM" in text and "Simpan pinjam: simpanan anggota" in text
    assert "Dana Salak 3 Rp0 Rp10.000 Rp200.000 Rp210.000" in text
    assert "Dana Salak 3 Rp1.693.667 Rp527.000 31,1%" in text
    assert "Dana Salak Rp500.000 Rp666.667 Rp527.000 Rp0 Rp0" in text


def test_no_fund_no_section(ctx, village):  # type: ignore[no-untyped-def]
    assert build_recap(ctx, parse_period("2017-04"), PILLARS).section("savings") is None
