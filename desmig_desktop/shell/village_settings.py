"""Pengaturan → the village profile (code, name, kecamatan..., Kepala Desa) and its dusun, RW and RT, each change
one use case with the audit trail; a dusun with families in it can be renamed, not deleted (the use case says why);
and the district's key ("Kunci Disnaker") for the packages sent to Disnaker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.files import describe_os_error
from desmig_desktop.core.records import restore_record
from desmig_desktop.registry.dto import DusunDTO, VillageDTO
from desmig_desktop.registry.services.village import (
    add_rt,
    delete_dusun,
    get_village,
    new_dusun,
    remove_rt,
    rename_dusun,
    update_village,
)
from desmig_desktop.registry.ui import VILLAGE
from desmig_desktop.ui.changes import Changes
from desmig_desktop.ui.feedback import confirm_delete, notify, offer_undo
from desmig_desktop.ui.widgets import ERROR_COLOUR, FieldBox, hint, show_issues

OK_COLOUR = "#1b5e20"
PROFILE_FIELDS = ("code", "name", "kecamatan", "kabupaten", "provinsi", "head_name", "address")
ISSUE_FIELD = {"village_code": "code", "village_name": "name"}  # the use case's issue keys -> the form's


def _line(parent: QWidget, max_length: int) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(max_length)
    edit.setMinimumWidth(360)
    edit.setMaximumWidth(480)
    return edit


class VillageProfileBox(QGroupBox):
    """The profile's fields, saved together by "Simpan profil desa"."""

    def __init__(self, ctx: ServiceContext, village: VillageDTO, changes: Changes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Profil desa"))
        self._ctx, self._changes = ctx, changes
        form = QFormLayout(self)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(16)
        self.fields = {key: _line(self, 200 if key == "address" else 100) for key in PROFILE_FIELDS}
        self.fields["code"].setMaxLength(13)
        self.fields["code"].setPlaceholderText(self.tr("mis. 33.07.09.2001"))
        self.boxes = {key: FieldBox(edit, self) for key, edit in self.fields.items()}
        labels = {"code": self.tr("Kode Kemendagri"), "name": self.tr("Nama desa"), "kecamatan": self.tr("Kecamatan"),
                  "kabupaten": self.tr("Kabupaten"), "provinsi": self.tr("Provinsi"),
                  "head_name": self.tr("Kepala desa"), "address": self.tr("Alamat kantor desa")}
        for key in PROFILE_FIELDS:
            form.addRow(labels[key], self.boxes[key])
            self.fields[key].returnPressed.connect(self.save)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Simpan profil desa"), self)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row.addWidget(self.message, 1)
        form.addRow("", row)
        self.show_village(village)

    def show_village(self, v: VillageDTO) -> None:
        values = {"code": v.formatted_code, "name": v.name, "kecamatan": v.kecamatan, "kabupaten": v.kabupaten,
                  "provinsi": v.provinsi, "head_name": v.head_name, "address": v.address}
        for key, value in values.items():
            self.fields[key].setText(value)

    def save(self) -> None:
        values = {key: edit.text() for key, edit in self.fields.items()}
        try:
            v = update_village(self._ctx, **values)
        except ValidationError as err:
            show_issues(self.boxes, [type(i)(ISSUE_FIELD.get(i.field, i.field), i.message, i.warning)
                                     for i in err.issues])
            self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.message.setText(self.tr("Belum tersimpan: perbaiki isian yang bertanda merah."))
            return
        show_issues(self.boxes, [])
        self.show_village(v)
        self.message.setStyleSheet(f"color: {OK_COLOUR};")
        self.message.setText(self.tr("Profil desa tersimpan."))
        notify(self, self.tr("Profil desa %1 tersimpan.").replace("%1", v.name))
        self._changes.notify(VILLAGE)


class DusunBox(QGroupBox):
    """The village's dusun (add, rename, delete) and the RW/RT of the one selected (add, remove)."""

    def __init__(self, ctx: ServiceContext, village: VillageDTO, changes: Changes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Dusun, RW dan RT"))
        self._ctx, self._changes = ctx, changes
        self._dusuns: tuple[DusunDTO, ...] = ()
        outer = QVBoxLayout(self)
        lists = QHBoxLayout()
        outer.addLayout(lists)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Dusun"), self))
        self.dusun_list = QListWidget(self)
        self.dusun_list.setMinimumHeight(150)
        left.addWidget(self.dusun_list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah dusun…"), self)
        self.rename_button = QPushButton(self.tr("Ubah nama…"), self)
        self.delete_button = QPushButton(self.tr("Hapus dusun"), self)
        for b in (self.add_button, self.rename_button, self.delete_button):
            buttons.addWidget(b)
        left.addLayout(buttons)
        lists.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("RW / RT dusun terpilih"), self))
        self.rt_list = QListWidget(self)
        right.addWidget(self.rt_list)
        rt_row = QHBoxLayout()
        self.rw_spin, self.rt_spin = QSpinBox(self), QSpinBox(self)
        for spin, prefix in ((self.rw_spin, self.tr("RW ")), (self.rt_spin, self.tr("RT "))):
            spin.setRange(1, 999)
            spin.setPrefix(prefix)
            rt_row.addWidget(spin)
        self.add_rt_button = QPushButton(self.tr("Tambah RT"), self)
        self.remove_rt_button = QPushButton(self.tr("Hapus RT"), self)
        rt_row.addWidget(self.add_rt_button)
        rt_row.addWidget(self.remove_rt_button)
        right.addLayout(rt_row)
        lists.addLayout(right, 2)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.message)
        self.add_button.clicked.connect(lambda: self.add_dusun())
        self.rename_button.clicked.connect(lambda: self.rename_dusun())
        self.delete_button.clicked.connect(lambda: self.delete_dusun())
        self.add_rt_button.clicked.connect(self.add_rt)
        self.remove_rt_button.clicked.connect(lambda: self.remove_rt())
        self.dusun_list.currentRowChanged.connect(self._show_rts)
        self.show_village(village)

    # ---- showing ---------------------------------------------------------------------------

    def show_village(self, v: VillageDTO, select: str | None = None) -> None:
        keep = select or (self.selected().id if self.selected() else None)
        self._dusuns = v.dusuns
        self.dusun_list.blockSignals(True)
        self.dusun_list.clear()
        for d in v.dusuns:
            rts = len(d.rts)
            item = QListWidgetItem(self.tr("%1 — %2 RW, %3 RT").replace("%1", d.name)
                                   .replace("%2", str(d.rw_count)).replace("%3", str(rts)), self.dusun_list)
            item.setData(Qt.ItemDataRole.UserRole, d.id)
        self.dusun_list.blockSignals(False)
        ids = [d.id for d in v.dusuns]
        self.dusun_list.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        self._show_rts()

    def selected(self) -> DusunDTO | None:
        row = self.dusun_list.currentRow()
        return self._dusuns[row] if 0 <= row < len(self._dusuns) else None

    def _show_rts(self, *_args: object) -> None:
        self.rt_list.clear()
        d = self.selected()
        for r in d.rts if d else ():
            item = QListWidgetItem(f"RW {r.rw:02d} / RT {r.rt:02d}", self.rt_list)
            item.setData(Qt.ItemDataRole.UserRole, (r.rw, r.rt))
        for w in (self.rename_button, self.delete_button, self.add_rt_button, self.remove_rt_button):
            w.setEnabled(d is not None)

    def _say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(f"color: {OK_COLOUR if ok else ERROR_COLOUR};")
        self.message.setText(text)
        if ok:
            notify(self, text)

    def _done(self, text: str, select: str | None = None) -> None:
        v = get_village(self._ctx)
        if v is not None:
            self.show_village(v, select)
        self._say(text, ok=True)
        self._changes.notify(VILLAGE)

    def _run(self, action):  # type: ignore[no-untyped-def]
        try:
            return action()
        except ValidationError as err:
            self._say(" ".join(i.message for i in err.issues), ok=False)
            return None

    # ---- dusun -----------------------------------------------------------------------------

    def add_dusun(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Tambah dusun"), self.tr("Nama dusun baru:"))
            if not ok:
                return
        d = self._run(lambda: new_dusun(self._ctx, name))
        if d is not None:
            self._done(self.tr("Dusun %1 ditambahkan.").replace("%1", d.name), select=d.id)

    def rename_dusun(self, name: str | None = None) -> None:
        current = self.selected()
        if current is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Ubah nama dusun"), self.tr("Nama baru Dusun %1:")
                                            .replace("%1", current.name), text=current.name)
            if not ok:
                return
        d = self._run(lambda: rename_dusun(self._ctx, current.id, name))
        if d is not None:
            self._done(self.tr("Dusun %1 sekarang bernama %2.").replace("%1", current.name).replace("%2", d.name))

    def delete_dusun(self, ask: bool = True) -> None:
        current = self.selected()
        if current is None:
            return
        goes_with = [f"RW {r.rw:02d} / RT {r.rt:02d}" for r in current.rts]
        if ask and not confirm_delete(self, self.tr("Dusun %1").replace("%1", current.name), goes_with):
            return
        deletion = self._run(lambda: delete_dusun(self._ctx, current.id))
        if deletion is None:
            return
        self._done(self.tr("Dusun %1 dihapus.").replace("%1", current.name))
        offer_undo(self, self.tr("Dusun %1 dihapus.").replace("%1", current.name),
                   lambda: self._undo(deletion, current.name))

    def _undo(self, deletion, name: str) -> None:  # type: ignore[no-untyped-def]
        if self._run(lambda: restore_record(self._ctx, deletion.table, deletion.record_id, deletion.when)) is not None:
            self._done(self.tr("Dusun %1 dikembalikan.").replace("%1", name), select=deletion.record_id)

    # ---- RW / RT ---------------------------------------------------------------------------

    def add_rt(self) -> None:
        current = self.selected()
        if current is None:
            return
        rw, rt = self.rw_spin.value(), self.rt_spin.value()
        if self._run(lambda: add_rt(self._ctx, current.id, rw, rt)) is not None:
            self._done(self.tr("RW %1 / RT %2 ditambahkan ke Dusun %3.").replace("%1", f"{rw:02d}")
                       .replace("%2", f"{rt:02d}").replace("%3", current.name))

    def remove_rt(self) -> None:
        current, item = self.selected(), self.rt_list.currentItem()
        if current is None or item is None:
            self._say(self.tr("Pilih dulu RW/RT yang akan dihapus di daftar."), ok=False)
            return
        rw, rt = item.data(Qt.ItemDataRole.UserRole)
        if self._run(lambda: remove_rt(self._ctx, current.id, rw, rt)) is not None:
            self._done(self.tr("RW %1 / RT %2 dihapus dari Dusun %3.").replace("%1", f"{rw:02d}")
                       .replace("%2", f"{rt:02d}").replace("%3", current.name))


class DistrictKeyBox(QGroupBox):
    """Pengaturan → "Kunci Disnaker": the district's public key (district-key.pub, chosen from a file and saved at
    once), its fingerprint to read out to Disnaker on the phone, and Disnaker's e-mail address for "Kirim ke
    Disnaker". Saved through district.village_link.set_district_key; a refused file is explained under the box."""

    MAX_KEY_FILE = 64 * 1024  # a district-key.pub is one line; anything much bigger is another file

    def __init__(self, ctx: ServiceContext, changes: Changes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Kunci Disnaker"))
        self._ctx, self._changes = ctx, changes
        form = QFormLayout(self)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(16)
        form.addRow(hint(self.tr("Paket \"Kirim ke Disnaker\" dienkripsi untuk kunci publik Disnaker (berkas "
                                 "district-key.pub dari Disnaker), sehingga hanya Disnaker yang bisa membukanya. "
                                 "Tanpa kunci, setiap paket memakai kata sandi sekali pakai."), self))
        key_row = QHBoxLayout()
        self.fingerprint = QLabel(self)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key_row.addWidget(self.fingerprint, 1)
        self.choose_button = QPushButton(self.tr("Pilih berkas kunci…"), self)
        self.choose_button.clicked.connect(lambda: self.choose_key_file())
        key_row.addWidget(self.choose_button)
        form.addRow(self.tr("Kunci publik"), key_row)
        self.email = _line(self, 200)
        self.email.setPlaceholderText(self.tr("mis. disnaker@wonosobokab.go.id"))
        self.email.returnPressed.connect(self.save_email)
        form.addRow(self.tr("E-mail Disnaker"), self.email)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Simpan e-mail"), self)
        self.save_button.clicked.connect(self.save_email)
        row.addWidget(self.save_button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.message, 1)
        form.addRow("", row)
        self.show_link()

    def show_link(self) -> None:
        from desmig_desktop.district.village_link import district_link

        link = district_link(self._ctx)
        self.key = link.key
        self.fingerprint.setText(self.tr("Sidik jari: %1").replace("%1", link.fingerprint) if link.key
                                 else self.tr("Belum ada: paket memakai kata sandi sekali pakai."))
        self.email.setText(link.email)

    def _say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(f"color: {OK_COLOUR if ok else ERROR_COLOUR};")
        self.message.setText(text)

    def _save(self, key: str, email: str) -> bool:
        from desmig_desktop.district.village_link import set_district_key

        try:
            set_district_key(self._ctx, key, email)
        except ValidationError as err:
            self._say(" ".join(i.message for i in err.issues), ok=False)
            return False
        self.show_link()
        self._changes.notify(VILLAGE)
        return True

    def choose_key_file(self, path: str | Path | None = None) -> None:
        """Read the chosen district-key.pub and save it with the e-mail in the field (a dialog asks when no path)."""
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Pilih kunci publik Disnaker"), "",
                                                        self.tr("Kunci publik Disnaker (*.pub);;Semua berkas (*)"))
            if not path:
                return
        path = Path(path)
        try:
            with path.open("rb") as f:
                raw = f.read(self.MAX_KEY_FILE + 1)
        except OSError as exc:
            self._say(describe_os_error(exc, path), ok=False)
            return
        if len(raw) > self.MAX_KEY_FILE:
            self._say(self.tr("Berkas %1 terlalu besar untuk kunci publik: pilih district-key.pub dari Disnaker.")
                      .replace("%1", path.name), ok=False)
            return
        if self._save(raw.decode("utf-8", errors="replace"), self.email.text()):
            self._say(self.tr("Kunci Disnaker dari %1 tersimpan. Paket berikutnya dienkripsi untuknya.")
                      .replace("%1", path.name), ok=True)
            notify(self, self.tr("Kunci Disnaker tersimpan."))
        else:
            self._say(self.tr("Berkas %1 tidak dipakai: %2").replace("%1", path.name)
                      .replace("%2", self.message.text()), ok=False)

    def save_email(self) -> None:
        if not self.key:
            self._say(self.tr("Pilih dulu berkas kunci district-key.pub dari Disnaker; alamat e-mailnya disimpan "
                              "bersama kunci."), ok=False)
            return
        if self._save(self.key, self.email.text()):
            self._say(self.tr("Alamat e-mail Disnaker tersimpan."), ok=True)
