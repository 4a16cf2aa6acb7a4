"""The Terhapus window: deleted records of every area, newest first, restored with what went with them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import func, select

from desmig_desktop.core.pillar import Pillar
from desmig_desktop.core.records import DeletedItem, deleted_roots, tombstone
from desmig_desktop.registry.models import Person, Placement
from desmig_desktop.shell.deleted_dialog import DeletedDialog
from desmig_desktop.ui.changes import Changes
from desmig_desktop.ui.feedback import messages_shown


def describe(session) -> list[DeletedItem]:  # a test area's describer: people by name
    rows = deleted_roots(session, ["person"])
    names = dict(session.execute(select(Person.id, Person.name).where(Person.id.in_([r.record_id for r in rows]))).all())
    return [DeletedItem(r.table, r.record_id, r.when, "Penduduk", names[r.record_id]) for r in rows]


TEST_AREA = Pillar(key="t", title="T", icon="fa5s.circle", deleted=f"{__name__}:describe")


def live(ctx, model) -> int:
    with ctx.reader() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def test_a_deleted_person_is_listed_and_restored_with_her_placement(qtbot, ctx, people):
    for name in ("Joko Susilo", "Sularmi"):
        with ctx.unit_of_work() as s:
            tombstone(s, s.get(Person, people.ids[name]))
    assert (live(ctx, Person), live(ctx, Placement)) == (3, 1)
    changes = Changes()
    seen = []
    changes.changed.connect(lambda kinds: seen.append("persons" in kinds))
    dialog = DeletedDialog(ctx, [TEST_AREA], changes)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert shown == ["Sularmi", "Joko Susilo"]  # newest first
    assert dialog.model.index(0, 0).data() == "Penduduk"

    dialog.table.selectionModel().select(dialog.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                         | QItemSelectionModel.SelectionFlag.Rows)
    dialog.restore_button.click()
    assert (live(ctx, Person), live(ctx, Placement)) == (4, 2)
    assert [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())] == ["Joko Susilo"]
    assert seen == [True]
    assert messages_shown(dialog) == ["Penduduk dipulihkan: Sularmi"]


def test_nothing_deleted_says_so(qtbot, ctx, people):
    dialog = DeletedDialog(ctx, [TEST_AREA], Changes())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 0
    assert dialog.empty.isVisible() and not dialog.restore_button.isEnabled()


def test_the_app_lists_a_person_deleted_from_the_register_with_the_areas_own_words(qtbot, ctx, people):
    from desmig_desktop.app import PILLARS
    from desmig_desktop.registry.services.people import delete_person

    delete_person(ctx, people.ids["Joko Susilo"])
    dialog = DeletedDialog(ctx, PILLARS, Changes())
    qtbot.addWidget(dialog)
    rows = [(dialog.model.index(r, 0).data(), dialog.model.index(r, 1).data()) for r in range(dialog.model.rowCount())]
    assert len(rows) == 1 and "Joko Susilo" in rows[0][1]


def test_a_death_deleted_by_mistake_and_restored_from_terhapus_takes_the_person_out_of_the_village_again(qtbot, ctx, people):
    from desmig_desktop.app import PILLARS
    from desmig_desktop.registry.services.life_events import delete_life_event, record_life_event

    joko = people.ids["Joko Susilo"]

    def in_village() -> bool:
        with ctx.reader() as s:
            return s.get(Person, joko).in_village

    death = record_life_event(ctx, joko, "meninggal", date(2026, 10, 1), "")
    assert not in_village()
    delete_life_event(ctx, death.id)
    assert in_village()
    dialog = DeletedDialog(ctx, PILLARS, Changes())
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert not in_village()
