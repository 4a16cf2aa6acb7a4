"""The district recap as a PDF report, A4 landscape (never queries): the kabupaten's figures, the main figures
per kecamatan and per village, bar charts of the main figures by village, and the villages not yet reported.
No NIK and no name of a person: figures only.

Speed (500 villages): the tables' cells are plain strings drawn in the table's font (a Paragraph only for a text too
wide for its column, so it wraps), not one Paragraph per cell; the charts show the top villages only."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

from desmig_desktop.core.files import atomic_output
from desmig_desktop.core.formatting import long_date, number, rupiah
from desmig_desktop.core.i18n import _
from desmig_desktop.district.recap import DistrictRecap, document_title, kabupaten_lines
from desmig_desktop.reports.letterhead import CREATOR, period_line
from desmig_desktop.reports.pdf_kit import FONT, PdfKit, _table_style, esc, numbered_canvas

MARGIN = 1.6 * cm
# The main figures (indicator, category): the tables' columns and the charts, those of the recap's pillars.
MAIN = (("registry.registered", ""), ("registry.by_status", "calon"), ("registry.by_status", "aktif"),
        ("registry.by_status", "purna"), ("registry.flows", "departed"), ("registry.flows", "returned"),
        ("registry.lost_contact", ""), ("production.groups", ""), ("production.sales_total", ""),
        ("savings.savings_balance", ""), ("savings.principal_outstanding", ""))
CHARTS = (("registry.by_status", "aktif"), ("registry.by_status", "purna"), ("registry.flows", "departed"),
          ("production.sales_total", ""), ("savings.savings_balance", ""))
CHART_BARS = 30  # villages per chart (the highest values), so a chart stays readable at 500 villages
BAR = colors.HexColor("#4472C4")


class _Main:
    """One main figure: its heading and, for any row of values, its value (an indicator's L and P summed)."""

    def __init__(self, recap: DistrictRecap, code: str, category: str):
        self.indexes = [i for i, c in enumerate(recap.columns()) if (c.code, c.category) == (code, category)]
        first = recap.columns()[self.indexes[0]] if self.indexes else None
        self.key = (code, category)
        self.money = bool(first and first.money)
        self.heading = _(first.label) if first else ""

    def of(self, values: Sequence[int]) -> int:
        return sum(values[i] for i in self.indexes)

    def text(self, values: Sequence[int]) -> str:
        return rupiah(self.of(values)) if self.money else number(self.of(values))


PAD = 10  # a cell's left and right padding together (pdf_kit's table style)
FONT_SIZE = 9


def _table(kit: PdfKit, title: str, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
           numeric: Sequence[int] = ()) -> list[Flowable]:
    """`PdfKit.table`'s look (headed, header repeated, grid, numeric columns right-aligned), its body cells plain
    strings: a text wider than its column becomes a Paragraph, so it wraps as PdfKit's cells do."""
    s = kit.styles
    data: list[list[object]] = [[Paragraph(esc(h), s["head"]) for h in headers]]
    room = [w - PAD for w in widths]
    for row in rows:
        data.append([Paragraph(esc(v), s["num"] if i in numeric else s["cell"])
                     if v and stringWidth(v, FONT, FONT_SIZE) > room[i] else v for i, v in enumerate(row)])
    style = _table_style() + [("LEADING", (0, 1), (-1, -1), 11)]
    style += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i in numeric]
    table = Table(data, colWidths=list(widths), repeatRows=1, style=TableStyle(style))
    return kit.headed(title, table, len(data))


def _mains(recap: DistrictRecap, keys: Sequence[tuple[str, str]]) -> list[_Main]:
    return [m for m in (_Main(recap, *k) for k in keys) if m.indexes]


def _intro(kit: PdfKit, recap: DistrictRecap) -> list[Flowable]:
    reported = sum(1 for v in recap.villages if v.reported)
    lines = [
        _("Periode: {period}").format(period=period_line(recap.period)),
        _("Tanggal dibuat: {day}").format(day=long_date(recap.generated_on)),
        _("Desa yang sudah lapor periode ini: {n} dari {total}").format(n=reported, total=reported + len(recap.missing)),
    ]
    return [kit.paragraph(document_title(recap).upper(), "title"), *(kit.paragraph(t) for t in lines),
            kit.spacer(0.3 * cm)]


def _kabupaten(kit: PdfKit, recap: DistrictRecap) -> list[Flowable]:
    rows = []
    for group, label, total, male, money in kabupaten_lines(recap, recap.kabupaten_total().values):
        fmt = rupiah if money else number
        rows.append((group, label, "" if male is None else number(male),
                     "" if male is None else number(total - male), fmt(total)))
    heads = [_("Bidang"), _("Uraian"), _("Laki-laki"), _("Perempuan"), _("Jumlah")]
    w = kit.width
    return _table(kit, _("Ringkasan kabupaten"), heads, rows, [7.5 * cm, w - 17.5 * cm, 3 * cm, 3 * cm, 4 * cm],
                  numeric=(2, 3, 4))


def _by_place(kit: PdfKit, recap: DistrictRecap, mains: list[_Main]) -> list[Flowable]:
    money_w, count_w = 2.9 * cm, 1.6 * cm
    numbers = [money_w if m.money else count_w for m in mains]
    text_w = (kit.width - 1 * cm - sum(numbers)) / 2
    heads = [m.heading for m in mains]
    numeric = tuple(range(3, 3 + len(mains)))
    total_name = _("Kabupaten {name}").format(name=recap.kabupaten) if recap.kabupaten else _("Kabupaten")
    kab = recap.kabupaten_total()
    kec_rows = [("", t.kecamatan or "\u2013", number(t.villages), *(m.text(t.values) for m in mains))
                for t in recap.totals()[:-1]]
    kec_rows.append(("", total_name, number(kab.villages), *(m.text(kab.values) for m in mains)))
    village_rows = [(str(n), v.kecamatan, v.name + ("" if v.reported else " *"), *(m.text(v.values) for m in mains))
                    for n, v in enumerate(recap.villages, 1)]
    village_rows.append(("", total_name, "", *(m.text(kab.values) for m in mains)))
    widths = [1 * cm, text_w, text_w, *numbers]
    out = _table(kit, _("Angka utama per kecamatan"), ["", _("Kecamatan"), _("Jumlah desa"), *heads], kec_rows,
                 [1 * cm, text_w, text_w, *numbers], numeric=(2, *numeric))
    out += _table(kit, _("Angka utama per desa"), [_("No."), _("Kecamatan"), _("Desa"), *heads], village_rows,
                  widths, numeric=numeric)
    if any(not v.reported for v in recap.villages):
        out.append(kit.paragraph(_("* Paket periode ini belum diterima: angka dari paket terakhir yang diterima."),
                                 "note"))
    return out


def _chart(kit: PdfKit, recap: DistrictRecap, main: _Main) -> list[Flowable]:
    ranked = sorted(recap.villages, key=lambda v: (-main.of(v.values), v.name))[:CHART_BARS]
    title = _("{label} (Rp)").format(label=main.heading) if main.money else main.heading
    if len(recap.villages) > CHART_BARS:
        title = _("{title} \u2014 {n} desa tertinggi").format(title=title, n=CHART_BARS)
    height = 1.2 * cm + 0.45 * cm * max(len(ranked), 1)
    drawing = Drawing(kit.width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 5 * cm, 0.6 * cm
    chart.width, chart.height = kit.width - 7.5 * cm, height - 1 * cm
    chart.data = [[main.of(v.values) for v in reversed(ranked)] or [0]]
    if max(chart.data[0]) < 5:  # whole steps: a count of 2 has no tick at 0.5
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = max(max(chart.data[0]), 1), 1
    chart.categoryAxis.categoryNames = [v.name for v in reversed(ranked)] or [""]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: number(int(v))
    chart.bars[0].fillColor = BAR
    chart.barLabelFormat = lambda v: number(int(v))
    chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.boxAnchor = FONT, 6, "w"
    drawing.add(chart)
    return [KeepTogether([kit.heading(title), drawing])]


def _missing(kit: PdfKit, recap: DistrictRecap) -> list[Flowable]:
    rows = [(str(n), m.code, m.name, m.kecamatan,
             _("angka dari paket terakhir") if m.has_data else _("belum pernah mengirim paket"))
            for n, m in enumerate(recap.missing_villages, 1)]
    if not rows:
        return [kit.heading(_("Desa belum lapor")), kit.paragraph(_("Semua desa sudah lapor untuk periode ini."))]
    w = kit.width
    return _table(kit, _("Desa belum lapor"), [_("No."), _("Kode desa"), _("Desa"), _("Kecamatan"), _("Keterangan")],
                  rows, [1 * cm, 3 * cm, (w - 12 * cm) / 2, (w - 12 * cm) / 2, 8 * cm])


def write_district_pdf(recap: DistrictRecap, out: str | Path) -> Path:
    """Write the report to `out` (replaced atomically) and return its path."""
    target = Path(out)
    page = landscape(A4)
    kit = PdfKit(page[0] - 2 * MARGIN)
    story: list[Flowable] = _intro(kit, recap) + _kabupaten(kit, recap)
    mains = _mains(recap, MAIN)
    story += _by_place(kit, recap, mains)
    for main in _mains(recap, CHARTS):
        story += _chart(kit, recap, main)
    story += _missing(kit, recap)
    title = document_title(recap)
    footer = _("{title} \u00b7 dibuat {day}").format(title=title, day=long_date(recap.generated_on))
    with atomic_output(target) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=1.4 * cm,
                                bottomMargin=1.8 * cm, title=title, author=CREATOR, creator=CREATOR, producer=CREATOR,
                                initialFontName=FONT, lang="id-ID")
        doc.build(story, canvasmaker=numbered_canvas(footer))
    return target


