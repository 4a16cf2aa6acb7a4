"""`desmig`: the command line on the same services as the GUI. The parser core is here; each pillar adds its
commands (its descriptor's `cli`), and the recap and the demo, which span every pillar, are added here, with the
district's commands (`export package`, `village set-district-key`, `district …`: desmig_desktop/district/cli.py).

Exit codes (a public interface): 0 success, 2 usage error, 3 invalid input with nothing written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from desmig_desktop.core import i18n
from desmig_desktop.core.commands import EXIT_INVALID, EXIT_OK, EXIT_USAGE, Commands, close_contexts, open_context
from desmig_desktop.core.i18n import _
from desmig_desktop.core.pillar import Pillar, load
from desmig_desktop.district.cli import register as register_district

__all__ = ["EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]


def cmd_demo(args: argparse.Namespace, pillars: Sequence[Pillar]) -> int:
    from desmig_desktop.core.pillar import build_demo

    summary = build_demo(open_context(args, create=True), pillars)[0]
    print(_("Desa demo dibuat: {summary}").format(summary=summary))
    return EXIT_OK


def cmd_export_recap(args: argparse.Namespace, pillars: Sequence[Pillar]) -> int:
    from desmig_desktop.core.periods import parse_period
    from desmig_desktop.recap.dataset import build_recap

    period = parse_period(args.period)  # validate before opening anything
    data = build_recap(open_context(args), period, pillars)
    out = Path(args.out)
    if args.format == "xlsx":
        from desmig_desktop.recap.xlsx import write_recap_xlsx as write
    else:
        from desmig_desktop.recap.pdf import write_recap_pdf as write
    write(data, out, include_nik=args.include_nik)
    print(_("Rekap {period} ditulis ke {out}").format(period=period.label, out=out))
    return EXIT_OK


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(_("Perintah tidak lengkap atau salah: {message}").format(message=message), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser(pillars: Sequence[Pillar]) -> argparse.ArgumentParser:
    i18n.install_argparse_texts()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=_("berkas basis data desa (SQLite)"))
    common.add_argument("--officer", default=argparse.SUPPRESS, help=_("nama petugas untuk jejak audit"))
    common.add_argument("--lang", choices=("id", "en"), default=argparse.SUPPRESS, help=_("bahasa: id atau en"))

    p = _Parser(prog="desmig", description=_("Desmig Desktop dari baris perintah."), parents=[common])
    commands = Commands(p.add_subparsers(dest="command", required=True, parser_class=_Parser), common, _Parser)
    commands.add(None, "demo", lambda args: cmd_demo(args, pillars), _("isi basis data baru dengan desa demo Kuripan"))
    for pillar in pillars:
        if pillar.cli:
            load(pillar.cli)(commands)
    sp = commands.add(commands.group("export", _("ekspor data dan rekap")), "recap",
                      lambda args: cmd_export_recap(args, pillars), _("rekap periode untuk Disnaker"))
    sp.add_argument("--period", required=True, help=_("2026-11, 2026-Q4 atau 2026"))
    sp.add_argument("--format", choices=("xlsx", "pdf"), required=True)
    sp.add_argument("--out", required=True)
    sp.add_argument("--include-nik", action="store_true", help=_("tampilkan NIK/No. KK lengkap (jangan untuk dikirim)"))
    register_district(commands, pillars)  # export package, village set-district-key, district …
    return p


def main(argv: list[str] | None, pillars: Sequence[Pillar]) -> int:
    from desmig_desktop.core.db.engine import DatabaseMissingError, DatabaseOpenError
    from desmig_desktop.core.errors import NotFoundError, ValidationError
    from desmig_desktop.core.files import describe_os_error

    argv = list(sys.argv[1:] if argv is None else argv)
    if "--lang" in argv:
        i = argv.index("--lang")
        if i + 1 < len(argv):
            i18n.set_language(argv[i + 1])
    args = build_parser(pillars).parse_args(argv)
    for key in ("db", "officer"):
        if not hasattr(args, key):
            setattr(args, key, None)
    try:
        return int(args.func(args))
    except ValidationError as err:
        for issue in err.issues:
            print(issue.message, file=sys.stderr)
        print(_("Tidak ada data yang disimpan."), file=sys.stderr)
        return EXIT_INVALID
    except NotFoundError:
        print(_("Data yang diminta tidak ditemukan."), file=sys.stderr)
        return EXIT_INVALID
    except DatabaseMissingError as err:
        print(str(err), _("Periksa --db; basis data baru dibuat dengan `desmig init` atau `desmig demo`."),
              file=sys.stderr)
        return EXIT_INVALID
    except DatabaseOpenError as err:  # a folder, not SQLite, damaged, newer, read-only and too old
        print(str(err), file=sys.stderr)
        return EXIT_INVALID
    except BrokenPipeError:  # the reader stopped early (`| head`): not the officer's problem, nothing to say
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as err:
        print(describe_os_error(err), file=sys.stderr)
        return EXIT_INVALID
    finally:
        close_contexts()

