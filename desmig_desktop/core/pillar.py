"""The descriptor every area of the program fills in, so that the shell, the recap, the CLI and the demo
are built from one list (`desmig_desktop.app.PILLARS`) instead of being edited for each new pillar.

A descriptor names its parts by reference (`"package.module:attribute"`), not by import: registering the
pillars at start-up costs nothing, and a page, a report writer or the demo is imported the first time it is
used. `load()` resolves a reference.

The contracts each reference must meet:

- `Page.factory(env) -> QWidget`: `env` is the shell's `PageEnv` (context, village, change bus, navigation,
  the person actions of every pillar).
- `Pillar.person_activity(ctx, person_id) -> ActivitySection`: screen code (it returns table models); the
  shell's "Kegiatan" dialog shows the sections of every pillar, in pillar order.
- `RecapParts.build(ctx, period) -> section | None`: a use case; the section is a frozen dataclass.
  `RecapParts.build_many(ctx, period) -> dict[village_id, section]` (optional): the same section for every village
  the context reads — a district context scoped to a batch of villages, or a village file (one village, keyed by
  `scope_key`); a village without the section has no key. A pillar that has it makes `build` the thin
  `own_section(build_many(ctx, period), ctx)`, so a village's own recap and the district's come from one code.
  `RecapParts.xlsx(sheet, section, data)` and `RecapParts.pdf(kit, section, data) -> flowables` render it and
  never query. `RecapParts.district(section | None) -> tuple[DistrictFigure, ...]`: the area's summary columns of
  a village in the district recap (one row per village); always the same codes in the same order, zeros when the
  village has no such section (None), so that every village's row has the same columns.
- `Pillar.person_actions`: `PersonAction.run(env, person_id, parent)` opens the area's dialog for the person
  selected on the "Penduduk" page (the shell hands every pillar's actions to that page through `PageEnv`).
- `Pillar.cli(commands)`: adds the area's subcommands through `core.commands.Commands`.
- `Pillar.deleted(session) -> list[DeletedItem]`: the records of the area the officer deleted (found with
  `core.records.deleted_roots`), each worded, for the shell's "Terhapus" view, which restores them with
  `core.records.restore_record`, which then runs every area's `Pillar.restored(session, table, record_id)` in
  the same unit of work (the registry recomputes the statuses the restored rows decide).
- `Pillar.demo(session, ctx, seed) -> summary | None`: fills the demo village inside the one unit of work of
  `build_demo` (earlier pillars in the list have already written theirs).
- `Pillar.home`: references to `tiles(ctx) -> Sequence[Tile]`, the area's part of the home page (Beranda). It
  runs on a worker thread (it calls the area's use cases and returns plain data, no widget); the shell's home
  page draws the tiles, in pillar order, and runs a figure's `open(env)` or a chart's `open(env, series, bar)`
  on the GUI thread when the officer clicks it (it shows the list behind the number, filtered). A tile is read
  again when one of its change kinds is announced on the change bus.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple


def load(ref: str) -> Any:
    """`"package.module:attr"` -> the attribute (importing the module on first use)."""
    module, _sep, attr = ref.partition(":")
    obj: Any = importlib.import_module(module)
    for part in attr.split(".") if attr else ():
        obj = getattr(obj, part)
    return obj


@dataclass(frozen=True)
class Page:
    key: str
    title: str  # an N_() text, translated where it is shown
    icon: str  # a qtawesome icon name
    factory: str


@dataclass(frozen=True)
class PersonAction:
    """An action an area offers on one person of the "Penduduk" page (a button of the person's panel and a line
    of its context menu): `run(env, person_id, parent)` opens the area's dialog on the GUI thread."""

    key: str
    label: str  # a QT_TRANSLATE_NOOP("Pillar", ...) text, translated where it is shown
    icon: str  # a qtawesome icon name
    run: str


@dataclass(frozen=True)
class RecapParts:
    title: str  # an N_() text: the heading the section carries in both documents
    build: str
    xlsx: str
    pdf: str
    district: str | None = None  # (section | None) -> tuple[DistrictFigure, ...]: the district recap's columns
    build_many: str | None = None  # (ctx, period) -> dict[village_id, section]: every village of the context


def scope_key(ctx: Any) -> Callable[[str], str]:
    """How a row's `village_id` becomes the key of a `build_many` result: itself on a context scoped to villages
    of a district database; on a village file (no scope) every row is the file's one village, keyed by the
    context's `village_id` ("" when the context does not know it), whatever id its rows carry."""
    if ctx.scope_village_id is not None:
        return lambda village_id: village_id
    own = ctx.village_id or ""
    return lambda _village_id: own


def own_section(found: dict[str, Any], ctx: Any) -> Any:
    """The section of the context's own village in a `build_many` result (None when it has none)."""
    scope = ctx.scope_village_id
    if scope is None:
        return found.get(ctx.village_id or "")
    if isinstance(scope, str):
        return found.get(scope)
    raise ValueError("one village's section asked of a context scoped to several villages: use build_many")


class DistrictFigure(NamedTuple):
    """One summary column of a village in the district recap: an indicator code (`production.sales_total`), its
    heading (an N_() text, translated where it is shown), the village's integer, whether it is Rupiah, and, for
    an indicator split in several columns, the category code (`aktif`) and the sex (`L`/`P`) of this one — the
    same codes as the long-format recap (indicator, category, sex, value)."""

    code: str
    label: str
    value: int
    money: bool = False
    category: str = ""
    sex: str = ""


@dataclass(frozen=True)
class Figure:
    """One number on a home tile. `label` is already in the language of the moment; `key` is a stable code
    (tests, styling); `open(env)` shows the list behind the number; `tone` "warn" marks what needs doing."""

    key: str
    label: str
    value: int | None  # None: a line of text that opens something (a group whose share-out is due)
    open: Callable[[Any], None] | None = None
    tone: str = ""
    money: bool = False


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class Chart:
    """Bars by category (months, countries…), one colour per series. `open(env, series, bar)`
    shows the list behind a bar (indexes into `series` and `categories`)."""

    categories: tuple[str, ...]
    series: tuple[Series, ...]
    open: Callable[[Any, int, int], None] | None = None
    money: bool = False
    horizontal: bool = False  # long category names (countries) read better as rows
    stacked: bool = False  # the series' bars one on the other (parts of a total), not side by side


def month_label(first: Any, always_year: bool = False) -> str:
    """A month under a bar: `Feb`; `Jan 26` (and any month with `always_year`, e.g. the first bar): the
    month's name in the language of the moment cut to three letters (Mei, Agu, Okt, Des / May, Aug…)."""
    from desmig_desktop.core.formatting import month_year

    name = month_year(first)[:3]
    return f"{name} {first:%y}" if always_year or first.month == 1 else name


@dataclass(frozen=True)
class Tile:
    """A panel of the home page: a title, a few figures and/or one chart, and an empty-state note."""

    key: str
    title: str
    figures: tuple[Figure, ...] = ()
    chart: Chart | None = None
    note: str = ""
    kinds: frozenset[str] = frozenset()  # change-bus kinds that make it stale (empty: any change)
    wide: bool = False  # spans two columns of the grid


@dataclass(frozen=True)
class Pillar:
    key: str
    title: str  # an N_() text: the program's name of the area, in Indonesian
    icon: str
    models: tuple[str, ...] = ()  # modules whose import registers the area's tables
    pages: tuple[Page, ...] = ()
    person_activity: str | None = None
    recap: RecapParts | None = None
    cli: str | None = None
    demo: str | None = None
    uses: tuple[str, ...] = ()  # keys of the areas this one builds on (they come earlier in the list)
    home: tuple[str, ...] = ()  # `tiles(ctx) -> Sequence[Tile]` references: the area's part of Beranda
    deleted: str | None = None  # "module:attr" -> (session) -> list[core.records.DeletedItem]: the "Terhapus" view
    restored: str | None = None  # "module:attr" -> (session, table, record_id) -> None, after any restore
    person_actions: tuple[PersonAction, ...] = ()  # what the area does from a person's page

    def load_models(self) -> None:
        for module in self.models:
            importlib.import_module(module)

    def tables(self) -> list[str]:
        """The names of the tables this area owns."""
        # Imported here: registering the pillars at start-up must not import SQLAlchemy.
        from desmig_desktop.core.db.base import Base

        self.load_models()
        return sorted(t.name for mapper in Base.registry.mappers for t in mapper.tables
                      if mapper.class_.__module__ in self.models)


def check_order(pillars: Sequence[Pillar]) -> None:
    """Every area comes after the areas it uses, and keys are unique (a wrong list fails at start-up)."""
    seen: set[str] = set()
    for p in pillars:
        if p.key in seen:
            raise ValueError(f"pillar {p.key!r} is listed twice")
        missing = [u for u in p.uses if u not in seen]
        if missing:
            raise ValueError(f"pillar {p.key!r} uses {missing} which must come before it")
        seen.add(p.key)


def load_all_models(pillars: Sequence[Pillar]) -> None:
    """Import every area's models, so that `Base.metadata` knows all tables (alembic, tests, merge)."""
    importlib.import_module("desmig_desktop.core.audit")
    importlib.import_module("desmig_desktop.core.ledger.models")
    for p in pillars:
        p.load_models()


def build_demo(ctx: Any, pillars: Sequence[Pillar], seed: int = 2017) -> list[Any]:
    """The demo village: every pillar's demo builder, in list order, in one unit of work (all or nothing)."""
    builders = [(p.key, load(p.demo)) for p in pillars if p.demo]
    results: list[Any] = []
    with ctx.unit_of_work() as session:
        for _key, builder in builders:
            results.append(builder(session, ctx, seed))
    return results
