"""The person's page: for the person selected in the list, in one place, the family, the migration history, the
life events (corrected and deleted here) and what the other areas know of them (their `Pillar.person_activity`
sections: group memberships, trainings…)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import NotFoundError
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.registry import enums
from desmig_desktop.registry.dto import LifeEventDTO
from desmig_desktop.registry.services import life_events
from desmig_desktop.registry.services.person_detail import (
    PersonOverviewDTO,
    person_overview,
)
from desmig_desktop.registry.ui import PERSONS
from desmig_desktop.registry.ui.person_actions import dispose
from desmig_desktop.ui.changes import Changes
from desmig_desktop.ui.feedback import confirm_delete, notify, offer_undo
from desmig_desktop.ui.lists import (
    Column,
    RowTableModel,
    context_menu,
    make_table,
    selected_row,
)

if TYPE_CHECKING:
    from desmig_desktop.ui.activity import ActivitySource

LOAD_DELAY_MS = 120  # moving through the list with the arrow keys reads the database once, where it stops


class PersonDetail(QWidget):
    def __init__(self, ctx: ServiceContext, changes: Changes, activity_sources: Sequence[ActivitySource] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._changes = changes
        self._sources = tuple(activity_sources)
        self._person_id: str | None = None
        self.overview: PersonOverviewDTO | None = None
        self.activity_models: dict[str, RowTableModel] = {}
        self._activity_tables: list[QTableView] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOAD_DELAY_MS)
        self._timer.timeout.connect(self.load_now)
        self._build()
        self.load_now()

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        lay.addWidget(self.heading)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        lay.addWidget(self.tabs, 1)

        self.members = RowTableModel([
            Column(self.tr("Nama"), lambda m: m.name),
            Column(self.tr("Hubungan"), lambda m: label(enums.RELATIONSHIPS, m.relationship_to_head)),
            Column(self.tr("Tgl lahir"), lambda m: short_date(m.birth_date), key=lambda m: m.birth_date),
            Column(self.tr("Status"), lambda m: label(enums.STATUSES, m.status)),
            Column(self.tr("NIK"), lambda m: m.nik or self.tr("belum ada")),
        ], self)
        self.members_table = make_table(self, self.members, (220, 120, 90, 130))
        self.placements = RowTableModel([
            Column(self.tr("Tahap"), lambda p: label(enums.PLACEMENT_STAGES, p.stage)),
            Column(self.tr("Negara"), lambda p: p.country),
            Column(self.tr("Sektor"), lambda p: label(enums.SECTORS, p.sector)),
            Column(self.tr("Daftar"), lambda p: short_date(p.registered_on)),
            Column(self.tr("Berangkat"), lambda p: short_date(p.departed_on)),
            Column(self.tr("Pulang"), lambda p: short_date(p.returned_on)),
            Column(self.tr("P3MI"), lambda p: p.agency),
        ], self)
        self.placements_table = make_table(self, self.placements, (110, 120, 90, 90, 90, 90))

        events = QWidget(self)
        ev_lay = QVBoxLayout(events)
        ev_lay.setContentsMargins(0, 4, 0, 0)
        buttons = QHBoxLayout()
        self.add_event_button = QPushButton(self.tr("Catat peristiwa"), events)
        self.edit_event_button = QPushButton(self.tr("Ubah peristiwa"), events)
        self.edit_event_button.setToolTip(self.tr("Betulkan jenis, tanggal atau keterangan peristiwa yang dipilih"))
        self.delete_event_button = QPushButton(self.tr("Hapus peristiwa"), events)
        self.delete_event_button.setToolTip(self.tr("Hapus peristiwa yang salah catat (bisa diurungkan)"))
        for b in (self.add_event_button, self.edit_event_button, self.delete_event_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        ev_lay.addLayout(buttons)
        self.events = RowTableModel([
            Column(self.tr("Peristiwa"), lambda e: label(enums.LIFE_EVENTS, e.kind)),
            Column(self.tr("Tanggal"), lambda e: short_date(e.event_date), key=lambda e: e.event_date),
            Column(self.tr("Keterangan"), lambda e: e.note),
        ], events)
        self.events_table = make_table(events, self.events, (140, 100))
        ev_lay.addWidget(self.events_table, 1)
        self.events_page = events
        self.add_event_button.clicked.connect(self.add_event)
        self.edit_event_button.clicked.connect(self.edit_event)
        self.delete_event_button.clicked.connect(self.delete_event)
        self.events_table.doubleClicked.connect(lambda _i: self.edit_event())
        self.events_table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        context_menu(self.events_table, [self._action(self.edit_event_button, self.edit_event),
                                         self._action(self.delete_event_button, self.delete_event)])

    def _action(self, button: QPushButton, slot: Any):  # type: ignore[no-untyped-def]
        from PySide6.QtGui import QAction

        action = QAction(button.text(), self.events_table)
        action.triggered.connect(slot)
        button.setProperty("action", action)
        return action

    # ---- loading ---------------------------------------------------------------------------

    def show_person(self, person_id: str | None) -> None:
        """Show this person (None: nobody selected) once the selection rests."""
        self._person_id = person_id
        self._timer.start()

    def load_now(self) -> None:
        self._timer.stop()
        self.overview = None
        if self._person_id is not None:
            try:
                self.overview = person_overview(self._ctx, self._person_id)
            except NotFoundError:
                self.overview = None
        self._fill()

    def _fill(self) -> None:
        view = self.overview
        current = self.tabs.currentIndex()
        self.tabs.clear()
        for table in self._activity_tables:
            table.deleteLater()
        self._activity_tables = []
        self.activity_models = {}
        if view is None:
            self.heading.setText(self.tr("Pilih satu orang di daftar untuk melihat keluarga, riwayat migrasi, "
                                         "peristiwa dan kegiatannya."))
            self.tabs.setVisible(False)
            self._update_buttons()
            return
        p = view.person
        self.heading.setText(" · ".join(x for x in (p.name, p.nik or self.tr("NIK belum ada"),
                                                     label(enums.STATUSES, p.status)) if x))
        self.tabs.setVisible(True)
        members = list(view.household.members) if view.household is not None else []
        self.members.set_rows(members)
        self.placements.set_rows(list(p.placements))
        self.events.set_rows(sorted(p.life_events, key=lambda e: e.event_date))
        kk = self.tr("Keluarga (%1)").replace("%1", str(len(members))) if view.household else self.tr("Keluarga (tanpa KK)")
        self.tabs.addTab(self.members_table, kk)
        self.tabs.addTab(self.placements_table, self.tr("Riwayat migrasi (%1)").replace("%1", str(len(p.placements))))
        self.tabs.addTab(self.events_page, self.tr("Peristiwa (%1)").replace("%1", str(len(p.life_events))))
        for source in self._sources:
            section = source(self._ctx, p.id)
            for tab in section.tabs:
                model = RowTableModel(list(tab.columns), self)
                model.set_rows(list(tab.rows))
                table = make_table(self, model, tab.widths, sortable=True)
                table.setToolTip(tab.empty if not tab.rows else "")
                self.activity_models[tab.key] = model
                self._activity_tables.append(table)
                self.tabs.addTab(table, f"{tab.title} ({len(tab.rows)})")
        self.tabs.setCurrentIndex(max(0, min(current, self.tabs.count() - 1)))
        self._update_buttons()

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())] if self.tabs.isVisibleTo(self) else []

    def _update_buttons(self) -> None:
        chosen = self.selected_event() is not None
        self.add_event_button.setEnabled(self.overview is not None)
        for b in (self.edit_event_button, self.delete_event_button):
            b.setEnabled(chosen)
            action = b.property("action")
            if action is not None:
                action.setEnabled(chosen)

    # ---- life events -----------------------------------------------------------------------

    def selected_event(self) -> LifeEventDTO | None:
        return selected_row(self.events_table) if self.overview is not None else None

    def add_event(self) -> None:
        self._event_dialog(None)

    def edit_event(self) -> None:
        event = self.selected_event()
        if event is not None:
            self._event_dialog(event)

    def _event_dialog(self, event: LifeEventDTO | None) -> None:
        if self.overview is None:
            return
        from desmig_desktop.registry.ui.life_event_dialog import LifeEventDialog

        dialog = LifeEventDialog(self._ctx, self.overview.person, parent=self, event=event)
        saved = dialog.exec()
        dispose(dialog)  # a closed dialog does not linger as a child of the page
        if saved:
            self._changes.notify(PERSONS)
            notify(self, dialog.saved_text())

    def delete_event(self) -> None:
        event = self.selected_event()
        if event is None or self.overview is None:
            return
        what = self.tr("peristiwa %1 %2 tanggal %3").replace("%1", label(enums.LIFE_EVENTS, event.kind).lower()) \
            .replace("%2", self.overview.person.name).replace("%3", short_date(event.event_date))
        if not confirm_delete(self, what, []):
            return
        deletion = life_events.delete_life_event(self._ctx, event.id)
        self._changes.notify(PERSONS)

        def undo() -> None:
            life_events.restore_registry_record(self._ctx, deletion)
            self._changes.notify(PERSONS)

        offer_undo(self, self.tr("Peristiwa dihapus: %1.").replace("%1", what), undo)
