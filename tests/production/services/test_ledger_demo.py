"""The demo village's production money on the kernel ledger: each group's cash from the ledger equals the formula
over the records that was `group_cash` before the switch (its SQL copied here as the reference), on many days;
revision 0009 taken down to 0008 and up again posts the same entries the services posted."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from sqlalchemy import text

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.db.engine import migrate, open_database
from desmig_desktop.production.services.money import cash_aid, group_cash

from tests.conftest import demo_copy

TODAY = date(2026, 11, 23)

# The formula `money.group_cash` computed before Usaha Produktif posted to the ledger (cash aid + sales − material
# and other costs − what finalised, not reversed share-outs whose period ended by then paid out), over the records.
OLD_GROUP_CASH = """
SELECT (SELECT coalesce(sum(i.value), 0) FROM aid a JOIN aid_item i ON i.aid_id = a.id
         WHERE a.group_id = :g AND a.kind = 'modal_uang' AND a.deleted_at IS NULL AND i.deleted_at IS NULL
           AND a.received_on <= :d)
     + (SELECT coalesce(sum(quantity * unit_price), 0) FROM sale
         WHERE group_id = :g AND deleted_at IS NULL AND sold_on <= :d)
     - (SELECT coalesce(sum(material_cost), 0) FROM production_batch
         WHERE group_id = :g AND deleted_at IS NULL AND produced_on <= :d)
     - (SELECT coalesce(sum(amount), 0) FROM group_cost WHERE group_id = :g AND deleted_at IS NULL AND spent_on <= :d)
     - (SELECT coalesce(sum(distributed), 0) FROM profit_share
         WHERE group_id = :g AND deleted_at IS NULL AND reversed_at IS NULL AND period_end <= :d)
"""
OLD_CASH_AID = """
SELECT coalesce(sum(i.value), 0) FROM aid a JOIN aid_item i ON i.aid_id = a.id
 WHERE a.group_id = :g AND a.kind = 'modal_uang' AND a.deleted_at IS NULL AND i.deleted_at IS NULL AND a.received_on <= :d
"""
DAYS = [date(year, month, day) for year in range(2017, 2027) for month, day in ((3, 31), (6, 30), (9, 30), (12, 31))]
DAYS += [date(2017, 1, 1), date(2017, 6, 15), date(2026, 3, 10), TODAY]


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file):
    path = demo_copy(demo_file, tmp_path_factory.mktemp("demo") / "kuripan.db")
    ctx = ServiceContext.open(path, officer="Petugas Demo")
    ctx.today_override = TODAY
    yield ctx
    ctx.close()


def _groups(conn) -> list[str]:  # type: ignore[no-untyped-def]
    return list(conn.execute(text("SELECT id FROM production_group WHERE deleted_at IS NULL ORDER BY name")).scalars())


def _old(conn, sql: str, gid: str, day: date) -> int:  # type: ignore[no-untyped-def]
    return int(conn.execute(text(sql), {"g": gid, "d": day.isoformat()}).scalar())


def _ledger_figures(engine) -> tuple[dict, int, int]:  # type: ignore[no-untyped-def]
    """Per group the cash as of every day, the number of live entries and the number of closed periods."""
    with engine.connect() as conn:
        cash = {}
        for gid in _groups(conn):
            cash[gid] = [int(conn.execute(text(
                "SELECT coalesce(sum(l.amount), 0) FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id"
                " JOIN ledger_account a ON a.id = l.account_id JOIN ledger_book b ON b.id = a.book_id"
                " WHERE b.owner_id = :g AND a.code = 'cash' AND e.posted_on <= :d AND e.deleted_at IS NULL"),
                {"g": gid, "d": day.isoformat()}).scalar()) for day in DAYS]
        entries = conn.execute(text("SELECT count(*) FROM journal_entry e JOIN ledger_book b ON b.id = e.book_id"
                                    " WHERE b.owner_table = 'production_group'")).scalar()
        locks = conn.execute(text("SELECT count(*) FROM period_lock p JOIN ledger_book b ON b.id = p.book_id"
                                  " WHERE b.owner_table = 'production_group' AND p.reopened_at IS NULL")).scalar()
    return cash, int(entries), int(locks)


def test_each_demo_groups_cash_from_the_ledger_equals_the_old_formula(demo):
    with demo.engine.connect() as conn:
        gids = _groups(conn)
        expected = {gid: [_old(conn, OLD_GROUP_CASH, gid, day) for day in DAYS] for gid in gids}
        aid = {gid: [_old(conn, OLD_CASH_AID, gid, day) for day in DAYS] for gid in gids}
        shares = conn.execute(text("SELECT count(*) FROM profit_share WHERE deleted_at IS NULL AND reversed_at IS NULL"
                                   )).scalar()
    with demo.reader() as s:
        got = {gid: [group_cash(s, gid, day) for day in DAYS] for gid in gids}
        got_aid = {gid: [cash_aid(s, gid, day) for day in DAYS] for gid in gids}
        now = {gid: group_cash(s, gid) for gid in gids}
    assert len(gids) >= 3 and shares >= 3  # not a vacuous check: groups with sales, costs, aid and share-outs
    assert got == expected
    assert got_aid == aid and any(v for values in aid.values() for v in values)
    assert now == {gid: values[-1] for gid, values in expected.items()}
    assert any(now.values())
    assert _ledger_figures(demo.engine)[2] == shares  # every finalised share-out closed its period


def test_revision_0009_down_and_up_posts_what_the_services_posted(demo, tmp_path):
    path = tmp_path / "kuripan.db"
    with demo.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(FULL)")
    shutil.copyfile(demo.path, path)
    engine = open_database(path)
    try:
        posted = _ledger_figures(engine)
        migrate(engine, "0008", down=True)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM journal_entry WHERE book_id IN (SELECT id FROM ledger_book"
                                     " WHERE owner_table = 'production_group')")).scalar() == 0
            assert conn.execute(text("SELECT count(*) FROM ledger_book WHERE owner_table = 'production_group'")
                                ).scalar() == 0
            triggers = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                                         " AND name LIKE '%write_once%'")).scalar()
        assert triggers == 4  # the write-once triggers are back
        migrate(engine, "head")
        migrated = _ledger_figures(engine)
        assert migrated == posted and posted[1] > 100
        with engine.connect() as conn:
            assert conn.execute(text(
                "SELECT DISTINCT officer FROM journal_entry WHERE book_id IN (SELECT id FROM ledger_book"
                " WHERE owner_table = 'production_group')")).scalars().all() == ["migrasi"]
            assert conn.execute(text("SELECT count(*) FROM journal_line GROUP BY entry_id HAVING sum(amount) != 0")
                                ).all() == []
    finally:
        engine.dispose()
