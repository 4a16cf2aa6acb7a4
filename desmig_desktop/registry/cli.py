"""The registry's commands: `init`, `village show`, `persons list`, `import persons`, `export persons`.

JSON outputs carry codes and data (status `aktif`, sex `P`, an import problem's `code`, row and field), the same
with `--lang id` and `--lang en`; only an import problem's `message` is in the chosen language. Text outputs
show the words (status names) in the chosen language."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from desmig_desktop.core.commands import EXIT_INVALID, EXIT_OK, Commands, open_context, print_json
from desmig_desktop.core.i18n import _, n_

STATUS_CHOICES = ("calon", "aktif", "purna", "keluarga", "none", "pmi")
TEXT_LIMIT = 100  # the text listing shows this many unless --limit; --json gives every match


def cmd_init(args: argparse.Namespace) -> int:
    from desmig_desktop.registry.services.village import init_village

    ctx = open_context(args, create=True)
    v = init_village(ctx, args.village_code, args.village_name, args.kecamatan, args.kabupaten, args.provinsi,
                     args.kepala_desa, [d for d in (args.dusun or [])])
    print(_("Desa {name} ({code}) dibuat.").format(name=v.name, code=v.formatted_code))
    return EXIT_OK


def cmd_village_show(args: argparse.Namespace) -> int:
    from desmig_desktop.registry.services.village import get_village

    v = get_village(open_context(args))
    if v is None:
        print(_("Desa belum dibuat: jalankan `desmig init` atau `desmig demo`."), file=sys.stderr)
        return EXIT_INVALID
    if args.json:
        data = asdict(v)
        data["dusuns"] = [{"name": d.name, "rw": d.rw_count, "rt": len(d.rts)} for d in v.dusuns]
        print_json(data)
    else:
        parts = [f"{v.name} ({v.formatted_code})"]
        parts += [f"{k} {val}" for k, val in (("Kec.", v.kecamatan), ("Kab.", v.kabupaten), ("Prov.", v.provinsi)) if val]
        print(", ".join(parts))
        for d in v.dusuns:
            print(_("  Dusun {name}: {rw} RW, {rt} RT").format(name=d.name, rw=d.rw_count, rt=len(d.rts)))
    return EXIT_OK


def cmd_persons_list(args: argparse.Namespace) -> int:
    from desmig_desktop.core.i18n import label
    from desmig_desktop.core.privacy import mask_number
    from desmig_desktop.registry import enums
    from desmig_desktop.registry.services.search import PersonQuery, count_persons, list_persons

    ctx = open_context(args)
    q = PersonQuery(text=args.search or "", status=args.status, sex=args.sex, include_gone=args.all,
                    nik_missing=args.nik_missing)
    total = count_persons(ctx, q)
    limit = args.limit if args.limit is not None else (total if args.json else TEXT_LIMIT)  # --json: every match
    rows = list_persons(ctx, q, 0, limit) if limit > 0 else []
    show = (lambda v: v) if args.include_nik else mask_number
    if args.json:
        print_json({"total": total, "persons": [
            {"id": r.id, "nik": show(r.nik) if r.nik else None, "nik_missing": not r.nik,  # null: NIK belum ada
             "no_kk": show(r.no_kk), "name": r.name, "sex": r.sex,
             "birth_date": r.birth_date, "dusun": r.dusun, "rw": r.rw, "rt": r.rt, "status": r.status,
             "in_village": r.in_village} for r in rows]})
    else:
        for r in rows:
            print(f"{show(r.nik) or _('belum ada'):16}  {r.name:30}  {r.sex}  {r.dusun:12}  {label(enums.STATUSES, r.status)}")
        print(n_("{shown} dari {total} orang", "{shown} dari {total} orang", total).format(shown=len(rows), total=total))
    return EXIT_OK


def _problem(e) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """An import error or warning in JSON: what (`code`), where (row, column as in the file, field key), and
    under `message` the words for a person, in the chosen language (the only value that changes with it)."""
    return {"code": e.code, "row": e.row, "column": e.column, "field": e.field, "message": str(e)}


def _report_import(result, as_json: bool) -> int:  # type: ignore[no-untyped-def]
    if as_json:
        print_json({
            "rows": result.rows, "written": result.written, "households_created": result.households_created,
            "persons_created": result.persons_created, "placements_created": result.placements_created,
            "errors": [_problem(e) for e in result.errors], "warnings": [_problem(w) for w in result.warnings],
            "persons_updated": result.persons_updated, "changes": [
                {"row": c.row, "nik": c.nik, "name": c.name, "new_placement": c.new_placement,
                 "fields": [{"field": f.field, "column": f.column, "old": f.old, "new": f.new} for f in c.changes]}
                for c in result.changes],
        })
    else:
        for e in result.errors:
            print(str(e), file=sys.stderr)
        for w in result.warnings:
            print(str(w), file=sys.stderr)
    if result.errors:
        if not as_json:
            print(n_("{n} kesalahan; tidak ada data yang disimpan. Perbaiki berkas lalu impor ulang.",
                     "{n} kesalahan; tidak ada data yang disimpan. Perbaiki berkas lalu impor ulang.",
                     len(result.errors)).format(n=len(result.errors)), file=sys.stderr)
        return EXIT_INVALID
    if not as_json:
        for c in result.changes:
            print(_("baris {row}: {name} (NIK {nik}) diperbarui: {fields}").format(
                row=c.row, name=c.name, nik=c.nik or _("belum ada"), fields="; ".join(
                    f"{f.column} \"{f.old or '-'}\" → \"{f.new or '-'}\"" for f in c.changes)))
        if result.written:
            print(_("{rows} baris diimpor: {p} orang, {h} keluarga baru, {pl} riwayat migrasi.").format(
                rows=result.rows, p=result.persons_created, h=result.households_created, pl=result.placements_created))
            if result.persons_updated:
                print(n_("{n} orang yang sudah terdaftar diperbarui.", "{n} orang yang sudah terdaftar diperbarui.",
                         result.persons_updated).format(n=result.persons_updated))
        else:
            print(n_("Uji coba: {rows} baris valid, tidak ada yang disimpan.",
                     "Uji coba: {rows} baris valid, tidak ada yang disimpan.", result.rows).format(rows=result.rows))
    return EXIT_OK


def cmd_import_persons(args: argparse.Namespace) -> int:
    from desmig_desktop.registry.exchange.persons_import import import_persons

    path = Path(args.file)
    if not path.exists():
        print(_("Berkas {file} tidak ditemukan: periksa nama dan foldernya.").format(file=path), file=sys.stderr)
        return EXIT_INVALID
    ctx = open_context(args)
    if not args.dry_run:
        ctx.require_writable()  # a read-only file: say so before checking every row
    return _report_import(import_persons(ctx, path, dry_run=args.dry_run, mode=args.mode), args.json)


def cmd_import_template(args: argparse.Namespace) -> int:
    from desmig_desktop.registry.exchange.template import write_template

    out = write_template(Path(args.path), args.format)
    print(_("Contoh berkas impor ditulis ke {out}: isi satu orang per baris, lalu `desmig import persons {out}`.").format(
        out=out))
    return EXIT_OK


def cmd_export_persons(args: argparse.Namespace) -> int:
    from desmig_desktop.registry.exchange.persons_export import export_persons
    from desmig_desktop.registry.services.search import PersonQuery

    q = PersonQuery(status=args.status, include_gone=args.all)
    n = export_persons(open_context(args), Path(args.out), args.format, query=q, include_nik=args.include_nik)
    print(n_("{n} orang diekspor ke {out}", "{n} orang diekspor ke {out}", n).format(n=n, out=args.out))
    return EXIT_OK


def register(commands: Commands) -> None:
    sp = commands.add(None, "init", cmd_init, _("buat profil desa di basis data baru"))
    sp.add_argument("--village-code", required=True, help=_("kode desa Kemendagri, mis. 33.07.09.2001"))
    sp.add_argument("--village-name", required=True)
    sp.add_argument("--kecamatan", default="")
    sp.add_argument("--kabupaten", default="")
    sp.add_argument("--provinsi", default="")
    sp.add_argument("--kepala-desa", default="")
    sp.add_argument("--dusun", action="append", help=_("nama dusun (boleh diulang)"))

    sp = commands.add(commands.group("village", _("profil desa")), "show", cmd_village_show, _("tampilkan profil desa"))
    sp.add_argument("--json", action="store_true")

    sp = commands.add(commands.group("persons", _("daftar penduduk")), "list", cmd_persons_list,
                      _("cari dan tampilkan penduduk"))
    sp.add_argument("--search", default="")
    sp.add_argument("--status", choices=STATUS_CHOICES)
    sp.add_argument("--sex", choices=("L", "P"))
    sp.add_argument("--all", action="store_true", help=_("termasuk yang pindah/meninggal"))
    sp.add_argument("--nik-missing", action="store_true", help=_("hanya yang NIK-nya belum ada (bayi baru lahir, KTP belum ada)"))
    sp.add_argument("--limit", type=int, default=None,
                    help=_("paling banyak sekian orang (tanpa ini: --json memberi semua, teks {n} pertama)").format(n=TEXT_LIMIT))
    sp.add_argument("--include-nik", action="store_true")
    sp.add_argument("--json", action="store_true")

    sp = commands.add(commands.group("import", _("impor data")), "persons", cmd_import_persons,
                      _("impor penduduk dari CSV/XLSX"))
    sp.add_argument("file")
    sp.add_argument("--dry-run", action="store_true", help=_("periksa saja, jangan simpan"))
    sp.add_argument("--mode", choices=("add", "update"), default="add",
                    help=_("add: tambah orang baru saja (NIK terdaftar = kesalahan); update: tambah yang baru dan "
                           "perbarui yang NIK-nya sudah terdaftar"))
    sp.add_argument("--json", action="store_true")

    sp = commands.add(commands.group("import", _("impor data")), "template", cmd_import_template,
                      _("tulis contoh berkas impor penduduk (XLSX atau CSV)"))
    sp.add_argument("path", help=_("berkas .xlsx atau .csv yang ditulis"))
    sp.add_argument("--format", choices=("xlsx", "csv"), default=None, help=_("tanpa ini: menurut akhiran nama berkas"))

    sp = commands.add(commands.group("export", _("ekspor data dan rekap")), "persons", cmd_export_persons,
                      _("ekspor daftar penduduk"))
    sp.add_argument("--format", choices=("xlsx", "csv"), required=True)
    sp.add_argument("--out", required=True)
    sp.add_argument("--status", choices=STATUS_CHOICES)
    sp.add_argument("--all", action="store_true")
    sp.add_argument("--include-nik", action="store_true", help=_("tampilkan NIK/No. KK lengkap (jangan untuk dikirim)"))
