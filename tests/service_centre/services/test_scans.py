"""Scans of checklist items (services/scans.py): stored once per content beside the village file, capped in size,
PDF/JPG/PNG only, removed from disk with their last record, copied with the officer's backup (Cadangkan)."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.database_file import copy_database
from desmig_desktop.core.errors import NotFoundError, ValidationError
from desmig_desktop.core.paths import attachments_dir
from desmig_desktop.registry.services import people as registry
from desmig_desktop.service_centre.models import Ak1Application
from desmig_desktop.service_centre.services import documents, scans
from tests.service_centre.conftest import CALON, SEEKER

PNG = b"\x89PNG\r\n\x1a\n" + b"paspor halaman 1" * 50
PDF = b"%PDF-1.4\n% visa kerja\n" * 40


def paper(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / "pindaian" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def stored(db_path: Path, data: bytes, suffix: str) -> Path:
    sha = hashlib.sha256(data).hexdigest()
    return attachments_dir(db_path) / sha[:2] / f"{sha}{suffix}"


def test_a_scan_is_stored_under_its_hash_beside_the_file_and_shown_on_its_item(ctx, sc_people, db_path, tmp_path):
    pid = sc_people.placements[CALON]
    saved = scans.attach_scan(ctx, "placement", pid, "paspor", paper(tmp_path, "Paspor Rina.PNG", PNG))
    target = stored(db_path, PNG, ".png")
    assert attachments_dir(db_path) == db_path.parent / "desa-berkas"
    assert target.read_bytes() == PNG
    assert scans.scan_file(ctx, saved.id) == target
    item = {c.item: c for c in documents.get_documents(ctx, pid).checklist}["paspor"]
    assert item.id is not None and item.done_on is None  # the row was made; ticking stays the officer's
    assert [(s.file_name, s.suffix, s.size, s.path) for s in item.scans] == [
        ("Paspor Rina.PNG", ".png", len(PNG), str(target))]


def test_the_same_paper_twice_is_one_file_removed_with_its_last_record(ctx, sc_people, db_path, tmp_path):
    pid = sc_people.placements[CALON]
    source = paper(tmp_path, "visa.pdf", PDF)
    first = scans.attach_scan(ctx, "placement", pid, "visa", source).id
    second = scans.attach_scan(ctx, "placement", pid, "perjanjian_kerja", source).id
    target = stored(db_path, PDF, ".pdf")
    assert [p for p in attachments_dir(db_path).rglob("*") if p.is_file()] == [target]
    scans.delete_scan(ctx, first)
    assert target.is_file()
    with pytest.raises(NotFoundError):
        scans.scan_file(ctx, first)
    scans.delete_scan(ctx, second)
    assert not target.exists()
    assert {c.item: c.scans for c in documents.get_documents(ctx, pid).checklist}["visa"] == ()


def test_deleting_the_placement_removes_its_scans_from_disk(ctx, sc_people, db_path, tmp_path):
    pid = sc_people.placements[CALON]
    scans.attach_scan(ctx, "placement", pid, "ktp", paper(tmp_path, "ktp.jpg", b"\xff\xd8\xff" + b"ktp" * 99))
    target = stored(db_path, b"\xff\xd8\xff" + b"ktp" * 99, ".jpg")
    assert target.is_file()
    registry.delete_placement(ctx, pid)
    assert not target.exists()


def test_an_ak1_item_carries_a_scan_too(ctx, sc_people, db_path, tmp_path):
    with ctx.unit_of_work() as s:
        a = Ak1Application(person_id=sc_people.ids[SEEKER], status="draft", opened_on=date(2026, 11, 2))
        s.add(a)
        s.flush()
        ak1_id = a.id
    saved = scans.attach_scan(ctx, "ak1", ak1_id, "pas_foto", paper(tmp_path, "foto.jpeg", b"\xff\xd8" + b"f" * 64))
    assert scans.scan_file(ctx, saved.id).suffix == ".jpeg"
    with pytest.raises(ValidationError) as err:
        scans.attach_scan(ctx, "ak1", ak1_id, "paspor", paper(tmp_path, "paspor.png", PNG))  # not an AK-1 paper
    assert err.value.for_field("item")
    assert not stored(db_path, PNG, ".png").exists()  # the refused copy left nothing behind


def test_too_big_wrong_type_empty_or_unreadable_files_are_refused_with_a_clear_message(ctx, sc_people, db_path,
                                                                                       tmp_path):
    pid = sc_people.placements[CALON]
    big = paper(tmp_path, "paspor-600dpi.pdf", b"")
    with big.open("wb") as handle:
        handle.truncate(scans.MAX_SCAN_BYTES + 1)
    cases = {
        big: "terlalu besar (10.0 MB); batasnya 10 MB",
        paper(tmp_path, "surat.docx", b"PK\x03\x04"): "pilih hasil pindai berupa PDF, JPG, atau PNG",
        paper(tmp_path, "kosong.png", b""): "kosong",
        tmp_path / "hilang.pdf": "tidak dapat dibaca",
    }
    for source, message in cases.items():
        with pytest.raises(ValidationError) as err:
            scans.attach_scan(ctx, "placement", pid, "paspor", source)
        assert message in err.value.for_field("file")[0], source.name
    assert not attachments_dir(db_path).exists()
    exact = paper(tmp_path, "pas.pdf", b"")
    with exact.open("wb") as handle:
        handle.truncate(scans.MAX_SCAN_BYTES)
    scans.attach_scan(ctx, "placement", pid, "paspor", exact)  # exactly 10 MB is fine


def test_a_file_gone_from_the_folder_is_said_so(ctx, sc_people, db_path, tmp_path):
    saved = scans.attach_scan(ctx, "placement", sc_people.placements[CALON], "kk", paper(tmp_path, "kk.png", PNG))
    stored(db_path, PNG, ".png").unlink()
    with pytest.raises(ValidationError) as err:
        scans.scan_file(ctx, saved.id)
    assert "kk.png tidak ditemukan" in err.value.for_field("file")[0]
    item = {c.item: c for c in documents.get_documents(ctx, sc_people.placements[CALON]).checklist}["kk"]
    assert item.scans[0].path == ""


def test_the_backup_carries_the_scans_and_opens_elsewhere_with_them(ctx, sc_people, tmp_path):
    saved = scans.attach_scan(ctx, "placement", sc_people.placements[CALON], "paspor", paper(tmp_path, "p.png", PNG))
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "cadangan-berkas").mkdir()
    (usb / "cadangan-berkas" / "stale.txt").write_text("from an older backup")
    target = copy_database(ctx, usb / "cadangan.db")
    assert sorted(p.name for p in usb.iterdir()) == ["cadangan-berkas", "cadangan.db"]
    assert not (usb / "cadangan-berkas" / "stale.txt").exists()
    elsewhere = tmp_path / "laptop-baru"
    elsewhere.mkdir()
    os.replace(target, elsewhere / "desa.db")
    os.replace(usb / "cadangan-berkas", elsewhere / "desa-berkas")
    other = ServiceContext.open(elsewhere / "desa.db", create=False)
    try:
        assert scans.scan_file(other, saved.id).read_bytes() == PNG
    finally:
        other.close()


def test_a_failed_backup_leaves_the_old_one_whole(ctx, sc_people, db_path, tmp_path):
    scans.attach_scan(ctx, "placement", sc_people.placements[CALON], "paspor", paper(tmp_path, "p.png", PNG))
    broken = attachments_dir(db_path) / "zz"
    broken.mkdir()
    (broken / "link.png").symlink_to(tmp_path / "nowhere.png")  # a file the copy cannot read
    usb = tmp_path / "usb"
    (usb / "cadangan-berkas").mkdir(parents=True)
    (usb / "cadangan.db").write_text("old backup")
    (usb / "cadangan-berkas" / "old.png").write_bytes(b"old")
    with pytest.raises(OSError):
        copy_database(ctx, usb / "cadangan.db")
    assert (usb / "cadangan.db").read_text() == "old backup"
    assert [p.name for p in (usb / "cadangan-berkas").iterdir()] == ["old.png"]
    assert sorted(p.name for p in usb.iterdir()) == ["cadangan-berkas", "cadangan.db"]


def test_a_backup_of_a_file_without_scans_has_no_folder(ctx, sc_people, tmp_path):
    target = copy_database(ctx, tmp_path / "cadangan.db")
    assert target.is_file() and not (tmp_path / "cadangan-berkas").exists()
