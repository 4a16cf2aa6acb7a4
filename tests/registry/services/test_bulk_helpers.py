"""The set-at-a-time helpers of the register import: dusun / RT lookups without queries, statuses of people
about to be inserted in bulk, and lookups of any number of values in one statement."""

from __future__ import annotations

from sqlalchemy import event, select

from desmig_desktop.registry.models import Person
from desmig_desktop.registry.services.bulk import in_values
from desmig_desktop.registry.services.status_sync import statuses_with_newcomers
from desmig_desktop.registry.services.village import add_dusun, ensure_dusun, ensure_rt, get_village, require_village
from desmig_desktop.registry.status import MemberState


class Statements:
    def __init__(self, engine):  # type: ignore[no-untyped-def]
        self.engine, self.seen = engine, []

    def __enter__(self) -> list[str]:
        event.listen(self.engine, "before_cursor_execute", self._count)
        return self.seen

    def __exit__(self, *_exc) -> None:  # type: ignore[no-untyped-def]
        event.remove(self.engine, "before_cursor_execute", self._count)

    def _count(self, _conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        self.seen.append(statement)


def test_rt_units_are_added_once_and_dusun_names_match_whatever_the_spelling(ctx, village):
    add_dusun(ctx, "  kuripan ", [(1, 2), (1, 3), (1, 3)])
    add_dusun(ctx, "Gunung  Tugel", [(4, 1)])
    add_dusun(ctx, "gunung tugel", [(4, 1), (4, 2)])
    assert {d.name: [(r.rw, r.rt) for r in d.rts] for d in get_village(ctx).dusuns} == {
        "Gunung  Tugel": [(4, 1), (4, 2)], "Kuripan": [(1, 1), (1, 2), (1, 3)], "Sigaluh": []}


def test_dusun_and_rt_lookups_on_a_loaded_village_run_no_sql(ctx, village):
    with ctx.unit_of_work() as s:
        v = require_village(s)
        with Statements(ctx.engine) as seen:
            for rt in range(1, 60):
                kuripan = ensure_dusun(s, v, "KURIPAN")
                ensure_rt(s, kuripan, 1, 1 + rt % 3)
                ensure_rt(s, ensure_dusun(s, v, "Krajan"), 5, rt % 7 + 1)
        assert seen == []  # not even an autoflush: a big import session is never flushed by these
    rts = {d.name: sorted((r.rw, r.rt) for r in d.rts) for d in get_village(ctx).dusuns}
    assert rts["Kuripan"] == [(1, 1), (1, 2), (1, 3)]
    assert rts["Krajan"] == [(5, n) for n in range(1, 8)]


def test_statuses_of_newcomers_count_the_family_already_registered(ctx, people):
    slamet_family, joko_family = people.households
    with ctx.unit_of_work() as s:
        statuses = statuses_with_newcomers(s, {
            slamet_family: [MemberState("new-child", None)],  # Sularmi (aktif) is already in this family
            joko_family: [MemberState("new-migrant", "purna")],
            "a-new-family": [MemberState("head", None), MemberState("wife", "calon")],
            "another-new-family": [MemberState("alone", None)],
        })
    assert statuses["new-child"] == "keluarga" and statuses["new-migrant"] == "purna"
    assert (statuses["head"], statuses["wife"], statuses["alone"]) == ("keluarga", "calon", "none")
    assert statuses[people.ids["Joko Susilo"]] == "keluarga"
    assert statuses[people.ids["Ani Rahayu"]] == "calon"


def test_in_values_looks_up_thousands_of_values_in_one_statement(ctx, people):
    wanted = {people.niks["Sularmi"], people.niks["Joko Susilo"], *(f"{n:016d}" for n in range(40_000))}
    with ctx.reader() as s, Statements(ctx.engine) as seen:
        found = s.scalars(select(Person.name).where(in_values(s, Person.nik, wanted))).all()
    assert sorted(found) == ["Joko Susilo", "Sularmi"]
    assert len(seen) == 1


def test_an_rt_removed_once_is_added_again(ctx, village):
    from desmig_desktop.core.db.base import utcnow

    with ctx.unit_of_work() as s:
        kuripan = {d.name: d for d in require_village(s).dusuns}["Kuripan"]
        next(r for r in kuripan.rts if (r.rw, r.rt) == (1, 2)).deleted_at = utcnow()
    assert [(r.rw, r.rt) for r in get_village(ctx).dusuns[0].rts] == [(1, 1)]
    add_dusun(ctx, "Kuripan", [(1, 2)])
    assert [(r.rw, r.rt) for r in get_village(ctx).dusuns[0].rts] == [(1, 1), (1, 2)]
