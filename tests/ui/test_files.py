"""An export never replaces an existing file without asking."""

from __future__ import annotations


from PySide6.QtWidgets import QFileDialog, QLabel

from desmig_desktop.ui.files import ask_save_path, confirm_replace, confirm_replace_all, with_suffix_of
from tests.ui.modals import answer


def _host(qtbot) -> QLabel:  # type: ignore[no-untyped-def]
    host = QLabel("host")
    qtbot.addWidget(host)
    return host


def test_a_new_file_is_not_asked_about(qtbot, tmp_path):
    assert confirm_replace(_host(qtbot), tmp_path / "penduduk.xlsx") is True


def test_an_existing_file_is_replaced_only_when_the_officer_says_so(qtbot, tmp_path):
    host = _host(qtbot)
    target = tmp_path / "penduduk.xlsx"
    target.write_bytes(b"old")
    seen: list[str] = []
    defaults: list[str] = []
    answer(None, seen, then=lambda box: defaults.append(box.defaultButton().text()))
    assert confirm_replace(host, target) is False
    assert defaults == ["Batal"] and seen[0].startswith("Ganti berkas penduduk.xlsx?")
    answer("Ganti")
    assert confirm_replace(host, target) is True
    assert target.read_bytes() == b"old"  # asking writes nothing


def test_several_files_are_named_in_one_question(qtbot, tmp_path):
    host = _host(qtbot)
    a, b, c = tmp_path / "rekap.xlsx", tmp_path / "rekap.pdf", tmp_path / "baru.pdf"
    a.write_text("x")
    b.write_text("x")
    seen: list[str] = []
    answer("Batal", seen)
    assert confirm_replace_all(host, [a, b, c]) is False
    assert "Ganti 2 berkas" in seen[0] and "• rekap.xlsx" in seen[0] and "baru.pdf" not in seen[0]
    assert confirm_replace_all(host, [c]) is True


def test_the_save_dialog_asks_before_replacing(qtbot, tmp_path):
    host = _host(qtbot)
    target = tmp_path / "penduduk.xlsx"
    target.write_text("x")

    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(str(target))

    seen: list[str] = []
    answer(None, then=lambda d: (choose(d), answer("Ganti", seen), d.accept()))
    assert ask_save_path(host, "Ekspor", tmp_path / "penduduk.xlsx", "Excel (*.xlsx)") == target
    assert seen and seen[0].startswith("Ganti berkas penduduk.xlsx?")


def test_a_name_without_extension_gets_the_filters(tmp_path):
    assert with_suffix_of(tmp_path / "rekap", "Excel (*.xlsx)") == tmp_path / "rekap.xlsx"
    assert with_suffix_of(tmp_path / "rekap.csv", "Excel (*.xlsx)") == tmp_path / "rekap.csv"
