"""The "Dokumen Keberangkatan" page: the calon PMI of the village with their readiness (papers seen of the
twelve) and the reasons they are at risk, in words; "Berisiko saja" narrows the list. The selected calon's file
shows the scheme and the P3MI, the planned departure day, the checklist with its scans (ChecklistWidget), and
"Catat keberangkatan…", which insists on "Non-prosedural" and a note when papers are missing."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.errors import NotFoundError
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.registry.enums import ROUTES, SCHEMES
from desmig_desktop.service_centre.codes import DEPARTURE_ITEMS, RISKS
from desmig_desktop.service_centre.dto import CalonRow, DocumentsDetail
from desmig_desktop.service_centre.services.documents import (
    calon_list,
    get_documents,
    set_document,
)
from desmig_desktop.service_centre.ui import DOCUMENTS
from desmig_desktop.service_centre.ui.checklist import ChecklistWidget
from desmig_desktop.service_centre.ui.departure_dialog import (
    DepartureDialog,
    PlanDialog,
    missing_text,
)
from desmig_desktop.ui.feedback import notify
from desmig_desktop.ui.forms import muted, tell
from desmig_desktop.ui.lists import (
    Column,
    TitledTable,
    fit_columns,
    list_shortcuts,
    search_as_you_type,
    search_field,
)
from desmig_desktop.ui.pages import PageEnv
from desmig_desktop.ui.widgets import ERROR_COLOUR, heading

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")
READY_COLOUR = "#1e7e34"
# What this page shows changes with the register (a calon registered, a placement edited) and its own saves.
WATCHED = frozenset({DOCUMENTS, "persons", "placements"})


def risk_text(row: CalonRow) -> str:
    """The reasons a calon is at risk, in words ("" when none)."""
    return "; ".join(label(RISKS, code) for code in row.risks)


def readiness_text(row: CalonRow) -> str:
    return f"{row.readiness.done}/{row.readiness.total}"


def scheme_text(row: CalonRow) -> str:
    return label(SCHEMES, row.scheme) if row.scheme else translate("DocumentsPage", "belum dipilih")


def agency_text(row: CalonRow) -> str:
    if row.agency.strip():
        return row.agency
    if row.scheme in (None, "p_to_p"):
        return translate("DocumentsPage", "belum disebut")
    return "—"


def calon_columns() -> list[Column]:
    return [
        Column(translate("DocumentsPage", "Nama"), lambda r: r.name),
        Column(translate("DocumentsPage", "Rencana"), lambda r: short_date(r.planned_on) or "—",
               key=lambda r: r.planned_on),
        Column(translate("DocumentsPage", "Dokumen"), readiness_text, key=lambda r: r.readiness.done, right=True,
               colour=lambda r: READY_COLOUR if r.readiness.complete else None),
        Column(translate("DocumentsPage", "Risiko"), risk_text, key=lambda r: len(r.risks),
               colour=lambda r: ERROR_COLOUR if r.risks else None),
    ]


class DocumentsPage(QWidget):
    changed = Signal()  # something was saved on this page

    def __init__(self, env: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.ctx = env.ctx
        self.detail: DocumentsDetail | None = None
        self.out_of_date = False
        self.departed = False  # the last save recorded a departure
        # How a dialog is shown; tests replace it with a function that fills the dialog and presses save.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.warn: Callable[[str], None] = lambda text: tell(self, self.tr("Tersimpan, dengan peringatan"), text, True)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 6)
        top = QHBoxLayout()
        self.search = search_field(self, self.tr("Cari nama atau negara… (Ctrl+F)"), 260)
        top.addWidget(self.search)
        self.at_risk = QCheckBox(self.tr("Berisiko saja"), self)
        self.at_risk.setToolTip(self.tr("Hanya calon PMI yang berisiko: di bawah 18 tahun, non-prosedural, P3MI "
                                        "belum disebut, atau dokumen belum lengkap pada tanggal berangkat"))
        top.addWidget(self.at_risk)
        top.addStretch(1)
        outer.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = TitledTable(self.tr("Calon PMI"), calon_columns(), parent=split)
        fit_columns(self.list.table, 0, 3)
        split.addWidget(self.list)
        split.addWidget(self._file_panel(split))
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setCollapsible(0, False)
        split.setCollapsible(1, False)
        outer.addWidget(split, 1)
        self.rows: list[CalonRow] = []

        self.at_risk.toggled.connect(lambda _on: self.refresh())
        self.search_timer = search_as_you_type(self.search, self.apply_search)
        list_shortcuts(self, self.list.table, self.search.setFocus)
        self.list.table.selectionModel().selectionChanged.connect(lambda *_a: self.show_selected())
        self.refresh()

    def _file_panel(self, parent: QWidget) -> QWidget:
        scroll = QScrollArea(parent)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        panel = QWidget(scroll)
        lay = QVBoxLayout(panel)
        lay.setContentsMargins(12, 0, 4, 0)
        lay.setSpacing(6)
        self.name = heading("", panel)
        lay.addWidget(self.name)
        self.facts = muted("", panel)
        lay.addWidget(self.facts)
        plan_row = QHBoxLayout()
        self.plan = QLabel(panel)
        plan_row.addWidget(self.plan)
        self.plan_button = QPushButton(self.tr("Ubah rencana…"), panel)
        self.plan_button.clicked.connect(self.edit_plan)
        plan_row.addWidget(self.plan_button)
        plan_row.addStretch(1)
        lay.addLayout(plan_row)
        self.risks = QLabel(panel)
        self.risks.setWordWrap(True)
        self.risks.setStyleSheet(f"color: {ERROR_COLOUR};")
        lay.addWidget(self.risks)
        self.missing = QLabel(panel)
        self.missing.setWordWrap(True)
        lay.addWidget(self.missing)
        self.checklist = ChecklistWidget(self.ctx, "placement", DEPARTURE_ITEMS, self._set_item, panel)
        self.checklist.changed.connect(self._checklist_saved)
        self.checklist.summary.setVisible(False)  # the readiness line above says it, with the missing papers
        lay.addWidget(self.checklist)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.depart_button = QPushButton(self.tr("Catat keberangkatan…"), panel)
        self.depart_button.clicked.connect(self.record_departure)
        bottom.addWidget(self.depart_button)
        lay.addLayout(bottom)
        lay.addStretch(1)
        self.empty = muted("", panel)  # no calon (in the filter): said at the top, where the file would start
        self.empty.setContentsMargins(0, 24, 0, 0)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.insertWidget(0, self.empty)
        scroll.setWidget(panel)
        # The checklist keeps its width (no sideways scrolling); the list beside it takes what is left.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.checklist.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 24)
        return scroll

    # ---- reading ---------------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        keep = select or (self.detail.row.placement_id if self.detail else None)
        self.rows = calon_list(self.ctx, at_risk_only=self.at_risk.isChecked())
        self._show_rows(keep)

    def apply_search(self) -> None:
        self.search_timer.stop()
        self._show_rows(self.detail.row.placement_id if self.detail else None)

    def _show_rows(self, keep: str | None) -> None:
        text = self.search.text().strip().casefold()
        rows = [r for r in self.rows if not text or text in r.name.casefold() or text in r.country.casefold()]
        self.list.show_rows(rows, self.tr("Calon PMI (%1)").replace("%1", str(len(rows))),
                            (lambda r: r.placement_id == keep) if keep else None)
        self.show_selected()

    def selected(self) -> CalonRow | None:
        return self.list.selected()

    def select_placement(self, placement_id: str) -> bool:
        index = self.list.model.find(lambda r: r.placement_id == placement_id)
        if index >= 0:
            self.list.table.selectRow(index)
        return index >= 0

    def show_selected(self) -> None:
        row = self.selected()
        try:
            self.detail = get_documents(self.ctx, row.placement_id) if row else None
        except NotFoundError:
            self.detail = None
        d = self.detail
        for w in (self.name, self.facts, self.plan, self.plan_button, self.risks, self.missing, self.checklist,
                  self.depart_button):
            w.setVisible(d is not None)
        self.empty.setVisible(d is None)
        if d is None:
            self.empty.setText(self.tr("Tidak ada calon PMI yang berisiko.") if self.at_risk.isChecked() else
                               self.tr("Belum ada calon PMI. Calon PMI dicatat di halaman Penduduk (Riwayat migrasi)."))
            self.checklist.load(None, ())
            return
        r = d.row
        self.name.setText(r.name)
        facts = [r.nik, self.tr("%1 tahun").replace("%1", str(r.age)) if r.age is not None else "",
                 self.tr("tujuan %1").replace("%1", r.country) if r.country else self.tr("negara tujuan belum diisi"),
                 self.tr("skema %1").replace("%1", scheme_text(r)), self.tr("P3MI: %1").replace("%1", agency_text(r))]
        if r.route:
            facts.append(self.tr("jalur %1").replace("%1", label(ROUTES, r.route).lower()))
        if r.registered_on:
            facts.append(self.tr("terdaftar %1").replace("%1", short_date(r.registered_on)))
        self.facts.setText(" · ".join(f for f in facts if f))
        self.plan.setText(self.tr("Rencana berangkat: %1").replace("%1", short_date(r.planned_on) if r.planned_on
                                                                     else self.tr("belum ditentukan")))
        self.risks.setText(self.tr("Berisiko: %1.").replace("%1", risk_text(r)) if r.risks else "")
        self.risks.setVisible(bool(r.risks))
        if r.readiness.complete:
            self.missing.setText(self.tr("Dokumen lengkap: %1 dari %2.").replace("%1", str(r.readiness.done))
                                 .replace("%2", str(r.readiness.total)))
            self.missing.setStyleSheet(f"color: {READY_COLOUR};")
        else:
            self.missing.setText(self.tr("Dokumen %1 dari %2. Belum ada: %3.").replace("%1", str(r.readiness.done))
                                 .replace("%2", str(r.readiness.total)).replace("%3", missing_text(r.readiness.missing)))
            self.missing.setStyleSheet("")
        self.checklist.load(r.placement_id, d.checklist, today=self.ctx.today())

    # ---- saves -----------------------------------------------------------------------------------------

    def _set_item(self, item: str, day: Any) -> object:
        assert self.detail is not None
        return set_document(self.ctx, self.detail.row.placement_id, item, day)

    def _checklist_saved(self) -> None:
        self._saved()

    def _open(self, dialog: QDialog) -> bool:
        try:
            done = bool(self.run_dialog(dialog))
            warnings = getattr(dialog, "warnings", ()) if done else ()
            if warnings:
                self.warn("\n".join(warnings))
            return done
        finally:
            dialog.deleteLater()

    def edit_plan(self) -> None:
        if self.detail is not None and self._open(PlanDialog(self.ctx, self.detail, self)):
            self._saved()

    def record_departure(self) -> None:
        if self.detail is None:
            return
        name = self.detail.row.name
        if self._open(DepartureDialog(self.ctx, self.detail, self)):
            self.detail = None  # departed: no longer a calon, the list moves on
            self.departed = True
            self._saved()
            notify(self, self.tr("%1 tercatat berangkat; datanya kini di halaman Penduduk sebagai PMI aktif.")
                   .replace("%1", name))

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()

    # ---- changes made elsewhere ------------------------------------------------------------------------

    def announce(self) -> None:
        """A departure changes the register too (the calon is now a PMI abroad)."""
        kinds = (DOCUMENTS, "placements", "persons") if self.departed else (DOCUMENTS,)
        self.departed = False
        self.env.changes.notify(*kinds)

    def on_changes(self, kinds: frozenset[str]) -> None:
        if not self.isVisible() and kinds & WATCHED:
            self.out_of_date = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.out_of_date:
            self.out_of_date = False
            self.refresh()


def make_page(env: PageEnv) -> DocumentsPage:
    page = DocumentsPage(env, env.parent)
    page.changed.connect(page.announce)
    env.changes.changed.connect(page.on_changes)
    return page
