"""Simpan pinjam's commands: `loans list` and `funds show`, as of today or any past day (`--as-of`). Their JSON
carries codes (status `menunggak`, bucket `31-60`) and integer Rupiah, the same in every language; the text lines
are in the chosen language."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from desmig_desktop.core.commands import (
    EXIT_OK,
    Commands,
    open_context,
    parse_day,
    print_json,
)
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.i18n import _


def _fund_id(ctx: Any, wanted: str | None) -> str | None:
    """The fund named (or whose id is) `wanted`, case-insensitive; a message listing the funds otherwise."""
    if not wanted:
        return None
    from desmig_desktop.savings.services.funds import list_funds

    found = list_funds(ctx)
    for fund in found:
        if wanted in (fund.id, fund.name) or fund.name.casefold() == wanted.strip().casefold():
            return fund.id
    names = ", ".join(f.name for f in found) or _("(belum ada dana)")
    raise ValidationError([Issue("fund", _("--fund: dana \"{name}\" tidak ada; pilih salah satu: {names}.").format(
        name=wanted, names=names))])


def cmd_loans_list(args: argparse.Namespace) -> int:
    from desmig_desktop.core.formatting import rupiah, short_date
    from desmig_desktop.savings.services.loan_queries import list_loans

    as_of = parse_day(args.as_of)  # validate before opening anything
    ctx = open_context(args)
    day = as_of or ctx.today()
    rows = list_loans(ctx, _fund_id(ctx, args.fund), overdue=args.overdue, as_of=day)
    if args.json:
        print_json({"as_of": day, "loans": [asdict(r) for r in rows]})
        return EXIT_OK
    line = _("{number:13} {borrower:24} {fund:16} pinjaman {principal:>13}  sisa pokok {left:>13}  "
             "{days:>4} hari  {status}")
    print(_("Pinjaman per {day}: {n}").format(day=short_date(day), n=len(rows)))
    for r in rows:
        print(line.format(number=r.number, borrower=r.borrower_name[:24], fund=r.fund_name[:16],
                          principal=rupiah(r.principal), left=rupiah(r.principal_outstanding), days=r.days_past_due,
                          status=r.status))
    return EXIT_OK


def _summary_json(s: Any) -> dict[str, Any]:
    return {"id": s.fund.id, "name": s.fund.name, "group": s.fund.group_name, "as_of": s.as_of, "cash": s.cash,
            "savings": dict(s.savings), "savings_total": s.savings_total, "members": s.members,
            "open_loans": s.open_loans, "principal_outstanding": s.principal_outstanding,
            "aging": [asdict(a) for a in s.aging], "par30_principal": s.par30_principal, "par30_bp": s.par30_bp,
            "fee_income": s.fee_income, "late_fee_income": s.late_fee_income, "capital": s.capital,
            "equity": s.equity}


def cmd_funds_show(args: argparse.Namespace) -> int:
    from desmig_desktop.core.formatting import rupiah, short_date
    from desmig_desktop.savings.services.funds import all_fund_summaries, fund_summary

    as_of = parse_day(args.as_of)
    ctx = open_context(args)
    day = as_of or ctx.today()
    wanted = _fund_id(ctx, args.fund)
    summaries = [fund_summary(ctx, wanted, day)] if wanted else all_fund_summaries(ctx, day)
    if args.json:
        print_json({"as_of": day, "funds": [_summary_json(s) for s in summaries]})
        return EXIT_OK
    print(_("Dana simpan pinjam per {day}: {n}").format(day=short_date(day), n=len(summaries)))
    for s in summaries:
        par = f"{s.par30_bp // 100},{s.par30_bp % 100:02d}%"
        print(_("{name:24} kas {cash:>13}  simpanan {savings:>13}  {members:3} anggota  {loans:3} pinjaman  "
                "sisa pokok {left:>13}  PAR30 {par}").format(
            name=s.fund.name[:24], cash=rupiah(s.cash), savings=rupiah(s.savings_total), members=s.members,
            loans=s.open_loans, left=rupiah(s.principal_outstanding), par=par))
    return EXIT_OK


def register(commands: Commands) -> None:
    as_of_help = _("tanggal DD/MM/YYYY atau YYYY-MM-DD (tanpa ini: hari ini)")
    sp = commands.add(commands.group("loans", _("pinjaman simpan pinjam")), "list", cmd_loans_list,
                      _("daftar pinjaman dengan sisa pokok, hari tunggakan dan status"))
    sp.add_argument("--fund", help=_("nama atau id dana"))
    sp.add_argument("--overdue", action="store_true", help=_("hanya yang menunggak"))
    sp.add_argument("--as-of", dest="as_of", help=as_of_help)
    sp.add_argument("--json", action="store_true")
    sp = commands.add(commands.group("funds", _("dana simpan pinjam")), "show", cmd_funds_show,
                      _("kas, simpanan per jenis, anggota, pinjaman beredar dan PAR30 tiap dana"))
    sp.add_argument("--fund", help=_("nama atau id dana"))
    sp.add_argument("--as-of", dest="as_of", help=as_of_help)
    sp.add_argument("--json", action="store_true")
