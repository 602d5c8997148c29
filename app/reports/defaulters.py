"""The defaulters list as a PDF (A4 landscape): who owes money, as the screen shows it, with the school header.

The screen hands over what it shows, already in the person's language and
the school's money format (:class:`DefaultersSheet`): the title, the filters
applied (section, overdue age), the total, the column headings and one row of
text per student, in the screen's order. Here it is only laid out: the
school's name, logo, address and phone at the top of the first page, the
title and filters on every page, the headings repeated, "Page n of m" and the
day printed at the foot. Names in any script go through
:mod:`app.reports.fonts`. Qt-free.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.reports.day_book import clip
from app.reports.fonts import draw_text, register_fonts
from app.reports.palette import ALERT_INK as LATE_INK
from app.reports.palette import GREY, INK, RULE, SHADE, school_logo

PAGE = landscape(A4)
MARGIN = 14 * mm
ROW = 5.6 * mm
SIZE = 8.5

# Each column's share of the table's width, and which are figures (right-aligned).
WIDTHS = (0.11, 0.24, 0.09, 0.13, 0.12, 0.12, 0.10, 0.09)
FIGURES = frozenset({4, 5, 6, 7})
DAYS_COLUMN = 7


@dataclass(frozen=True)
class DefaultersSheet:
    school_name: str
    school_address: str
    school_phone: str
    title: str  # "Defaulters"
    filters: str  # the filters applied, e.g. "Section: 7 A · Over 30 days overdue"
    summary: str  # "4 students owe PKR 1,200.00"
    headers: tuple[str, ...]  # one per column of WIDTHS
    rows: tuple[tuple[str, ...], ...]  # the cells as the screen shows them, in its order
    late: tuple[bool, ...] = ()  # per row: more than 60 days overdue (the screen's red)
    printed_on: str = ""  # "Printed on 23/11/2026", in the person's language
    page_label: str = "Page {page} of {pages}"
    logo_png: str = ""  # base64 PNG, as the school keeps it


def defaulters_pdf(sheet: DefaultersSheet) -> bytes:
    """The list as PDF bytes: as many pages as the rows need."""
    register_fonts()
    out = io.BytesIO()
    c = Canvas(out, pagesize=PAGE, invariant=1, pageCompression=1)
    c.setTitle(sheet.title)
    c.setAuthor(sheet.school_name)
    c.setCreator("Daftar")
    width, height = PAGE
    left, right = MARGIN, width - MARGIN
    inner = right - left
    xs = [left]
    for share in WIDTHS[:-1]:
        xs.append(xs[-1] + share * inner)
    rooms = [share * inner - 2.5 * mm for share in WIDTHS]
    address = [part.strip() for part in (sheet.school_address or "").splitlines() if part.strip()]
    header_lines = len(address) + (1 if sheet.school_phone else 0)
    first_top = height - MARGIN - (14 + header_lines * 4.2) * mm
    later_top = height - MARGIN - 14 * mm
    rows_first = max(1, int((first_top - MARGIN - 14 * mm) // ROW) - 1)
    rows_later = max(1, int((later_top - MARGIN - 14 * mm) // ROW) - 1)
    rows = list(range(len(sheet.rows)))
    pages = [rows[:rows_first]]
    rest = rows[rows_first:]
    pages += [rest[i:i + rows_later] for i in range(0, len(rest), rows_later)]
    logo = school_logo(sheet.logo_png) if sheet.logo_png else None

    for number, page_rows in enumerate(pages, start=1):
        y = height - MARGIN
        c.setFillColor(INK)
        if number == 1:
            x = left
            if logo is not None:
                w, h = logo.getSize()
                side = 16 * mm
                scale = min(side / w, side / h)
                c.drawImage(logo, left, y - h * scale, w * scale, h * scale, mask="auto")
                x = left + side + 4 * mm
            draw_text(c, x, y - 5 * mm, sheet.school_name, 14, bold=True)
            y -= 10 * mm
            c.setFillColor(GREY)
            for part in address + ([sheet.school_phone] if sheet.school_phone else []):
                draw_text(c, x, y - 0.5 * mm, part, 8.5)
                y -= 4.2 * mm
            c.setFillColor(INK)
            y -= 2 * mm
        draw_text(c, left, y - 4 * mm, sheet.title, 12, bold=True)
        c.setFillColor(GREY)
        draw_text(c, right, y - 4 * mm, sheet.page_label.format(page=number, pages=len(pages)), 8, align="right")
        c.setFillColor(INK)
        y -= 9 * mm
        draw_text(c, left, y, sheet.filters, 9)
        draw_text(c, right, y, sheet.summary, 9, bold=True, align="right")
        y -= 7 * mm
        for col, head in enumerate(sheet.headers):
            text = clip(head, SIZE, rooms[col])
            if col in FIGURES:
                draw_text(c, xs[col] + rooms[col], y, text, SIZE, bold=True, align="right")
            else:
                draw_text(c, xs[col], y, text, SIZE, bold=True)
        c.setStrokeColor(INK)
        c.line(left, y - 1.8 * mm, right, y - 1.8 * mm)
        y -= ROW
        for i, index in enumerate(page_rows):
            if i % 2:
                c.setFillColor(SHADE)
                c.rect(left, y - 1.6 * mm, inner, ROW, stroke=0, fill=1)
            c.setFillColor(INK)
            for col, cell in enumerate(sheet.rows[index]):
                if col == DAYS_COLUMN and index < len(sheet.late) and sheet.late[index]:
                    c.setFillColor(LATE_INK)
                text = clip(cell, SIZE, rooms[col])
                if col in FIGURES:
                    draw_text(c, xs[col] + rooms[col], y, text, SIZE, align="right")
                else:
                    draw_text(c, xs[col], y, text, SIZE)
                c.setFillColor(INK)
            y -= ROW
        c.setStrokeColor(RULE)
        c.line(left, y + ROW - 1.6 * mm, right, y + ROW - 1.6 * mm)
        c.setFillColor(GREY)
        draw_text(c, left, MARGIN - 4 * mm, sheet.school_name, 7)
        if sheet.printed_on:
            draw_text(c, right, MARGIN - 4 * mm, sheet.printed_on, 7, align="right")
        c.setFillColor(INK)
        c.showPage()
    c.save()
    return out.getvalue()
