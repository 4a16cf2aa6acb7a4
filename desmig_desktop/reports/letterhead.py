"""What every village document shares: the village's titles in the reader's language and the letterhead.

`village` is any object with the village profile's fields (registry's VillageDTO): the kit knows no area.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, HRFlowable, Paragraph

from desmig_desktop.core.formatting import long_date
from desmig_desktop.core.i18n import _
from desmig_desktop.reports.pdf_kit import INK, PdfKit, esc

CREATOR = "Desmig Desktop"


def village_kind(village: Any) -> str:
    """`Desa` or `Kelurahan`: the Kemendagri code's village part starts with 2 for a desa, 1 for a kelurahan."""
    code = village.code
    return _("Kelurahan") if len(code) == 10 and code[6] == "1" else _("Desa")


def village_title(village: Any) -> str:
    """`Desa Kuripan` (`Kuripan Village` in English): kind and name in the order the language wants."""
    if village_kind(village) == _("Kelurahan"):
        return _("Kelurahan {name}").format(name=village.name)
    return _("Desa {name}").format(name=village.name)


def regency_title(village: Any) -> str:
    """`Kabupaten Wonosobo`, or the name as written when it already says Kota/Kabupaten."""
    name = village.kabupaten.strip()
    if name.lower().startswith(("kota ", "kabupaten ", "kab. ")):
        return name
    return _("Kabupaten {name}").format(name=name)


def region_line(village: Any) -> str:
    """`Kec. Watumalang, Kab. Wonosobo, Prov. Jawa Tengah`."""
    kec, kab, prov = village.kecamatan.strip(), village.kabupaten.strip(), village.provinsi.strip()
    if kab and not kab.lower().startswith(("kota ", "kabupaten ", "kab. ")):
        kab = _("Kab. {name}").format(name=kab)
    parts = [_("Kec. {name}").format(name=kec) if kec else "", kab, _("Prov. {name}").format(name=prov) if prov else ""]
    return ", ".join(p for p in parts if p)


def period_line(p: Any) -> str:
    """`November 2026 (1 November 2026 s.d. 30 November 2026)` for a period (code, start, end, label)."""
    return _("{label} ({start} s.d. {end})").format(label=p.label, start=long_date(p.start), end=long_date(p.end))


MARGIN_X = 2 * cm


def letterhead(kit: PdfKit, village: Any) -> list[Flowable]:
    """Kop surat: PEMERINTAH KABUPATEN …, KECAMATAN …, DESA …, address, a double rule."""
    s, v = kit.styles, village
    lines: list[Flowable] = []
    if v.kabupaten.strip():
        lines.append(Paragraph(esc(_("Pemerintah {regency}").format(regency=regency_title(v)).upper()), s["kop1"]))
    if v.kecamatan.strip():
        lines.append(Paragraph(esc(_("Kecamatan {name}").format(name=v.kecamatan.strip()).upper()), s["kop1"]))
    lines.append(Paragraph(esc(village_title(v).upper()), s["kop2"]))
    if v.address.strip():
        lines.append(Paragraph(esc(v.address.strip()), s["kop3"]))
    codes = _("Kode Kemendagri {code} \u00b7 Provinsi {name}").format(code=v.formatted_code, name=v.provinsi)
    lines.append(Paragraph(esc(codes), s["kop3"]))
    lines.append(HRFlowable(width="100%", thickness=2, color=INK, spaceBefore=5, spaceAfter=1.2))
    lines.append(HRFlowable(width="100%", thickness=0.6, color=INK, spaceBefore=0, spaceAfter=4))
    return lines
