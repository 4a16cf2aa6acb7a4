"""The district window (`desmig-desktop --district URL`) on a real district database (SQLite through
init_district), with real packages written by the village's write_package: Paket masuk merges them on a worker
with its progress bar, Status pelaporan shows the rate, Beranda the kabupaten's figures, Rekap kabupaten writes
its files."""

from __future__ import annotations


import pytest
from openpyxl import load_workbook

from desmig_desktop.app import PILLARS, load_all_models
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.district.database import add_village, init_district
from desmig_desktop.district.keys import make_key_pair
from desmig_desktop.district.package import write_package
from desmig_desktop.district.ui.window import DistrictWindow, shown_url
from desmig_desktop.district.village_link import set_district_key
from tests.conftest import TODAY, demo_copy


def shown(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


@pytest.fixture
def district(tmp_path, demo_file):  # type: ignore[no-untyped-def]
    """A district database expecting Kuripan, its private key, and a folder with two packages from Kuripan."""
    load_all_models()
    private, public = make_key_pair(tmp_path / "disnaker")
    ctx = ServiceContext.open(demo_copy(demo_file, tmp_path / "kuripan.db"), officer="Petugas Demo")
    ctx.today_override = TODAY
    set_district_key(ctx, public.read_text())
    inbox = tmp_path / "masuk"
    for _ in range(2):
        write_package(ctx, inbox, PILLARS)
    ctx.close()
    url = f"sqlite:///{tmp_path / 'kabupaten.db'}"
    engine = init_district(url, "Wonosobo")
    add_village(engine, "3307092001", "Kuripan", "Watumalang")
    add_village(engine, "3307092002", "Kalidadap", "Watumalang")
    yield engine, url, private, inbox
    engine.dispose()


def test_the_window_merges_packages_and_shows_the_reporting_rate(qtbot, district, tmp_path):
    engine, url, private, inbox_folder = district
    window = DistrictWindow(engine, url, PILLARS, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    assert window.windowTitle() == "Desmig Desktop — Disnaker Kabupaten Wonosobo"
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Beranda", "Paket masuk", "Status pelaporan", "Penduduk pindah", "Rekap kabupaten"]
    home = window.page("home")
    with qtbot.waitSignal(home.loaded, timeout=60000):
        window.show()
    assert home.rate.value.text() == "0 dari 2"
    assert home.missing.value.text() == "2"

    inbox = window.open_page("inbox")
    inbox.key_path.setText(str(tmp_path / "kuripan.db"))  # not a key: said in Indonesian, nothing merged
    inbox.add_paths([inbox_folder])
    assert inbox.file_list.count() == 2
    inbox.merge_button.click()
    assert "bukan kunci privat distrik" in inbox.message.text() and inbox.worker is None
    inbox.key_path.setText(str(private))
    with qtbot.waitSignal(inbox.finished, timeout=120000) as blocker:
        inbox.merge_button.click()
    assert [r.status for r in blocker.args[0]] == ["merged", "merged"]
    rows = shown(inbox.model)
    assert [r[0] for r in rows] == ["3307092001-2026-11-23.desmig", "3307092001-2026-11-23-2.desmig"]
    assert [r[1:4] for r in rows] == [["Kuripan", "1", "Digabung"], ["Kuripan", "2", "Digabung"]]
    assert int(rows[0][4]) > 20000  # the whole village arrived with the first package
    assert inbox.progress.value() == inbox.progress.maximum() == 2
    assert inbox.message.text() == "2 paket digabung, 0 ditolak, 0 sudah pernah digabung."
    assert inbox.merge_button.isEnabled() and not inbox.cancel_button.isEnabled()
    with qtbot.waitSignal(inbox.finished, timeout=60000) as blocker:
        inbox.merge_button.click()
    assert [r[3] for r in shown(inbox.model)] == ["Sudah pernah", "Sudah pernah"]

    status = window.open_page("status")  # read now: built after the merge (its first reading)
    qtbot.waitUntil(lambda: "desa sudah melapor" in status.rate.text() and status.worker is None, timeout=120000)
    assert status.period().code == "2026-10"
    assert status.rate.text() == "Oktober 2026: 1 dari 2 desa sudah melapor (50%); 1 belum."
    table = shown(status.model)
    assert [r[:3] for r in table] == [["Watumalang", "Kalidadap", "Belum"], ["Watumalang", "Kuripan", "Ya"]]
    assert table[1][4:6] == ["1", "1"]  # the first package, one revision after it
    with qtbot.waitSignal(status.loaded, timeout=30000):
        status.picker.month.setCurrentIndex(8)  # September: nothing arrived for it
    assert status.rate.text().startswith("September 2026: 0 dari 2 desa")

    with qtbot.waitSignal(home.loaded, timeout=60000):
        window.open_page("home")
    assert home.rate.value.text() == "1 dari 2" and "50%" in home.rate.detail.text()
    assert home.missing.detail.text() == "Kalidadap"
    aktif = home.figures.by_status["aktif"]
    assert sum(aktif) > 50 and home.status_boxes["aktif"].value.text() == str(sum(aktif))
    assert home.status_boxes["aktif"].detail.text() == f"L {aktif[0]} · P {aktif[1]}"
    assert shown(home.model)[0][:2] == ["Watumalang", "1 dari 2"]

    movers = window.page("movers")
    with qtbot.waitSignal(movers.loaded, timeout=30000):
        window.open_page("movers")
    assert movers.count.text().startswith("Tidak ada NIK yang tercatat di lebih dari satu desa")

    recap = window.open_page("recap")
    recap.folder.setText(str(tmp_path / "rekap"))
    recap.checks["csv"].setChecked(True)
    with qtbot.waitSignal(recap.written, timeout=60000) as blocker:
        recap.run_button.click()
    names = [p.name for p in blocker.args[0]]
    assert names == ["rekap-kabupaten-wonosobo-2026-10.xlsx", "rekap-kabupaten-wonosobo-2026-10.pdf",
                     "rekap-kabupaten-wonosobo-2026-10.csv"]
    cells = [str(v) for ws in load_workbook(blocker.args[0][0], read_only=True).worksheets
             for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    assert "Kuripan" in cells
    window.shutdown()


def test_the_status_bar_never_shows_a_database_password():
    assert shown_url("postgresql+psycopg://disnaker:rahasia@10.0.0.5/kabupaten") == \
        "postgresql+psycopg://disnaker:***@10.0.0.5/kabupaten"
    assert shown_url("sqlite:////data/kabupaten.db") == "sqlite:////data/kabupaten.db"


def test_the_app_opens_the_district_window(tmp_path, monkeypatch):
    """`desmig-desktop --district URL` shows the district window and quits once shown (the launch bench hook)."""
    import subprocess
    import sys

    load_all_models()
    url = f"sqlite:///{tmp_path / 'kabupaten.db'}"
    init_district(url, "Wonosobo").dispose()
    env = dict(__import__("os").environ, QT_QPA_PLATFORM="offscreen", DESMIG_BENCH_EXIT_ON_SHOWN="1")
    done = subprocess.run([sys.executable, "-m", "desmig_desktop.app", "--district", url], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "shown_after_s=" in done.stdout
    refused = subprocess.run([sys.executable, "-m", "desmig_desktop.app", "--district", str(tmp_path / "tidak.db")],
                             env=env, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1 and "desmig district init" in refused.stderr
