"""The guest book on a real database: villagers' and outsiders' visits, the outsider rule, filters, correction
and deletion, and how a visitor shows in the list (masked ID numbers)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.records import restore_record
from desmig_desktop.service_centre.dto import VisitInput
from desmig_desktop.service_centre.services.visits import (
    delete_visit,
    list_visits,
    record_visit,
    update_visit,
    visits_of,
)

OUTSIDER = dict(outsider_name="Suparmi", outsider_id_number="3307085506880002", outsider_village="Desa Kalianget")


def test_villager_visit_shows_masked_nik_and_home(ctx, sc_people):
    pid = sc_people.ids["Bambang Sutrisno"]
    record_visit(ctx, VisitInput(datetime(2026, 11, 20, 9, 15), "pengaduan", pid, served_by="Siti Petugas",
                                 notes="Istri tidak bisa dihubungi"))
    (row,) = list_visits(ctx)
    assert (row.name, row.registered, row.home, row.purpose) == ("Bambang Sutrisno", True, "Kuripan RT 01/RW 01",
                                                                 "pengaduan")
    nik = sc_people.niks["Bambang Sutrisno"]
    assert row.id_number == nik[:4] + "*" * 10 + nik[-2:]
    assert row.visited_at == datetime(2026, 11, 20, 9, 15)
    assert [r.id for r in visits_of(ctx, pid)] == [row.id]


def test_outsider_for_information_stays_out_of_the_register(ctx, sc_people):
    record_visit(ctx, VisitInput(datetime(2026, 11, 21, 10, 0), "migrasi_aman", **OUTSIDER))
    (row,) = list_visits(ctx)
    assert (row.name, row.registered, row.home, row.person_id) == ("Suparmi", False, "Desa Kalianget", None)
    assert row.id_number == "3307**********02"
    from desmig_desktop.registry.services.search import PersonQuery, count_persons

    assert count_persons(ctx, PersonQuery()) == 4  # the four of the KK: no one added


@pytest.mark.parametrize("purpose", ["pengaduan", "ak1", "dokumen"])
def test_outsider_cannot_come_for_a_villagers_service(ctx, sc_people, purpose):
    with pytest.raises(ValidationError) as e:
        record_visit(ctx, VisitInput(datetime(2026, 11, 21, 10, 0), purpose, **OUTSIDER))
    (msg,) = e.value.for_field("purpose")
    assert "hanya dapat dilayani untuk informasi" in msg and "daftarkan dulu warganya" in msg
    assert list_visits(ctx) == []


def test_outsider_needs_name_and_id_and_no_future_visit(ctx, sc_people):
    with pytest.raises(ValidationError) as e:
        record_visit(ctx, VisitInput(datetime(2026, 11, 24, 8, 0), "info_kerja"))
    assert e.value.for_field("outsider_name") and e.value.for_field("outsider_id_number")
    assert e.value.for_field("visited_at") == ["Tanggal kunjungan tidak boleh sesudah hari ini."]
    with pytest.raises(ValidationError, match="Keperluan wajib dipilih"):
        record_visit(ctx, VisitInput(datetime(2026, 11, 20, 8, 0), "jalan_jalan", sc_people.ids["Wartini"]))


def test_filters_newest_first(ctx, sc_people):
    ids = sc_people.ids
    record_visit(ctx, VisitInput(datetime(2026, 10, 5, 9, 0), "ak1", ids["Agus Setiawan"], served_by="Siti Petugas"))
    record_visit(ctx, VisitInput(datetime(2026, 11, 2, 13, 30), "info_kerja", **OUTSIDER, served_by="Pak Carik"))
    record_visit(ctx, VisitInput(datetime(2026, 11, 20, 8, 0), "migrasi_aman", ids["Rina Wulandari"],
                                 served_by="Siti Petugas"))
    assert [r.name for r in list_visits(ctx)] == ["Rina Wulandari", "Suparmi", "Agus Setiawan"]
    assert [r.name for r in list_visits(ctx, start=date(2026, 11, 1), end=date(2026, 11, 2))] == ["Suparmi"]
    assert [r.name for r in list_visits(ctx, purpose="ak1")] == ["Agus Setiawan"]
    assert [r.name for r in list_visits(ctx, text="kalianget")] == ["Suparmi"]
    assert [r.name for r in list_visits(ctx, text="carik")] == ["Suparmi"]
    assert [r.name for r in list_visits(ctx, text="KURIPAN")] == ["Rina Wulandari", "Agus Setiawan"]


def test_update_and_delete_then_undo(ctx, sc_people):
    vid = record_visit(ctx, VisitInput(datetime(2026, 11, 2, 13, 30), "info_kerja", **OUTSIDER)).id
    # the outsider turns out to be a villager: the guest book drops the outsider identity
    update_visit(ctx, vid, VisitInput(datetime(2026, 11, 2, 14, 0), "pengaduan", sc_people.ids["Bambang Sutrisno"],
                                      **OUTSIDER))
    (row,) = list_visits(ctx)
    assert (row.name, row.registered, row.purpose, row.visited_at.hour) == ("Bambang Sutrisno", True, "pengaduan", 14)
    gone = delete_visit(ctx, vid)
    assert list_visits(ctx) == []
    restore_record(ctx, gone.table, gone.record_id, gone.when)
    assert [r.id for r in list_visits(ctx)] == [vid]
