"""`desmig loans list` and `desmig funds show` (issue 9 point 11) on a real village file: the JSON a district
script reads, as of today and a past day, and the exit code and message of a bad --as-of."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desmig_desktop.app import PILLARS
from desmig_desktop.cli import main
from desmig_desktop.core.commands import EXIT_INVALID, EXIT_OK
from desmig_desktop.savings.dto import LoanInput
from desmig_desktop.savings.services import loans, members, moves, payments
from tests.savings.loan_setup import lender, member_loan, pay  # noqa: F401  (lender: a fixture)


@pytest.fixture
def filled(ctx, lender, db_path):  # type: ignore[no-untyped-def]
    """Bariyah's loan 107 days late on 15/06/2017, the group's paid off, Rp150.000 of savings."""
    ctx.today_override = date(2017, 6, 15)
    late = loans.disburse_loan(ctx, member_loan(lender, "Bariyah", 1_000_000, date(2017, 1, 31))).row.id
    paid = loans.disburse_loan(ctx, LoanInput(lender.fund_id, "group", 500_000, date(2017, 2, 1), 1,
                                              group_id=lender.group_id)).row.id
    payments.record_payment(ctx, pay(paid, date(2017, 3, 1), 510_000))
    moves.deposit(ctx, lender.members["Tukinem"], "wajib", 50_000, date(2017, 2, 5))
    moves.deposit(ctx, lender.members["Tukinem"], "sukarela", 100_000, date(2017, 3, 5))
    assert members.member_accounts(ctx, lender.fund_id, date(2017, 6, 15))
    ctx.close()
    return {"late": late, "paid": paid, "db": str(db_path)}


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv), PILLARS)
    out, err = capsys.readouterr()
    return code, out, err


def test_loans_list_json_as_of_a_past_day(filled, capsys):
    code, out, _err = _run(capsys, "loans", "list", "--json", "--db", filled["db"], "--as-of", "15/06/2017")
    assert code == EXIT_OK
    data = json.loads(out)
    assert data["as_of"] == "2017-06-15"
    got = [(x["number"], x["borrower_name"], x["fund_name"], x["principal"], x["principal_outstanding"],
            x["days_past_due"], x["bucket"], x["status"]) for x in data["loans"]]
    assert got == [("PJ/2017/0002", "Kelompok Salak", "Dana Salak", 500_000, 0, 0, "lancar", "lunas"),
                   ("PJ/2017/0001", "Bariyah", "Dana Salak", 1_000_000, 1_000_000, 107, "90+", "menunggak")]
    code, out, _err = _run(capsys, "loans", "list", "--json", "--db", filled["db"], "--as-of", "2017-02-28",
                           "--overdue", "--fund", "dana salak")
    assert code == EXIT_OK and json.loads(out)["loans"] == []  # #1 falls due on 28/02: not late yet
    code, out, _err = _run(capsys, "loans", "list", "--json", "--db", filled["db"], "--as-of", "2017-03-01",
                           "--overdue")
    assert [(x["number"], x["days_past_due"]) for x in json.loads(out)["loans"]] == [("PJ/2017/0001", 1)]


def test_funds_show_json_with_cash_savings_and_par30(filled, capsys):
    code, out, _err = _run(capsys, "funds", "show", "--json", "--db", filled["db"], "--as-of", "15/06/2017")
    assert code == EXIT_OK
    [fund] = json.loads(out)["funds"]
    # 10.000.000 capital - 1.000.000 - 500.000 lent + 510.000 repaid + 150.000 savings
    assert (fund["name"], fund["cash"], fund["savings"], fund["members"]) == (
        "Dana Salak", 9_160_000, {"pokok": 0, "wajib": 50_000, "sukarela": 100_000}, 3)
    assert (fund["open_loans"], fund["principal_outstanding"], fund["par30_principal"], fund["par30_bp"]) == (
        1, 1_000_000, 1_000_000, 10_000)
    code, out, _err = _run(capsys, "funds", "show", "--json", "--db", filled["db"], "--as-of", "2017-02-01")
    [fund] = json.loads(out)["funds"]
    assert (fund["cash"], fund["open_loans"], fund["par30_bp"], fund["savings"]["wajib"]) == (8_500_000, 2, 0, 0)


def test_a_bad_as_of_or_fund_is_exit_3_with_the_fix(filled, capsys):
    code, out, err = _run(capsys, "loans", "list", "--json", "--db", filled["db"], "--as-of", "31-02-2017")
    assert (code, out) == (EXIT_INVALID, "")
    assert '--as-of: tanggal "31-02-2017" tidak dikenal; tulis DD/MM/YYYY atau YYYY-MM-DD, mis. 31/12/2017.' in err
    code, _out, err = _run(capsys, "funds", "show", "--db", filled["db"], "--as-of", "30/02/2017")
    assert code == EXIT_INVALID and "--as-of" in err
    code, _out, err = _run(capsys, "loans", "list", "--db", filled["db"], "--fund", "Dana Kopi")
    assert code == EXIT_INVALID and '--fund: dana "Dana Kopi" tidak ada; pilih salah satu: Dana Salak.' in err


def test_the_installed_command_prints_the_text_list(filled):
    desmig = str(Path(sys.executable).with_name("desmig"))
    done = subprocess.run([desmig, "loans", "list", "--db", filled["db"],
                           "--as-of", "15/06/2017"], capture_output=True, text=True, timeout=120)
    assert done.returncode == EXIT_OK, done.stderr
    assert done.stdout.splitlines()[0] == "Pinjaman per 15/06/2017: 2"
    assert "Bariyah" in done.stdout and "menunggak" in done.stdout
