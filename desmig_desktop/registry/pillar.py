"""The registry's descriptor: its pages, commands, demo and tables (see core.pillar)."""

from __future__ import annotations

from desmig_desktop.core.i18n import QT_TRANSLATE_NOOP
from desmig_desktop.core.pillar import Page, Pillar

PILLAR = Pillar(
    key="registry",
    title=QT_TRANSLATE_NOOP("Pillar", "Registri desa"),
    icon="fa5s.users",
    models=("desmig_desktop.registry.models",),
    pages=(
        Page("persons", QT_TRANSLATE_NOOP("Pillar", "Penduduk"), "fa5s.users", "desmig_desktop.registry.ui.person_page:make_page"),
        Page("households", QT_TRANSLATE_NOOP("Pillar", "Keluarga"), "fa5s.home", "desmig_desktop.registry.ui.household_page:make_page"),
    ),
    cli="desmig_desktop.registry.cli:register",
    demo="desmig_desktop.registry.demo:build_demo_registry",
    home=("desmig_desktop.registry.home:home_tiles",),
    deleted="desmig_desktop.registry.services.deleted:deleted_items",
    restored="desmig_desktop.registry.services.life_events:after_restore",
)
