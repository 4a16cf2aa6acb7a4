"""Simpan pinjam's descriptor: its pages, its part of a person's page, recap section, commands, demo, tiles."""

from __future__ import annotations

from desmig_desktop.core.i18n import QT_TRANSLATE_NOOP
from desmig_desktop.core.pillar import Page, Pillar

PILLAR = Pillar(
    key="savings",
    title=QT_TRANSLATE_NOOP("Pillar", "Simpan Pinjam"),
    icon="fa5s.piggy-bank",
    models=("desmig_desktop.savings.models",),
    pages=(Page("funds", QT_TRANSLATE_NOOP("Pillar", "Simpan Pinjam"), "fa5s.piggy-bank",
                "desmig_desktop.savings.ui.page:make_page"),),
    cli="desmig_desktop.savings.cli:register",
    uses=("registry", "production"),
)
