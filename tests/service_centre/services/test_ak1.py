"""AK-1 help through the services, on a real database: the checklist, the status flow (illegal jumps refused with
the rules' messages), one application at a time, the six-monthly reports and the cards due, statuses on past days."""

from __future__ import annotations

from datetime import date

import pytest

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.records import restore_record
from desmig_desktop.service_centre.codes import AK1_ITEMS
from desmig_desktop.service_centre.dto import Ak1Step
from desmig_desktop.service_centre.services.ak1 import (
    delete_ak1,
    due_cards,
    get_ak1,
    list_ak1,
    move_ak1,
    open_ak1,
    person_ak1,
    record_ak1_report,
    set_ak1_item,
)


def tick_all(ctx, ak1_id, on):  # type: ignore[no-untyped-def]
    for item in AK1_ITEMS:
        set_ak1_item(ctx, ak1_id, item, on)


def issued_card(ctx, person_id, issued_on, number="AK1/3307/0001"):  # type: ignore[no-untyped-def]
    """An application opened a month before `issued_on`, taken through every step to kartu terbit."""
    opened = date.fromordinal(issued_on.toordinal() - 30)
    a = open_ak1(ctx, person_id, opened).id
    tick_all(ctx, a, opened)
    move_ak1(ctx, a, Ak1Step("lengkap", opened))
    move_ak1(ctx, a, Ak1Step("diserahkan", date.fromordinal(opened.toordinal() + 2)))
    move_ak1(ctx, a, Ak1Step("terbit", issued_on, card_number=number))
    return a


def refused(ctx, ak1_id, step, field="status"):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as e:
        move_ak1(ctx, ak1_id, step)
    return e.value.for_field(field)


def test_draft_to_kartu_terbit(ctx, sc_people):
    a = open_ak1(ctx, sc_people.ids["Agus Setiawan"], date(2026, 11, 2)).id
    assert get_ak1(ctx, a).next_steps == ("lengkap",)
    set_ak1_item(ctx, a, "ktp", date(2026, 11, 2))
    set_ak1_item(ctx, a, "kk", date(2026, 11, 2), note="fotokopi")
    assert refused(ctx, a, Ak1Step("lengkap", date(2026, 11, 3)), "items") == [
        "Berkas belum lengkap: Pas foto, Ijazah terakhir. Centang setiap berkas yang sudah diperiksa."]
    set_ak1_item(ctx, a, "pas_foto", date(2026, 11, 3))
    set_ak1_item(ctx, a, "ijazah", date(2026, 11, 3))
    move_ak1(ctx, a, Ak1Step("lengkap", date(2026, 11, 3)))
    move_ak1(ctx, a, Ak1Step("diserahkan", date(2026, 11, 5)))
    assert refused(ctx, a, Ak1Step("terbit", date(2026, 11, 12)), "card_number") == [
        "Nomor kartu AK-1 wajib diisi: salin dari kartu yang terbit."]
    move_ak1(ctx, a, Ak1Step("terbit", date(2026, 11, 12), card_number=" 3307/AK1/  2026/0042 "))
    d = get_ak1(ctx, a)
    assert (d.row.status, d.row.card_number, d.row.issued_on, d.row.items_done) == (
        "terbit", "3307/AK1/ 2026/0042", date(2026, 11, 12), 4)
    assert (d.complete_on, d.submitted_on, d.next_steps) == (date(2026, 11, 3), date(2026, 11, 5), ())
    assert [(c.item, c.done_on, c.note) for c in d.checklist][:2] == [
        ("ktp", date(2026, 11, 2), ""), ("kk", date(2026, 11, 2), "fotokopi")]
    assert (d.row.due.kind, d.row.due.due_on, d.row.due_soon) == ("report", date(2027, 5, 12), False)


def test_illegal_jumps_are_refused_with_the_flow_message(ctx, sc_people):
    a = open_ak1(ctx, sc_people.ids["Agus Setiawan"], date(2026, 11, 2)).id
    tick_all(ctx, a, date(2026, 11, 2))
    assert refused(ctx, a, Ak1Step("terbit", date(2026, 11, 3), card_number="X1")) == [
        "Status tidak dapat diubah dari \u201cDraf\u201d ke \u201cKartu terbit\u201d. "
        "Langkah berikutnya yang boleh: Berkas lengkap."]
    assert refused(ctx, a, Ak1Step("diserahkan", date(2026, 11, 3)))[0].startswith(
        "Status tidak dapat diubah dari \u201cDraf\u201d ke \u201cDiserahkan ke Disnaker\u201d")
    move_ak1(ctx, a, Ak1Step("lengkap", date(2026, 11, 3)))
    assert refused(ctx, a, Ak1Step("ditolak", date(2026, 11, 4), reason="x")) == [
        "Status tidak dapat diubah dari \u201cBerkas lengkap\u201d ke \u201cDitolak\u201d. "
        "Langkah berikutnya yang boleh: Diserahkan ke Disnaker."]
    assert refused(ctx, a, Ak1Step("draft", date(2026, 11, 4)))[0].startswith("Status tidak dapat diubah")
    assert refused(ctx, a, Ak1Step("diserahkan", date(2026, 11, 1)), "on") == [
        "Tanggal tidak boleh sebelum langkah sebelumnya (03/11/2026)."]
    assert refused(ctx, a, Ak1Step("diserahkan", date(2026, 11, 24)), "on") == [
        "Tanggal tidak boleh sesudah hari ini."]
    assert refused(ctx, a, Ak1Step("diserahkan", None), "on") == ["Tanggal wajib diisi: tulis seperti 22/11/2026."]
    move_ak1(ctx, a, Ak1Step("diserahkan", date(2026, 11, 4)))
    assert get_ak1(ctx, a).next_steps == ("terbit", "ditolak")
    assert refused(ctx, a, Ak1Step("ditolak", date(2026, 11, 10)), "reason") == [
        "Alasan penolakan wajib diisi: tulis alasan dari Disnaker."]
    move_ak1(ctx, a, Ak1Step("ditolak", date(2026, 11, 10), reason="Ijazah tidak terbaca"))
    assert refused(ctx, a, Ak1Step("terbit", date(2026, 11, 11), card_number="X1")) == [
        "Status tidak dapat diubah dari \u201cDitolak\u201d ke \u201cKartu terbit\u201d. "
        "Status ini sudah akhir dan tidak dapat diubah lagi."]
    d = get_ak1(ctx, a)
    assert (d.row.status, d.reject_reason, d.rejected_on, d.row.card_number) == (
        "ditolak", "Ijazah tidak terbaca", date(2026, 11, 10), "")


def test_checklist_changes_only_in_draft(ctx, sc_people):
    a = open_ak1(ctx, sc_people.ids["Agus Setiawan"], date(2026, 11, 2)).id
    with pytest.raises(ValidationError, match="tidak boleh sesudah hari ini"):
        set_ak1_item(ctx, a, "ktp", date(2026, 11, 30))
    with pytest.raises(ValidationError, match="tidak ada dalam daftar AK-1"):
        set_ak1_item(ctx, a, "paspor", date(2026, 11, 2))
    tick_all(ctx, a, date(2026, 11, 2))
    set_ak1_item(ctx, a, "ijazah", None)  # unticked
    assert get_ak1(ctx, a).row.items_done == 3
    set_ak1_item(ctx, a, "ijazah", date(2026, 11, 3))
    move_ak1(ctx, a, Ak1Step("lengkap", date(2026, 11, 3)))
    with pytest.raises(ValidationError) as e:
        set_ak1_item(ctx, a, "ktp", None)
    assert e.value.for_field("items") == [
        "Berkas hanya dapat diubah selama pengajuan masih \u201cDraf\u201d (sekarang \u201cBerkas lengkap\u201d)."]


def test_one_application_at_a_time_and_no_second_valid_card(ctx, sc_people):
    agus = sc_people.ids["Agus Setiawan"]
    first = open_ak1(ctx, agus, date(2024, 1, 10)).id
    with pytest.raises(ValidationError, match="Agus Setiawan masih punya pengajuan AK-1 yang berjalan "
                                              "\\(status \u201cDraf\u201d, dibuka 10/01/2024\\)"):
        open_ak1(ctx, agus)
    tick_all(ctx, first, date(2024, 1, 10))
    move_ak1(ctx, first, Ak1Step("lengkap", date(2024, 1, 10)))
    move_ak1(ctx, first, Ak1Step("diserahkan", date(2024, 1, 12)))
    move_ak1(ctx, first, Ak1Step("terbit", date(2024, 12, 20), card_number="AK1/0007"))
    with pytest.raises(ValidationError, match="masih punya kartu AK-1 yang berlaku sampai 20/12/2026 "
                                              "\\(nomor AK1/0007\\)"):
        open_ak1(ctx, agus)
    with pytest.raises(ValidationError, match="tidak boleh sesudah hari ini"):
        open_ak1(ctx, sc_people.ids["Rina Wulandari"], date(2026, 12, 1))
    ctx.today_override = date(2026, 12, 21)  # the card's two years are over: a renewal may start
    renewal = open_ak1(ctx, agus).id
    assert [r.id for r in person_ak1(ctx, agus)] == [renewal, first]


def test_reports_move_the_due_date(ctx, sc_people):
    a = issued_card(ctx, sc_people.ids["Agus Setiawan"], date(2026, 5, 1))
    (due,) = due_cards(ctx)
    assert (due.id, due.due.kind, due.due.due_on, due.due_soon) == (a, "report", date(2026, 11, 1), True)
    for bad, message in [(date(2026, 4, 30), "tidak boleh sebelum kartu terbit (01/05/2026)"),
                         (date(2026, 11, 24), "tidak boleh sesudah hari ini")]:
        with pytest.raises(ValidationError, match=message.replace("(", "\\(").replace(")", "\\)")):
            record_ak1_report(ctx, a, bad)
    record_ak1_report(ctx, a, date(2026, 11, 20))
    with pytest.raises(ValidationError, match="Laporan tanggal 20/11/2026 sudah dicatat"):
        record_ak1_report(ctx, a, date(2026, 11, 20))
    assert due_cards(ctx) == []
    d = get_ak1(ctx, a)
    assert d.reports == (date(2026, 11, 20),) and d.row.due.due_on == date(2027, 5, 20)
    draft = open_ak1(ctx, sc_people.ids["Rina Wulandari"]).id
    with pytest.raises(ValidationError, match="hanya dicatat untuk kartu AK-1 yang sudah terbit"):
        record_ak1_report(ctx, draft, date(2026, 11, 23))


def test_due_cards_soonest_first_with_renewals(ctx, sc_people):
    ids = sc_people.ids
    overdue = issued_card(ctx, ids["Agus Setiawan"], date(2026, 5, 1), "A-1")       # report due 01/11/2026
    soon = issued_card(ctx, ids["Rina Wulandari"], date(2026, 6, 10), "A-2")       # report due 10/12/2026
    issued_card(ctx, ids["Bambang Sutrisno"], date(2026, 8, 1), "A-3")             # report due 01/02/2027
    renew = issued_card(ctx, ids["Wartini"], date(2024, 12, 10), "A-4")             # valid until 10/12/2026
    for on in (date(2025, 6, 5), date(2025, 12, 6), date(2026, 6, 12)):
        record_ak1_report(ctx, renew, on)
    rows = due_cards(ctx)
    assert [(r.id, r.due.kind, r.due.due_on) for r in rows] == [
        (overdue, "report", date(2026, 11, 1)), (soon, "report", date(2026, 12, 10)),
        (renew, "renewal", date(2026, 12, 10))]
    assert [r.card_number for r in due_cards(ctx, days=10)] == ["A-1"]
    assert [r.card_number for r in due_cards(ctx, days=90)] == ["A-1", "A-2", "A-4", "A-3"]
    # on a past day: on 05/09/2026 only the first card's report (due 01/11/2026) was within 60 days
    assert [r.card_number for r in due_cards(ctx, days=60, day=date(2026, 9, 5))] == ["A-1"]
    assert due_cards(ctx, days=60, day=date(2026, 9, 1)) == []


def test_status_on_a_past_day_filters_and_delete(ctx, sc_people):
    ids = sc_people.ids
    a = issued_card(ctx, ids["Agus Setiawan"], date(2026, 10, 20), "KUNING-9")
    b = open_ak1(ctx, ids["Rina Wulandari"], date(2026, 11, 20)).id
    assert [(r.name, r.status) for r in list_ak1(ctx)] == [("Rina Wulandari", "draft"), ("Agus Setiawan", "terbit")]
    on_sep = list_ak1(ctx, day=date(2026, 9, 22))  # opened 20/09, lengkap the same day, diserahkan 22/09
    assert [(r.name, r.status, r.status_on, r.card_number) for r in on_sep] == [
        ("Agus Setiawan", "diserahkan", date(2026, 9, 22), "")]
    assert [r.id for r in list_ak1(ctx, status="terbit")] == [a]
    assert [r.id for r in list_ak1(ctx, text="rina")] == [b]
    assert [r.id for r in list_ak1(ctx, text="kuning")] == [a]
    nik = sc_people.niks["Agus Setiawan"]
    assert [r.id for r in list_ak1(ctx, text=nik[:8])] == [a]
    assert list_ak1(ctx)[1].nik == nik[:4] + "*" * 10 + nik[-2:]
    gone = delete_ak1(ctx, a)
    assert gone.count == 1 + 4 + 0  # the application and its four checklist rows
    assert [r.id for r in list_ak1(ctx)] == [b]
    open_ak1(ctx, ids["Agus Setiawan"], date(2026, 11, 21))  # the deleted card no longer blocks
    restore_record(ctx, gone.table, gone.record_id, gone.when)
    assert get_ak1(ctx, a).row.items_done == 4


def test_someone_who_moved_away_applies_where_they_live_now(ctx, sc_people):
    from desmig_desktop.registry.services.life_events import record_life_event

    record_life_event(ctx, sc_people.ids["Agus Setiawan"], "pindah_keluar", date(2026, 8, 1))
    with pytest.raises(ValidationError, match="Agus Setiawan tidak lagi tercatat tinggal di desa"):
        open_ak1(ctx, sc_people.ids["Agus Setiawan"])
    with pytest.raises(ValidationError, match="Pilih pemohon dari daftar penduduk desa"):
        open_ak1(ctx, "no-such-person")
