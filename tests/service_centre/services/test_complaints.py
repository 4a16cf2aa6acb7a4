"""Complaints: filing (only a live registered villager may report), the status flow with its action log, the
lists as of a past day, the detail (full NIK, private texts) with its "view" audit entry, deleting."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from desmig_desktop.core.audit import AuditEntry
from desmig_desktop.core.errors import NotFoundError, ValidationError
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.life_events import record_life_event
from desmig_desktop.service_centre.dto import ComplaintInput, ComplaintStep
from desmig_desktop.service_centre.services import complaints as svc
from tests.conftest import TODAY, person_input
from tests.service_centre.conftest import AKTIF, CALON, FAMILY, SEEKER

OPENED = date(2026, 9, 1)


def _file(ctx, sc_people, reporter=FAMILY, migrant=AKTIF, category="gaji", on=OPENED, text="Gaji 3 bulan belum dibayar"):
    return svc.file_complaint(ctx, ComplaintInput(sc_people.ids[reporter] if reporter in sc_people.ids else reporter,
                                                  sc_people.ids[migrant], category, text, on))


def test_a_family_member_files_a_complaint_about_the_migrant_abroad(ctx, sc_people):
    saved = _file(ctx, sc_people)
    assert saved.warnings == ()
    [row] = svc.list_complaints(ctx)
    assert (row.category, row.status, row.opened_on, row.country, row.person_name) == (
        "gaji", "baru", OPENED, "Taiwan", AKTIF)
    assert row.days_open == (TODAY - OPENED).days
    detail = svc.get_complaint(ctx, saved.id)
    assert detail.reporter_name == FAMILY and detail.reporter_relationship == "kepala"
    assert detail.person_nik == sc_people.niks[AKTIF]  # in full: the referral letter needs it
    assert detail.placement_agency == "PT Maju Jaya Sentosa"
    assert "Jl. Melati No. 7" in detail.reporter_address and "RT 01/RW 01" in detail.reporter_address
    assert [(a.acted_on, a.status) for a in detail.actions] == [(OPENED, "baru")]
    assert FAMILY in detail.actions[0].text
    assert detail.next_steps == ("ditindaklanjuti",)


@pytest.mark.parametrize("reporter", ["", "no-such-person"])
def test_an_outsider_cannot_file_a_complaint(ctx, sc_people, reporter):
    with pytest.raises(ValidationError) as err:
        _file(ctx, sc_people, reporter=reporter)
    [message] = err.value.for_field("reporter_id")
    assert "warga yang terdaftar" in message and "luar daftar penduduk" in message
    assert svc.list_complaints(ctx) == []


def test_a_deleted_person_cannot_report_and_the_migrant_needs_a_placement(ctx, sc_people):
    registry.delete_person(ctx, sc_people.ids[SEEKER])
    with pytest.raises(ValidationError) as err:
        _file(ctx, sc_people, reporter=SEEKER, migrant=FAMILY)
    assert err.value.for_field("reporter_id")
    assert "belum punya catatan penempatan" in err.value.for_field("person_id")[0]


def test_a_reporter_outside_the_migrants_kk_is_a_warning(ctx, sc_people, people):
    neighbour = people.ids["Joko Susilo"]
    saved = svc.file_complaint(ctx, ComplaintInput(neighbour, sc_people.ids[AKTIF], "putus_kontak", "Tidak ada kabar",
                                                   OPENED))
    assert len(saved.warnings) == 1 and "tidak satu KK" in saved.warnings[0]


def test_required_fields_and_dates(ctx, sc_people):
    with pytest.raises(ValidationError) as err:
        _file(ctx, sc_people, category="bukan", text="  ", on=date(2026, 12, 1))
    assert {i.field for i in err.value.issues} == {"category", "description", "opened_on"}


def test_the_flow_refuses_jumps_and_logs_each_step(ctx, sc_people):
    cid = _file(ctx, sc_people).id
    with pytest.raises(ValidationError) as err:
        svc.move_complaint(ctx, cid, ComplaintStep("selesai", date(2026, 9, 2), outcome="Dibayar"))
    assert "tidak dapat diubah" in err.value.for_field("status")[0]
    with pytest.raises(ValidationError):
        svc.move_complaint(ctx, cid, ComplaintStep("ditindaklanjuti", date(2026, 8, 30)))  # before the filing
    svc.move_complaint(ctx, cid, ComplaintStep("ditindaklanjuti", date(2026, 9, 3), note="Menghubungi P3MI"))
    with pytest.raises(ValidationError) as err:
        svc.move_complaint(ctx, cid, ComplaintStep("dirujuk", date(2026, 9, 10)))
    assert err.value.for_field("referred_to")
    svc.move_complaint(ctx, cid, ComplaintStep("dirujuk", date(2026, 9, 10), referred_to="bp2mi"))
    svc.add_action(ctx, cid, date(2026, 9, 20), "BP2MI menghubungi majikan")
    with pytest.raises(ValidationError) as err:
        svc.move_complaint(ctx, cid, ComplaintStep("selesai", date(2026, 10, 5)))
    assert err.value.for_field("outcome")
    svc.move_complaint(ctx, cid, ComplaintStep("selesai", date(2026, 10, 5), outcome="Gaji dibayar penuh"))
    detail = svc.get_complaint(ctx, cid)
    assert [(a.acted_on, a.status) for a in detail.actions] == [
        (OPENED, "baru"), (date(2026, 9, 3), "ditindaklanjuti"), (date(2026, 9, 10), "dirujuk"),
        (date(2026, 9, 20), None), (date(2026, 10, 5), "selesai")]
    assert "Menghubungi P3MI" in detail.actions[1].text and "BP2MI" in detail.actions[2].text
    assert detail.outcome == "Gaji dibayar penuh" and detail.next_steps == ()
    with pytest.raises(ValidationError):
        svc.move_complaint(ctx, cid, ComplaintStep("dirujuk", TODAY, referred_to="polisi"))
    # as of past days: statuses and days open from the step dates
    assert [r.status for r in svc.list_complaints(ctx, day=date(2026, 9, 5))] == ["ditindaklanjuti"]
    [then] = svc.list_complaints(ctx, day=date(2026, 9, 15))
    assert (then.status, then.referred_to, then.closed_on, then.days_open) == ("dirujuk", "bp2mi", None, 14)
    assert svc.list_complaints(ctx, day=date(2026, 8, 31)) == []
    [now] = svc.list_complaints(ctx, status="selesai")
    assert (now.closed_on, now.days_open, now.status_on) == (date(2026, 10, 5), 34, date(2026, 10, 5))
    assert svc.list_complaints(ctx, status="baru") == []


def test_filters_open_complaints_of_a_person_and_update(ctx, sc_people):
    a = _file(ctx, sc_people).id
    b = _file(ctx, sc_people, migrant=CALON, category="calo", text="Dimintai uang oleh calo").id
    assert [r.id for r in svc.list_complaints(ctx, category="calo")] == [b]
    assert [r.id for r in svc.open_complaints_of(ctx, sc_people.ids[AKTIF])] == [a]
    assert {r.id for r in svc.open_complaints_of(ctx, sc_people.ids[FAMILY])} == {a, b}  # the reporter
    svc.update_complaint(ctx, a, "kekerasan", "Dipukul majikan")
    with pytest.raises(ValidationError):
        svc.update_complaint(ctx, a, "kekerasan", " ")
    detail = svc.get_complaint(ctx, a)
    assert (detail.row.category, detail.description) == ("kekerasan", "Dipukul majikan")


def test_opening_a_complaint_is_written_to_the_audit_trail_without_its_text(ctx, sc_people):
    cid = _file(ctx, sc_people, text="Rahasia keluarga").id
    svc.get_complaint(ctx, cid)
    svc.get_complaint(ctx, cid)
    with ctx.reader() as s:
        views = s.scalars(select(AuditEntry).where(AuditEntry.record_id == cid, AuditEntry.action == "view")).all()
        created = s.scalars(select(AuditEntry).where(AuditEntry.record_id == cid, AuditEntry.action == "create")).one()
    assert len(views) == 2 and all(v.officer == "Siti Petugas" and v.table_name == "sc_complaint" for v in views)
    assert "Rahasia" not in created.changes and json.loads(created.changes)["description"][1] != "Rahasia keluarga"


def test_delete_takes_the_action_log_along(ctx, sc_people):
    cid = _file(ctx, sc_people).id
    deletion = svc.delete_complaint(ctx, cid)
    assert deletion.count == 2  # the complaint and its first log line
    assert svc.list_complaints(ctx) == []
    with pytest.raises(NotFoundError):
        svc.get_complaint(ctx, cid)


def test_a_villager_who_moved_away_cannot_report(ctx, sc_people):
    data = person_input("Pendatang Baru", "L", date(1990, 1, 1), 77, sc_people.household, "lainnya")
    pid = registry.register_person(ctx, data).id
    record_life_event(ctx, pid, "pindah_keluar", date(2026, 6, 1))
    with pytest.raises(ValidationError) as err:
        svc.file_complaint(ctx, ComplaintInput(pid, sc_people.ids[AKTIF], "gaji", "x", OPENED))
    assert "tidak lagi tinggal di desa" in err.value.for_field("reporter_id")[0]
