"""The person's page: the family, the migration history and the life events of the person selected, life events
recorded, corrected and deleted there, and the list's actions (delete with undo, Ctrl+E, duplicate NIK, Impor)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desmig_desktop.registry.models import LifeEvent, Placement
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.ui.person_page import PersonPage
from desmig_desktop.ui.feedback import messages_shown, toasts

from tests.conftest import names_shown
from tests.ui.modals import answer


def _page(qtbot, ctx, village, changes, select: str | None = None):  # type: ignore[no-untyped-def]
    page = PersonPage(ctx, village, changes)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    if select is not None:
        assert page.select_person(select)
        page.detail.load_now()
    return page


def _row_of(page, name: str) -> int:  # type: ignore[no-untyped-def]
    return names_shown(page.model).index(name)


def _status(page, name: str) -> str:  # type: ignore[no-untyped-def]
    from desmig_desktop.registry.ui.person_model import COLUMNS

    return page.model.index(_row_of(page, name), COLUMNS.index("status")).data()


def _live(ctx, model) -> int:  # type: ignore[no-untyped-def]
    with ctx.reader() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def test_the_detail_shows_the_family_and_the_migration_history(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes, select=people.ids["Sularmi"])
    d = page.detail
    assert d.heading.text().startswith("Sularmi · " + people.niks["Sularmi"])
    assert d.tab_titles()[:3] == ["Keluarga (3)", "Riwayat migrasi (1)", "Peristiwa (0)"]
    assert names_shown(d.members) == ["Slamet Riyadi", "Sularmi", "Dwi Lestari"]
    assert [d.placements.index(0, c).data() for c in (0, 1, 4)] == ["PMI aktif", "Hong Kong", "01/03/2024"]
    page.select_person(people.ids["Joko Susilo"])
    qtbot.waitUntil(lambda: d.overview is not None and d.overview.person.name == "Joko Susilo", timeout=2000)
    assert names_shown(d.members) == ["Joko Susilo", "Ani Rahayu"]
    assert d.tab_titles()[1] == "Riwayat migrasi (0)"


def test_actions_show_their_shortcuts_and_ctrl_e_opens_the_form(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes, select=people.ids["Dwi Lestari"])
    assert page.edit_button.toolTip() == "Ubah data orang yang dipilih (Ctrl+E)"
    assert page.delete_button.toolTip().endswith("(Del)")
    for action in (page.edit_action, page.placement_action, page.event_action, page.household_action):
        assert action.shortcut().toString() and action.toolTip().endswith(f"({action.shortcut().toString()})")
    page.table.setFocus()
    seen: list[str] = []
    answer("Batal", seen)
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Ubah data orang"]
    page.table.customContextMenuRequested.emit(page.table.visualRect(page.model.index(0, 0)).center())
    menu = page.table.property("context_menu")
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Ubah", "Riwayat migrasi", "Peristiwa", "Lihat keluarga", "Hapus"]
    menu.close()


def test_delete_a_person_asks_what_goes_with_her_and_urungkan_brings_her_back(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes, select=people.ids["Sularmi"])
    qtbot.waitUntil(lambda: page.count_label.text() == "5 orang", timeout=3000)
    seen: list[str] = []
    answer("Hapus", seen)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert seen and seen[0].startswith(f"Hapus Sularmi ({people.niks['Sularmi']})?")
    assert "1 riwayat migrasi" in seen[0]
    assert "Sularmi" not in names_shown(page.model)
    qtbot.waitUntil(lambda: page.count_label.text() == "4 orang", timeout=3000)
    assert _live(ctx, Placement) == 1
    assert messages_shown(page) == ["Data Sularmi dihapus."]

    toasts(page)[-1].button.click()  # Urungkan
    assert "Sularmi" in names_shown(page.model)
    qtbot.waitUntil(lambda: page.count_label.text() == "5 orang", timeout=3000)
    assert len(registry.get_person(ctx, people.ids["Sularmi"]).placements) == 1
    assert _status(page, "Slamet Riyadi") == "Keluarga PMI"


def test_batal_deletes_nothing(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes, select=people.ids["Joko Susilo"])
    answer(None)  # Enter: the default button is Batal
    page.delete_button.click()
    assert "Joko Susilo" in names_shown(page.model)


def _fill_event(kind: str, day: date, note: str = ""):  # type: ignore[no-untyped-def]
    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.event_date.set_value(day)
        dialog.note.setText(note)
    return fill


def test_a_death_is_listed_corrected_and_deleted_and_the_list_follows(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes, select=people.ids["Sularmi"])
    page.gone_check.setChecked(True)
    page.select_person(people.ids["Sularmi"])
    page.detail.load_now()
    answer("Simpan", then=_fill_event("meninggal", date(2026, 11, 15), "di Hong Kong"))
    page.detail.add_event_button.click()
    d = page.detail
    assert [d.events.index(0, c).data() for c in range(3)] == ["Meninggal", "15/11/2026", "di Hong Kong"]
    assert "Peristiwa meninggal Sularmi tersimpan: 15/11/2026." in messages_shown(page)
    row = _row_of(page, "Sularmi")
    assert page.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == "Sudah pindah keluar atau meninggal"
    assert _status(page, "Sularmi") == "PMI aktif · pindah/meninggal"  # the Status column follows
    assert registry.get_person(ctx, people.ids["Sularmi"]).in_village is False

    d.events_table.selectRow(0)
    answer("Simpan", then=_fill_event("meninggal", date(2026, 11, 14), "di Hong Kong"))
    d.edit_event_button.click()
    with ctx.reader() as s:
        assert s.scalars(select(LifeEvent.event_date).where(LifeEvent.deleted_at.is_(None))).all() == [date(2026, 11, 14)]
    assert d.events.index(0, 1).data() == "14/11/2026"

    d.events_table.selectRow(0)
    seen: list[str] = []
    answer("Hapus", seen)
    d.delete_event_button.click()
    assert seen[0].startswith("Hapus peristiwa meninggal Sularmi tanggal 14/11/2026?")
    assert d.events.rowCount() == 0 and d.tab_titles()[2] == "Peristiwa (0)"
    row = _row_of(page, "Sularmi")
    assert page.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) is None  # back in the village
    assert _status(page, "Sularmi") == "PMI aktif"
    toasts(page)[-1].button.click()  # Urungkan
    assert d.events.rowCount() == 1
    assert _status(page, "Sularmi") == "PMI aktif · pindah/meninggal"
    assert registry.get_person(ctx, people.ids["Sularmi"]).in_village is False


def test_a_correction_the_rules_refuse_keeps_the_dialog_open(qtbot, ctx, village, people, changes):
    registry.record_life_event(ctx, people.ids["Joko Susilo"], "pindah_datang", date(2000, 1, 1))
    page = _page(qtbot, ctx, village, changes, select=people.ids["Joko Susilo"])
    d = page.detail
    d.events_table.selectRow(0)
    texts: list[str] = []

    def wrong(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.event_date.set_value(date(1970, 1, 1))  # before his birth
        dialog.save()
        texts.append(dialog.boxes["event_date"].text())
        dialog.event_date.set_value(date(2000, 1, 1))

    answer("Batal", then=wrong)
    d.edit_event_button.click()
    assert texts == ["Tanggal peristiwa tidak boleh sebelum tanggal lahir."]
    assert registry.get_person(ctx, people.ids["Joko Susilo"]).life_events[0].event_date == date(2000, 1, 1)


def test_a_duplicate_nik_offers_to_open_the_person_who_has_it(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes, select=people.ids["Dwi Lestari"])
    offered: list[str] = []
    asked: list[str] = []

    def type_nik(form) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClicks(form.nik, people.niks["Slamet Riyadi"])
        offered.append(form.open_existing.text() if form.open_existing.isVisible() else "")
        offered.append(form.boxes["nik"].text())
        answer("Buang", asked)  # the typed NIK would be lost: the form asks first
        form.open_existing.click()

    answer(None, then=type_nik)
    page.add_person()
    assert offered[0] == "Buka data Slamet Riyadi"
    assert "sudah terdaftar atas nama Slamet Riyadi" in offered[1]
    assert asked and "Buang perubahan" in asked[0] or asked[0].startswith("Ada isian")
    assert page.selected_row().name == "Slamet Riyadi"


def test_impor_on_the_toolbar_opens_the_import_dialog(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes)
    assert page.import_button.isVisible() and page.import_button.text() == "Impor"
    opened: list[str] = []

    def close(dialog) -> None:  # type: ignore[no-untyped-def]
        opened.append(type(dialog).__name__)
        dialog.reject()

    answer(None, then=close)
    page.import_button.click()
    assert opened == ["ImportDialog"]


def test_a_demo_person_shows_family_history_and_group_in_one_place(qtbot, tmp_path, demo_file):
    from desmig_desktop.app import PILLARS
    from desmig_desktop.core.context import ServiceContext
    from desmig_desktop.core.pillar import load
    from desmig_desktop.production.models import GroupMember
    from desmig_desktop.registry.models import Person
    from desmig_desktop.registry.services.village import get_village
    from desmig_desktop.ui.changes import Changes

    from tests.conftest import TODAY, demo_copy

    ctx = ServiceContext.open(demo_copy(demo_file, tmp_path / "demo.db"), officer="Petugas Demo")
    ctx.today_override = TODAY
    with ctx.reader() as s:
        member = s.scalars(select(GroupMember.person_id).where(GroupMember.deleted_at.is_(None))).first()
        migrant = s.scalars(select(Placement.person_id).join(Person).where(
            Placement.deleted_at.is_(None), Placement.departed_on.is_not(None), Person.household_id.is_not(None),
            Person.in_village.is_(True))).first()
    sources = [lambda c, pid, ref=p.person_activity: load(ref)(c, pid) for p in PILLARS if p.person_activity]
    page = PersonPage(ctx, get_village(ctx), Changes(), activity_sources=sources)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    try:
        assert page.show_person(migrant)
        page.detail.load_now()
        view = page.detail.overview
        family = registry.get_household(ctx, view.person.household_id).members
        titles = page.detail.tab_titles()
        assert titles[0] == f"Keluarga ({len(family)})" and len(family) >= 1
        assert names_shown(page.detail.members) == [m.name for m in family]
        assert titles[1] == f"Riwayat migrasi ({len(view.person.placements)})" and view.person.placements
        assert page.detail.placements.rowCount() == len(view.person.placements)
        assert any(t.startswith("Pelatihan (") for t in titles)  # the other areas' sections, in the same place

        assert page.show_person(member)
        page.detail.load_now()
        groups = next(t for t in page.detail.tab_titles() if t.startswith("Kelompok ("))
        assert groups != "Kelompok (0)" and page.detail.activity_models["groups"].rowCount() >= 1
    finally:
        page.close()
        ctx.close()
