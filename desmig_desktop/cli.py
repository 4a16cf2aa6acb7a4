"""`desmig`: the command line on the same services as the GUI.

Exit codes (a public interface): 0 success, 2 usage error, 3 invalid input with nothing written.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Callable

from desmig_desktop import i18n
from desmig_desktop.i18n import _

EXIT_OK, EXIT_USAGE, EXIT_INVALID = 0, 2, 3


class UsageError(Exception):
    pass


def _json_default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


def _context(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desmig_desktop.config import load_settings
    from desmig_desktop.paths import default_db_path
    from desmig_desktop.services.context import ServiceContext

    officer = args.officer or load_settings().officer_name
    return ServiceContext.open(Path(args.db) if args.db else default_db_path(), officer=officer)


# ---- commands ------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    from desmig_desktop.services.village import init_village

    ctx = _context(args)
    v = init_village(ctx, args.village_code, args.village_name, args.kecamatan, args.kabupaten, args.provinsi,
                     args.kepala_desa, [d for d in (args.dusun or [])])
    print(_("Desa {name} ({code}) dibuat.").format(name=v.name, code=v.formatted_code))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desmig_desktop.services.demo import create_demo_village

    ctx = _context(args)
    summary = create_demo_village(ctx)
    print(_("Desa demo dibuat: {summary}").format(summary=summary))
    return EXIT_OK


def cmd_village_show(args: argparse.Namespace) -> int:
    from desmig_desktop.services.village import get_village

    v = get_village(_context(args))
    if v is None:
        print(_("Desa belum dibuat: jalankan `desmig init` atau `desmig demo`."), file=sys.stderr)
        return EXIT_INVALID
    if args.json:
        data = asdict(v)
        data["dusuns"] = [{"name": d.name, "rw": d.rw_count, "rt": len(d.rts)} for d in v.dusuns]
        _print_json(data)
    else:
        parts = [f"{v.name} ({v.formatted_code})"]
        parts += [f"{k} {val}" for k, val in (("Kec.", v.kecamatan), ("Kab.", v.kabupaten), ("Prov.", v.provinsi)) if val]
        print(", ".join(parts))
        for d in v.dusuns:
            print(_("  Dusun {name}: {rw} RW, {rt} RT").format(name=d.name, rw=d.rw_count, rt=len(d.rts)))
    return EXIT_OK


def cmd_persons_list(args: argparse.Namespace) -> int:
    from desmig_desktop.domain import enums
    from desmig_desktop.domain.privacy import mask_number
    from desmig_desktop.services.search import PersonQuery, count_persons, list_persons

    ctx = _context(args)
    q = PersonQuery(text=args.search or "", status=args.status, sex=args.sex, include_gone=args.all)
    total = count_persons(ctx, q)
    rows = list_persons(ctx, q, 0, args.limit)
    show = (lambda v: v) if args.include_nik else mask_number
    if args.json:
        _print_json({"total": total, "persons": [
            {"id": r.id, "nik": show(r.nik), "no_kk": show(r.no_kk), "name": r.name, "sex": r.sex,
             "birth_date": r.birth_date, "dusun": r.dusun, "rw": r.rw, "rt": r.rt, "status": r.status,
             "in_village": r.in_village} for r in rows]})
    else:
        for r in rows:
            print(f"{show(r.nik):16}  {r.name:30}  {r.sex}  {r.dusun:12}  {enums.label(enums.STATUSES, r.status)}")
        print(_("{shown} dari {total} orang").format(shown=len(rows), total=total))
    return EXIT_OK


def _report_import(result, as_json: bool) -> int:  # type: ignore[no-untyped-def]
    if as_json:
        _print_json({
            "rows": result.rows, "written": result.written, "households_created": result.households_created,
            "persons_created": result.persons_created, "placements_created": result.placements_created,
            "errors": [str(e) for e in result.errors], "warnings": [str(w) for w in result.warnings],
        })
    else:
        for e in result.errors:
            print(str(e), file=sys.stderr)
        for w in result.warnings:
            print(str(w), file=sys.stderr)
    if result.errors:
        if not as_json:
            print(_("{n} kesalahan; tidak ada data yang disimpan. Perbaiki berkas lalu impor ulang.").format(n=len(result.errors)), file=sys.stderr)
        return EXIT_INVALID
    if not as_json:
        if result.written:
            print(_("{rows} baris diimpor: {p} orang, {h} keluarga baru, {pl} riwayat migrasi.").format(
                rows=result.rows, p=result.persons_created, h=result.households_created, pl=result.placements_created))
        else:
            print(_("Uji coba: {rows} baris valid, tidak ada yang disimpan.").format(rows=result.rows))
    return EXIT_OK


def cmd_import_persons(args: argparse.Namespace) -> int:
    from desmig_desktop.exchange.persons_import import import_persons

    path = Path(args.file)
    if not path.exists():
        print(_("Berkas {file} tidak ditemukan: periksa nama dan foldernya.").format(file=path), file=sys.stderr)
        return EXIT_INVALID
    return _report_import(import_persons(_context(args), path, dry_run=args.dry_run), args.json)


def cmd_export_persons(args: argparse.Namespace) -> int:
    from desmig_desktop.exchange.persons_export import export_persons
    from desmig_desktop.services.search import PersonQuery

    q = PersonQuery(status=args.status, include_gone=args.all)
    n = export_persons(_context(args), Path(args.out), args.format, query=q, include_nik=args.include_nik)
    print(_("{n} orang diekspor ke {out}").format(n=n, out=args.out))
    return EXIT_OK


def cmd_export_recap(args: argparse.Namespace) -> int:
    from desmig_desktop.services.periods import parse_period
    from desmig_desktop.services.recap import build_recap

    period = parse_period(args.period)  # validate before opening anything
    data = build_recap(_context(args), period)
    out = Path(args.out)
    if args.format == "xlsx":
        from desmig_desktop.reports.recap_xlsx import write_recap_xlsx as write
    else:
        from desmig_desktop.reports.recap_pdf import write_recap_pdf as write
    write(data, out, include_nik=args.include_nik)
    print(_("Rekap {period} ditulis ke {out}").format(period=period.label, out=out))
    return EXIT_OK


def cmd_groups_list(args: argparse.Namespace) -> int:
    from desmig_desktop.domain import group_rules as gr
    from desmig_desktop.domain.enums import label
    from desmig_desktop.domain.formatting import rupiah
    from desmig_desktop.services.groups import list_groups
    from desmig_desktop.services.periods import parse_period

    period = parse_period(args.period) if args.period else None
    rows = list_groups(_context(args), text=args.search or "", status=args.status, period=period)
    if args.json:
        _print_json({"period": period.code if period else None, "groups": [asdict(r) for r in rows]})
        return EXIT_OK
    for r in rows:
        due = _("  [bagi hasil jatuh tempo]") if r.share_due else ""
        print(f"{r.name:28} {label(gr.GROUP_STATUSES, r.status):9} {r.active_members:3} {_('anggota')}  "
              f"{_('penjualan')} {rupiah(r.sales):>14}  {_('laba')} {rupiah(r.profit):>14}  {_('kas')} {rupiah(r.cash):>14}{due}")
    return EXIT_OK


# ---- parser --------------------------------------------------------------------------------

class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(_("Perintah tidak lengkap atau salah: {message}").format(message=message), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    i18n.install_argparse_texts()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=_("berkas basis data desa (SQLite)"))
    common.add_argument("--officer", default=argparse.SUPPRESS, help=_("nama petugas untuk jejak audit"))
    common.add_argument("--lang", choices=("id", "en"), default=argparse.SUPPRESS, help=_("bahasa: id atau en"))

    p = _Parser(prog="desmig", description=_("Desmig Desktop dari baris perintah."), parents=[common])
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def add(parent, name: str, func: Callable[[argparse.Namespace], int], help_text: str):  # type: ignore[no-untyped-def]
        sp = parent.add_parser(name, help=help_text, parents=[common])
        sp.set_defaults(func=func)
        return sp

    sp = add(sub, "init", cmd_init, _("buat profil desa di basis data baru"))
    sp.add_argument("--village-code", required=True, help=_("kode desa Kemendagri, mis. 33.07.09.2001"))
    sp.add_argument("--village-name", required=True)
    sp.add_argument("--kecamatan", default="")
    sp.add_argument("--kabupaten", default="")
    sp.add_argument("--provinsi", default="")
    sp.add_argument("--kepala-desa", default="")
    sp.add_argument("--dusun", action="append", help=_("nama dusun (boleh diulang)"))

    add(sub, "demo", cmd_demo, _("isi basis data baru dengan desa demo Kuripan"))

    village = sub.add_parser("village", help=_("profil desa"), parents=[common]).add_subparsers(dest="sub", required=True, parser_class=_Parser)
    sp = add(village, "show", cmd_village_show, _("tampilkan profil desa"))
    sp.add_argument("--json", action="store_true")

    persons = sub.add_parser("persons", help=_("daftar penduduk"), parents=[common]).add_subparsers(dest="sub", required=True, parser_class=_Parser)
    sp = add(persons, "list", cmd_persons_list, _("cari dan tampilkan penduduk"))
    sp.add_argument("--search", default="")
    sp.add_argument("--status", choices=("calon", "aktif", "purna", "keluarga", "none", "pmi"))
    sp.add_argument("--sex", choices=("L", "P"))
    sp.add_argument("--all", action="store_true", help=_("termasuk yang pindah/meninggal"))
    sp.add_argument("--limit", type=int, default=100)
    sp.add_argument("--include-nik", action="store_true")
    sp.add_argument("--json", action="store_true")

    imp = sub.add_parser("import", help=_("impor data"), parents=[common]).add_subparsers(dest="sub", required=True, parser_class=_Parser)
    sp = add(imp, "persons", cmd_import_persons, _("impor penduduk dari CSV/XLSX"))
    sp.add_argument("file")
    sp.add_argument("--dry-run", action="store_true", help=_("periksa saja, jangan simpan"))
    sp.add_argument("--json", action="store_true")

    exp = sub.add_parser("export", help=_("ekspor data dan rekap"), parents=[common]).add_subparsers(dest="sub", required=True, parser_class=_Parser)
    sp = add(exp, "persons", cmd_export_persons, _("ekspor daftar penduduk"))
    sp.add_argument("--format", choices=("xlsx", "csv"), required=True)
    sp.add_argument("--out", required=True)
    sp.add_argument("--status", choices=("calon", "aktif", "purna", "keluarga", "none", "pmi"))
    sp.add_argument("--all", action="store_true")
    sp.add_argument("--include-nik", action="store_true", help=_("tampilkan NIK/No. KK lengkap (jangan untuk dikirim)"))
    sp = add(exp, "recap", cmd_export_recap, _("rekap periode untuk Disnaker"))
    sp.add_argument("--period", required=True, help=_("2026-11, 2026-Q4 atau 2026"))
    sp.add_argument("--format", choices=("xlsx", "pdf"), required=True)
    sp.add_argument("--out", required=True)
    sp.add_argument("--include-nik", action="store_true", help=_("tampilkan NIK/No. KK lengkap (jangan untuk dikirim)"))
    grp = sub.add_parser("groups", help=_("kelompok produksi"), parents=[common]).add_subparsers(dest="sub", required=True, parser_class=_Parser)
    sp = add(grp, "list", cmd_groups_list, _("daftar kelompok dengan anggota, penjualan dan laba"))
    sp.add_argument("--period", help=_("2026-11, 2026-Q4 atau 2026 (tanpa ini: sepanjang waktu)"))
    sp.add_argument("--status", choices=("aktif", "berhenti"))
    sp.add_argument("--search", default="")
    sp.add_argument("--json", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    from desmig_desktop.db.engine import NewerDatabaseError
    from desmig_desktop.domain.errors import NotFoundError, ValidationError

    argv = list(sys.argv[1:] if argv is None else argv)
    if "--lang" in argv:
        i = argv.index("--lang")
        if i + 1 < len(argv):
            i18n.set_language(argv[i + 1])
    args = build_parser().parse_args(argv)
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
    except NewerDatabaseError as err:
        print(str(err), file=sys.stderr)
        return EXIT_INVALID
    except OSError as err:
        print(_("Berkas tidak dapat dibaca/ditulis: {err}").format(err=err.strerror or err), file=sys.stderr)
        return EXIT_INVALID


if __name__ == "__main__":
    raise SystemExit(main())
