"""A pillar that exists only in the tests: one module, registered by adding it to the list, to show that a
new area plugs into the navigation, the person's Kegiatan, the recap, the CLI and the demo without editing
the shell, the recap or the parser."""

from __future__ import annotations

from desmig_desktop.core.commands import EXIT_OK, open_context
from desmig_desktop.core.pillar import Page, Pillar, RecapParts

TITLE = "Pilar contoh"
SECTION_TITLE = "Bagian contoh"

PILLAR = Pillar(
    key="sample",
    title=TITLE,
    icon="fa5s.flask",
    pages=(Page("sample", TITLE, "fa5s.flask", "tests.sample_pillar:make_page"),),
    person_activity="tests.sample_pillar:activity_section",
    recap=RecapParts(SECTION_TITLE, "tests.sample_pillar:build_section", "tests.sample_pillar:write_xlsx",
                     "tests.sample_pillar:write_pdf"),
    cli="tests.sample_pillar:register",
    demo="tests.sample_pillar:build_demo",
    home=("tests.sample_pillar:home_tiles",),
    uses=("registry",),
)
DEMO_CALLS: list[str] = []


def make_page(env):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    return QLabel(f"Halaman contoh: desa {env.village.name}", env.parent)


def activity_section(ctx, person_id):  # type: ignore[no-untyped-def]
    from desmig_desktop.ui.activity import ActivitySection, ActivityTab
    from desmig_desktop.ui.lists import Column

    return ActivitySection("", "Contoh: satu baris.", (
        ActivityTab("sample", "Contoh", [person_id], (Column("Id", lambda r: r),), (200,), "Kosong."),))


def build_section(ctx, period):  # type: ignore[no-untyped-def]
    return (("Baris contoh", 42),)


def write_xlsx(sheet, section, data, include_nik=False):  # type: ignore[no-untyped-def]
    sheet.table(SECTION_TITLE, ["Uraian", "Jumlah"], section)


def write_pdf(kit, section, data, include_nik=False):  # type: ignore[no-untyped-def]
    return kit.table(SECTION_TITLE, ["Uraian", "Jumlah"], section, numeric=(1,))


def register(commands):  # type: ignore[no-untyped-def]
    def count(args):  # type: ignore[no-untyped-def]
        from desmig_desktop.registry.services.search import PersonQuery, count_persons

        print(f"contoh: {count_persons(open_context(args), PersonQuery())} orang")
        return EXIT_OK

    commands.add(commands.group("sample", "pilar contoh"), "count", count, "hitung penduduk")


def build_demo(session, ctx, seed):  # type: ignore[no-untyped-def]
    DEMO_CALLS.append(ctx.officer)
    return None


HOME_OPENED: list[str] = []


def home_tiles(ctx):  # type: ignore[no-untyped-def]
    from desmig_desktop.core.pillar import Figure, Tile
    from desmig_desktop.registry.services.search import PersonQuery, count_persons

    n = count_persons(ctx, PersonQuery())
    return [Tile("sample.tile", "Ubin contoh", (Figure("sample:people", "Penduduk (contoh)", n,
                                                         lambda env: HOME_OPENED.append(env.village.name)),))]
