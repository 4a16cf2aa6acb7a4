"""The district database on a real PostgreSQL server (issue 10 points 2 and 8, groundwork): the same alembic
history a village file runs, up to head and down to the base again, and head equal to the models."""

from __future__ import annotations

from sqlalchemy import inspect, text

from desmig_desktop.core.db.engine import SCHEMA_HEAD, make_engine, migrate
from tests.core.test_schema_history import assert_models_match


def test_the_whole_history_runs_on_postgresql_and_head_equals_the_models(postgres_url):
    engine = make_engine(postgres_url)
    try:
        assert engine.dialect.name == "postgresql"
        migrate(engine, "head")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        tables = set(inspect(engine).get_table_names())
        assert {"person", "production_group", "journal_entry", "journal_line", "loan", "savings_fund"} <= tables
        assert_models_match(engine)
        migrate(engine, "base", down=True)
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    finally:
        engine.dispose()


def test_partial_indexes_keep_their_where_on_postgresql(postgres_url):
    """A NIK may be registered again once its row is tombstoned: the unique index covers live rows only."""
    engine = make_engine(postgres_url)
    try:
        migrate(engine, "head")
        with engine.connect() as conn:
            where = conn.execute(text(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'uq_person_nik'")).scalar()
        assert where is not None and "WHERE (deleted_at IS NULL)" in where
    finally:
        engine.dispose()
