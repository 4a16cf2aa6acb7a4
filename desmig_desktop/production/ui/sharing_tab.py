"""Tab Bagi Hasil: the group's rule, a proposal shown before anything is written, finalising with a
confirmation, past share-outs (read-only; reversed only with a reason) and their PDF."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import ShareDTO
from desmig_desktop.production.services.sharing import (
    due_groups,
    finalise_share,
    list_shares,
    next_share_start,
    propose_share,
    set_share_rounding,
)
from desmig_desktop.production.ui.sharing_parts import ReverseShareDialog, default_pdf_path, lines_model, share_period
from desmig_desktop.production.ui.tab_base import GroupTab, fit_columns
from desmig_desktop.registry.services.village import get_village
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.feedback import notify
from desmig_desktop.ui.files import ask_save_path
from desmig_desktop.ui.forms import DUE_COLOUR, MUTED_COLOUR, ask_confirm, muted, subtitle, tell
from desmig_desktop.ui.lists import Column, RowTableModel, make_table, selected_row
from desmig_desktop.ui.widgets import ERROR_COLOUR


class SharingTab(GroupTab):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.proposal: ShareDTO | None = None
        self._select_share: str | None = None  # the share-out to select when the history is read next
        self.offer_print: Callable[[ShareDTO], bool] = self._offer_print
        self.confirm: Callable[[str, str, str], bool] = lambda title, text, yes: ask_confirm(self, title, text, yes)
        self.ask_path: Callable[[Path], str] = self._ask_path
        self.tell: Callable[[str, str, bool], None] = lambda title, text, warning: tell(self, title, text, warning)
        outer = QVBoxLayout(self)
        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        outer.addWidget(self.rule)
        self.due = QLabel(self)
        self.due.setStyleSheet(f"color: {DUE_COLOUR}; font-weight: bold;")
        outer.addWidget(self.due)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self._proposal_box(split))
        split.addWidget(self._history_box(split))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([660, 450])
        outer.addWidget(split, 1)

    # ---- layout ----------------------------------------------------------------------------

    def _proposal_box(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 8, 0)
        lay.addWidget(subtitle(self.tr("Usulan bagi hasil (belum disimpan)"), box))
        period = QHBoxLayout()
        self.since_last = QRadioButton(self.tr("Sejak bagi hasil terakhir"), box)
        self.chosen = QRadioButton(self.tr("Periode:"), box)
        self.since_last.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.since_last)
        group.addButton(self.chosen)
        today = self.ctx.today()
        self.start = DateEdit(date(today.year, 1, 1), box)
        self.end = DateEdit(today, box)
        for w in (self.since_last, self.chosen, self.start, QLabel("–", box), self.end):
            period.addWidget(w)
        period.addStretch(1)
        self.rounding = QComboBox(box)  # every share a multiple of it; the rest stays in the cash
        for unit in gr.SHARE_ROUNDINGS:
            self.rounding.addItem(rupiah(unit), unit)
        self.rounding.setToolTip(self.tr("Setiap bagian dibulatkan ke bawah ke kelipatan ini; sisanya masuk kas kelompok."))
        period.addWidget(QLabel(self.tr("Pembulatan"), box))
        period.addWidget(self.rounding)
        lay.addLayout(period)
        figures = QGridLayout()
        figures.setHorizontalSpacing(12)
        figures.setVerticalSpacing(3)
        self.figures: dict[str, QLabel] = {}
        pairs = ((("period", self.tr("Periode")), ("runs", self.tr("Produksi"))),
                 (("revenue", self.tr("Penjualan")), ("material", self.tr("Biaya bahan"))),
                 (("profit", self.tr("Laba")), ("other", self.tr("Biaya lain"))),
                 (("distributed", self.tr("Dibagikan")), ("remainder", self.tr("Sisa pembulatan ke kas"))),
                 (("withheld", self.tr("Ditahan di kas (menutup rugi)")), ("cash", self.tr("Kas akhir periode"))))
        for row, pair in enumerate(pairs):
            for col, (key, text) in enumerate(pair):
                value = QLabel(box)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.figures[key] = value
                figures.addWidget(muted(text, box), 2 * row + col, 0)  # one figure a line, beside the shares
                figures.addWidget(value, 2 * row + col, 1)
        figures.setColumnStretch(1, 1)
        figures.setRowStretch(2 * len(pairs), 1)
        for key in ("profit", "distributed"):
            font = self.figures[key].font()
            font.setBold(True)
            self.figures[key].setFont(font)
        # the figures, notes and buttons on the left; the members' shares take the whole height on the right
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(figures, 1)
        body.addLayout(left, 1)
        self.lines = lines_model(self)
        self.lines_table = fit_columns(make_table(box, self.lines, (), sortable=True), 0)
        body.addWidget(self.lines_table, 1)
        lay.addLayout(body, 1)
        self.notes = QLabel(box)
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(f"color: {DUE_COLOUR};")
        left.addWidget(self.notes)
        self.error = QLabel(box)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        left.addWidget(self.error)
        row = QHBoxLayout()
        self.draft_button = QPushButton(self.tr("Cetak usulan (PDF)"), box)
        self.draft_button.setToolTip(self.tr("Cetak usulan untuk dibahas dalam rapat anggota sebelum difinalkan"))
        row.addWidget(self.draft_button)
        self.finalise_button = QPushButton(self.tr("Finalkan bagi hasil"), box)
        row.addWidget(self.finalise_button)
        row.addStretch(1)
        left.addLayout(row)
        self.since_last.toggled.connect(lambda _b: self.propose())
        self.start.date_changed.connect(lambda _d: self.propose())
        self.end.date_changed.connect(lambda _d: self.propose())
        self.finalise_button.clicked.connect(self.finalise)
        self.rounding.activated.connect(self._set_rounding)
        self.draft_button.clicked.connect(lambda: self.print_pdf(self.proposal))
        return box

    def _history_box(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(8, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(subtitle(self.tr("Riwayat bagi hasil"), box))
        head.addStretch(1)
        self.reverse_button = QPushButton(self.tr("Batalkan"), box)
        self.pdf_button = QPushButton(self.tr("Cetak PDF"), box)
        head.addWidget(self.reverse_button)
        head.addWidget(self.pdf_button)
        lay.addLayout(head)
        self.history = RowTableModel([
            Column(self.tr("Periode"), share_period, key=lambda s: s.period_end),
            Column(self.tr("Laba"), lambda s: rupiah(s.profit), key=lambda s: s.profit, right=True),
            Column(self.tr("Dibagikan"), lambda s: rupiah(s.distributed), key=lambda s: s.distributed, right=True),
            Column(self.tr("Status"), self._status_text,
                   colour=lambda s: MUTED_COLOUR if s.reversed_on else None),
        ], self)
        self.history_table = fit_columns(make_table(box, self.history, (), sortable=True), 3)
        lay.addWidget(self.history_table, 2)
        self.detail_title = muted("", box)
        lay.addWidget(self.detail_title)
        self.detail = lines_model(self)
        self.detail_table = fit_columns(make_table(box, self.detail, ()), 0)
        lay.addWidget(self.detail_table, 3)
        self.history_table.selectionModel().selectionChanged.connect(self._show_share)
        self.reverse_button.clicked.connect(self.reverse)
        self.pdf_button.clicked.connect(lambda: self.print_pdf(selected_row(self.history_table)))
        return box

    def _status_text(self, s: ShareDTO) -> str:
        if s.reversed_on:
            return self.tr("Dibatalkan %1: %2").replace("%1", short_date(s.reversed_on)).replace("%2", s.reverse_reason)
        return self.tr("Final %1").replace("%1", short_date(s.finalised_on))

    # ---- data ------------------------------------------------------------------------------

    def load(self) -> None:
        assert self.group is not None
        g = self.group
        rule = self.tr("Aturan: %1.").replace("%1", label(gr.SHARE_RULES, g.share_rule))
        due = label(gr.DUE_RULES, g.share_due_rule)
        if g.share_due_rule == "after_runs":
            due = self.tr("setiap %Ln kali produksi", "", g.share_due_runs)
        self.rule.setText(rule + " " + self.tr("Jadwal: %1.").replace("%1", due) + " "
                          + self.tr("Kas kelompok sekarang %1.").replace("%1", rupiah(g.cash)))
        reason = next((d.reason for d in due_groups(self.ctx) if d.group_id == g.id), None)
        self.due.setText(self.tr("Sudah waktunya bagi hasil: %1.").replace("%1", reason) if reason else "")
        self.due.setVisible(bool(reason))
        selected = selected_row(self.history_table)
        wanted = self._select_share or (selected.id if selected is not None else None)
        self._select_share = None
        self.history.set_rows(list_shares(self.ctx, g.id))
        row = self.history.find(lambda s: s.id == wanted)
        if row < 0 and self.history.rowCount():
            row = 0
        if row >= 0:
            self.history_table.selectRow(row)
        self._show_share()
        self.propose()

    def period(self) -> tuple[date | None, date | None]:
        if self.since_last.isChecked():
            return None, None
        return self.start.value(), self.end.value()

    def propose(self) -> None:
        self.start.setEnabled(self.chosen.isChecked())
        self.end.setEnabled(self.chosen.isChecked())
        self._set_error("")
        if self.group is None:
            return
        if self.chosen.isChecked() and None in self.period():
            self._set_error(self.tr("Tanggal belum lengkap atau tidak ada: tulis seperti 22/11/2026."))
            return
        if self.since_last.isChecked():
            # After a share-out that ends today there is no day left to share: say so, it is not an error.
            start = next_share_start(self.ctx, self.group.id)
            if start > self.ctx.today():
                self._no_proposal()
                self._set_notes(self.tr("Semua hasil sampai %1 sudah dibagi. Usulan berikutnya dapat dibuat mulai %2.")
                                .replace("%1", short_date(start - timedelta(days=1))).replace("%2", short_date(start)))
                return
        try:
            p = propose_share(self.ctx, self.group.id, *self.period())
        except ValidationError as err:
            self._no_proposal()
            self._set_error("\n".join(i.message for i in err.issues))
            return
        self.proposal = p
        f = self.figures
        f["period"].setText(share_period(p))
        f["revenue"].setText(rupiah(p.revenue))
        f["material"].setText(rupiah(p.material_cost))
        f["other"].setText(rupiah(p.other_cost))
        f["profit"].setText(rupiah(p.profit))
        f["runs"].setText(self.tr("%Ln kali", "", p.runs))
        f["distributed"].setText(self.tr("%1 kepada %Ln anggota", "", sum(1 for l in p.lines if l.amount > 0))
                                 .replace("%1", rupiah(p.distributed)))
        f["remainder"].setText(rupiah(p.remainder))
        self.rounding.setCurrentIndex(max(0, self.rounding.findData(p.rounding)))
        f["withheld"].setText(rupiah(p.withheld))
        f["cash"].setText(rupiah(p.cash) if p.cash is not None else "—")
        self.lines.set_rows(p.lines)
        self._set_notes("\n".join(p.notes))
        self.finalise_button.setEnabled(p.distributed > 0 and self.group.status == "aktif")
        self.draft_button.setEnabled(p.distributed > 0)

    def _no_proposal(self) -> None:
        self.proposal = None
        self.lines.set_rows([])
        for value in self.figures.values():
            value.setText("—")
        self._set_notes("")
        self.finalise_button.setEnabled(False)
        self.draft_button.setEnabled(False)

    def _set_rounding(self, _index: int) -> None:
        if self.group is None:
            return
        try:
            set_share_rounding(self.ctx, self.group.id, self.rounding.currentData())
        except ValidationError as err:
            self._set_error("\n".join(i.message for i in err.issues))
            return
        notify(self, self.tr("Pembulatan bagian: %1.").replace("%1", self.rounding.currentText()))
        self.propose()

    def _set_notes(self, text: str) -> None:
        self.notes.setText(text)
        self.notes.setVisible(bool(text))

    def _set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _show_share(self, *_args: object) -> None:
        s: ShareDTO | None = selected_row(self.history_table)
        self.reverse_button.setEnabled(s is not None and s.reversed_on is None)
        self.pdf_button.setEnabled(s is not None)
        self.detail.set_rows(s.lines if s else [])
        if s is None:
            self.detail_title.setText(self.tr("Pilih bagi hasil untuk melihat rinciannya."))
            return
        text = self.tr("Rincian %1: penjualan %2, biaya bahan %3, biaya lain %4, sisa ke kas %5.").replace(
            "%1", share_period(s)).replace("%2", rupiah(s.revenue)).replace("%3", rupiah(s.material_cost)).replace(
            "%4", rupiah(s.other_cost)).replace("%5", rupiah(s.remainder))
        self.detail_title.setText(text)

    # ---- actions ---------------------------------------------------------------------------

    def finalise(self) -> None:
        p = self.proposal
        if p is None or self.group is None or p.distributed <= 0:
            return
        people = sum(1 for l in p.lines if l.amount > 0)
        text = self.tr("Finalkan bagi hasil %1 periode %2?\n\n%3 dibagikan kepada %Ln anggota; sisa %4 tetap di kas.\n"
                       "Bagi hasil yang sudah final tidak dapat diubah, hanya dibatalkan dengan alasan.", "", people) \
            .replace("%1", p.group_name).replace("%2", share_period(p)).replace("%3", rupiah(p.distributed)) \
            .replace("%4", rupiah(p.remainder))
        if not self.confirm(self.tr("Finalkan bagi hasil"), text, self.tr("Ya, finalkan")):
            return
        try:
            new_id = finalise_share(self.ctx, self.group.id, p.period_start, p.period_end).id
        except ValidationError as err:
            self._set_error("\n".join(i.message for i in err.issues))
            return
        self._select_share = new_id  # the page reloads this tab: the new share-out is selected
        self.since_last.blockSignals(True)  # the reload proposes again, once
        self.since_last.setChecked(True)
        self.since_last.blockSignals(False)
        self.saved()
        if self.group is None or self.history.find(lambda s: s.id == new_id) < 0:
            self.load()
        notify(self, self.tr("Bagi hasil %1 sudah final.").replace("%1", share_period(p)))
        share = selected_row(self.history_table)
        if share is not None and share.id == new_id and self.offer_print(share):
            self.print_pdf(share)

    def _offer_print(self, share: ShareDTO) -> bool:
        return ask_confirm(self, self.tr("Bagi hasil sudah final"), self.tr(
            "Bagi hasil %1 sudah final: %2 dibagikan.\n\nCetak rincian bagi hasil dan slip pembayaran untuk setiap "
            "anggota sekarang (satu PDF)?").replace("%1", share_period(share)).replace("%2", rupiah(share.distributed)),
            self.tr("Cetak sekarang"))

    def reverse(self) -> None:
        s = selected_row(self.history_table)
        if s is not None and s.reversed_on is None and self.open_dialog(ReverseShareDialog(self.ctx, s, self)):
            self.saved()

    def _ask_path(self, suggested: Path) -> str:
        path = ask_save_path(self, self.tr("Simpan PDF bagi hasil"), suggested, self.tr("Dokumen PDF (*.pdf)"))
        return str(path) if path is not None else ""

    def print_pdf(self, share: ShareDTO | None) -> Path | None:
        """Write a share-out (or the proposal, marked as a draft) to a PDF the officer chooses."""
        if share is None:
            return None
        from desmig_desktop.production.reports.share_pdf import write_share_pdf  # reportlab: on first print

        title = self.tr("Cetak PDF")
        village = get_village(self.ctx)
        if village is None:
            self.tell(title, self.tr("Isi profil desa dulu: kop surat PDF memakai nama desa."), True)
            return None
        name = self.ask_path(default_pdf_path(share))
        if not name:
            return None
        out = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            written = write_share_pdf(share, village, out, officer=self.ctx.officer)
        except OSError as err:
            from desmig_desktop.core.files import describe_os_error

            self.tell(title, self.tr("PDF tidak dapat disimpan: %1").replace("%1", describe_os_error(err, out)), True)
            return None
        notify(self, self.tr("PDF bagi hasil disimpan di %1").replace("%1", str(written)))
        return written
