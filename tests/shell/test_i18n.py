"""Language: English through the committed Qt catalogue, Indonesian by default; the .qm matches the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from desmig_desktop.app import PILLARS, install_language
from desmig_desktop.core.config import Settings
from desmig_desktop.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "desmig_en.ts"
QM = ROOT / "resources" / "i18n" / "desmig_en.qm"


@pytest.fixture
def language(qapp):  # type: ignore[no-untyped-def]
    installed = []

    def use(lang: str) -> None:
        translator = install_language(qapp, lang)
        if translator is not None:
            installed.append(translator)

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))


def _texts(qtbot, ctx, village):  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, Settings(officer_name="Siti"), village, PILLARS)
    qtbot.addWidget(window)
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    model = window.person_page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return window, nav, headers


def test_english_navigation_and_headers(qtbot, ctx, people, village, language):
    language("en")
    window, nav, headers = _texts(qtbot, ctx, village)
    pillar_pages = ("Productive business", "Savings and loans")
    assert [n for n in nav if n not in pillar_pages] == [
        "Home", "People", "Families", "Guest Book", "AK-1", "Departure Documents", "Vacancies", "Complaints",
        "Recap & Export", "Settings"]
    assert headers == ["Name", "NIK", "No. KK", "M/F", "Born", "Age", "Dusun", "RW/RT", "Status", "Destination country",
                       "Departed"]
    assert window.windowTitle() == "Desmig Desktop — Village of Kuripan"
    assert window.person_page.search.placeholderText() == "Search name, NIK or No. KK…"
    assert window.person_page.count_label.text() == "5 people"
    assert window.status_officer.text() == "Officer: Siti Petugas"  # the officer of the open context


def test_indonesian_is_the_default(qtbot, ctx, people, village, language):
    language("id")
    window, nav, headers = _texts(qtbot, ctx, village)
    pillar_pages = ("Usaha Produktif", "Simpan Pinjam")
    assert [n for n in nav if n not in pillar_pages] == [
        "Beranda", "Penduduk", "Keluarga", "Buku Tamu", "AK-1", "Dokumen Keberangkatan", "Lowongan", "Pengaduan",
        "Rekap & Ekspor", "Pengaturan"]
    assert headers == ["Nama", "NIK", "No. KK", "L/P", "Tgl Lahir", "Umur", "Dusun", "RW/RT", "Status", "Negara tujuan",
                       "Tgl Berangkat"]
    assert window.windowTitle() == "Desmig Desktop — Desa Kuripan"
    assert QApplication.translate("PersonPage", "Tambah orang") == "Tambah orang"
    assert QApplication.translate("PersonPage", "%Ln orang", "", 300000) == "300.000 orang"


def test_every_string_is_translated_and_the_committed_qm_is_up_to_date(tmp_path):
    text = TS.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and 'type="vanished"' not in text and 'type="obsolete"' not in text
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    out = tmp_path / "desmig_en.qm"
    done = subprocess.run([str(lrelease), str(TS), "-qm", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == QM.read_bytes(), "run pyside6-lrelease resources/i18n/desmig_en.ts"


def qt_sources() -> list[Path]:
    """Where Qt texts live: app.py, the UI kit, the shell, each area's screens and its descriptor's titles."""
    pkg = ROOT / "desmig_desktop"
    return [pkg / "app.py", *sorted(pkg.glob("*/pillar.py")), *sorted(pkg.glob("ui/**/*.py")),
            *sorted(pkg.glob("shell/**/*.py")), *sorted(pkg.glob("*/ui/**/*.py"))]


def _messages(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")
            if m.find("translation").get("type") not in ("vanished", "obsolete")}


def test_the_catalogue_covers_every_string_in_the_code(tmp_path):
    """lupdate over the screen code finds nothing new: a new tr() text needs its English in desmig_en.ts."""
    copy = tmp_path / "desmig_en.ts"
    shutil.copy(TS, copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [str(p) for p in qt_sources()]
    done = subprocess.run([str(lupdate), *sources, "-ts", str(copy), "-no-obsolete"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert 'type="unfinished"' not in copy.read_text(encoding="utf-8"), "translate the new strings in desmig_en.ts"
    assert _messages(copy) == _messages(TS)


def test_counts_are_worded_with_plural_forms(qapp, language):  # type: ignore[no-untyped-def]
    """A count is a Qt plural (%Ln): one form in Indonesian, 'person'/'people' in English, with English separators."""
    language("en")
    assert QApplication.translate("PersonPage", "%Ln orang", "", 1) == "1 person"
    assert QApplication.translate("PersonPage", "%Ln orang", "", 300000) == "300,000 people"
    assert QApplication.translate("GroupsPage", "%Ln kelompok", "", 1) == "1 group"
    assert QApplication.translate("AidTab", "%Ln barang perlu perhatian (rusak atau hilang).", "", 1) == \
        "1 item needs attention (broken or lost)."
    assert QApplication.translate("ImportDialog", "Simpan %Ln baris", "", 2) == "Save 2 rows"


def test_term_fixes_and_disambiguations(qapp, language):  # type: ignore[no-untyped-def]
    language("en")
    tr = QApplication.translate
    assert tr("MembersTab", "Jabatan") == tr("ChangeRoleDialog", "Jabatan") == tr("AddMemberDialog", "Jabatan") == "Role"
    assert tr("MembersTab", "Keluar") == "Left" and tr("Menus", "Keluar") == "Quit"
    assert tr("CostDialog", "Jumlah") == "Amount"
    assert (tr("SalesTab", "Jumlah", "quantity"), tr("SalesTab", "Jumlah", "amount of money")) == ("Quantity", "Amount")
    assert tr("PersonActivityDialog", "Penyelenggara") == tr("TrainingsTab", "Penyelenggara") == "Organiser"
    assert tr("unsaved", "Buang perubahan?") == "Discard changes?" and tr("feedback", "Urungkan") == "Undo"


def test_qt_texts_are_written_where_lupdate_reads_them():
    """A wrapper like `def _tr(text): return translate("ctx", text)` hides its texts from lupdate (they stay
    Indonesian): call self.tr(...) or translate("context", "text") at the call site."""
    import ast

    wrapped = []
    for path in qt_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.FunctionDef) and node.name in ("tr", "_tr", "tr_", "_t"):
                wrapped.append(f"{where} def {node.name}")
            # `c = self.tr` then `c("text")`: lupdate sees no text
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and node.value.attr == "tr":
                wrapped.append(f"{where} alias of .tr")
            # `parent.tr("text")`: lupdate files it under a context named "parent", which Qt never asks for
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr" \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id not in ("self", "cls"):
                wrapped.append(f"{where} {node.func.value.id}.tr(...)")
            # `t = lambda text: translate("ctx", text)`: the same wrapper, written as a lambda
            if isinstance(node, ast.Lambda) and any(
                    isinstance(n, ast.Call) and getattr(n.func, "attr", getattr(n.func, "id", "")) in ("translate", "tr")
                    and any(isinstance(a, ast.Name) for a in n.args[1:2]) for n in ast.walk(node.body)):
                wrapped.append(f"{where} lambda wrapping translate")
    assert wrapped == []
