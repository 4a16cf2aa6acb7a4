"""Tentang Desmig Desktop: version, schema version, the open data file, the licence."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desmig_desktop import __version__
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.database_file import database_file

# The project declares no licence yet (no LICENSE file, none in pyproject.toml): the dialog says so until it does.
LICENCE: str | None = None


class AboutDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tentang Desmig Desktop"))
        facts = database_file(ctx)
        schema = facts.schema or "—"
        if facts.schema and facts.schema != facts.schema_head:
            schema += " " + self.tr("(aplikasi ini: %1)").replace("%1", facts.schema_head)
        rows = (
            (self.tr("Versi"), __version__),
            (self.tr("Versi skema basis data"), schema),
            (self.tr("Berkas data"), str(facts.path) if facts.path else "—"),
            (self.tr("Lisensi"), LICENCE or self.tr("belum ditetapkan")),
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 16)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        body = "".join(f"<tr><td style='padding-right:12px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
                       for k, v in rows)
        self.text.setText(
            "<h2>Desmig Desktop</h2><p>" + escape(self.tr(
                "Register dan laporan program Desa Migran Produktif (Desmigratif) untuk petugas desa.")) +
            "</p><table>" + body + "</table>")
        self.setMinimumWidth(520)
        lay.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.rows = rows
