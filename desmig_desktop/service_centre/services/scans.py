"""Scanned papers (pindaian: an image or a PDF) of checklist items: an AK-1 application's or a calon's
pre-departure documents. The file is copied into the village's data folder (`core.paths.attachments_dir`) under
its content hash, so the same paper attached twice is stored once; the row keeps the name it had on disk. A file
is removed from disk after the commit that deletes its last live row (`guards`). Scans never leave the laptop:
the table is private (no district package), and the officer's backup copies the folder with the file."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.dto import Saved
from desmig_desktop.core.errors import Issue, ValidationError, raise_if_errors
from desmig_desktop.core.i18n import _
from desmig_desktop.core.paths import attachments_dir
from desmig_desktop.core.records import Deletion, get_live, tombstone
from desmig_desktop.registry.models import Placement
from desmig_desktop.service_centre import scan_store
from desmig_desktop.service_centre.codes import AK1_ITEMS, DEPARTURE_ITEMS
from desmig_desktop.service_centre.dto import ScanDTO
from desmig_desktop.service_centre.models import Ak1Application, Document, Scan

MAX_SCAN_BYTES = 10 * 1024 * 1024  # 10 MB
SCAN_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")
OWNERS = ("ak1", "placement")


def scans_folder(ctx: ServiceContext) -> Path | None:
    """The folder of this file's scans (None for a database that is not a file)."""
    db = ctx.path.resolve() if ctx.path is not None else scan_store.db_path_of(ctx.engine)
    return attachments_dir(db) if db is not None else None


def scan_dto(scan: Scan, folder: Path | None) -> ScanDTO:
    path = scan_store.scan_path(folder, scan.sha256, scan.suffix) if folder is not None else None
    return ScanDTO(scan.id, scan.document_id, scan.file_name, scan.suffix, scan.size,
                   str(path) if path is not None and path.is_file() else "")


def scan_dtos(ctx: ServiceContext, scans: Iterable[Scan]) -> tuple[ScanDTO, ...]:
    """The DTOs of live scans, oldest first (a checklist item's `scans`)."""
    folder = scans_folder(ctx)
    live = sorted((s for s in scans if s.deleted_at is None), key=lambda s: (s.created_at, s.id))
    return tuple(scan_dto(s, folder) for s in live)


def document_for(session: Session, owner: str, owner_id: str, item: str) -> Document:
    """The live checklist row of an item (made, unticked, when there is none): owner "ak1" (an AK-1 application)
    or "placement" (a placement's pre-departure documents)."""
    if owner == "ak1":
        get_live(session, Ak1Application, owner_id)
        items, column = AK1_ITEMS, Document.ak1_id
    elif owner == "placement":
        get_live(session, Placement, owner_id)
        items, column = DEPARTURE_ITEMS, Document.placement_id
    else:
        raise ValueError(f"unknown checklist owner {owner!r}")
    if item not in items:
        raise_if_errors([Issue("item", _("Berkas \u201c{item}\u201d tidak ada dalam daftar periksa ini.").format(item=item))])
    row = session.scalar(select(Document).where(column == owner_id, Document.item == item,
                                                Document.deleted_at.is_(None)))
    if row is None:
        row = Document(item=item, **{column.key: owner_id})
        session.add(row)
        session.flush()
    return row


def source_issues(source: Path) -> tuple[list[Issue], int]:
    """What stops `source` being attached (type, size, unreadable), and its size."""
    name = source.name
    if source.suffix.lower() not in SCAN_SUFFIXES:
        return [Issue("file", _("Berkas {name} tidak dapat dilampirkan: pilih hasil pindai berupa PDF, JPG, atau "
                                "PNG.").format(name=name))], 0
    try:
        size = source.stat().st_size
        with source.open("rb") as handle:
            handle.read(1)
    except OSError:
        return [Issue("file", _("Berkas {name} tidak dapat dibaca: periksa bahwa berkasnya ada dan tidak sedang "
                                "dibuka program lain, lalu pilih lagi.").format(name=name))], 0
    if not source.is_file():
        return [Issue("file", _("{name} bukan berkas: pilih berkas hasil pindai.").format(name=name))], 0
    if size == 0:
        return [Issue("file", _("Berkas {name} kosong: pindai ulang berkasnya.").format(name=name))], 0
    if size > MAX_SCAN_BYTES:
        return [Issue("file", _("Berkas {name} terlalu besar ({size:.1f} MB); batasnya {limit} MB. Pindai ulang "
                                "dengan resolusi lebih rendah, atau simpan sebagai JPG/PDF yang lebih kecil.")
                      .format(name=name, size=size / 1024 / 1024, limit=MAX_SCAN_BYTES // (1024 * 1024)))], size
    return [], size


def attach_scan(ctx: ServiceContext, owner: str, owner_id: str, item: str, source: Path) -> Saved:
    """Attach the scanned file `source` to a checklist item (its row is made if needed); returns the scan's id."""
    ctx.require_writable()
    source = Path(source)
    folder = scans_folder(ctx)
    if folder is None:
        raise ValidationError([Issue("file", _("Hasil pindai hanya dapat disimpan bila data desa ada di sebuah "
                                               "berkas basis data."))])
    issues, size = source_issues(source)
    raise_if_errors(issues)
    try:
        sha = scan_store.file_sha256(source)
        suffix = source.suffix.lower()
        target = scan_store.scan_path(folder, sha, suffix)
        fresh = not target.exists()
        scan_store.store(source, target)
    except OSError as err:
        raise ValidationError([Issue("file", _("Berkas {name} tidak dapat disalin ke folder data desa ({folder}): "
                                               "{error}.").format(name=source.name, folder=folder,
                                                                  error=err.strerror or err))]) from err
    try:
        with ctx.unit_of_work() as s:
            doc = document_for(s, owner, owner_id, item)
            scan = Scan(document_id=doc.id, sha256=sha, file_name=source.name[:200], suffix=suffix, size=size)
            s.add(scan)
            s.flush()
            return Saved(scan.id)
    except BaseException:
        if fresh:  # nothing was written: the copied file goes again (unless another row uses it meanwhile)
            scan_store.remove_unused(ctx.engine, [(sha, suffix)])
        raise


def delete_scan(ctx: ServiceContext, scan_id: str) -> Deletion:
    """Delete a scan; its file leaves the folder after the commit when no other live row uses it."""
    with ctx.unit_of_work() as s:
        return tombstone(s, get_live(s, Scan, scan_id))


def scan_file(ctx: ServiceContext, scan_id: str) -> Path:
    """Where a live scan's file is on this laptop (to open it with the system viewer)."""
    with ctx.reader() as s:
        scan = get_live(s, Scan, scan_id)
        sha, suffix, name = scan.sha256, scan.suffix, scan.file_name
    folder = scans_folder(ctx)
    path = scan_store.scan_path(folder, sha, suffix) if folder is not None else None
    if path is None or not path.is_file():
        raise ValidationError([Issue("file", _("Berkas pindaian {name} tidak ditemukan di folder data desa{where}. "
                                               "Lampirkan lagi hasil pindainya.").format(
            name=name, where=f" ({folder})" if folder is not None else ""))])
    return path
