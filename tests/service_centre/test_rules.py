"""The service centre's pure rules (service_centre/rules.py): the two status flows refuse every illegal jump, and
the AK-1 due dates, the readiness of the papers and the reasons a calon is at risk agree with small, obviously
correct references over random histories (hypothesis)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from itertools import product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desmig_desktop.service_centre.codes import (
    AK1_ITEMS,
    AK1_STATUSES,
    COMPLAINT_STATUSES,
    DEPARTURE_ITEMS,
    RISKS,
)
from desmig_desktop.service_centre.rules import (
    AK1_NEXT,
    COMPLAINT_NEXT,
    CalonFacts,
    ak1_is_due,
    ak1_next_due,
    ak1_status_on,
    complaint_status_on,
    complaint_step_issues,
    contact_overdue,
    days_open,
    departure_issues,
    is_calon_on,
    median_days,
    readiness,
    risk_reasons,
)

TODAY = date(2026, 11, 23)
ALL_AK1 = frozenset(AK1_ITEMS)
days = st.dates(date(2015, 1, 1), date(2030, 12, 31))


def ak1_issues(current: str, target: str, on: date | None, last_on: date | None = None, **kw):  # type: ignore[no-untyped-def]
    from desmig_desktop.service_centre.rules import ak1_step_issues

    return ak1_step_issues(current, target, on, last_on, TODAY, **kw)


# ---- status flows ------------------------------------------------------------------------------------------

AK1_LEGAL = {("draft", "lengkap"), ("lengkap", "diserahkan"), ("diserahkan", "terbit"), ("diserahkan", "ditolak")}
COMPLAINT_LEGAL = {("baru", "ditindaklanjuti"), ("ditindaklanjuti", "dirujuk"), ("ditindaklanjuti", "selesai"),
                   ("dirujuk", "selesai")}


def test_the_flows_are_the_issue_s_flows():
    assert {(a, b) for a, nexts in AK1_NEXT.items() for b in nexts} == AK1_LEGAL
    assert {(a, b) for a, nexts in COMPLAINT_NEXT.items() for b in nexts} == COMPLAINT_LEGAL
    assert set(AK1_NEXT) == set(AK1_STATUSES) and set(COMPLAINT_NEXT) == set(COMPLAINT_STATUSES)


@pytest.mark.parametrize(("current", "target"), sorted(set(product(AK1_STATUSES, repeat=2)) - AK1_LEGAL))
def test_an_ak1_application_refuses_every_illegal_jump(current, target):
    issues = ak1_issues(current, target, TODAY, items_done=ALL_AK1, card_number="AK1/1", reason="x")
    assert [i.field for i in issues] == ["status"]
    assert "tidak dapat diubah" in issues[0].message
    if AK1_NEXT[current]:
        assert "Langkah berikutnya yang boleh" in issues[0].message
    else:
        assert "sudah akhir" in issues[0].message


@pytest.mark.parametrize(("current", "target"), sorted(AK1_LEGAL))
def test_an_ak1_application_takes_each_legal_step(current, target):
    assert ak1_issues(current, target, TODAY, date(2026, 1, 1), items_done=ALL_AK1, card_number="AK1/33/2026",
                      reason="Umur belum cukup") == []


@pytest.mark.parametrize(("current", "target"), sorted(set(product(COMPLAINT_STATUSES, repeat=2)) - COMPLAINT_LEGAL))
def test_a_complaint_refuses_every_illegal_jump(current, target):
    issues = complaint_step_issues(current, target, TODAY, None, TODAY, referred_to="bp2mi", outcome="Selesai")
    assert [i.field for i in issues] == ["status"]


@pytest.mark.parametrize(("current", "target"), sorted(COMPLAINT_LEGAL))
def test_a_complaint_takes_each_legal_step(current, target):
    assert complaint_step_issues(current, target, TODAY, date(2026, 1, 1), TODAY, referred_to="kbri",
                                 outcome="Gaji dibayar") == []


def test_a_step_needs_its_date_not_in_the_future_nor_before_the_last_step():
    assert [i.field for i in ak1_issues("draft", "lengkap", None, items_done=ALL_AK1)] == ["on"]
    assert "sesudah hari ini" in ak1_issues("draft", "lengkap", TODAY + timedelta(days=1), items_done=ALL_AK1)[0].message
    early = ak1_issues("draft", "lengkap", date(2026, 3, 1), date(2026, 3, 2), items_done=ALL_AK1)
    assert "sebelum langkah sebelumnya (02/03/2026)" in early[0].message
    assert ak1_issues("draft", "lengkap", date(2026, 3, 2), date(2026, 3, 2), items_done=ALL_AK1) == []
    assert [i.field for i in complaint_step_issues("baru", "ditindaklanjuti", None, None, TODAY)] == ["on"]


def test_each_step_asks_for_what_it_needs():
    missing = ak1_issues("draft", "lengkap", TODAY, items_done={"ktp", "kk"})
    assert [i.field for i in missing] == ["items"] and "Pas foto, Ijazah terakhir" in missing[0].message
    assert [i.field for i in ak1_issues("diserahkan", "terbit", TODAY, card_number="  ")] == ["card_number"]
    assert [i.field for i in ak1_issues("diserahkan", "ditolak", TODAY)] == ["reason"]
    assert [i.field for i in complaint_step_issues("ditindaklanjuti", "dirujuk", TODAY, None, TODAY,
                                                   referred_to="dukun")] == ["referred_to"]
    assert [i.field for i in complaint_step_issues("dirujuk", "selesai", TODAY, None, TODAY)] == ["outcome"]


def test_the_status_of_a_past_day_comes_from_the_step_dates():
    steps = {"opened_on": date(2026, 1, 5), "complete_on": date(2026, 2, 1), "submitted_on": date(2026, 2, 10),
             "issued_on": date(2026, 3, 1)}
    assert ak1_status_on(steps, date(2026, 1, 4)) is None
    assert ak1_status_on(steps, date(2026, 1, 31)) == "draft"
    assert ak1_status_on(steps, date(2026, 2, 10)) == "diserahkan"
    assert ak1_status_on(steps, TODAY) == "terbit"
    complaint = {"opened_on": date(2026, 5, 1), "followed_on": date(2026, 5, 2), "closed_on": date(2026, 6, 1)}
    assert complaint_status_on(complaint, date(2026, 5, 31)) == "ditindaklanjuti"
    assert complaint_status_on(complaint, date(2026, 6, 1)) == "selesai"


# ---- AK-1 due dates: a reference that counts months one at a time ---------------------------------------

def months_later(day: date, months: int) -> date:
    """The same day `months` months later, on the month's last day when it is shorter."""
    year, month = day.year, day.month
    for _ in range(months):
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def reference_due(issued: date, reports: list[date], day: date) -> tuple[str, date, date]:
    """Walk the calendar from the issue to `day`: each report made on a day moves the anchor of the next report."""
    valid_until = months_later(issued, 24)
    anchor, walk = issued, issued
    while walk <= day:
        if walk in reports:
            anchor = walk
        walk += timedelta(days=1)
    report = months_later(anchor, 6)
    return ("renewal", valid_until, valid_until) if report >= valid_until else ("report", report, valid_until)


def reference_is_due(due_on: date, valid_until: date, day: date, within: int) -> bool:
    lapsed = day > months_later(valid_until, 12)
    return not lapsed and (due_on - day).days <= within


@st.composite
def card_histories(draw):  # type: ignore[no-untyped-def]
    issued = draw(st.dates(date(2020, 1, 1), date(2027, 12, 31)))
    reports = draw(st.lists(st.dates(issued - timedelta(days=60), issued + timedelta(days=1200)), max_size=6))
    day = draw(st.dates(issued - timedelta(days=30), issued + timedelta(days=1300)))
    return issued, reports, day


@settings(max_examples=300, deadline=None)
@given(card_histories(), st.integers(0, 90))
def test_ak1_due_dates_match_the_reference(history, within):
    issued, reports, day = history
    due = ak1_next_due(issued, reports, day)
    assert (due.kind, due.due_on, due.valid_until) == reference_due(issued, reports, day)
    assert due.days_left(day) == (due.due_on - day).days
    assert ak1_is_due(due, day, within) == reference_is_due(due.due_on, due.valid_until, day, within)
    assert due.due_on <= due.valid_until


def test_ak1_due_known_answers():
    issued = date(2024, 8, 31)
    assert ak1_next_due(issued, [], date(2024, 9, 1)) == ak1_next_due(issued, [date(2030, 1, 1)], date(2024, 9, 1))
    first = ak1_next_due(issued, [], date(2024, 9, 1))
    assert (first.kind, first.due_on, first.valid_until) == ("report", date(2025, 2, 28), date(2026, 8, 31))
    moved = ak1_next_due(issued, [date(2025, 2, 20)], date(2025, 3, 1))
    assert moved.due_on == date(2025, 8, 20)
    early = ak1_next_due(issued, [date(2025, 2, 20), date(2025, 8, 20), date(2026, 2, 27)], date(2026, 3, 1))
    assert (early.kind, early.due_on) == ("report", date(2026, 8, 27))  # still before the card's end
    last = ak1_next_due(issued, [date(2025, 2, 20), date(2025, 8, 20), date(2026, 3, 1)], date(2026, 3, 2))
    assert (last.kind, last.due_on) == ("renewal", date(2026, 8, 31))
    assert ak1_is_due(first, date(2025, 1, 29)) and not ak1_is_due(first, date(2025, 1, 28))
    assert ak1_is_due(first, date(2025, 6, 1))  # overdue stays listed
    assert ak1_is_due(last, date(2027, 8, 31)) and not ak1_is_due(last, date(2027, 9, 1))  # lapsed a year on


# ---- readiness, risk and the departure rule ------------------------------------------------------------

ITEMS = list(DEPARTURE_ITEMS)
maybe_day = st.none() | st.dates(date(2025, 1, 1), date(2027, 12, 31))
checklists = st.dictionaries(st.sampled_from(ITEMS), maybe_day, max_size=len(ITEMS))


def reference_missing(done_on: dict[str, date | None], on: date | None) -> list[str]:
    missing = []
    for item in ITEMS:
        seen = done_on.get(item)
        if seen is None or (on is not None and seen > on):
            missing.append(item)
    return missing


@settings(max_examples=200, deadline=None)
@given(checklists, maybe_day)
def test_readiness_matches_the_reference(done_on, on):
    r = readiness(done_on, on)
    missing = reference_missing(done_on, on)
    assert r.missing == tuple(missing)
    assert (r.done, r.total, r.complete) == (12 - len(missing), 12, not missing)


def calon(**kw) -> CalonFacts:  # type: ignore[no-untyped-def]
    values = dict(stage="calon", registered_on=date(2026, 9, 1), departed_on=None, returned_on=None,
                  cancelled_on=None, route="prosedural", scheme="p_to_p", agency="PT Maju Jaya Sentosa",
                  planned_on=None)
    values.update(kw)
    return CalonFacts(**values)  # type: ignore[arg-type]


ALL_DONE = {item: date(2026, 10, 1) for item in ITEMS}
ADULT = date(1998, 5, 5)


def test_a_calon_with_everything_in_order_is_not_at_risk():
    assert risk_reasons(ADULT, calon(planned_on=date(2026, 11, 1)), ALL_DONE, TODAY) == ()
    assert risk_reasons(None, calon(), {}, TODAY) == ()  # no plan: missing papers are not yet a risk


def test_risk_under_18_on_the_planned_day_or_today():
    born = date(2008, 12, 1)  # 18 on 01/12/2026
    assert risk_reasons(born, calon(), ALL_DONE, TODAY) == ("under_18",)
    assert risk_reasons(born, calon(planned_on=date(2026, 12, 1)), ALL_DONE, TODAY) == ()
    assert risk_reasons(born, calon(planned_on=date(2026, 11, 30)), ALL_DONE, TODAY) == ("under_18",)
    assert risk_reasons(born, calon(), ALL_DONE, date(2026, 12, 1)) == ()


def test_risk_non_procedural():
    assert risk_reasons(ADULT, calon(route="non_prosedural"), ALL_DONE, TODAY) == ("non_procedural",)
    assert risk_reasons(ADULT, calon(route=None), ALL_DONE, TODAY) == ()


def test_risk_no_p3mi_for_p_to_p_or_no_scheme():
    assert risk_reasons(ADULT, calon(agency="  "), ALL_DONE, TODAY) == ("no_p3mi",)
    assert risk_reasons(ADULT, calon(agency="", scheme=None), ALL_DONE, TODAY) == ("no_p3mi",)
    assert risk_reasons(ADULT, calon(agency="", scheme="g_to_g"), ALL_DONE, TODAY) == ()
    assert risk_reasons(ADULT, calon(agency="", scheme="mandiri"), ALL_DONE, TODAY) == ()


def test_risk_documents_missing_once_the_planned_day_has_come():
    short = {**ALL_DONE, "visa": None}
    assert risk_reasons(ADULT, calon(planned_on=TODAY + timedelta(days=1)), short, TODAY) == ()
    assert risk_reasons(ADULT, calon(planned_on=TODAY), short, TODAY) == ("documents_missing",)
    # a paper seen only after the planned day was missing at the departure date
    late = {**ALL_DONE, "visa": date(2026, 11, 20)}
    assert risk_reasons(ADULT, calon(planned_on=date(2026, 11, 15)), late, TODAY) == ("documents_missing",)
    assert risk_reasons(ADULT, calon(planned_on=date(2026, 11, 20)), late, TODAY) == ()


def test_every_reason_at_once_in_the_order_of_the_codes():
    reasons = risk_reasons(date(2010, 1, 1), calon(route="non_prosedural", agency="", planned_on=TODAY), {}, TODAY)
    assert reasons == tuple(RISKS)


def reference_risks(birth: date | None, p: CalonFacts, done_on: dict[str, date | None], day: date) -> tuple[str, ...]:
    found = set()
    if birth is not None:
        when = p.planned_on or day
        eighteenth = months_later(birth, 18 * 12)
        if birth.month == 2 and birth.day == 29 and eighteenth.day == 28:
            eighteenth = date(eighteenth.year, 3, 1)  # a leap-day child is 18 on 1 March
        if when < eighteenth:
            found.add("under_18")
    if p.route == "non_prosedural":
        found.add("non_procedural")
    if p.scheme != "g_to_g" and p.scheme != "mandiri" and p.agency.strip() == "":
        found.add("no_p3mi")
    if p.planned_on is not None and p.planned_on <= day and reference_missing(done_on, p.planned_on):
        found.add("documents_missing")
    return tuple(code for code in RISKS if code in found)


@settings(max_examples=300, deadline=None)
@given(st.none() | st.dates(date(2000, 1, 1), date(2012, 12, 31)),
       st.sampled_from([None, "prosedural", "non_prosedural"]),
       st.sampled_from([None, "g_to_g", "p_to_p", "mandiri"]),
       st.sampled_from(["", " ", "PT Maju Jaya Sentosa"]),
       maybe_day, checklists, st.dates(date(2025, 6, 1), date(2027, 6, 1)))
def test_risk_reasons_match_the_reference(birth, route, scheme, agency, planned_on, done_on, day):
    p = calon(route=route, scheme=scheme, agency=agency, planned_on=planned_on)
    assert risk_reasons(birth, p, done_on, day) == reference_risks(birth, p, done_on, day)


def test_a_departure_with_missing_papers_must_be_non_procedural_with_a_note():
    short = {**ALL_DONE, "paspor": None, "bpjs": date(2026, 12, 1)}
    refused = departure_issues(short, TODAY, "prosedural", "")
    assert [i.field for i in refused] == ["departed_on"]
    assert "kurang: Paspor, Kepesertaan BPJS Ketenagakerjaan" in refused[0].message
    assert departure_issues(short, TODAY, "non_prosedural", "  ") != []
    assert departure_issues(short, TODAY, "prosedural", "lewat calo") != []
    assert departure_issues(short, TODAY, "non_prosedural", "Berangkat lewat calo, paspor dibuat di Batam") == []
    assert departure_issues(ALL_DONE, TODAY, "prosedural", "") == []
    assert departure_issues(ALL_DONE, date(2026, 9, 30), None, "") != []  # papers seen after the departure


def test_calon_on_a_day_follows_the_registry_stages():
    p = calon(registered_on=date(2026, 9, 1), departed_on=date(2026, 11, 1))
    assert not is_calon_on(p, date(2026, 8, 31))
    assert is_calon_on(p, date(2026, 10, 31)) and not is_calon_on(p, date(2026, 11, 1))
    assert not is_calon_on(calon(cancelled_on=date(2026, 10, 1)), date(2026, 10, 1))


# ---- complaints and lost contact ------------------------------------------------------------------------

def test_days_open_and_the_median():
    assert days_open(date(2026, 11, 1), None, TODAY) == 22
    assert days_open(date(2026, 11, 1), date(2026, 11, 11), TODAY) == 10
    assert days_open(date(2026, 11, 1), date(2026, 11, 30), TODAY) == 22  # closed after the day read
    assert median_days([]) is None and median_days([5]) == 5.0
    assert median_days([9, 1, 4]) == 4.0 and median_days([1, 2, 3, 10]) == 2.5


def test_contact_is_overdue_after_90_days_counted_from_the_departure_when_there_was_none():
    assert not contact_overdue(date(2026, 1, 1), date(2026, 8, 25), TODAY)  # 90 days
    assert contact_overdue(date(2026, 1, 1), date(2026, 8, 24), TODAY)  # 91 days
    assert contact_overdue(date(2026, 8, 1), None, TODAY)
    assert not contact_overdue(None, None, TODAY)
    assert not contact_overdue(date(2027, 1, 1), None, TODAY)  # not yet departed on that day
