"""Writing the village's package for the district (issue 10): `write_package`. Qt-free.

One unit of work reads the snapshot, writes the sealed file (atomically: a temporary file beside it, then
renamed) and records its `sent_package` row; a failure anywhere leaves neither the file nor the row. The
snapshot is read before the row is added: a package carries the earlier packages' rows, never its own.
"""

from __future__ import annotations

import logging
import os
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Sequence

from sqlalchemy import select

import desmig_desktop
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.files import atomic_output
from desmig_desktop.core.periods import Period
from desmig_desktop.district.package_format import SUFFIX, pack, seal, sha256_hex, snapshot
from desmig_desktop.district.package_recap import recap_facts
from desmig_desktop.recap.dataset import build_recap
from desmig_desktop.registry.models import SentPackage as SentPackageRecord
from desmig_desktop.registry.services.village import require_village

log = logging.getLogger(__name__)
PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: easy to read out over the phone
PASSWORD_GROUPS, PASSWORD_GROUP_LENGTH = 6, 4


@dataclass(frozen=True)
class SentPackage:
    path: Path
    sequence: int
    sha256: str
    period: Period
    password: str | None  # the generated one, shown once, when the village has no district key
    counts: dict[str, int]


def default_period(today: date) -> Period:
    """The last month that had ended on `today` (on 2026-11-03: 2026-10)."""
    last = today.replace(day=1) - timedelta(days=1)
    return Period.month(last.year, last.month)


def generate_password() -> str:
    """Six groups of four letters and digits, e.g. `k7pm-x2qa-…`: about 148 bits, easy to dictate."""
    return "-".join("".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(PASSWORD_GROUP_LENGTH))
                    for _ in range(PASSWORD_GROUPS))


def package_path(out_dir: Path, code: str, day: date) -> Path:
    """`<code>-<YYYY-MM-DD>.desmig` in `out_dir`, with `-2`, `-3`… when that name is taken."""
    stem = f"{code}-{day.isoformat()}"
    path, n = out_dir / f"{stem}{SUFFIX}", 1
    while path.exists():
        n += 1
        path = out_dir / f"{stem}-{n}{SUFFIX}"
    return path


def write_package(ctx: ServiceContext, out_dir: Path, pillars: Sequence[Any], period: Period | None = None, *,
                  password: str | None = None) -> SentPackage:
    """Write the village's package for `period` (default: the last month ended on ctx.today()) into `out_dir`:
    encrypted to the village's district key, or without one with `password` or a generated password (returned
    in `SentPackage.password`, never logged). Records its `sent_package` row; all or nothing. An OSError
    (folder missing, disk full, no permission) propagates with nothing written."""
    ctx.require_writable()
    period = period or default_period(ctx.today())
    facts = recap_facts(build_recap(ctx, period, pillars))
    out_dir = Path(out_dir)
    written: Path | None = None
    try:
        with ctx.unit_of_work() as session:
            village = require_village(session)
            conn = session.connection()
            tables = snapshot(conn)  # before the new sent_package row: the package holds the earlier ones only
            last = session.execute(
                select(SentPackageRecord.sequence, SentPackageRecord.sha256)
                .where(SentPackageRecord.deleted_at.is_(None))
                .order_by(SentPackageRecord.sequence.desc()).limit(1)).first()
            sequence = (last.sequence if last else 0) + 1
            fields = {
                "village_id": village.id, "village_code": village.code, "village_name": village.name,
                "kecamatan": village.kecamatan, "kabupaten": village.kabupaten, "provinsi": village.provinsi,
                "schema_revision": conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar(),
                "app_version": desmig_desktop.__version__, "created_at": ctx.now(), "sequence": sequence,
                "previous_sha256": last.sha256 if last else None, "period": period.code,
            }
            generated = None
            if village.district_key:
                sealed = seal(pack(fields, tables, facts), public_key=village.district_key)
            else:
                generated = password or generate_password()
                sealed = seal(pack(fields, tables, facts), password=generated)
            out_dir.mkdir(parents=True, exist_ok=True)
            target = package_path(out_dir, village.code, ctx.today())
            with atomic_output(target) as tmp:
                tmp.write_bytes(sealed)
            written = target
            digest = sha256_hex(sealed)
            session.add(SentPackageRecord(sequence=sequence, period=period.code, file_name=target.name,
                                          sha256=digest))
            session.flush()
    except BaseException:
        if written is not None:
            try:
                os.unlink(written)
            except OSError:
                log.warning("could not remove the package file after a failed write")
        raise
    log.info("package %s written (sequence %d, period %s)", written.name, sequence, period.code)
    return SentPackage(written, sequence, digest, period, generated if password is None else None,
                       {name: len(t.rows) for name, t in tables.items()})
