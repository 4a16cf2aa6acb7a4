"""Vacancies on a real database: posting and correcting with Indonesian messages, open on a day, and the villagers
who fit a vacancy (AK-1 applicants and holders, calon PMI; not the migrants abroad, not a lapsed card)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.service_centre.dto import Ak1Step, VacancyInput
from desmig_desktop.service_centre.services.ak1 import move_ak1, open_ak1, set_ak1_item
from desmig_desktop.service_centre.services.vacancies import (
    candidates,
    delete_vacancy,
    get_vacancy,
    list_vacancies,
    save_vacancy,
    vacancy_input,
)

MALAYSIA = VacancyInput("luar_negeri", "Operator produksi elektronik", date(2026, 11, 1), country="Malaysia",
                        employer="Penang Electronics Sdn Bhd", requirements="Sehat, tidak buta warna", sex="P",
                        age_min=18, age_max=35, education_min="sma", source="Disnaker Kab. Wonosobo",
                        valid_until=date(2026, 12, 31))
LOCAL = VacancyInput("dalam_negeri", "Pemetik teh", date(2026, 9, 1), employer="Perkebunan Tambi",
                     valid_until=date(2026, 10, 31))


def issues(ctx, data):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as e:
        save_vacancy(ctx, data)
    return {i.field: i.message for i in e.value.issues}


def test_validation_names_the_field_and_the_fix(ctx, sc_people):
    got = issues(ctx, VacancyInput("luar_negeri", " ", date(2026, 11, 30), age_min=16, age_max=15,
                                   education_min="profesor"))
    assert got == {
        "position": "Jabatan/pekerjaan wajib diisi, mis. Operator pabrik.",
        "country": "Negara tujuan wajib diisi untuk lowongan luar negeri.",
        "posted_on": "Tanggal lowongan diumumkan tidak boleh sesudah hari ini.",
        "age_max": "Umur maksimal tidak boleh lebih kecil dari umur minimal.",
        "age_min": "Untuk bekerja ke luar negeri umur minimal 18 tahun (UU 18/2017): ubah umur minimal.",
        "education_min": "Pendidikan minimal: pilih dari daftar.",
    }
    assert issues(ctx, replace(LOCAL, valid_until=date(2026, 8, 1))) == {
        "valid_until": "Tanggal berlaku sampai tidak boleh sebelum tanggal diumumkan."}
    assert list_vacancies(ctx) == []


def test_open_on_a_day_and_correction(ctx, sc_people):
    abroad = save_vacancy(ctx, MALAYSIA).id
    local = save_vacancy(ctx, LOCAL).id
    assert [(v.position, v.open) for v in list_vacancies(ctx)] == [
        ("Operator produksi elektronik", True), ("Pemetik teh", False)]
    assert [v.id for v in list_vacancies(ctx, open_only=True)] == [abroad]
    assert [v.id for v in list_vacancies(ctx, open_only=True, day=date(2026, 10, 1))] == [local]
    dto = get_vacancy(ctx, abroad)
    assert (dto.country, dto.employer, dto.age_min, dto.valid_until) == ("Malaysia", "Penang Electronics Sdn Bhd",
                                                                          18, date(2026, 12, 31))
    save_vacancy(ctx, replace(vacancy_input(dto), position="  Operator   pabrik ", valid_until=date(2026, 11, 20)),
                 abroad)
    assert [(v.position, v.open) for v in list_vacancies(ctx)][0] == ("Operator pabrik", False)
    delete_vacancy(ctx, local)
    assert [v.id for v in list_vacancies(ctx)] == [abroad]


def test_candidates_who_fit(ctx, sc_people):
    ids = sc_people.ids
    for name in ("Agus Setiawan", "Wartini", "Bambang Sutrisno"):  # job seekers with an AK-1 under way
        open_ak1(ctx, ids[name], date(2026, 11, 10))
    women = save_vacancy(ctx, MALAYSIA).id
    anyone = save_vacancy(ctx, replace(MALAYSIA, sex=None, age_max=40)).id
    # Rina: calon PMI, P, 23, SMA. Wartini has an AK-1 draft but works in Taiwan: not a candidate.
    assert [(c.name, c.source, c.age, c.education, c.phone) for c in candidates(ctx, women)] == [
        ("Rina Wulandari", "calon", 23, "sma", "081234500013")]
    # Agus (L, 25, SMA) fits when either sex may apply; Bambang (54, SMP) is too old and his schooling too short.
    assert [(c.name, c.source) for c in candidates(ctx, anyone)] == [
        ("Agus Setiawan", "ak1"), ("Rina Wulandari", "calon")]
    # before Rina registered as calon (01/10/2026) and before the AK-1 applications (10/11/2026): no one
    assert candidates(ctx, anyone, day=date(2026, 9, 30)) == []


def test_rejected_and_lapsed_cards_do_not_count(ctx, sc_people):
    agus = sc_people.ids["Agus Setiawan"]
    old = open_ak1(ctx, agus, date(2023, 1, 5)).id
    for item in ("ktp", "kk", "pas_foto", "ijazah"):
        set_ak1_item(ctx, old, item, date(2023, 1, 5))
    move_ak1(ctx, old, Ak1Step("lengkap", date(2023, 1, 5)))
    move_ak1(ctx, old, Ak1Step("diserahkan", date(2023, 1, 6)))
    move_ak1(ctx, old, Ak1Step("terbit", date(2023, 1, 20), card_number="AK1/2023/0001"))
    anyone = save_vacancy(ctx, VacancyInput("dalam_negeri", "Sopir", date(2023, 1, 1), sex="L")).id
    assert [c.name for c in candidates(ctx, anyone, day=date(2025, 1, 20))] == ["Agus Setiawan"]
    assert candidates(ctx, anyone) == []  # the card lapsed on 20/01/2025
    again = open_ak1(ctx, agus, date(2026, 11, 1)).id
    assert [c.name for c in candidates(ctx, anyone)] == ["Agus Setiawan"]
    for item in ("ktp", "kk", "pas_foto", "ijazah"):
        set_ak1_item(ctx, again, item, date(2026, 11, 1))
    move_ak1(ctx, again, Ak1Step("lengkap", date(2026, 11, 2)))
    move_ak1(ctx, again, Ak1Step("diserahkan", date(2026, 11, 3)))
    move_ak1(ctx, again, Ak1Step("ditolak", date(2026, 11, 20), reason="Data tidak cocok"))
    assert candidates(ctx, anyone) == []
    assert [c.name for c in candidates(ctx, anyone, day=date(2026, 11, 19))] == ["Agus Setiawan"]


def test_blank_choices_mean_either_and_a_moved_out_seeker_is_not_listed(ctx, sc_people):
    from desmig_desktop.registry.services.life_events import record_life_event

    job = save_vacancy(ctx, VacancyInput("dalam_negeri", "Sopir", date(2026, 11, 1), sex="", education_min="")).id
    assert (get_vacancy(ctx, job).sex, get_vacancy(ctx, job).education_min) == (None, None)
    open_ak1(ctx, sc_people.ids["Agus Setiawan"], date(2026, 11, 2))
    assert [c.name for c in candidates(ctx, job)] == ["Agus Setiawan", "Rina Wulandari"]
    record_life_event(ctx, sc_people.ids["Agus Setiawan"], "pindah_keluar", date(2026, 11, 20))
    assert [c.name for c in candidates(ctx, job)] == ["Rina Wulandari"]
    assert [c.name for c in candidates(ctx, job, day=date(2026, 11, 19))] == ["Agus Setiawan", "Rina Wulandari"]
