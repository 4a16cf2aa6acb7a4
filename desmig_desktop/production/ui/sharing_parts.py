"""Parts of the Bagi Hasil tab: how a share-out's period and lines are shown, where its PDF is suggested, and the
dialog that reverses a finalised share-out (with a reason)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QLineEdit, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.production.dto import ShareDTO
from desmig_desktop.production.services.sharing import reverse_share
from desmig_desktop.ui.forms import FormDialog, muted
from desmig_desktop.ui.lists import Column, RowTableModel


def share_period(s: ShareDTO) -> str:
    return f"{short_date(s.period_start)} – {short_date(s.period_end)}"


def default_pdf_path(share: ShareDTO) -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    slug = re.sub(r"[^a-z0-9]+", "-", share.group_name.lower()).strip("-") or "kelompok"
    kind = "usulan-bagi-hasil" if share.id is None else "bagi-hasil"
    return Path(docs or Path.home()) / "Desmig" / f"{kind}-{slug}-{share.period_end.isoformat()}.pdf"


class ReverseShareDialog(FormDialog):
    """Batalkan bagi hasil: a finalised share-out is never edited, only reversed with a reason."""

    def __init__(self, ctx: ServiceContext, share: ShareDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Batalkan bagi hasil %1").replace("%1", share_period(share)), parent,
                         ok_text=self.tr("Batalkan bagi hasil"))
        self._ctx = ctx
        self._share = share
        self.form.addRow(muted(self.tr("Uang %1 dianggap kembali ke kas kelompok. Setelah dibatalkan, periode ini "
                                       "dapat dibagi ulang.").replace("%1", rupiah(share.distributed)), self))
        self.reason = self.field("reverse_reason", self.tr("Alasan pembatalan"), QLineEdit(self))
        self.reason.setPlaceholderText(self.tr("mis. salah catat penjualan"))
        self.finish()
        self.reason.setFocus()

    def saved_text(self) -> str:
        return self.tr("Bagi hasil %1 dibatalkan.").replace("%1", share_period(self._share))

    def save(self) -> None:
        reverse_share(self._ctx, self._share.id or "", self.reason.text())
        self.saved_id = self._share.id


def lines_model(parent: QWidget) -> RowTableModel:
    return RowTableModel([
        Column(QCoreApplication.translate("SharingTab", "Nama"), lambda l: l.name),
        Column(QCoreApplication.translate("SharingTab", "Ikut produksi"), lambda l: f"{l.batches}×",
               key=lambda l: l.batches, right=True),
        Column(QCoreApplication.translate("SharingTab", "Bagian"), lambda l: rupiah(l.amount),
               key=lambda l: l.amount, right=True),
    ], parent)
