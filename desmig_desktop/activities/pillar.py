"""The activities' descriptor: their tables (the screens that record them belong to the pillars that use them)."""

from __future__ import annotations

from desmig_desktop.core.i18n import QT_TRANSLATE_NOOP
from desmig_desktop.core.pillar import Pillar

PILLAR = Pillar(
    key="activities",
    title=QT_TRANSLATE_NOOP("Pillar", "Kegiatan pemberdayaan"),
    icon="fa5s.chalkboard-teacher",
    models=("desmig_desktop.activities.models",),
    deleted="desmig_desktop.activities.services.deleted:deleted_items",
    uses=("registry",),
)
