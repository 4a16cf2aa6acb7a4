"""The "Simpan Pinjam" page: a fund picker (funds by name, and "Dana baru…") above the chosen fund's tabs:
Kas & Jurnal, Anggota & Simpanan, Pinjaman, Tutup Buku. A save on any tab refreshes the others (they read again
when shown) and is announced on the change bus."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.errors import NotFoundError
from desmig_desktop.core.formatting import rupiah
from desmig_desktop.savings.dto import FundDTO
from desmig_desktop.savings.services.funds import get_fund, list_funds
from desmig_desktop.savings.ui import FUNDS, late_fee_text, percent_text
from desmig_desktop.savings.ui.fund_dialogs import FundDialog
from desmig_desktop.savings.ui.ledger_tab import LedgerTab
from desmig_desktop.savings.ui.loan_parts import LOANS
from desmig_desktop.savings.ui.members_tab import MembersTab
from desmig_desktop.savings.ui.yearend_tab import YearEndTab
from desmig_desktop.ui.forms import muted
from desmig_desktop.ui.pages import PageEnv

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")
NEW_FUND = "__new__"
# What this page shows may change when these are saved elsewhere: a loan or payment on a person's page, a person's
# name or stay abroad (Penduduk), a production group (a group fund's name). The other areas' kinds are plain strings.
WATCHED = frozenset({FUNDS, LOANS, "persons", "groups"})


def loans_tab(env: Any, parent: QWidget) -> QWidget:
    """The Pinjaman tab (built by the loan screens); an empty placeholder while that module is missing."""
    try:
        from desmig_desktop.savings.ui.loans_tab import LoansTab
    except ModuleNotFoundError as err:
        if err.name != "desmig_desktop.savings.ui.loans_tab":
            raise
        return muted(translate("FundsPage", "Daftar pinjaman belum tersedia."), parent)
    return LoansTab(env, parent)


class FundsPage(QWidget):
    changed = Signal()  # something was saved on this page

    def __init__(self, env: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.ctx = env.ctx
        self.fund: FundDTO | None = None
        self.announcing = False  # this page's own announcement on the change bus is not read back
        self.out_of_date = False  # something changed elsewhere while the page was hidden
        # How a dialog is shown; tests replace it with a function that fills the dialog and presses save.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 6)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Dana"), self))
        self.picker = QComboBox(self)
        self.picker.setMinimumWidth(320)
        top.addWidget(self.picker)
        self.edit_button = QPushButton(self.tr("Ubah pengaturan…"), self)
        top.addWidget(self.edit_button)
        self.info = muted("", self)
        self.info.setWordWrap(False)
        top.addWidget(self.info, 1)
        outer.addLayout(top)
        self.stack = QStackedWidget(self)
        self.placeholder = muted(self.tr("Belum ada dana simpan pinjam. Pilih \"Dana baru…\" di atas untuk membuat "
                                         "dana kelompok atau dana desa."), self.stack)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)
        self.tabs = QTabWidget(self.stack)
        self.ledger = LedgerTab(self.ctx, self.tabs)
        self.members = MembersTab(self.ctx, self.tabs)
        self.loans = loans_tab(env, self.tabs)
        self.yearend = YearEndTab(self.ctx, self.tabs)
        self.tabs.addTab(self.ledger, self.tr("Kas && Jurnal"))
        self.tabs.addTab(self.members, self.tr("Anggota && Simpanan"))
        self.tabs.addTab(self.loans, self.tr("Pinjaman"))
        self.tabs.addTab(self.yearend, self.tr("Tutup Buku"))
        self.stack.addWidget(self.tabs)
        outer.addWidget(self.stack, 1)
        for tab in self.fund_tabs():
            tab.changed.connect(lambda tab=tab: self._saved(tab))
        self.tabs.currentChanged.connect(lambda _i: self._load_current())
        self.picker.activated.connect(lambda _i: self._picked())
        self.edit_button.clicked.connect(self.edit_fund)
        self.refresh()

    def fund_tabs(self) -> list[Any]:
        return [t for t in (self.ledger, self.members, self.loans, self.yearend) if hasattr(t, "set_fund")]

    # ---- the fund picker -------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Read the funds again and show `select` (or the fund shown, or the first)."""
        keep = select or (self.fund.id if self.fund else None)
        funds = list_funds(self.ctx)
        self.picker.blockSignals(True)
        self.picker.clear()
        for f in funds:
            self.picker.addItem(f.name + (f" — {f.group_name}" if f.group_name and f.group_name != f.name else ""), f.id)
        self.picker.addItem(self.tr("Dana baru…"), NEW_FUND)
        index = self.picker.findData(keep) if keep else -1
        self.picker.setCurrentIndex(index if index >= 0 else 0)
        self.picker.blockSignals(False)
        self.show_fund(self.picker.currentData() if funds else None)

    def _picked(self) -> None:
        if self.picker.currentData() == NEW_FUND:
            self.add_fund()
        else:
            self.show_fund(self.picker.currentData())

    def select_fund(self, fund_id: str) -> bool:
        index = self.picker.findData(fund_id)
        if index < 0:
            return False
        self.picker.setCurrentIndex(index)
        self.show_fund(fund_id)
        return True

    def show_fund(self, fund_id: str | None) -> None:
        try:
            self.fund = get_fund(self.ctx, fund_id) if fund_id and fund_id != NEW_FUND else None
        except NotFoundError:
            self.fund = None
        self.edit_button.setEnabled(self.fund is not None)
        if self.fund is None:
            self.info.clear()
            self.stack.setCurrentWidget(self.placeholder)
            return
        f = self.fund
        self.info.setText(self.tr("Jasa %1 per bulan · wajib %2 per bulan · pokok %3 · %4").replace("%1", percent_text(f.fee_bp))
                          .replace("%2", rupiah(f.wajib_amount)).replace("%3", rupiah(f.pokok_amount))
                          .replace("%4", self.late_fee_words(f)))
        self.stack.setCurrentWidget(self.tabs)
        current = self.tabs.currentWidget()
        for tab in self.fund_tabs():
            tab.set_fund(f, load=tab is current)

    def late_fee_words(self, f: FundDTO) -> str:
        if f.late_fee_kind == "flat":
            return self.tr("denda %1 per angsuran per 30 hari terlambat").replace("%1", rupiah(f.late_fee_amount))
        if f.late_fee_kind == "percent":
            return self.tr("denda %1 angsuran per 30 hari terlambat").replace("%1", percent_text(f.late_fee_amount))
        return late_fee_text(f.late_fee_kind)

    def _load_current(self) -> None:
        tab = self.tabs.currentWidget()
        if self.fund is not None and getattr(tab, "stale", False):
            tab.reload()

    # ---- changes made elsewhere ---------------------------------------------------------------------------

    def announce(self) -> None:
        changes = getattr(self.env, "changes", None)
        if changes is not None:
            self.announcing = True
            try:
                changes.notify(FUNDS)
            finally:
                self.announcing = False

    def on_changes(self, kinds: frozenset[str]) -> None:
        """A save elsewhere: read again when next shown. While this page is shown (one page at a time) a change
        comes from its own tabs, which have read it already."""
        if not self.announcing and not self.isVisible() and kinds & WATCHED:
            self.out_of_date = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.out_of_date:
            self.out_of_date = False
            self.refresh()
        if self.focusWidget() is None:  # keyboard first: the fund picker, then Tab to the tabs
            self.picker.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- saves -----------------------------------------------------------------------------------------

    def _saved(self, source: Any) -> None:
        """A tab saved (and read itself again): the others read again when shown."""
        for tab in self.fund_tabs():
            if tab is not source:
                tab.stale = True
        self.changed.emit()

    def _open(self, dialog: QDialog) -> bool:
        try:
            return bool(self.run_dialog(dialog))
        finally:
            dialog.deleteLater()

    def add_fund(self) -> None:
        dialog = FundDialog(self.ctx, parent=self)
        if self._open(dialog) and dialog.saved_id:
            self.refresh(select=dialog.saved_id)
            self.changed.emit()
        else:
            self.refresh()

    def edit_fund(self) -> None:
        if self.fund is None:
            return
        dialog = FundDialog(self.ctx, self.fund, parent=self)
        if self._open(dialog):
            self.refresh(select=self.fund.id)
            self.changed.emit()


def make_page(env: PageEnv) -> FundsPage:
    page = FundsPage(env, env.parent)
    page.changed.connect(page.announce)
    env.changes.changed.connect(page.on_changes)
    return page
