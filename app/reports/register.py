"""A section's monthly attendance register as a PDF (A4 landscape), the classic grid.

Students × the month's school days, each cell the day's code, with totals
(days present, absent, late) and the attendance rate per student
(:func:`app.services.registers.attendance_rate`), the number present per
day, and the legend of the school's codes. Names in any script go through
:mod:`app.reports.fonts`. Qt-free.
"""

from __future__ import annotations

import calendar
import io
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.reports.atomic import write_atomically
from app.reports.fonts import LATIN, LATIN_BOLD, draw_text, register_fonts, text_width
from app.reports.palette import ALERT_INK as ABSENT_INK
from app.reports.palette import GREY, INK, RULE, SHADE
from app.services.registers import MonthlyRegister

PAGE = landscape(A4)
MARGIN = 12 * mm
ROW = 4.6 * mm
HEADER_ROWS = 2


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _number(value: float) -> str:
    return f"{value:g}"


def save_register_pdf(path: Path, register: MonthlyRegister, printed_on: str = "") -> Path:
    """Write the register to ``path`` atomically: a complete PDF under that name, or none."""
    return write_atomically(path, register_pdf(register, printed_on=printed_on))


def register_pdf(register: MonthlyRegister, printed_on: str = "") -> bytes:
    """The register as PDF bytes: as many pages as the students need, the header on each."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=PAGE, pageCompression=1)
    month_name = f"{calendar.month_name[register.month]} {register.year}"
    canvas.setTitle(f"Attendance register {register.section_name} {month_name}")
    canvas.setAuthor(register.school_name)
    width, height = PAGE
    left, right = MARGIN, width - MARGIN
    roll_w, totals_w = 9 * mm, 11 * mm
    longest = max((text_width(r.name, 7.5) for r in register.rows), default=30)
    name_w = min(max(longest + 3 * mm, 32 * mm), 52 * mm)
    days = register.days
    day_area = right - left - roll_w - name_w - 4 * totals_w
    day_w = day_area / max(len(days), 1)
    top = height - MARGIN
    per_page = int((top - 22 * mm - MARGIN - 2 * ROW) // ROW) - HEADER_ROWS
    rows = list(register.rows)
    pages = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    absent_codes = set(register.absent_codes)

    for number, page_rows in enumerate(pages, start=1):
        y = top
        draw_text(canvas, left, y - 5 * mm, register.school_name, 13, bold=True)
        draw_text(canvas, left, y - 11 * mm, f"Attendance register · {register.section_name} · {month_name}", 11)
        canvas.setFillColor(GREY)
        draw_text(canvas, right, y - 5 * mm, f"Page {number} of {len(pages)}", 8, align="right")
        if printed_on:
            draw_text(canvas, right, y - 11 * mm, f"Printed {printed_on}", 8, align="right")
        canvas.setFillColor(INK)
        y -= 18 * mm

        # Header: day numbers and weekday initials.
        x_days = left + roll_w + name_w
        canvas.setFillColor(SHADE)
        canvas.rect(left, y - 2 * ROW, right - left, 2 * ROW, stroke=0, fill=1)
        canvas.setFillColor(INK)
        draw_text(canvas, left + 1 * mm, y - ROW * 1.35, "Roll", 7, bold=True)
        draw_text(canvas, left + roll_w + 1 * mm, y - ROW * 1.35, "Name", 7, bold=True)
        for i, day in enumerate(days):
            cx = x_days + day_w * (i + 0.5)
            draw_text(canvas, cx, y - ROW * 0.75, str(day.day), 7, bold=True, align="centre")
            draw_text(canvas, cx, y - ROW * 1.7, "MTWTFSS"[day.weekday()], 6, align="centre")
        x_tot = x_days + day_w * len(days)
        for j, head in enumerate(("Pres.", "Abs.", "Late", "%")):
            draw_text(canvas, x_tot + totals_w * (j + 1) - 1 * mm, y - ROW * 1.35, head, 7, bold=True, align="right")
        y -= 2 * ROW

        for k, row in enumerate(page_rows):
            if k % 2:
                canvas.setFillColor(SHADE)
                canvas.rect(left, y - ROW, right - left, ROW, stroke=0, fill=1)
            canvas.setFillColor(INK)
            base = y - ROW + 1.3 * mm
            draw_text(canvas, left + roll_w - 1.5 * mm, base, str(row.roll_no), 7.5, align="right")
            draw_text(canvas, left + roll_w + 1 * mm, base, row.name, 7.5)
            for i, cell in enumerate(row.cells):
                if not cell:
                    continue
                canvas.setFillColor(ABSENT_INK if cell in absent_codes else (GREY if cell == "·" else INK))
                canvas.setFont(LATIN_BOLD if cell in absent_codes else LATIN, 7)
                canvas.drawCentredString(x_days + day_w * (i + 0.5), base, cell)
            canvas.setFillColor(INK)
            totals = (_number(row.present), str(row.absent), str(row.late), _percent(row.rate))
            for j, value in enumerate(totals):
                draw_text(canvas, x_tot + totals_w * (j + 1) - 1 * mm, base, value, 7.5, align="right",
                          bold=(j == 3))
            y -= ROW

        # Grid lines.
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        grid_top = top - 18 * mm
        canvas.line(left, y, right, y)
        canvas.line(left, grid_top, right, grid_top)
        for x in [left + roll_w, x_days] + [x_days + day_w * i for i in range(1, len(days))] + [x_tot]:
            canvas.line(x, grid_top, x, y)

        if number == len(pages):
            canvas.setFillColor(INK)
            base = y - ROW + 1.3 * mm
            draw_text(canvas, left + roll_w + 1 * mm, base, "Present each day", 7, bold=True)
            for i, count in enumerate(register.daily_totals):
                draw_text(canvas, x_days + day_w * (i + 0.5), base, str(count), 6.5, align="centre")
            draw_text(canvas, x_tot + totals_w * 4 - 1 * mm, base, _percent(register.section_rate), 7.5,
                      bold=True, align="right")
            y -= 2 * ROW
            legend = "   ".join(f"{code} {label}" for code, label in register.codes)
            legend += "   ½ half of the periods   · not enrolled"
            canvas.setFillColor(GREY)
            draw_text(canvas, left, y, f"Codes: {legend}", 7)
            draw_text(canvas, left, y - 4 * mm,
                      "% = days present ÷ school days marked (late and excused count as present, a half day as ½; "
                      "days not marked are left out).", 7)
        canvas.showPage()
    canvas.save()
    return out.getvalue()
