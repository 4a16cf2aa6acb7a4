"""A person's Usaha Produktif history seen from the person: groups, socialisation, trainings, share-outs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desmig_desktop.activities.services.trainings import TrainingInput, create_training, record_socialisation
from desmig_desktop.app import PILLARS
from desmig_desktop.production.services import groups, sharing
from desmig_desktop.production.services import products as production
from desmig_desktop.production.services.products import BatchInput, SaleInput
from desmig_desktop.shell.main_window import activity_sources
from desmig_desktop.ui.activity import PersonActivityDialog


def _cells(model, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, c).data(Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]


def test_the_activity_dialog_shows_groups_trainings_and_shares(qtbot, ctx, salak):
    bawon, farida = salak.people["Bariyah"], salak.people["Fatonah"]
    record_socialisation(ctx, date(2017, 1, 5), "pertemuan", "Desmigratif dan usaha produktif", "Balai desa",
                         salak.group_id, (bawon, farida))
    create_training(ctx, TrainingInput("Pengolahan salak", "pengolahan_pangan", "blk", date(2017, 4, 3),
                                       date(2017, 4, 5), "BLK Wonosobo", group_ids=(salak.group_id,),
                                       attendee_ids=(bawon,)))
    production.record_batch(ctx, BatchInput(salak.product_id, date(2017, 5, 1), 100, 500_000, (bawon,)))
    production.record_sale(ctx, SaleInput(salak.product_id, date(2017, 5, 6), 100, 15_000, "pameran"))
    sharing.finalise_share(ctx, salak.group_id)
    member = next(m for m in groups.get_group(ctx, salak.group_id).members if m.person_id == farida)
    groups.end_membership(ctx, member.id, date(2017, 6, 1), "kerja_luar_negeri", "berangkat lagi ke Taiwan")

    dialog = PersonActivityDialog(ctx, bawon, activity_sources(PILLARS))
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == ("Anggota aktif Kelompok Salak. 1 sosialisasi, 1 pelatihan, "
                                     "bagi hasil diterima Rp1.000.000.")
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Buku tamu (0)", "AK-1 (0)", "Pengaduan (0)",  # the service centre's, before Usaha Produktif's
        "Kelompok (1)", "Sosialisasi (1)", "Pelatihan (1)", "Bagi hasil (1)", "Simpanan (0)", "Pinjaman (0)"]
    assert _cells(dialog.models["groups"], 0) == ["Kelompok Salak", "Anggota", "10/01/2017", "", ""]
    assert _cells(dialog.models["trainings"], 0) == ["03/04/2017 – 05/04/2017", "Pengolahan salak", "Pengolahan pangan",
                                           "BLK", "BLK Wonosobo"]
    assert _cells(dialog.models["shares"], 0) == ["Kelompok Salak", "10/01/2017 – 23/11/2026", "1×", "Rp1.000.000", ""]

    dialog = PersonActivityDialog(ctx, farida, activity_sources(PILLARS))
    qtbot.addWidget(dialog)
    assert dialog.summary.text().startswith("Bukan anggota aktif kelompok produksi. 1 sosialisasi, 0 pelatihan")
    assert _cells(dialog.models["groups"], 0)[3:] == ["01/06/2017", "Kembali bekerja ke luar negeri, berangkat lagi ke Taiwan"]
    assert dialog.models["shares"].rowCount() == 0


def test_the_person_page_opens_it_for_the_selected_person(qtbot, ctx, village, salak, monkeypatch):
    from desmig_desktop.registry.ui.person_page import PersonPage
    from desmig_desktop.ui.changes import Changes

    page = PersonPage(ctx, village, Changes(), activity_sources=activity_sources(PILLARS))
    qtbot.addWidget(page)
    page.show()
    assert not page.activity_button.isEnabled()  # nobody selected yet
    assert page.select_person(salak.people["Tukinem"])
    assert page.activity_button.isEnabled()
    shown: list[str] = []
    monkeypatch.setattr(PersonActivityDialog, "exec", lambda self: shown.append(self.person_name) or 0)
    qtbot.mouseClick(page.activity_button, Qt.MouseButton.LeftButton)
    assert shown == ["Tukinem"]
