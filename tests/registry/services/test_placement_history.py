"""Status on a date, overlapping placements, batal berangkat and departures under 18, through the use cases."""

from __future__ import annotations

from datetime import date

import pytest

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PlacementInput
from desmig_desktop.registry.status import current_placement, in_village, own_stage, stage_on
from tests.conftest import person_input


class Pl:
    def __init__(self, stage, registered_on=None, departed_on=None, returned_on=None, cancelled_on=None,
                 country=""):  # type: ignore[no-untyped-def]
        self.stage, self.registered_on, self.departed_on = stage, registered_on, departed_on
        self.returned_on, self.cancelled_on, self.country = returned_on, cancelled_on, country


class Ev:
    def __init__(self, kind, event_date):  # type: ignore[no-untyped-def]
        self.kind, self.event_date = kind, event_date


def test_unknown_dates_start_nothing():
    undated = Pl("calon")
    assert stage_on(undated, date(2017, 12, 31)) is None
    purna = Pl("purna", returned_on=date(2020, 1, 1))  # departure unknown: not aktif on any day before
    assert stage_on(purna, date(2019, 6, 1)) is None and stage_on(purna, date(2020, 1, 1)) == "purna"
    given_up = Pl("batal", registered_on=date(2018, 1, 1), cancelled_on=date(2018, 3, 1))
    assert [stage_on(given_up, d) for d in (date(2017, 1, 1), date(2018, 2, 1), date(2018, 3, 1))] \
        == [None, "calon", "batal"]


def test_the_current_placement_is_the_one_with_the_latest_step():
    old_calon = Pl("calon", registered_on=date(2015, 1, 1))
    later = Pl("purna", registered_on=date(2016, 1, 1), departed_on=date(2016, 5, 1), returned_on=date(2018, 5, 1))
    assert own_stage([old_calon, later], date(2019, 1, 1)) == "purna"  # not calon for ever
    assert own_stage([old_calon, later], date(2017, 1, 1)) == "aktif"
    cancelled = Pl("batal", registered_on=date(2020, 1, 1), cancelled_on=date(2020, 2, 1))
    assert current_placement([later, cancelled], date(2021, 1, 1)) == ("purna", later)  # giving up changes nothing
    assert own_stage([cancelled], date(2021, 1, 1)) is None


def test_residence_follows_the_life_events_dated_by_then():
    came = [Ev("pindah_datang", date(2019, 3, 1))]
    assert not in_village(came, date(1990, 1, 1), date(2017, 12, 31)) and in_village(came, date(1990, 1, 1), date(2019, 3, 1))
    left = [Ev("pindah_keluar", date(2019, 3, 1))]
    assert in_village(left, date(1990, 1, 1), date(2017, 12, 31)) and not in_village(left, date(1990, 1, 1), date(2020, 1, 1))
    assert not in_village([], date(2018, 1, 1), date(2017, 12, 31)) and in_village([], date(2018, 1, 1), date(2018, 1, 1))


def test_an_overlapping_placement_is_refused_naming_the_other(ctx, people):
    sularmi = people.ids["Sularmi"]  # aktif in Hong Kong since 1 March 2024
    with pytest.raises(ValidationError) as err:
        registry.add_placement(ctx, sularmi, PlacementInput("aktif", "Taiwan", "formal", departed_on=date(2025, 1, 6)))
    assert "bertumpang tindih" in str(err.value) and "Hong Kong" in str(err.value) and "01/03/2024" in str(err.value)
    first = registry.get_person(ctx, sularmi).placements[0]
    registry.update_placement(ctx, first.id, PlacementInput("purna", "Hong Kong", "informal", departed_on=date(2024, 3, 1),
                                                           returned_on=date(2024, 12, 20)))
    registry.add_placement(ctx, sularmi, PlacementInput("aktif", "Taiwan", "formal", departed_on=date(2025, 1, 6)))
    assert registry.get_person(ctx, sularmi).status == "aktif"


def test_a_calon_who_gave_up_is_closed_as_batal(ctx, people):
    ani = people.ids["Ani Rahayu"]
    pl = registry.get_person(ctx, ani).placements[0]
    with pytest.raises(ValidationError) as err:
        registry.cancel_placement(ctx, pl.id, date(2026, 11, 1), "")
    assert err.value.for_field("cancelled_on") and err.value.for_field("cancel_reason")
    registry.cancel_placement(ctx, pl.id, date(2026, 11, 20), "Tidak lulus medical")
    person = registry.get_person(ctx, ani)
    assert (person.placements[0].stage, person.placements[0].cancelled_on, person.placements[0].cancel_reason) \
        == ("batal", date(2026, 11, 20), "Tidak lulus medical")
    assert person.status == "none"  # Joko's household has no migrant left
    with pytest.raises(ValidationError):  # an aktif placement cannot be given up
        registry.cancel_placement(ctx, registry.get_person(ctx, people.ids["Sularmi"]).placements[0].id,
                                  date(2026, 11, 20), "x")
    # a new registration after the batal day does not overlap it
    registry.add_placement(ctx, ani, PlacementInput("calon", registered_on=date(2026, 11, 21)))
    assert registry.get_person(ctx, ani).status == "calon"


def test_under_18_a_new_departure_is_refused_a_past_one_is_recorded_as_a_fact(ctx, village):
    kid = registry.register_person(ctx, person_input("Rina Wati", "P", date(2005, 6, 1), 9)).id
    with pytest.raises(ValidationError) as err:
        registry.add_placement(ctx, kid, PlacementInput("aktif", "Malaysia", "informal", route="prosedural",
                                                        departed_on=date(2022, 1, 10)))
    assert "UU 18/2017" in str(err.value) and "non-prosedural" in str(err.value)
    with pytest.raises(ValidationError):  # non-procedural but no note: still refused
        registry.add_placement(ctx, kid, PlacementInput("aktif", "Malaysia", "informal", route="non_prosedural",
                                                        departed_on=date(2022, 1, 10)))
    registry.add_placement(ctx, kid, PlacementInput("aktif", "Malaysia", "informal", route="non_prosedural",
                                                    departed_on=date(2022, 1, 10),
                                                    departure_note="Umur dipalsukan di paspor (16 tahun)"))
    assert registry.get_person(ctx, kid).placements[0].departure_note == "Umur dipalsukan di paspor (16 tahun)"


def test_registering_a_calon_under_18_warns(ctx, village):
    kid = registry.register_person(ctx, person_input("Budi Santoso", "L", date(2010, 2, 2), 11)).id
    saved = registry.add_placement(ctx, kid, PlacementInput("calon", registered_on=date(2026, 11, 1)))
    assert any("16 tahun" in w and "UU 18/2017" in w for w in saved.warnings)


def test_lost_contact_keeps_its_history_and_goes_with_the_person(ctx, people):
    from sqlalchemy import select

    from desmig_desktop.registry.models import ContactLoss

    sularmi = people.ids["Sularmi"]
    pl = registry.get_person(ctx, sularmi).placements[0]
    hk = dict(country="Hong Kong", sector="informal", departed_on=date(2024, 3, 1))
    registry.update_placement(ctx, pl.id, PlacementInput("aktif", last_contact_on=date(2025, 2, 1), lost_contact=True, **hk))
    registry.update_placement(ctx, pl.id, PlacementInput("aktif", last_contact_on=date(2026, 11, 20), **hk))
    with ctx.reader() as s:
        rows = s.execute(select(ContactLoss.lost_on, ContactLoss.found_on, ContactLoss.deleted_at)).all()
    assert rows == [(date(2025, 2, 1), date(2026, 11, 23), None)]  # since the last contact, until found (today)
    registry.delete_person(ctx, sularmi)
    with ctx.reader() as s:
        assert s.scalar(select(ContactLoss.deleted_at)) is not None  # tombstoned with the person's placement
