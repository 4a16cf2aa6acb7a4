"""Usaha Produktif's commands: `groups list`. Its JSON carries codes (status `aktif`) and the period's code, the
same in every language; the text lines are in the chosen language."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from desmig_desktop.core.commands import EXIT_OK, Commands, open_context, print_json
from desmig_desktop.core.i18n import _


def cmd_groups_list(args: argparse.Namespace) -> int:
    from desmig_desktop.core.formatting import rupiah
    from desmig_desktop.core.i18n import label
    from desmig_desktop.core.periods import parse_period
    from desmig_desktop.production import rules as gr
    from desmig_desktop.production.services.groups import list_groups

    period = parse_period(args.period) if args.period else None
    rows = list_groups(open_context(args), text=args.search or "", status=args.status, period=period)
    if args.json:
        print_json({"period": period.code if period else None, "groups": [asdict(r) for r in rows]})
        return EXIT_OK
    line = _("{name:28} {status:9} {members:3} anggota  penjualan {sales:>14}  laba {profit:>14}  kas {cash:>14}{due}")
    for r in rows:
        print(line.format(name=r.name, status=label(gr.GROUP_STATUSES, r.status), members=r.active_members,
                          sales=rupiah(r.sales), profit=rupiah(r.profit), cash=rupiah(r.cash),
                          due=_("  [bagi hasil jatuh tempo]") if r.share_due else ""))
    return EXIT_OK


def register(commands: Commands) -> None:
    sp = commands.add(commands.group("groups", _("kelompok produksi")), "list", cmd_groups_list,
                      _("daftar kelompok dengan anggota, penjualan dan laba"))
    sp.add_argument("--period", help=_("2026-11, 2026-Q4 atau 2026 (tanpa ini: sepanjang waktu)"))
    sp.add_argument("--status", choices=("aktif", "berhenti"))
    sp.add_argument("--search", default="")
    sp.add_argument("--json", action="store_true")
