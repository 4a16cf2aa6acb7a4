"""Pillars plug in: the navigation, the person's Kegiatan, the recap, the CLI and the demo are built from the
list in app.py. Every registered pillar's recap section appears in both documents and every page opens; a
pillar that exists only in the tests plugs in by being added to the list."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel

from desmig_desktop.app import PILLARS
from desmig_desktop.cli import main as cli_main
from desmig_desktop.core.config import Settings
from desmig_desktop.core.i18n import _
from desmig_desktop.core.periods import parse_period
from desmig_desktop.core.pillar import build_demo, check_order, load_all_models
from desmig_desktop.recap.dataset import build_recap
from desmig_desktop.recap.pdf import write_recap_pdf
from desmig_desktop.recap.xlsx import write_recap_xlsx
from desmig_desktop.registry.services.village import get_village
from desmig_desktop.shell.main_window import MainWindow, activity_sources
from desmig_desktop.ui.activity import PersonActivityDialog
from tests import sample_pillar
from tests.sample_pillar import PILLAR as SAMPLE

from tests.conftest import demo_copy

WITH_SAMPLE = (*PILLARS, SAMPLE)


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file):  # type: ignore[no-untyped-def]
    return demo_copy(demo_file, tmp_path_factory.mktemp("demo") / "demo.db")


@pytest.fixture
def demo_ctx(demo):  # type: ignore[no-untyped-def]
    from datetime import date

    from desmig_desktop.core.context import ServiceContext

    ctx = ServiceContext.open(demo, officer="Siti Petugas")
    ctx.today_override = date(2026, 11, 23)
    yield ctx
    ctx.close()


def _workbook_text(path) -> str:  # type: ignore[no-untyped-def]
    wb = load_workbook(path, read_only=True)
    return " ".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v)


def _pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_the_list_is_ordered_and_every_pillar_names_its_tables():
    check_order(WITH_SAMPLE)
    load_all_models(PILLARS)
    tables = {p.key: p.tables() for p in PILLARS}
    assert {"village", "person", "placement"} <= set(tables["registry"])
    assert {"training", "socialisation", "promo_event"} <= set(tables["activities"])
    assert {"production_group", "sale", "profit_share"} <= set(tables["production"])
    owned = [t for ts in tables.values() for t in ts]
    assert len(owned) == len(set(owned))  # a table belongs to one area
    with pytest.raises(ValueError, match="must come before"):
        check_order(tuple(reversed(PILLARS)))


def test_each_pillars_recap_section_is_in_the_workbook_and_the_pdf(demo_ctx, tmp_path):
    data = build_recap(demo_ctx, parse_period("2026"), WITH_SAMPLE)
    with_recap = [p for p in WITH_SAMPLE if p.recap is not None]
    assert [s.key for s in data.sections] == [p.key for p in with_recap] == ["service_centre", "production", "savings", "sample"]
    workbook = _workbook_text(write_recap_xlsx(data, tmp_path / "rekap.xlsx"))
    pdf = _pdf_text(write_recap_pdf(data, tmp_path / "rekap.pdf"))
    for pillar in with_recap:
        title = _(pillar.recap.title)
        assert title in workbook, pillar.key
        assert title.upper() in pdf.upper(), pillar.key
    assert "Baris contoh 42" in workbook and "Baris contoh 42" in pdf


def test_each_pillars_page_opens(qtbot, demo_ctx):
    village = get_village(demo_ctx)
    window = MainWindow(demo_ctx, Settings(), village, WITH_SAMPLE)
    qtbot.addWidget(window)
    keys = [page.key for p in WITH_SAMPLE for page in p.pages]
    assert window.pages == ("home", *keys, "recap", "settings")
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Beranda", "Penduduk", "Keluarga", "Buku Tamu", "AK-1", "Dokumen Keberangkatan", "Lowongan", "Pengaduan",
        "Usaha Produktif", "Simpan Pinjam", "Pilar contoh", "Rekap & Ekspor",
        "Pengaturan"]
    for i, key in enumerate(window.pages):
        window.nav.setCurrentRow(i)
        page = window.stack.currentWidget()
        assert page is window.page(key) and type(page).__name__ != "QWidget", key
    assert isinstance(window.page("sample"), QLabel)
    assert window.page("sample").text() == "Halaman contoh: desa Kuripan"
    window.shutdown()


def test_kegiatan_shows_every_pillars_tabs(qtbot, demo_ctx):
    from desmig_desktop.registry.services.search import PersonQuery, list_persons

    row = list_persons(demo_ctx, PersonQuery(), 0, 1)[0]  # anyone registered will do
    dialog = PersonActivityDialog(demo_ctx, row.id, activity_sources(WITH_SAMPLE))
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i).split(" (")[0] for i in range(dialog.tabs.count())]
    assert tabs == ["Buku tamu", "AK-1", "Pengaduan", "Kelompok", "Sosialisasi", "Pelatihan", "Bagi hasil", "Simpanan", "Pinjaman", "Contoh"]
    assert dialog.summary.text().endswith("Contoh: satu baris.")
    assert dialog.models["sample"].rowCount() == 1


def test_the_cli_and_the_demo_are_built_from_the_list(demo, tmp_path, capsys):
    from desmig_desktop.core.context import ServiceContext

    assert cli_main(["--db", str(demo), "sample", "count"], WITH_SAMPLE) == 0
    from desmig_desktop.registry.services.search import PersonQuery, count_persons

    ctx = ServiceContext.open(demo)
    try:
        living_here = count_persons(ctx, PersonQuery())
    finally:
        ctx.close()
    assert capsys.readouterr().out.strip() == f"contoh: {living_here} orang"
    # the registry and the sample pillar that uses it: every builder of the list runs, in its order (the full
    # list's demo is built once per session, conftest `demo_build`; building it again here cost ~10 s)
    registry_and_sample = (next(p for p in PILLARS if p.key == "registry"), SAMPLE)
    check_order(registry_and_sample)
    ctx = ServiceContext.open(tmp_path / "baru.db", officer="Uji Demo")
    try:
        summary = build_demo(ctx, registry_and_sample)
    finally:
        ctx.close()
    assert sample_pillar.DEMO_CALLS == ["Uji Demo"]
    assert len(summary) == 2 and summary[0].persons == 2134 and summary[-1] is None
