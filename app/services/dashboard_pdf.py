"""The dashboard as a PDF (A4 portrait): its charts as pictures, its tables as text.

Qt-free, so it runs on a worker: the screen hands over the charts already
drawn (PNG bytes) and the tables with every cell already formatted in the
person's locale. Text in any script goes through
:func:`app.reports.fonts.draw_text` (Arabic joined and ordered, Devanagari
shaped); in a right-to-left school the columns run from the right.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.reports.fonts import draw_text, register_fonts, text_width

MARGIN = 14 * mm
INK = (0.12, 0.16, 0.2)
MUTED = (0.4, 0.45, 0.5)
RULE = (0.82, 0.85, 0.88)


@dataclass(frozen=True)
class PdfTable:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]  # right-aligned (in a left-to-right page) columns
    more: str = ""  # a line said under a table cut short ("… and 40 more")


@dataclass(frozen=True)
class PdfPart:
    heading: str
    lines: tuple[str, ...] = ()  # short sentences (figures) under the heading
    charts: tuple[tuple[bytes, float], ...] = ()  # PNG bytes, width ÷ height
    tables: tuple[tuple[str, PdfTable], ...] = ()  # (title, table)


@dataclass(frozen=True)
class PdfDocument:
    title: str
    subtitle: str
    parts: tuple[PdfPart, ...]
    footer: str = ""
    rtl: bool = False
    page_label: str = "{page}"  # translated, with {page}
    meta: dict[str, str] = field(default_factory=dict)


class _Writer:
    def __init__(self, doc: PdfDocument, out: io.BytesIO) -> None:
        self.doc = doc
        self.c = Canvas(out, pagesize=A4, pageCompression=1)
        self.c.setTitle(doc.title)
        self.c.setCreator("Daftar")
        self.width, self.height = A4
        self.page = 1
        self.y = self.height - MARGIN
        self.base_dir = "R" if doc.rtl else "L"

    # -- geometry: x positions mirror in a right-to-left page --------------

    def text(self, x: float, text: str, size: float, *, bold: bool = False, colour=INK,  # noqa: ANN001
             align: str = "left", width: float = 0.0) -> None:
        self.c.setFillColorRGB(*colour)
        if self.doc.rtl:
            x = self.width - x
            align = {"left": "right", "right": "left"}.get(align, align)
        draw_text(self.c, x, self.y, text, size, bold=bold, align=align, base_dir=self.base_dir)

    def need(self, height: float) -> None:
        if self.y - height < MARGIN + 12:
            self.new_page()

    def new_page(self) -> None:
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = self.height - MARGIN

    def footer(self) -> None:
        saved = self.y
        self.y = MARGIN - 4
        self.text(MARGIN, self.doc.footer, 7.5, colour=MUTED)
        self.text(self.width - MARGIN, self.doc.page_label.format(page=self.page), 7.5, colour=MUTED, align="right")
        self.y = saved

    # -- blocks --------------------------------------------------------------

    def heading(self, text: str, size: float = 13) -> None:
        self.need(size * 3)
        self.y -= size * 1.2
        self.text(MARGIN, text, size, bold=True)
        self.y -= size * 0.6

    def line(self, text: str, size: float = 9.5, colour=MUTED) -> None:  # noqa: ANN001
        self.need(size * 1.6)
        self.y -= size * 1.4
        self.text(MARGIN, text, size, colour=colour)

    def chart(self, png: bytes, ratio: float) -> None:
        w = self.width - 2 * MARGIN
        h = w / max(ratio, 0.5)
        if h > 95 * mm:
            h = 95 * mm
            w = h * ratio
        self.need(h + 6)
        self.y -= h + 4
        x = MARGIN if not self.doc.rtl else self.width - MARGIN - w
        self.c.drawImage(ImageReader(io.BytesIO(png)), x, self.y, w, h, preserveAspectRatio=True, anchor="c")
        self.y -= 4

    def table(self, title: str, table: PdfTable, size: float = 8.0) -> None:
        usable = self.width - 2 * MARGIN
        widths = [text_width(h, size, True) for h in table.headers]
        for row in table.rows[:60]:
            for i, cell in enumerate(row):
                widths[i] = max(widths[i], text_width(cell, size))
        widths = [w + 8 for w in widths]
        widths = fit_widths(widths, table.numeric, usable)
        row_h = size * 1.65
        self.need(size * 2 + row_h * 3)
        self.y -= size * 1.8
        self.text(MARGIN, title, size + 2, bold=True)

        def header_row() -> None:
            self.y -= row_h
            x = MARGIN
            for i, h in enumerate(table.headers):
                self._cell(x, widths[i], h, size, table.numeric[i], bold=True)
                x += widths[i]
            self.c.setStrokeColorRGB(*RULE)
            self.c.line(MARGIN, self.y - 3, MARGIN + sum(widths), self.y - 3)

        header_row()
        for row in table.rows:
            if self.y - row_h < MARGIN + 12:
                self.new_page()
                header_row()
            self.y -= row_h
            x = MARGIN
            for i, cell in enumerate(row):
                self._cell(x, widths[i], cell, size, table.numeric[i])
                x += widths[i]
        if table.more:
            self.line(table.more, size)

    def _cell(self, x: float, width: float, text: str, size: float, numeric: bool, bold: bool = False) -> None:
        while text and text_width(text, size, bold) > width - 6 and len(text) > 2:
            text = text[:-2] + "…"
        if numeric:
            self.text(x + width - 4, text, size, bold=bold, align="right")
        else:
            self.text(x + 2, text, size, bold=bold)

    def write(self) -> None:
        doc = self.doc
        self.y -= 16
        self.text(MARGIN, doc.title, 18, bold=True)
        self.y -= 14
        self.text(MARGIN, doc.subtitle, 10, colour=MUTED)
        self.y -= 4
        for part in doc.parts:
            self.heading(part.heading)
            for line in part.lines:
                self.line(line)
            for png, ratio in part.charts:
                self.chart(png, ratio)
            for title, table in part.tables:
                self.table(title, table)
            self.y -= 6
        self.footer()
        self.c.showPage()
        self.c.save()


def fit_widths(widths: Sequence[float], numeric: Sequence[bool], usable: float) -> list[float]:
    """Column widths that fit ``usable``: the widest text columns are cut first, to a common cap.

    Numbers keep their width; if they alone do not fit, everything is scaled.
    """
    widths = list(widths)
    if sum(widths) <= usable:
        return widths
    fixed = sum(w for w, n in zip(widths, numeric, strict=True) if n)
    text = sorted(w for w, n in zip(widths, numeric, strict=True) if not n)
    room = usable - fixed
    if not text or room <= 0:
        return [w * usable / sum(widths) for w in widths]
    cap = room / len(text)
    for i, w in enumerate(text):  # the largest cap with sum(min(w, cap)) <= room
        rest = len(text) - i
        if w * rest + sum(text[:i]) >= room:
            cap = (room - sum(text[:i])) / rest
            break
    return [w if n else min(w, cap) for w, n in zip(widths, numeric, strict=True)]


def dashboard_pdf(doc: PdfDocument) -> bytes:
    register_fonts()
    out = io.BytesIO()
    _Writer(doc, out).write()
    return out.getvalue()


def save_dashboard_pdf(doc: PdfDocument, path: Path) -> Path:
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(dashboard_pdf(doc))
    tmp.replace(path)
    return path


def cut(rows: Sequence[tuple[str, ...]], limit: int) -> tuple[tuple[tuple[str, ...], ...], int]:
    """The first ``limit`` rows and how many were left out."""
    rows = tuple(rows)
    return rows[:limit], max(0, len(rows) - limit)
