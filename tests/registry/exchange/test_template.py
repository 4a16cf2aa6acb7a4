"""The import template: the public columns, NIK/No KK formatted as Text, one invented row that imports as is."""

from __future__ import annotations

from openpyxl import load_workbook

from desmig_desktop.app import cli_main
from desmig_desktop.registry.exchange.persons_import import HEADERS, import_persons
from desmig_desktop.registry.exchange.template import write_template


def test_the_xlsx_template_has_the_columns_text_formats_and_an_example_that_imports(ctx, village, tmp_path):
    path = write_template(tmp_path / "contoh.xlsx")
    ws = load_workbook(path).active
    assert [c.value for c in ws[1]] == list(HEADERS)
    nik, kk = ws["A2"], ws["B2"]
    assert isinstance(nik.value, str) and len(nik.value) == 16 and nik.number_format == "@" and kk.number_format == "@"
    assert ws["A500"].number_format == "@"  # the rows the officer fills in later are Text too
    assert ws.max_row == 1000 or ws["C3"].value is None  # one example row only
    result = import_persons(ctx, path, dry_run=True)
    assert result.errors == () and result.rows == 1


def test_the_csv_template_and_the_cli_command(ctx, village, tmp_path, capsys):
    out = tmp_path / "contoh.csv"
    try:
        code = cli_main(["--db", str(ctx.path), "import", "template", str(out)])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    assert code == 0 and "contoh.csv" in capsys.readouterr().out
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == ",".join(HEADERS) and len(lines) == 2
    assert import_persons(ctx, out, dry_run=True).errors == ()
    assert cli_main(["import", "template", str(tmp_path / "x.data"), "--format", "xlsx"]) == 0
    assert (tmp_path / "x.data").read_bytes()[:4] == b"PK\x03\x04"  # a workbook, whatever the name
    assert cli_main(["import", "template", str(tmp_path / "tidak-ada" / "c.csv")]) == 3
    assert "tidak-ada" in capsys.readouterr().err
