"""The service centre's actions on a person's page: Catat kunjungan, Ajukan AK-1 and Buat pengaduan are buttons and
context-menu lines of the Penduduk page, enabled for a selected person, and open their dialogs with that person
picked; what they save is announced on the change bus."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from desmig_desktop.registry.ui.person_page import make_page
from desmig_desktop.service_centre.services.ak1 import open_ak1, person_ak1
from desmig_desktop.service_centre.services.visits import list_visits
from tests.service_centre.conftest import AKTIF, FAMILY, SEEKER
from tests.service_centre.ui.desk_fixtures import make_env, shot
from tests.ui.modals import answer

LABELS = ["Catat kunjungan", "Ajukan AK-1", "Buat pengaduan"]


def _page(qtbot, ctx, sc_village, changes):  # type: ignore[no-untyped-def]
    env = make_env(qtbot, ctx, sc_village, changes, with_actions=True)
    page = make_page(env)
    page.setParent(None)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def _action(page, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in page.person_actions if a.text() == text)


def test_the_three_actions_show_on_a_persons_page(qtbot, ctx, sc_village, sc_people, changes):
    page = _page(qtbot, ctx, sc_village, changes)
    assert [a.text() for a in page.person_actions] == LABELS
    buttons = [a.property("button") for a in page.person_actions]
    assert [b.text() for b in buttons] == LABELS and all(b.isVisible() for b in buttons)
    assert not any(b.isEnabled() for b in buttons)  # nobody selected yet
    assert page.select_person(sc_people.ids[SEEKER])
    assert all(b.isEnabled() for b in buttons)
    menu_texts = []
    page.table.customContextMenuRequested.emit(page.table.visualRect(page.table.currentIndex()).center())
    menu = page.table.property("context_menu")
    menu_texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    menu.close()
    assert all(text in menu_texts for text in LABELS)
    assert menu_texts.index("Buat pengaduan") < menu_texts.index("Hapus")
    shot(page, "person-actions")


def test_catat_kunjungan_opens_the_visit_dialog_with_the_person_picked(qtbot, ctx, sc_village, sc_people, changes):
    page = _page(qtbot, ctx, sc_village, changes)
    page.select_person(sc_people.ids[SEEKER])
    announced: list[frozenset[str]] = []
    changes.changed.connect(announced.append)
    seen: list[str] = []

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.picker.person_id() == sc_people.ids[SEEKER]
        dialog.set_purpose("info_kerja")
        shot(dialog, "visit-dialog")

    answer("Simpan kunjungan", seen, then=fill)
    _action(page, "Catat kunjungan").trigger()
    assert seen == ["Catat kunjungan"]
    [visit] = list_visits(ctx)
    assert (visit.name, visit.purpose) == (SEEKER, "info_kerja")
    assert frozenset({"sc_visits"}) in announced


def test_ajukan_ak1_opens_a_new_application_then_the_ongoing_one(qtbot, ctx, sc_village, sc_people, changes):
    page = _page(qtbot, ctx, sc_village, changes)
    page.select_person(sc_people.ids[SEEKER])
    seen: list[str] = []

    def then_checklist(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.picker.person_id() == sc_people.ids[SEEKER]
        answer("Tutup", seen)  # the application's own dialog follows

    answer("Buat pengajuan", seen, then=then_checklist)
    _action(page, "Ajukan AK-1").trigger()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    assert seen == ["Ajukan AK-1", "Pengajuan AK-1"]
    [row] = person_ak1(ctx, sc_people.ids[SEEKER])
    assert row.status == "draft"

    page.select_person(sc_people.ids[FAMILY])
    open_ak1(ctx, sc_people.ids[FAMILY], date(2026, 11, 1))
    seen.clear()
    answer("Tutup", seen)
    _action(page, "Ajukan AK-1").trigger()  # straight to the application under way
    assert seen == ["Pengajuan AK-1"] and len(person_ak1(ctx, sc_people.ids[FAMILY])) == 1


def test_buat_pengaduan_opens_the_complaint_dialog(qtbot, ctx, sc_village, sc_people, changes):
    page = _page(qtbot, ctx, sc_village, changes)
    page.select_person(sc_people.ids[AKTIF])
    seen: list[str] = []
    picked: list[str | None] = []
    answer("Batal", seen, then=lambda d: picked.append(d.migrant.person_id()))
    _action(page, "Buat pengaduan").trigger()
    assert seen == ["Buat pengaduan"] and picked == [sc_people.ids[AKTIF]]
    assert QApplication.activeModalWidget() is None
