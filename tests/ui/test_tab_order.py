"""Tab order follows the visual order in every form, one stop per field: each dialog of the app is walked with Tab
from its first field, and the fields reached (the Simpan/Batal row aside) must be every field, once, in the order
they appear on screen (top to bottom, left to right within a row)."""

from __future__ import annotations

from datetime import date
from typing import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QPushButton, QWidget

ROW_TOLERANCE = 12


def _inside(w: QWidget, kind: type) -> bool:
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, kind):
            return True
        p = p.parentWidget()
    return False


def _in_button_box(w: QWidget) -> bool:
    """The Simpan/Batal row, and a grid's cell editors (Tab walks the cells of an editable grid, then leaves it)."""
    return _inside(w, QDialogButtonBox) or _inside(w, QAbstractItemView)


def columns_first(widgets: list[QWidget], dialog: QDialog) -> list[QWidget]:
    """A form laid out in columns reads down the first column, then the next (left edges within 40 px)."""
    placed = sorted(((w.mapTo(dialog, QPoint(0, 0)), w) for w in widgets), key=lambda pw: pw[0].x())
    cols: list[list[tuple[QPoint, QWidget]]] = []
    for pos, w in placed:
        if cols and pos.x() - cols[-1][0][0].x() <= 40:
            cols[-1].append((pos, w))
        else:
            cols.append([(pos, w)])
    return [w for col in cols for _pos, w in sorted(col, key=lambda pw: pw[0].y())]


def stops(dialog: QDialog) -> list[QWidget]:
    """The widgets Tab may stop on, in visual order (rows first)."""
    found = [w for w in dialog.findChildren(QWidget)
             if w.isVisibleTo(dialog) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
             and w.focusProxy() is None and not _in_button_box(w)]
    placed = [(w.mapTo(dialog, QPoint(0, 0)), w) for w in found]
    placed.sort(key=lambda pw: (pw[0].y(), pw[0].x()))
    rows: list[list[tuple[QPoint, QWidget]]] = []
    for pos, w in placed:
        if rows and abs(pos.y() - rows[-1][0][0].y()) <= ROW_TOLERANCE:
            rows[-1].append((pos, w))
        else:
            rows.append([(pos, w)])
    return [w for row in rows for _pos, w in sorted(row, key=lambda pw: pw[0].x())]


def walk(qtbot, dialog: QDialog, first: QWidget, limit: int = 80) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The fields Tab reaches from `first` until it comes back to it (the button row left out)."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    seen = [first]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        if w is first:
            break
        if w is not None and not _in_button_box(w):
            seen.append(w)
    return seen


def name(w: QWidget) -> str:
    try:
        text = w.text() if hasattr(w, "text") else ""  # type: ignore[attr-defined]
    except TypeError:
        text = ""
    return f"{type(w).__name__}({text or w.objectName()})@{w.mapTo(w.window(), QPoint(0, 0)).toTuple()}"


def check(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.resize(max(dialog.width(), 700), dialog.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    expected = stops(dialog)
    assert expected, "no field"
    got = walk(qtbot, dialog, expected[0])
    assert len(got) == len(set(got)) and set(got) == set(expected), "every field once: " + ", ".join(
        name(w) for w in set(expected) ^ set(got))
    fields = [w for w in got if not isinstance(w, QPushButton)]  # the fields; a row of buttons may come in any order
    expected_fields = [w for w in expected if not isinstance(w, QPushButton)]
    if fields == columns_first(expected_fields, dialog):
        return
    assert [name(w) for w in fields] == [name(w) for w in expected_fields]


# ---- the dialogs --------------------------------------------------------------------------------------------

@pytest.fixture
def world(ctx, village, people):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.services import groups
    from desmig_desktop.production.services import products as production
    from desmig_desktop.production.services.groups import GroupInput

    gid = groups.create_group(ctx, GroupInput("Kelompok Salak", "Olahan salak", date(2017, 1, 10))).id
    groups.add_member(ctx, gid, people.ids["Sularmi"], date(2017, 1, 10))
    groups.add_member(ctx, gid, people.ids["Joko Susilo"], date(2017, 1, 10))
    production.add_product(ctx, gid, "Dodol salak", "bungkus", 15_000)
    return gid


def _group(ctx, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.services.groups import get_group

    return get_group(ctx, gid)


def _products(ctx, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.services.products import list_products

    return list_products(ctx, gid)


def _row(ctx, who: str):  # type: ignore[no-untyped-def]
    from desmig_desktop.registry.services.search import PersonQuery, list_persons

    return next(r for r in list_persons(ctx, PersonQuery(text=who)) if r.name == who)


def _person_form(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.registry.ui.person_form import PersonForm
    return PersonForm(ctx, village)


def _person_edit(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.registry.ui.person_form import PersonForm
    return PersonForm(ctx, village, person_id=people.ids["Sularmi"])


def _placement(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.registry.ui.placement_dialog import PlacementDialog
    return PlacementDialog(ctx, people.ids["Ani Rahayu"])


def _life_event(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.registry.ui.life_event_dialog import LifeEventDialog
    return LifeEventDialog(ctx, _row(ctx, "Joko Susilo"))


def _address(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.registry.services.people import get_household, get_person
    from desmig_desktop.registry.ui.household_dialogs import AddressDialog
    return AddressDialog(ctx, village, get_household(ctx, get_person(ctx, people.ids["Joko Susilo"]).household_id))


def _export(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.registry.services.search import PersonQuery
    from desmig_desktop.registry.ui.export_dialog import ExportDialog
    return ExportDialog(ctx, PersonQuery(), 5)


def _group_dialog(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.ui.group_dialogs import GroupDialog
    return GroupDialog(ctx)


def _stop_group(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.ui.group_dialogs import StopGroupDialog
    return StopGroupDialog(ctx, gid, "Kelompok Salak")


def _add_member(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.ui.member_dialogs import AddMemberDialog
    return AddMemberDialog(ctx, _group(ctx, gid))


def _end_member(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.ui.member_dialogs import EndMembershipDialog
    return EndMembershipDialog(ctx, _group(ctx, gid).active_members[0])


def _sale(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.ui.sales_dialogs import SaleDialog
    return SaleDialog(ctx, _group(ctx, gid), _products(ctx, gid), [])


def _cost(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.ui.sales_dialogs import CostDialog
    return CostDialog(ctx, _group(ctx, gid))


def _event(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.ui.sales_dialogs import EventDialog
    return EventDialog(ctx, _group(ctx, gid))


def _product(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.ui.production_tab import ProductDialog
    return ProductDialog(ctx, _group(ctx, gid))


def _batch(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.ui.production_tab import BatchDialog
    return BatchDialog(ctx, _group(ctx, gid), _products(ctx, gid))


def _aid(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.ui.aid_tab import AidDialog
    return AidDialog(ctx, _group(ctx, gid))


def _training(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.ui.trainings_tab import TrainingDialog
    return TrainingDialog(ctx, _group(ctx, gid))


def _first_run(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.shell.first_run import FirstRunDialog
    return FirstRunDialog(ctx)


def _change_role(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.ui.member_dialogs import ChangeRoleDialog
    return ChangeRoleDialog(ctx, _group(ctx, gid).active_members[0])


def _edit_member(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.services.groups import end_membership
    from desmig_desktop.production.ui.member_dialogs import EditMemberDialog
    joko = next(m for m in _group(ctx, gid).members if m.name == "Joko Susilo")
    end_membership(ctx, joko.id, date(2017, 6, 1), "kerja_luar_negeri", "berangkat lagi")
    # one who left: the day and the reason too
    return EditMemberDialog(ctx, next(m for m in _group(ctx, gid).members if m.name == "Joko Susilo"))


def _aid_condition(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.services.aid import AidInput, AidItemInput, inventory, record_aid
    from desmig_desktop.production.ui.aid_tab import ConditionDialog
    record_aid(ctx, AidInput(gid, "peralatan", "kemnaker", date(2017, 2, 1), (AidItemInput("Wajan", 2, "unit", 300_000),)))
    return ConditionDialog(ctx, inventory(ctx, gid)[0])


def _attendance(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.activities.services.trainings import TrainingInput, create_training, list_trainings
    from desmig_desktop.production.ui.trainings_tab import AttendanceDialog
    create_training(ctx, TrainingInput("Pelatihan salak", "pengolahan_pangan", "blk", date(2017, 2, 10),
                                       group_ids=(gid,), attendee_ids=(people.ids["Sularmi"],)))
    return AttendanceDialog(ctx, list_trainings(ctx, gid)[0], _group(ctx, gid))


def _reverse_share(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.production.services import products as production
    from desmig_desktop.production.services import sharing
    from desmig_desktop.production.services.products import BatchInput, SaleInput
    from desmig_desktop.production.ui.sharing_parts import ReverseShareDialog
    product = _products(ctx, gid)[0].id
    production.record_batch(ctx, BatchInput(product, date(2017, 2, 1), 100, 400_000, (people.ids["Sularmi"],)))
    production.record_sale(ctx, SaleInput(product, date(2017, 3, 5), 50, 15_000, "toko"))
    sharing.finalise_share(ctx, gid, None, date(2017, 3, 31))
    return ReverseShareDialog(ctx, sharing.list_shares(ctx, gid)[0])


def _move_member(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.registry.services.people import get_household, get_person
    from desmig_desktop.registry.ui.household_dialogs import MoveMemberDialog
    h = get_household(ctx, get_person(ctx, people.ids["Slamet Riyadi"]).household_id)
    return MoveMemberDialog(ctx, h, _row(ctx, "Slamet Riyadi"))  # the head: a new head is asked for too


def _split(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.registry.services.people import get_household, get_person
    from desmig_desktop.registry.ui.household_dialogs import SplitDialog
    return SplitDialog(ctx, village, get_household(ctx, get_person(ctx, people.ids["Slamet Riyadi"]).household_id))


def _import(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.registry.ui.import_dialog import ImportDialog
    return ImportDialog(ctx)


def _village_profile(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QVBoxLayout

    from desmig_desktop.shell.village_settings import VillageProfileBox
    from desmig_desktop.ui.changes import Changes
    dialog = QDialog()  # the Pengaturan page's profile box, on its own
    QVBoxLayout(dialog).addWidget(VillageProfileBox(ctx, village, Changes(), dialog))
    return dialog


def _fund_and_member(ctx, people):  # type: ignore[no-untyped-def]
    from desmig_desktop.savings.dto import FundInput
    from desmig_desktop.savings.services import funds, members

    fund = funds.create_fund(ctx, FundInput("Dana Desa", date(2017, 1, 2), pokok_amount=50_000, wajib_amount=10_000))
    members.join_fund(ctx, fund.id, people.ids["Sularmi"], date(2017, 1, 5))
    return funds.get_fund(ctx, fund.id), members.member_accounts(ctx, fund.id)[0]


def _fund(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.savings.ui.fund_dialogs import FundDialog
    return FundDialog(ctx, _fund_and_member(ctx, people)[0])


def _fund_deposit(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.savings.ui.money_dialogs import DepositDialog
    return DepositDialog(ctx, *_fund_and_member(ctx, people))


def _fund_withdraw(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.savings.ui.money_dialogs import WithdrawDialog
    return WithdrawDialog(ctx, _fund_and_member(ctx, people)[1])


def _fund_cash(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.savings.ui.money_dialogs import FundCashDialog
    return FundCashDialog(ctx, _fund_and_member(ctx, people)[0], "capital")


def _fund_join(ctx, village, people, gid):  # type: ignore[no-untyped-def]
    from desmig_desktop.savings.ui.members_tab import JoinDialog
    fund, member = _fund_and_member(ctx, people)
    return JoinDialog(ctx, fund, [member])


FORMS: dict[str, Callable] = {  # type: ignore[type-arg]
    "person_new": _person_form, "person_edit": _person_edit, "placement": _placement, "life_event": _life_event,
    "household_address": _address, "export": _export, "group": _group_dialog, "stop_group": _stop_group,
    "add_member": _add_member, "end_member": _end_member, "sale": _sale, "cost": _cost, "event": _event,
    "product": _product, "batch": _batch, "aid": _aid, "training": _training, "first_run": _first_run,
    "change_role": _change_role, "edit_member": _edit_member, "aid_condition": _aid_condition,
    "attendance": _attendance, "reverse_share": _reverse_share, "household_move_member": _move_member,
    "household_split": _split, "import": _import, "village_profile": _village_profile,
    "fund": _fund, "fund_deposit": _fund_deposit, "fund_withdraw": _fund_withdraw, "fund_cash": _fund_cash,
    "fund_join": _fund_join,
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_tab_follows_the_visual_order(qtbot, ctx, village, people, world, form):
    check(qtbot, FORMS[form](ctx, village, people, world))
