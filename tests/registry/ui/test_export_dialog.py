"""Export what is shown: the page's current query goes to exchange.persons_export, NIK masked by default."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from desmig_desktop.registry.ui.export_dialog import ExportDialog
from desmig_desktop.registry.ui.person_page import PersonPage

pytest.importorskip("desmig_desktop.registry.exchange.persons_export")


def test_export_writes_only_the_people_shown(qtbot, ctx, village, people, changes, tmp_path):
    page = PersonPage(ctx, village, changes)
    qtbot.addWidget(page)
    page.status_combo.setCurrentIndex(page.status_combo.findData("pmi"))
    dialog = ExportDialog(ctx, page.current_query(), page.model.total())
    qtbot.addWidget(dialog)
    out = tmp_path / "keluar" / "pmi.xlsx"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=10000) as blocker:
        dialog.ok.click()
    assert blocker.args[0] == (out, 2)
    rows = [[str(v) for v in row if v is not None] for row in load_workbook(out, read_only=True).active.iter_rows(values_only=True)]
    text = " ".join(" ".join(r) for r in rows)
    assert "Sularmi" in text and "Ani Rahayu" in text and "Joko Susilo" not in text
    assert people.niks["Sularmi"] not in text  # masked: the box "Tampilkan NIK lengkap" was left off
    assert dialog.result() == 1


def test_export_asks_before_replacing_an_existing_file(qtbot, ctx, village, people, changes, tmp_path):
    from tests.ui.modals import answer

    page = PersonPage(ctx, village, changes)
    qtbot.addWidget(page)
    dialog = ExportDialog(ctx, page.current_query(), page.model.total())
    qtbot.addWidget(dialog)
    out = tmp_path / "penduduk.xlsx"
    out.write_bytes(b"old")
    dialog.path.setText(str(out))
    seen: list[str] = []
    answer("Batal", seen)
    dialog.ok.click()
    assert seen and seen[0].startswith("Ganti berkas penduduk.xlsx?")
    assert out.read_bytes() == b"old" and dialog.isVisible() is False and dialog.result() == 0
    answer("Ganti")
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.ok.click()
    assert "Sularmi" in " ".join(str(v) for row in load_workbook(out, read_only=True).active.iter_rows(values_only=True)
                                 for v in row if v is not None)
