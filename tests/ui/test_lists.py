"""Pickers never choose for the officer; every multi-select list has "Pilih semua"; lists have a context menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QListWidget, QMenu, QVBoxLayout, QWidget

from desmig_desktop.ui.forms import CheckList
from desmig_desktop.ui.lists import Column, RowTableModel, context_menu, make_table, pick_keys, picked, show_matches


def _picker(qtbot):  # type: ignore[no-untyped-def]
    host = QWidget()
    lay = QVBoxLayout(host)
    search, results = QLineEdit(host), QListWidget(host)
    lay.addWidget(search)
    lay.addWidget(results)
    pick_keys(search, results)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    return host, search, results


def test_typing_sri_does_not_pick_musrifah(qtbot):
    host, search, results = _picker(qtbot)
    assert show_matches(results, [("Musrifah", "p1"), ("Sri Wahyuni", "p2"), ("Sri Rahayu", "p3")]) == 3
    assert picked(results) is None and results.selectedItems() == []
    results.setFocus()  # focus alone picks nothing
    assert picked(results) is None
    qtbot.keyClick(results, Qt.Key.Key_Down)  # the officer moves to a row
    assert picked(results) is not None


def test_one_match_left_is_picked(qtbot):
    host, search, results = _picker(qtbot)
    show_matches(results, [("Sri Wahyuni", "p2")])
    assert picked(results) == "p2"
    show_matches(results, [])
    assert picked(results) is None


def test_down_from_the_search_moves_to_the_first_row(qtbot):
    host, search, results = _picker(qtbot)
    show_matches(results, [("Musrifah", "p1"), ("Sri Wahyuni", "p2")])
    host.activateWindow()
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert results.hasFocus() and picked(results) == "p1"
    qtbot.keyClick(results, Qt.Key.Key_Down)
    assert picked(results) == "p2"


def test_check_list_pick_all_checks_and_unchecks_the_visible_items(qtbot):
    items = CheckList()
    qtbot.addWidget(items)
    items.set_items([("a", "Mekar", False), ("b", "Sari", True), ("c", "Jaya", False)])
    items.show()
    assert items.pick_all.text() == "Pilih semua" and items.pick_all.isVisible()
    assert items.pick_all.checkState() == Qt.CheckState.PartiallyChecked
    items.pick_all.click()
    assert items.checked_ids() == ("a", "b", "c") and items.pick_all.checkState() == Qt.CheckState.Checked
    items.pick_all.click()
    assert items.checked_ids() == ()
    items.item(2).setHidden(True)  # filtered out: not touched
    qtbot.keyClick(items, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert items.checked_ids() == ("a", "b")
    assert items.pick_all.focusPolicy() == Qt.FocusPolicy.NoFocus  # still one Tab stop for the field


def test_context_menu_selects_the_row_and_offers_the_actions(qtbot):
    model = RowTableModel([Column("Nama", lambda r: r)])
    host = QWidget()
    qtbot.addWidget(host)
    table = make_table(host, model)
    model.set_rows(["Musrifah", "Sri Wahyuni"])
    host.resize(400, 300)
    table.resize(400, 300)
    host.show()
    qtbot.waitExposed(host)
    edit, delete = QAction("Ubah…"), QAction("Hapus…")
    context_menu(table, [edit, delete])
    pos = table.visualRect(model.index(1, 0)).center()
    table.customContextMenuRequested.emit(pos)
    menu = table.property("context_menu")
    assert isinstance(menu, QMenu) and [a.text() for a in menu.actions()] == ["Ubah…", "Hapus…"]
    assert table.currentIndex().row() == 1
    menu.close()
    table.customContextMenuRequested.emit(QPoint(5, 290))  # below the rows (the keyboard's Menu key)
    assert table.property("context_menu").isVisible()
    table.property("context_menu").close()
