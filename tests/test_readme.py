"""The README's promises are the product's: its two set-up commands, the CLI table, the exit codes and the
demo village's figures are read from the README and checked here, so the README cannot drift."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from desmig_desktop.app import PILLARS
from desmig_desktop.cli import build_parser
from desmig_desktop.core.commands import EXIT_INVALID, EXIT_OK, EXIT_USAGE

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_opens_with_the_two_setup_commands_and_ci_runs_the_second():
    block = re.search(r"```bash\n(.*?)```", README, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["bash .ci/setup && .venv/bin/desmig-desktop --demo",
                        "bash .ci/setup --test && .venv/bin/python -m pytest"]
    assert README.lstrip().startswith("# Desmig Desktop\n\n```bash")
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")



def test_every_command_of_the_table_exists_with_its_options():
    parser = build_parser(PILLARS)
    table = re.findall(r"^\| `desmig ([^`]*)` \|", README, re.M)
    assert len(table) >= 8
    for row in table:
        words = row.split()
        path = [w for w in words[:3] if re.fullmatch(r"[a-z][a-z0-9-]*", w)]
        options = set(re.findall(r"--[a-z][a-z-]*", row))
        sub = parser
        for name in path:
            actions = [a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction"]
            assert actions and name in actions[0].choices, f"desmig {' '.join(path)}"
            sub = actions[0].choices[name]
        known = {opt for action in sub._actions for opt in action.option_strings}
        assert options <= known, f"desmig {' '.join(path)}: {sorted(options - known)}"


def test_the_district_walkthrough_commands_are_real_commands():
    """Every `desmig …` line of "At Disnaker" parses with the real parser (its options and arguments exist)."""
    section = README[README.index("## At Disnaker"):README.index("## The demo village")]
    lines = [line.split("  #")[0].strip() for block in re.findall(r"```bash\n(.*?)```", section, re.S)
             for line in block.splitlines() if line.startswith("desmig ")]
    assert len(lines) == 5
    parser = build_parser(PILLARS)
    for line in lines:
        args = parser.parse_args(line.split()[1:])
        assert args.func is not None, line
    assert "postgresql+psycopg://" in section and "sudo apt-get install -y postgresql" in section


def test_the_exit_codes_are_the_ones_the_readme_promises():
    assert "**0** success, **2** usage error, **3** invalid input" in README
    assert (EXIT_OK, EXIT_USAGE, EXIT_INVALID) == (0, 2, 3)


@pytest.mark.slow
def test_the_demo_village_has_the_figures_the_readme_gives(tmp_path, demo_build):
    from sqlalchemy import select

    from desmig_desktop.core.context import ServiceContext
    from desmig_desktop.core.periods import parse_period
    from desmig_desktop.recap.dataset import build_recap
    from desmig_desktop.registry.models import LifeEvent, Person
    from desmig_desktop.registry.status import in_village

    section = README[README.index("## The demo village"):README.index("## For developers")]
    text = " ".join(section.split())
    then_text = text[text.index("December 2017"):text.index("Today")]
    today_text = text[text.index("Today"):text.index("production groups")]
    head = text[:text.index("December 2017")]

    def figures(part: str) -> dict[str, int]:
        return {key: int(value.replace(",", "")) for value, key in re.findall(
            r"(\d[\d,]*) ?(dusun|RW|RT|KK|people|PMI aktif|PMI purna|calon|%)", part)}

    from tests.conftest import demo_copy

    summary = demo_build.summary  # what create_demo_village returned for the session's demo (conftest)
    ctx = ServiceContext.open(demo_copy(demo_build.path, tmp_path / "demo.db"))
    ctx.today_override = date(2026, 11, 23)
    try:
        recaps = [build_recap(ctx, parse_period(p), PILLARS) for p in ("2017-12", "2017")]
        with ctx.reader() as s:
            events: dict[str, list] = {}
            for e in s.scalars(select(LifeEvent).where(LifeEvent.deleted_at.is_(None))):
                events.setdefault(e.person_id, []).append(e)
            homes_then = {p.household_id for p in s.scalars(select(Person).where(Person.deleted_at.is_(None)))
                          if in_village(events.get(p.id, []), p.birth_date, date(2017, 12, 31))}
    finally:
        ctx.close()
    assert figures(head) == {"dusun": summary.dusun, "RW": summary.rw, "RT": summary.rt}
    for recap in recaps:
        informal = next(r.total for r in recap.by_sector if r.key == "informal")
        then = figures(then_text)
        share = then.pop("%")
        assert then == {"PMI aktif": recap.status_total("aktif"), "PMI purna": recap.status_total("purna"),
                        "calon": recap.status_total("calon"), "KK": len(homes_then), "people": recap.registered.total}
        assert abs(100 * informal / recap.status_total("aktif") - share) <= 2  # "about 86%"
    assert figures(today_text) == {"PMI aktif": summary.pmi_aktif, "PMI purna": summary.pmi_purna,
                                   "calon": summary.calon_pmi, "KK": summary.households, "people": summary.persons}
    groups = dict((name, int(n)) for name, n in re.findall(r"(salak|daging|singkong|batik) (\d+)", text))
    assert groups == {"salak": 13, "daging": 11, "singkong": 13, "batik": 13}


def test_the_shortcuts_the_readme_names_are_the_apps(qtbot, ctx, people, village):
    from desmig_desktop.app import PILLARS
    from desmig_desktop.core.config import Settings
    from desmig_desktop.shell.menus import collect_shortcuts
    from desmig_desktop.shell.main_window import MainWindow

    using = README.split("## Using it", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`((?:Ctrl\+[^`]+)|F1|Del)`", using))
    assert named >= {"Ctrl+/", "F1", "Ctrl+Shift+Del", "Del"}
    window = MainWindow(ctx, Settings(), village, PILLARS)
    qtbot.addWidget(window)
    keys = {s.keys for s in collect_shortcuts(window)} | {"Del"}  # Del: every list's delete key (tested per list)
    assert named <= keys
    window.person_page.model.shutdown()


def test_the_demo_funds_are_as_the_readme_says(tmp_path, demo_file):
    """README's simpan pinjam paragraph: members, loans per status on the demo's last day, the longest arrears,
    the closed years — read from the demo through the same commands it names."""
    from desmig_desktop.core.context import ServiceContext
    from desmig_desktop.savings.services.funds import all_fund_summaries, list_funds
    from desmig_desktop.savings.services.loans import list_loans

    from tests.conftest import demo_copy

    section = README[README.index("## The demo village"):README.index("## For developers")]
    text = " ".join(section[section.index("- Simpan pinjam"):].split())
    numbers = dict((key, int(value)) for value, key in re.findall(
        r"(\d+) (members|loans|paid off|current|in arrears|days overdue|paused)", text))
    ctx = ServiceContext.open(demo_copy(demo_file, tmp_path / "demo.db"))
    ctx.today_override = date(2026, 11, 23)
    try:
        day = date(2026, 10, 31)
        assert "On 31 October 2026" in text and "--as-of 2026-10-31" in text
        loans = list_loans(ctx, as_of=day)
        statuses = [r.status for r in loans]
        summaries = all_fund_summaries(ctx, as_of=day)
        funds = list_funds(ctx)
    finally:
        ctx.close()
    assert numbers == {"members": sum(s.members for s in summaries), "loans": len(loans),
                       "paid off": statuses.count("lunas"), "current": statuses.count("lancar"),
                       "in arrears": statuses.count("menunggak"), "paused": statuses.count("dihentikan"),
                       "days overdue": max(r.days_past_due for r in loans if r.status == "menunggak")}
    assert len(funds) == 4 and "four groups" in text and "2% a month" in text and "3-month loans" in text
    assert {f.fee_bp for f in funds} == {200} and {r.term_months for r in loans} == {3}
    assert all(f.closed_years == tuple(range(2017, 2026)) for f in funds) and "2017–2025 are closed" in text
    assert all(f.opened_on.year == 2017 and f.opened_on.month == 2 for f in funds) and "February 2017" in text


def test_the_demo_service_centre_is_as_the_readme_says(tmp_path, demo_file, capsys):
    """README's Pusat Layanan Migrasi paragraph: visits, AK-1 by status and due, calon with every paper and at
    risk, complaints by status, lost contact and vacancies of the demo built on 23 November 2026 — read through
    the services and the commands it names."""
    import json

    from desmig_desktop.app import cli_main
    from desmig_desktop.core.context import ServiceContext
    from desmig_desktop.service_centre.services import ak1, complaints, contact, documents, vacancies, visits

    from tests.conftest import demo_copy

    section = README[README.index("## The demo village"):README.index("## For developers")]
    text = " ".join(section[section.index("- Pusat Layanan Migrasi"):].split("\n- ")[0].split())
    assert "Built on 23 November 2026" in text
    words = r"visits|of them outsiders|draft|lengkap|diserahkan|terbit|ditolak|AK-1 applications|cards due|" \
            r"calon PMI|with every paper|at risk|complaints|baru|ditindaklanjuti|dirujuk|selesai|" \
            r"lost-contact cases|vacancies|still open"
    numbers = dict((key, int(value)) for value, key in re.findall(rf"(\d+) ({words})", text))
    path = demo_copy(demo_file, tmp_path / "demo.db")
    ctx = ServiceContext.open(path)
    ctx.today_override = day = date(2026, 11, 23)
    try:
        seen = visits.list_visits(ctx, end=day)
        applications = [a.status for a in ak1.list_ak1(ctx, day=day)]
        calon = documents.calon_list(ctx, day=day)
        filed = [c.status for c in complaints.list_complaints(ctx, day=day)]
        found = {
            "visits": len(seen), "of them outsiders": sum(not v.registered for v in seen),
            "AK-1 applications": len(applications), "cards due": len(ak1.due_cards(ctx, day=day)),
            "calon PMI": len(calon), "with every paper": sum(c.readiness.complete for c in calon),
            "at risk": sum(bool(c.risks) for c in calon), "complaints": len(filed),
            "lost-contact cases": len(contact.lost_contact_register(ctx, day=day)),
            "vacancies": len(vacancies.list_vacancies(ctx, day=day)),
            "still open": len(vacancies.list_vacancies(ctx, open_only=True, day=day)),
        }
        found.update({status: applications.count(status) for status in ("draft", "lengkap", "diserahkan", "terbit",
                                                                        "ditolak")})
        found.update({status: filed.count(status) for status in ("baru", "ditindaklanjuti", "dirujuk", "selesai")})
    finally:
        ctx.close()
    assert numbers == found
    for command, key, count in (("calon at-risk", "calon", numbers["at risk"]), ("ak1 due", "cards", numbers["cards due"]),
                                ("complaints list", "complaints", numbers["complaints"])):
        assert f"`desmig {command}`" in text
        assert cli_main(["--db", str(path), *command.split(), "--json", "--as-of", "2026-11-23"]) == EXIT_OK
        assert len(json.loads(capsys.readouterr().out)[key]) == count
