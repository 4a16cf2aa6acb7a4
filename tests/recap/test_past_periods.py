"""A past period's recap shows the facts as they were at its end, and does not move when history goes on."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from desmig_desktop.core.periods import Period, parse_period
from desmig_desktop.recap.dataset import build_recap
from desmig_desktop.recap.pdf import write_recap_pdf
from desmig_desktop.recap.xlsx import write_recap_xlsx
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PlacementInput
from tests.conftest import person_input

HK = dict(country="Hong Kong", sector="informal", route="prosedural")


def _book(ctx, period: Period, path):  # type: ignore[no-untyped-def]
    wb = load_workbook(write_recap_xlsx(build_recap(ctx, period), path))
    return {name: [list(row) for row in wb[name].iter_rows(values_only=True)] for name in wb.sheetnames}


def _register(book) -> dict[str, list]:  # type: ignore[no-untyped-def]
    return {row[3]: row for row in book["Register PMI"][1:]}


def test_the_2017_recap_does_not_move_when_later_history_is_recorded(ctx, village, tmp_path):
    sularmi = registry.register_person(ctx, person_input("Sularmi", "P", date(1985, 2, 14), 2)).id
    ani = registry.register_person(ctx, person_input("Ani Rahayu", "P", date(1995, 8, 17), 5)).id
    registry.add_placement(ctx, sularmi, PlacementInput("aktif", departed_on=date(2016, 3, 1), **HK))
    registry.add_placement(ctx, ani, PlacementInput("calon", registered_on=date(2017, 5, 2), **HK))
    year = Period.year(2017)
    before = _book(ctx, year, tmp_path / "before.xlsx")
    data = build_recap(ctx, year)
    assert (data.status_total("aktif"), data.status_total("calon"), data.lost_contact) == (1, 1, 0)

    # Later: Ani leaves in 2018; contact with Sularmi is lost in June 2018, and she comes home in 2019.
    ani_pl = registry.get_person(ctx, ani).placements[0]
    registry.update_placement(ctx, ani_pl.id, PlacementInput("aktif", registered_on=date(2017, 5, 2),
                                                            departed_on=date(2018, 2, 1), **HK))
    pl = registry.get_person(ctx, sularmi).placements[0]
    registry.update_placement(ctx, pl.id, PlacementInput("aktif", departed_on=date(2016, 3, 1),
                                                        last_contact_on=date(2018, 6, 1), lost_contact=True, **HK))
    registry.update_placement(ctx, pl.id, PlacementInput("purna", departed_on=date(2016, 3, 1),
                                                        returned_on=date(2019, 5, 1), **HK))
    newcomer = registry.register_person(ctx, person_input("Rina Wati", "P", date(1990, 1, 1), 7)).id
    registry.record_life_event(ctx, newcomer, "pindah_datang", date(2019, 3, 1))

    after = _book(ctx, year, tmp_path / "after.xlsx")  # (what has no date — country, job — is as recorded now)
    assert after == before  # every cell of the summary and of the register
    rows = _register(after)
    assert rows["Sularmi"][9:] == ["PMI aktif", "Hong Kong", "Informal", "Prosedural", None, None,
                                    rows["Sularmi"][15], None, "Tidak"]
    assert rows["Ani Rahayu"][9] == "Calon PMI" and rows["Ani Rahayu"][15] is None  # left in 2018: blank in 2017
    assert registry.get_person(ctx, sularmi).status == "purna"  # today's status did move

    in_2018 = build_recap(ctx, Period.year(2018))  # the lost contact was recorded for 2018
    assert (in_2018.status_total("aktif"), in_2018.lost_contact) == (2, 1)
    assert _register(_book(ctx, Period.year(2018), tmp_path / "2018.xlsx"))["Sularmi"][17] == "Ya"
    assert build_recap(ctx, Period.year(2019)).lost_contact == 0  # home in 2019


def test_a_recap_of_a_period_not_ended_yet_says_sementara_with_the_day_it_was_made(ctx, village, tmp_path):
    current = build_recap(ctx, parse_period("2026-11"))  # made on 23 November 2026
    assert current.provisional and not build_recap(ctx, parse_period("2026-10")).provisional
    wb = load_workbook(write_recap_xlsx(current, tmp_path / "r.xlsx"))
    texts = [c for row in wb["Ringkasan"].iter_rows(max_row=9, values_only=True) for c in row if c]
    assert "Keadaan per tanggal: 30 November 2026 (sementara: periode belum berakhir, data sampai 23 November 2026)" \
        in texts
    text = " ".join(p.extract_text() for p in PdfReader(write_recap_pdf(current, tmp_path / "r.pdf")).pages)
    assert "sementara: periode belum berakhir, data sampai 23 November 2026" in " ".join(text.split())
    ended = load_workbook(write_recap_xlsx(build_recap(ctx, parse_period("2026-10")), tmp_path / "o.xlsx"))
    assert "Keadaan per tanggal: 31 Oktober 2026" in [c for row in ended["Ringkasan"].iter_rows(max_row=9,
                                                                                               values_only=True)
                                                      for c in row if c]


def test_a_departure_under_18_recorded_as_a_fact_is_counted_di_bawah_umur(ctx, village, tmp_path):
    kid = registry.register_person(ctx, person_input("Rina Wati", "P", date(2005, 6, 1), 9)).id
    adult = registry.register_person(ctx, person_input("Sri Wahyuni", "P", date(1990, 6, 1), 10)).id
    registry.add_placement(ctx, kid, PlacementInput(
        "aktif", "Malaysia", "informal", route="non_prosedural", departed_on=date(2022, 1, 10),
        departure_note="Umur dipalsukan di paspor: berangkat umur 16 tahun"))
    registry.add_placement(ctx, adult, PlacementInput("aktif", "Malaysia", "informal", route="non_prosedural",
                                                      departed_on=date(2022, 1, 10)))
    data = build_recap(ctx, Period.year(2023))
    assert data.underage == 1 and data.status_total("aktif") == 2
    wb = load_workbook(write_recap_xlsx(data, tmp_path / "r.xlsx"))
    rows = [row for row in wb["Ringkasan"].iter_rows(values_only=True)]
    at = next(i for i, r in enumerate(rows) if r[0] == "4. PMI aktif menurut jalur penempatan")
    table = {r[1]: tuple(r[2:5]) for r in rows[at + 2:at + 6] if r[1]}
    assert table["Berangkat di bawah umur 18 tahun (non-prosedural, UU 18/2017)"] == (0, 1, 1)
    assert table["Non-prosedural"] == (0, 1, 1) and table["Jumlah"] == (0, 2, 2)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(write_recap_pdf(data, tmp_path / "r.pdf")).pages)
    assert "Berangkat di bawah umur 18 tahun (non-prosedural, UU 18/2017)" in text
