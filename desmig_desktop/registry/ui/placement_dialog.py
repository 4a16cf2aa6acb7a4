"""A person's migration history (Riwayat migrasi): the list of placements and a form to add or change one."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.registry import enums
from desmig_desktop.registry.dto import PlacementDTO
from desmig_desktop.registry.rules import PlacementInput, validate_placement
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.life_events import restore_registry_record
from desmig_desktop.registry.services.person_detail import goes_with
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.feedback import confirm_delete, notify, offer_undo
from desmig_desktop.ui.forms import guard_unsaved, mark_clean
from desmig_desktop.ui.widgets import (
    FieldBox,
    combo_value,
    error_line,
    fill_combo,
    set_combo_value,
    show_form_issues,
)

DATE_FIELDS = ("registered_on", "departed_on", "returned_on", "last_contact_on")


class PlacementDialog(QDialog):
    undone = Signal()  # a delete was undone ("Urungkan"): the list behind may need a refresh
    def __init__(self, ctx: ServiceContext, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        guard_unsaved(self)  # Esc, × and Tutup ask before dropping a record being typed
        self._ctx = ctx
        self._person_id = person_id
        self._person = registry.get_person(ctx, person_id)
        self._placements: list[PlacementDTO] = list(self._person.placements)
        self._editing: str | None = None
        self._touched: set[str] = set()
        self._submitted = False
        self._filling = False
        self.changed = False
        self.setWindowTitle(self.tr("Riwayat migrasi — %1").replace("%1", self._person.name))
        self.resize(960, 600)
        self._build()
        self._fill_table()
        self.new_placement()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(10)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Tahap"), self.tr("Negara"), self.tr("Sektor"), self.tr("Berangkat"), self.tr("Pulang"),
            self.tr("P3MI"),
        ])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(170)
        self.table.setTabKeyNavigation(False)  # one Tab stop: Tab leaves the history for the fields below
        self.table.itemSelectionChanged.connect(self._selection_changed)
        outer.addWidget(self.table)

        today = self._ctx.today()
        self.stage = QComboBox(self)
        fill_combo(self.stage, enums.STAGES)
        self.country = QComboBox(self)
        self.country.setEditable(True)
        self.country.addItem("")
        self.country.addItems(list(enums.COUNTRIES))
        self.country.lineEdit().setPlaceholderText(self.tr("pilih atau ketik negara"))
        self.sector = QComboBox(self)
        fill_combo(self.sector, enums.SECTORS, empty="—")
        self.job = QLineEdit(self)
        self.job.setPlaceholderText(self.tr("mis. penata laksana rumah tangga"))
        self.agency = QLineEdit(self)
        self.agency.setPlaceholderText(self.tr("nama perusahaan penempatan (P3MI)"))
        self.route = QComboBox(self)
        fill_combo(self.route, enums.ROUTES, empty="—")
        self.scheme = QComboBox(self)
        fill_combo(self.scheme, enums.SCHEMES, empty="—")
        self.dates = {key: DateEdit(None, self, optional=True, today=today) for key in DATE_FIELDS}
        self.return_reason = QLineEdit(self)
        self.lost_contact = QCheckBox(self.tr("Hilang kontak (keluarga tidak bisa menghubungi)"), self)
        self.departure_note = QLineEdit(self)
        self.departure_note.setPlaceholderText(self.tr("wajib untuk keberangkatan di bawah umur yang sudah terjadi"))
        self.cancelled_on = DateEdit(None, self, optional=True, today=today)
        self.cancel_reason = QLineEdit(self)
        self.cancel_reason.setPlaceholderText(self.tr("mis. tidak lulus medical"))

        self.boxes: dict[str, FieldBox] = {key: FieldBox(w, self) for key, w in (
            ("stage", self.stage), ("country", self.country), ("sector", self.sector), ("job", self.job),
            ("agency", self.agency), ("route", self.route), ("scheme", self.scheme),
            *self.dates.items(), ("return_reason", self.return_reason), ("lost_contact", self.lost_contact),
            ("departure_note", self.departure_note), ("cancelled_on", self.cancelled_on),
            ("cancel_reason", self.cancel_reason),
        )}
        for key in ("stage", "country", "sector", "route", "scheme"):
            self.boxes[key].editor.setMaximumWidth(280)

        self.form_box = QGroupBox(self)
        columns = QHBoxLayout(self.form_box)
        columns.setSpacing(24)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setVerticalSpacing(8)
            form.setHorizontalSpacing(12)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            columns.addLayout(form, 1)
        for key, text in (("stage", self.tr("Tahap")), ("country", self.tr("Negara tujuan")),
                          ("sector", self.tr("Sektor")), ("job", self.tr("Jabatan")), ("agency", self.tr("P3MI")),
                          ("route", self.tr("Jalur")), ("departure_note", self.tr("Catatan keberangkatan")),
                          ("scheme", self.tr("Skema"))):
            left.addRow(text, self.boxes[key])
        for key, text in (("registered_on", self.tr("Tanggal daftar")), ("departed_on", self.tr("Tanggal berangkat")),
                          ("returned_on", self.tr("Tanggal pulang")), ("return_reason", self.tr("Alasan pulang")),
                          ("last_contact_on", self.tr("Kontak terakhir")), ("lost_contact", ""),
                          ("cancelled_on", self.tr("Tanggal batal berangkat")),
                          ("cancel_reason", self.tr("Alasan batal berangkat"))):
            right.addRow(text, self.boxes[key])
        outer.addWidget(self.form_box)

        self.general = error_line(self)
        outer.addWidget(self.general)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Riwayat baru"), self)
        self.delete_button = QPushButton(self.tr("Hapus riwayat"), self)
        self.cancel_button = QPushButton(self.tr("Catat batal berangkat"), self)
        self.cancel_button.setToolTip(self.tr("Calon PMI ini mundur: isi tanggal dan alasan batal berangkat dulu"))
        self.save_button = QPushButton(self.tr("Simpan riwayat"), self)
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Tutup"), self)
        self.close_button.setAutoDefault(False)
        for b in (self.new_button, self.delete_button, self.cancel_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        outer.addStretch(1)
        outer.addLayout(buttons)
        self.new_button.clicked.connect(self.new_placement)
        self.delete_button.clicked.connect(self.delete_placement)
        self.cancel_button.clicked.connect(self.cancel_placement)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)

        order = [self.stage, self.country, self.sector, self.job, self.agency, self.route, self.departure_note,
                 self.scheme, *(self.dates[k].edit for k in ("registered_on", "departed_on", "returned_on")),
                 self.return_reason, self.dates["last_contact_on"].edit, self.lost_contact, self.cancelled_on.edit,
                 self.cancel_reason, self.save_button]  # down the left column, then the right one (a date: its box)
        for a, b in pairwise(order):
            QWidget.setTabOrder(a, b)
        for key, combo in (("stage", self.stage), ("sector", self.sector), ("route", self.route),
                           ("scheme", self.scheme)):
            combo.currentIndexChanged.connect(lambda _i, k=key: self._edited(k))
        self.country.currentTextChanged.connect(lambda _t: self._edited("country"))
        for key, edit in (("job", self.job), ("agency", self.agency), ("return_reason", self.return_reason),
                          ("departure_note", self.departure_note)):
            edit.textEdited.connect(lambda _t, k=key: self._edited(k))
        for key, field in self.dates.items():
            field.changed.connect(lambda k=key: self._edited(k))
        self.lost_contact.toggled.connect(lambda _b: self._edited("lost_contact"))

    # ---- list ------------------------------------------------------------------------------

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._placements))
        for row, pl in enumerate(self._placements):
            values = (label(enums.PLACEMENT_STAGES, pl.stage), pl.country, label(enums.SECTORS, pl.sector),
                      short_date(pl.departed_on), short_date(pl.returned_on), pl.agency)
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._load(self._placements[rows[0].row()])

    def _load(self, pl: PlacementDTO) -> None:
        self._filling = True
        self._editing = pl.id
        set_combo_value(self.stage, pl.stage)
        self.country.setCurrentText(pl.country)
        set_combo_value(self.sector, pl.sector)
        self.job.setText(pl.job)
        self.agency.setText(pl.agency)
        set_combo_value(self.route, pl.route)
        set_combo_value(self.scheme, pl.scheme)
        for key in DATE_FIELDS:
            self.dates[key].set_value(getattr(pl, key))
        self.return_reason.setText(pl.return_reason)
        self.lost_contact.setChecked(pl.lost_contact)
        self.departure_note.setText(pl.departure_note)
        self.cancelled_on.set_value(pl.cancelled_on)
        self.cancel_reason.setText(pl.cancel_reason)
        self._filling = False
        self._touched, self._submitted = set(), False
        self.form_box.setTitle(self.tr("Ubah riwayat"))
        self.delete_button.setEnabled(True)
        self.cancel_button.setEnabled(pl.stage == "calon")
        self.save_button.setEnabled(pl.stage != "batal")  # a calon who gave up is closed: register anew
        self._validate()
        mark_clean(self)

    def new_placement(self) -> None:
        self.table.clearSelection()
        self._filling = True
        self._editing = None
        set_combo_value(self.stage, "calon")
        self.country.setCurrentText("")
        for combo in (self.sector, self.route, self.scheme):
            combo.setCurrentIndex(0)
        for edit in (self.job, self.agency, self.return_reason, self.departure_note, self.cancel_reason):
            edit.clear()
        self.cancelled_on.set_value(None)
        for field in self.dates.values():
            field.set_value(None)
        self.lost_contact.setChecked(False)
        self._filling = False
        self._touched, self._submitted = set(), False
        self.form_box.setTitle(self.tr("Riwayat baru"))
        self.delete_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.save_button.setEnabled(True)
        self._validate()
        mark_clean(self)
        self.stage.setFocus()

    # ---- validation and saving -------------------------------------------------------------

    def placement_input(self) -> PlacementInput:
        d = {key: self.dates[key].value() for key in DATE_FIELDS}
        return PlacementInput(
            stage=combo_value(self.stage) or "", country=self.country.currentText().strip(),
            sector=combo_value(self.sector), job=self.job.text(), agency=self.agency.text(),
            route=combo_value(self.route), scheme=combo_value(self.scheme), return_reason=self.return_reason.text(),
            lost_contact=self.lost_contact.isChecked(), departure_note=self.departure_note.text(), **d,
        )

    def collect_issues(self) -> list[Issue]:
        issues = [Issue(key, self.tr("Tanggal belum lengkap: tulis seperti 22/11/2026, atau kosongkan."))
                  for key, field in self.dates.items()
                  if not field.is_valid() and (self._submitted or not field.is_typing())]
        return issues + validate_placement(self.placement_input(), self._person.birth_date, self._ctx.today())

    def _edited(self, key: str) -> None:
        if not self._filling:
            self._touched.add(key)
            self._validate()

    def _validate(self) -> list[Issue]:
        issues = self.collect_issues()
        shown = issues if self._submitted else [i for i in issues if i.field in self._touched]
        show_form_issues(self, self.boxes, self.general, shown)
        return issues

    def save(self) -> None:
        self._submitted = True
        if any(not i.warning for i in self._validate()):
            return
        data = self.placement_input()
        what = self._describe(data.stage, data.country)
        text = self.tr("Riwayat migrasi %1 tersimpan: %2.").replace("%1", self._person.name).replace("%2", what)
        if self._editing:
            self._apply(lambda: registry.update_placement(self._ctx, self._editing, data), text)
        else:
            self._apply(lambda: registry.add_placement(self._ctx, self._person_id, data), text)

    def _describe(self, stage: str, country: str) -> str:
        return " ".join(x for x in (label(enums.PLACEMENT_STAGES, stage), country) if x)

    def cancel_placement(self) -> None:
        """Close the calon placement being edited as batal berangkat, with the date and reason in the form."""
        if self._editing:
            self._apply(lambda: registry.cancel_placement(self._ctx, self._editing, self.cancelled_on.value(),
                                                          self.cancel_reason.text()),
                        self.tr("%1 dicatat batal berangkat.").replace("%1", self._person.name))

    def _apply(self, use_case, text: str) -> None:  # type: ignore[no-untyped-def]
        """Run a use case on the history; its refusal shows under the fields, a success says so and starts a new
        record."""
        try:
            saved = use_case()
        except ValidationError as err:
            show_form_issues(self, self.boxes, self.general, err.issues)
            return
        warnings = getattr(saved, "warnings", ())
        notify(self, " ".join([text, *(self.tr("Peringatan: %1").replace("%1", w) for w in warnings)]))
        self.changed = True
        self._reload()
        self.new_placement()

    def delete_placement(self) -> None:
        if not self._editing:
            return
        pl = next(p for p in self._placements if p.id == self._editing)
        day = pl.departed_on or pl.registered_on
        what = self.tr("riwayat migrasi %1 (%2)").replace("%1", self._person.name).replace(
            "%2", ", ".join(x for x in (self._describe(pl.stage, pl.country), short_date(day)) if x))
        if not confirm_delete(self, what, goes_with(self._ctx, "placement", pl.id)):
            return
        deletion = registry.delete_placement(self._ctx, self._editing)
        self.changed = True
        self._reload()
        self.new_placement()

        def undo() -> None:
            restore_registry_record(self._ctx, deletion)
            self.changed = True
            if self.isVisible():
                self._reload()
            self.undone.emit()

        offer_undo(self, self.tr("Dihapus: %1.").replace("%1", what), undo)

    def _reload(self) -> None:
        self._person = registry.get_person(self._ctx, self._person_id)
        self._placements = list(self._person.placements)
        self.table.blockSignals(True)
        self._fill_table()
        self.table.blockSignals(False)
