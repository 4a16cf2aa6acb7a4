"""The district's commands on `desmig` (issue 10), wired by `desmig_desktop.cli`.

Village side (on the village file, `--db` as for every village command):
- `desmig export package --out DIR [--period P] [--password-file F]`: writes `<code>-<date>.desmig`; prints its
  path and sequence, and — only when the village has no district key and no --password-file was given — the
  generated password, once.
- `desmig village set-district-key FILE [--email ADDR]`: keeps Disnaker's public key (district-key.pub).

District side (`--db` a PostgreSQL URL `postgresql+psycopg://…` or the path of an SQLite file):
- `desmig district keys --out DIR`
- `desmig district init --db URL [--kabupaten NAME] [--villages CSV]` (CSV columns kode,nama,kecamatan)
- `desmig district villages add CODE NAME [--kecamatan K] --db URL`, `desmig district villages list --db URL [--json]`
- `desmig district merge --db URL (--key FILE | --password-file F) [--add-villages] [--json] FILE_OR_DIR…`
  exit 0 when every package was merged or skipped, 3 when any was refused (the others are merged all the same)
- `desmig district status --db URL --period P [--json]`
- `desmig district conflicts --db URL [--json]`
- `desmig district recap --db URL --period P --format xlsx|pdf|csv --out FILE`

JSON (stdout, English keys, codes not words, the same in every language; dates ISO 8601, times UTC with `Z`):
- `villages list`: `[{"code", "name", "kecamatan", "kabupaten", "village_id", "added_at", "added_by"}]`
- `merge`: `[{"file", "status" ("merged"|"refused"|"skipped"), "village_code", "village_name", "sequence",
  "period", "rows_changed", "warnings": [str], "message"}]`
- `status`: `{"period", "expected", "arrived", "missing", "rate", "villages": [{"code", "name", "kecamatan",
  "arrived", "received_at", "sequence", "file_name", "later", "warnings": [str]}]}`
- `conflicts`: `[{"nik" (masked), "name", "counted_in" (village code or null), "places": [{"village_code",
  "village_name", "kecamatan", "person_id", "present", "moved_out_on", "moved_in_on", "counted"}]}]`
A NIK is never printed in full: masked as everywhere else (core.privacy.mask_number).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Sequence

from desmig_desktop.core.commands import EXIT_OK, Commands, open_context
from desmig_desktop.core.i18n import _


def cmd_export_package(args: argparse.Namespace, pillars: Sequence[Any]) -> int:
    from desmig_desktop.core.periods import parse_period
    from desmig_desktop.district.cli_io import read_password_file
    from desmig_desktop.district.package import write_package

    period = parse_period(args.period) if args.period else None  # validate before opening anything
    password = read_password_file(args.password_file) if args.password_file else None
    sent = write_package(open_context(args), Path(args.out), pillars, period, password=password)
    print(_("Paket ditulis: {path}").format(path=sent.path))
    print(_("Urutan {sequence}, periode {period}.").format(sequence=sent.sequence, period=sent.period.label))
    if sent.password and not args.password_file:
        print(_("Kata sandi paket: {password}").format(password=sent.password))
        print(_("Kata sandi ini hanya ditampilkan sekali: catat sekarang dan sampaikan ke Disnaker lewat telepon "
                "atau pesan terpisah, jangan bersama berkas paketnya."))
    elif password:
        print(_("Paket dienkripsi dengan kata sandi dari {path}.").format(path=args.password_file))
    else:
        print(_("Paket dienkripsi dengan kunci Disnaker: hanya Disnaker yang dapat membukanya."))
    return EXIT_OK


def cmd_set_district_key(args: argparse.Namespace) -> int:
    from desmig_desktop.district.package import district_link, set_district_key

    text = Path(args.file).read_text(encoding="utf-8-sig", errors="replace")
    ctx = open_context(args)
    set_district_key(ctx, text, args.email or "")
    link = district_link(ctx)
    print(_("Kunci Disnaker disimpan (sidik jari {fingerprint}). Paket berikutnya dienkripsi untuk Disnaker.")
          .format(fingerprint=link.fingerprint))
    if link.email:
        print(_("Alamat e-mail Disnaker: {email}").format(email=link.email))
    return EXIT_OK


def register(commands: Commands, pillars: Sequence[Any]) -> None:
    """Add `export package`, `village set-district-key` and the `district …` group to `desmig`."""
    from desmig_desktop.district.cli_district import register_district

    sp = commands.add(commands.group("export", _("ekspor data dan rekap")), "package",
                      lambda args: cmd_export_package(args, pillars),
                      _("paket terenkripsi untuk Disnaker (seluruh data desa dan rekap periode)"))
    sp.add_argument("--out", required=True, help=_("folder tujuan paket"))
    sp.add_argument("--period", help=_("periode rekap, mis. 2026-11 (bawaan: bulan terakhir yang sudah lewat)"))
    sp.add_argument("--password-file", help=_("berkas berisi kata sandi paket (jika desa belum punya kunci "
                                              "Disnaker); kata sandinya tidak ditampilkan"))
    sp = commands.add(commands.group("village", _("profil desa")), "set-district-key", cmd_set_district_key,
                      _("simpan kunci publik Disnaker (district-key.pub)"))
    sp.add_argument("file", metavar="FILE", help=_("berkas district-key.pub dari Disnaker"))
    sp.add_argument("--email", help=_("alamat e-mail Disnaker untuk pengiriman paket"))
    register_district(commands.group("district", _("basis data distrik (Disnaker kabupaten)")), pillars)
