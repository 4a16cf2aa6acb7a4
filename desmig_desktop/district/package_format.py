"""The package's format (see `district.package`): its members, the snapshot of a village database, packing and
sealing. Qt-free.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, Engine

from desmig_desktop.core.db.base import Base
from desmig_desktop.core.privacy import is_private
from desmig_desktop.district import keys
from desmig_desktop.district.merge import merged_tables, shared_columns

FORMAT_VERSION = 1
SUFFIX = ".desmig"
MANIFEST = "manifest.json"
RECAP = "recap.csv"
DATA_DIR = "data/"
RECAP_HEADER = ("village_code", "period", "indicator", "category", "sex", "value")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # every member's stamp: the same rows make the same ZIP
_VILLAGE_KEYS = ("id", "code", "name", "kecamatan", "kabupaten", "provinsi")


@dataclass(frozen=True)
class TableRows:
    columns: tuple[str, ...]
    rows: list[list]


@dataclass(frozen=True)
class Manifest:
    village_id: str
    village_code: str
    village_name: str
    kecamatan: str
    kabupaten: str
    provinsi: str
    schema_revision: str
    app_version: str
    created_at: datetime  # aware, UTC
    sequence: int
    previous_sha256: str | None
    period: str
    counts: dict[str, int]
    members: dict[str, str]
    format: int = FORMAT_VERSION


@dataclass(frozen=True)
class Package:
    name: str  # the file's name
    sha256: str  # of the file's bytes
    manifest: Manifest
    tables: dict[str, TableRows]
    recap: list[dict]  # rows keyed by RECAP_HEADER, `value` an int


def data_member(table: str) -> str:
    return f"{DATA_DIR}{table}.json"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---- reading a village database ---------------------------------------------------------------------

def snapshot(source: Engine | Connection) -> dict[str, TableRows]:
    """Every row of every merged table (its shared columns: nothing marked private; no audit entry of a private
    table), as the driver returns them (no SQLAlchemy type processing: on SQLite a
    date stays "2026-11-03", a timestamp "2026-11-03 08:15:00.123456", a boolean 0/1), oldest first."""
    out: dict[str, TableRows] = {}
    hidden = sorted(t.name for t in Base.metadata.sorted_tables if is_private(t))
    conn = source.connect() if isinstance(source, Engine) else source
    try:
        for table in merged_tables():
            columns = shared_columns(table)
            sql = f'SELECT {", ".join(_quote(c) for c in columns)} FROM {_quote(table.name)}'
            if table.name == "audit_log" and hidden:  # the trail of a private table stays with its rows
                sql += f' WHERE table_name NOT IN ({", ".join(_literal(name) for name in hidden)})'
            if "created_at" in table.c:
                sql += " ORDER BY created_at, id" if "id" in table.c else " ORDER BY created_at"
            rows = [list(r) for r in conn.exec_driver_sql(sql).fetchall()]
            out[table.name] = TableRows(columns, rows)
    finally:
        if isinstance(source, Engine):
            conn.close()
    return out


def _literal(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# ---- packing and sealing ----------------------------------------------------------------------------

def _json(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def recap_csv(recap: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(RECAP_HEADER)
    for row in recap:
        writer.writerow([row.get(k, "") for k in RECAP_HEADER])
    return buf.getvalue().encode("utf-8")


def _iso_utc(value: datetime | str) -> str:
    if isinstance(value, str):
        return value
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value.replace(microsecond=0).isoformat() + "Z"


def manifest_json(fields: dict[str, Any], counts: dict[str, int], members: dict[str, str]) -> dict[str, Any]:
    """The manifest object from flat fields (Manifest's names but counts/members/format; or a nested
    `village` dict with id/code/name/kecamatan/kabupaten/provinsi)."""
    village = dict(fields.get("village") or {})
    for key in _VILLAGE_KEYS:
        flat = f"village_{key}" if key in ("id", "code", "name") else key
        if flat in fields:
            village[key] = fields[flat]
        village.setdefault(key, "")
    return {
        "format": int(fields.get("format", FORMAT_VERSION)),
        "village": {k: village[k] for k in _VILLAGE_KEYS},
        "schema_revision": fields["schema_revision"],
        "app_version": fields["app_version"],
        "created_at": _iso_utc(fields["created_at"]),
        "sequence": int(fields["sequence"]),
        "previous_sha256": fields.get("previous_sha256"),
        "period": fields["period"],
        "counts": counts,
        "members": members,
    }


def pack(manifest_fields: dict[str, Any], tables: dict[str, TableRows], recap: list[dict]) -> bytes:
    """The ZIP of a package: tables in the order given (snapshot: parents first), then recap.csv; the manifest
    (first member) gets the counts (rows per table) and each member's SHA-256 computed here."""
    members: dict[str, bytes] = {}
    for name, table in tables.items():
        members[data_member(name)] = _json({"columns": list(table.columns), "rows": table.rows})
    members[RECAP] = recap_csv(recap)
    counts = {name: len(table.rows) for name, table in tables.items()}
    manifest = manifest_json(manifest_fields, counts, {m: sha256_hex(b) for m, b in members.items()})
    return _zip([(MANIFEST, _json(manifest)), *members.items()])


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


def seal(zip_bytes: bytes, *, public_key: Any = None, password: str | None = None) -> bytes:
    """The package's file bytes: encrypted to the district's public key (a pyrage Recipient or its `age1…`
    text), else with `password`."""
    if public_key is not None:
        recipient = keys.read_public_key(public_key) if isinstance(public_key, str) else public_key
        return keys.encrypt_for(zip_bytes, recipient)
    if not password:
        raise ValueError("seal needs a public key or a password")
    return keys.encrypt_with_password(zip_bytes, password)
