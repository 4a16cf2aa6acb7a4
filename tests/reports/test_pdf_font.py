"""The PDF font covers Latin Extended: a name with Ṭ or ñ prints as itself (no empty boxes), in every style."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import SimpleDocTemplate

from desmig_desktop.core.paths import resources_dir
from desmig_desktop.reports.pdf_kit import FONT, FONT_BOLD, FONT_BOLD_ITALIC, FONT_ITALIC, PdfKit, register_fonts

NAMES = "Ṭuṭi Muñoz, Ṣaleh Ḥasan, Ngatiyem Kāsiran, Şükrü, Ōtsuka, Đặng"


def test_every_style_of_the_registered_font_has_the_glyphs():
    register_fonts()
    for name in (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC):
        cmap = pdfmetrics.getFont(name).face.charToGlyph
        missing = [c for c in NAMES if not c.isspace() and c != "," and ord(c) not in cmap]
        assert missing == [], (name, missing)


def test_a_name_with_latin_extended_letters_prints_and_reads_back(tmp_path):
    out = tmp_path / "nama.pdf"
    kit = PdfKit(A4[0] - 4 * 28)
    SimpleDocTemplate(str(out), pagesize=A4).build([kit.paragraph(NAMES), kit.paragraph(NAMES, "cell_bold")])
    text = PdfReader(out).pages[0].extract_text()
    assert text.count("Ṭuṭi Muñoz") == 2 and "Đặng" in text


def test_the_bundled_font_comes_with_its_free_licence():
    folder = Path(resources_dir()) / "fonts"
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert sorted(p.name for p in folder.glob("*.ttf")) == [
        "DejaVuSans-Bold.ttf", "DejaVuSans-BoldOblique.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans.ttf"]
