"""Help with the AK-1 card (kartu kuning, Kartu Pencari Kerja): the application's checklist (KTP, KK, pas foto,
ijazah terakhir), its steps draft -> berkas lengkap -> diserahkan ke Disnaker -> kartu terbit | ditolak, and the
card holder's six-monthly reports. Statuses on a past day come from the step dates (rules.ak1_status_on); the
lists and the due cards are in `ak1_lists`."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.dto import Saved
from desmig_desktop.core.errors import Issue, ValidationError, raise_if_errors
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import _, label
from desmig_desktop.core.months import add_months
from desmig_desktop.core.records import Deletion, get_live, tombstone
from desmig_desktop.registry.models import Person
from desmig_desktop.service_centre import rules
from desmig_desktop.service_centre.codes import (
    AK1_ITEMS,
    AK1_STATUSES,
    AK1_VALID_MONTHS,
)
from desmig_desktop.service_centre.dto import Ak1Detail, Ak1Row, Ak1Step, ChecklistItem
from desmig_desktop.service_centre.models import Ak1Application, Ak1Report, Document
from desmig_desktop.service_centre.services.ak1_lists import (  # noqa: F401 (the contract's names live here too)
    ak1_row,
    due_cards,
    list_ak1,
    person_ak1,
)
from desmig_desktop.service_centre.services.scans import document_for, scan_dtos

OPEN_STATUSES = ("draft", "lengkap", "diserahkan")


def _step_dates(a: Ak1Application) -> dict[str, date | None]:
    return {attr: getattr(a, attr) for attr in rules.AK1_STEP_DATE.values()}


def _live_documents(s: Session, ak1_id: str) -> list[Document]:
    return list(s.scalars(select(Document).where(Document.ak1_id == ak1_id, Document.deleted_at.is_(None))))


def _blocking(s: Session, person_id: str, on: date) -> list[Issue]:
    """An application still under way, or a card still valid on `on`, stops a new application."""
    for a in s.scalars(select(Ak1Application).where(Ak1Application.person_id == person_id,
                                                     Ak1Application.deleted_at.is_(None))
                       .order_by(Ak1Application.opened_on.desc())):
        if a.status in OPEN_STATUSES:
            return [Issue("person_id", _(
                "{name} masih punya pengajuan AK-1 yang berjalan (status \u201c{status}\u201d, dibuka {day}): "
                "lanjutkan pengajuan itu, atau hapus dulu bila keliru.").format(
                name=a.person.name, status=label(AK1_STATUSES, a.status), day=short_date(a.opened_on)))]
        if a.status == "terbit" and a.issued_on is not None:
            valid_until = add_months(a.issued_on, AK1_VALID_MONTHS)
            if on < valid_until:
                return [Issue("person_id", _(
                    "{name} masih punya kartu AK-1 yang berlaku sampai {until} (nomor {number}): pengajuan baru "
                    "dibuat untuk perpanjangan sesudah kartu itu habis.").format(
                    name=a.person.name, until=short_date(valid_until), number=a.card_number))]
    return []


def open_ak1_in(s: Session, ctx: ServiceContext, person_id: str, opened_on: date | None = None) -> Ak1Application:
    on = opened_on or ctx.today()
    person = s.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise ValidationError([Issue("person_id", _("Pilih pemohon dari daftar penduduk desa."))])
    if not person.in_village:
        raise ValidationError([Issue("person_id", _("{name} tidak lagi tercatat tinggal di desa (pindah atau "
                                                    "meninggal): AK-1 diajukan di tempat tinggalnya sekarang.")
                                     .format(name=person.name))])
    if on > ctx.today():
        raise ValidationError([Issue("opened_on", _("Tanggal pengajuan tidak boleh sesudah hari ini."))])
    raise_if_errors(_blocking(s, person_id, on))
    a = Ak1Application(person_id=person_id, status="draft", opened_on=on)
    s.add(a)
    s.flush()
    return a


def open_ak1(ctx: ServiceContext, person_id: str, opened_on: date | None = None) -> Saved:
    """A new AK-1 application (draft) for a registered person."""
    with ctx.unit_of_work() as s:
        return Saved(open_ak1_in(s, ctx, person_id, opened_on).id)


def set_ak1_item(ctx: ServiceContext, ak1_id: str, item: str, done_on: date | None, note: str = "") -> Saved:
    """Tick an item of the checklist on the day the officer saw the paper (None unticks it); only while the
    application is a draft."""
    with ctx.unit_of_work() as s:
        a = get_live(s, Ak1Application, ak1_id)
        issues: list[Issue] = []
        if a.status != "draft":
            issues.append(Issue("items", _("Berkas hanya dapat diubah selama pengajuan masih \u201c{draft}\u201d "
                                           "(sekarang \u201c{status}\u201d).").format(
                draft=label(AK1_STATUSES, "draft"), status=label(AK1_STATUSES, a.status))))
        if item not in AK1_ITEMS:
            issues.append(Issue("item", _("Berkas \u201c{item}\u201d tidak ada dalam daftar AK-1.").format(item=item)))
        if done_on is not None and done_on > ctx.today():
            issues.append(Issue("done_on", _("Tanggal berkas diperiksa tidak boleh sesudah hari ini.")))
        if len(note.strip()) > 300:
            issues.append(Issue("note", _("Catatan berkas terlalu panjang (lebih dari 300 huruf).")))
        raise_if_errors(issues)
        doc = document_for(s, "ak1", a.id, item)
        doc.done_on, doc.note = done_on, note.strip()
        return Saved(doc.id)


def move_ak1(ctx: ServiceContext, ak1_id: str, step: Ak1Step) -> Saved:
    """The next step of an application (rules.ak1_step_issues): its date, the card number or the reason."""
    with ctx.unit_of_work() as s:
        a = get_live(s, Ak1Application, ak1_id)
        done = rules.ak1_items_done({d.item: d.done_on for d in _live_documents(s, a.id)})
        last_on = getattr(a, rules.AK1_STEP_DATE[a.status])
        raise_if_errors(rules.ak1_step_issues(a.status, step.target, step.on, last_on, ctx.today(),
                                              items_done=done, card_number=step.card_number, reason=step.reason))
        setattr(a, rules.AK1_STEP_DATE[step.target], step.on)
        a.status = step.target
        if step.target == "terbit":
            a.card_number = " ".join(step.card_number.split())
        if step.target == "ditolak":
            a.reject_reason = step.reason.strip()
        return Saved(a.id)


def record_ak1_report(ctx: ServiceContext, ak1_id: str, reported_on: date) -> Saved:
    """A card holder's six-monthly report to Disnaker (lapor diri), on a day from the issue to today."""
    with ctx.unit_of_work() as s:
        a = get_live(s, Ak1Application, ak1_id)
        issues: list[Issue] = []
        if a.status != "terbit" or a.issued_on is None:
            issues.append(Issue("reported_on", _("Laporan hanya dicatat untuk kartu AK-1 yang sudah terbit.")))
        elif reported_on is None:
            issues.append(Issue("reported_on", _("Tanggal lapor wajib diisi: tulis seperti 22/11/2026.")))
        elif reported_on < a.issued_on:
            issues.append(Issue("reported_on", _("Tanggal lapor tidak boleh sebelum kartu terbit ({day}).")
                                .format(day=short_date(a.issued_on))))
        elif reported_on > ctx.today():
            issues.append(Issue("reported_on", _("Tanggal lapor tidak boleh sesudah hari ini.")))
        elif any(r.reported_on == reported_on for r in a.reports):
            issues.append(Issue("reported_on", _("Laporan tanggal {day} sudah dicatat.")
                                .format(day=short_date(reported_on))))
        raise_if_errors(issues)
        r = Ak1Report(ak1_id=a.id, reported_on=reported_on)
        s.add(r)
        s.flush()
        return Saved(r.id)


def get_ak1(ctx: ServiceContext, ak1_id: str) -> Ak1Detail:
    with ctx.reader() as s:
        a = get_live(s, Ak1Application, ak1_id)
        docs = {d.item: d for d in _live_documents(s, a.id)}
        checklist = tuple(
            ChecklistItem(docs[code].id, code, docs[code].done_on, docs[code].note, scan_dtos(ctx, docs[code].scans))
            if code in docs else ChecklistItem(None, code, None) for code in AK1_ITEMS)
        row = ak1_row(a, [d.item for d in docs.values() if d.done_on is not None], ctx.today())
        return Ak1Detail(row, checklist, tuple(r.reported_on for r in a.reports), a.reject_reason, a.rejected_on,
                         a.complete_on, a.submitted_on, a.note, rules.AK1_NEXT[a.status])


def set_ak1_note(ctx: ServiceContext, ak1_id: str, note: str) -> Saved:
    """The officer's private note on an application."""
    with ctx.unit_of_work() as s:
        a = get_live(s, Ak1Application, ak1_id)
        a.note = note.strip()
        return Saved(a.id)


def delete_ak1(ctx: ServiceContext, ak1_id: str) -> Deletion:
    """Delete an application with its checklist, scans and reports (undone from the "Terhapus" view)."""
    with ctx.unit_of_work() as s:
        return tombstone(s, get_live(s, Ak1Application, ak1_id))


__all__ = ["Ak1Row", "delete_ak1", "due_cards", "get_ak1", "list_ak1", "move_ak1", "open_ak1", "person_ak1",
           "record_ak1_report", "set_ak1_item", "set_ak1_note"]
