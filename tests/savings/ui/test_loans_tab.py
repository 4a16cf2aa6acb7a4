"""Tab Pinjaman: the loans as of a day with status and days late, filters, and the actions (payment, pause and
resume, reversals with a reason, the agreement and the kwitansi in PDF), on a real database."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt

from desmig_desktop.savings.services.funds import get_fund
from desmig_desktop.savings.services.loan_queries import list_loans, loan_detail
from desmig_desktop.savings.services.loans import disburse_loan
from desmig_desktop.savings.ui.loan_parts import STATUS_COLOURS
from tests.savings.loan_setup import member_loan


def cells(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def make_tab(qtbot, env, lender):  # type: ignore[no-untyped-def]
    from desmig_desktop.savings.ui.loans_tab import LoansTab

    # Bariyah: Rp1.500.000 from 01/09/2026, two instalments late on 23/11; Tukinem: Rp1.000.000 from 01/11/2026
    late = disburse_loan(env.ctx, member_loan(lender, "Bariyah", 1_500_000, date(2026, 9, 1))).row
    fresh = disburse_loan(env.ctx, member_loan(lender, "Tukinem", 1_000_000, date(2026, 11, 1))).row
    tab = LoansTab(env)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_fund(get_fund(env.ctx, lender.fund_id))
    return tab, late, fresh


def answer_with(fill):  # type: ignore[no-untyped-def]
    """A run_dialog that fills the dialog as the officer would and presses its save button."""
    def run(dialog) -> int:  # type: ignore[no-untyped-def]
        fill(dialog)
        return int(dialog.try_save())
    return run


def test_the_list_shows_status_days_late_and_filters(qtbot, env, lender):
    tab, late, _fresh = make_tab(qtbot, env, lender)
    rows = {r[1]: r for r in cells(tab.model)}
    assert rows["Bariyah"][3:8] == ["Rp1.500.000", "Rp1.500.000", "Rp1.075.000", "53 hari", "Menunggak"]
    assert rows["Tukinem"][5:8] == ["—", "—", "Lancar"]
    status_col = 7
    bariyah = tab.model.find(lambda r: r.id == late.id)
    assert tab.model.index(bariyah, status_col).data(Qt.ItemDataRole.ForegroundRole).name() == STATUS_COLOURS["menunggak"]
    assert "2 pinjaman, sisa pokok Rp2.500.000" == tab.total.text()
    assert "1 menunggak" in tab.note.text()

    qtbot.mouseClick(tab.overdue_only, Qt.MouseButton.LeftButton)
    assert [r[1] for r in cells(tab.model)] == ["Bariyah"]
    qtbot.mouseClick(tab.overdue_only, Qt.MouseButton.LeftButton)
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("lancar"))
    assert [r[1] for r in cells(tab.model)] == ["Tukinem"]
    tab.status_combo.setCurrentIndex(0)

    tab.as_of.set_value(date(2026, 10, 15))  # before Tukinem's loan; Bariyah 14 days late on October's instalment
    assert [(r[1], r[6], r[7]) for r in cells(tab.model)] == [("Bariyah", "14 hari", "Menunggak")]


def test_pay_from_the_tab_then_print_the_kwitansi(qtbot, env, lender, tmp_path):
    tab, late, _fresh = make_tab(qtbot, env, lender)
    tab.select(late.id)
    assert "Rp1.075.000" in tab.detail.about.text()  # owed now
    assert tab.detail.schedule_model.rowCount() == 3

    def fill(d):  # type: ignore[no-untyped-def]
        d.amount.set_value(600_000)
    tab.run_dialog = answer_with(fill)
    asked = []
    tab.offer_print = lambda title, text: asked.append(text) or True
    tab.ask_path = lambda suggested: tmp_path / suggested.name
    qtbot.mouseClick(tab.pay_button, Qt.MouseButton.LeftButton)
    paid = loan_detail(env.ctx, late.id).payments
    assert [(p.amount, p.late_fee, p.fee, p.principal) for p in paid] == [(600_000, 15_000, 60_000, 525_000)]
    assert "Cetak kwitansinya sekarang?" in asked[0]
    pdf = next(tmp_path.glob("kwitansi-*.pdf"))
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert paid[0].receipt_no in text and "Bariyah" in text
    assert cells(tab.detail.payment_model)[0][1:3] == [paid[0].receipt_no, "Rp600.000"]
    # the paid loan's row is read again in place (not the whole list): its principal left, arrears and the totals
    row = cells(tab.model)[tab.model.find(lambda r: r.id == late.id)]
    assert row[1] == "Bariyah" and row[4] == "Rp975.000" and row[5] == "Rp475.000"
    assert tab.total.text() == "2 pinjaman, sisa pokok Rp1.975.000"
    assert list_loans(env.ctx, lender.fund_id, loan_ids=[late.id])[0].principal_outstanding == 975_000


def test_a_payment_under_a_status_filter_reads_the_whole_list(qtbot, env, lender):
    """Paid off under the "menunggak" filter: the loan leaves the filtered list (a one-row refresh would keep it)."""
    tab, late, _fresh = make_tab(qtbot, env, lender)
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("menunggak"))
    tab.select(late.id)
    tab.run_dialog = answer_with(lambda d: d.amount.set_value(loan_detail(env.ctx, late.id).state.owed_to_close))
    tab.offer_print = lambda title, text: False
    qtbot.mouseClick(tab.pay_button, Qt.MouseButton.LeftButton)
    assert cells(tab.model) == [] and tab.total.text() == "0 pinjaman, sisa pokok Rp0"


def test_pause_resume_and_reversals_with_a_reason(qtbot, env, lender, tmp_path):
    tab, late, fresh = make_tab(qtbot, env, lender)
    tab.select(late.id)

    def reason(text: str):  # type: ignore[no-untyped-def]
        def fill(d):  # type: ignore[no-untyped-def]
            d.reason.setText(text)
        return fill

    shown = []
    tab.run_dialog = lambda d: (reason("")(d), d.try_save(), shown.append(d.messages()))[1]
    qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)
    assert "Alasan wajib diisi" in shown[0]
    assert loan_detail(env.ctx, late.id).pauses == ()

    tab.run_dialog = answer_with(reason("kiriman uang dari Taiwan terlambat"))
    qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)
    assert tab.selected().status == "dihentikan"
    assert [r[7] for r in cells(tab.model) if r[1] == "Bariyah"] == ["Dihentikan sementara"]
    assert tab.resume_button.isEnabled() and not tab.pause_button.isEnabled()
    qtbot.mouseClick(tab.resume_button, Qt.MouseButton.LeftButton)
    assert tab.selected().status == "menunggak"
    assert [p.kind for p in loan_detail(env.ctx, late.id).pauses] == ["pause", "resume"]

    tab.select(fresh.id)
    tab.ask_path = lambda suggested: tmp_path / suggested.name
    tab.print_agreement()
    text = "".join(p.extract_text() for p in PdfReader(next(tmp_path.glob("perjanjian-*.pdf"))).pages)
    assert fresh.number in text and "Tukinem" in text

    tab.run_dialog = answer_with(reason("salah catat jumlah pinjaman"))
    qtbot.mouseClick(tab.reverse_button, Qt.MouseButton.LeftButton)
    assert [r.status for r in list_loans(env.ctx, fund_id=lender.fund_id) if r.id == fresh.id] == ["dibatalkan"]
    assert not tab.pay_button.isEnabled()


def test_a_disbursal_with_payments_is_refused_until_its_payment_is_reversed(qtbot, env, lender):
    from desmig_desktop.savings.dto import PaymentInput
    from desmig_desktop.savings.services.payments import record_payment

    tab, late, _fresh = make_tab(qtbot, env, lender)
    record_payment(env.ctx, PaymentInput(late.id, date(2026, 10, 1), 540_000))
    tab.reload()
    tab.select(late.id)
    shown = []

    def run(d):  # type: ignore[no-untyped-def]
        d.reason.setText("salah catat")
        saved = d.try_save()
        shown.append(d.general.text())  # a message of no field: the line above the buttons
        return saved
    tab.run_dialog = run
    qtbot.mouseClick(tab.reverse_button, Qt.MouseButton.LeftButton)
    assert "batalkan dulu angsurannya" in shown[-1]
    assert tab.selected().status != "dibatalkan"

    tab.detail.payment_table.selectRow(0)
    assert tab.reverse_payment_button.isEnabled()
    qtbot.mouseClick(tab.reverse_payment_button, Qt.MouseButton.LeftButton)
    payment = loan_detail(env.ctx, late.id).payments[0]
    assert payment.reversed_on == date(2026, 11, 23) and payment.reversal_reason == "salah catat"
    assert cells(tab.detail.payment_model)[0][8] == "Dibatalkan 23/11/2026: salah catat"
    qtbot.mouseClick(tab.reverse_button, Qt.MouseButton.LeftButton)
    assert tab.selected().status == "dibatalkan"
