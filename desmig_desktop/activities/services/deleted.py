"""The activities' part of the "Terhapus" view (`Pillar.deleted`): the trainings and promotion events the officer
deleted, each worded so that it can be recognised ("Pelatihan pengolahan salak · 10 Feb 2017")."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desmig_desktop.activities import rules as ar
from desmig_desktop.activities.models import PromoEvent, Training
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import N_, label
from desmig_desktop.core.records import DeletedItem, deleted_items_of

MODELS = {"training": Training, "promo_event": PromoEvent}
KINDS = {"training": N_("Pelatihan"), "promo_event": N_("Pameran/bazar")}


def title(table: str, obj) -> str:  # type: ignore[no-untyped-def]
    if table == "training":
        return " · ".join(x for x in (obj.title, short_date(obj.start_on), obj.place) if x)
    return " · ".join(x for x in (obj.name, label(ar.EVENT_KINDS, obj.kind), short_date(obj.start_on), obj.place) if x)


def deleted_items(session: Session) -> list[DeletedItem]:
    """`Pillar.deleted` of the activities: trainings and promotion events deleted by hand, newest first."""
    return deleted_items_of(session, MODELS, KINDS, title)
