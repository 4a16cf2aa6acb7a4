"""The service centre's actions on a person of the "Penduduk" page (pillar.PILLAR.person_actions): Catat
kunjungan, Ajukan AK-1, Buat pengaduan. Each is `run(env, person_id, parent)`: it opens the dialog with the person
already picked and, after a save, announces the change on the bus (the centre's pages and tiles read again)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from desmig_desktop.service_centre.services.ak1 import person_ak1
from desmig_desktop.service_centre.ui import AK1, COMPLAINTS, VISITS
from desmig_desktop.ui.feedback import notify

OPEN_STATUSES = ("draft", "lengkap", "diserahkan")


def _run(dialog: QDialog) -> bool:
    try:
        return bool(dialog.exec())
    finally:
        dialog.deleteLater()


def record_visit(env: Any, person_id: str, parent: QWidget) -> None:
    """A visit of this villager in the guest book."""
    from desmig_desktop.service_centre.ui.visit_dialog import VisitDialog

    if _run(VisitDialog(env.ctx, person_id=person_id, parent=parent)):
        env.changes.notify(VISITS)


def apply_ak1(env: Any, person_id: str, parent: QWidget) -> None:
    """A new AK-1 application for this person, then its checklist; when one is still under way, that one opens."""
    from desmig_desktop.service_centre.ui.ak1_dialog import Ak1Dialog
    from desmig_desktop.service_centre.ui.ak1_page import NewAk1Dialog

    ongoing = [r for r in person_ak1(env.ctx, person_id) if r.status in OPEN_STATUSES]
    if ongoing:
        ak1_id = ongoing[0].id
        notify(parent, QCoreApplication.translate("PersonActions", "%1 sudah punya pengajuan AK-1 yang berjalan: "
                                                  "pengajuan itu dibuka.").replace("%1", ongoing[0].name))
    else:
        new = NewAk1Dialog(env.ctx, parent, person_id=person_id)
        saved = _run(new)
        if not saved or not new.saved_id:
            return
        ak1_id = new.saved_id
        env.changes.notify(AK1)
    dialog = Ak1Dialog(env.ctx, ak1_id, parent)
    _run(dialog)
    if dialog.saved_any:
        env.changes.notify(AK1)


def file_complaint(env: Any, person_id: str, parent: QWidget) -> None:
    """A complaint about (or reported by) this person."""
    from desmig_desktop.service_centre.ui.complaint_dialog import ComplaintDialog

    if _run(ComplaintDialog(env.ctx, person_id=person_id, parent=parent)):
        env.changes.notify(COMPLAINTS)
