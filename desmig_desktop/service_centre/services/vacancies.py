"""Job vacancies the centre posts (lowongan kerja, abroad or at home) and, for a vacancy, the villagers who fit
it: AK-1 applicants and card holders, and calon PMI (rules.fits_vacancy)."""

from __future__ import annotations

from dataclasses import asdict, fields, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.dto import Saved
from desmig_desktop.core.errors import Issue, raise_if_errors
from desmig_desktop.core.i18n import _
from desmig_desktop.core.months import add_months
from desmig_desktop.core.records import Deletion, get_live, tombstone
from desmig_desktop.registry.enums import EDUCATION, SEXES
from desmig_desktop.registry.models import Person
from desmig_desktop.registry.rules import MIN_DEPARTURE_AGE
from desmig_desktop.registry.status import age_on, in_village, own_stage, stage_on
from desmig_desktop.service_centre import rules
from desmig_desktop.service_centre.codes import AK1_VALID_MONTHS, VACANCY_SCOPES
from desmig_desktop.service_centre.dto import Candidate, VacancyDTO, VacancyInput
from desmig_desktop.service_centre.models import Ak1Application, Vacancy

_INPUT_FIELDS = tuple(f.name for f in fields(VacancyInput))


def vacancy_issues(data: VacancyInput, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if data.scope not in VACANCY_SCOPES:
        issues.append(Issue("scope", _("Pilih lowongan luar negeri atau dalam negeri.")))
    if not data.position.strip():
        issues.append(Issue("position", _("Jabatan/pekerjaan wajib diisi, mis. Operator pabrik.")))
    elif len(data.position.strip()) > 150:
        issues.append(Issue("position", _("Jabatan terlalu panjang (lebih dari 150 huruf): singkat.")))
    if data.scope == "luar_negeri" and not data.country.strip():
        issues.append(Issue("country", _("Negara tujuan wajib diisi untuk lowongan luar negeri.")))
    if data.posted_on is None:
        issues.append(Issue("posted_on", _("Tanggal lowongan diumumkan wajib diisi: tulis seperti 22/11/2026.")))
    elif data.posted_on > today:
        issues.append(Issue("posted_on", _("Tanggal lowongan diumumkan tidak boleh sesudah hari ini.")))
    elif data.valid_until is not None and data.valid_until < data.posted_on:
        issues.append(Issue("valid_until", _("Tanggal berlaku sampai tidak boleh sebelum tanggal diumumkan.")))
    if data.sex is not None and data.sex not in SEXES:
        issues.append(Issue("sex", _("Jenis kelamin: pilih L, P, atau kosongkan bila boleh keduanya.")))
    for name, value in (("age_min", data.age_min), ("age_max", data.age_max)):
        if value is not None and not 15 <= value <= 70:
            issues.append(Issue(name, _("Batas umur harus antara 15 dan 70 tahun.")))
    if data.age_min is not None and data.age_max is not None and data.age_min > data.age_max:
        issues.append(Issue("age_max", _("Umur maksimal tidak boleh lebih kecil dari umur minimal.")))
    if data.scope == "luar_negeri" and data.age_min is not None and data.age_min < MIN_DEPARTURE_AGE:
        issues.append(Issue("age_min", _("Untuk bekerja ke luar negeri umur minimal {age} tahun (UU 18/2017): "
                                         "ubah umur minimal.").format(age=MIN_DEPARTURE_AGE)))
    if data.education_min is not None and data.education_min not in EDUCATION:
        issues.append(Issue("education_min", _("Pendidikan minimal: pilih dari daftar.")))
    return issues


def _fill(v: Vacancy, data: VacancyInput) -> None:
    for name in _INPUT_FIELDS:
        value = getattr(data, name)
        setattr(v, name, " ".join(value.split()) if isinstance(value, str) and name != "requirements" else value)
    v.requirements = data.requirements.strip()


def save_vacancy(ctx: ServiceContext, data: VacancyInput, vacancy_id: str | None = None) -> Saved:
    """Post a new vacancy, or correct the vacancy `vacancy_id` ("" for sex or education: either / any)."""
    data = replace(data, sex=data.sex or None, education_min=data.education_min or None)
    with ctx.unit_of_work() as s:
        v = get_live(s, Vacancy, vacancy_id) if vacancy_id is not None else Vacancy()
        raise_if_errors(vacancy_issues(data, ctx.today()))
        _fill(v, data)
        if vacancy_id is None:
            s.add(v)
        s.flush()
        return Saved(v.id)


def delete_vacancy(ctx: ServiceContext, vacancy_id: str) -> Deletion:
    with ctx.unit_of_work() as s:
        return tombstone(s, get_live(s, Vacancy, vacancy_id))


def is_open(v: Vacancy | VacancyInput, day: date) -> bool:
    return v.posted_on <= day and (v.valid_until is None or v.valid_until >= day)


def vacancy_dto(v: Vacancy, day: date) -> VacancyDTO:
    return VacancyDTO(**{name: getattr(v, name) for name in _INPUT_FIELDS}, id=v.id, open=is_open(v, day))


def list_vacancies(ctx: ServiceContext, open_only: bool = False, day: date | None = None) -> list[VacancyDTO]:
    """The vacancies posted on or before `day` (default today), newest first; `open_only`: still valid that day."""
    day = day or ctx.today()
    with ctx.reader() as s:
        found = s.scalars(select(Vacancy).where(Vacancy.deleted_at.is_(None), Vacancy.posted_on <= day)
                          .order_by(Vacancy.posted_on.desc(), Vacancy.position))
        rows = [vacancy_dto(v, day) for v in found]
    return [r for r in rows if r.open] if open_only else rows


def get_vacancy(ctx: ServiceContext, vacancy_id: str) -> VacancyDTO:
    with ctx.reader() as s:
        return vacancy_dto(get_live(s, Vacancy, vacancy_id), ctx.today())


def vacancy_input(dto: VacancyDTO) -> VacancyInput:
    """The input a form starts from when the officer corrects a vacancy."""
    return VacancyInput(**{k: v for k, v in asdict(dto).items() if k in _INPUT_FIELDS})


def _ak1_seekers(s: Session, day: date) -> set[str]:
    """People with an AK-1 application under way on `day`, or a card issued and not yet lapsed."""
    found: set[str] = set()
    for a in s.scalars(select(Ak1Application).where(Ak1Application.deleted_at.is_(None),
                                                     Ak1Application.opened_on <= day)):
        status = rules.ak1_status_on({attr: getattr(a, attr) for attr in rules.AK1_STEP_DATE.values()}, day)
        if status in ("draft", "lengkap", "diserahkan") or (
                status == "terbit" and a.issued_on is not None and day <= add_months(a.issued_on, AK1_VALID_MONTHS)):
            found.add(a.person_id)
    return found


def candidates(ctx: ServiceContext, vacancy_id: str, day: date | None = None) -> list[Candidate]:
    """The villagers living in the village on `day` (default today) who look for work — AK-1 applicants and
    holders, calon PMI — and fit the vacancy's sex, age and education; not the migrants abroad that day."""
    day = day or ctx.today()
    with ctx.reader() as s:
        v = get_live(s, Vacancy, vacancy_id)
        seekers = _ak1_seekers(s, day)
        people = s.scalars(select(Person).where(Person.deleted_at.is_(None))
                           .options(selectinload(Person.placements), selectinload(Person.life_events)))
        out: list[Candidate] = []
        for p in people:
            placements = [pl for pl in p.placements if pl.deleted_at is None]
            calon = any(stage_on(pl, day) == "calon" for pl in placements)
            if not (calon or p.id in seekers):
                continue
            if own_stage(placements, day) == "aktif":
                continue
            if not in_village([e for e in p.life_events if e.deleted_at is None], p.birth_date, day):
                continue
            if not rules.fits_vacancy(sex=v.sex, age_min=v.age_min, age_max=v.age_max, education_min=v.education_min,
                                      person_sex=p.sex, birth_date=p.birth_date, education=p.education, day=day):
                continue
            out.append(Candidate(p.id, p.name, p.sex, age_on(p.birth_date, day) if p.birth_date else None,
                                 p.education, "calon" if calon else "ak1", p.phone))
    return sorted(out, key=lambda c: (c.name.casefold(), c.person_id))
