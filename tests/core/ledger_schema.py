"""The ledger's tables are in `Base.metadata` only while a ledger test module runs.

No alembic revision creates them yet (issue 9 adds it): the other tests of the same pytest process compare
`Base.metadata` with what the revisions make, so the ledger tests lend their tables to the metadata and take
them back (`lent_tables`). Delete this helper, and the fixtures using it, when the revision lands.
"""

from __future__ import annotations

from typing import Iterator

from sqlalchemy.orm import configure_mappers

from desmig_desktop.core.db.base import Base
from desmig_desktop.core.ledger import models

TABLES = [m.__table__ for m in (models.LedgerBook, models.LedgerAccount, models.JournalEntry, models.JournalLine,
                                models.PeriodLock)]
configure_mappers()
for _table in TABLES:
    for _fk in _table.foreign_keys:
        assert _fk.column is not None  # resolved now, while the tables are all in the metadata


def _detach() -> None:
    for table in TABLES:
        Base.metadata.remove(table)


def _attach() -> None:
    for table in TABLES:
        Base.metadata._add_table(table.name, table.schema, table)


_detach()


def lent_tables() -> Iterator[None]:
    _attach()
    try:
        yield
    finally:
        _detach()
