"""Simpan Pinjam's part of a person's Kegiatan: their savings in every fund they joined, and their loans with
status (as of today)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.savings.services.funds import list_funds
from desmig_desktop.savings.services.members import person_savings
from desmig_desktop.savings.ui.loan_parts import days_text, status_colour, status_text
from desmig_desktop.ui.activity import ActivitySection, ActivityTab
from desmig_desktop.ui.lists import Column

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def activity_section(ctx: ServiceContext, person_id: str) -> ActivitySection:
    accounts, loans = person_savings(ctx, person_id)
    funds = {f.id: f.name for f in list_funds(ctx)}
    open_loans = [r for r in loans if r.status not in ("lunas", "dibatalkan")]
    if accounts or loans:
        summary = translate("PersonActivityDialog", "Simpanan %1 di %2 dana; %3 pinjaman berjalan, sisa pokok %4.") \
            .replace("%1", rupiah(sum(a.savings_total for a in accounts))).replace("%2", str(len(accounts))) \
            .replace("%3", str(len(open_loans))).replace("%4", rupiah(sum(r.principal_outstanding for r in open_loans)))
    else:
        summary = ""  # not in simpan pinjam: the other areas' summaries speak alone (the tabs show "no rows")
    name = accounts[0].name if accounts else (loans[0].borrower_name if loans else "")
    tabs = (
        ActivityTab("savings", translate("PersonActivityDialog", "Simpanan"), accounts, (
            Column(translate("PersonActivityDialog", "Dana"), lambda a: funds.get(a.fund_id, "")),
            Column(translate("PersonActivityDialog", "No. anggota"), lambda a: a.number),
            Column(translate("PersonActivityDialog", "Pokok"), lambda a: rupiah(a.pokok), key=lambda a: a.pokok, right=True),
            Column(translate("PersonActivityDialog", "Wajib"), lambda a: rupiah(a.wajib), key=lambda a: a.wajib, right=True),
            Column(translate("PersonActivityDialog", "Sukarela"), lambda a: rupiah(a.sukarela), key=lambda a: a.sukarela,
                   right=True),
            Column(translate("PersonActivityDialog", "Tunggakan wajib"), lambda a: rupiah(a.wajib_owed) if a.wajib_owed else "—",
                   key=lambda a: a.wajib_owed, right=True),
            Column(translate("PersonActivityDialog", "Keluar"), lambda a: short_date(a.left_on)),
        ), (200, 90, 110, 110, 110, 120), translate("PersonActivityDialog", "Belum pernah menjadi anggota simpan pinjam.")),
        ActivityTab("loans", translate("PersonActivityDialog", "Pinjaman"), loans, (
            Column(translate("PersonActivityDialog", "No."), lambda r: r.number),
            Column(translate("PersonActivityDialog", "Dana"), lambda r: r.fund_name),
            Column(translate("PersonActivityDialog", "Cair"), lambda r: short_date(r.disbursed_on), key=lambda r: r.disbursed_on),
            Column(translate("PersonActivityDialog", "Pokok"), lambda r: rupiah(r.principal), key=lambda r: r.principal,
                   right=True),
            Column(translate("PersonActivityDialog", "Sisa pokok"), lambda r: rupiah(r.principal_outstanding),
                   key=lambda r: r.principal_outstanding, right=True),
            Column(translate("PersonActivityDialog", "Terlambat"), lambda r: days_text(r.days_past_due),
                   key=lambda r: r.days_past_due, right=True),
            Column(translate("PersonActivityDialog", "Status"), lambda r: status_text(r.status), colour=status_colour),
        ), (120, 160, 90, 110, 110, 80), translate("PersonActivityDialog", "Belum pernah meminjam.")),
    )
    return ActivitySection(name, summary, tabs)
