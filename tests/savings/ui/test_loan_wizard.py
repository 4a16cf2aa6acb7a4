"""Pinjaman baru, walked as the officer does: borrower → amount → the schedule, then saved and read back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desmig_desktop.savings.services.funds import get_fund
from desmig_desktop.savings.services.loan_queries import list_loans, loan_detail


def open_wizard(qtbot, ctx, lender):  # type: ignore[no-untyped-def]
    from desmig_desktop.savings.ui.loan_wizard import LoanWizard

    w = LoanWizard(ctx, get_fund(ctx, lender.fund_id))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def type_into(qtbot, editor, text: str) -> None:  # type: ignore[no-untyped-def]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)


def fill(qtbot, w, lender, who: str, principal: str, on: str = "10/11/2026", purpose: str = "Modal dagang salak"):  # type: ignore[no-untyped-def]
    w.borrower.setCurrentIndex(w.borrower.findData(lender.members[who]))
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    assert w.stack.currentIndex() == 1, w.messages()
    type_into(qtbot, w.principal, principal)
    type_into(qtbot, w.purpose, purpose)
    type_into(qtbot, w.disbursed_on.edit, on)
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)


def test_walk_the_wizard_shows_the_schedule_then_saves_the_loan(qtbot, ctx, lender):
    w = open_wizard(qtbot, ctx, lender)
    assert w.term.value() == 3  # the fund's default term
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)  # nobody chosen yet
    assert w.stack.currentIndex() == 0
    assert "Peminjam: pilih anggota atau kelompok" in w.messages()

    fill(qtbot, w, lender, "Bariyah", "2.500.000")
    assert w.stack.currentIndex() == 2, w.messages()
    rows = [[w.schedule_model.index(r, c).data() for c in range(5)] for r in range(w.schedule_model.rowCount())]
    assert rows == [["1", "10/12/2026", "Rp833.333", "Rp50.000", "Rp883.333"],
                    ["2", "10/01/2027", "Rp833.333", "Rp50.000", "Rp883.333"],
                    ["3", "10/02/2027", "Rp833.334", "Rp50.000", "Rp883.334"]]
    assert "dikembalikan Rp2.650.000" in w.summary.text()
    assert "Kas dana pada 10/11/2026: Rp10.000.000" in w.summary.text()
    assert not w.rep_name.isVisible()  # Bariyah is at home
    assert list_loans(ctx, fund_id=lender.fund_id) == []  # nothing saved before Cairkan

    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    assert w.result() == w.DialogCode.Accepted
    loan = w.saved.row
    assert (loan.borrower_name, loan.principal, loan.term_months, loan.disbursed_on, loan.purpose) == (
        "Bariyah", 2_500_000, 3, date(2026, 11, 10), "Modal dagang salak")
    detail = loan_detail(ctx, loan.id)
    assert [(i.due_on, i.principal, i.fee) for i in detail.state.installments] == [
        (date(2026, 12, 10), 833_333, 50_000), (date(2027, 1, 10), 833_333, 50_000), (date(2027, 2, 10), 833_334, 50_000)]


def test_a_loan_larger_than_the_cash_is_refused_on_its_step(qtbot, ctx, lender):
    w = open_wizard(qtbot, ctx, lender)
    fill(qtbot, w, lender, "Tukinem", "12000000")
    assert w.stack.currentIndex() == 1
    assert "Kas dana pada 10/11/2026 hanya Rp10.000.000: pinjaman paling besar Rp10.000.000." in w.boxes["principal"].text()
    assert list_loans(ctx, fund_id=lender.fund_id) == []


def test_a_borrower_abroad_needs_a_representative(qtbot, ctx, lender):
    w = open_wizard(qtbot, ctx, lender)
    fill(qtbot, w, lender, "Sumiyati", "1000000")
    assert w.stack.currentIndex() == 2
    assert w.rep_name.isVisible()
    assert "Taiwan" in w.abroad_note.text()
    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)  # no representative named
    assert "Wakil peminjam" in w.boxes["representative_name"].text()
    assert list_loans(ctx, fund_id=lender.fund_id) == []
    qtbot.keyClicks(w.rep_name, "Darto")
    qtbot.keyClicks(w.rep_relation, "suami")
    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    assert w.saved is not None
    assert loan_detail(ctx, w.saved.row.id).representative_name == "Darto"


def test_a_production_group_borrows(qtbot, ctx, lender):
    w = open_wizard(qtbot, ctx, lender)
    w.kind.setCurrentIndex(w.kind.findData("group"))
    assert [w.borrower.itemText(i) for i in range(1, w.borrower.count())] == ["Kelompok Salak"]
    w.borrower.setCurrentIndex(1)
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, w.principal, "Rp2.000.000")
    type_into(qtbot, w.disbursed_on.edit, "01/11/2026")
    w.term.setValue(2)
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    assert w.schedule_model.rowCount() == 2
    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    assert (w.saved.row.borrower_kind, w.saved.row.borrower_name, w.saved.row.term_months) == ("group", "Kelompok Salak", 2)
