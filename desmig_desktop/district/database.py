"""The district database: PostgreSQL (`postgresql+psycopg://…`) or, for a small kabupaten, an SQLite file.

It is made by the same alembic history as a village file, so it holds the same tables, and then loosened for
many villages: every non-primary unique index or constraint of the village schema is dropped (a NIK, a KK
number, an account code is unique in ONE village; the district holds 500 villages' rows, merged in any order,
and uniqueness is each village's job), every table gets an index on `village_id` (the district reads one village
at a time), the tables the district keeps but never reads (`KEPT_NOT_READ`: the audit trail) lose their other
indexes (half the time of a merge went into them), and the district's own tables (`district.models`) are added, with `district_info` marking the file
as a district database. A village database is refused by `init_district` and `open_district`.

The metadata must know every table (`core.pillar.load_all_models`): `init_district` runs the migrations, whose
environment loads every pillar's models; a caller of `open_district` (the CLI, the GUI) loads them at start-up
as for a village, and `open_district` checks that it did.

Raw timestamps in packages are naive UTC text: on PostgreSQL every connection's session time zone is UTC, so
such a text is read as UTC whatever the server's own setting.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, event, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from desmig_desktop.core.db.base import Base, utcnow
from desmig_desktop.core.db.engine import SCHEMA_HEAD, make_engine, migrate
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.i18n import _
from desmig_desktop.district.merge import merged_tables
from desmig_desktop.district.models import (
    FORMAT,
    DistrictBase,
    DistrictInfo,
    DistrictVillage,
)

VILLAGE_INDEX = "ix_district_{table}_village"
# Tables the district only keeps, never reads (the audit trail is each village's history, read in the village):
# their secondary indexes cost half of a merge's time on the biggest table and serve no district query.
KEPT_NOT_READ = frozenset({"audit_log"})


@dataclass(frozen=True)
class VillageRow:
    code: str
    name: str
    kecamatan: str
    kabupaten: str
    village_id: str | None
    added_at: datetime
    added_by: str


def district_url(text_: str) -> str:
    """A database URL as given (`postgresql…`, `sqlite:///…`), or a path made into an SQLite URL."""
    value = text_.strip()
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def _utc_session(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    with dbapi_conn.cursor() as cur:
        cur.execute("SET TIME ZONE 'UTC'")
    dbapi_conn.commit()


def _big_cache(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA cache_size=-262144")  # 256 MB: a merge touches random pages of big UUID-keyed tables
    cur.close()


def _engine(url: str) -> Engine:
    engine = make_engine(url)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _utc_session)
    elif engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _big_cache)
    return engine


def _shown(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or url
    return parsed.render_as_string(hide_password=True)


def _refuse(message: str) -> ValidationError:
    return ValidationError([Issue("db", message)])


def _sqlite_missing(url: str) -> bool:
    parsed = make_url(url)
    return parsed.get_backend_name() == "sqlite" and bool(parsed.database) and parsed.database != ":memory:" \
        and not Path(parsed.database).exists()


def _kind(conn: Connection) -> str:
    """"district", "village" (a village file: it has its village row), or "empty"/"other"."""
    tables = set(inspect(conn).get_table_names())
    if DistrictInfo.__tablename__ in tables:
        return "district"
    if "village" in tables and conn.exec_driver_sql("SELECT COUNT(*) FROM village").scalar():
        return "village"
    return "empty" if not tables else "other"


def _village_refusal(url: str) -> ValidationError:
    return _refuse(_("{db} adalah basis data desa, bukan basis data kabupaten: buat basis data kabupaten yang baru "
                     "(berkas atau basis data PostgreSQL lain) dengan `desmig district init`.").format(db=_shown(url)))


def _unreadable(url: str) -> ValidationError:
    return _refuse(_("Basis data {db} tidak dapat dibuka: periksa alamatnya (atau nama berkasnya), bahwa server "
                     "PostgreSQL berjalan, dan nama pengguna serta kata sandinya.").format(db=_shown(url)))


def _newer(url: str, found: str) -> ValidationError:
    return _refuse(_("Basis data kabupaten {db} dibuat oleh Desmig Desktop versi yang lebih baru (skema {found}, versi "
                     "ini {ours}): perbarui aplikasi di Disnaker.").format(db=_shown(url), found=found, ours=SCHEMA_HEAD))


def _revision(engine: Engine) -> str | None:
    """The alembic revision of the database (None: no alembic table yet), on SQLite as on PostgreSQL."""
    with engine.connect() as conn:
        if "alembic_version" not in inspect(conn).get_table_names():
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _is_newer(revision: str | None) -> bool:
    return bool(revision and revision.isdigit() and SCHEMA_HEAD.isdigit() and int(revision) > int(SCHEMA_HEAD))


@contextmanager
def _given_up_on_failure(engine: Engine, url: str) -> Iterator[None]:
    """The engine is disposed when the block fails; a database error becomes the "cannot read" refusal."""
    try:
        yield
    except ValidationError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise _unreadable(url) from exc


def init_district(url: str, kabupaten: str = "") -> Engine:
    """Create (or bring to this app's schema) a district database at `url`; returns its engine.

    Running it again on a district database is harmless (it upgrades an older one); on a village database it is
    refused with nothing changed.
    """
    engine = _engine(url)
    with _given_up_on_failure(engine, url):
        with engine.connect() as conn:
            kind = _kind(conn)
        if kind == "village":
            raise _village_refusal(url)
        revision = _revision(engine)
        if _is_newer(revision):
            raise _newer(url, revision or "")
        migrate(engine, "head", from_models=kind == "empty")  # the environment loads every pillar's models
        with engine.begin() as conn:
            _loosen(conn)
            DistrictBase.metadata.create_all(conn)
            _write_info(conn, kabupaten.strip())
    return engine


def _loosen(conn: Connection) -> None:
    """Drop every non-primary unique index and constraint of the village schema, keeping a plain twin of each unique
    index for reading (`_non_unique_twin`); drop the secondary indexes of the tables kept but never read; index
    `village_id`."""
    pg = conn.dialect.name == "postgresql"
    inspector = inspect(conn)
    existing = set(inspector.get_table_names())
    for table in merged_tables():
        if table.name not in existing:
            continue
        for index in inspector.get_indexes(table.name):
            if (index.get("unique") or table.name in KEPT_NOT_READ) and not index.get("duplicates_constraint") \
                    and index.get("name") and not index["name"].startswith("ix_district_"):
                again = _non_unique_twin(conn, index["name"]) if table.name not in KEPT_NOT_READ else None
                conn.exec_driver_sql(f'DROP INDEX IF EXISTS "{index["name"]}"')
                if again:  # the same columns and predicate, for reading (the movers' GROUP BY nik, joins)
                    conn.exec_driver_sql(again)
        constraints = [uc["name"] for uc in inspector.get_unique_constraints(table.name) if uc.get("name")]
        if constraints and pg:
            for name in constraints:
                conn.exec_driver_sql(f'ALTER TABLE "{table.name}" DROP CONSTRAINT IF EXISTS "{name}"')
        elif constraints:
            _drop_sqlite_constraints(conn, table.name, constraints)
        if "village_id" in table.c:
            name = VILLAGE_INDEX.format(table=table.name)
            conn.exec_driver_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table.name}" (village_id)')


def _non_unique_twin(conn: Connection, name: str) -> str | None:
    """The DDL of a unique index made plain (`CREATE INDEX ix_district_<name> …`, same columns and WHERE)."""
    if conn.dialect.name == "postgresql":
        ddl = conn.exec_driver_sql("SELECT indexdef FROM pg_indexes WHERE indexname = %(n)s", {"n": name}).scalar()
    else:
        ddl = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)).scalar()
    if not ddl:
        return None
    twin = f"ix_district_{name}"[:63]
    head, found = re.subn(r'^CREATE UNIQUE INDEX\s+("?)[\w.]+\1', f'CREATE INDEX IF NOT EXISTS "{twin}"', ddl, count=1)
    return head if found else None


def _drop_sqlite_constraints(conn: Connection, table: str, names: list[str]) -> None:
    """SQLite cannot drop a constraint: the table is rebuilt without it (alembic's batch mode)."""
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    ops = Operations(MigrationContext.configure(conn))
    with ops.batch_alter_table(table, recreate="always") as batch:
        for name in names:
            batch.drop_constraint(name, type_="unique")


def _write_info(conn: Connection, kabupaten: str) -> None:
    info = DistrictInfo.__table__
    have = dict(conn.execute(select(info.c.key, info.c.value)).all())
    wanted = {"created_at": utcnow().strftime("%Y-%m-%dT%H:%M:%SZ"), "format": FORMAT, "kabupaten": kabupaten}
    for key, value in wanted.items():
        if key not in have:
            conn.execute(info.insert().values(key=key, value=value))
        elif key == "kabupaten" and value and have[key] != value:
            conn.execute(info.update().where(info.c.key == key).values(value=value))


def open_district(url: str) -> Engine:
    """The engine of an existing district database at this app's schema; ValidationError (Indonesian, naming the
    database and the fix) when it is missing, a village database, not a district database, or older or newer."""
    if _sqlite_missing(url):
        raise _refuse(_("Basis data kabupaten {db} tidak ada: buat dulu dengan `desmig district init --db {db}`.").format(
            db=_shown(url)))
    engine = _engine(url)
    with _given_up_on_failure(engine, url):
        with engine.connect() as conn:
            kind = _kind(conn)
        if kind == "village":
            raise _village_refusal(url)
        if kind != "district":
            raise _refuse(_("{db} bukan basis data kabupaten Desmig Desktop: buat dengan `desmig district init --db "
                            "{db}`.").format(db=_shown(url)))
        revision = _revision(engine)
        if _is_newer(revision):
            raise _newer(url, revision or "")
        if revision != SCHEMA_HEAD:
            raise _refuse(_("Basis data kabupaten {db} memakai skema lama ({found}, aplikasi ini {ours}): jalankan "
                            "`desmig district init --db {db}` lagi untuk memperbaruinya.").format(
                db=_shown(url), found=revision or "-", ours=SCHEMA_HEAD))
        _check_models(engine)
    return engine


def _check_models(engine: Engine) -> None:
    """The metadata knows every table of the database (else a merge would skip some: a programming error)."""
    ours = set(DistrictBase.metadata.tables) | set(Base.metadata.tables) | {"alembic_version"}
    unknown = sorted(set(inspect(engine).get_table_names()) - ours)
    if unknown:
        raise RuntimeError(f"the models of tables {', '.join(unknown)} are not loaded: call "
                           "desmig_desktop.app.load_all_models() (core.pillar.load_all_models) before open_district")


def district_revision(engine: Engine) -> str | None:
    """The district's schema revision (alembic), e.g. "0011"."""
    return _revision(engine)


def district_info(engine: Engine) -> dict[str, str]:
    info = DistrictInfo.__table__
    with engine.connect() as conn:
        return dict(conn.execute(select(info.c.key, info.c.value)).all())


def check_code(code: str) -> str:
    code = code.strip()
    if len(code) != 10 or not code.isdigit():
        raise ValidationError([Issue("code", _("Kode desa {code} tidak sah: tulis 10 angka kode wilayah desa "
                                               "(Kemendagri), misalnya 3307092001.").format(code=code or "''"))])
    return code


def add_village_in(conn: Connection, code: str, name: str, kecamatan: str = "", *, kabupaten: str | None = None,
                   added_by: str = "operator", village_id: str | None = None) -> None:
    """Add a village to the district's list, or update its name and kecamatan (inside the caller's transaction)."""
    code = check_code(code)
    table = DistrictVillage.__table__
    if kabupaten is None:
        kabupaten = conn.execute(select(DistrictInfo.__table__.c.value).where(
            DistrictInfo.__table__.c.key == "kabupaten")).scalar() or ""
    row = conn.execute(select(table.c.code).where(table.c.code == code)).first()
    if row is None:
        conn.execute(table.insert().values(code=code, name=name.strip(), kecamatan=kecamatan.strip(),
                                           kabupaten=kabupaten, village_id=village_id, added_at=utcnow(),
                                           added_by=added_by))
        return
    changes = {"name": name.strip()} if name.strip() else {}
    if kecamatan.strip():
        changes["kecamatan"] = kecamatan.strip()
    if village_id:
        changes["village_id"] = village_id
    if changes:
        conn.execute(table.update().where(table.c.code == code).values(**changes))


def add_village(engine: Engine, code: str, name: str, kecamatan: str = "") -> None:
    """The operator adds a village the district expects (again: its name and kecamatan are updated)."""
    with engine.begin() as conn:
        add_village_in(conn, code, name, kecamatan)


def villages(engine: Engine) -> list[VillageRow]:
    """The villages the district expects, by kecamatan then name."""
    table = DistrictVillage.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(table).order_by(table.c.kecamatan, table.c.name, table.c.code)).all()
    return [VillageRow(r.code, r.name, r.kecamatan, r.kabupaten, r.village_id, r.added_at, r.added_by) for r in rows]


__all__ = ["VillageRow", "add_village", "add_village_in", "check_code", "district_info", "district_revision",
           "district_url", "init_district", "open_district", "villages"]
