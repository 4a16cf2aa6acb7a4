"""A person's Kegiatan gains their savings in every fund and their loans with status."""

from __future__ import annotations

from datetime import date

from desmig_desktop.savings.services.loans import disburse_loan
from desmig_desktop.savings.services.moves import deposit
from tests.savings.loan_setup import member_loan


def test_savings_and_loans_of_a_member(qtbot, ctx, lender):
    from desmig_desktop.savings.ui.person_section import activity_section
    from desmig_desktop.ui.activity import PersonActivityDialog

    deposit(ctx, lender.members["Bariyah"], "sukarela", 250_000, date(2026, 2, 2))
    disburse_loan(ctx, member_loan(lender, "Bariyah", 1_500_000, date(2026, 9, 1)))
    section = activity_section(ctx, lender.people["Bariyah"])
    assert section.person_name == "Bariyah"
    assert "Simpanan Rp250.000 di 1 dana; 1 pinjaman berjalan, sisa pokok Rp1.500.000." == section.summary
    dialog = PersonActivityDialog(ctx, lender.people["Bariyah"], [activity_section])
    qtbot.addWidget(dialog)
    savings, loans = dialog.models["savings"], dialog.models["loans"]
    assert [savings.index(0, c).data() for c in range(6)] == ["Dana Salak", "A-001", "Rp0", "Rp0", "Rp250.000", "—"]
    assert [loans.index(0, c).data() for c in (1, 4, 5, 6)] == ["Dana Salak", "Rp1.500.000", "53 hari", "Menunggak"]


def test_someone_outside_the_scheme(qtbot, ctx, lender, people):
    from desmig_desktop.savings.ui.person_section import activity_section

    section = activity_section(ctx, people.ids["Joko Susilo"])
    assert section.summary == ""  # nothing to say: the other areas speak alone
    assert [len(t.rows) for t in section.tabs] == [0, 0]
