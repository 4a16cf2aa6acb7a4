"""The package a village sends to the district (issue 10): its format, packing, sealing and opening. Qt-free.

A file `<village code>-<YYYY-MM-DD>.desmig` holds age-encrypted bytes (to the district's public key, or with a
password). Decrypted it is a ZIP (deflate) of
- `manifest.json`: `format`, `village` {id, code, name, kecamatan, kabupaten, provinsi}, `schema_revision`,
  `app_version`, `created_at` (ISO 8601 UTC, `…Z`), `sequence`, `previous_sha256`, `period`, `counts` {table: rows},
  `members` {member: sha256 of its bytes} (every member but the manifest);
- `data/<table>.json` for every table of `merge.merged_tables()`: `{"columns": [...], "rows": [[...], ...]}`, the
  values exactly as SQLite stores them (raw driver values), tombstoned rows included;
- `recap.csv`: the period's recap in long format (codes, never words; see `package_recap`).
The package's hash is the SHA-256 of the `.desmig` file's bytes.

`open_package` refuses (ValidationError, field "package") anything it cannot vouch for, naming the file, the
reason and the fix. Writing a package from a village file is `package_write.write_package` (re-exported here).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.i18n import _
from desmig_desktop.district import keys
from desmig_desktop.district.merge import merged_tables

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
    """Every row of every merged table, as the driver returns them (no SQLAlchemy type processing: on SQLite a
    date stays "2026-11-03", a timestamp "2026-11-03 08:15:00.123456", a boolean 0/1), oldest first."""
    out: dict[str, TableRows] = {}
    conn = source.connect() if isinstance(source, Engine) else source
    try:
        for table in merged_tables():
            columns = tuple(c.name for c in table.columns)
            sql = f'SELECT {", ".join(_quote(c) for c in columns)} FROM {_quote(table.name)}'
            if "created_at" in table.c:
                sql += " ORDER BY created_at, id" if "id" in table.c else " ORDER BY created_at"
            rows = [list(r) for r in conn.exec_driver_sql(sql).fetchall()]
            out[table.name] = TableRows(columns, rows)
    finally:
        if isinstance(source, Engine):
            conn.close()
    return out


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


# ---- opening ------------------------------------------------------------------------------------------

def _refuse(message: str) -> ValidationError:
    return ValidationError([Issue("package", message)])


def _identity(key: Any) -> Any:
    if isinstance(key, (str, Path)):
        return keys.read_private_key(Path(key))
    return key


def open_package(path: Path, *, key: Any = None, password: str | None = None) -> Package:
    """Decrypt, unzip and verify a package file (`key`: the district's pyrage Identity or the path of
    district-key.txt; else `password`). ValidationError([Issue("package", …)]) naming the file and the fix when
    it cannot be read, is damaged, was sealed for another key or password, is not a Desmig package, has an
    unknown format, or its members, checksums or counts do not match its manifest."""
    path = Path(path)
    name = path.name
    try:
        sealed = path.read_bytes()
    except OSError as err:
        raise _refuse(_("Berkas {name} tidak dapat dibaca: periksa bahwa berkasnya ada dan boleh dibuka, lalu "
                        "coba lagi.").format(name=name)) from err
    plain = _decrypt(sealed, name, key, password)
    try:
        zf = zipfile.ZipFile(io.BytesIO(plain))
        contents = {info.filename: zf.read(info) for info in zf.infolist()}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as err:
        raise _refuse(_("Paket {name} rusak atau terpotong: minta desa mengirim ulang paketnya.").format(
            name=name)) from err
    if MANIFEST not in contents:
        raise _refuse(_("Berkas {name} bukan paket Desmig (tidak ada manifest.json): pilih berkas .desmig yang "
                        "dibuat dengan menu Kirim ke Disnaker.").format(name=name))
    raw = _manifest_object(contents[MANIFEST], name)
    manifest = _verify(raw, contents, name)
    tables = {}
    for member in manifest.members:
        if member.startswith(DATA_DIR) and member.endswith(".json"):
            table = member[len(DATA_DIR):-len(".json")]
            tables[table] = _table(contents[member], member, name)
    _check_counts(manifest, tables, name)
    recap = _read_recap(contents.get(RECAP, b""), name) if RECAP in manifest.members else []
    return Package(name, sha256_hex(sealed), manifest, tables, recap)


def _decrypt(sealed: bytes, name: str, key: Any, password: str | None) -> bytes:
    try:
        return keys.decrypt(sealed, name, key=_identity(key), password=password)
    except ValidationError:
        raise
    except Exception as err:  # noqa: BLE001 (pyrage raises its own types for a file that is not age at all)
        raise _refuse(_("Paket {name} rusak atau terpotong: minta desa mengirim ulang paketnya.").format(
            name=name)) from err


def _damaged_manifest(name: str) -> ValidationError:
    return _refuse(_("Manifest paket {name} rusak: minta desa membuat dan mengirim ulang paketnya.").format(
        name=name))


def _manifest_object(data: bytes, name: str) -> dict[str, Any]:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as err:
        raise _damaged_manifest(name) from err
    if not isinstance(raw, dict):
        raise _damaged_manifest(name)
    version = raw.get("format")
    if version != FORMAT_VERSION:
        raise _refuse(_("Paket {name} memakai format {version} yang tidak dikenal aplikasi ini (format {known}): "
                        "perbarui Desmig Desktop, lalu buka lagi.").format(
            name=name, version=version, known=FORMAT_VERSION))
    return raw


def _verify(raw: dict[str, Any], contents: dict[str, bytes], name: str) -> Manifest:
    try:
        village = raw["village"]
        manifest = Manifest(
            village_id=str(village["id"]), village_code=str(village["code"]), village_name=str(village["name"]),
            kecamatan=str(village.get("kecamatan", "")), kabupaten=str(village.get("kabupaten", "")),
            provinsi=str(village.get("provinsi", "")), schema_revision=str(raw["schema_revision"]),
            app_version=str(raw["app_version"]),
            created_at=datetime.fromisoformat(str(raw["created_at"]).replace("Z", "+00:00")),
            sequence=int(raw["sequence"]), previous_sha256=raw.get("previous_sha256"), period=str(raw["period"]),
            counts={str(k): int(v) for k, v in dict(raw["counts"]).items()},
            members={str(k): str(v) for k, v in dict(raw["members"]).items()}, format=int(raw["format"]))
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise _damaged_manifest(name) from err
    present = set(contents) - {MANIFEST}
    missing = sorted(set(manifest.members) - present)
    if missing:
        raise _refuse(_("Paket {name} tidak lengkap: bagian {member} tidak ada. Minta desa mengirim ulang "
                        "paketnya.").format(name=name, member=missing[0]))
    extra = sorted(present - set(manifest.members))
    if extra:
        raise _refuse(_("Paket {name} berisi bagian {member} yang tidak tercatat di manifest-nya: paket telah "
                        "diubah. Minta desa mengirim ulang paketnya.").format(name=name, member=extra[0]))
    for member, expected in manifest.members.items():
        if sha256_hex(contents[member]) != expected:
            raise _refuse(_("Isi bagian {member} paket {name} tidak cocok dengan checksum di manifest-nya: paket "
                            "telah diubah atau rusak. Minta desa mengirim ulang paketnya.").format(
                name=name, member=member))
    return manifest


def _table(data: bytes, member: str, name: str) -> TableRows:
    try:
        obj = json.loads(data.decode("utf-8"))
        return TableRows(tuple(obj["columns"]), list(obj["rows"]))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as err:
        raise _refuse(_("Bagian {member} paket {name} rusak: minta desa mengirim ulang paketnya.").format(
            member=member, name=name)) from err


def _check_counts(manifest: Manifest, tables: dict[str, TableRows], name: str) -> None:
    for table in sorted(set(manifest.counts) | set(tables)):
        offered = len(tables[table].rows) if table in tables else None
        if offered is None or manifest.counts.get(table) != offered:
            raise _refuse(_("Jumlah baris tabel {table} di paket {name} ({rows}) tidak sama dengan yang tercatat "
                            "di manifest-nya ({count}): minta desa mengirim ulang paketnya.").format(
                table=table, name=name, rows=offered if offered is not None else 0,
                count=manifest.counts.get(table, 0)))


def _read_recap(data: bytes, name: str) -> list[dict]:
    try:
        reader = csv.DictReader(io.StringIO(data.decode("utf-8")))
        if tuple(reader.fieldnames or ()) != RECAP_HEADER:
            raise ValueError("header")
        return [{**row, "value": int(row["value"])} for row in reader]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as err:
        raise _refuse(_("Bagian recap.csv paket {name} rusak: minta desa mengirim ulang paketnya.").format(
            name=name)) from err


def __getattr__(attr: str) -> Any:
    """`recap_facts` (package_recap), `write_package`, `SentPackage` (package_write) and the village-link
    services (village_link) live in sibling modules, kept small; the contract's names import from here too."""
    if attr == "recap_facts":
        from desmig_desktop.district.package_recap import recap_facts
        return recap_facts
    if attr in ("write_package", "SentPackage", "default_period"):
        from desmig_desktop.district import package_write
        return getattr(package_write, attr)
    if attr in ("set_district_key", "district_link", "sent_packages", "DistrictLink", "SentPackageRow",
                "fingerprint"):
        from desmig_desktop.district import village_link
        return getattr(village_link, attr)
    raise AttributeError(attr)
