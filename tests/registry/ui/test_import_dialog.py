"""The import dialog: every row error is listed before anything is written; a clean file is saved on request."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services.search import PersonQuery, count_persons
from desmig_desktop.registry.ui.import_dialog import ImportDialog

pytest.importorskip("desmig_desktop.registry.exchange.persons_import")

HEADER = ["NIK", "No KK", "Nama", "Jenis Kelamin (L/P)", "Tempat Lahir", "Tanggal Lahir", "Hubungan Keluarga", "Dusun",
          "RW", "RT", "No HP", "Status PMI", "Negara Tujuan", "Sektor", "Jabatan", "Jalur", "Tanggal Berangkat",
          "Tanggal Pulang"]


def _row(name, sex, born, serial, kk="3307090304100007", rel="Kepala Keluarga", nik=None):  # type: ignore[no-untyped-def]
    nik = nik or make_nik("330709", born, sex, serial)
    return [nik, kk, name, sex, "Wonosobo", born.strftime("%d/%m/%Y"), rel, "Sigaluh", 2, 3, "", "", "", "", "", "",
            "", ""]


def _csv(path, rows):  # type: ignore[no-untyped-def]
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([HEADER, *rows])
    return path


def _count(ctx) -> int:  # type: ignore[no-untyped-def]
    return count_persons(ctx, PersonQuery(include_gone=True))


def _check(qtbot, dialog):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.checked, timeout=10000) as blocker:
        dialog.check_button.click()
    return blocker.args[0]


def test_row_errors_are_listed_and_nothing_is_written(qtbot, ctx, village, tmp_path):
    path = _csv(tmp_path / "daftar.csv", [
        _row("Paiman", "L", date(1975, 1, 30), 4),
        _row("Ngatini", "P", date(1979, 11, 5), 5, rel="Istri", nik="33070945"),
    ])
    dialog = ImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    dialog.show()
    result = _check(qtbot, dialog)
    assert result.errors and not result.written
    items = [dialog.issues.item(i).text() for i in range(dialog.issues.count())]
    assert any(text.startswith("baris 3, kolom NIK: NIK harus 16 angka") for text in items)
    assert "Tidak ada yang disimpan" in dialog.summary.text()
    assert not dialog.save_button.isEnabled()
    assert _count(ctx) == 0


def test_a_clean_file_is_checked_then_saved(qtbot, ctx, village, tmp_path):
    path = _csv(tmp_path / "daftar.csv", [
        _row("Paiman", "L", date(1975, 1, 30), 4),
        _row("Ngatini", "P", date(1979, 11, 5), 5, rel="Istri"),
    ])
    dialog = ImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    dialog.show()
    _check(qtbot, dialog)
    assert _count(ctx) == 0  # the check wrote nothing
    assert dialog.save_button.isEnabled() and dialog.save_button.text() == "Simpan 2 baris"
    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        dialog.save_button.click()
    assert blocker.args[0].written and dialog.written
    assert dialog.summary.text() == "2 baris disimpan: 2 orang, 1 keluarga baru, 0 riwayat migrasi."
    assert _count(ctx) == 2


def test_a_foreign_nik_is_one_amber_warning_and_does_not_block(qtbot, ctx, village, tmp_path):
    born = date(1975, 1, 30)
    path = _csv(tmp_path / "daftar.csv", [_row("Paiman", "L", born, 4, nik=make_nik("320101", born, "L", 4))])
    dialog = ImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    dialog.show()
    _check(qtbot, dialog)
    items = [dialog.issues.item(i).text() for i in range(dialog.issues.count())]
    assert items == ["Peringatan: baris 2, kolom NIK: Kode wilayah NIK (3201) berbeda dengan kabupaten desa ini (3307). "
                     "Boleh disimpan bila NIK memang terbit di daerah lain."]
    assert dialog.save_button.isEnabled()


def test_a_missing_file_is_explained(qtbot, ctx, village, tmp_path):
    dialog = ImportDialog(ctx, tmp_path / "tidak-ada.csv")
    qtbot.addWidget(dialog)
    dialog.check_button.click()
    assert dialog.summary.text() == "Berkas tidak ditemukan: pilih berkas .csv atau .xlsx yang ada."


def test_batal_during_the_import_writes_nothing(qtbot, ctx, village, tmp_path):
    import threading

    from PySide6.QtCore import QThreadPool

    from desmig_desktop.ui.workers import Worker

    path = _csv(tmp_path / "daftar.csv", [_row("Paiman", "L", date(1975, 1, 30), 4)])
    dialog = ImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    dialog.show()
    _check(qtbot, dialog)
    # Keep every pool thread busy so the import is queued, press Batal, then let it run: it must stop at once.
    gate = threading.Event()
    pool = QThreadPool.globalInstance()
    blockers = [Worker(lambda _r, _c: gate.wait(10)).start() for _ in range(pool.maxThreadCount())]
    dialog.save_button.click()
    assert dialog.cancel_button.isVisible() and not dialog.close_button.isEnabled()
    with qtbot.waitSignal(dialog.failed, timeout=10000):
        dialog.cancel_button.click()
        gate.set()
    for b in blockers:
        b.wait(5)
    assert dialog.summary.text() == "Dibatalkan: tidak ada yang disimpan."
    assert _count(ctx) == 0 and not dialog.written
    assert dialog.save_button.isEnabled()  # the checked file may still be saved later


def test_update_mode_lists_the_changes_then_saves_them(qtbot, ctx, village, tmp_path):
    paiman = _row("Paiman", "L", date(1975, 1, 30), 4)
    first = _csv(tmp_path / "awal.csv", [paiman])
    dialog = ImportDialog(ctx, first)
    qtbot.addWidget(dialog)
    _check(qtbot, dialog)
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.save_button.click()
    corrected = list(paiman)
    corrected[2] = "Paiman Hadi"
    path = _csv(tmp_path / "lagi.csv", [corrected, _row("Ngatini", "P", date(1979, 11, 5), 5, rel="Istri")])
    dialog = ImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    assert [dialog.mode.itemText(i) for i in range(2)] == ["Tambah baru saja", "Tambah baru dan perbarui yang sudah ada"]
    assert _check(qtbot, dialog).errors  # the default: a registered NIK is an error
    dialog.mode.setCurrentIndex(1)
    result = _check(qtbot, dialog)
    items = [dialog.issues.item(i).text() for i in range(dialog.issues.count())]
    assert not result.errors and items == [f'baris 2: Paiman (NIK {paiman[0]}) diperbarui: Nama "Paiman" → "Paiman Hadi"']
    assert "1 orang baru ditambahkan dan 1 orang yang sudah terdaftar diperbarui" in dialog.summary.text()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.save_button.click()
    assert dialog.summary.text().endswith("1 orang yang sudah terdaftar diperbarui.")
    from desmig_desktop.registry.services.search import list_persons

    assert sorted(p.name for p in list_persons(ctx, PersonQuery())) == ["Ngatini", "Paiman Hadi"]


def test_unduh_contoh_writes_a_template_that_the_dialog_then_checks(qtbot, ctx, village, tmp_path):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ImportDialog(ctx, parent)  # the person list's toolbar opens it so
    assert dialog.parent() is parent and dialog.path.text() == ""
    assert dialog.template_button.text() == "Unduh contoh…"
    written = dialog.write_template_to(tmp_path / "contoh.xlsx")
    assert written is not None and "Contoh disimpan" in dialog.summary.text()
    dialog.path.setText(str(written))
    result = _check(qtbot, dialog)
    assert result.rows == 1 and not result.errors
    assert dialog.write_template_to(tmp_path / "tidak-ada" / "contoh.csv") is None
    assert "tidak ada" in dialog.summary.text() and "tidak-ada" in dialog.summary.text()


def test_a_read_only_database_is_checked_and_the_save_says_why_not(qtbot, ctx, village, tmp_path):
    import os

    from desmig_desktop.core.context import ServiceContext

    path = _csv(tmp_path / "daftar.csv", [_row("Paiman", "L", date(1975, 1, 30), 4)])
    ctx.close()
    os.chmod(ctx.path, 0o444)
    try:
        ro = ServiceContext.open(ctx.path)
        assert ro.read_only
        dialog = ImportDialog(ro, path)
        qtbot.addWidget(dialog)
        assert not _check(qtbot, dialog).errors  # checking only reads
        with qtbot.waitSignal(dialog.failed, timeout=10000):
            dialog.save_button.click()
        assert "hanya-baca" in dialog.summary.text() and str(ctx.path) in dialog.summary.text()
        assert _count(ro) == 0
        ro.close()
    finally:
        os.chmod(ctx.path, 0o644)
