"""Pre-departure documents of calon PMI (UU 18/2017): the checklist of each calon placement, its planned
departure day, readiness (done/total and what is missing), the calon at risk and why, and recording the
departure — refused while papers are missing unless the officer marks it non-procedural with a note."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.dto import Saved
from desmig_desktop.core.errors import Issue, raise_if_errors
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import _
from desmig_desktop.core.privacy import mask_number
from desmig_desktop.core.records import get_live
from desmig_desktop.registry.models import Person, Placement
from desmig_desktop.registry.services.people import record_departure_in
from desmig_desktop.registry.status import age_on
from desmig_desktop.service_centre.codes import DEPARTURE_ITEMS
from desmig_desktop.service_centre.dto import (
    CalonRow,
    ChecklistItem,
    DepartureInput,
    DocumentsDetail,
)
from desmig_desktop.service_centre.models import Document, Preparation
from desmig_desktop.service_centre.rules import (
    CalonFacts,
    departure_issues,
    is_calon_on,
    readiness,
    risk_reasons,
)
from desmig_desktop.service_centre.services.scans import document_for, scan_dtos

ROUTES = ("prosedural", "non_prosedural")


def facts(pl: Placement, planned_on: date | None) -> CalonFacts:
    return CalonFacts(pl.stage, pl.registered_on, pl.departed_on, pl.returned_on, pl.cancelled_on, pl.route,
                      pl.scheme, pl.agency or "", planned_on)


def _documents(session: Session, placement_ids: list[str]) -> dict[str, list[Document]]:
    found: dict[str, list[Document]] = {}
    if placement_ids:
        for d in session.scalars(select(Document).options(selectinload(Document.scans)).where(
                Document.placement_id.in_(placement_ids), Document.deleted_at.is_(None))):
            found.setdefault(d.placement_id, []).append(d)
    return found


def _plans(session: Session, placement_ids: list[str]) -> dict[str, Preparation]:
    if not placement_ids:
        return {}
    return {p.placement_id: p for p in session.scalars(select(Preparation).where(
        Preparation.placement_id.in_(placement_ids), Preparation.deleted_at.is_(None)))}


def done_map(docs: list[Document]) -> dict[str, date | None]:
    return {d.item: d.done_on for d in docs}


def _row(pl: Placement, plan: Preparation | None, done_on: Mapping[str, date | None], day: date) -> CalonRow:
    person = pl.person
    planned_on = plan.planned_on if plan is not None else None
    return CalonRow(
        placement_id=pl.id, person_id=person.id, name=person.name, nik=mask_number(person.nik), sex=person.sex,
        age=age_on(person.birth_date, day) if person.birth_date else None, country=pl.country or "",
        scheme=pl.scheme, agency=pl.agency or "", route=pl.route, registered_on=pl.registered_on,
        planned_on=planned_on, readiness=readiness(done_on, day),
        risks=risk_reasons(person.birth_date, facts(pl, planned_on), done_on, day))


def calon_rows_in(session: Session, day: date) -> list[CalonRow]:
    """Every live placement that is calon on `day` (registry.status.stage_on), by name."""
    placements = [pl for pl in session.scalars(
        select(Placement).join(Person, Placement.person_id == Person.id).options(selectinload(Placement.person))
        .where(Placement.deleted_at.is_(None), Person.deleted_at.is_(None),
               Placement.registered_on.is_not(None), Placement.registered_on <= day))
        if is_calon_on(facts(pl, None), day)]
    ids = [pl.id for pl in placements]
    docs, plans = _documents(session, ids), _plans(session, ids)
    rows = [_row(pl, plans.get(pl.id), done_map(docs.get(pl.id, [])), day) for pl in placements]
    return sorted(rows, key=lambda r: (r.name.casefold(), r.placement_id))


def calon_list(ctx: ServiceContext, day: date | None = None, at_risk_only: bool = False) -> list[CalonRow]:
    """The calon PMI on `day` with their readiness and risks (only those at risk when `at_risk_only`)."""
    with ctx.reader() as s:
        rows = calon_rows_in(s, day or ctx.today())
    return [r for r in rows if r.risks] if at_risk_only else rows


def calon_at_risk(ctx: ServiceContext, day: date | None = None) -> list[CalonRow]:
    return calon_list(ctx, day, at_risk_only=True)


def get_documents(ctx: ServiceContext, placement_id: str) -> DocumentsDetail:
    """One placement's checklist (DEPARTURE_ITEMS order, scans included), as of today."""
    with ctx.reader() as s:
        pl = get_live(s, Placement, placement_id)
        docs = _documents(s, [pl.id]).get(pl.id, [])
        plan = _plans(s, [pl.id]).get(pl.id)
        by_item = {d.item: d for d in docs}
        checklist = tuple(
            ChecklistItem(d.id, code, d.done_on, d.note, scan_dtos(ctx, d.scans)) if (d := by_item.get(code))
            else ChecklistItem(None, code, None)
            for code in DEPARTURE_ITEMS)
        return DocumentsDetail(_row(pl, plan, done_map(docs), ctx.today()), checklist,
                               plan.note if plan is not None else "")


def _followed(session: Session, placement_id: str) -> Placement:
    """A live placement that has not departed yet (its papers can still change)."""
    pl = get_live(session, Placement, placement_id)
    if pl.stage != "calon" or pl.departed_on is not None:
        raise_if_errors([Issue("placement", _("Dokumen keberangkatan hanya diubah untuk calon PMI yang belum "
                                              "berangkat."))])
    return pl


def set_document(ctx: ServiceContext, placement_id: str, item: str, done_on: date | None, note: str = "") -> Saved:
    """Tick an item as seen on `done_on` (None unticks it), with a note."""
    issues: list[Issue] = []
    if done_on is not None and done_on > ctx.today():
        issues.append(Issue("done_on", _("Tanggal diperiksa tidak boleh sesudah hari ini.")))
    if len(note.strip()) > 300:
        issues.append(Issue("note", _("Catatan terlalu panjang (lebih dari 300 huruf): singkat catatannya.")))
    raise_if_errors(issues)
    with ctx.unit_of_work() as s:
        _followed(s, placement_id)
        doc = document_for(s, "placement", placement_id, item)
        doc.done_on, doc.note = done_on, note.strip()
        return Saved(doc.id)


def set_plan(ctx: ServiceContext, placement_id: str, planned_on: date | None, note: str = "") -> Saved:
    """The planned departure day of a calon (and the centre's note); makes the preparation row."""
    with ctx.unit_of_work() as s:
        pl = _followed(s, placement_id)
        if planned_on is not None and pl.registered_on is not None and planned_on < pl.registered_on:
            raise_if_errors([Issue("planned_on", _("Rencana berangkat tidak boleh sebelum tanggal daftar ({day}).")
                                   .format(day=short_date(pl.registered_on)))])
        plan = _plans(s, [pl.id]).get(pl.id)
        if plan is None:
            plan = Preparation(placement_id=pl.id)
            s.add(plan)
        plan.planned_on, plan.note = planned_on, note.strip()
        s.flush()
        return Saved(plan.id)


def record_departure(ctx: ServiceContext, placement_id: str, data: DepartureInput) -> Saved:
    """A calon departs on `data.departed_on`: papers missing that day need route non-procedural and a note."""
    with ctx.unit_of_work() as s:
        pl = _followed(s, placement_id)
        issues: list[Issue] = []
        if data.route not in ROUTES:
            issues.append(Issue("route", _("Jalur keberangkatan wajib dipilih: prosedural atau non-prosedural.")))
        if data.departed_on is not None:
            issues += departure_issues(done_map(_documents(s, [pl.id]).get(pl.id, [])), data.departed_on,
                                       data.route, data.note)
        raise_if_errors(issues)
        pl, warnings = record_departure_in(s, ctx, pl, data.departed_on, data.route, data.note.strip())
        return Saved(pl.id, tuple(w.message for w in warnings))
