"""Pengaturan: the officer's name, the language in use, the village profile, its dusun and RT."""

from __future__ import annotations

import json

from sqlalchemy import select

from desmig_desktop.core import i18n
from desmig_desktop.core.audit import AuditEntry
from desmig_desktop.core.config import Settings, load_settings
from desmig_desktop.registry.services.village import get_village
from desmig_desktop.shell.settings_page import SettingsPage
from desmig_desktop.ui.feedback import messages_shown


def last_audit(ctx, table: str) -> AuditEntry:  # type: ignore[no-untyped-def]
    with ctx.reader() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.table_name == table).order_by(AuditEntry.at.desc())).first()


def page_for(qtbot, ctx, village, changes, settings: Settings | None = None) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = SettingsPage(ctx, settings or Settings(officer_name="Siti Petugas"), village, changes)
    qtbot.addWidget(page)
    page.show()  # the messages show inside the window the officer looks at
    return page


def test_village_name_and_dusun_edited_with_the_officer_in_the_audit_trail(qtbot, ctx, village, changes):
    page = page_for(qtbot, ctx, village, changes)
    page.officer.setText("Rina Wulandari")
    page.save_settings()
    name = page.profile.fields["name"]
    name.clear()
    qtbot.keyClicks(name, "Kuripan Lor")
    page.profile.save_button.click()
    assert get_village(ctx).name == "Kuripan Lor"
    entry = last_audit(ctx, "village")
    assert entry.officer == "Rina Wulandari" and json.loads(entry.changes)["name"] == ["Kuripan", "Kuripan Lor"]
    assert "Profil desa Kuripan Lor tersimpan." in messages_shown(page)

    page.dusuns.dusun_list.setCurrentRow(1)  # Sigaluh
    page.dusuns.rename_dusun("Sigaluh Wetan")
    assert [d.name for d in get_village(ctx).dusuns] == ["Kuripan", "Sigaluh Wetan"]
    assert last_audit(ctx, "dusun").officer == "Rina Wulandari"
    assert page.dusuns.dusun_list.currentItem().text() == "Sigaluh Wetan — 0 RW, 0 RT"
    page.dusuns.rw_spin.setValue(3)
    page.dusuns.rt_spin.setValue(4)
    page.dusuns.add_rt_button.click()
    assert [page.dusuns.rt_list.item(i).text() for i in range(page.dusuns.rt_list.count())] == ["RW 03 / RT 04"]
    page.dusuns.add_dusun("Gunung Tugel")
    assert page.dusuns.selected().name == "Gunung Tugel"
    page.dusuns.delete_dusun(ask=False)
    assert [d.name for d in get_village(ctx).dusuns] == ["Kuripan", "Sigaluh Wetan"]
    assert "Dusun Gunung Tugel dihapus." in messages_shown(page)


def test_bad_profile_input_is_refused_under_its_field(qtbot, ctx, village, changes):
    page = page_for(qtbot, ctx, village, changes)
    page.profile.fields["code"].setText("33.07.09.201")
    page.profile.fields["name"].setText("  ")
    page.profile.save()
    assert page.profile.boxes["code"].text().startswith("Kode desa Kemendagri harus 10 angka")
    assert page.profile.boxes["name"].text() == "Nama desa wajib diisi."
    assert get_village(ctx).name == "Kuripan"


def test_a_dusun_with_people_is_not_deleted_and_says_why(qtbot, ctx, people, village, changes):
    page = page_for(qtbot, ctx, village, changes)
    page.dusuns.dusun_list.setCurrentRow(0)  # Kuripan: Slamet Riyadi's family
    page.dusuns.delete_dusun(ask=False)
    assert page.dusuns.message.text().startswith("Dusun Kuripan tidak bisa dihapus: masih ada 1 KK (3 orang)")
    assert [d.name for d in get_village(ctx).dusuns] == ["Kuripan", "Sigaluh"]


def test_settings_show_the_language_in_use(qtbot, ctx, village, changes):
    i18n.set_language("en")  # `--lang en` while the saved choice is Indonesian
    page = page_for(qtbot, ctx, village, changes, Settings(officer_name="Siti", language="id"))
    assert page.language.currentText() == "English"
    assert page.language_in_use.text().startswith("Bahasa yang dipakai sekarang: English")


def test_no_officer_name_yet_shows_a_hint_and_is_required(qtbot, ctx, village, changes):
    page = page_for(qtbot, ctx, village, changes, Settings())
    assert page.officer.text() == "" and not page.officer_hint.isHidden()
    page.save_settings()
    assert page.settings_message.text().startswith("Nama petugas wajib diisi")
    assert not load_settings().officer_known
    page.officer.setText("Rina")
    page.save_settings()
    assert load_settings().officer_name == "Rina" and page.officer_hint.isHidden() and ctx.officer == "Rina"
