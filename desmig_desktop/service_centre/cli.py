"""Pusat Layanan Migrasi's commands: `complaints list`, `ak1 due` and `calon at-risk`, as of today or any past day
(`--as-of`). Their JSON carries codes (status `dirujuk`, risk `no_p3mi`) and ISO dates, the same in every language;
the text lines are in the chosen language. A complaint's description, outcome, action log and reporter never
appear (only its category, status and dates); NIKs are masked."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from desmig_desktop.core.commands import (
    EXIT_OK,
    Commands,
    open_context,
    parse_day,
    print_json,
)
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.i18n import _, label, n_
from desmig_desktop.service_centre.codes import (
    COMPLAINT_CATEGORIES,
    COMPLAINT_STATUSES,
    DEPARTURE_ITEMS,
    DUE_DAYS,
    REFERRAL_TARGETS,
    RISKS,
)

OPEN = "terbuka"  # --status terbuka: every status but selesai


def _day(args: argparse.Namespace) -> tuple[Any, date]:
    as_of = parse_day(args.as_of)  # validate before opening anything
    ctx = open_context(args)
    return ctx, as_of or ctx.today()


def _short(value: date | None) -> str:
    from desmig_desktop.core.formatting import short_date

    return short_date(value) if value is not None else "-"


def cmd_complaints_list(args: argparse.Namespace) -> int:
    from desmig_desktop.service_centre.services.complaints import list_complaints

    ctx, day = _day(args)
    status = None if args.status in (None, OPEN) else args.status
    rows = [r for r in list_complaints(ctx, status=status, category=args.category, day=day)
            if args.status != OPEN or r.status != "selesai"]
    if args.json:
        print_json({"as_of": day, "complaints": [
            {"id": r.id, "category": r.category, "status": r.status, "opened_on": r.opened_on,
             "status_on": r.status_on, "referred_to": r.referred_to, "closed_on": r.closed_on,
             "days_open": r.days_open, "country": r.country} for r in rows]})
        return EXIT_OK
    print(_("Pengaduan per {day}: {n}").format(day=_short(day), n=len(rows)))
    line = _("{opened:10}  {category:24} {status:16} {days:>4} hari  {country:16} {referred}")
    for r in rows:
        referred = (_("dirujuk ke {target}").format(target=label(REFERRAL_TARGETS, r.referred_to))
                    if r.referred_to else "")
        print(line.format(opened=_short(r.opened_on), category=label(COMPLAINT_CATEGORIES, r.category)[:24],
                          status=label(COMPLAINT_STATUSES, r.status)[:16], days=r.days_open,
                          country=r.country[:16], referred=referred).rstrip())
    return EXIT_OK


def cmd_ak1_due(args: argparse.Namespace) -> int:
    from desmig_desktop.service_centre.services.ak1 import due_cards

    if args.days < 0:
        raise ValidationError([Issue("days", _("--days: tulis jumlah hari 0 atau lebih, mis. --days 30."))])
    ctx, day = _day(args)
    rows = due_cards(ctx, args.days, day)
    if args.json:
        print_json({"as_of": day, "days": args.days, "cards": [
            {"id": r.id, "person_id": r.person_id, "name": r.name, "nik": r.nik, "sex": r.sex,
             "card_number": r.card_number, "issued_on": r.issued_on,
             "due": r.due.kind if r.due else None, "due_on": r.due.due_on if r.due else None,
             "valid_until": r.due.valid_until if r.due else None,
             "days_left": r.due.days_left(day) if r.due else None} for r in rows]})
        return EXIT_OK
    print(_("Kartu AK-1 wajib lapor/perpanjang dalam {days} hari per {day}: {n}").format(
        days=args.days, day=_short(day), n=len(rows)))
    kinds = {"report": _("lapor 6 bulanan"), "renewal": _("perpanjangan")}
    for r in rows:
        due = r.due
        left = due.days_left(day) if due else 0
        when = ((n_("terlambat {n} hari", "terlambat {n} hari", -left) if left < 0
                 else n_("{n} hari lagi", "{n} hari lagi", left)).format(n=abs(left)) if due else "")
        print(_("{name:24} {nik:18} kartu {card:22} {kind:16} {due:10} {when}").format(
            name=r.name[:24], nik=r.nik, card=r.card_number[:22], kind=kinds.get(due.kind, "") if due else "",
            due=_short(due.due_on if due else None), when=when).rstrip())
    return EXIT_OK


def cmd_calon_at_risk(args: argparse.Namespace) -> int:
    from desmig_desktop.service_centre.services.documents import calon_at_risk

    ctx, day = _day(args)
    rows = calon_at_risk(ctx, day)
    if args.json:
        print_json({"as_of": day, "calon": [
            {"placement_id": r.placement_id, "person_id": r.person_id, "name": r.name, "nik": r.nik, "sex": r.sex,
             "age": r.age, "country": r.country, "scheme": r.scheme, "agency": r.agency, "route": r.route,
             "registered_on": r.registered_on, "planned_on": r.planned_on,
             "documents": {"done": r.readiness.done, "total": r.readiness.total,
                           "missing": list(r.readiness.missing)},
             "risks": list(r.risks)} for r in rows]})
        return EXIT_OK
    print(_("Calon PMI berisiko per {day}: {n}").format(day=_short(day), n=len(rows)))
    for r in rows:
        print(_("{name:24} {nik:18} {country:14} dokumen {done}/{total}  rencana berangkat {planned}").format(
            name=r.name[:24], nik=r.nik, country=(r.country or "-")[:14], done=r.readiness.done,
            total=r.readiness.total, planned=_short(r.planned_on)))
        print("    " + _("Risiko: {risks}").format(risks="; ".join(label(RISKS, c) for c in r.risks)))
        if r.readiness.missing:
            print("    " + _("Dokumen kurang: {items}").format(
                items=", ".join(label(DEPARTURE_ITEMS, c) for c in r.readiness.missing)))
    return EXIT_OK


def register(commands: Commands) -> None:
    as_of_help = _("tanggal DD/MM/YYYY atau YYYY-MM-DD (tanpa ini: hari ini)")
    sp = commands.add(commands.group("complaints", _("pengaduan pekerja migran")), "list", cmd_complaints_list,
                      _("daftar pengaduan dengan kategori, status, tanggal dan lama terbuka (tanpa isi pengaduan)"))
    sp.add_argument("--status", choices=[*COMPLAINT_STATUSES, OPEN],
                    help=_("hanya status ini; \u201cterbuka\u201d: semua yang belum selesai"))
    sp.add_argument("--category", choices=list(COMPLAINT_CATEGORIES), help=_("hanya kategori ini"))
    sp.add_argument("--as-of", dest="as_of", help=as_of_help)
    sp.add_argument("--json", action="store_true")
    sp = commands.add(commands.group("ak1", _("kartu AK-1 (kartu kuning)")), "due", cmd_ak1_due,
                      _("kartu AK-1 yang wajib lapor 6 bulanan atau perpanjangan dalam beberapa hari, atau terlambat"))
    sp.add_argument("--days", type=int, default=DUE_DAYS, help=_("berapa hari ke depan (bawaan: 30)"))
    sp.add_argument("--as-of", dest="as_of", help=as_of_help)
    sp.add_argument("--json", action="store_true")
    sp = commands.add(commands.group("calon", _("calon pekerja migran")), "at-risk", cmd_calon_at_risk,
                      _("calon PMI berisiko dengan alasannya dan dokumen yang kurang"))
    sp.add_argument("--as-of", dest="as_of", help=as_of_help)
    sp.add_argument("--json", action="store_true")

