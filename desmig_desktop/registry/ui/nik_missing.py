"""The person form's "NIK belum ada" box: a person whose NIK is not known yet (a newborn, a KTP not at hand) is
registered with no NIK, marked so by the officer — never an invented one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget


def attach_nik_missing(form: Any) -> QCheckBox:
    """Add the box under the form's NIK field, after the NIK in the Tab order (call once the form's Tab order is
    set). Ticked, the NIK field is emptied and disabled; the rules then accept no NIK (PersonInput.nik_missing)."""
    box = QCheckBox(QCoreApplication.translate("PersonForm", "NIK belum ada"), form)
    box.setToolTip(QCoreApplication.translate(
        "PersonForm", "Centang bila orang ini belum punya NIK (bayi baru lahir) atau KTP/KK-nya belum ada di tangan: "
        "disimpan tanpa NIK dan dihitung sebagai «NIK belum ada». Isi NIK-nya nanti lewat Ubah."))
    nik_box = form.boxes["nik"]
    nik_box.layout().insertWidget(1, box)

    def toggled(checked: bool) -> None:
        if checked:
            form.nik.clear()
        form.nik.setEnabled(not checked)
        form._edited("nik")  # the form checks again, as after any edit

    box.toggled.connect(toggled)
    following = form.nik.nextInFocusChain()
    QWidget.setTabOrder(form.nik, box)
    if following is not None and following is not box:
        QWidget.setTabOrder(box, following)
    return box
