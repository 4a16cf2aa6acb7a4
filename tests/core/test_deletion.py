"""Deleting a record and undoing it (core.records): what goes with it comes back, nothing else does."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desmig_desktop.registry.services import people as registry
from desmig_desktop.core.audit import AuditEntry
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.records import deleted_roots, restore_record, tombstone
from desmig_desktop.registry.models import LifeEvent, Person, Placement
from tests.conftest import person_input


def live(ctx, model) -> int:
    with ctx.reader() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def delete(ctx, model, record_id):
    with ctx.unit_of_work() as s:
        return tombstone(s, s.get(model, record_id))


def test_undo_brings_back_the_record_and_what_went_with_it_but_not_what_was_deleted_before(ctx, people):
    sularmi = people.ids["Sularmi"]
    registry.record_life_event(ctx, sularmi, "pindah_datang", date(2020, 1, 5), "Dari Kab. Temanggung")
    earlier = registry.record_life_event(ctx, sularmi, "pindah_datang", date(2021, 1, 5), "salah ketik")
    delete(ctx, LifeEvent, earlier.id)  # deleted on its own, before the person
    assert (live(ctx, Person), live(ctx, Placement), live(ctx, LifeEvent)) == (5, 2, 1)

    gone = delete(ctx, Person, sularmi)
    assert gone.count == 3  # the person, her placement, her remaining life event
    assert (live(ctx, Person), live(ctx, Placement), live(ctx, LifeEvent)) == (4, 1, 0)
    with ctx.reader() as s:
        roots = deleted_roots(s, ["person", "placement", "life_event"])
    assert [(r.table, r.record_id) for r in roots] == [("person", sularmi), ("life_event", earlier.id)]

    assert restore_record(ctx, gone.table, gone.record_id, gone.when) == 3
    assert (live(ctx, Person), live(ctx, Placement), live(ctx, LifeEvent)) == (5, 2, 1)
    with ctx.reader() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.record_id == sularmi)
                            .order_by(AuditEntry.at)).all()
    assert actions[-2:] == ["delete", "restore"]


def test_undo_is_refused_when_the_same_nik_was_registered_again_and_nothing_changes(ctx, people):
    gone = delete(ctx, Person, people.ids["Ani Rahayu"])
    again = person_input("Ani Rahayu", "P", date(1999, 8, 17), 5, people.households[1], "anak")
    assert again.nik == people.niks["Ani Rahayu"]
    registry.register_person(ctx, again)
    with pytest.raises(ValidationError) as err:
        restore_record(ctx, gone.table, gone.record_id, gone.when)
    assert "NIK" in str(err.value)
    assert live(ctx, Person) == 5


def test_undo_of_a_row_whose_parent_is_deleted_names_the_way_out(ctx, people):
    sularmi = people.ids["Sularmi"]
    with ctx.reader() as s:
        placement = s.scalar(select(Placement.id).where(Placement.person_id == sularmi))
    first = delete(ctx, Placement, placement)
    delete(ctx, Person, sularmi)
    with pytest.raises(ValidationError) as err:
        restore_record(ctx, first.table, first.record_id, first.when)
    assert "Pulihkan dulu data induknya" in str(err.value)
