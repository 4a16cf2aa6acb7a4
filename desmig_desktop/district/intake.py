"""Packages into the district database: open, check, merge — one transaction per package (issue 10 points 3-4).

For each file, in the order given:
- the same file (its SHA-256) already merged: "skipped", nothing written (merging a folder again is cheap);
- a file that cannot be opened, is damaged, was sealed for another key or password, or lies about its members,
  checksums or counts (`package.open_package`), a package from a newer schema than the district's, a village the
  district does not expect (unless `add_villages`), or rows the database refuses: "refused", nothing merged, the
  reason (naming the file and the fix) recorded in `district_package` and returned;
- otherwise merged (`merge.merge_tables`) with its `district_package` row in the same transaction, with warnings
  for a gap in the village's sequence numbers and for a previous-package hash that does not match the package the
  district holds (`chain_broken`).
`cancelled()` is asked between packages and between the tables of a package; a cancel inside a package rolls it
back whole, and the run stops there. At the end the conflicts (one NIK live in two villages) are refreshed.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.exc import DBAPIError

from desmig_desktop.core.db.base import utcnow
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.i18n import _
from desmig_desktop.district.database import add_village_in, district_revision
from desmig_desktop.district.merge import MergeCancelled, merge_connection, merge_tables
from desmig_desktop.district.models import DistrictPackage, DistrictVillage
from desmig_desktop.district.package import SUFFIX, Package, open_package

log = logging.getLogger(__name__)
PACKAGES = DistrictPackage.__table__
VILLAGES = DistrictVillage.__table__


@dataclass(frozen=True)
class PackageResult:
    file: str
    status: str  # "merged" | "refused" | "skipped"
    village_code: str
    village_name: str
    sequence: int | None
    period: str
    rows_changed: int
    warnings: tuple[str, ...]
    message: str


def sending_order(path: Path) -> tuple[str, str, int, str]:
    """A package file's place among a folder's: by village code, day, then the `-N` of a second sending that
    day (`3307092001-2026-12-02.desmig` before `3307092001-2026-12-02-2.desmig`); other names by name."""
    found = re.fullmatch(r"(\d{10})-(\d{4}-\d{2}-\d{2})(?:-(\d+))?", path.stem)
    if found is None:
        return ("~", "", 0, path.name)
    return (found[1], found[2], int(found[3] or 1), path.name)


def package_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and each folder's `*.desmig` files in the order they were made (`sending_order`);
    each file once."""
    out: list[Path] = []
    seen: set[Path] = set()
    for path in map(Path, paths):
        found = sorted((p for p in path.iterdir() if p.is_file() and p.suffix.lower() == SUFFIX),
                       key=sending_order) if path.is_dir() else [path]
        for p in found:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                out.append(p)
    return out


class _Refused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def merge_files(engine: Engine, files: Sequence[Path], *, key: Any = None, password: str | None = None,
                add_villages: bool = False, progress: Callable[[int, int, str], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> list[PackageResult]:
    """Merge package files into the district database; one result per package handled (a cancel stops the run:
    the package being merged is rolled back and has no result). `progress(done, total, file name)` is told before
    each package and once at the end; `key`: the district's private key (a pyrage Identity or the path of
    district-key.txt); else `password`."""
    paths = package_files(files)
    total = len(paths)
    head = district_revision(engine) or ""
    with engine.connect() as conn:
        merged_before = set(conn.execute(select(PACKAGES.c.file_sha256).where(PACKAGES.c.status == "merged"))
                            .scalars())

    def prepare(path: Path) -> _Opened:
        """Hash and open a file (on a worker thread, while the previous package merges)."""
        sha = _file_hash(path)
        if sha and sha in merged_before:
            return _Opened(path, sha, None, None)
        try:
            return _Opened(path, sha, open_package(path, key=key, password=password), None)
        except ValidationError as err:
            return _Opened(path, sha, None, str(err))

    results: list[PackageResult] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="desmig-open") as pool:
        ahead = [pool.submit(prepare, path) for path in paths[:1]]
        for done, path in enumerate(paths):
            if cancelled is not None and cancelled():
                break
            if progress is not None:
                progress(done, total, path.name)
            opened = ahead.pop(0).result()
            if done + 1 < total:
                ahead.append(pool.submit(prepare, paths[done + 1]))
            result = _one(engine, opened, head, add_villages=add_villages, cancelled=cancelled)
            if result is None:
                break
            results.append(result)
        for future in ahead:
            future.cancel()
    if progress is not None:
        progress(len(results), total, "")
    if any(r.status == "merged" for r in results):
        _refresh_conflicts(engine)
    return results


@dataclass(frozen=True)
class _Opened:
    path: Path
    sha: str
    package: Package | None
    error: str | None  # why it cannot be opened (None: opened, or already merged and not opened)


def _refresh_conflicts(engine: Engine) -> None:
    try:
        from desmig_desktop.district.movers import refresh_conflicts
    except ImportError:  # pragma: no cover (the movers module is part of the district area)
        return
    with engine.begin() as conn:
        refresh_conflicts(conn, date.today())


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _one(engine: Engine, opened: _Opened, head: str, *, add_villages: bool,
         cancelled: Callable[[], bool] | None) -> PackageResult | None:
    name, sha = opened.path.name, opened.sha
    if sha:
        with engine.connect() as conn:
            if _merged(conn, sha):
                return PackageResult(name, "skipped", *_held(conn, sha), 0, (), _(
                    "Paket {name} sudah pernah digabung: tidak ada yang berubah.").format(name=name))
    if opened.package is None:
        return _refuse(engine, name, sha, None, opened.error or "")
    try:
        return _merge(engine, opened.package, head, add_villages, cancelled)
    except _Refused as refusal:
        return _refuse(engine, name, opened.package.sha256, opened.package, refusal.message)
    except MergeCancelled:
        return None


def _merged(conn: Connection, sha: str) -> bool:
    return conn.execute(select(PACKAGES.c.id).where(PACKAGES.c.file_sha256 == sha,
                                                    PACKAGES.c.status == "merged").limit(1)).first() is not None


def _held(conn: Connection, sha: str) -> tuple[str, str, int | None, str]:
    row = conn.execute(select(PACKAGES.c.village_code, PACKAGES.c.sequence, PACKAGES.c.period).where(
        PACKAGES.c.file_sha256 == sha, PACKAGES.c.status == "merged").limit(1)).one()
    name = conn.execute(select(VILLAGES.c.name).where(VILLAGES.c.code == row.village_code)).scalar() or ""
    return row.village_code, name, row.sequence, row.period


def _newer_schema(found: str, head: str) -> bool:
    if found.isdigit() and head.isdigit():
        return int(found) > int(head)
    return found != head


def _checks(conn: Connection, package: Package, head: str, add_villages: bool) -> tuple[list[str], bool, bool]:
    """Refusals raised; returns (warnings, chain broken, the village must be added)."""
    m, name = package.manifest, package.name
    if _newer_schema(m.schema_revision, head):
        raise _Refused(_("Paket {name} dibuat dengan skema {found}, lebih baru dari basis data kabupaten ({ours}): "
                         "perbarui aplikasi di Disnaker, jalankan `desmig district init` lagi, lalu gabungkan paket "
                         "ini lagi.").format(name=name, found=m.schema_revision, ours=head))
    known = conn.execute(select(VILLAGES.c.code, VILLAGES.c.village_id).where(
        VILLAGES.c.code == m.village_code)).first()
    if known is None and not add_villages:
        raise _Refused(_("Paket {name} berasal dari desa {village} berkode {code}, yang tidak terdaftar di kabupaten "
                         "ini: periksa kodenya, atau tambahkan desanya (`desmig district villages add {code} …` atau "
                         "pilihan Tambah desa baru), lalu gabungkan lagi.").format(
            name=name, village=m.village_name, code=m.village_code))
    warnings: list[str] = []
    if known is not None and known.village_id and known.village_id != m.village_id:
        warnings.append(_("Paket {name}: kode desa {code} sudah dipakai berkas desa lain di kabupaten ini; periksa "
                          "bahwa desa tidak memakai dua berkas basis data.").format(name=name, code=m.village_code))
    held = dict(conn.execute(select(PACKAGES.c.sequence, PACKAGES.c.file_sha256).where(
        PACKAGES.c.village_code == m.village_code, PACKAGES.c.status == "merged")).all())
    chain_broken = False
    if m.sequence in held:
        warnings.append(_("Paket {name}: paket urutan ke-{seq} dari desa ini sudah diterima sebagai berkas lain; "
                          "tanyakan kepada desa paket mana yang benar.").format(name=name, seq=m.sequence))
    if m.sequence > 1 and m.sequence - 1 not in held:
        last = max((s for s in held if s is not None and s < m.sequence), default=0)
        warnings.append(_("Paket {name}: paket urutan ke-{missing} dari desa {village} belum diterima (terakhir "
                          "ke-{last}, ini ke-{seq}): minta desa mengirim paket yang hilang.").format(
            name=name, missing=m.sequence - 1 if last == m.sequence - 2 else f"{last + 1}–{m.sequence - 1}",
            village=m.village_name, last=last, seq=m.sequence))
    elif m.sequence > 1 and (m.previous_sha256 or "") != held[m.sequence - 1]:
        chain_broken = True
        warnings.append(_("Paket {name}: rujukan ke paket sebelumnya (urutan ke-{prev}) tidak cocok dengan paket yang "
                          "diterima kabupaten: paket mungkin dibuat dari salinan basis data desa yang lain; tanyakan "
                          "kepada desa.").format(name=name, prev=m.sequence - 1))
    return warnings, chain_broken, known is None


def _merge(engine: Engine, package: Package, head: str, add_villages: bool,
           cancelled: Callable[[], bool] | None) -> PackageResult:
    m = package.manifest
    current = [""]  # the table being merged, for the message when the database refuses a row

    def on_table(table: str) -> None:
        current[0] = table

    with merge_connection(engine) as conn:
        try:
            with conn.begin():
                warnings, chain_broken, add = _checks(conn, package, head, add_villages)
                if add:
                    add_village_in(conn, m.village_code, m.village_name, m.kecamatan, kabupaten=m.kabupaten,
                                   added_by="merge", village_id=m.village_id)
                counts = merge_tables(conn, package.tables, cancelled=cancelled, on_table=on_table)
                conn.execute(update(VILLAGES).where(VILLAGES.c.code == m.village_code,
                                                    VILLAGES.c.village_id.is_(None)).values(village_id=m.village_id))
                conn.execute(PACKAGES.insert().values(
                    file_name=package.name, file_sha256=package.sha256, **_package_fields(package), status="merged",
                    message="", warnings="\n".join(warnings), chain_broken=chain_broken,
                    rows_changed=counts.total_changed, rows_offered=sum(counts.offered.values())))
        except (_Refused, MergeCancelled):
            raise
        except Exception as err:
            if not isinstance(err, (DBAPIError, ValueError, conn.dialect.loaded_dbapi.Error)):
                raise
            # The database refused a row (or the package has a table the district lacks): refused whole.
            log.warning("package %s refused by the database at table %s: %s", package.name, current[0] or "-",
                        type(err).__name__)
            raise _Refused(_("Paket {name} tidak dapat digabung: basis data kabupaten menolak isi tabel {table}. "
                             "Minta desa memperbarui aplikasinya dan mengirim ulang paketnya; tidak ada yang "
                             "diubah.").format(name=package.name, table=current[0] or "-")) from err
    return PackageResult(package.name, "merged", m.village_code, m.village_name, m.sequence, m.period,
                         counts.total_changed, tuple(warnings), "")


def _package_fields(package: Package | None) -> dict[str, Any]:
    if package is None:
        return {"received_at": utcnow()}
    m = package.manifest
    return {"village_code": m.village_code, "village_id": m.village_id, "sequence": m.sequence, "period": m.period,
            "created_at": m.created_at, "received_at": utcnow(), "schema_revision": m.schema_revision,
            "app_version": m.app_version, "previous_sha256": m.previous_sha256}


def _refuse(engine: Engine, name: str, sha: str, package: Package | None, message: str) -> PackageResult:
    """Record a refused package (nothing of it merged) and say why."""
    with engine.begin() as conn:
        conn.execute(PACKAGES.insert().values(file_name=name, file_sha256=sha, status="refused", message=message,
                                              **_package_fields(package)))
    m = package.manifest if package is not None else None
    return PackageResult(name, "refused", m.village_code if m else "", m.village_name if m else "",
                         m.sequence if m else None, m.period if m else "", 0, (), message)


__all__ = ["PackageResult", "merge_files", "package_files"]
