"""What a pillar's page is given by the shell (`PageEnv`), and the actions every pillar may add to a person."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Sequence

from PySide6.QtWidgets import QWidget

from desmig_desktop.ui.changes import Changes

if TYPE_CHECKING:  # the Kegiatan dialog's module (forms, tables) is imported when the dialog first opens
    from desmig_desktop.core.pillar import PersonAction
    from desmig_desktop.ui.activity import ActivitySource


@dataclass
class PageEnv:
    """Handed to every page factory: the open village and the shell's services, never a global."""

    ctx: Any
    village: Any  # VillageDTO
    changes: Changes
    parent: QWidget
    settings: Any = None
    activity_sources: Sequence[ActivitySource] = field(default_factory=tuple)
    open_household: Callable[[str], None] = lambda _household_id: None
    message: Callable[[str], None] = lambda _text: None
    # Shows the page of that key (built on first use) and returns it: the home page's figures open the list
    # behind them this way (e.g. `env.open_page("persons").apply_filter(...)`).
    open_page: Callable[[str], Any] = lambda _key: None
    # What every pillar does from a person's page (core.pillar.PersonAction, pillar order): the "Penduduk" page
    # shows them for the selected person and runs `load(action.run)(env, person_id, page)`.
    person_actions: Sequence[PersonAction] = field(default_factory=tuple)
