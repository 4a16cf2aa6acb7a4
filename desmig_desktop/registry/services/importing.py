"""Bulk import of a person register: every row is checked first; then all rows are written in one
transaction, or none.

The file side (reading CSV/XLSX, the header row, the spellings of dates, L/P and choices) lives in
`exchange/persons_import.py`; it hands over one `ImportRow` per data row: typed values by field key plus
the cells it could not read. The registry rules, duplicates, families, dusun/RW/RT and writing are here.

Cancellation: when `cancelled()` turns true the import raises `ImportCancelled`; nothing has been written
(the unit of work rolls back). The GUI shows it as "Impor dibatalkan".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.i18n import _
from desmig_desktop.registry.models import Dusun, Household, Person
from desmig_desktop.registry.nik import normalise_number
from desmig_desktop.registry.rules import (
    HouseholdInput,
    PersonInput,
    PlacementInput,
    validate_household,
    validate_person,
    validate_placement,
)
from desmig_desktop.registry.services.bulk import in_values
from desmig_desktop.registry.services.import_update import (
    MODES,
    Identity,
    PersonChange,
    PlannedUpdate,
    Registered,
    apply_updates,
    identity,
    load_registered,
    load_without_nik,
    plan_update,
)
from desmig_desktop.registry.services.import_write import PlannedHousehold, PlannedPerson, write
from desmig_desktop.registry.services.village import require_village

FIELDS = ("nik", "no_kk", "name", "sex", "birth_place", "birth_date", "relationship", "dusun", "rw", "rt", "phone",
          "stage", "country", "sector", "job", "route", "departed_on", "returned_on")
PLACEMENT_FIELDS = ("country", "sector", "job", "route", "departed_on", "returned_on")
PROGRESS_EVERY = 100
# Issue.field of the domain rules -> import field key
_ISSUE_FIELD = {"relationship_to_head": "relationship", "stage": "stage"}


@dataclass(frozen=True)
class RowError:
    """One problem of an import. `code` says what it is, the same in every language (`desmig import persons
    --json` prints it): file_unreadable, no_rows, no_village (the file as a whole); column_unknown,
    column_repeated, column_missing (the header row); unreadable (a cell that cannot be read), invalid (a value
    a registry rule refuses), nik_repeated, nik_registered, dusun_unknown, kk_registered, address_differs,
    stage_missing, number_rounded, kk_differs, person_repeated and person_registered (a row whose NIK is "belum
    ada" naming a person already in the file / the database: same name, birth date and No KK), nik_missing_rows
    (--mode update: how such rows were matched; row 0). `message` says it in words, in the language of the moment."""

    row: int  # spreadsheet row number (header = 1); 0 = the file as a whole
    column: str  # the header text as in the file
    message: str
    warning: bool = False
    code: str = ""
    field: str = ""  # the import field key (nik, no_kk, ...), "" for the row or the file as a whole

    def __str__(self) -> str:
        if self.row <= 0:
            text = self.message
        elif not self.column:
            text = _("baris {row}: {message}").format(row=self.row, message=self.message)
        else:
            text = _("baris {row}, kolom {column}: {message}").format(row=self.row, column=self.column, message=self.message)
        return _("Peringatan: {message}").format(message=text) if self.warning else text


@dataclass(frozen=True)
class ImportResult:
    rows: int
    households_created: int
    persons_created: int
    placements_created: int
    errors: tuple[RowError, ...]
    warnings: tuple[RowError, ...]
    written: bool
    persons_updated: int = 0  # --mode update: registered people the file changes
    changes: tuple[PersonChange, ...] = ()  # ... and exactly what changes, field by field


class ImportCancelled(Exception):
    """The officer cancelled the import; nothing was written."""


@dataclass(frozen=True)
class ImportRow:
    """One data row as the file side read it.

    `values`: text fields as stripped text; `sex` "L"/"P"/""; `relationship` a RELATIONSHIPS key; `stage`,
    `sector`, `route` vocabulary keys or None; `rw`/`rt` int or None; dates as date or None; `nik_missing` True
    when the NIK cell read "belum ada" (`nik` is then ""). `problems`: the
    cells that could not be read (field key -> message naming the fix); their values are left empty.
    """

    row: int
    values: Mapping[str, object]
    problems: Mapping[str, str] = field(default_factory=dict)


def file_error(message: str, code: str) -> ImportResult:
    """The result for a file that cannot be imported at all: one error, row 0."""
    return ImportResult(0, 0, 0, 0, (RowError(0, "", message, code=code),), (), False)


def _norm_name(text: str) -> str:
    return " ".join(text.split()).casefold()


# ---- validation ------------------------------------------------------------------------------

@dataclass
class _Checker:
    labels: Mapping[str, str]
    regency: str | None
    today: date
    known_dusun: dict[str, str]  # normalised -> name as stored
    existing_nik: dict[str, str]  # nik -> name
    existing_kk: dict[str, tuple[str, str, int | None, int | None]]  # no_kk -> (id, dusun, rw, rt)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    households: dict[str, PlannedHousehold] = field(default_factory=dict)
    new_dusun: dict[str, Counter[str]] = field(default_factory=dict)  # normalised -> spellings seen
    seen_nik: dict[str, int] = field(default_factory=dict)
    registered: dict[str, Registered] = field(default_factory=dict)  # --mode update: nik -> the person
    present: set[str] = field(default_factory=set)  # the fields the file has a column for
    update_mode: bool = False
    updates: list[PlannedUpdate] = field(default_factory=list)
    without_nik: dict[Identity, Registered] = field(default_factory=dict)  # registered, NIK belum ada, by identity
    seen_identity: dict[Identity, int] = field(default_factory=dict)  # the file's rows whose NIK is belum ada
    matched_without_nik: int = 0  # --mode update: such rows that are a registered person (else added)

    def add(self, row: int, key: str, message: str, warning: bool = False, code: str = "invalid") -> None:
        err = RowError(row, self.labels.get(key, key) if key else "", message, warning, code, key)
        (self.warnings if warning else self.errors).append(err)

    def issues(self, row: int, issues: list[Issue], bad: set[str]) -> None:
        for i in issues:
            key = _ISSUE_FIELD.get(i.field, i.field)
            key = key if key in FIELDS else ""
            if key not in bad:
                self.add(row, key, i.message, i.warning)

    def check(self, raw: ImportRow) -> PlannedPerson | None:
        n, values, bad = raw.row, raw.values, set(raw.problems)
        before = len(self.errors)
        for key, message in raw.problems.items():
            self.add(n, key, message, code="unreadable")

        def text(key: str) -> str:
            return str(values.get(key) or "")

        rw, rt = values.get("rw"), values.get("rt")
        person = PersonInput(
            nik=text("nik"), name=text("name"), sex=text("sex"), birth_date=values.get("birth_date"),  # type: ignore[arg-type]
            birth_place=text("birth_place"), relationship_to_head=text("relationship") or "lainnya", phone=text("phone"),
            nik_missing=bool(values.get("nik_missing")),
        )
        self.issues(n, validate_person(person, self.regency, self.today), bad)
        if person.nik_missing and len(self.errors) == before:
            who = self._without_nik(n, identity(person.name, person.birth_date, normalise_number(text("no_kk"))))
            if who is not None:
                return self._update(raw, "", who, before, bad)
        nik = normalise_number(person.nik)
        if "nik" not in bad and len(nik) == 16 and nik.isdigit():
            if nik in self.seen_nik:
                self.add(n, "nik", _("NIK {nik} sudah dipakai di baris {other}: satu NIK hanya untuk satu orang.").format(
                    nik=nik, other=self.seen_nik[nik]), code="nik_repeated")
            else:
                self.seen_nik[nik] = n
            if nik in self.registered:
                return self._update(raw, nik, self.registered[nik], before, bad)
            if nik in self.existing_nik:
                self.add(n, "nik", _("NIK {nik} sudah terdaftar atas nama {name}: orang ini sudah ada di basis data, "
                                     "hapus barisnya dari berkas.").format(nik=nik, name=self.existing_nik[nik]), code="nik_registered")
        no_kk = normalise_number(text("no_kk"))
        self.issues(n, validate_household(HouseholdInput(text("no_kk"), None, rw, rt), self.today), bad)  # type: ignore[arg-type]
        self._household(n, no_kk, self._dusun(n, text("dusun")), rw, rt, bad)  # type: ignore[arg-type]
        placement = self._placement(n, values, bad)
        if len(self.errors) > before:
            return None
        return PlannedPerson(n, person, no_kk, placement)

    def _without_nik(self, n: int, key: Identity) -> Registered | None:
        """A row whose NIK is "belum ada": the registered person it is in --mode update (None: a new person). The
        same name, birth date and No KK twice in the file, or in the database in --mode add, is an error."""
        if key in self.seen_identity:
            self.add(n, "nik", _("NIK belum ada, dan nama, tanggal lahir serta No KK sama dengan baris {other}: orang yang "
                                 "sama dua kali, hapus salah satu baris.").format(other=self.seen_identity[key]),
                     code="person_repeated")
            return None
        self.seen_identity[key] = n
        who = self.without_nik.get(key)
        if who is not None and not self.update_mode:
            self.add(n, "nik", _("{name} (tanggal lahir dan No KK sama, NIK belum ada) sudah terdaftar: hapus barisnya "
                                 "dari berkas, atau impor dengan «perbarui yang sudah ada» (--mode update).").format(name=who.name),
                     code="person_registered")
            return None
        if who is not None:
            self.matched_without_nik += 1
        return who

    def _update(self, raw: ImportRow, nik: str, who: Registered, before: int, bad: set[str]) -> None:
        """A registered person in --mode update: plan what the row changes (no new person)."""
        n = raw.row
        no_kk = normalise_number(str(raw.values.get("no_kk") or ""))
        if "no_kk" not in bad and no_kk and no_kk != who.no_kk:
            self.add(n, "no_kk", _("{name} terdaftar di No KK {kk}: impor tidak memindah orang ke keluarga lain (pindahkan "
                                   "lewat halaman Keluarga); kolom ini diabaikan.").format(name=who.name, kk=who.no_kk),
                     warning=True, code="kk_differs")
        placement = self._placement(n, raw.values, bad)
        if len(self.errors) == before:
            planned = plan_update(n, nik, who, raw.values, self.present, self.labels, placement)
            if planned is not None:
                self.updates.append(planned)
        return None

    def _dusun(self, n: int, typed: str) -> str | None:
        """The normalised dusun key ("" = none, None = unknown dusun, reported)."""
        if not typed:
            return ""
        key = _norm_name(typed)
        if self.known_dusun:
            if key not in self.known_dusun:
                self.add(n, "dusun", _("Dusun \"{value}\" tidak ada di desa ini. Dusun yang dikenal: {known}. Perbaiki "
                                       "ejaannya, atau tambahkan dusun itu dulu di profil desa.").format(
                    value=typed, known=", ".join(sorted(self.known_dusun.values()))), code="dusun_unknown")
                return None
            return key
        self.new_dusun.setdefault(key, Counter())[" ".join(typed.split())] += 1
        return key

    def dusun_name(self, key: str) -> str:
        """The name as stored: the village's own spelling, else the spelling most rows use."""
        return self.known_dusun.get(key) or self.new_dusun[key].most_common(1)[0][0]

    def _household(self, n: int, no_kk: str, dusun: str | None, rw: int | None, rt: int | None, bad: set[str]) -> None:
        if dusun is None or "no_kk" in bad or len(no_kk) != 16:
            return
        plan = self.households.get(no_kk)
        if plan is None:
            existing = self.existing_kk.get(no_kk)
            if existing is not None:
                self.households[no_kk] = PlannedHousehold(n, no_kk, _norm_name(existing[1]), existing[2], existing[3], existing[0])
                if (dusun and dusun != _norm_name(existing[1])) or (rw and rw != existing[2]) or (rt and rt != existing[3]):
                    self.add(n, "no_kk", _("No KK {kk} sudah terdaftar: orang ini masuk ke keluarga itu, dusun/RW/RT di "
                                           "berkas diabaikan.").format(kk=no_kk), warning=True, code="kk_registered")
            else:
                self.households[no_kk] = PlannedHousehold(n, no_kk, dusun, rw, rt)
            return
        if plan.existing_id is not None:
            return
        for key, mine, theirs in (("dusun", dusun, plan.dusun), ("rw", rw, plan.rw), ("rt", rt, plan.rt)):
            if mine and not theirs:
                setattr(plan, key, mine)  # the first row of the family left it empty
            elif mine and mine != theirs:
                shown = self.dusun_name(str(theirs)) if key == "dusun" else theirs
                self.add(n, key, _("Berbeda dengan baris {other} untuk No KK yang sama ({theirs}): satu KK hanya punya "
                                   "satu alamat.").format(other=plan.row, theirs=shown), code="address_differs")

    def _placement(self, n: int, values: Mapping[str, object], bad: set[str]) -> PlacementInput | None:
        stage = values.get("stage")
        if not stage:
            filled = [self.labels[k] for k in PLACEMENT_FIELDS if values.get(k) and k not in bad]
            if filled and "stage" not in bad:
                self.add(n, "stage", _("Status PMI kosong padahal {columns} diisi: isi Status PMI (calon, aktif atau "
                                       "purna), atau kosongkan kolom itu.").format(columns=", ".join(filled)), code="stage_missing")
            return None
        pl = PlacementInput(
            stage=str(stage), country=str(values.get("country") or ""), sector=values.get("sector"),  # type: ignore[arg-type]
            job=str(values.get("job") or ""), route=values.get("route"), departed_on=values.get("departed_on"),  # type: ignore[arg-type]
            returned_on=values.get("returned_on"),  # type: ignore[arg-type]
        )
        self.issues(n, validate_placement(pl, values.get("birth_date"), self.today), bad)  # type: ignore[arg-type]
        return pl


def _checker(s: Session, ctx: ServiceContext, rows: Sequence[ImportRow], labels: Mapping[str, str], mode: str,
             present: set[str]) -> _Checker:
    """The village, its dusun list, and the NIKs and No. KKs of the file already in the database (one query each)."""
    village = require_village(s)
    niks = {normalise_number(str(r.values.get("nik") or "")) for r in rows} - {""}
    kks = {normalise_number(str(r.values.get("no_kk") or "")) for r in rows} - {""}
    existing_nik: dict[str, str] = {nik: name for nik, name in s.execute(
        select(Person.nik, Person.name).where(in_values(s, Person.nik, niks), Person.deleted_at.is_(None)))}
    existing_kk: dict[str, tuple[str, str, int | None, int | None]] = {
        kk: (hid, dusun or "", rw, rt) for hid, kk, dusun, rw, rt in s.execute(
            select(Household.id, Household.no_kk, Dusun.name, Household.rw, Household.rt)
            .outerjoin(Dusun, Dusun.id == Household.dusun_id)
            .where(in_values(s, Household.no_kk, kks), Household.deleted_at.is_(None)))
    }
    known = {_norm_name(d.name): d.name for d in village.dusuns if d.deleted_at is None}
    checker = _Checker(labels, village.code[:4] or None, ctx.today(), known, existing_nik, existing_kk, present=present)
    if any(r.values.get("nik_missing") for r in rows):
        checker.without_nik = load_without_nik(s, kks)
    if mode == "update":
        checker.update_mode = True
        checker.registered = load_registered(s, set(existing_nik))
    return checker


# ---- the use case ----------------------------------------------------------------------------

def import_rows(
    ctx: ServiceContext,
    rows: Sequence[ImportRow],
    labels: Mapping[str, str],
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    warnings: Sequence[RowError] = (),
    mode: str = "add",
    present: Sequence[str] | None = None,
) -> ImportResult:
    """Check every row; if all are valid (warnings allowed) and not `dry_run`, write them all in one transaction.

    `labels` maps each field key to the column header as written in the file (errors name it); `present` the
    fields the file has a column for (default: all). `mode` "add" refuses a NIK already registered; "update"
    updates that person instead (services/import_update.py), and the result lists every change.
    Raises ImportCancelled when `cancelled()` turns true; nothing is written then.
    """
    if mode not in MODES:
        raise ValueError(mode)
    fields_present = set(FIELDS if present is None else present)
    try:
        return _import(ctx, rows, labels, dry_run, progress, cancelled, warnings, mode, fields_present)
    except IntegrityError:
        # Someone registered one of these NIKs / No. KKs between the check and the write (nothing was written):
        # check again, so the errors name the rows as usual.
        return _import(ctx, rows, labels, dry_run, progress, cancelled, warnings, mode, fields_present)


def _import(ctx: ServiceContext, rows: Sequence[ImportRow], labels: Mapping[str, str], dry_run: bool,
            progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None,
            warnings: Sequence[RowError], mode: str, present: set[str]) -> ImportResult:
    labels = {**{key: key for key in FIELDS}, **labels}
    total = len(rows) if dry_run else 2 * len(rows)

    def tick(done: int, report: bool = False) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None and (report or done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total)

    tick(0)
    try:
        with ctx.reader() as s:
            checker = _checker(s, ctx, rows, labels, mode, present)
    except ValidationError as exc:
        return file_error("; ".join(i.message for i in exc.issues), "no_village")
    plans: list[PlannedPerson] = []
    for i, raw in enumerate(rows, 1):
        plan = checker.check(raw)
        if plan is not None:
            plans.append(plan)
        tick(i)
    if checker.update_mode and checker.seen_identity:  # the rule for rows with NIK belum ada, said in the dry run
        n, matched = len(checker.seen_identity), checker.matched_without_nik
        rule = _("{n} baris dengan NIK belum ada: dicocokkan dengan orang terdaftar tanpa NIK yang nama, tanggal lahir "
                 "dan No KK-nya sama. {matched} cocok (diperbarui bila ada yang berubah), {new} ditambahkan sebagai orang "
                 "baru tanpa NIK.") if n > 1 else _(
            "1 baris dengan NIK belum ada: dicocokkan dengan orang terdaftar tanpa NIK yang nama, tanggal lahir dan No "
            "KK-nya sama. {matched} cocok (diperbarui bila ada yang berubah), {new} ditambahkan sebagai orang baru tanpa NIK.")
        checker.add(0, "", rule.format(n=n, matched=matched, new=n - matched), warning=True, code="nik_missing_rows")
    all_warnings = tuple(sorted([*warnings, *checker.warnings], key=lambda e: e.row))
    errors = tuple(sorted(checker.errors, key=lambda e: e.row))
    households = sum(1 for h in checker.households.values() if h.existing_id is None)
    placements = sum(1 for p in plans if p.placement is not None)
    if errors or not rows:
        return ImportResult(len(rows), 0, 0, 0, errors, all_warnings, False)
    changes = tuple(u.change for u in checker.updates)
    if dry_run:
        return ImportResult(len(rows), households, len(plans), placements, (), all_warnings, False, len(changes), changes)
    write(ctx, checker.households, checker.dusun_name, plans, lambda done, report: tick(len(rows) + done, report),
          lambda s: apply_updates(s, ctx, checker.updates))
    if progress is not None:
        progress(total, total)
    return ImportResult(len(rows), households, len(plans), placements, (), all_warnings, True, len(changes), changes)
