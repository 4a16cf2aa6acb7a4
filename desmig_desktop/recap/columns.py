"""The registry's columns in the district recap: one village's figures taken from its recap (`RecapData`), never
queried again. The same columns for every village, in the same order (zeros for None), as the pillars'
`RecapParts.district` columns; codes as in the long-format recap (indicator, category, sex)."""

from __future__ import annotations

from desmig_desktop.core.i18n import N_
from desmig_desktop.core.pillar import DistrictFigure
from desmig_desktop.recap.dataset import FLOWS, STATUS_ORDER, CountRow, RecapData
from desmig_desktop.registry import enums

FLOW_LABELS = {"registered": N_("Pendaftaran calon PMI"), "departed": N_("Keberangkatan"),
               "returned": N_("Kepulangan")}


def _by_sex(code: str, label: str, row: CountRow, category: str = "") -> tuple[DistrictFigure, ...]:
    return (DistrictFigure(code, label, row.male, category=category, sex="L"),
            DistrictFigure(code, label, row.female, category=category, sex="P"))


def registry_columns(data: RecapData | None) -> tuple[DistrictFigure, ...]:
    """People by status and sex, registered, the period's flows by sex, PMI aktif without contact, departures
    under 18, people without a NIK yet."""
    status = {r.key: r for r in data.by_status} if data else {}
    flows = {r.key: r for r in data.flows} if data else {}
    out: list[DistrictFigure] = []
    for key in STATUS_ORDER:
        out += _by_sex("registry.by_status", enums.STATUSES[key], status.get(key, CountRow(key)), key)
    out += _by_sex("registry.registered", N_("Penduduk terdaftar"), data.registered if data else CountRow(""))
    for key in FLOWS:
        out += _by_sex("registry.flows", FLOW_LABELS[key], flows.get(key, CountRow(key)), key)
    out.append(DistrictFigure("registry.lost_contact", N_("PMI aktif hilang kontak"), data.lost_contact if data else 0))
    out.append(DistrictFigure("registry.underage", N_("Berangkat di bawah umur 18 tahun"), data.underage if data else 0))
    out.append(DistrictFigure("registry.nik_missing", N_("NIK belum ada"), data.nik_missing.total if data else 0))
    return tuple(out)
