"""A member's statement (rekening simpanan, A4): the savings moves of a period with a running balance per kind,
opening and closing balances, and the member's loans with their status as of the period's end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from desmig_desktop.core.formatting import long_date, short_date
from desmig_desktop.core.i18n import _, label
from desmig_desktop.reports.pdf_kit import PdfKit, esc
from desmig_desktop.reports.tables import COUNT, DATE, MONEY, TEXT, Column
from desmig_desktop.savings.dto import StatementDTO
from desmig_desktop.savings.reports.common import (
    LOAN_STATUSES,
    SAVINGS_KINDS,
    build,
    frame_width,
    grid,
    header,
    pairs,
    place_date,
    signatures,
    sub_heading,
)

KINDS = ("pokok", "wajib", "sukarela")


def statement_title(dto: StatementDTO) -> str:
    return _("Rekening Simpanan {name}").format(name=dto.member.name)


def period_text(dto: StatementDTO) -> str:
    return _("{start} s.d. {end}").format(start=long_date(dto.start), end=long_date(dto.end))


def closing(dto: StatementDTO) -> dict[str, int]:
    """Each kind's balance at the end: the last line's balance, or the opening when nothing moved."""
    out = dict(dto.opening)
    for line in dto.lines:
        out[line.savings_kind] = line.balance
    return {k: out.get(k, 0) for k in KINDS}


def _balances(kit: PdfKit, dto: StatementDTO):  # type: ignore[no-untyped-def]
    cols = (Column(_("Jenis simpanan"), TEXT), Column(_("Saldo awal"), MONEY), Column(_("Setoran"), MONEY),
            Column(_("Penarikan"), MONEY), Column(_("Saldo akhir"), MONEY))
    end = closing(dto)
    rows = []
    for kind in KINDS:
        mine = [ln for ln in dto.lines if ln.savings_kind == kind]
        rows.append((label(SAVINGS_KINDS, kind), dto.opening.get(kind, 0), sum(ln.deposit for ln in mine),
                     sum(ln.withdrawal for ln in mine), end[kind]))
    total = (_("Jumlah"), *(sum(r[i] for r in rows) for i in range(1, 5)))
    return grid(kit, cols, rows, total)


def _lines(kit: PdfKit, dto: StatementDTO, kind: str):  # type: ignore[no-untyped-def]
    cols = (Column(_("Tanggal"), DATE), Column(_("Keterangan"), TEXT), Column(_("Setoran"), MONEY),
            Column(_("Penarikan"), MONEY), Column(_("Saldo"), MONEY))
    rows: list[tuple] = [(dto.start, _("Saldo awal"), "", "", dto.opening.get(kind, 0))]
    rows += [(ln.on, ln.description, ln.deposit or "", ln.withdrawal or "", ln.balance)
             for ln in dto.lines if ln.savings_kind == kind]
    return grid(kit, cols, rows, (dto.end, _("Saldo akhir"), "", "", closing(dto)[kind]))


def _loans(kit: PdfKit, dto: StatementDTO):  # type: ignore[no-untyped-def]
    cols = (Column(_("No. pinjaman"), TEXT), Column(_("Tanggal cair"), DATE), Column(_("Pokok"), MONEY),
            Column(_("Sisa pokok"), MONEY), Column(_("Hari terlambat"), COUNT, _("Terlambat")),
            Column(_("Status"), TEXT))
    rows = [(ln.number, ln.disbursed_on, ln.principal, ln.principal_outstanding, ln.days_past_due,
             label(LOAN_STATUSES, ln.status)) for ln in dto.loans]
    return grid(kit, cols, rows)


def statement_story(kit: PdfKit, dto: StatementDTO, village: Any = None, officer: str = "") -> list[Flowable]:
    s = kit.styles
    m = dto.member
    story: list[Flowable] = header(kit, dto.village, dto.fund_name, village)
    story.append(Paragraph(esc(_("Rekening Simpanan Anggota").upper()), s["title"]))
    story.append(Paragraph(esc(_("Periode {period}").format(period=period_text(dto))), s["subtitle"]))
    facts = [(_("Nama anggota"), m.name), (_("Nomor anggota"), m.number or "\u2013"),
             (_("Tanggal masuk"), long_date(m.joined_on))]
    if m.left_on is not None:
        facts.append((_("Tanggal keluar"), long_date(m.left_on)))
    story.append(pairs(kit, facts, 4 * cm))
    story.append(sub_heading(kit, _("Ringkasan simpanan")))
    story.append(_balances(kit, dto))
    for kind in KINDS:
        if any(ln.savings_kind == kind for ln in dto.lines) or dto.opening.get(kind, 0):
            story.append(KeepTogether([sub_heading(kit, label(SAVINGS_KINDS, kind)), _lines(kit, dto, kind)]))
    story.append(sub_heading(kit, _("Pinjaman (keadaan {day})").format(day=short_date(dto.end))))
    if dto.loans:
        story.append(_loans(kit, dto))
    else:
        story.append(Paragraph(esc(_("Tidak ada pinjaman.")), s["body"]))
    story.append(KeepTogether([kit.spacer(10), signatures(kit, place_date(dto.village, dto.end),
                                                          [(_("Anggota"), m.name), (_("Petugas"), officer)])]))
    return story


def statement_pdf(dto: StatementDTO, path: str | Path, village: Any = None, officer: str = "") -> Path:
    """Write the member's statement to `path`; return its path."""
    kit = PdfKit(frame_width(A4))
    title = f"{statement_title(dto)} \u2014 {period_text(dto)}"
    return build(path, statement_story(kit, dto, village, officer), A4, title, _("Rekening simpanan"), officer)
