"""Simpan pinjam's PDFs from DTOs built by hand (the documents never query), read back with pypdf.

The figures: loan PJ/2017/0003 of Rp1.000.000 over 3 months at 2 % a month, disbursed 31 January 2017:
instalments due 28/02, 31/03 and 30/04/2017 (clamped), principal 333.333 + 333.333 + 333.334, jasa Rp20.000
a month; total to repay Rp1.060.000. Receipt KW/2017/0007: Rp2.950.000 = denda 5.000 + jasa 20.000 +
pokok 2.925.000, "dua juta sembilan ratus lima puluh ribu rupiah".
"""

from __future__ import annotations

import re
from datetime import date

from pypdf import PdfReader

from desmig_desktop.savings import rules
from desmig_desktop.savings.dto import (
    AgingDTO,
    FundDTO,
    FundSummaryDTO,
    LoanDetailDTO,
    LoanRowDTO,
    MemberAccountDTO,
    MonthlyReportDTO,
    MovementDTO,
    ReceiptDTO,
    StatementDTO,
    StatementLineDTO,
)
from desmig_desktop.savings.reports import agreement_pdf, monthly_report_pdf, receipt_pdf, statement_pdf

VILLAGE = "Desa Kuripan, Kec. Watumalang, Kab. Wonosobo"
FUND = "Dana Simpan Pinjam Kelompok Salak"


def text_of(path) -> str:  # type: ignore[no-untyped-def]
    """The PDF's text on one line, spaces collapsed (a long text may wrap anywhere)."""
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(str(path)).pages))


def pages_of(path) -> int:  # type: ignore[no-untyped-def]
    return len(PdfReader(str(path)).pages)


def receipt(**kw) -> ReceiptDTO:  # type: ignore[no-untyped-def]
    base = dict(receipt_no="KW/2017/0007", issued_on=date(2017, 3, 12), village=VILLAGE, fund_name=FUND,
                received_from="Sutinah", on_behalf_of="Warsini", amount=2_950_000,
                amount_words="dua juta sembilan ratus lima puluh ribu rupiah",
                purpose="Angsuran ke-2 pinjaman PJ/2017/0003",
                lines=(("Denda", 5_000), ("Jasa", 20_000), ("Pokok", 2_925_000)), officer="Slamet Riyadi")
    base.update(kw)
    return ReceiptDTO(**base)  # type: ignore[arg-type]


def loan_row(**kw) -> LoanRowDTO:  # type: ignore[no-untyped-def]
    base = dict(id="L1", number="PJ/2017/0003", fund_id="F1", fund_name=FUND, borrower_kind="member",
                borrower_id="M1", person_id="P1", borrower_name="Warsini", phone="081234567890",
                principal=1_000_000, term_months=3, fee_bp=200, disbursed_on=date(2017, 1, 31),
                purpose="Modal warung kelontong", principal_outstanding=1_000_000, owed_now=0, days_past_due=0,
                bucket="lancar", status="lancar", closed_on=None, next_due_on=date(2017, 2, 28),
                next_due_amount=353_333)
    base.update(kw)
    return LoanRowDTO(**base)  # type: ignore[arg-type]


def loan_detail(representative: str = "") -> LoanDetailDTO:
    row = loan_row()
    state = rules.loan_state(rules.schedule(1_000_000, 3, 200, date(2017, 1, 31)), (), (),
                             rules.LateFeeRule("flat", 5_000), date(2017, 1, 31))
    return LoanDetailDTO(row=row, state=state, payments=(), pauses=(),
                         late_fee_rule="Denda Rp5.000 per angsuran per 30 hari terlambat", village=VILLAGE,
                         fund_name=FUND, representative_name=representative,
                         representative_relation="suami" if representative else "",
                         representative_phone="081298765432" if representative else "")


def member(**kw) -> MemberAccountDTO:  # type: ignore[no-untyped-def]
    base = dict(id="M1", fund_id="F1", person_id="P1", name="Warsini", nik="3307095001800001", phone="0812",
                number="A-007", joined_on=date(2017, 1, 5), left_on=None, pokok=50_000, wajib=30_000,
                sukarela=175_000, wajib_owed=0, open_loans=1, principal_outstanding=666_667)
    base.update(kw)
    return MemberAccountDTO(**base)  # type: ignore[arg-type]


def summary(**kw) -> FundSummaryDTO:  # type: ignore[no-untyped-def]
    fund = FundDTO(name=FUND, opened_on=date(2017, 1, 2), id="F1", group_name="Kelompok Salak")
    aging = (AgingDTO("lancar", 5, 2_500_000), AgingDTO("1-30", 1, 400_000), AgingDTO("31-60", 1, 300_000),
             AgingDTO("61-90", 0, 0), AgingDTO("90+", 1, 800_000))
    base = dict(fund=fund, as_of=date(2017, 3, 31), cash=4_213_500, savings={"pokok": 650_000, "wajib": 390_000,
                "sukarela": 1_275_000}, members=13, open_loans=8, principal_outstanding=4_000_000, aging=aging,
                par30_principal=1_100_000, fee_income=180_000, late_fee_income=15_000, capital=5_000_000, equity=0)
    base.update(kw)
    return FundSummaryDTO(**base)  # type: ignore[arg-type]


# ---- kwitansi ----------------------------------------------------------------------------------------------

def test_receipt_has_number_amount_in_figures_and_words_the_split_and_signatures(tmp_path):  # type: ignore[no-untyped-def]
    out = receipt_pdf(receipt(), tmp_path / "kw.pdf")
    text = text_of(out)
    assert pages_of(out) == 1
    assert "KWITANSI" in text and "No. KW/2017/0007" in text and "12/03/2017" in text
    assert "Telah terima dari" in text and "Sutinah" in text and "Atas nama" in text and "Warsini" in text
    assert "Dua juta sembilan ratus lima puluh ribu rupiah" in text
    assert "Rp2.950.000" in text
    assert "Angsuran ke-2 pinjaman PJ/2017/0003" in text
    assert "Denda Rp5.000" in text and "Jasa Rp20.000" in text and "Pokok Rp2.925.000" in text
    assert "Kuripan, 12 Maret 2017" in text
    assert "Penyetor" in text and "Petugas" in text and "Slamet Riyadi" in text


def test_a_withdrawal_receipt_says_paid_out_and_the_member_signs_as_receiver(tmp_path):  # type: ignore[no-untyped-def]
    dto = receipt(receipt_no="KW/2017/0011", received_from="Warsini", on_behalf_of="", amount=100_000,
                  amount_words="seratus ribu rupiah", purpose="Penarikan simpanan sukarela", lines=(),
                  direction="out")
    text = text_of(receipt_pdf(dto, tmp_path / "out.pdf"))
    assert "BUKTI PENGELUARAN KAS" in text and "Dibayarkan kepada" in text and "Penerima" in text
    assert "Telah terima dari" not in text and "Atas nama" not in text
    assert "Seratus ribu rupiah" in text and "Rp100.000" in text


# ---- perjanjian pinjaman ---------------------------------------------------------------------------------

def test_agreement_prints_parties_terms_schedule_with_totals_and_signature_lines(tmp_path):  # type: ignore[no-untyped-def]
    out = agreement_pdf(loan_detail(), tmp_path / "pj.pdf", officer="Slamet Riyadi")
    text = text_of(out)
    assert pages_of(out) == 1
    assert "SURAT PERJANJIAN PINJAMAN" in text and "Nomor: PJ/2017/0003" in text
    assert "Pihak kedua : Warsini (Anggota), selanjutnya disebut peminjam" in text and FUND in text
    assert "Rp1.000.000 (satu juta rupiah)" in text and "3 bulan" in text
    assert "2,00% per bulan dari pokok pinjaman = Rp20.000 setiap bulan" in text
    assert "Denda Rp5.000 per angsuran per 30 hari terlambat" in text and "Modal warung kelontong" in text
    # the schedule: due dates clamped to the month's end, the remainder on the last instalment, the totals
    assert "1 28/02/2017 Rp333.333 Rp20.000 Rp353.333" in text
    assert "2 31/03/2017 Rp333.333 Rp20.000 Rp353.333" in text
    assert "3 30/04/2017 Rp333.334 Rp20.000 Rp353.334" in text
    assert "Jumlah Rp1.000.000 Rp60.000 Rp1.060.000" in text
    assert "Peminjam" in text and "Pengurus" in text and "Slamet Riyadi" in text
    assert "Mengetahui," in text and "Kepala Desa" in text and "Kuripan, 31 Januari 2017" in text
    assert "Wakil peminjam" not in text


def test_agreement_with_a_representative_names_them_and_gives_them_a_signature(tmp_path):  # type: ignore[no-untyped-def]
    text = text_of(agreement_pdf(loan_detail("Darsono"), tmp_path / "pj.pdf"))
    assert "Diwakili oleh : Darsono (suami, 081298765432)" in text
    assert "Wakil peminjam" in text and "wakilnya, Darsono" in text


# ---- rekening simpanan -------------------------------------------------------------------------------------

def statement() -> StatementDTO:
    lines = (StatementLineDTO(date(2017, 2, 5), "Setoran wajib KW/2017/0004", "wajib", 10_000, 0, 20_000),
             StatementLineDTO(date(2017, 2, 20), "Setoran sukarela KW/2017/0009", "sukarela", 200_000, 0, 200_000),
             StatementLineDTO(date(2017, 3, 5), "Setoran wajib KW/2017/0012", "wajib", 10_000, 0, 30_000),
             StatementLineDTO(date(2017, 3, 15), "Penarikan sukarela KW/2017/0015", "sukarela", 0, 25_000, 175_000))
    loans = (loan_row(principal_outstanding=666_667, status="menunggak", days_past_due=12, bucket="1-30"),
             loan_row(id="L0", number="PJ/2016/0001", principal=500_000, principal_outstanding=0, status="lunas",
                      disbursed_on=date(2016, 9, 1), closed_on=date(2016, 12, 1)))
    return StatementDTO(village=VILLAGE, fund_name=FUND, member=member(), start=date(2017, 2, 1),
                        end=date(2017, 3, 31), opening={"pokok": 50_000, "wajib": 10_000, "sukarela": 0},
                        lines=lines, loans=loans)


def test_statement_shows_running_balances_per_kind_opening_closing_and_loans(tmp_path):  # type: ignore[no-untyped-def]
    text = text_of(statement_pdf(statement(), tmp_path / "rek.pdf"))
    assert "REKENING SIMPANAN ANGGOTA" in text and "Warsini" in text and "A-007" in text
    assert "1 Februari 2017 s.d. 31 Maret 2017" in text
    # summary: opening, deposits, withdrawals, closing per kind and in total
    assert "Simpanan pokok Rp50.000 Rp0 Rp0 Rp50.000" in text
    assert "Simpanan wajib Rp10.000 Rp20.000 Rp0 Rp30.000" in text
    assert "Simpanan sukarela Rp0 Rp200.000 Rp25.000 Rp175.000" in text
    assert "Jumlah Rp60.000 Rp220.000 Rp25.000 Rp255.000" in text
    # the lines with their running balance
    assert "05/03/2017 Setoran wajib KW/2017/0012 Rp10.000 Rp30.000" in text
    assert "15/03/2017 Penarikan sukarela KW/2017/0015 Rp25.000 Rp175.000" in text
    assert "31/03/2017 Saldo akhir Rp175.000" in text
    assert "PJ/2017/0003 31/01/2017 Rp1.000.000 Rp666.667 12 Menunggak" in text
    assert "PJ/2016/0001 01/09/2016 Rp500.000 Rp0 0 Lunas" in text


# ---- laporan bulanan ---------------------------------------------------------------------------------------

def monthly() -> MonthlyReportDTO:
    moves = (MovementDTO("deposit", "Setoran simpanan", 520_000, 0, 26),
             MovementDTO("withdrawal", "Penarikan simpanan sukarela", 0, 25_000, 1),
             MovementDTO("loan", "Pencairan pinjaman", 0, 1_000_000, 1),
             MovementDTO("payment", "Angsuran pinjaman", 1_418_500, 0, 6),
             MovementDTO("cost", "Biaya", 0, 50_000, 1))
    return MonthlyReportDTO(village=VILLAGE, fund_name=FUND, year=2017, month=3, opening_cash=3_350_000,
                            movements=moves, closing_cash=4_213_500, summary=summary(), loans_disbursed=1,
                            disbursed_amount=1_000_000, principal_repaid=1_300_000, fee_income=113_500,
                            late_fee_income=5_000)


def test_monthly_report_cash_movements_loans_aging_and_par30(tmp_path):  # type: ignore[no-untyped-def]
    out = monthly_report_pdf(monthly(), tmp_path / "bulan.pdf", officer="Slamet Riyadi")
    text = text_of(out)
    assert pages_of(out) == 1
    assert "LAPORAN BULANAN DANA SIMPAN PINJAM" in text and "Bulan Maret 2017" in text
    assert "Saldo kas awal bulan Rp3.350.000" in text
    assert "1 Setoran simpanan 26 Rp520.000 2" in text and "3 Pencairan pinjaman 1 Rp1.000.000 4" in text
    assert "Jumlah mutasi bulan ini 35 Rp1.938.500 Rp1.075.000" in text
    assert "Saldo kas akhir bulan Rp4.213.500" in text
    assert "Simpanan sukarela Rp1.275.000" in text and "Jumlah Rp2.315.000" in text
    assert "1 pinjaman, Rp1.000.000" in text and "Angsuran pokok diterima Rp1.300.000" in text
    assert "Jasa pinjaman diterima Rp113.500" in text and "Denda diterima Rp5.000" in text
    assert "8 pinjaman, sisa pokok Rp4.000.000" in text
    assert "Terlambat lebih dari 90 hari 1 Rp800.000" in text and "Jumlah 8 Rp4.000.000" in text
    assert "Rp1.100.000 = 27,5% dari sisa pokok" in text


def test_agreement_with_a_group_names_the_group_once(tmp_path):  # type: ignore[no-untyped-def]
    dto = loan_detail()
    group = LoanDetailDTO(**{**dto.__dict__, "row": loan_row(borrower_kind="group", borrower_name="Kelompok Salak",
                                                              person_id=None, phone="")})
    text = text_of(agreement_pdf(group, tmp_path / "pj.pdf"))
    assert "Pihak kedua : Kelompok Salak, selanjutnya disebut peminjam" in text and "Nomor telepon" not in text


def test_documents_in_english(tmp_path):  # type: ignore[no-untyped-def]
    from desmig_desktop.core import i18n

    i18n.set_language("en")
    try:
        kw = text_of(receipt_pdf(receipt(amount_words="two million nine hundred and fifty thousand rupiah"),
                                 tmp_path / "kw.pdf"))
        pj = text_of(agreement_pdf(loan_detail(), tmp_path / "pj.pdf"))
        month = text_of(monthly_report_pdf(monthly(), tmp_path / "bulan.pdf"))
    finally:
        i18n.set_language("id")
    assert "RECEIPT" in kw and "Received from" in kw and "Two million nine hundred and fifty thousand rupiah" in kw
    assert "LOAN AGREEMENT" in pj and "Repayment schedule" in pj and "2.00% a month of the principal" in pj
    assert "Cash at the start of the month" in month and "31 March 2017" in month
