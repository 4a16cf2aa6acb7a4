"""The lost-contact register (services/contact.py): the registry's flag, no contact for more than 90 days, an
open putus-kontak complaint; recording contact again closes the registry's lost-contact stretch on that day."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.registry.models import ContactLoss
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PlacementInput
from desmig_desktop.service_centre.models import Complaint, ComplaintAction
from desmig_desktop.service_centre.services.contact import lost_contact_register, record_contact
from tests.service_centre.conftest import AGENCY, AKTIF, CALON, DEPARTED, FAMILY, LAST_CONTACT

LOST_SINCE = date(2026, 7, 1)
TODAY = date(2026, 11, 23)


def lose_contact(ctx, sc_people, last=LOST_SINCE):  # type: ignore[no-untyped-def]
    registry.update_placement(ctx, sc_people.placements[AKTIF], PlacementInput(
        "aktif", "Taiwan", "formal", "Operator pabrik", AGENCY, route="prosedural", scheme="p_to_p",
        registered_on=date(2024, 1, 15), departed_on=DEPARTED, last_contact_on=last, lost_contact=True))


def stretches(ctx, placement_id):  # type: ignore[no-untyped-def]
    with ctx.reader() as s:
        return [(c.lost_on, c.found_on) for c in s.scalars(select(ContactLoss).where(
            ContactLoss.placement_id == placement_id, ContactLoss.deleted_at.is_(None)))]


def complain(ctx, sc_people, opened_on=date(2026, 11, 1), closed_on=None):  # type: ignore[no-untyped-def]
    with ctx.unit_of_work() as s:
        c = Complaint(reporter_id=sc_people.ids[FAMILY], person_id=sc_people.ids[AKTIF], category="putus_kontak",
                      description="Tidak ada kabar sejak Juli", status="selesai" if closed_on else "baru",
                      opened_on=opened_on, followed_on=closed_on, closed_on=closed_on, outcome="")
        s.add(c)
        s.flush()
        return c.id


def test_nobody_is_on_the_register_while_contact_is_recent(ctx, sc_people):
    assert lost_contact_register(ctx) == []


def test_no_contact_for_more_than_90_days_puts_a_migrant_on_it(ctx, sc_people):
    assert lost_contact_register(ctx, date(2027, 1, 28)) == []  # 90 days after 30/10/2026
    [row] = lost_contact_register(ctx, date(2027, 1, 29))
    assert (row.name, row.country, row.departed_on, row.last_contact_on, row.days_without_contact) == (
        AKTIF, "Taiwan", DEPARTED, LAST_CONTACT, 91)
    assert (row.reasons, row.flagged, row.complaint_id) == (("no_contact_90",), False, None)


def test_the_registry_flag_puts_a_migrant_on_it_and_contact_again_closes_it_on_that_day(ctx, sc_people):
    pid = sc_people.placements[AKTIF]
    lose_contact(ctx, sc_people)
    [row] = lost_contact_register(ctx)
    assert (row.placement_id, row.flagged, row.reasons, row.days_without_contact) == (
        pid, True, ("flag", "no_contact_90"), 145)
    record_contact(ctx, pid, date(2026, 11, 10))
    placement = registry.get_person(ctx, sc_people.ids[AKTIF]).placements[0]
    assert (placement.lost_contact, placement.last_contact_on) == (False, date(2026, 11, 10))
    assert stretches(ctx, pid) == [(LOST_SINCE, date(2026, 11, 10))]  # closed on the day given, not today
    assert lost_contact_register(ctx) == []
    assert [r.reasons for r in lost_contact_register(ctx, date(2026, 11, 9))] == [("flag", "no_contact_90")]


def test_contact_needs_a_day_after_the_departure_and_the_loss_and_not_in_the_future(ctx, sc_people):
    pid = sc_people.placements[AKTIF]
    lose_contact(ctx, sc_people)
    for on, words in [(date(2026, 11, 24), "sesudah hari ini"), (date(2024, 5, 1), "sebelum tanggal berangkat"),
                      (date(2026, 6, 30), "sebelum putus kontak dicatat (01/07/2026)")]:
        with pytest.raises(ValidationError) as err:
            record_contact(ctx, pid, on)
        assert words in err.value.for_field("on")[0]
    with pytest.raises(ValidationError) as err:
        record_contact(ctx, sc_people.placements[CALON], date(2026, 11, 1))
    assert "sudah berangkat" in err.value.for_field("on")[0]
    assert registry.get_person(ctx, sc_people.ids[AKTIF]).placements[0].lost_contact


def test_an_older_contact_never_moves_the_last_contact_back(ctx, sc_people):
    record_contact(ctx, sc_people.placements[AKTIF], date(2026, 9, 1))
    assert registry.get_person(ctx, sc_people.ids[AKTIF]).placements[0].last_contact_on == LAST_CONTACT


def test_an_open_putus_kontak_complaint_puts_the_migrant_on_it_and_gets_the_contact_in_its_log(ctx, sc_people):
    complaint_id = complain(ctx, sc_people)
    [row] = lost_contact_register(ctx)
    assert (row.name, row.reasons, row.complaint_id, row.flagged) == (AKTIF, ("complaint",), complaint_id, False)
    assert lost_contact_register(ctx, date(2026, 10, 31)) == []  # not yet filed that day
    record_contact(ctx, sc_people.placements[AKTIF], date(2026, 11, 22))
    with ctx.reader() as s:
        actions = s.scalars(select(ComplaintAction).where(ComplaintAction.complaint_id == complaint_id)).all()
        assert [(a.acted_on, a.text) for a in actions] == [
            (date(2026, 11, 22), "Kontak dengan Wartini tersambung kembali pada 22/11/2026.")]


def test_a_closed_complaint_is_not_on_the_register(ctx, sc_people):
    complain(ctx, sc_people, date(2026, 10, 1), closed_on=date(2026, 10, 20))
    assert lost_contact_register(ctx) == []
    assert [r.reasons for r in lost_contact_register(ctx, date(2026, 10, 19))] == [("complaint",)]


def test_the_contacts_known_on_a_day():
    from desmig_desktop.service_centre.services.contact import known_contact

    stretches = [(date(2026, 3, 1), date(2026, 5, 1)), (None, None)]
    assert known_contact(date(2026, 10, 30), stretches, TODAY) == (date(2026, 10, 30), False)
    assert known_contact(date(2026, 10, 30), stretches, date(2026, 6, 1)) == (date(2026, 5, 1), False)
    assert known_contact(date(2026, 10, 30), stretches, date(2026, 4, 1)) == (date(2026, 3, 1), False)
    assert known_contact(date(2026, 10, 30), stretches, date(2026, 2, 1)) == (None, True)  # hidden by later ones
    assert known_contact(None, [], TODAY) == (None, False)  # never any: counted from the departure
