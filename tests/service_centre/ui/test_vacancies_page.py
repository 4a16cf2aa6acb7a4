"""Lowongan: a vacancy added through the form (its messages under the fields when it is incomplete) lists the
registered calon PMI and AK-1 applicants who fit it; an expired vacancy moves to its own list; the information
sheets and the notice-board list are written to PDF and opened."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from desmig_desktop.service_centre.dto import VacancyInput
from desmig_desktop.service_centre.services.ak1 import open_ak1
from desmig_desktop.service_centre.services.vacancies import list_vacancies, save_vacancy
from desmig_desktop.ui.feedback import toasts
from tests.service_centre.conftest import CALON, SEEKER
from tests.service_centre.ui.desk_fixtures import make_env, shot, show_page
from tests.ui.modals import saving

POSITION = "Operator pabrik elektronik"


def _rows(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    model = table.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _fill(d) -> None:  # type: ignore[no-untyped-def]
    d.scope.setCurrentIndex(d.scope.findData("luar_negeri"))
    d.country.setText("Taiwan")
    d.position.setText(POSITION)
    d.employer.setText("PT Maju Jaya Sentosa")
    d.requirements.setPlainText("Sehat, tinggi minimal 150 cm")
    d.sex.setCurrentIndex(d.sex.findData("P"))
    d.age_min.setText("18")
    d.age_max.setText("35")
    d.education.setCurrentIndex(d.education.findData("smp"))
    d.source.setText("Disnaker Wonosobo")
    d.valid_until.set_value(date(2026, 12, 31))


def test_add_a_vacancy_and_see_who_fits(qtbot, ctx, sc_village, sc_people, changes):
    open_ak1(ctx, sc_people.ids[SEEKER], date(2026, 11, 2))  # Agus: an AK-1 applicant, but a man
    page = show_page(qtbot, make_env(qtbot, ctx, sc_village, changes), "vacancies")
    announced = []
    changes.changed.connect(announced.append)
    seen = {}

    def incomplete(d) -> None:  # type: ignore[no-untyped-def]
        d.scope.setCurrentIndex(d.scope.findData("luar_negeri"))
        d.age_min.setText("16")
        seen["dialog"] = d

    page.run_dialog = saving(qtbot, incomplete)
    page.add_vacancy()
    d = seen["dialog"]
    assert d.boxes["position"].text() == "Jabatan/pekerjaan wajib diisi, mis. Operator pabrik."
    assert d.boxes["country"].text() == "Negara tujuan wajib diisi untuk lowongan luar negeri."
    assert "umur minimal 18 tahun" in d.boxes["age_min"].text()
    assert list_vacancies(ctx) == []

    def complete(d) -> None:  # type: ignore[no-untyped-def]
        _fill(d)
        shot(d, "vacancy-dialog")

    page.run_dialog = saving(qtbot, complete)
    page.add_vacancy()
    assert _rows(page.list) == [[POSITION, "Taiwan", "PT Maju Jaya Sentosa", "Perempuan, 18–35 th, min. SMP/Sederajat",
                                 "31/12/2026", "Berlaku"]]
    assert _rows(page.fitting) == [[CALON, "P", "23", "SMA/SMK/Sederajat", "Calon PMI", "081234500013"]]
    assert page.fitting.title.text() == "Pencari kerja yang cocok (1)"
    assert "Persyaratan: Sehat, tinggi minimal 150 cm" in page.details.text()
    assert frozenset({"sc_vacancies"}) in announced
    qtbot.wait(20)  # the layout settles before the screenshot
    shot(page, "vacancies-page")

    def local(d) -> None:  # type: ignore[no-untyped-def]
        d.scope.setCurrentIndex(d.scope.findData("dalam_negeri"))
        assert not d.country.isEnabled()
        d.position.setText("Pemetik teh")
        d.sex.setCurrentIndex(d.sex.findData(None))

    page.run_dialog = saving(qtbot, local)
    page.add_vacancy()
    assert page.selected().position == "Pemetik teh"
    assert {r[0] for r in _rows(page.fitting)} == {CALON, SEEKER}
    assert dict((r[0], r[4]) for r in _rows(page.fitting))[SEEKER] == "Pemohon AK-1"


def test_expired_vacancies_have_their_own_list(qtbot, ctx, sc_village, sc_people, changes):
    save_vacancy(ctx, VacancyInput("luar_negeri", "Perawat lansia", date(2026, 9, 1), country="Jepang",
                                   valid_until=date(2026, 10, 31)))
    save_vacancy(ctx, VacancyInput("luar_negeri", POSITION, date(2026, 11, 1), country="Taiwan"))
    page = show_page(qtbot, make_env(qtbot, ctx, sc_village, changes), "vacancies")
    assert [r[0] for r in _rows(page.list)] == [POSITION]
    page.show_filter.setCurrentIndex(page.show_filter.findData("expired"))
    assert _rows(page.list) == [["Perawat lansia", "Jepang", "", "Terbuka untuk semua", "31/10/2026", "Kedaluwarsa"]]
    page.show_filter.setCurrentIndex(page.show_filter.findData("all"))
    assert page.list.title.text() == "Lowongan (2)"


def test_information_sheets_and_the_vacancy_board_are_printed_and_opened(qtbot, ctx, sc_village, tmp_path, changes):
    save_vacancy(ctx, VacancyInput("luar_negeri", POSITION, date(2026, 11, 1), country="Taiwan"))
    page = show_page(qtbot, make_env(qtbot, ctx, sc_village, changes), "vacancies")
    opened = []
    page.open_file = opened.append
    page.fill_sheets_menu()
    codes = [a.data() for a in page.sheets_menu.actions()]
    assert {"migrasi_aman", "dokumen", "waspada_calo", "hak_pmi"} <= set(codes)
    assert all(a.text() and a.text() != a.data() for a in page.sheets_menu.actions())
    page.ask_path = lambda suggested: tmp_path / "calo"  # typed without ".pdf"
    next(a for a in page.sheets_menu.actions() if a.data() == "waspada_calo").trigger()
    assert opened == [tmp_path / "calo.pdf"]
    assert "Kuripan" in "".join(p.extract_text() for p in PdfReader(opened[0]).pages)
    page.ask_path = lambda suggested: tmp_path / suggested.name
    page.print_board()
    assert opened[-1].name == "papan-lowongan-2026-11-23.pdf"
    board = "".join(p.extract_text() for p in PdfReader(opened[-1]).pages)
    assert POSITION in " ".join(board.split())


def test_delete_a_vacancy_and_undo(qtbot, ctx, sc_village, changes):
    save_vacancy(ctx, VacancyInput("dalam_negeri", "Pemetik teh", date(2026, 11, 1)))
    page = show_page(qtbot, make_env(qtbot, ctx, sc_village, changes), "vacancies")
    asked = []
    page.confirm_delete = lambda what, goes: asked.append(what) or True
    page.delete_vacancy()
    assert asked == ["lowongan Pemetik teh"]
    assert _rows(page.list) == [] and list_vacancies(ctx) == []
    toast = toasts(page)[-1]
    assert toast.text() == "Lowongan Pemetik teh dihapus."
    toast.button.click()
    assert [v.position for v in list_vacancies(ctx)] == ["Pemetik teh"]
    assert page.selected().position == "Pemetik teh"
