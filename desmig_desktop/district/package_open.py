"""Opening a package: decrypt, unzip, verify against its manifest (see `district.package`). Qt-free.

Every refusal is a ValidationError([Issue("package", message)]) whose message names the file, the reason and the
fix, in the officer's language — never a library's text.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.i18n import _
from desmig_desktop.district import keys
from desmig_desktop.district.package_format import (
    DATA_DIR, FORMAT_VERSION, MANIFEST, RECAP, RECAP_HEADER, Manifest, Package, TableRows, sha256_hex)


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
