"""The Keluarga page as the officer uses it: the family list, finding and highlighting a family, and the
corrections of a family card (address, moving a member, splitting, deleting with undo)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desmig_desktop.core.config import Settings
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.households import HouseholdQuery, list_households
from desmig_desktop.registry.services.people import HouseholdInput, PersonInput
from desmig_desktop.registry.ui.household_dialogs import AddressDialog, MoveMemberDialog, SplitDialog
from desmig_desktop.registry.ui.household_page import HouseholdPage
from desmig_desktop.ui.feedback import messages_shown, toasts
from tests.conftest import KK1, KK2
from tests.ui.modals import answer

KK3, NEW_KK = "3307091201150005", "3307091201150009"


def _page(qtbot, ctx, village, changes) -> HouseholdPage:
    page = HouseholdPage(ctx, village, changes)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    return page


def _list(page) -> list[list[str]]:
    m = page.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def _selected_kk(page) -> str | None:
    row = page.selected_household()
    return row.no_kk if row else None


def test_the_page_opens_on_the_list_of_families(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes)
    assert _list(page) == [[KK1, "Slamet Riyadi", "Kuripan", "01/02", "3", "1"],
                           [KK2, "Joko Susilo", "Sigaluh", "03/04", "2", "—"]]
    assert page.count_label.text() == "2 KK"
    assert page.title.text() == "Belum ada keluarga yang dipilih"  # nothing chosen for the officer
    page.table.selectRow(1)
    assert page.title.text() == "Keluarga Joko Susilo" and page.fields["rw_rt"].text() == "03/04"
    assert [page.members.item(r, 0).text() for r in range(page.members.rowCount())] == ["Joko Susilo", "Ani Rahayu"]


def test_search_filter_and_sort(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes)
    qtbot.keyClicks(page.search, "lestari")  # a member's name finds her family, shown at once
    page.apply_filters()
    assert [r[0] for r in _list(page)] == [KK1] and page.fields["head"].text() == "Slamet Riyadi"
    page.search.clear()
    page.dusun.setCurrentIndex(page.dusun.findText("Sigaluh"))
    assert [r[0] for r in _list(page)] == [KK2] and page.count_label.text() == "1 KK"
    page.dusun.setCurrentIndex(0)
    page.table.horizontalHeader().sectionClicked.emit(1)  # the officer clicks "Kepala keluarga"
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [r[1] for r in _list(page)] == ["Joko Susilo", "Slamet Riyadi"]
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert [r[4] for r in _list(page)] == ["3", "2"]


def test_lihat_keluarga_highlights_exactly_the_family_shown(qtbot, ctx, village, people):
    """Before, a search left on the Keluarga page kept another family highlighted beside the one shown."""
    from desmig_desktop.app import PILLARS
    from desmig_desktop.shell.main_window import MainWindow

    window = MainWindow(ctx, Settings(), village, PILLARS)
    qtbot.addWidget(window)
    households = window.page("households")
    households.search.setText("joko")  # the officer looked at another family first
    households.apply_filters()
    assert _selected_kk(households) == KK2
    page = window.person_page
    page.search.setText("Sularmi")
    page.apply_filters()
    page.table.selectRow(0)
    page.household_button.click()
    assert window.stack.currentWidget() is households
    assert households.fields["no_kk"].text() == KK1
    assert _selected_kk(households) == KK1 and [r[0] for r in _list(households)] == [KK1]
    window.person_page.model.shutdown()


def test_the_address_is_corrected_in_a_form(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes)
    page.show_household(people.households[0])
    dialog = AddressDialog(ctx, village, page.household, parent=page)
    qtbot.addWidget(dialog)
    dialog.place.dusun.setCurrentIndex(dialog.place.dusun.findText("Sigaluh"))
    dialog.place.rw.clear()
    qtbot.keyClicks(dialog.place.rw, "7")
    dialog.place.address.clear()
    qtbot.keyClicks(dialog.place.address, "Jl. Carica No. 8")
    assert dialog.try_save()
    h = registry.get_household(ctx, people.households[0])
    assert (h.dusun, h.rw, h.rt, h.address) == ("Sigaluh", 7, 2, "Jl. Carica No. 8")
    assert "Alamat KK 3307091201150003 tersimpan." in messages_shown(page)


def test_the_address_form_refuses_an_rt_without_rw(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes)
    page.show_household(people.households[0])
    dialog = AddressDialog(ctx, village, page.household, parent=page)
    qtbot.addWidget(dialog)
    dialog.place.rw.setValue(0)
    assert not dialog.try_save()
    assert dialog.boxes["rw"].text().startswith("RW wajib diisi bila RT diisi")
    assert registry.get_household(ctx, people.households[0]).rw == 1


def test_moving_a_member_picks_the_target_only_when_the_officer_does(qtbot, ctx, village, people, changes):
    h3 = registry.create_household(ctx, HouseholdInput(KK3, village.dusuns[0].id, 1, 1)).id
    registry.register_person(ctx, PersonInput(make_nik("330709", date(1970, 1, 1), "P", 6), "Sri Wahyuni", "P", date(1970, 1, 1),
                                              relationship_to_head="kepala", household_id=h3))
    page = _page(qtbot, ctx, village, changes)
    page.show_household(people.households[0])
    page.members.selectRow(2)  # Dwi Lestari
    dialog = MoveMemberDialog(ctx, page.household, page.selected_member(), parent=page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "33070912")
    dialog.find()
    assert dialog.targets.count() == 2 and dialog.targets.selectedItems() == []  # two cards: none chosen
    dialog.relationship.setCurrentIndex(dialog.relationship.findData("anak"))
    assert not dialog.try_save()
    assert dialog.boxes["target"].text().startswith("Pilih KK tujuan")
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "Sri")
    dialog.find()
    assert dialog.targets.count() == 1 and dialog.targets.selectedItems()  # exactly one match: that one
    assert dialog.try_save()
    assert registry.get_person(ctx, people.ids["Dwi Lestari"]).household_id == h3
    assert "Dwi Lestari dipindahkan ke KK lain." in messages_shown(page)


def test_moving_the_head_asks_for_a_new_head(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes)
    page.show_household(people.households[0])
    page.members.selectRow(0)  # Slamet Riyadi, kepala
    dialog = MoveMemberDialog(ctx, page.household, page.selected_member(), parent=page)
    qtbot.addWidget(dialog)
    assert dialog.new_head.isVisibleTo(dialog) and dialog.new_head.currentData() is None
    qtbot.keyClicks(dialog.search, "Joko")
    dialog.find()
    dialog.relationship.setCurrentIndex(dialog.relationship.findData("lainnya"))
    assert not dialog.try_save()
    assert "pilih kepala keluarga baru" in dialog.boxes["new_head"].text()
    dialog.new_head.setCurrentIndex(dialog.new_head.findData(people.ids["Sularmi"]))
    assert dialog.try_save()
    assert registry.get_household(ctx, people.households[0]).head_name == "Sularmi"


def test_splitting_a_family_shows_the_new_card(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes)
    page.show_household(people.households[0])
    dialog = SplitDialog(ctx, village, page.household, parent=page)
    qtbot.addWidget(dialog)
    dialog.members.set_checked([people.ids["Sularmi"], people.ids["Dwi Lestari"]])
    qtbot.keyClicks(dialog.no_kk, "3307 0912 0115 0009")
    assert not dialog.try_save()  # no head named for the new card
    assert dialog.boxes["head"].text() == "Pilih kepala keluarga KK baru dari anggota yang pindah."
    dialog.head.setCurrentIndex(dialog.head.findData(people.ids["Sularmi"]))
    assert dialog.try_save()
    page.show_household(dialog.saved_id)
    assert page.fields["no_kk"].text() == NEW_KK and _selected_kk(page) == NEW_KK
    assert page.fields["address"].text() == "Jl. Salak No. 3"  # the old card's address, unless changed
    rows = {r.no_kk: r.members for r in list_households(ctx, HouseholdQuery())}
    assert rows == {KK1: 1, KK2: 2, NEW_KK: 2}


def test_a_family_with_members_is_not_deleted_and_an_empty_one_is_with_undo(qtbot, ctx, village, people, changes):
    page = _page(qtbot, ctx, village, changes)
    page.show_household(people.households[1])
    seen: list[str] = []
    answer("Tutup", seen)
    page.delete_button.click()
    assert seen and seen[0].startswith("KK 3307091201150004 masih punya 2 anggota")
    empty = registry.create_household(ctx, HouseholdInput(KK3)).id
    page.show_household(empty)
    seen.clear()
    answer("Hapus", seen)
    page.delete_button.click()
    assert seen[0].startswith("Hapus KK 3307091201150005?")
    page.search.clear()
    page.apply_filters()
    assert [r[0] for r in _list(page)] == [KK1, KK2]
    toast = next(t for t in toasts(page) if t.text() == "KK 3307091201150005 dihapus.")
    toast.button.click()
    assert registry.find_household(ctx, KK3) is not None
    assert [r[0] for r in _list(page)] == [KK1, KK2, KK3]


def test_a_member_without_a_nik_reads_belum_ada(qtbot, ctx, village, people, changes):
    registry.register_person(ctx, PersonInput("", "Bayi Lestari", "P", date(2026, 11, 20), relationship_to_head="anak",
                                              household_id=people.households[0], nik_missing=True))
    page = _page(qtbot, ctx, village, changes)
    page.show_household(people.households[0])
    rows = {page.members.item(r, 0).text(): page.members.item(r, 1).text() for r in range(page.members.rowCount())}
    assert rows["Bayi Lestari"] == "belum ada" and rows["Sularmi"] == people.niks["Sularmi"]


def test_the_actions_have_keys_named_in_their_tooltips_and_delete_only_acts_on_the_list(qtbot, ctx, village, people,
                                                                                        changes):
    page = _page(qtbot, ctx, village, changes)
    page.show_household(people.households[0])
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.search.setFocus()
    assert page.address_button.toolTip() == "Ubah dusun, RW, RT dan alamat KK yang dipilih (Ctrl+E)"
    assert page.split_button.toolTip().endswith("(Ctrl+K)") and page.move_button.toolTip().endswith("(Ctrl+M)")
    seen: list[str] = []
    answer("Batal", seen)
    qtbot.keyClick(page.search, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # anywhere on the page
    assert seen == ["Pecah KK 3307091201150003"]
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Delete)  # Delete in the search field deletes text, not a family
    assert registry.find_household(ctx, KK1) is not None
    assert [a.text() for a in page.table.actions()] == ["Hapus KK"]


def test_a_long_list_is_read_a_page_at_a_time_and_counted_after_the_typing(qtbot, ctx, village, changes):
    from desmig_desktop.registry.services.people import create_household_in
    from desmig_desktop.registry.ui.household_model import PAGE_SIZE

    with ctx.unit_of_work() as s:  # 230 family cards, No. KK 3307091201150001 ...
        for serial in range(1, 231):
            create_household_in(s, ctx, HouseholdInput(f"330709120115{serial:04d}", village.dusuns[0].id))
    page = _page(qtbot, ctx, village, changes)
    assert page.model.rowCount() == PAGE_SIZE and page.count_label.text() == "200+ KK"
    qtbot.waitUntil(lambda: page.count_label.text() == "230 KK", timeout=3000)
    page.model.fetchMore()
    assert page.model.rowCount() == 230 and not page.model.canFetchMore()
    assert _list(page)[-1][0] == "3307091201150230"
    qtbot.keyClicks(page.search, "33070912011502")  # a narrower search is counted at once
    page.apply_filters()
    assert page.count_label.text() == "31 KK"  # 0200 ... 0230
