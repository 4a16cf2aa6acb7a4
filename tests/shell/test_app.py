"""The composition root and the pages around the person list: launch, first run, families, settings."""

from __future__ import annotations

import json

from sqlalchemy import select

from desmig_desktop.app import PILLARS, ask_officer_once, main
from desmig_desktop.core.audit import AuditEntry
from desmig_desktop.core.config import Settings, load_settings, settings_path
from desmig_desktop.registry.services.village import get_village
from desmig_desktop.registry.ui.household_page import HouseholdPage
from desmig_desktop.shell.first_run import CREATED, FirstRunDialog, OfficerDialog
from desmig_desktop.shell.main_window import MainWindow
from desmig_desktop.shell.settings_page import SettingsPage
from tests.conftest import KK1


def test_launch_reports_when_shown_and_quits(qtbot, ctx, people, db_path, capsys, monkeypatch):
    monkeypatch.setenv("DESMIG_BENCH_EXIT_ON_SHOWN", "1")
    assert main(["--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("shown_after_s=")
    assert 0 < float(out.split("=")[1]) < 60


def test_first_run_creates_the_village(qtbot, ctx):
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code, "33.07.09.201")
    assert dialog.boxes["village_code"].text().startswith("Kode desa Kemendagri harus 10 angka")
    dialog.create()
    assert dialog.boxes["village_name"].text() == "Nama desa wajib diisi."
    assert dialog.boxes["officer"].text().startswith("Nama petugas wajib diisi: tulis nama Anda")
    assert get_village(ctx) is None
    qtbot.keyClicks(dialog.officer, "  Rina  Wulandari ")
    qtbot.keyClicks(dialog.code, "1")
    qtbot.keyClicks(dialog.name, "Kuripan")
    qtbot.keyClicks(dialog.head, "Bapak Kades")
    dialog.dusuns.setPlainText("Kuripan\nSigaluh\n\nkuripan\n")
    dialog.create()
    assert dialog.choice == CREATED and dialog.result() == 1
    v = get_village(ctx)
    assert (v.code, v.name, v.head_name, [d.name for d in v.dusuns]) == ("3307092011", "Kuripan", "Bapak Kades",
                                                                          ["Kuripan", "Sigaluh"])
    assert load_settings().officer_name == "Rina Wulandari" and ctx.officer == "Rina Wulandari"
    with ctx.reader() as s:  # the village itself was created in the officer's name
        assert s.scalars(select(AuditEntry.officer).where(AuditEntry.table_name == "village")).all() == ["Rina Wulandari"]


def test_an_install_without_an_officer_name_is_asked_once(qtbot, ctx, village):
    assert not load_settings().officer_known
    dialog = OfficerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert dialog.box.text().startswith("Nama petugas wajib diisi") and dialog.result() == 0
    qtbot.keyClicks(dialog.officer, "Rina")
    dialog.save_button.click()
    assert dialog.result() == 1 and load_settings().officer_name == "Rina" and ctx.officer == "Rina"
    assert ask_officer_once(ctx, load_settings()).officer_name == "Rina"  # known now: not asked again


def test_the_demo_opens_without_asking_the_officers_name(ctx):
    from desmig_desktop.app import officer_question_due
    from desmig_desktop.core.config import Settings

    assert officer_question_due(Settings(), demo=False)
    assert not officer_question_due(Settings(), demo=True)  # README's first command: straight to the demo
    assert not officer_question_due(Settings(officer_name="Rina"), demo=False)


def test_show_family_opens_the_household_page(qtbot, ctx, people, village):
    window = MainWindow(ctx, Settings(), village, PILLARS)
    qtbot.addWidget(window)
    page = window.person_page
    page.search.setText("Sularmi")
    page.apply_filters()
    page.table.selectRow(0)
    page.household_button.click()
    households = window.page("households")
    assert window.stack.currentWidget() is households
    assert households.fields["no_kk"].text() == KK1
    assert households.fields["head"].text() == "Slamet Riyadi"
    members = [households.members.item(r, 0).text() for r in range(households.members.rowCount())]
    assert members == ["Slamet Riyadi", "Sularmi", "Dwi Lestari"]
    assert households.members.item(1, 5).text() == "PMI aktif"
    window.person_page.model.shutdown()


def test_household_search_by_member_name(qtbot, ctx, people, village, changes):
    page = HouseholdPage(ctx, village, changes)
    qtbot.addWidget(page)
    page.search.setText("joko")
    page.apply_filters()
    assert page.model.rowCount() == 1  # the one family left is shown at once
    assert page.fields["rw_rt"].text() == "03/04"
    assert page.title.text() == "Keluarga Joko Susilo"


def test_settings_save_officer_and_kepala_desa(qtbot, ctx, village, changes):
    seen = []
    changes.changed.connect(seen.append)
    page = SettingsPage(ctx, Settings(), village, changes)
    qtbot.addWidget(page)
    page.officer.setText("  Rina   Petugas ")
    page.language.setCurrentIndex(page.language.findData("en"))
    page.save_settings()
    assert load_settings().officer_name == "Rina Petugas" and load_settings().language == "en"
    assert json.loads(settings_path().read_text(encoding="utf-8"))["language"] == "en"
    assert ctx.officer == "Rina Petugas"
    assert "Buka ulang aplikasi" in page.settings_message.text()
    page.head.setText("Ibu Kades Baru")
    page.save_village()
    assert get_village(ctx).head_name == "Ibu Kades Baru"
    assert seen == [frozenset({"settings"}), frozenset({"village"})]
