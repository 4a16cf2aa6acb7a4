"""The share-out statement and slips (PDF), from a share-out made through the real services, read back with pypdf.

Kelompok Salak (Bariyah ketua, Surtini bendahara), 1 July – 31 August 2026: Bariyah and Tukinem took part in 2 batches, Surtini in 1, Fatonah in none;
sales Rp3.000.000, material Rp800.000, other costs Rp199.999: profit Rp2.000.001, Rp666.000 each (rounded to the group's Rp1.000), Rp2.001 to the cash.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from pypdf import PdfReader

from desmig_desktop.production.reports.share_pdf import write_share_pdf
from desmig_desktop.production.services import groups, sharing
from desmig_desktop.production.services import products as production
from desmig_desktop.production.services.groups import GroupInput
from desmig_desktop.production.services.products import BatchInput, SaleInput
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput
from desmig_desktop.registry.services.village import get_village

WORDS = "enam ratus enam puluh enam ribu rupiah"


@pytest.fixture
def salak(ctx, village):  # type: ignore[no-untyped-def]
    people = []
    for i, name in enumerate(["Bariyah", "Tukinem", "Surtini", "Fatonah"], start=1):
        born = date(1980 + i, i, 10 + i)
        people.append(registry.register_person(ctx, PersonInput(make_nik("330709", born, "P", i), name, "P", born)).id)
    gid = groups.create_group(ctx, GroupInput("Kelompok Salak", "salak", date(2026, 1, 5))).id
    for pid, role in zip(people, ("ketua", "anggota", "bendahara", "anggota")):
        groups.add_member(ctx, gid, pid, date(2026, 1, 10), role)
    dodol = production.add_product(ctx, gid, "Dodol salak", "bungkus", 15_000).id
    production.record_batch(ctx, BatchInput(dodol, date(2026, 7, 10), 100, 400_000, tuple(people[:3])))
    production.record_batch(ctx, BatchInput(dodol, date(2026, 8, 1), 100, 400_000, tuple(people[:2])))
    production.record_sale(ctx, SaleInput(dodol, date(2026, 8, 5), 200, 15_000, "pameran"))
    production.record_cost(ctx, gid, date(2026, 8, 10), "Kemasan", 199_999)
    sharing.finalise_share(ctx, gid, date(2026, 7, 1), date(2026, 8, 31))
    return gid, people, dodol


def _pages(path) -> list[str]:  # type: ignore[no-untyped-def]
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _assert_fonts_embedded(path) -> None:  # type: ignore[no-untyped-def]
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "Helvetica" not in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]


def test_statement_lists_figures_members_and_signatures(ctx, salak, tmp_path):
    gid, _, _ = salak
    [share] = sharing.list_shares(ctx, gid)
    out = write_share_pdf(share, get_village(ctx), tmp_path / "bagi-hasil.pdf", officer="Siti Petugas")
    pages = _pages(out)
    first = pages[0]
    for words in ("PEMERINTAH KABUPATEN WONOSOBO", "DESA KURIPAN", "BERITA ACARA BAGI HASIL KELOMPOK SALAK",
                  "Periode 1 Juli 2026 s.d. 31 Agustus 2026",
                  "Aturan pembagian : Sama rata di antara anggota yang ikut produksi", "Jumlah produksi : 2 kali",
                  "Status : FINAL, ditetapkan", "Pendapatan penjualan Rp3.000.000", "Dikurangi biaya bahan Rp800.000",
                  "Dikurangi biaya lain Rp199.999", "Keuntungan bersih Rp2.000.001",
                  "No. Nama Jumlah produksi diikuti Bagian (Rp)", "1 Bariyah 2 Rp666.000", "2 Surtini 1 Rp666.000",
                  "3 Tukinem 2 Rp666.000", "Jumlah dibagikan Rp1.998.000", "Sisa pembulatan masuk kas kelompok: Rp2.001",
                  "Ketua Kelompok Bendahara Petugas Desmigratif", "Mengetahui,", "Kepala Desa Kuripan",
                  "Bariyah Surtini Siti Petugas Bapak Kades"):  # the ketua and bendahara sign by name
        assert words in first, words
    assert "Fatonah" not in " ".join(pages)  # took part in no batch: no share, no slip
    assert "DIBATALKAN" not in " ".join(pages) and "USULAN" not in " ".join(pages)
    # The slips: one per member, on the next page, with the amount in figures and in words.
    slips = " ".join(pages[1:])
    assert slips.count("SLIP BAGI HASIL") == 3 and slips.count("potong di sini") == 2
    for name, runs in (("Bariyah", 2), ("Surtini", 1), ("Tukinem", 2)):
        assert (f"Nama penerima : {name} Produksi diikuti : {runs} kali Jumlah : Rp666.000 "
                f"Terbilang : {WORDS}") in slips, name
    for name in ("Bariyah", "Tukinem"):
        assert f"Bendahara Penerima (Surtini) ({name})" in slips  # the bendahara pays, the member receives
    # The bendahara's own share is paid out by the ketua, named: she does not sign as payer and payee.
    assert "Ketua Kelompok Penerima (Bariyah) (Surtini)" in slips and "(Surtini) (Surtini)" not in slips
    assert "Kelompok : Kelompok Salak Periode : 1 Juli 2026 s.d. 31 Agustus 2026" in slips
    for n, text in enumerate(pages, 1):
        assert f"Halaman {n} dari {len(pages)}" in text
    _assert_fonts_embedded(out)
    assert PdfReader(out).metadata.title == (
        "Berita Acara Bagi Hasil Kelompok Salak \u2014 1 Juli 2026 s.d. 31 Agustus 2026")


def test_reversed_share_says_dibatalkan_on_every_page(ctx, salak, tmp_path):
    gid, _, _ = salak
    sharing.reverse_share(ctx, sharing.list_shares(ctx, gid)[0].id, "salah catat penjualan")
    [share] = sharing.list_shares(ctx, gid)
    pages = _pages(write_share_pdf(share, get_village(ctx), tmp_path / "batal.pdf"))
    assert "Alasan: salah catat penjualan. Bagi hasil ini tidak berlaku." in pages[0]
    assert "DIBATALKAN pada" in pages[0] and "Kepala Desa Kuripan" in pages[0]  # still one page
    for text in pages:
        assert "DIBATALKAN" in text
    assert "(" + "." * 28 + ")" in pages[0]  # no officer named: a dotted line to write the name on


def test_proposal_is_marked_and_not_signed(ctx, salak, tmp_path):
    gid, people, dodol = salak
    production.record_batch(ctx, BatchInput(dodol, date(2026, 10, 1), 100, 0, tuple(people[:3])))
    production.record_sale(ctx, SaleInput(dodol, date(2026, 10, 2), 100, 10_000, "whatsapp"))
    proposal = sharing.propose_share(ctx, gid)  # since the last share-out, up to today (23 November 2026)
    assert proposal.id is None and proposal.remainder == 1_000  # 333.000 each
    out = write_share_pdf(proposal, get_village(ctx), tmp_path / "usulan.pdf", officer="Siti Petugas")
    pages = _pages(out)
    first = pages[0]
    for words in ("USULAN BAGI HASIL KELOMPOK SALAK", "Periode 1 September 2026 s.d. 23 November 2026",
                  "USULAN \u2014 belum final", "Keuntungan bersih Rp1.000.000", "1 Bariyah 1 Rp333.000",
                  "Jumlah dibagikan Rp999.000", "Sisa pembulatan masuk kas kelompok: Rp1.000"):
        assert words in first, words
    assert "Demikian berita acara" not in first and "Ketua Kelompok" not in first
    for text in pages:
        assert "USULAN \u2014 BELUM FINAL" in text  # the watermark
    assert " ".join(pages).count("SLIP BAGI HASIL") == 3
    assert "tiga ratus tiga puluh tiga ribu rupiah" in " ".join(pages)


def test_failed_write_keeps_the_old_file(ctx, salak, tmp_path):
    gid, _, _ = salak
    folder = tmp_path / "ekspor"
    folder.mkdir()
    out = folder / "bagi-hasil.pdf"
    out.write_bytes(b"versi lama")
    share = sharing.list_shares(ctx, gid)[0]
    huge = dataclasses.replace(share.lines[0], name="kata " * 5_000)  # taller than a page: cannot be laid out
    with pytest.raises(Exception):
        write_share_pdf(dataclasses.replace(share, lines=(huge,)), get_village(ctx), out)
    assert out.read_bytes() == b"versi lama" and [p.name for p in folder.iterdir()] == ["bagi-hasil.pdf"]


LONG = "sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan rupiah"


@pytest.mark.parametrize("amount, words", [
    (9_999_999, LONG),
    (987_654_321, "sembilan ratus delapan puluh tujuh juta enam ratus lima puluh empat ribu tiga ratus dua puluh satu"
                  " rupiah"),
    (999_999_999_999, "sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta"),
])
def test_thirteen_slips_take_five_pages_whatever_the_words(ctx, salak, tmp_path, amount, words):
    """Amounts whose words wrap over two or three lines, and a name that wraps: still three slips a page."""
    gid, _, _ = salak
    share = sharing.list_shares(ctx, gid)[0]
    names = [f"Anggota {n:02d}" for n in range(1, 13)] + ["Siti Maesaroh binti Abdul Rahman Wijayakusuma Hadiningrat"]
    lines = tuple(dataclasses.replace(share.lines[0], person_id=f"p{n}", name=name, amount=amount)
                  for n, name in enumerate(names))
    out = write_share_pdf(dataclasses.replace(share, lines=lines), get_village(ctx), tmp_path / "tiga-belas.pdf")
    pages = _pages(out)
    assert len(pages) == 1 + 5  # the statement, then 13 slips three to a page
    assert [text.count("SLIP BAGI HASIL") for text in pages] == [0, 3, 3, 3, 3, 1]
    assert [text.count("potong di sini") for text in pages] == [0, 2, 2, 2, 2, 0]
    slips = " ".join(pages[1:])
    assert slips.count(f"Terbilang : {words}") == 13
    assert "(Siti Maesaroh binti Abdul Rahman Wijayakusuma Hadiningrat)" in slips
