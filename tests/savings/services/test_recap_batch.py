"""The simpan pinjam section read for many villages at once (issue 10 point 9): per fund, the batch reader gives
exactly what the per-fund readers give (`funds.fund_summary_in` at the period's end, `statements.period_flows_in`
over it — the section as it was built before, kept here as the oracle), on the demo for several periods and for
as-of days with loans in arrears; a district context scoped to two villages gives each its own section; and the
number of statements does not grow with the villages or the funds."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.periods import Period, parse_period
from desmig_desktop.savings.dto import FundRecapDTO, SavingsSectionDTO
from desmig_desktop.savings.models import Fund
from desmig_desktop.savings.services.funds import fund_summary_in
from desmig_desktop.savings.services.recap import build_savings_section
from desmig_desktop.savings.services.recap_batch import build_savings_sections, fund_summaries, read_fund_rows
from desmig_desktop.savings.services.statements import period_flows_in
from tests.conftest import TODAY, demo_copy
from tests.production.services.test_recap_batch import _statements, two_village_district

PERIODS = ("2017", "2017-12", "2026-10", "2026-Q4", "2025", "2018-Q2")
# As-of days in November 2026, when Dana Kelompok Salak has loans 1-30 and 31-60 days late, and earlier ones.
DAYS = (date(2026, 11, 5), date(2026, 11, 20), date(2026, 11, 23), date(2026, 7, 17), date(2017, 4, 30))


def per_fund_section(ctx: ServiceContext, period) -> SavingsSectionDTO | None:  # type: ignore[no-untyped-def]
    """The section as `build_savings_section` read it before the batch reader: about 15 statements per fund."""
    with ctx.reader() as session:
        ids = list(session.scalars(select(Fund.id).where(Fund.deleted_at.is_(None), Fund.opened_on <= period.end)
                                   .order_by(func.lower(Fund.name))))
        if not ids:
            return None
        rows = []
        for fund_id in ids:
            flows = period_flows_in(session, fund_id, period.start, period.end)
            rows.append(FundRecapDTO(fund_summary_in(session, ctx, fund_id, period.end), flows.loans_disbursed,
                                     flows.disbursed_amount, flows.principal_repaid, flows.fee_income,
                                     flows.late_fee_income))
    return SavingsSectionDTO(period, tuple(rows))


@pytest.fixture(scope="module")
def demo(demo_file, tmp_path_factory):  # type: ignore[no-untyped-def]
    ctx = ServiceContext.open(demo_copy(demo_file, tmp_path_factory.mktemp("batch") / "kuripan.db"), create=False)
    ctx.today_override = TODAY
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def district(demo_file, tmp_path_factory):  # type: ignore[no-untyped-def]
    engine, own = two_village_district(demo_file, tmp_path_factory.mktemp("district"))
    yield engine, own
    for village in own.values():
        village.close()
    engine.dispose()


@pytest.mark.parametrize("code", PERIODS)
def test_the_batch_section_is_the_section_read_fund_by_fund(demo, code):
    period = parse_period(code)
    assert build_savings_section(demo, period) == per_fund_section(demo, period)


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_as_of_any_day_the_funds_are_what_the_fund_page_shows(demo, day):
    period = Period("as-of", date(day.year, 1, 1), day)
    assert build_savings_section(demo, period) == per_fund_section(demo, period)
    with demo.reader() as s:  # the summary alone, as a screen would ask for one fund
        rows = read_fund_rows(s, day)
        summaries = fund_summaries(rows, day)
        assert summaries and all(summaries[fid] == fund_summary_in(s, demo, fid, day) for fid in summaries)
        for fid in summaries:  # one fund alone, every statement narrowed to it (what a fund page would read)
            assert fund_summaries(read_fund_rows(s, day, fund_ids=[fid]), day) == {fid: summaries[fid]}


def test_arrears_are_among_the_figures_compared(demo):
    late = build_savings_section(demo, Period("as-of", date(2026, 11, 1), date(2026, 11, 23)))
    assert sum(f.summary.par30_principal for f in late.funds) > 0
    assert sum(a.loans for f in late.funds for a in f.summary.aging if a.bucket != "lancar") > 0
    year = build_savings_section(demo, parse_period("2017"))
    assert sum(f.principal_repaid for f in year.funds) > 0 and sum(f.fee_income for f in year.funds) > 0
    assert sum(f.summary.savings_total for f in year.funds) > 0 and year.funds[0].summary.members > 0


def test_before_the_first_fund_there_is_no_section(demo):
    assert build_savings_section(demo, parse_period("2016")) is None


def test_a_batch_of_villages_gives_each_its_own_section(district):
    engine, own = district
    base = ServiceContext(engine, officer="", today_override=TODAY)
    batch = replace(base, scope_village_id=tuple(sorted(own)))  # a district context scoped to both villages
    for period in (parse_period("2026-10"), parse_period("2017"), Period("as-of", date(2026, 1, 1), DAYS[1])):
        found = build_savings_sections(batch, period)
        assert set(found) == set(own)
        for village_id, village in own.items():
            assert found[village_id] == build_savings_section(village, period)
            assert build_savings_section(base.scoped(village_id), period) == found[village_id]


def test_the_statements_do_not_grow_with_the_villages_or_the_funds(district):
    engine, own = district
    base = ServiceContext(engine, officer="", today_override=TODAY)
    period = parse_period("2026-10")
    one, _ = _statements(engine, build_savings_sections, base.scoped(next(iter(own))), period)
    both, found = _statements(engine, build_savings_sections, replace(base, scope_village_id=tuple(own)), period)
    assert one == both and one <= 14 and sum(len(s.funds) for s in found.values()) == 8
