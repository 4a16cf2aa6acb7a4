"""The Pusat Layanan Migrasi section of the recap: counts only, never a name or a text.

Visits of the period by purpose (villagers and outsiders); AK-1 applications by their status on the period's last
day and the cards whose report or renewal is due within 30 days of it; departures in the period, procedural or
not; calon PMI at risk on the last day, by reason; complaints by category and by their status on the last day, with
the median days to close of those closed in the period; open lost-contact cases on the last day.

Every status is the one of the period's last day, derived from the dates of the steps (rules.ak1_status_on,
rules.complaint_status_on, registry.status.stage_on), so that the recap of a past period shows it as it was. The
section is read for every village of a context at once (`recap_rows.read_service_rows`: a fixed number of grouped
statements); a village's own recap takes its one village from there (`build_service_section`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from desmig_desktop.core.i18n import N_
from desmig_desktop.core.periods import Period
from desmig_desktop.core.pillar import DistrictFigure, own_section, scope_key
from desmig_desktop.registry.status import stage_on
from desmig_desktop.service_centre import rules
from desmig_desktop.service_centre.codes import (
    AK1_STATUSES,
    COMPLAINT_CATEGORIES,
    COMPLAINT_STATUSES,
    DUE_DAYS,
    PURPOSES,
    RISKS,
)
from desmig_desktop.service_centre.services.contact import known_contact
from desmig_desktop.service_centre.services.recap_rows import (
    ServiceRows,
    read_service_rows,
)

ROUTES = ("prosedural", "non_prosedural", "")  # "": the route was not recorded
LOST_REASONS = ("flag", "no_contact_90", "complaint")  # as services.contact's LostContactRow.reasons
OPEN_STATUSES = ("baru", "ditindaklanjuti", "dirujuk")


@dataclass(frozen=True)
class PurposeCount:
    code: str  # codes.PURPOSES
    villagers: int
    outsiders: int

    @property
    def total(self) -> int:
        return self.villagers + self.outsiders


@dataclass(frozen=True)
class CategoryCount:
    code: str  # codes.COMPLAINT_CATEGORIES
    opened: int  # filed in the period
    by_status: tuple[tuple[str, int], ...]  # filed by the last day, by their status that day (COMPLAINT_STATUSES)

    @property
    def open(self) -> int:
        return sum(n for status, n in self.by_status if status in OPEN_STATUSES)


@dataclass(frozen=True)
class ServiceSection:
    period: Period
    visits: tuple[PurposeCount, ...]  # PURPOSES order
    ak1_by_status: tuple[tuple[str, int], ...]  # AK1_STATUSES order, on the last day
    ak1_opened: int  # applications opened in the period
    ak1_issued: int  # cards issued in the period
    ak1_due: int  # cards whose report or renewal is due within DUE_DAYS of the last day, or overdue
    departures: tuple[tuple[str, int], ...]  # ROUTES order: placements departed in the period
    calon: int  # calon PMI on the last day
    calon_at_risk: int  # of them, at risk for any reason
    risks: tuple[tuple[str, int], ...]  # RISKS order (a calon may have several reasons)
    complaints: tuple[CategoryCount, ...]  # COMPLAINT_CATEGORIES order
    closed: int  # complaints closed in the period
    median_days_to_close: float | None  # of those, None when none closed
    # Open lost-contact cases on the last day: placements abroad flagged or without news for 90 days, each once
    # (services.contact's register less the migrants listed only for an open putus-kontak complaint). Those
    # complaints are counted apart (`lost_by_reason` "complaint"): a complaint's migrant is private and never
    # reaches the district, which could not tell whether the complaint's migrant is also flagged.
    lost_contact: int
    lost_by_reason: tuple[tuple[str, int], ...]  # LOST_REASONS order (a case may have several)

    @property
    def visits_total(self) -> int:
        return sum(v.total for v in self.visits)

    @property
    def complaints_open(self) -> int:
        return sum(c.open for c in self.complaints)

    def complaints_by_status(self) -> tuple[tuple[str, int], ...]:
        return tuple((code, sum(dict(c.by_status)[code] for c in self.complaints)) for code in COMPLAINT_STATUSES)


def _ak1(rows: ServiceRows, day: date, start: date, key: Any) -> dict[str, tuple[Counter, int, int, int]]:
    out: dict[str, tuple[Counter, int, int, int]] = {}
    for vid, ak1_id, opened, complete, submitted, issued, rejected in rows.ak1:
        counts, opened_n, issued_n, due_n = out.get(key(vid), (Counter(), 0, 0, 0))
        steps = {"opened_on": opened, "complete_on": complete, "submitted_on": submitted, "issued_on": issued,
                 "rejected_on": rejected}
        status = rules.ak1_status_on(steps, day)
        counts[status] += 1
        opened_n += start <= opened <= day
        issued_n += issued is not None and start <= issued <= day
        if status == "terbit" and issued is not None:
            due = rules.ak1_next_due(issued, rows.reports.get(ak1_id, []), day)
            due_n += rules.ak1_is_due(due, day, DUE_DAYS)
        out[key(vid)] = (counts, opened_n, issued_n, due_n)
    return out


def _placements(rows: ServiceRows, start: date, day: date, today: date, key: Any) -> tuple[dict, dict, dict]:
    """Per village: departures by route, calon and their risks; per placement: the lost-contact reasons of the
    registry on the day (as services.contact's register reads them: the flag's history, or today the flag; no
    contact known by the day for more than 90 days) for a placement aktif that day."""
    departures: dict[str, Counter] = defaultdict(Counter)
    calon: dict[str, Counter] = defaultdict(Counter)  # "calon", "at_risk", risk codes
    lost: dict[str, set[str]] = {}  # placement -> reasons
    lost_on_day: set[str] = set()
    stretches: dict[str, list[tuple[date | None, date | None]]] = defaultdict(list)  # placement -> (lost, found)
    for pl, since, until in rows.losses:
        if (since is None or since <= day) and (until is None or until > day):
            lost_on_day.add(pl)
        stretches[pl].append((since, until))
    for (vid, pl_id, _person, registered, departed, returned, cancelled, route, scheme, agency, last_contact,
         flag, born) in rows.placements:
        v = key(vid)
        if departed is not None and start <= departed <= day:
            departures[v][route if route in ROUTES else ""] += 1
        facts = rules.CalonFacts("", registered, departed, returned, cancelled, route, scheme, agency or "",
                                 rows.planned.get(pl_id))
        stage = stage_on(facts, day)
        if stage == "calon":
            reasons = rules.risk_reasons(born, facts, rows.documents.get(pl_id, {}), day)
            calon[v]["calon"] += 1
            calon[v]["at_risk"] += bool(reasons)
            calon[v].update(reasons)
        elif stage == "aktif":
            reasons = {"flag"} if pl_id in lost_on_day or (flag and day >= today) else set()
            last, unknown = known_contact(last_contact, stretches.get(pl_id, ()), day)
            if not unknown and rules.contact_overdue(departed, last, day):
                reasons.add("no_contact_90")
            if reasons:
                lost[pl_id] = reasons
    return departures, calon, lost


def _complaints(rows: ServiceRows, start: date, day: date, key: Any, complaint_cases: Counter
                ) -> tuple[dict[str, dict[str, list[int]]], dict[str, list[int]]]:
    """Per village: category -> [opened in period, by status...]; days to close of those closed in the period;
    `complaint_cases` counts each village's open putus-kontak complaints."""
    table: dict[str, dict[str, list[int]]] = defaultdict(dict)
    closing: dict[str, list[int]] = defaultdict(list)
    statuses = list(COMPLAINT_STATUSES)
    for vid, category, opened, followed, referred, closed, pl_id, person_id, complaint_id in rows.complaints:
        v = key(vid)
        steps = {"opened_on": opened, "followed_on": followed, "referred_on": referred, "closed_on": closed}
        status = rules.complaint_status_on(steps, day) or "baru"
        line = table[v].setdefault(category, [0] * (1 + len(statuses)))
        line[0] += start <= opened <= day
        line[1 + statuses.index(status)] += 1
        if status == "selesai" and closed is not None and start <= closed <= day:
            closing[v].append(rules.days_open(opened, closed, day))
        if category == "putus_kontak" and status in OPEN_STATUSES:
            complaint_cases[v] += 1
    return table, closing


def assemble(rows: ServiceRows, period: Period, today: date,
             key: Any = lambda village_id: village_id) -> dict[str, ServiceSection]:
    """village key -> its section, from the rows read (pure). A village has a section when it has any record of
    the service centre, or any departure, calon or lost-contact case to count."""
    start, day = period.start, period.end
    visits: dict[str, Counter] = defaultdict(Counter)
    for vid, purpose, outsider, n in rows.visits:
        visits[key(vid)][(purpose, bool(outsider))] += int(n)
    ak1 = _ak1(rows, day, start, key)
    departures, calon, lost = _placements(rows, start, day, today, key)
    village_of = {r[1]: key(r[0]) for r in rows.placements}
    complaint_cases: Counter = Counter()
    complaints, closing = _complaints(rows, start, day, key, complaint_cases)
    lost_by_village: dict[str, list[set[str]]] = defaultdict(list)
    for case, reasons in lost.items():
        lost_by_village[village_of[case]].append(reasons)
    villages = ({key(v) for v in rows.villages} | set(visits) | set(ak1) | set(departures) | set(calon)
                | set(complaints) | set(lost_by_village) | set(complaint_cases))
    out = {}
    for v in villages:
        counts, opened, issued, due = ak1.get(v, (Counter(), 0, 0, 0))
        c = calon.get(v, Counter())
        categories = complaints.get(v, {})
        cases = lost_by_village.get(v, [])
        out[v] = ServiceSection(
            period=period,
            visits=tuple(PurposeCount(p, visits[v][(p, False)], visits[v][(p, True)]) for p in PURPOSES),
            ak1_by_status=tuple((s, counts[s]) for s in AK1_STATUSES), ak1_opened=opened, ak1_issued=issued,
            ak1_due=due, departures=tuple((r, departures[v][r]) for r in ROUTES),
            calon=c["calon"], calon_at_risk=c["at_risk"], risks=tuple((r, c[r]) for r in RISKS),
            complaints=tuple(CategoryCount(cat, line[0], tuple(zip(COMPLAINT_STATUSES, line[1:])))
                             for cat in COMPLAINT_CATEGORIES
                             for line in [categories.get(cat, [0] * (1 + len(COMPLAINT_STATUSES)))]),
            closed=len(closing.get(v, [])), median_days_to_close=rules.median_days(closing.get(v, [])),
            lost_contact=len(cases),
            lost_by_reason=(*((r, sum(r in c for c in cases)) for r in LOST_REASONS if r != "complaint"),
                            ("complaint", complaint_cases[v])))
    return out


def build_service_sections(ctx: Any, period: Period) -> dict[str, ServiceSection]:
    """The section of every village the context reads (`RecapParts.build_many`)."""
    with ctx.reader() as s:
        rows = read_service_rows(s, period.start, period.end)
    return assemble(rows, period, ctx.today(), scope_key(ctx))


def build_service_section(ctx: Any, period: Period) -> ServiceSection | None:
    """The village's own section (None when the village has nothing the centre counts)."""
    return own_section(build_service_sections(ctx, period), ctx)


def district_columns(section: ServiceSection | None) -> tuple[DistrictFigure, ...]:
    """The centre's columns of one village in the district recap, summed from its section (zeros without one).
    The median cannot be summed over villages: the district gets the number of complaints closed instead."""
    s = section
    out = [DistrictFigure("service_centre.visits", N_("Kunjungan warga desa"),
                          sum(v.villagers for v in s.visits) if s else 0, category="villager"),
           DistrictFigure("service_centre.visits", N_("Kunjungan tamu luar desa"),
                          sum(v.outsiders for v in s.visits) if s else 0, category="outsider")]
    ak1 = dict(s.ak1_by_status) if s else {}
    out += [DistrictFigure("service_centre.ak1", label, ak1.get(code, 0), category=code)
            for code, label in AK1_STATUSES.items()]
    out.append(DistrictFigure("service_centre.ak1_due", N_("AK-1 wajib lapor/perpanjang (30 hari)"),
                              s.ak1_due if s else 0))
    routes = dict(s.departures) if s else {}
    out += [DistrictFigure("service_centre.departures", N_("Berangkat prosedural"), routes.get("prosedural", 0),
                           category="prosedural"),
            DistrictFigure("service_centre.departures", N_("Berangkat non-prosedural"),
                           routes.get("non_prosedural", 0), category="non_prosedural"),
            DistrictFigure("service_centre.calon_at_risk", N_("Calon PMI berisiko"), s.calon_at_risk if s else 0),
            DistrictFigure("service_centre.complaints_new", N_("Pengaduan baru masuk"),
                           sum(c.opened for c in s.complaints) if s else 0),
            DistrictFigure("service_centre.complaints_open", N_("Pengaduan masih terbuka"),
                           s.complaints_open if s else 0),
            DistrictFigure("service_centre.complaints_closed", N_("Pengaduan selesai dalam periode"),
                           s.closed if s else 0),
            DistrictFigure("service_centre.lost_contact", N_("Kasus putus kontak terbuka"),
                           s.lost_contact if s else 0)]
    return tuple(out)
