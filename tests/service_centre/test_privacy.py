"""What leaves the laptop (issue 11 point 7): the district package of a village with a complaint, its action log,
guest-book notes, an outsider's visit and a scanned paper carries the complaint's category, status and dates but no
description, outcome, action text, reporter or migrant, no visit notes nor outsider identity, no sc_scan or
sc_complaint_action table and no scan bytes; the audit trail writes "(privat)" for private values; the recap
(and its long-format facts in the package) counts only. Written with the real services (sc_people of conftest)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

import pytest

from desmig_desktop.app import PILLARS
from desmig_desktop.core.periods import parse_period
from desmig_desktop.core.privacy import PRIVATE_VALUE
from desmig_desktop.district.package_open import open_package
from desmig_desktop.district.package_write import write_package
from desmig_desktop.service_centre.dto import ComplaintInput, ComplaintStep, VisitInput
from desmig_desktop.service_centre.services import complaints, scans, visits
from tests.service_centre.conftest import AKTIF, CALON, FAMILY

DESCRIPTION = "Wartini dipukul majikan dan paspornya ditahan di Taichung"
ACTION = "Menelepon agensi PT Rahasia Sekali, nomor 0812-RAHASIA"
OUTCOME = "Wartini dipindahkan ke majikan baru oleh agensi"
NOTE = "Tamu bercerita soal utang kepada rentenir Pak Kumis"
OUTSIDER, OUTSIDER_ID, OUTSIDER_VILLAGE = "Suparman Tamu", "3301019999990001", "Desa Seberang Kali"
SCAN = b"%PDF-1.4\n% SCAN-BYTES-PASPOR-WARTINI-7731\n" * 30
PASSWORD = "kata sandi uji paket"
TEXTS = (DESCRIPTION, ACTION, OUTCOME, NOTE, OUTSIDER, OUTSIDER_ID, OUTSIDER_VILLAGE, "SCAN-BYTES-PASPOR")


@pytest.fixture
def village_with_secrets(ctx, sc_people, tmp_path):  # type: ignore[no-untyped-def]
    ids = sc_people.ids
    filed = complaints.file_complaint(ctx, ComplaintInput(ids[FAMILY], ids[AKTIF], "kekerasan", DESCRIPTION,
                                                          date(2026, 11, 2))).id
    complaints.add_action(ctx, filed, date(2026, 11, 3), ACTION)
    complaints.move_complaint(ctx, filed, ComplaintStep("ditindaklanjuti", date(2026, 11, 4), note=ACTION))
    complaints.move_complaint(ctx, filed, ComplaintStep("selesai", date(2026, 11, 20), outcome=OUTCOME))
    complaints.update_complaint(ctx, filed, "kekerasan", DESCRIPTION + " (diperbarui)")
    complaints.get_complaint(ctx, filed)  # opening it is audited
    visits.record_visit(ctx, VisitInput(datetime(2026, 11, 5, 9, 30), "pengaduan", ids[FAMILY], notes=NOTE))
    visits.record_visit(ctx, VisitInput(datetime(2026, 11, 6, 10), "migrasi_aman", outsider_name=OUTSIDER,
                                        outsider_id_number=OUTSIDER_ID, outsider_village=OUTSIDER_VILLAGE))
    source = tmp_path / "paspor.pdf"
    source.write_bytes(SCAN)
    scans.attach_scan(ctx, "placement", sc_people.placements[CALON], "paspor", source)
    return filed


@pytest.fixture
def package(ctx, village_with_secrets, tmp_path):  # type: ignore[no-untyped-def]
    sent = write_package(ctx, tmp_path / "kirim", PILLARS, parse_period("2026-11"), password=PASSWORD)
    assert SCAN[:40] not in sent.path.read_bytes()
    return open_package(sent.path, password=PASSWORD)


def test_the_package_carries_no_private_table_nor_text(package):  # type: ignore[no-untyped-def]
    assert "sc_scan" not in package.tables and "sc_complaint_action" not in package.tables
    dumped = json.dumps({name: t.rows for name, t in package.tables.items()}, default=str, ensure_ascii=False)
    dumped += json.dumps(package.recap, ensure_ascii=False)
    for text in TEXTS:
        assert text not in dumped, text
    for word in ("dipukul", "rentenir", "RAHASIA", "Suparman"):
        assert word not in dumped
    trail = package.tables["audit_log"]
    tables = {dict(zip(trail.columns, r))["table_name"] for r in trail.rows}
    assert "sc_complaint" in tables and not tables & {"sc_scan", "sc_complaint_action"}  # their trail stays too


def test_the_complaint_goes_with_its_category_status_and_dates(package):  # type: ignore[no-untyped-def]
    table = package.tables["sc_complaint"]
    for private in ("description", "outcome", "reporter_id", "person_id", "placement_id"):
        assert private not in table.columns
    (row,) = [dict(zip(table.columns, r)) for r in table.rows]
    assert (row["category"], row["status"]) == ("kekerasan", "selesai")
    assert (row["opened_on"], row["followed_on"], row["closed_on"]) == ("2026-11-02", "2026-11-04", "2026-11-20")


def test_visits_go_without_notes_or_outsiders(package):  # type: ignore[no-untyped-def]
    table = package.tables["sc_visit"]
    for private in ("notes", "outsider_name", "outsider_id_number", "outsider_village"):
        assert private not in table.columns
    rows = [dict(zip(table.columns, r)) for r in table.rows]
    assert sorted(r["purpose"] for r in rows) == ["migrasi_aman", "pengaduan"]
    assert sorted(r["person_id"] is None for r in rows) == [False, True]


def test_the_checklist_item_goes_without_its_scan_or_note(package):  # type: ignore[no-untyped-def]
    table = package.tables["sc_document"]
    assert "note" not in table.columns
    assert [dict(zip(table.columns, r))["item"] for r in table.rows] == ["paspor"]


def test_the_recap_facts_are_counts(package):  # type: ignore[no-untyped-def]
    facts = {(f["indicator"], f["category"]): f["value"] for f in package.recap
             if f["indicator"].startswith("service_centre.")}
    assert facts[("service_centre.visits.villagers", "pengaduan")] == 1
    assert facts[("service_centre.visits.outsiders", "migrasi_aman")] == 1
    assert facts[("service_centre.complaints.by_status.selesai", "kekerasan")] == 1
    assert facts[("service_centre.closed", "")] == 1
    assert all(isinstance(v, int) for v in facts.values())


def test_the_audit_trail_says_privat(ctx, village_with_secrets, db_path):  # type: ignore[no-untyped-def]
    with sqlite3.connect(db_path) as conn:
        entries = conn.execute("SELECT action, table_name, record_id, changes FROM audit_log").fetchall()
    trail = " ".join(changes for _a, _t, _r, changes in entries)
    for text in TEXTS:
        assert text not in trail, text
    created = next(json.loads(c) for a, t, r, c in entries
                   if (a, t, r) == ("create", "sc_complaint", village_with_secrets))
    assert created["description"] == [None, PRIVATE_VALUE] and created["category"] == [None, "kekerasan"]
    changed = [json.loads(c) for a, t, r, c in entries if (a, t, r) == ("update", "sc_complaint",
                                                                      village_with_secrets)]
    assert [PRIVATE_VALUE, PRIVATE_VALUE] in [c.get("description") for c in changed]  # the update: old and new
    assert ["", PRIVATE_VALUE] in [c.get("outcome") for c in changed]  # closed with an outcome
    assert ("view", "sc_complaint", village_with_secrets) in {(a, t, r) for a, t, r, _c in entries}
    visit_entries = [json.loads(c) for a, t, _r, c in entries if (a, t) == ("create", "sc_visit")]
    assert [None, PRIVATE_VALUE] in [v.get("outsider_name") for v in visit_entries]
    assert [None, PRIVATE_VALUE] in [v.get("notes") for v in visit_entries]
