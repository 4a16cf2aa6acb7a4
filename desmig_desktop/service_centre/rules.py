"""Pure rules of the service centre: the two status flows, AK-1 due dates, document readiness, the reasons a
calon is at risk, the guest book's outsider rule, which vacancy fits whom, lost contact. No database, no Qt.

Every rule that depends on "today" takes the day as an argument, so that a recap of a past period shows that
period as it was (statuses are derived from the dates of their steps, never from the stored `status` alone).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from desmig_desktop.core.errors import Issue
from desmig_desktop.core.i18n import _
from desmig_desktop.core.months import add_months
from desmig_desktop.registry.enums import EDUCATION
from desmig_desktop.registry.rules import MIN_DEPARTURE_AGE
from desmig_desktop.registry.status import age_on, stage_on
from desmig_desktop.service_centre.codes import (
    AK1_ITEMS,
    AK1_REPORT_MONTHS,
    AK1_STATUSES,
    AK1_VALID_MONTHS,
    COMPLAINT_STATUSES,
    DEPARTURE_ITEMS,
    DUE_DAYS,
    LOST_CONTACT_DAYS,
    OUTSIDER_PURPOSES,
    PURPOSES,
    REFERRAL_TARGETS,
)

# ---- status flows ----------------------------------------------------------------------------------------

# The steps each status may go to: forward only, one step at a time.
AK1_NEXT: dict[str, tuple[str, ...]] = {
    "draft": ("lengkap",),
    "lengkap": ("diserahkan",),
    "diserahkan": ("terbit", "ditolak"),
    "terbit": (),
    "ditolak": (),
}
COMPLAINT_NEXT: dict[str, tuple[str, ...]] = {
    "baru": ("ditindaklanjuti",),
    "ditindaklanjuti": ("dirujuk", "selesai"),
    "dirujuk": ("selesai",),
    "selesai": (),
}
AK1_STEP_DATE = {"draft": "opened_on", "lengkap": "complete_on", "diserahkan": "submitted_on",
                 "terbit": "issued_on", "ditolak": "rejected_on"}
COMPLAINT_STEP_DATE = {"baru": "opened_on", "ditindaklanjuti": "followed_on", "dirujuk": "referred_on",
                       "selesai": "closed_on"}


def _label(labels: Mapping[str, str], code: str) -> str:
    return _(labels[code]) if code in labels else code


def _step_issues(labels: Mapping[str, str], flow: Mapping[str, tuple[str, ...]], current: str, target: str,
                 on: date | None, last_on: date | None, today: date) -> list[Issue]:
    if target not in flow.get(current, ()):
        allowed = ", ".join(_label(labels, s) for s in flow.get(current, ()))
        fix = (_("Langkah berikutnya yang boleh: {allowed}.").format(allowed=allowed) if allowed
               else _("Status ini sudah akhir dan tidak dapat diubah lagi."))
        return [Issue("status", _("Status tidak dapat diubah dari \u201c{current}\u201d ke \u201c{target}\u201d. {fix}")
                      .format(current=_label(labels, current), target=_label(labels, target), fix=fix))]
    if on is None:
        return [Issue("on", _("Tanggal wajib diisi: tulis seperti 22/11/2026."))]
    if on > today:
        return [Issue("on", _("Tanggal tidak boleh sesudah hari ini."))]
    if last_on is not None and on < last_on:
        return [Issue("on", _("Tanggal tidak boleh sebelum langkah sebelumnya ({day}).")
                      .format(day=last_on.strftime("%d/%m/%Y")))]
    return []


def status_on(step_dates: Mapping[str, date | None], flow_dates: Mapping[str, str], day: date) -> str | None:
    """The status on `day`: the last step (in flow order) whose date is on or before it; None before the first.
    `step_dates` maps the date attribute names (`opened_on`…) to their values."""
    current = None
    for status, attr in flow_dates.items():
        when = step_dates.get(attr)
        if when is not None and when <= day:
            current = status
    return current


# ---- AK-1 ----------------------------------------------------------------------------------------------

def ak1_step_issues(current: str, target: str, on: date | None, last_on: date | None, today: date, *,
                    items_done: frozenset[str] | set[str] = frozenset(), card_number: str = "",
                    reason: str = "") -> list[Issue]:
    """What stops an AK-1 application going from `current` to `target` on `on` (empty: the step is allowed).
    Berkas lengkap needs every AK1_ITEMS paper seen; kartu terbit a card number; ditolak a reason."""
    issues = _step_issues(AK1_STATUSES, AK1_NEXT, current, target, on, last_on, today)
    if issues:
        return issues
    if target == "lengkap":
        missing = [code for code in AK1_ITEMS if code not in items_done]
        if missing:
            issues.append(Issue("items", _("Berkas belum lengkap: {missing}. Centang setiap berkas yang sudah "
                                           "diperiksa.").format(missing=", ".join(_(AK1_ITEMS[c]) for c in missing))))
    if target == "terbit" and not card_number.strip():
        issues.append(Issue("card_number", _("Nomor kartu AK-1 wajib diisi: salin dari kartu yang terbit.")))
    if target == "ditolak" and not reason.strip():
        issues.append(Issue("reason", _("Alasan penolakan wajib diisi: tulis alasan dari Disnaker.")))
    return issues


def ak1_status_on(step_dates: Mapping[str, date | None], day: date) -> str | None:
    """An application's status on `day` (None: not yet opened)."""
    return status_on(step_dates, AK1_STEP_DATE, day)


@dataclass(frozen=True)
class Ak1Due:
    kind: str  # "report" (lapor 6 bulanan) or "renewal" (perpanjangan: the card's two years end)
    due_on: date
    valid_until: date

    def days_left(self, day: date) -> int:
        """Days from `day` to the due date (negative: overdue)."""
        return (self.due_on - day).days


def ak1_next_due(issued_on: date, reports: tuple[date, ...] | list[date], day: date) -> Ak1Due:
    """What a card holder owes next as of `day`: a report six months after the issue or the last report made on
    or before `day`, or the renewal when that report would fall at or after the end of the card's two years."""
    valid_until = add_months(issued_on, AK1_VALID_MONTHS)
    made = [r for r in reports if issued_on <= r <= day]
    report_due = add_months(max(made) if made else issued_on, AK1_REPORT_MONTHS)
    if report_due >= valid_until:
        return Ak1Due("renewal", valid_until, valid_until)
    return Ak1Due("report", report_due, valid_until)


def ak1_is_due(due: Ak1Due, day: date, days: int = DUE_DAYS) -> bool:
    """Due within `days` of `day`, or overdue (a card whose two years ended more than a year ago is no longer
    listed: it has lapsed, the holder applies again)."""
    if day > add_months(due.valid_until, 12):
        return False
    return due.due_on <= date.fromordinal(day.toordinal() + days)


# ---- pre-departure documents and risk ------------------------------------------------------------------

@dataclass(frozen=True)
class Readiness:
    done: int
    total: int
    missing: tuple[str, ...]  # DEPARTURE_ITEMS codes, in checklist order

    @property
    def complete(self) -> bool:
        return not self.missing


def readiness(done_on: Mapping[str, date | None], on: date | None = None) -> Readiness:
    """Which DEPARTURE_ITEMS were seen (on or before `on`, when given)."""
    missing = tuple(code for code in DEPARTURE_ITEMS
                    if done_on.get(code) is None or (on is not None and done_on[code] > on))  # type: ignore[operator]
    return Readiness(len(DEPARTURE_ITEMS) - len(missing), len(DEPARTURE_ITEMS), missing)


def ak1_items_done(done_on: Mapping[str, date | None]) -> frozenset[str]:
    return frozenset(code for code in AK1_ITEMS if done_on.get(code) is not None)


@dataclass(frozen=True)
class CalonFacts:
    """What the risk rules read of one placement (registry Placement + the centre's preparation)."""

    stage: str
    registered_on: date | None
    departed_on: date | None
    returned_on: date | None
    cancelled_on: date | None
    route: str | None
    scheme: str | None
    agency: str
    planned_on: date | None = None


def is_calon_on(p: CalonFacts, day: date) -> bool:
    return stage_on(p, day) == "calon"


def risk_reasons(birth_date: date | None, p: CalonFacts, done_on: Mapping[str, date | None], day: date) -> tuple[str, ...]:
    """Why a calon is at risk on `day` (codes.RISKS, in that order; empty: not at risk):
    under_18 — younger than 18 on the planned departure day (or on `day` when none is planned);
    non_procedural — the placement is marked non-procedural;
    no_p3mi — P-to-P (or no scheme chosen) and no P3MI named;
    documents_missing — the planned departure day has come and papers were missing on that day (a paper seen
    later does not clear it: the officer moves the planned day when the departure is put off)."""
    reasons: list[str] = []
    if birth_date is not None and age_on(birth_date, p.planned_on or day) < MIN_DEPARTURE_AGE:
        reasons.append("under_18")
    if p.route == "non_prosedural":
        reasons.append("non_procedural")
    if p.scheme in (None, "p_to_p") and not p.agency.strip():
        reasons.append("no_p3mi")
    if p.planned_on is not None and p.planned_on <= day and readiness(done_on, p.planned_on).missing:
        reasons.append("documents_missing")
    return tuple(reasons)


def departure_issues(done_on: Mapping[str, date | None], departed_on: date, route: str | None,
                     note: str) -> list[Issue]:
    """A departure recorded while papers are missing must be marked non-procedural, with a note of what is known."""
    missing = readiness(done_on, departed_on).missing
    if not missing or (route == "non_prosedural" and note.strip()):
        return []
    return [Issue("departed_on", _("Dokumen keberangkatan belum lengkap pada tanggal berangkat (kurang: {missing}). "
                                   "Lengkapi dokumennya, atau catat keberangkatan sebagai non-prosedural dengan "
                                   "catatan.").format(missing=", ".join(_(DEPARTURE_ITEMS[c]) for c in missing)))]


# ---- guest book ----------------------------------------------------------------------------------------

def visit_issues(*, registered: bool, purpose: str, outsider_name: str, outsider_id_number: str,
                 visited_on: date | None, today: date) -> list[Issue]:
    """A visit: a purpose from the list; an outsider (not in the register) names themself and the ID shown and
    may use the information services only."""
    issues: list[Issue] = []
    if purpose not in PURPOSES:
        issues.append(Issue("purpose", _("Keperluan wajib dipilih dari daftar.")))
    if visited_on is None:
        issues.append(Issue("visited_at", _("Tanggal kunjungan wajib diisi: tulis seperti 22/11/2026.")))
    elif visited_on > today:
        issues.append(Issue("visited_at", _("Tanggal kunjungan tidak boleh sesudah hari ini.")))
    if not registered:
        if not outsider_name.strip():
            issues.append(Issue("outsider_name", _("Nama tamu wajib diisi, atau pilih warga dari daftar penduduk.")))
        if not outsider_id_number.strip():
            issues.append(Issue("outsider_id_number", _("Nomor identitas yang ditunjukkan tamu wajib diisi "
                                                        "(NIK KTP, paspor, atau SIM).")))
        if purpose in PURPOSES and purpose not in OUTSIDER_PURPOSES:
            issues.append(Issue("purpose", _("Tamu dari luar daftar penduduk desa hanya dapat dilayani untuk "
                                             "informasi: {allowed}. Untuk {purpose}, daftarkan dulu warganya.")
                                .format(allowed=", ".join(_(PURPOSES[p]) for p in OUTSIDER_PURPOSES),
                                        purpose=_(PURPOSES[purpose]))))
    return issues


# ---- complaints ----------------------------------------------------------------------------------------

def complaint_step_issues(current: str, target: str, on: date | None, last_on: date | None, today: date, *,
                          referred_to: str | None = None, outcome: str = "") -> list[Issue]:
    """What stops a complaint going from `current` to `target` on `on`: dirujuk names where to (REFERRAL_TARGETS),
    selesai needs the outcome."""
    issues = _step_issues(COMPLAINT_STATUSES, COMPLAINT_NEXT, current, target, on, last_on, today)
    if issues:
        return issues
    if target == "dirujuk" and referred_to not in REFERRAL_TARGETS:
        issues.append(Issue("referred_to", _("Tujuan rujukan wajib dipilih: Disnaker, BP2MI/KP2MI, KBRI/KJRI, "
                                             "Kemnaker, atau Kepolisian.")))
    if target == "selesai" and not outcome.strip():
        issues.append(Issue("outcome", _("Hasil penyelesaian wajib diisi: tulis bagaimana kasus ini selesai.")))
    return issues


def complaint_status_on(step_dates: Mapping[str, date | None], day: date) -> str | None:
    return status_on(step_dates, COMPLAINT_STEP_DATE, day)


def days_open(opened_on: date, closed_on: date | None, day: date) -> int:
    """Days from the opening to the closing, or to `day` while open."""
    end = closed_on if closed_on is not None and closed_on <= day else day
    return max((end - opened_on).days, 0)


def median_days(values: list[int]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return float(ordered[mid]) if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


# ---- lost contact ----------------------------------------------------------------------------------------

def contact_overdue(departed_on: date | None, last_contact_on: date | None, day: date,
                    days: int = LOST_CONTACT_DAYS) -> bool:
    """A placement abroad with no contact for more than `days` (counted from the departure when no contact was
    ever recorded)."""
    since = last_contact_on or departed_on
    return since is not None and since <= day and (day - since).days > days


# ---- vacancies ----------------------------------------------------------------------------------------

EDUCATION_RANK = {code: rank for rank, code in enumerate(EDUCATION)}


def fits_vacancy(*, sex: str | None, age_min: int | None, age_max: int | None, education_min: str | None,
                 person_sex: str, birth_date: date | None, education: str | None, day: date) -> bool:
    """Whether a person fits a vacancy's sex, age range (on `day`) and minimum education; an unknown birth date
    or education fails a vacancy that asks for one."""
    if sex is not None and person_sex != sex:
        return False
    if age_min is not None or age_max is not None:
        if birth_date is None:
            return False
        age = age_on(birth_date, day)
        if (age_min is not None and age < age_min) or (age_max is not None and age > age_max):
            return False
    return education_min is None or (
        education is not None and EDUCATION_RANK.get(education, -1) >= EDUCATION_RANK.get(education_min, 0))
