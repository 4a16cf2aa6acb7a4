"""Life events corrected and deleted with the rules checked again; the status follows each change."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.registry.models import LifeEvent
from desmig_desktop.registry.services import life_events
from desmig_desktop.registry.services import people as registry


def test_a_death_corrected_and_deleted_moves_the_status(ctx, people):
    sularmi = people.ids["Sularmi"]  # PMI aktif: her family are "keluarga"
    ev = registry.record_life_event(ctx, sularmi, "meninggal", date(2026, 11, 15), "di Hong Kong")
    assert registry.get_person(ctx, sularmi).in_village is False
    fixed = life_events.update_life_event(ctx, ev.id, "meninggal", date(2026, 11, 14), "di Hong Kong ")
    assert (fixed.event_date, fixed.note) == (date(2026, 11, 14), "di Hong Kong")
    with ctx.reader() as s:
        assert s.scalar(select(LifeEvent.event_date).where(LifeEvent.id == ev.id)) == date(2026, 11, 14)

    deletion = life_events.delete_life_event(ctx, ev.id)
    assert deletion.table == "life_event" and deletion.count == 1
    person = registry.get_person(ctx, sularmi)
    assert person.life_events == () and person.in_village is True
    life_events.restore_registry_record(ctx, deletion)
    person = registry.get_person(ctx, sularmi)
    assert [e.event_date for e in person.life_events] == [date(2026, 11, 14)] and person.in_village is False


def test_a_correction_is_checked_like_a_new_event(ctx, people):
    joko = people.ids["Joko Susilo"]  # born 3 March 1975; today is pinned by the tests
    ev = registry.record_life_event(ctx, joko, "pindah_keluar", date(2026, 10, 1))
    with pytest.raises(ValidationError) as err:
        life_events.update_life_event(ctx, ev.id, "meninggal", date(2099, 1, 1))
    assert [i.field for i in err.value.issues] == ["event_date"]
    with pytest.raises(ValidationError) as err:
        life_events.update_life_event(ctx, ev.id, "meninggal", date(1970, 1, 1))
    assert err.value.issues[0].message == "Tanggal peristiwa tidak boleh sebelum tanggal lahir."
    with pytest.raises(ValidationError):
        life_events.update_life_event(ctx, ev.id, "bercerai", date(2026, 10, 1))
    kept = registry.get_person(ctx, joko).life_events
    assert [(e.kind, e.event_date) for e in kept] == [("pindah_keluar", date(2026, 10, 1))]
    life_events.update_life_event(ctx, ev.id, "pindah_datang", date(2026, 10, 2))
    assert registry.get_person(ctx, joko).in_village is True
