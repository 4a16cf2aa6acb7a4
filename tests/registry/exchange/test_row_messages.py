"""Row messages name the real fault: a letter in a NIK, a date no calendar has, a stray apostrophe (which is
Excel's text marker, stripped, never counted)."""

from __future__ import annotations

from desmig_desktop.core import i18n
from desmig_desktop.registry.exchange.persons_import import import_persons


def test_a_letter_in_the_nik_is_named_not_counted(ctx, village, files):
    rows = files.good_rows()[:1]
    rows[0][0] = rows[0][0][:4] + "A" + rows[0][0][5:]
    result = import_persons(ctx, files.csv(rows))
    assert [str(e) for e in result.errors] == [
        "baris 2, kolom NIK: NIK berisi huruf 'A' (karakter ke-5): NIK hanya 16 angka, periksa lagi KTP/KK."]
    rows[0][0], rows[0][1] = files.good_rows()[0][0], files.KK1[:15] + "/"
    result = import_persons(ctx, files.csv(rows))
    assert len(result.errors) == 1 and "No KK berisi tanda '/' (karakter ke-16)" in result.errors[0].message


def test_an_impossible_date_says_which_day_does_not_exist(ctx, village, files):
    rows = files.good_rows()[:1]
    rows[0][5] = "31-02-1990"
    result = import_persons(ctx, files.csv(rows))
    assert [(e.column, e.message) for e in result.errors] == [
        ("Tanggal Lahir", "tanggal tidak ada: 31 Februari 1990. Periksa lagi tanggalnya di dokumen.")]
    rows[0][5] = "12/13/1990"
    assert "bulan 13 tidak ada" in import_persons(ctx, files.csv(rows)).errors[0].message
    rows[0][5] = "kemarin"
    assert "tidak dikenal" in import_persons(ctx, files.csv(rows)).errors[0].message
    i18n.set_language("en")
    try:
        rows[0][5] = "30/02/1991"
        assert "30 February 1991" in import_persons(ctx, files.csv(rows)).errors[0].message
    finally:
        i18n.set_language("id")


def test_a_leading_apostrophe_is_excel_text_marker_and_is_dropped(ctx, village, files):
    rows = files.good_rows()[:2]
    typed_nik, typed_kk = rows[0][0], rows[0][1]
    rows[0][0], rows[0][1], rows[1][1] = "'" + typed_nik, "'" + typed_kk, "' " + typed_kk
    result = import_persons(ctx, files.csv(rows))
    assert result.errors == () and result.written
    from desmig_desktop.registry.services.search import PersonQuery, list_persons

    people = {p.name: p for p in list_persons(ctx, PersonQuery())}
    assert people["Slamet Riyadi"].nik == typed_nik and people["Slamet Riyadi"].no_kk == typed_kk
