"""`desmig district …`: keys, init, villages, merge, status, conflicts, recap (see district/cli.py for the
commands and their JSON). Services only: the queries live in district.database, intake, status, movers, recap."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any, Callable, Sequence

from desmig_desktop.core.commands import EXIT_INVALID, EXIT_OK, print_json
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.i18n import N_, _
from desmig_desktop.district.cli_io import (DistrictDB, district_url_of, local_text, print_table, read_password_file,
                                            read_villages_csv, shown_url, utc_text, yes)

STATUS_WORDS = {"merged": N_("digabung"), "refused": N_("DITOLAK"), "skipped": N_("dilewati (sudah ada)")}


# --- keys, init, villages -----------------------------------------------------------------------------------

def cmd_keys(args: argparse.Namespace, _pillars: Sequence[Any]) -> int:
    from desmig_desktop.district.keys import make_key_pair

    private, public = make_key_pair(Path(args.out))
    print(_("Kunci privat distrik: {path} — simpan di Disnaker, jangan dikirim ke desa.").format(path=private))
    print(_("Kunci publik untuk desa: {path} — kirim ke setiap desa (desmig village set-district-key).").format(
        path=public))
    return EXIT_OK


def cmd_init(args: argparse.Namespace, pillars: Sequence[Any]) -> int:
    from desmig_desktop.core.pillar import load_all_models
    from desmig_desktop.district.database import add_village_in, init_district

    url = district_url_of(args)
    listed = read_villages_csv(Path(args.villages)) if args.villages else []  # checked before anything is made
    load_all_models(pillars)
    engine = init_district(url, args.kabupaten or "")
    try:
        with engine.begin() as conn:
            for code, name, kecamatan in listed:
                add_village_in(conn, code, name, kecamatan, added_by="init")
    finally:
        engine.dispose()
    print(_("Basis data distrik siap: {url}").format(url=shown_url(url)))
    if listed:
        print(_("{n} desa dari {file} dicatat sebagai desa yang diharapkan.").format(n=len(listed),
                                                                                   file=Path(args.villages).name))
    return EXIT_OK


def cmd_villages_add(args: argparse.Namespace, pillars: Sequence[Any]) -> int:
    from desmig_desktop.district.database import add_village

    with DistrictDB(args, pillars) as engine:
        add_village(engine, args.code.replace(".", ""), args.name, args.kecamatan or "")
    print(_("Desa {code} {name} dicatat sebagai desa yang diharapkan.").format(code=args.code.replace(".", ""),
                                                                                name=args.name))
    return EXIT_OK


def cmd_villages_list(args: argparse.Namespace, pillars: Sequence[Any]) -> int:
    from desmig_desktop.district.database import villages

    with DistrictDB(args, pillars) as engine:
        rows = villages(engine)
    if args.json:
        print_json([{"code": r.code, "name": r.name, "kecamatan": r.kecamatan, "kabupaten": r.kabupaten,
                     "village_id": r.village_id, "added_at": utc_text(r.added_at), "added_by": r.added_by}
                    for r in rows])
        return EXIT_OK
    print(_("Desa yang diharapkan: {n}").format(n=len(rows)))
    print_table([_("Kode"), _("Desa"), _("Kecamatan"), _("Sudah mengirim")],
                 [(r.code, r.name, r.kecamatan, yes(r.village_id is not None)) for r in rows])
    return EXIT_OK


# --- merge --------------------------------------------------------------------------------------------------

def cmd_merge(args: argparse.Namespace, pillars: Sequence[Any]) -> int:
    from desmig_desktop.core.formatting import number
    from desmig_desktop.district.intake import merge_files, package_files
    from desmig_desktop.district.keys import read_private_key

    key = read_private_key(Path(args.key)) if args.key else None
    password = read_password_file(args.password_file) if args.password_file else None
    files = package_files([Path(p) for p in args.paths])
    if not files:
        raise ValidationError([Issue("files", _("Tidak ada berkas .desmig di {paths}: pilih berkas paket atau "
                                                "folder yang berisi paket.").format(paths=", ".join(args.paths)))])
    with DistrictDB(args, pillars) as engine:
        results = merge_files(engine, files, key=key, password=password, add_villages=args.add_villages)
    refused = sum(1 for r in results if r.status == "refused")
    if args.json:
        print_json([{"file": r.file, "status": r.status, "village_code": r.village_code,
                     "village_name": r.village_name, "sequence": r.sequence, "period": r.period,
                     "rows_changed": r.rows_changed, "warnings": list(r.warnings), "message": r.message}
                    for r in results])
        return EXIT_INVALID if refused else EXIT_OK
    print_table([_("Berkas"), _("Status"), _("Desa"), _("Urutan"), _("Periode"), _("Baris berubah"),
                  _("Peringatan / alasan")],
                 [(r.file, _(STATUS_WORDS.get(r.status, r.status)), f"{r.village_code} {r.village_name}".strip(),
                   r.sequence if r.sequence is not None else "", r.period, number(r.rows_changed),
                   "; ".join(r.warnings + ((r.message,) if r.message else ()))) for r in results],
                 right=(3, 5))
    merged = sum(1 for r in results if r.status == "merged")
    skipped = sum(1 for r in results if r.status == "skipped")
    print(_("Jumlah: {n} paket — {merged} digabung, {skipped} dilewati, {refused} ditolak; {rows} baris berubah.")
          .format(n=len(results), merged=merged, skipped=skipped, refused=refused,
                  rows=number(sum(r.rows_changed for r in results))))
    if refused:
        print(_("Paket yang ditolak tidak digabung sama sekali: perbaiki sebab yang tertulis, lalu gabungkan lagi."),
              file=sys.stderr)
    return EXIT_INVALID if refused else EXIT_OK


# --- status, conflicts --------------------------------------------------------------------------------------

def cmd_status(args: argparse.Namespace, pillars: Sequence[Any]) -> int:
    from desmig_desktop.core.formatting import percent
    from desmig_desktop.core.periods import parse_period
    from desmig_desktop.district.status import reporting_status

    period = parse_period(args.period)
    with DistrictDB(args, pillars) as engine:
        status = reporting_status(engine, period)
    if args.json:
        print_json({"period": period.code, "expected": status.expected, "arrived": status.arrived,
                    "missing": status.expected - status.arrived, "rate": round(status.rate, 4),
                    "villages": [{"code": r.code, "name": r.name, "kecamatan": r.kecamatan, "arrived": r.arrived,
                                  "received_at": utc_text(r.received_at), "sequence": r.sequence,
                                  "file_name": r.file_name or None, "later": r.later, "warnings": list(r.warnings)}
                                 for r in status.rows]})
        return EXIT_OK
    print(_("Status pelaporan {period}: {arrived} dari {expected} desa mengirim ({rate}).").format(
        period=period.label, arrived=status.arrived, expected=status.expected, rate=percent(status.rate)))
    print_table([_("Kecamatan"), _("Desa"), _("Kode"), _("Diterima"), _("Waktu terima"), _("Urutan"),
                  _("Revisi sesudahnya"), _("Berkas"), _("Peringatan")],
                 [(r.kecamatan, r.name, r.code, _("ya") if r.arrived else _("BELUM"), local_text(r.received_at),
                   r.sequence, r.later if r.arrived else "", r.file_name, "; ".join(r.warnings))
                  for r in status.rows], right=(5, 6))
    missing = [r for r in status.rows if not r.arrived]
    if missing:
        print(_("Belum mengirim ({n}): {names}").format(n=len(missing), names=", ".join(r.name for r in missing)))
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace, pillars: Sequence[Any]) -> int:
    from desmig_desktop.core.formatting import short_date
    from desmig_desktop.core.privacy import mask_number
    from desmig_desktop.district.movers import movers

    day = date.today()
    with DistrictDB(args, pillars) as engine:
        found = movers(engine, day)
    if args.json:
        print_json([{"nik": mask_number(m.nik), "name": m.name,
                     "counted_in": m.counted_in.village_code if m.counted_in else None,
                     "places": [{"village_code": p.village_code, "village_name": p.village_name,
                                 "kecamatan": p.kecamatan, "person_id": p.person_id, "present": p.present,
                                 "moved_out_on": p.moved_out_on, "moved_in_on": p.moved_in_on,
                                 "counted": p.counted} for p in m.places]} for m in found])
        return EXIT_OK
    if not found:
        print(_("Tidak ada NIK yang tercatat hidup di dua desa atau lebih."))
        return EXIT_OK
    print(_("{n} NIK tercatat hidup di dua desa atau lebih (per {day}); tiap orang dihitung di satu desa saja.")
          .format(n=len(found), day=short_date(day)))
    print_table([_("NIK"), _("Nama"), _("Kode"), _("Desa"), _("Kecamatan"), _("Pindah keluar"),
                  _("Pindah datang"), _("Dihitung di sini")],
                 [(mask_number(m.nik), m.name, p.village_code, p.village_name, p.kecamatan,
                   short_date(p.moved_out_on), short_date(p.moved_in_on), yes(p.counted))
                  for m in found for p in m.places])
    return EXIT_OK


# --- recap --------------------------------------------------------------------------------------------------

def cmd_recap(args: argparse.Namespace, pillars: Sequence[Any]) -> int:
    from desmig_desktop.core.periods import parse_period
    from desmig_desktop.district.recap import build_district_recap

    period = parse_period(args.period)
    out = Path(args.out)
    with DistrictDB(args, pillars) as engine:
        recap = build_district_recap(engine, period, pillars)
    write = _recap_writer(args.format)
    write(recap, out)
    print(_("Rekap kabupaten {period} ditulis ke {out} ({n} desa berdata, {missing} belum mengirim paket periode "
            "ini).").format(
        period=period.label, out=out, n=len(recap.villages), missing=len(recap.missing)))
    return EXIT_OK


def _recap_writer(kind: str) -> Callable[[Any, Path], Any]:
    if kind == "xlsx":
        from desmig_desktop.district.recap_xlsx import write_district_xlsx as write
    elif kind == "pdf":
        from desmig_desktop.district.recap_pdf import write_district_pdf as write
    else:
        from desmig_desktop.district.recap_csv import write_district_csv as write
    return write


# --- the parser ---------------------------------------------------------------------------------------------

def register_district(group: Any, pillars: Sequence[Any]) -> None:
    """The `district` subcommands, on `group` (the subparsers of `desmig district`)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS,
                        help=_("basis data distrik: alamat postgresql+psycopg://… atau path berkas SQLite"))
    common.add_argument("--lang", choices=("id", "en"), default=argparse.SUPPRESS, help=_("bahasa: id atau en"))

    def add(parent: Any, name: str, func: Callable[..., int], help_text: str, json: bool = False) -> Any:
        sp = parent.add_parser(name, help=help_text, parents=[common])
        sp.set_defaults(func=lambda args: func(args, pillars))
        if json:
            sp.add_argument("--json", action="store_true", help=_("keluaran JSON (kode, bukan kata)"))
        return sp

    sp = add(group, "keys", cmd_keys, _("buat pasangan kunci distrik (privat untuk Disnaker, publik untuk desa)"))
    sp.add_argument("--out", required=True, help=_("folder kunci"))
    sp = add(group, "init", cmd_init, _("buat atau perbarui basis data distrik"))
    sp.add_argument("--kabupaten", help=_("nama kabupaten"))
    sp.add_argument("--villages", metavar="CSV", help=_("daftar desa yang diharapkan: kode,nama,kecamatan"))

    villages_parser = group.add_parser("villages", help=_("desa yang diharapkan mengirim paket"), parents=[common])
    villages = villages_parser.add_subparsers(dest="villages_command", required=True,
                                              parser_class=type(villages_parser))
    sp = add(villages, "add", cmd_villages_add, _("tambah desa yang diharapkan"))
    sp.add_argument("code", metavar="CODE", help=_("kode desa Kemendagri (10 angka)"))
    sp.add_argument("name", metavar="NAME", help=_("nama desa"))
    sp.add_argument("--kecamatan", help=_("nama kecamatan"))
    add(villages, "list", cmd_villages_list, _("daftar desa yang diharapkan"), json=True)

    sp = add(group, "merge", cmd_merge, _("gabungkan paket desa ke basis data distrik"), json=True)
    how = sp.add_mutually_exclusive_group(required=True)
    how.add_argument("--key", metavar="FILE", help=_("kunci privat distrik (district-key.txt)"))
    how.add_argument("--password-file", metavar="F", help=_("berkas berisi kata sandi paket"))
    sp.add_argument("--add-villages", action="store_true",
                    help=_("catat desa yang belum ada di daftar, alih-alih menolak paketnya"))
    sp.add_argument("paths", nargs="+", metavar="FILE_OR_DIR", help=_("berkas .desmig atau folder berisi paket"))

    sp = add(group, "status", cmd_status, _("status pelaporan per desa untuk satu periode"), json=True)
    sp.add_argument("--period", required=True, help=_("periode, mis. 2026-11"))
    add(group, "conflicts", cmd_conflicts, _("NIK yang hidup di dua desa atau lebih (penduduk pindah)"), json=True)
    sp = add(group, "recap", cmd_recap, _("rekap kabupaten per kecamatan dan desa"))
    sp.add_argument("--period", required=True, help=_("2026-11, 2026-Q4 atau 2026"))
    sp.add_argument("--format", choices=("xlsx", "pdf", "csv"), required=True)
    sp.add_argument("--out", required=True, help=_("berkas tujuan"))
