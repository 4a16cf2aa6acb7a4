"""The production-groups section read for many villages at once (issue 10 point 9): the batch reader's section of
a village is exactly what the section was when it was read group by group (`per_group_section` below: the
builder as it was, kept here as the oracle), on the demo for several periods; a district context scoped to two
villages gives each its own section; and the number of statements does not grow with the villages."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import case, event, func, select

from desmig_desktop.activities.models import (
    PromoEvent,
    PromoEventGroup,
    Socialisation,
    SocialisationAttendance,
    Training,
    TrainingAttendance,
    TrainingGroup,
)
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.periods import parse_period
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import AidTotal, GroupRecapRow, GroupsSection
from desmig_desktop.production.models import Aid, AidItem, GroupMember, ProductionBatch, ProductionGroup, Sale
from desmig_desktop.production.services.groups import dropouts
from desmig_desktop.production.services.money import money, shared_total
from desmig_desktop.production.services.recap import build_groups_section
from desmig_desktop.production.services.recap_batch import build_groups_sections
from tests.conftest import TODAY, demo_copy

PERIODS = ("2017", "2017-12", "2026-10", "2026-Q4", "2025", "2017-Q2")


def per_group_section(ctx: ServiceContext, period) -> GroupsSection | None:  # type: ignore[no-untyped-def]
    """The section as `build_groups_section` read it before the batch reader: a dozen statements per group."""
    a, b = period.start, period.end
    rows = []
    with ctx.reader() as s:
        groups = s.scalars(select(ProductionGroup).where(ProductionGroup.deleted_at.is_(None))
                           .order_by(ProductionGroup.name)).all()
        if not groups:
            return None
        for g in groups:
            members = s.scalars(select(GroupMember).where(GroupMember.group_id == g.id,
                                                          GroupMember.deleted_at.is_(None))).all()
            spans = [gr.Span(m.joined_on, m.left_on) for m in members]
            member_ids = {m.person_id for m in members}
            start_n, kept = gr.retention(spans, a, b)
            left = [m for m in members if m.left_on is not None and a <= m.left_on <= b]
            reasons = Counter(m.leave_reason or "" for m in left)
            trainings = s.scalars(select(Training.id).where(
                Training.deleted_at.is_(None), Training.start_on >= a, Training.start_on <= b,
                Training.id.in_(select(TrainingGroup.training_id).where(TrainingGroup.group_id == g.id,
                                                                        TrainingGroup.deleted_at.is_(None))))).all()
            attendance = s.scalar(select(func.count(TrainingAttendance.id)).join(
                Training, Training.id == TrainingAttendance.training_id).where(
                TrainingAttendance.deleted_at.is_(None), Training.deleted_at.is_(None), Training.start_on >= a,
                Training.start_on <= b, TrainingAttendance.person_id.in_(member_ids))) or 0
            aid_rows = s.execute(select(Aid.source, func.sum(AidItem.value)).join(AidItem, AidItem.aid_id == Aid.id)
                                 .where(Aid.group_id == g.id, Aid.deleted_at.is_(None), AidItem.deleted_at.is_(None),
                                        Aid.received_on >= a, Aid.received_on <= b).group_by(Aid.source)).all()
            qty = s.scalar(select(func.coalesce(func.sum(ProductionBatch.quantity), 0)).where(
                ProductionBatch.group_id == g.id, ProductionBatch.deleted_at.is_(None),
                ProductionBatch.produced_on >= a, ProductionBatch.produced_on <= b)) or 0
            by_channel = s.execute(select(Sale.channel, func.sum(Sale.quantity * Sale.unit_price)).where(
                Sale.group_id == g.id, Sale.deleted_at.is_(None), Sale.sold_on >= a, Sale.sold_on <= b)
                .group_by(Sale.channel)).all()
            socs = s.scalars(select(Socialisation.id).where(
                Socialisation.group_id == g.id, Socialisation.deleted_at.is_(None), Socialisation.held_on >= a,
                Socialisation.held_on <= b)).all()
            reached = (s.scalar(select(func.count(func.distinct(SocialisationAttendance.person_id))).where(
                SocialisationAttendance.socialisation_id.in_(socs), SocialisationAttendance.deleted_at.is_(None)))
                or 0) if socs else 0
            events = s.scalar(select(func.count(PromoEvent.id)).join(
                PromoEventGroup, PromoEventGroup.event_id == PromoEvent.id).where(
                PromoEventGroup.group_id == g.id, PromoEventGroup.deleted_at.is_(None),
                PromoEvent.deleted_at.is_(None), PromoEvent.start_on >= a, PromoEvent.start_on <= b)) or 0
            m = money(s, g.id, a, b)
            rows.append(GroupRecapRow(
                name=g.name, commodity=g.commodity, status=g.status,
                active_members=sum(1 for sp in spans if sp.active_on(b)),
                joined=sum(1 for m_ in members if a <= m_.joined_on <= b), left=len(left),
                retention_start=start_n, retention_kept=kept, dropout_reasons=tuple(sorted(reasons.items())),
                trainings=len(trainings), training_attendance=int(attendance),
                aid_by_source=tuple((src, int(v or 0)) for src, v in aid_rows),
                aid_total=sum(int(v or 0) for _, v in aid_rows),
                production_runs=m.runs, production_quantity=int(qty),
                sales_by_channel=tuple((ch, int(v or 0)) for ch, v in by_channel),
                sales_total=m.revenue, profit=m.profit, profit_shared=shared_total(s, g.id, a, b),
                socialisations=len(socs), people_reached=int(reached), promotion_events=int(events),
            ))
        aid = _aid_totals(s, period)
    return GroupsSection(period, tuple(rows), tuple(dropouts(ctx, period)), aid)


def _aid_totals(s, period) -> tuple[AidTotal, ...]:  # type: ignore[no-untyped-def]
    value = func.coalesce(func.sum(AidItem.value), 0)
    in_period = func.coalesce(func.sum(case((Aid.received_on >= period.start, AidItem.value), else_=0)), 0)
    found = s.execute(select(Aid.source, Aid.kind, in_period, value)
                      .join(AidItem, AidItem.aid_id == Aid.id).join(ProductionGroup, ProductionGroup.id == Aid.group_id)
                      .where(Aid.deleted_at.is_(None), AidItem.deleted_at.is_(None), ProductionGroup.deleted_at.is_(None),
                             Aid.received_on <= period.end)
                      .group_by(Aid.source, Aid.kind).order_by(Aid.source, Aid.kind)).all()
    return tuple(AidTotal(source, kind, int(now), int(total)) for source, kind, now, total in found)


@pytest.fixture(scope="module")
def demo(demo_file, tmp_path_factory):  # type: ignore[no-untyped-def]
    ctx = ServiceContext.open(demo_copy(demo_file, tmp_path_factory.mktemp("batch") / "kuripan.db"), create=False)
    ctx.today_override = TODAY
    yield ctx
    ctx.close()


def two_village_district(demo_file: Path, folder: Path):  # type: ignore[no-untyped-def]
    """A SQLite district holding the demo village and a second one made from it by SQL (as the district recap's
    tests make it), merged as the intake merges; -> (engine, {village id: its own file's context})."""
    from desmig_desktop.district.database import init_district
    from desmig_desktop.district.merge import merge_connection, merge_tables
    from desmig_desktop.district.package import snapshot
    from tests.district.test_recap_district import make_second_village

    first, second = demo_copy(demo_file, folder / "a.db"), demo_copy(demo_file, folder / "b.db")
    make_second_village(second)
    engine = init_district(f"sqlite:///{folder / 'district.db'}", "Wonosobo")
    own = {}
    for path in (first, second):
        village = ServiceContext.open(path, create=False)
        village.today_override = TODAY
        with merge_connection(engine) as conn, conn.begin():
            merge_tables(conn, snapshot(village.engine))
        own[village.village_id] = village
    return engine, own


@pytest.fixture(scope="module")
def district(demo_file, tmp_path_factory):  # type: ignore[no-untyped-def]
    engine, own = two_village_district(demo_file, tmp_path_factory.mktemp("district"))
    yield engine, own
    for village in own.values():
        village.close()
    engine.dispose()


def _statements(engine, build, ctx, period) -> tuple[int, object]:  # type: ignore[no-untyped-def]
    count = [0]

    def seen(*_args) -> None:  # type: ignore[no-untyped-def]
        count[0] += 1

    event.listen(engine, "before_cursor_execute", seen)
    try:
        result = build(ctx, period)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    return count[0], result


@pytest.mark.parametrize("code", PERIODS)
def test_the_batch_section_is_the_section_read_group_by_group(demo, code):
    period = parse_period(code)
    assert build_groups_section(demo, period) == per_group_section(demo, period)


def test_the_demo_periods_have_figures_to_compare(demo):
    year = build_groups_section(demo, parse_period("2017"))
    assert [r.name for r in year.rows] and len(year.rows) == 4
    assert sum(r.sales_total for r in year.rows) > 0 and sum(r.training_attendance for r in year.rows) > 0
    assert len(year.dropouts) > 0 and sum(r.aid_total for r in year.rows) > 0 and year.aid
    assert any(r.dropout_reasons for r in year.rows) and sum(r.people_reached for r in year.rows) > 0


def test_a_batch_of_villages_gives_each_its_own_section(district):
    engine, own = district
    base = ServiceContext(engine, officer="", today_override=TODAY)
    batch = replace(base, scope_village_id=tuple(sorted(own)))  # a district context scoped to both villages
    for code in ("2026-Q4", "2017"):
        period = parse_period(code)
        found = build_groups_sections(batch, period)
        assert set(found) == set(own)
        for village_id, village in own.items():
            assert found[village_id] == build_groups_section(village, period)
            assert build_groups_section(base.scoped(village_id), period) == found[village_id]
    names = {vid: [d.name for d in found[vid].dropouts] for vid in own}
    assert all(names.values())


def test_the_statements_do_not_grow_with_the_villages_or_the_groups(district):
    engine, own = district
    base = ServiceContext(engine, officer="", today_override=TODAY)
    period = parse_period("2017")
    one, _ = _statements(engine, build_groups_sections, base.scoped(next(iter(own))), period)
    both, found = _statements(engine, build_groups_sections, replace(base, scope_village_id=tuple(own)), period)
    assert one == both and one <= 16 and sum(len(s.rows) for s in found.values()) == 8
