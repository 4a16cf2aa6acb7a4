"""Import every model module so that Base.metadata knows all tables (alembic, tests)."""

from desmig_desktop.domain import groups, models  # noqa: F401
