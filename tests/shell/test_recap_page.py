"""The recap page writes a real workbook and PDF off the GUI thread, with NIK masked by default."""

from __future__ import annotations

from openpyxl import load_workbook
from pypdf import PdfReader

from desmig_desktop.app import PILLARS
from desmig_desktop.shell.recap_page import RecapPage, period_of


def test_period_codes():
    assert period_of("month", 2026, month=11).code == "2026-11"
    assert period_of("quarter", 2026, quarter=4).code == "2026-Q4"
    assert period_of("year", 2026).code == "2026"


def test_recap_writes_xlsx_and_pdf_in_the_chosen_folder(qtbot, ctx, people, changes, tmp_path):
    page = RecapPage(ctx, changes, PILLARS)
    qtbot.addWidget(page)
    page.show()
    assert page.period().code == "2026-11"  # today is 23 November 2026
    assert not page.nik_check.isChecked()
    page.kind.setCurrentIndex(page.kind.findData("quarter"))
    assert page.period().code == "2026-Q4"
    page.folder.setText(str(tmp_path / "rekap"))
    with qtbot.waitSignal(page.recap_written, timeout=20000) as blocker:
        page.run_button.click()
    paths = blocker.args[0]
    assert [p.name for p in paths] == ["rekap-kuripan-2026-Q4.xlsx", "rekap-kuripan-2026-Q4.pdf"]
    assert str(tmp_path / "rekap") in page.result.text()
    book = load_workbook(paths[0], read_only=True)
    cells = [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v]
    assert "Sularmi" in cells
    assert people.niks["Sularmi"] not in cells  # masked unless the officer asks
    text = " ".join(page_.extract_text() for page_ in PdfReader(paths[1]).pages)
    assert "DESA KURIPAN" in text and "Periode Triwulan IV 2026" in text
    assert "Jumlah orang dalam register PMI: 2 orang" in " ".join(text.split())
    assert page.run_button.isEnabled()


def test_no_format_chosen_is_explained(qtbot, ctx, people, changes):
    page = RecapPage(ctx, changes, PILLARS)
    qtbot.addWidget(page)
    page.xlsx_check.setChecked(False)
    page.pdf_check.setChecked(False)
    with qtbot.waitSignal(page.recap_failed, timeout=1000):
        page.run_button.click()
    assert page.result.text() == "Pilih minimal satu format: Excel atau PDF."


def test_a_recap_asks_before_replacing_files_already_in_the_folder(qtbot, ctx, people, changes, tmp_path):
    from tests.ui.modals import answer

    page = RecapPage(ctx, changes, PILLARS)
    qtbot.addWidget(page)
    page.show()
    folder = tmp_path / "rekap"
    folder.mkdir()
    old = folder / "rekap-kuripan-2026-11.pdf"
    old.write_bytes(b"old")
    page.folder.setText(str(folder))
    seen: list[str] = []
    answer("Batal", seen)
    page.run_button.click()
    assert seen and seen[0].startswith("Ganti berkas rekap-kuripan-2026-11.pdf?")
    assert old.read_bytes() == b"old" and not (folder / "rekap-kuripan-2026-11.xlsx").exists()
    assert page.run_button.isEnabled()
    answer("Ganti")
    with qtbot.waitSignal(page.recap_written, timeout=20000):
        page.run_button.click()
    assert old.read_bytes() != b"old"
