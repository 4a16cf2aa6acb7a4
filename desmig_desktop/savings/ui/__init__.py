"""Simpan Pinjam screens: the fund page (Kas & Jurnal, Anggota & Simpanan, Pinjaman, Tutup Buku) and its dialogs.

The words of the codes the services hand over (entry kinds, savings kinds, late-fee kinds) are made here, where
they are shown, in the chosen language."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QWidget

from desmig_desktop.core.formatting import percent

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

FUNDS = "funds"  # announced on the change bus after a save on the Simpan Pinjam page
# A long list's columns are sized from the rows on screen and this many more, not from every row: a fund's
# journal of 500 entries is shown in ~0.07 s instead of ~0.35 s (Qt measures each cell of a column otherwise).
ROWS_MEASURED = 60


def kind_text(kind: str) -> str:
    """The words of a journal entry kind (dto.LedgerFilter.kind)."""
    words = {
        "deposit": translate("SavingsKinds", "Setoran simpanan"),
        "withdrawal": translate("SavingsKinds", "Penarikan sukarela"),
        "capital": translate("SavingsKinds", "Modal masuk"),
        "cost": translate("SavingsKinds", "Biaya"),
        "loan": translate("SavingsKinds", "Pencairan pinjaman"),
        "payment": translate("SavingsKinds", "Angsuran"),
        "shu": translate("SavingsKinds", "SHU tutup buku"),
        "reversal": translate("SavingsKinds", "Pembatalan"),
    }
    return words.get(kind, kind)


ENTRY_KINDS = ("deposit", "withdrawal", "capital", "cost", "loan", "payment", "shu", "reversal")
SAVINGS_KINDS = ("pokok", "wajib", "sukarela")
LATE_FEE_KINDS = ("none", "flat", "percent")


def savings_text(kind: str) -> str:
    words = {
        "pokok": translate("SavingsKinds", "Simpanan pokok"),
        "wajib": translate("SavingsKinds", "Simpanan wajib"),
        "sukarela": translate("SavingsKinds", "Simpanan sukarela"),
    }
    return words.get(kind, kind)


def late_fee_text(kind: str) -> str:
    words = {
        "none": translate("SavingsKinds", "Tanpa denda"),
        "flat": translate("SavingsKinds", "Rupiah tetap per 30 hari terlambat"),
        "percent": translate("SavingsKinds", "Persen angsuran per 30 hari terlambat"),
    }
    return words.get(kind, kind)


def percent_text(bp: int) -> str:
    """Basis points as a rate in the app's language: 200 -> `2,00%` (`2.00%` in English)."""
    return percent(bp / 10_000, 2)


def rate_text(bp: int) -> str:
    """The figure of `percent_text` without its sign, as a rate field shows it: 250 -> `2,50` (`2.50`)."""
    return percent_text(bp).removesuffix("%").strip()


def parse_percent(text: str) -> int | None:
    """`2`, `2,5`, `2.50`, `2,5 %` -> basis points (200, 250, 250); None when not a rate with at most 2 decimals."""
    t = text.strip().rstrip("%").strip().replace(",", ".")
    if not t:
        return None
    whole, _, frac = t.partition(".")
    if not whole.isdigit() or (frac and not frac.isdigit()) or len(frac) > 2 or t.count(".") > 1:
        return None
    return int(whole) * 100 + int((frac + "00")[:2])


# ---- the base of the fund page's tabs --------------------------------------------------------------------------


class FundTab(QWidget):
    """A tab of the fund page: given the fund (a FundDTO), it loads itself and says when it saved."""

    changed = Signal()  # something was saved: the page refreshes the other tabs

    def __init__(self, ctx, parent: QWidget | None = None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ctx = ctx
        self.fund = None
        self.stale = True
        # How a dialog is shown; tests replace it with a function that fills the dialog and presses save.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()

    def open_dialog(self, dialog: QDialog) -> bool:
        """Show a form; True when it saved. The dialog is deleted afterwards."""
        try:
            return bool(self.run_dialog(dialog))
        finally:
            dialog.deleteLater()

    def set_fund(self, fund, load: bool = True) -> None:  # type: ignore[no-untyped-def]
        self.fund = fund
        self.stale = True
        if load:
            self.reload()

    def reload(self) -> None:
        if self.fund is not None:
            self.load()
            self.stale = False

    def load(self) -> None:
        raise NotImplementedError

    def saved(self) -> None:
        """Read again what was just saved, then tell the page (the other tabs read again when shown)."""
        self.reload()
        self.changed.emit()
