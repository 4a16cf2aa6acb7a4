"""The one date box of the kit: typed dates are kept as typed, never guessed; one Tab stop; required dates
are named by the form before anything is saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.forms import FormDialog


def _typed(qtbot, text: str, optional: bool = False) -> DateEdit:  # type: ignore[no-untyped-def]
    box = DateEdit(None, optional=optional, today=date(2026, 11, 23))
    qtbot.addWidget(box)
    box.show()
    box.activateWindow()
    box.edit.setFocus()
    qtbot.waitUntil(box.edit.hasFocus)
    qtbot.keyClicks(box.edit, text)
    return box


def test_a_date_typed_with_or_without_slashes_is_kept(qtbot):
    assert _typed(qtbot, "15112026").value() == date(2026, 11, 15)
    assert _typed(qtbot, "15/11/2026").value() == date(2026, 11, 15)
    assert _typed(qtbot, "15/11/2026").edit.text() == "15/11/2026"


def test_an_impossible_or_half_typed_date_is_not_guessed(qtbot):
    wrong = _typed(qtbot, "31022026")
    assert wrong.value() is None and not wrong.is_valid() and wrong.edit.text() == "31022026"
    half = _typed(qtbot, "1511")
    assert half.value() is None and half.is_typing()


def test_empty_is_allowed_only_in_an_optional_box(qtbot):
    required, optional = DateEdit(None), DateEdit(None, optional=True)
    qtbot.addWidget(required)
    qtbot.addWidget(optional)
    assert not required.is_valid() and optional.is_valid() and optional.value() is None
    assert required.clear_button.isHidden() and not optional.clear_button.isHidden()
    optional.set_value(date(2024, 3, 1))
    optional.clear_button.click()
    assert optional.value() is None and optional.edit.text() == ""


def test_date_changed_fires_for_complete_dates_only(qtbot):
    seen: list[object] = []
    box = DateEdit(date(2026, 1, 1), optional=True)
    qtbot.addWidget(box)
    box.date_changed.connect(seen.append)
    box.edit.clear()
    qtbot.keyClicks(box.edit, "0203202")  # one digit short: nothing yet
    assert seen == [None]  # emptied
    qtbot.keyClicks(box.edit, "5")
    assert seen == [None, date(2025, 3, 2)]


def test_one_tab_stop_from_the_date_to_the_next_field(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    lay = QVBoxLayout(host)
    box, after = DateEdit(date(2026, 1, 1), host), QLineEdit(host)
    lay.addWidget(box)
    lay.addWidget(after)
    assert box.focusProxy() is box.edit
    stops, w = [], box.edit.nextInFocusChain()
    while w is not after:  # what Tab visits between the date and the next field
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled():
            stops.append(w)
        w = w.nextInFocusChain()
    assert stops == []


def test_a_form_names_an_unfinished_date_and_saves_nothing(qtbot):
    saved: list[date] = []

    class Form(FormDialog):
        def __init__(self) -> None:
            super().__init__("Uji")
            self.day = self.field("day", "Tanggal", DateEdit(None, self))
            self.finish()

        def save(self) -> None:
            saved.append(self.day.value())

    form = Form()
    qtbot.addWidget(form)
    qtbot.keyClicks(form.day.edit, "3113")
    assert not form.try_save() and saved == []
    assert form.messages() == "Tanggal belum lengkap atau tidak ada: tulis seperti 22/11/2026."
    form.day.set_value(date(2026, 11, 3))
    assert form.try_save() and saved == [date(2026, 11, 3)]


def test_the_end_follows_the_start_until_set_apart(qtbot):
    from desmig_desktop.ui.dates import end_follows_start

    start, end = DateEdit(date(2026, 3, 2)), DateEdit(date(2026, 3, 2))
    qtbot.addWidget(start)
    qtbot.addWidget(end)
    end_follows_start(start, end)
    start.set_value(date(2026, 3, 9))
    assert end.value() == date(2026, 3, 9)  # a one-day event moves whole
    end.set_value(date(2026, 3, 11))
    start.set_value(date(2026, 3, 10))
    assert end.value() == date(2026, 3, 11)  # set apart by the officer: kept
    start.set_value(date(2026, 3, 20))
    assert end.value() == date(2026, 3, 20)  # never before the start


def _in_form(qtbot, initial: date | None):  # type: ignore[no-untyped-def]
    """A date box between two fields, shown in an active window, the keyboard on the field before it."""
    from desmig_desktop.ui.widgets import FieldBox

    host = QWidget()
    lay = QVBoxLayout(host)
    before = QLineEdit(host)
    box = DateEdit(initial, None, today=date(2026, 11, 23))
    field = FieldBox(box, host)
    after = QLineEdit(host)
    lay.addWidget(before)
    lay.addWidget(field)
    lay.addWidget(after)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    return host, before, box, field, after


def test_the_three_spellings_give_that_date_over_a_prefilled_one_with_tab_click_or_shortcut(qtbot):
    for spelling in ("15/11/2026", "15-11-2026", "15112026"):
        for arrive in ("tab", "click", "focus"):
            _host, before, box, _field, after = _in_form(qtbot, date(2026, 11, 23))
            if arrive == "tab":
                qtbot.keyClick(before, Qt.Key.Key_Tab)
            elif arrive == "click":
                qtbot.mouseClick(box.edit, Qt.MouseButton.LeftButton)
            else:
                box.setFocus()
            qtbot.waitUntil(box.edit.hasFocus)
            qtbot.wait(5)  # the whole date is selected on arrival
            qtbot.keyClicks(box.edit, spelling)
            qtbot.keyClick(box.edit, Qt.Key.Key_Tab)  # one press leaves the field
            assert after.hasFocus(), (spelling, arrive)
            assert box.value() == date(2026, 11, 15) and box.edit.text() == "15/11/2026", (spelling, arrive)


def test_a_short_date_over_a_long_one_keeps_no_old_digits(qtbot):
    _host, before, box, _field, after = _in_form(qtbot, date(2026, 11, 23))
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.wait(5)
    qtbot.keyClicks(box.edit, "1/5/2026")
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)
    assert box.value() == date(2026, 5, 1) and box.edit.text() == "01/05/2026"


def test_an_impossible_date_is_shown_as_an_error_on_the_field_and_kept(qtbot):
    _host, before, box, field, after = _in_form(qtbot, None)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.keyClicks(box.edit, "31/02/2026")
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)
    assert box.value() is None and box.edit.text() == "31/02/2026"  # never rewritten to 03/03 or 28/02
    assert field.text() == "Tanggal 31/02/2026 tidak ada: tulis seperti 22/11/2026."
    box.setFocus()
    qtbot.wait(5)
    qtbot.keyClicks(box.edit, "28/02/2026")
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)
    assert box.value() == date(2026, 2, 28) and field.text() == ""


def test_no_clamp_to_today_and_no_year_guessing(qtbot):
    far = _typed(qtbot, "01/01/2090")
    assert far.value() == date(2090, 1, 1)  # a rule, not the box, refuses a future death
    assert _typed(qtbot, "01/01/0202").value() is None  # a mistyped year is wrong, not 1902 or 2002
    assert _typed(qtbot, "1511202").value() is None


def test_an_empty_optional_date_stays_empty_after_tab(qtbot):
    host = QWidget()
    lay = QVBoxLayout(host)
    before, box, after = QLineEdit(host), DateEdit(None, host, optional=True), QLineEdit(host)
    for w in (before, box, after):
        lay.addWidget(w)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)
    assert after.hasFocus() and box.value() is None and box.is_valid() and box.edit.text() == ""


def test_a_day_picked_from_the_calendar_is_that_day(qtbot):
    from PySide6.QtCore import QDate

    box = DateEdit(date(2026, 11, 23))
    qtbot.addWidget(box)
    box.calendar.clicked.emit(QDate(2026, 11, 15))
    assert box.value() == date(2026, 11, 15) and box.edit.text() == "15/11/2026"
