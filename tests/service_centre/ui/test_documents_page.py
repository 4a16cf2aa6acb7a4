"""Dokumen Keberangkatan: the calon list shows readiness "done/total" and the risk reasons in words, "Berisiko saja"
narrows it; a tick on the checklist saves; a calon with missing papers cannot be recorded as departing
procedurally (the dialog names the missing papers and refuses, the service too), but can as non-procedural with a
note, after which the calon leaves the list and the register shows a PMI abroad."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QToolButton

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PlacementInput
from desmig_desktop.service_centre.codes import DEPARTURE_ITEMS
from desmig_desktop.service_centre.dto import DepartureInput
from desmig_desktop.service_centre.services.documents import calon_list, record_departure, set_document, set_plan
from tests.conftest import person_input
from tests.service_centre.conftest import CALON
from tests.service_centre.ui.desk_fixtures import make_env, shot, show_page
from tests.ui.modals import saving

READY = "Sri Handayani"
PLANNED = date(2026, 11, 20)  # three days before TODAY: papers missing on the planned day put Rina at risk


@pytest.fixture
def calon(ctx, sc_people):  # type: ignore[no-untyped-def]
    """Rina Wulandari (no P3MI named, two papers seen, planned 20/11/2026) and Sri Handayani (every paper seen,
    P3MI named: no risk)."""
    rina = sc_people.placements[CALON]
    set_document(ctx, rina, "ktp", date(2026, 10, 5))
    set_document(ctx, rina, "kk", date(2026, 10, 5))
    set_plan(ctx, rina, PLANNED, "menunggu jadwal")
    sri = registry.register_person(ctx, person_input(READY, "P", date(1995, 3, 8), 31)).id
    placement = registry.add_placement(ctx, sri, PlacementInput(
        "calon", "Taiwan", "formal", "Perawat lansia", "PT Bina Karya", scheme="p_to_p",
        registered_on=date(2026, 9, 1))).id
    for code in DEPARTURE_ITEMS:
        set_document(ctx, placement, code, date(2026, 10, 1))
    return {CALON: rina, READY: placement}


def _rows(page) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    model = page.list.model
    return {model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())}


def test_the_list_shows_readiness_and_risks_in_words(qtbot, ctx, sc_village, calon, changes):
    page = show_page(qtbot, make_env(qtbot, ctx, sc_village, changes), "departure_documents")
    rows = _rows(page)
    assert rows[CALON] == [CALON, "20/11/2026", "2/12",
                           "P3MI belum disebut; Dokumen belum lengkap pada tanggal berangkat"]
    assert rows[READY] == [READY, "—", "12/12", ""]
    assert page.list.title.text() == "Calon PMI (2)"

    page.at_risk.setChecked(True)
    assert list(_rows(page)) == [CALON]
    page.select_placement(calon[CALON])
    assert page.name.text() == CALON
    assert page.risks.text() == "Berisiko: P3MI belum disebut; Dokumen belum lengkap pada tanggal berangkat."
    assert "P3MI: belum disebut" in page.facts.text() and "skema P-to-P (melalui P3MI)" in page.facts.text()
    assert page.plan.text() == "Rencana berangkat: 20/11/2026"
    assert page.missing.text().startswith("Dokumen 2 dari 12. Belum ada: Akta lahir atau ijazah, ")
    qtbot.wait(20)  # the layout settles before the screenshot
    shot(page, "documents-page")


def test_a_tick_on_the_checklist_is_saved_and_counted(qtbot, ctx, sc_village, calon, changes):
    page = show_page(qtbot, make_env(qtbot, ctx, sc_village, changes), "departure_documents")
    announced = []
    changes.changed.connect(announced.append)
    page.select_placement(calon[CALON])
    page.checklist.tick("paspor", date(2026, 11, 21))
    assert _rows(page)[CALON][2] == "3/12"
    assert page.checklist.rows["paspor"].box.isChecked()
    assert next(r for r in calon_list(ctx) if r.name == CALON).readiness.done == 3
    assert frozenset({"sc_documents"}) in announced


def test_missing_papers_need_non_procedural_and_a_note(qtbot, ctx, sc_village, sc_people, calon, changes):
    page = show_page(qtbot, make_env(qtbot, ctx, sc_village, changes), "departure_documents")
    page.select_placement(calon[CALON])
    page.warn = lambda text: None  # a save's warnings would open a message box
    seen = {}

    def procedural(d) -> None:  # type: ignore[no-untyped-def]
        d.route.setCurrentIndex(d.route.findData("prosedural"))
        seen["missing"] = d.missing.text()
        seen["dialog"] = d
        shot(d, "departure-dialog")

    page.run_dialog = saving(qtbot, procedural)
    page.record_departure()
    assert "kurang 10 dari 12" in seen["missing"] and "Paspor" in seen["missing"]
    messages = seen["dialog"].messages()
    assert "pilih \"Non-prosedural\"" in messages and "Catatan wajib diisi" in messages
    assert CALON in _rows(page)  # nothing saved: still a calon
    with pytest.raises(ValidationError, match="non-prosedural dengan catatan"):  # the service refuses it too
        record_departure(ctx, calon[CALON], DepartureInput(date(2026, 11, 22), "prosedural", "lewat sponsor"))

    def non_procedural(d) -> None:  # type: ignore[no-untyped-def]
        d.departed_on.set_value(date(2026, 11, 22))
        d.route.setCurrentIndex(d.route.findData("non_prosedural"))
        d.note.setPlainText("Berangkat lewat sponsor perorangan dari Batam, tanpa P3MI")

    page.run_dialog = saving(qtbot, non_procedural)
    page.record_departure()
    assert list(_rows(page)) == [READY]
    person = registry.get_person(ctx, sc_people.ids[CALON])
    placement = next(p for p in person.placements if p.id == calon[CALON])
    assert (placement.stage, placement.departed_on, placement.route) == ("aktif", date(2026, 11, 22), "non_prosedural")


def test_a_complete_calon_departs_procedurally(qtbot, ctx, sc_village, calon, changes):
    page = show_page(qtbot, make_env(qtbot, ctx, sc_village, changes), "departure_documents")
    page.select_placement(calon[READY])
    page.warn = lambda text: None
    seen = {}

    def fill(d) -> None:  # type: ignore[no-untyped-def]
        seen["missing"] = d.missing.text()
        d.departed_on.set_value(date(2026, 11, 21))

    page.run_dialog = saving(qtbot, fill)
    page.record_departure()
    assert seen["missing"] == "Semua 12 dokumen keberangkatan sudah lengkap."
    assert list(_rows(page)) == [CALON]


def test_plan_search_and_a_scan_on_the_checklist(qtbot, ctx, sc_village, calon, changes, tmp_path):
    page = show_page(qtbot, make_env(qtbot, ctx, sc_village, changes), "departure_documents")
    page.warn = lambda text: pytest.fail(text)
    page.select_placement(calon[READY])

    def plan(d) -> None:  # type: ignore[no-untyped-def]
        d.planned_on.set_value(date(2026, 12, 14))
        d.note.setText("Jadwal dari P3MI")

    page.run_dialog = saving(qtbot, plan)
    page.edit_plan()
    assert _rows(page)[READY][1] == "14/12/2026"
    assert page.plan.text() == "Rencana berangkat: 14/12/2026"

    qtbot.keyClicks(page.search, "sri")
    page.apply_search()
    assert list(_rows(page)) == [READY] and page.list.title.text() == "Calon PMI (1)"

    scan = tmp_path / "paspor-sri.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    page.checklist.choose_file = lambda: scan
    page.checklist.attach_to("paspor")
    assert page.checklist.message_text() == ""
    item = next(i for i in page.detail.checklist if i.item == "paspor")
    assert [s.file_name for s in item.scans] == ["paspor-sri.png"]
    shown = page.checklist.findChild(QToolButton, f"scan_{item.scans[0].id}")
    assert shown is not None and shown.text() == "paspor-sri.png"
