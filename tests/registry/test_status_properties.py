"""Property tests of status and residence on a date (registry.status) against a day-by-day simulation.

Hypothesis draws a person's history — placements one after another (registered, departed, returned or given
up, any date possibly unknown) and life events (born, came, left, died) — and the test walks every day of a
window, checking `own_stage` and `in_village` against a reference that simply replays the recorded steps day
by day, the way an officer would read the register.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desmig_desktop.registry.rules import overlap_issue
from desmig_desktop.registry.status import in_village, own_stage

START = date(2015, 1, 1)
WINDOW = [START + timedelta(days=n) for n in range(0, 3 * 365, 3)]  # every third day of three years
LAST = WINDOW[-1]


@dataclass
class Pl:
    stage: str
    registered_on: date | None
    departed_on: date | None
    returned_on: date | None
    cancelled_on: date | None
    country: str = "Taiwan"


@dataclass
class Ev:
    kind: str
    event_date: date


@st.composite
def placements(draw) -> list[Pl]:  # type: ignore[no-untyped-def]
    out: list[Pl] = []
    cursor = START - timedelta(days=draw(st.integers(0, 200)))
    for _n in range(draw(st.integers(0, 4))):
        cursor += timedelta(days=draw(st.integers(0, 300)))
        ending = draw(st.sampled_from(["calon", "batal", "aktif", "purna"]))
        if out and out[-1].stage in ("calon", "aktif"):  # only the last placement may stay open
            break
        registered = cursor
        departed = registered + timedelta(days=draw(st.integers(0, 200))) if ending in ("aktif", "purna") else None
        back = departed + timedelta(days=draw(st.integers(1, 500))) if ending == "purna" and departed else None
        given_up = registered + timedelta(days=draw(st.integers(0, 200))) if ending == "batal" else None
        cursor = back or given_up or departed or registered
        known = draw(st.lists(st.booleans(), min_size=2, max_size=2))  # some dates were never written down
        out.append(Pl(ending, registered if known[0] else None, departed if known[1] or ending == "aktif" else None,
                      back, given_up))
    return out


@st.composite
def life_events(draw) -> tuple[date, list[Ev]]:  # type: ignore[no-untyped-def]
    born = START - timedelta(days=draw(st.integers(-400, 20000)))
    events = [Ev(draw(st.sampled_from(["lahir", "pindah_datang", "pindah_keluar", "meninggal"])),
                 START + timedelta(days=draw(st.integers(-300, 1200)))) for _n in range(draw(st.integers(0, 4)))]
    return born, events


# ---- the reference: replay the recorded steps day by day ------------------------------------------

def reference_stages(history: list[Pl], days: list[date]) -> dict[date, str | None]:
    """Walk from long before the window; each placement moves to a stage on the day of a recorded step; the
    person is what the placement that moved last (not to batal) says."""
    state: dict[int, str] = {}
    moved: dict[int, date] = {}
    out: dict[date, str | None] = {}
    day = START - timedelta(days=3000)
    wanted = set(days)
    while day <= days[-1]:
        for i, p in enumerate(history):
            for when, stage in ((p.registered_on, "calon"), (p.departed_on, "aktif"), (p.returned_on, "purna"),
                                (p.cancelled_on, "batal")):
                if when == day:
                    state[i], moved[i] = stage, day
        if day in wanted:
            live = [i for i in state if state[i] != "batal"]
            rank = {"aktif": 3, "calon": 2, "purna": 1}
            best = max(live, key=lambda i: (moved[i], rank[state[i]]), default=None)
            out[day] = None if best is None else state[best]
        day += timedelta(days=1)
    return out


def reference_resident(born: date, events: list[Ev], day: date) -> bool:
    """Unborn: no. Otherwise replay the events in date order up to the day; before any event a person is here
    only if the first thing that happens to them is leaving."""
    if born > day:
        return False
    ordered = sorted(events, key=lambda e: e.event_date)
    here = not ordered or ordered[0].kind in ("pindah_keluar", "meninggal")
    for e in ordered:
        if e.event_date <= day:
            here = e.kind in ("lahir", "pindah_datang")
    return here


@settings(max_examples=150, deadline=None)
@given(placements())
def test_status_on_every_day_matches_the_day_by_day_replay(history):
    expected = reference_stages(history, WINDOW)
    for day in WINDOW:
        assert own_stage(history, day) == expected[day], day


@settings(max_examples=150, deadline=None)
@given(life_events())
def test_residence_on_every_day_matches_the_replay_of_life_events(person):
    born, events = person
    for day in WINDOW:
        assert in_village(events, born, day) == reference_resident(born, events, day), day


@settings(max_examples=150, deadline=None)
@given(placements(), st.integers(-400, 1200), st.integers(0, 400))
def test_a_placement_overlapping_another_is_named_and_one_after_them_all_is_not(history, start, length):
    for i, p in enumerate(history):  # the generated ones follow each other
        assert overlap_issue(p, [o for j, o in enumerate(history) if j != i]) is None
    new = Pl("purna", START + timedelta(days=start), START + timedelta(days=start),
             START + timedelta(days=start + length + 1), None, "Malaysia")
    clashing = [o for o in history if _days(o) and _days(new) & _days(o)]
    issue = overlap_issue(new, history)
    assert (issue is not None) == bool(clashing)
    if issue is not None:
        assert clashing[0].country in issue.message


def _days(p: Pl) -> set[date]:
    """Every day the placement takes: from its first recorded step to the day before it ended (or the window's end)."""
    first = min((d for d in (p.registered_on, p.departed_on, p.returned_on, p.cancelled_on) if d), default=None)
    if first is None:
        return set()
    end = p.returned_on or p.cancelled_on or LAST + timedelta(days=2000)
    return {first + timedelta(days=n) for n in range((end - first).days)}
