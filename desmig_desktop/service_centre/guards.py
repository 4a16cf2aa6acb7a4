"""Rules the service centre holds on every session (imported with the models, see `pillar.PILLAR.models`):

- the departure guard: a placement the centre follows (it has an sc_preparation row or sc_document rows) whose
  `departed_on` goes from empty to a day in a flush is checked with `rules.departure_issues` — papers missing on
  that day need the route non-procedural and a departure note — so the registry's own placement dialog obeys the
  rule too (ValidationError; nothing is written). Placements the centre does not follow are left alone;
- the scans' files: after a commit, the files of sc_scan rows tombstoned (or deleted) in that transaction are
  removed from disk when no live row uses their content any more.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from desmig_desktop.core.errors import raise_if_errors
from desmig_desktop.registry.models import Placement
from desmig_desktop.service_centre import scan_store
from desmig_desktop.service_centre.models import Document, Preparation, Scan
from desmig_desktop.service_centre.rules import departure_issues

GONE_SCANS = "sc_scans_gone"  # session.info key: (sha256, suffix) of scans tombstoned in this transaction


# ---- the departure guard -------------------------------------------------------------------------------

def _newly_departed(session: Session, pl: Placement) -> bool:
    state = inspect(pl)
    history = state.attrs.departed_on.history
    if not history.added or history.added[0] is None:
        return False
    if history.deleted:
        return history.deleted[0] is None
    if state.key is None:  # a new row: it was never "not departed" in this file
        return False
    before = session.execute(select(Placement.departed_on).where(Placement.id == pl.id)).scalar()
    return before is None


def documents_on_file(session: Session, placement_id: str) -> dict[str, date | None] | None:
    """The placement's checklist (item -> done_on, live rows, pending changes of this session included), or None
    when the centre does not follow the placement (no preparation row and no document row)."""
    with session.no_autoflush:
        rows = {d.id: d for d in session.scalars(select(Document).where(
            Document.placement_id == placement_id, Document.deleted_at.is_(None)))}
        prepared = session.scalar(select(Preparation.id).where(
            Preparation.placement_id == placement_id, Preparation.deleted_at.is_(None)).limit(1))
    pending = [o for o in (*session.new, *session.dirty) if isinstance(o, (Document, Preparation))
               and o.placement_id == placement_id]
    for obj in pending:
        if isinstance(obj, Document):
            if obj.deleted_at is None:
                rows[obj.id or id(obj)] = obj
            else:
                rows.pop(obj.id, None)
        elif obj.deleted_at is None:
            prepared = prepared or "pending"
    if not rows and prepared is None:
        return None
    return {d.item: d.done_on for d in rows.values()}


@event.listens_for(Session, "before_flush")
def _check_departures(session: Session, _flush_context: Any, _instances: Any) -> None:
    for obj in list(session.dirty):
        if not isinstance(obj, Placement) or obj.deleted_at is not None or not _newly_departed(session, obj):
            continue
        done_on = documents_on_file(session, obj.id)
        if done_on is None:
            continue
        raise_if_errors(departure_issues(done_on, obj.departed_on, obj.route, obj.departure_note or ""))


# ---- files of deleted scans ------------------------------------------------------------------------------

@event.listens_for(Session, "before_flush")
def _note_gone_scans(session: Session, _flush_context: Any, _instances: Any) -> None:
    gone = [o for o in session.deleted if isinstance(o, Scan)]
    for obj in session.dirty:
        if isinstance(obj, Scan) and obj.deleted_at is not None:
            history = inspect(obj).attrs.deleted_at.history
            if history.added:
                gone.append(obj)
    if gone:
        session.info.setdefault(GONE_SCANS, set()).update((o.sha256, o.suffix) for o in gone)


@event.listens_for(Session, "after_commit")
def _remove_gone_files(session: Session) -> None:
    files = session.info.pop(GONE_SCANS, None)
    if files:
        bind = session.get_bind()
        scan_store.remove_unused(getattr(bind, "engine", bind), files)


@event.listens_for(Session, "after_rollback")
def _forget_gone_files(session: Session) -> None:
    session.info.pop(GONE_SCANS, None)
