"""Group rules (issue 7, point 5): one ketua/sekretaris/bendahara at a time, no joining before the group was
founded, warnings when the registry says a member was abroad, and leave reasons the registry contradicts."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from desmig_desktop.activities.services.trainings import TrainingInput, create_training, set_attendance
from desmig_desktop.core.audit import AuditEntry
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.production import rules as gr
from desmig_desktop.production.services import groups
from desmig_desktop.production.services import products as production
from desmig_desktop.production.services.groups import GroupInput
from desmig_desktop.production.services.products import BatchInput
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput, PlacementInput

NAMES = ["Bariyah", "Tukinem", "Surtini", "Fatonah", "Ngatmi"]


@pytest.fixture
def salak(ctx, village):
    people = {}
    for i, name in enumerate(NAMES, start=1):
        born = date(1980 + i, i, 10 + i)
        people[name] = registry.register_person(ctx, PersonInput(make_nik("330709", born, "P", i), name, "P", born)).id
    gid = groups.create_group(ctx, GroupInput("Kelompok Salak", "salak", date(2017, 1, 10))).id
    for name, role in zip(NAMES[:4], ("ketua", "sekretaris", "bendahara", "anggota")):
        groups.add_member(ctx, gid, people[name], date(2017, 1, 10), role)
    return gid, people


def roles(ctx, gid) -> dict[str, str]:
    return {m.name: m.role for m in groups.get_group(ctx, gid).members if m.active}


def member(ctx, gid, name):
    return next(m for m in groups.get_group(ctx, gid).members if m.name == name and m.active)


def abroad(ctx, pid, departed=date(2016, 3, 1), returned=date(2018, 3, 1), country="Taiwan"):
    registry.add_placement(ctx, pid, PlacementInput("purna", country, registered_on=date(2015, 11, 1),
                                                    departed_on=departed, returned_on=returned))


# ---- one holder per role ---------------------------------------------------------------------

@pytest.mark.parametrize("role", ["ketua", "sekretaris", "bendahara"])
def test_giving_a_role_takes_it_from_its_holder(ctx, salak, role):
    gid, _people = salak
    before = {v: k for k, v in roles(ctx, gid).items()}[role]
    groups.change_role(ctx, member(ctx, gid, "Fatonah").id, role)
    after = roles(ctx, gid)
    assert after["Fatonah"] == role
    assert after[before] == "anggota"
    assert sorted(after.values()).count(role) == 1


def test_the_audit_trail_shows_who_held_the_role(ctx, salak):
    gid, _people = salak
    bawon, farida = member(ctx, gid, "Bariyah"), member(ctx, gid, "Fatonah")
    groups.change_role(ctx, farida.id, "ketua")
    with ctx.reader() as s:
        changes = {e.record_id: json.loads(e.changes)["role"] for e in s.scalars(select(AuditEntry).where(
            AuditEntry.table_name == "group_member", AuditEntry.action == "update"))}
    assert changes == {bawon.id: ["ketua", "anggota"], farida.id: ["anggota", "ketua"]}


def test_role_history_reads_who_held_the_role_when(ctx, salak):
    gid, _people = salak
    groups.change_role(ctx, member(ctx, gid, "Fatonah").id, "bendahara")
    groups.change_role(ctx, member(ctx, gid, "Surtini").id, "ketua")
    history = [(h.name, h.old_role, h.new_role) for h in groups.role_history(ctx, gid)]
    assert history[:4] == [("Bariyah", None, "ketua"), ("Tukinem", None, "sekretaris"), ("Surtini", None, "bendahara"),
                           ("Fatonah", None, "anggota")]
    assert sorted(history[4:6]) == [("Fatonah", "anggota", "bendahara"), ("Surtini", "bendahara", "anggota")]
    assert sorted(history[6:]) == [("Bariyah", "ketua", "anggota"), ("Surtini", "anggota", "ketua")]
    assert roles(ctx, gid) == {"Bariyah": "anggota", "Tukinem": "sekretaris", "Surtini": "ketua", "Fatonah": "bendahara"}


def test_a_new_ketua_joining_takes_the_role(ctx, salak):
    gid, people = salak
    groups.add_member(ctx, gid, people["Ngatmi"], date(2017, 6, 1), "ketua")
    assert roles(ctx, gid) == {"Bariyah": "anggota", "Tukinem": "sekretaris", "Surtini": "bendahara",
                               "Fatonah": "anggota", "Ngatmi": "ketua"}


def test_anggota_is_not_unique(ctx, salak):
    gid, _people = salak
    groups.change_role(ctx, member(ctx, gid, "Bariyah").id, "anggota")
    assert list(roles(ctx, gid).values()).count("anggota") == 2
    assert "ketua" not in roles(ctx, gid).values()


# ---- founding date ---------------------------------------------------------------------------

def test_joining_before_the_group_was_founded_is_refused(ctx, salak):
    gid, people = salak
    with pytest.raises(ValidationError) as err:
        groups.add_member(ctx, gid, people["Ngatmi"], date(2016, 12, 31))
    message = err.value.for_field("joined_on")[0]
    assert "31/12/2016" in message and "10/01/2017" in message and "Kelompok Salak" in message
    assert groups.add_member(ctx, gid, people["Ngatmi"], date(2017, 1, 10)).id


# ---- abroad on the day -----------------------------------------------------------------------

def test_joining_while_abroad_warns_with_the_placement(ctx, salak):
    gid, people = salak
    abroad(ctx, people["Ngatmi"])
    saved = groups.add_member(ctx, gid, people["Ngatmi"], date(2017, 6, 1))
    assert len(saved.warnings) == 1
    assert "Ngatmi" in saved.warnings[0] and "Taiwan" in saved.warnings[0] and "01/03/2016" in saved.warnings[0]
    assert roles(ctx, gid)["Ngatmi"] == "anggota"  # saved all the same


@pytest.mark.parametrize("day", [date(2017, 2, 28), date(2018, 3, 1)])
def test_joining_before_departure_or_on_the_return_day_does_not_warn(ctx, salak, day):
    gid, people = salak
    abroad(ctx, people["Ngatmi"], departed=date(2017, 3, 1), returned=date(2018, 3, 1))
    assert groups.add_member(ctx, gid, people["Ngatmi"], day).warnings == ()


def test_working_a_batch_while_abroad_warns(ctx, salak):
    gid, people = salak
    product = production.add_product(ctx, gid, "Dodol salak", "bungkus", 15_000).id
    abroad(ctx, people["Fatonah"], departed=date(2017, 2, 1), returned=date(2019, 2, 1), country="Hong Kong")
    saved = production.record_batch(ctx, BatchInput(product, date(2017, 3, 1), 10, 10_000,
                                                    (people["Bariyah"], people["Fatonah"])))
    assert len(saved.warnings) == 1
    assert "Fatonah" in saved.warnings[0] and "Hong Kong" in saved.warnings[0] and "01/02/2017" in saved.warnings[0]
    assert production.record_batch(ctx, BatchInput(product, date(2017, 1, 20), 10, 10_000,
                                                   (people["Fatonah"],))).warnings == ()


def test_attending_a_training_while_abroad_warns(ctx, salak):
    gid, people = salak
    abroad(ctx, people["Surtini"], departed=date(2017, 2, 1), returned=date(2019, 2, 1), country="Malaysia")
    saved = create_training(ctx, TrainingInput("Pelatihan dodol", "pengolahan_pangan", "blk", date(2017, 4, 3),
                                               attendee_ids=(people["Bariyah"], people["Surtini"])))
    assert len(saved.warnings) == 1 and "Surtini" in saved.warnings[0] and "Malaysia" in saved.warnings[0]
    later = create_training(ctx, TrainingInput("Pemasaran", "pengolahan_pangan", "blk", date(2019, 4, 3), attendee_ids=(people["Bariyah"],)))
    assert set_attendance(ctx, later.id, (people["Bariyah"], people["Surtini"])) == ()
    assert len(set_attendance(ctx, saved.id, (people["Tukinem"], people["Surtini"]))) == 0  # Surtini was already listed
    again = create_training(ctx, TrainingInput("Kemasan", "pengolahan_pangan", "blk", date(2017, 5, 3), attendee_ids=(people["Bariyah"],)))
    warned = set_attendance(ctx, again.id, (people["Bariyah"], people["Surtini"]))
    assert len(warned) == 1 and "Surtini" in warned[0]


# ---- leave reasons the registry contradicts ---------------------------------------------------

def test_leaving_to_work_abroad_with_no_departure_warns(ctx, salak):
    gid, people = salak
    ended = groups.end_membership(ctx, member(ctx, gid, "Fatonah").id, date(2017, 5, 1), "kerja_luar_negeri")
    assert ended.missing is not None and ended.missing.code == "no_departure" and ended.missing.event_kind is None
    assert "Fatonah" in ended.warnings[0] and "keberangkatan" in ended.warnings[0]


def test_leaving_to_work_abroad_with_a_departure_soon_after_does_not_warn(ctx, salak):
    gid, people = salak
    abroad(ctx, people["Fatonah"], departed=date(2017, 9, 1), returned=date(2019, 9, 1))
    ended = groups.end_membership(ctx, member(ctx, gid, "Fatonah").id, date(2017, 5, 1), "kerja_luar_negeri")
    assert ended.missing is None and ended.warnings == ()


def test_leaving_to_move_with_no_move_out_offers_to_record_it(ctx, salak):
    gid, people = salak
    m = member(ctx, gid, "Surtini")
    check = groups.check_leave(ctx, m.id, date(2017, 7, 1), "pindah")
    assert check is not None and (check.code, check.event_kind, check.on) == ("no_move_out", "pindah_keluar", date(2017, 7, 1))
    ended = groups.end_membership(ctx, m.id, date(2017, 7, 1), "pindah", "ke Semarang")
    assert ended.missing == check
    registry.record_life_event(ctx, check.person_id, check.event_kind, check.on)
    assert groups.check_leave(ctx, m.id, date(2017, 7, 1), "pindah") is None
    assert registry.get_person(ctx, people["Surtini"]).in_village is False


def test_the_missing_move_out_is_recorded_with_the_membership_in_one_unit_of_work(ctx, salak):
    gid, people = salak
    m = member(ctx, gid, "Surtini")
    ended = groups.end_membership(ctx, m.id, date(2017, 7, 1), "pindah", "ke Semarang", record_missing_event=True)
    assert ended.warnings == () and ended.missing is None
    person = registry.get_person(ctx, people["Surtini"])
    assert [(e.kind, e.event_date, e.note) for e in person.life_events] == [("pindah_keluar", date(2017, 7, 1), "ke Semarang")]
    assert person.in_village is False
    left = next(x for x in groups.get_group(ctx, gid).members if x.id == m.id)
    assert (left.left_on, left.leave_reason) == (date(2017, 7, 1), "pindah")


def test_leaving_as_dead_with_no_death_warns(ctx, salak):
    gid, people = salak
    m = member(ctx, gid, "Tukinem")
    assert groups.check_leave(ctx, m.id, date(2017, 7, 1), "meninggal").event_kind == "meninggal"
    registry.record_life_event(ctx, people["Tukinem"], "meninggal", date(2017, 6, 28))
    assert groups.end_membership(ctx, m.id, date(2017, 7, 1), "meninggal").warnings == ()


def test_other_reasons_never_warn(ctx, salak):
    gid, _people = salak
    assert groups.end_membership(ctx, member(ctx, gid, "Fatonah").id, date(2017, 5, 1), "tidak_berminat").warnings == ()


@pytest.mark.parametrize(("reason", "placements", "events", "code"), [
    ("kerja_luar_negeri", [], [], "no_departure"),
    ("kerja_luar_negeri", [(None, date(2015, 1, 1), date(2016, 1, 1))], [], "no_departure"),  # came back long before
    ("kerja_luar_negeri", [(None, date(2015, 1, 1), None)], [], None),  # abroad that day
    ("kerja_luar_negeri", [(date(2017, 6, 1), None, None)], [], None),  # registered a month later
    ("kerja_luar_negeri", [(None, date(2018, 6, 1), None)], [], "no_departure"),  # more than a year later
    ("pindah", [], [("pindah_keluar", date(2016, 1, 1))], "no_move_out"),  # before joining: not this move
    ("pindah", [], [("pindah_keluar", date(2017, 5, 20))], None),
    ("meninggal", [], [("pindah_keluar", date(2017, 5, 20))], "no_death"),
    ("sakit", [], [], None),
])
def test_leave_conflict_rule(reason, placements, events, code):
    found = gr.leave_conflict(reason, date(2017, 1, 10), date(2017, 5, 1), placements, events)
    assert (found.code if found else None) == code
