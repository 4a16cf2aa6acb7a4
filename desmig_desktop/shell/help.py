"""Bantuan: the keyboard shortcuts of the window and of every page, gathered from their actions, shortcuts and
buttons (a page's shortcuts appear without editing this file), and a short how-to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Shortcut:
    where: str  # "Semua halaman" or the page's title
    keys: str  # as the officer reads it, e.g. "Ctrl+2"
    what: str


def _plain(text: str) -> str:
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split()).rstrip(".…")


def _keys(sequences: Iterable[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty())


def _what(obj: QAction | QShortcut | QAbstractButton) -> str:
    if isinstance(obj, QShortcut):
        return _plain(obj.whatsThis() or obj.property("description") or "")
    text = _plain(obj.text())
    tip = _plain(obj.toolTip())
    if tip and "(" in tip and tip.rsplit("(", 1)[1].rstrip(")") == _keys([obj.shortcut()]):
        tip = tip.rsplit("(", 1)[0].strip()  # "Tambah orang (Ctrl+N)": the keys are in their own column
    return text or tip


def shortcuts_of(widget: QWidget, where: str, seen: set[tuple[str, str]]) -> list[Shortcut]:
    """The shortcuts that `widget` and its children answer to, each once (keys and text)."""
    found: list[Shortcut] = []
    objects: list[QAction | QShortcut | QAbstractButton] = [*widget.actions(), *widget.findChildren(QAction),
                                                            *widget.findChildren(QShortcut),
                                                            *widget.findChildren(QAbstractButton)]
    for obj in objects:
        if isinstance(obj, QAction):
            keys = _keys(obj.shortcuts())
        elif isinstance(obj, QShortcut):
            keys = _keys([obj.key()]) if obj.isEnabled() else ""
        else:
            keys = _keys([obj.shortcut()])
        what = _what(obj)
        if keys and what and (keys, what) not in seen:
            seen.add((keys, what))
            found.append(Shortcut(where, keys, what))
    return found


class ShortcutsDialog(QDialog):
    """Pintasan keyboard: one row per shortcut, grouped by where it works."""

    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pintasan keyboard"))
        self.resize(640, 520)
        lay = QVBoxLayout(self)
        self.table = QTableWidget(len(shortcuts), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Di mana"), self.tr("Tombol"), self.tr("Untuk")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, s in enumerate(shortcuts):
            for col, text in enumerate((s.where, s.keys, s.what)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
                for r in range(self.table.rowCount())]


class GuideDialog(QDialog):
    """Panduan singkat: what to do first, in the officer's words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Panduan singkat"))
        self.resize(700, 560)
        lay = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(self.tr(
            "<h2>Panduan singkat Desmig Desktop</h2>"
            "<p>Desmig Desktop menyimpan data program Desa Migran Produktif di laptop ini, tanpa internet. "
            "Semua perubahan tercatat di jejak audit atas nama petugas (lihat <b>Pengaturan</b>).</p>"
            "<h3>1. Mulai</h3><ol>"
            "<li>Periksa profil desa, dusun, RW dan RT di <b>Pengaturan</b>, dan isi nama Anda sebagai petugas.</li>"
            "<li>Daftarkan keluarga (KK) dan penduduk di halaman <b>Penduduk</b> (tombol <i>Tambah orang</i>), "
            "atau impor register dari Excel.</li></ol>"
            "<h3>2. Pekerjaan sehari-hari</h3><ul>"
            "<li><b>Penduduk</b>: cari nama, NIK atau No. KK; catat riwayat migrasi (calon, berangkat, pulang) "
            "dan peristiwa (pindah, meninggal).</li>"
            "<li><b>Keluarga</b>: lihat anggota satu KK dan alamatnya.</li>"
            "<li><b>Pusat Layanan Migrasi</b>: catat tamu di <b>Buku Tamu</b>, bantu pengajuan <b>AK-1</b>, "
            "periksa <b>Dokumen Keberangkatan</b> calon PMI (yang berisiko ditandai), tempel <b>Lowongan</b>, dan "
            "tangani <b>Pengaduan</b> keluarga PMI, termasuk PMI yang putus kontak. Dari halaman Penduduk: "
            "<i>Catat kunjungan</i>, <i>Ajukan AK-1</i>, <i>Buat pengaduan</i>. Uraian pengaduan dan pindaian "
            "berkas tidak pernah ikut terkirim ke Disnaker.</li>"
            "<li><b>Usaha Produktif</b>: catat kelompok usaha dan anggotanya, pelatihan, bantuan, produksi, "
            "penjualan dan bagi hasil.</li></ul>"
            "<h3>3. Laporan</h3><p>Di <b>Rekap &amp; Ekspor</b> pilih periode, lalu simpan rekap ke Excel atau "
            "PDF untuk Disnaker.</p>"
            "<h3>4. Jaga data</h3><p>Pakai <b>Berkas → Cadangkan…</b> untuk menyalin basis data ke flashdisk "
            "secara berkala. Salah hapus? Pilih <i>Urungkan</i> sesaat sesudahnya.</p>"
            "<h3>5. Keyboard</h3><p>Ctrl+1, Ctrl+2, … membuka halaman, Ctrl+R membuka Rekap &amp; Ekspor; "
            "semua pintasan ada di "
            "<b>Bantuan → Pintasan keyboard</b>.</p>"))
        lay.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
