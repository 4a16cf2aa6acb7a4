"""The Usaha Produktif section of the recap (workbook sheet "Kelompok Produksi" and PDF), from real services.

Period 2026-Q3 (1 July – 30 September 2026):
- Kelompok Salak (4 members since 10 January 2026): Fatonah left on 15 August (back to work abroad);
  2 batches (200 bungkus, Rp800.000 material), sales Rp2.250.000 at an exhibition + Rp750.000 on WhatsApp,
  other cost Rp199.999, profit Rp2.000.001 shared out; a socialisation meeting reaching 5 people, a training
  attended by 3 members, aid Rp2.000.000 (village) + Rp12.500.000 (Kemnaker), one exhibition.
- Kelompok Batik: 2 members joined on 1 August 2026, nothing else.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from desmig_desktop.activities.services.events import create_event
from desmig_desktop.activities.services.trainings import TrainingInput, create_training, record_socialisation
from desmig_desktop.app import PILLARS
from desmig_desktop.core.periods import parse_period
from desmig_desktop.production.reports.section import group_tables, groups_pdf
from desmig_desktop.production.reports.section_xlsx import write_groups_xlsx
from desmig_desktop.production.services import groups, sharing
from desmig_desktop.production.services import products as production
from desmig_desktop.production.services.aid import AidInput, AidItemInput, record_aid
from desmig_desktop.production.services.groups import GroupInput
from desmig_desktop.production.services.products import BatchInput, SaleInput
from desmig_desktop.recap.dataset import build_recap
from desmig_desktop.recap.pdf import write_recap_pdf
from desmig_desktop.recap.xlsx import SummarySheet, write_recap_xlsx
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput
from desmig_desktop.reports.pdf_kit import PdfKit
from desmig_desktop.reports.tables import COUNT, MONEY, TEXT, Column, ReportTable, pdf_grid

NAMES = ["Bariyah", "Tukinem", "Surtini", "Fatonah", "Sumini", "Parjo"]


@pytest.fixture
def data(ctx, village):  # type: ignore[no-untyped-def]
    people = []
    for i, name in enumerate(NAMES, start=1):
        sex = "L" if name == "Parjo" else "P"
        born = date(1980 + i, i, 10 + i)
        people.append(registry.register_person(ctx, PersonInput(make_nik("330709", born, sex, i), name, sex, born)).id)
    salak = groups.create_group(ctx, GroupInput("Kelompok Salak", "salak", date(2026, 1, 5))).id
    batik = groups.create_group(ctx, GroupInput("Kelompok Batik", "batik", date(2026, 7, 20))).id
    for pid in people[:4]:
        groups.add_member(ctx, salak, pid, date(2026, 1, 10))
    for pid in people[4:]:
        groups.add_member(ctx, batik, pid, date(2026, 8, 1))
    farida = next(m for m in groups.get_group(ctx, salak).members if m.name == "Fatonah")
    groups.end_membership(ctx, farida.id, date(2026, 8, 15), "kerja_luar_negeri", "berangkat ke Taiwan")
    dodol = production.add_product(ctx, salak, "Dodol salak", "bungkus", 15_000).id
    production.record_batch(ctx, BatchInput(dodol, date(2026, 7, 10), 100, 400_000, tuple(people[:3])))
    production.record_batch(ctx, BatchInput(dodol, date(2026, 8, 1), 100, 400_000, tuple(people[:2])))
    event = create_event(ctx, "Pameran Produk Desmigratif", "pameran", date(2026, 8, 5), None,
                                    "Wonosobo", (salak,)).id
    production.record_sale(ctx, SaleInput(dodol, date(2026, 8, 5), 150, 15_000, "pameran", event))
    production.record_sale(ctx, SaleInput(dodol, date(2026, 8, 6), 50, 15_000, "whatsapp"))
    production.record_cost(ctx, salak, date(2026, 8, 10), "Kemasan", 199_999)
    # aid in cash is the group's money: recorded before the share-out closes its period
    record_aid(ctx, AidInput(salak, "modal_uang", "pemdes", date(2026, 7, 2),
                             (AidItemInput("Modal usaha", 1, "paket", 2_000_000),)))
    record_aid(ctx, AidInput(salak, "peralatan", "kemnaker", date(2026, 7, 20),
                             (AidItemInput("Vacuum fryer", 1, "unit", 12_500_000),)))
    sharing.finalise_share(ctx, salak, date(2026, 7, 1), date(2026, 8, 31))
    record_socialisation(ctx, date(2026, 7, 1), "pertemuan", "Usaha produktif", group_id=salak,
                         attendee_ids=(*people[:4], people[5]))
    create_training(ctx, TrainingInput("Pengemasan produk", "pengemasan", "blk", date(2026, 9, 3),
                                       group_ids=(salak,), attendee_ids=tuple(people[:3])))
    return build_recap(ctx, parse_period("2026-Q3"), PILLARS)


def _tables(ws) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    """The sheet's numbered tables: title -> rows (header rows included), each cut at its last value."""
    tables: dict[str, list[tuple]] = {}
    current = None
    for row in ws.iter_rows(values_only=True):
        first = row[0]
        if isinstance(first, str) and re.match(r"^\d+\. ", first):
            current = tables.setdefault(first, [])
        elif current is not None and any(v is not None for v in row):
            values = list(row)
            while values and values[-1] is None:
                values.pop()
            current.append(tuple(values))
        elif current is not None:
            current = None
    return tables


def _values(*sheets) -> list[object]:  # type: ignore[no-untyped-def]
    return [c for ws in sheets for row in ws.iter_rows(values_only=True) for c in row if c is not None]


def _text(path) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_workbook_has_a_groups_sheet_with_values(data, tmp_path):
    out = write_recap_xlsx(data, tmp_path / "rekap.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Ringkasan", "Kelompok Produksi", "Register PMI"]
    summary = _values(wb["Ringkasan"])
    assert "7\u201314. Kelompok produksi: lihat lembar \u201cKelompok Produksi\u201d" in summary
    ws = wb["Kelompok Produksi"]
    assert [c for row in ws.iter_rows(max_row=3, values_only=True) for c in row if c] == [
        "Usaha Produktif \u2014 Kelompok Produksi", "Desa Kuripan",
        "Periode: Triwulan III 2026 (1 Juli 2026 s.d. 30 September 2026)"]
    t = _tables(ws)
    assert list(t) == ["7. Kelompok produksi: anggota dan retensi",
                       "8. Kelompok produksi: produksi, penjualan dan bagi hasil",
                       "9. Penjualan kelompok menurut saluran", "10. Bantuan kelompok menurut sumber",
                       "11. Jumlah bantuan menurut sumber", "12. Jumlah bantuan menurut jenis",
                       "13. Tahap pemberdayaan per kelompok", "14. Anggota kelompok yang keluar dalam periode"]

    members = t["7. Kelompok produksi: anggota dan retensi"]
    assert members[0] == ("No.", "Kelompok", "Anggota aktif", "Masuk", "Keluar", "Anggota awal periode",
                          "Masih aktif", "Retensi")
    assert members[1:-1] == [(1, "Kelompok Batik", 2, 2, 0, 0, 0, "\u2013"), (2, "Kelompok Salak", 3, 0, 1, 4, 3, 0.75),
                             (None, "Jumlah", 5, 2, 1, 4, 3, 0.75)]
    assert members[-1][0].startswith("Anggota aktif dihitung pada akhir periode.")
    retention = next(r for r in ws.iter_rows() if r[1].value == "Kelompok Salak")[7]
    assert retention.number_format == "0.0%" and retention.data_type == "n"

    money = t["8. Kelompok produksi: produksi, penjualan dan bagi hasil"]
    assert money[2] == (2, "Kelompok Salak", 2, 200, 3_000_000, 2_000_001, 1_998_000)
    assert money[-2] == (None, "Jumlah", 2, 200, 3_000_000, 2_000_001, 1_998_000)
    sales = next(r for r in ws.iter_rows() if r[1].value == "Kelompok Salak" and r[4].value == 3_000_000)[4]
    assert sales.data_type == "n" and sales.number_format == '"Rp"#,##0'

    assert t["9. Penjualan kelompok menurut saluran"][1:] == [
        (1, "Kelompok Salak", "Pameran/bazar", 2_250_000), (2, "Kelompok Salak", "WhatsApp", 750_000),
        (None, "Jumlah", None, 3_000_000)]
    assert t["10. Bantuan kelompok menurut sumber"][1:] == [
        (1, "Kelompok Salak", "Kemnaker", 12_500_000), (2, "Kelompok Salak", "Pemerintah Desa", 2_000_000),
        (None, "Jumlah", None, 14_500_000)]
    # The totals for all groups, per source and per kind: values, not formulas (checked below).
    assert t["11. Jumlah bantuan menurut sumber"][:-1] == [
        ("No.", "Sumber bantuan", "Diterima dalam periode", "Diterima sampai akhir periode"),
        (1, "Kemnaker", 12_500_000, 12_500_000), (2, "Pemerintah Desa", 2_000_000, 2_000_000),
        (None, "Jumlah", 14_500_000, 14_500_000)]
    assert t["12. Jumlah bantuan menurut jenis"][1:-1] == [
        (1, "Peralatan", 12_500_000, 12_500_000), (2, "Modal uang", 2_000_000, 2_000_000),
        (None, "Jumlah", 14_500_000, 14_500_000)]

    stages = t["13. Tahap pemberdayaan per kelompok"]
    assert stages[0] == ("No.", "Kelompok", "Penyadaran", None, "Pengkapasitasan", None, "Pendayaan")
    assert stages[1] == (None, None, "Kegiatan sosialisasi", "Orang terjangkau", "Pelatihan", "Kehadiran anggota",
                         "Bantuan", "Pameran/bazar diikuti")
    assert stages[3] == (2, "Kelompok Salak", 1, 5, 1, 3, 14_500_000, 1)
    assert "C{0}:D{0}".format(next(r[0].row for r in ws.iter_rows() if r[2].value == "Penyadaran")) in {
        str(m) for m in ws.merged_cells.ranges}

    left = t["14. Anggota kelompok yang keluar dalam periode"]
    assert left[0] == ("No.", "Kelompok", "Alasan keluar", "Tanggal masuk", "Tanggal keluar")
    assert left[1] == (1, "Kelompok Salak", "Kembali bekerja ke luar negeri", datetime(2026, 1, 10),
                       datetime(2026, 8, 15))
    assert left[2] == ("Nama anggota tidak dicantumkan untuk melindungi data pribadi.",)
    # Names of members (the register lists only migrants) and the officer's note stay on the laptop.
    for value in _values(*wb.worksheets):
        assert "Fatonah" not in str(value) and "Taiwan" not in str(value)
    with zipfile.ZipFile(out) as z:
        assert not any("<f>" in z.read(n).decode() for n in z.namelist() if "worksheets/" in n)


def test_dropout_names_only_with_full_personal_data(data, tmp_path):
    section = data.section("production")
    assert [c.header for c in group_tables(section)[-1].columns] == [
        "No.", "Kelompok", "Alasan keluar", "Tanggal masuk", "Tanggal keluar"]
    wb = Workbook(write_only=True)
    sheet = SummarySheet(wb, wb.create_sheet("Ringkasan"))
    write_groups_xlsx(sheet, section, data, include_nik=True)
    wb.save(tmp_path / "lengkap.xlsx")
    left = _tables(load_workbook(tmp_path / "lengkap.xlsx")["Kelompok Produksi"])[
        "8. Anggota kelompok yang keluar dalam periode"]
    assert left[0] == ("No.", "Kelompok", "Nama", "Alasan keluar", "Tanggal masuk", "Tanggal keluar", "Keterangan")
    assert left[1][:4] == (1, "Kelompok Salak", "Fatonah", "Kembali bekerja ke luar negeri")
    assert left[1][-1] == "berangkat ke Taiwan" and len(left) == 2  # no privacy note

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    kit = PdfKit(A4[0] - 4 * 28.35)
    SimpleDocTemplate(str(tmp_path / "lengkap.pdf"), pagesize=A4).build(groups_pdf(kit, section, data, include_nik=True))
    text = _text(tmp_path / "lengkap.pdf")
    assert "Kelompok Salak Fatonah Kembali bekerja ke luar negeri 10/01/2026 15/08/2026 berangkat ke Taiwan" in text


def test_recap_pdf_shows_the_groups_section(data, tmp_path):
    text = _text(write_recap_pdf(data, tmp_path / "rekap.pdf"))
    assert "6. PMI aktif yang hilang kontak" in text
    at = text.index("USAHA PRODUKTIF \u2014 KELOMPOK PRODUKSI")
    assert text.index("6. PMI aktif yang hilang kontak") < at < text.index("Mengetahui")
    section = text[at:text.index("Mengetahui")]
    for words in ("7. Kelompok produksi: anggota dan retensi", "1 Kelompok Batik 2 2 0 0 0 \u2013",
                  "2 Kelompok Salak 3 0 1 4 3 75,0%", "Jumlah 5 2 1 4 3 75,0%",
                  "2 Kelompok Salak 2 200 Rp3.000.000 Rp2.000.001 Rp1.998.000",
                  "1 Kelompok Salak Pameran/bazar Rp2.250.000", "2 Kelompok Salak WhatsApp Rp750.000",
                  "1 Kelompok Salak Kemnaker Rp12.500.000", "Jumlah Rp14.500.000",
                  "11. Jumlah bantuan menurut sumber", "No. Sumber bantuan Dalam periode S.d. akhir periode",
                  "1 Kemnaker Rp12.500.000 Rp12.500.000 2 Pemerintah Desa Rp2.000.000 Rp2.000.000 "
                  "Jumlah Rp14.500.000 Rp14.500.000", "12. Jumlah bantuan menurut jenis",
                  "1 Peralatan Rp12.500.000 Rp12.500.000 2 Modal uang Rp2.000.000 Rp2.000.000",
                  "13. Tahap pemberdayaan per kelompok", "Penyadaran Pengkapasitasan Pendayaan",
                  "Kegiatan Orang Pelatihan Hadir Bantuan Promosi", "2 Kelompok Salak 1 5 1 3 Rp14.500.000 1",
                  "1 Kelompok Salak Kembali bekerja ke luar negeri 10/01/2026 15/08/2026",
                  "Nama anggota tidak dicantumkan untuk melindungi data pribadi."):
        assert words in section, words
    assert "Fatonah" not in text and "Taiwan" not in text


def test_wide_tables_fit_the_page_and_figures_never_wrap():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    kit = PdfKit(A4[0] - 4 * cm)
    cols = (Column("Kelompok", TEXT), *(Column(f"Penjualan {i}", MONEY) for i in range(4)), Column("Anggota", COUNT))
    rows = (("Kelompok Usaha Bersama Olahan Salak Pondoh Dusun Sigaluh", 1_234_567_890, 8_000_000, 0, 15, 1_046),)
    table = pdf_grid(kit, ReportTable("Lebar", cols, rows))
    widths = table._colWidths  # noqa: SLF001 (reportlab keeps them here)
    assert sum(widths) == pytest.approx(kit.width)
    assert widths[1] > stringWidth("Rp1.234.567.890", "DesmigSans", 7)  # the figure stays on one line
    assert widths[0] > 2 * cm  # the long name wraps in a column of its own


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file):  # type: ignore[no-untyped-def]
    """The demo village (seed 002: Rp8.000.000 from the village, split over the four groups in 2017)."""
    from desmig_desktop.core.context import ServiceContext

    from tests.conftest import demo_copy

    ctx = ServiceContext.open(demo_copy(demo_file, tmp_path_factory.mktemp("demo") / "kuripan.db"),
                              officer="Petugas Demo")
    ctx.today_override = date(2026, 11, 23)
    yield ctx
    ctx.close()


@pytest.mark.parametrize("period", ["2017-12", "2017"])
def test_demo_recap_shows_the_village_aid_of_2017(demo, tmp_path, period):
    """December 2017 received no aid, but the groups hold Rp8.000.000 from the village by its end; the year
    2017 received it. Read back from the workbook and the PDF."""
    data = build_recap(demo, parse_period(period), PILLARS)
    t = _tables(load_workbook(write_recap_xlsx(data, tmp_path / "rekap.xlsx"))["Kelompok Produksi"])
    # The recap numbers its tables across sections: the service centre's come before Usaha Produktif's.
    titled = {title.split(". ", 1)[1]: rows for title, rows in t.items()}
    by_source = {row[1]: row[2:] for row in titled["Jumlah bantuan menurut sumber"][1:-1]}
    by_kind = {row[1]: row[2:] for row in titled["Jumlah bantuan menurut jenis"][1:-1]}
    in_period = 8_000_000 if period == "2017" else 0
    assert by_source["Pemerintah Desa"] == (in_period, 8_000_000)
    assert by_kind["Modal uang"] == (in_period, 8_000_000)
    assert by_source["Jumlah"] == by_kind["Jumlah"]  # the same aid, counted two ways
    assert by_source["Jumlah"][1] == sum(v[1] for k, v in by_source.items() if k != "Jumlah")
    text = _text(write_recap_pdf(data, tmp_path / "rekap.pdf"))
    section = text[text.index(". Jumlah bantuan menurut sumber"):text.index(". Tahap pemberdayaan")]
    assert f"Pemerintah Desa {'Rp8.000.000' if in_period else 'Rp0'} Rp8.000.000" in section
    assert f"Modal uang {'Rp8.000.000' if in_period else 'Rp0'} Rp8.000.000" in section
