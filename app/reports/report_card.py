"""Report cards as PDF: one A4 page per student.

:func:`report_card_pdf` draws one student's card, :func:`report_cards_pdf` a
whole section (one page each, ``progress(done, total)`` called as it goes, for
a background task). They take :class:`app.services.results.ReportCardData`,
read beforehand, so no session is needed here. Names and comments in Arabic,
Urdu and Hindi scripts are drawn with the bundled Noto fonts
(:mod:`app.reports.fonts`). Qt-free.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.reports.atomic import write_atomically
from app.reports.fonts import draw_text, fit_lines, paragraph_direction, register_fonts
from app.services.results import ReportCardData

PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
INK = HexColor("#1b2730")
MUTED = HexColor("#5b6b76")
RULE = HexColor("#b9c4ca")
SHADE = HexColor("#eef2f4")
ACCENT = HexColor("#1f6f5c")
WARN = HexColor("#b3261e")


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def report_card_pdf(card: ReportCardData, generated_on: dt.date | None = None) -> bytes:
    """One student's report card."""
    return report_cards_pdf([card], generated_on=generated_on)


def report_cards_pdf(cards: Sequence[ReportCardData], progress: Callable[[int, int], None] | None = None,
                     generated_on: dt.date | None = None) -> bytes:
    """A section's report cards, one page each, as one PDF (to print them all at once)."""
    register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    if cards:
        first = cards[0]
        title = f"Report cards, {first.section_name}, {first.term_name}" if len(cards) > 1 else \
            f"Report card, {first.student_name}, {first.term_name}"
        c.setTitle(title)
        c.setAuthor(first.school_name)
    c.setCreator("Daftar")
    day = generated_on or dt.date.today()
    total = len(cards)
    for done, card in enumerate(cards, start=1):
        _draw_card(c, card, day)
        c.showPage()
        if progress is not None:
            progress(done, total)
    if not cards:
        c.showPage()
    c.save()
    return buf.getvalue()


def save_report_cards(path: Path, cards: Sequence[ReportCardData],
                      progress: Callable[[int, int], None] | None = None,
                      generated_on: dt.date | None = None) -> Path:
    """Draw the cards and write them to ``path`` atomically: a complete PDF under that name, or none."""
    return write_atomically(path, report_cards_pdf(cards, progress=progress, generated_on=generated_on))


def _draw_card(c: Canvas, card: ReportCardData, day: dt.date) -> None:  # noqa: C901 - one page, top to bottom
    left, right = MARGIN, PAGE_W - MARGIN
    width = right - left
    y = PAGE_H - MARGIN - 6 * mm

    def text(x: float, txt: str, size: float = 10, bold: bool = False, align: str = "left",
             colour: Color = INK) -> float:
        c.setFillColor(colour)
        w = draw_text(c, x, y, txt, size, bold=bold, align=align)
        c.setFillColor(INK)
        return w

    # The school.
    text(PAGE_W / 2, card.school_name, 17, bold=True, align="centre")
    y -= 6 * mm
    contact = " · ".join(p for p in (card.school_address, card.school_phone) if p)
    if contact:
        text(PAGE_W / 2, contact, 9, align="centre", colour=MUTED)
        y -= 8 * mm
    c.setStrokeColor(ACCENT)
    c.setLineWidth(1.2)
    c.line(left, y + 3 * mm, right, y + 3 * mm)
    y -= 4 * mm
    heading = f"REPORT CARD · {card.term_name}" + (f" · {card.year_name}" if card.year_name else "")
    text(PAGE_W / 2, heading, 12.5, bold=True, align="centre", colour=ACCENT)
    y -= 6 * mm
    if not card.published:
        text(PAGE_W / 2, "PROVISIONAL: the results of this term are not yet published", 9, bold=True,
             align="centre", colour=WARN)
        y -= 6 * mm
    y -= 2 * mm

    # The student, and the term's result beside.
    box_top = y + 5 * mm
    rows = [("Student", card.student_name), ("Admission no.", card.admission_no), ("Class", card.section_name),
            ("Roll no.", str(card.roll_no))]
    if card.homeroom_teacher:
        rows.append(("Class teacher", card.homeroom_teacher))
    top = y
    for label, value in rows:
        text(left + 3 * mm, label, 9, colour=MUTED)
        text(left + 32 * mm, value, 10.5, bold=label == "Student")
        y -= 6 * mm
    bottom_left = y
    y = top
    rx = left + width * 0.62
    result_rows = [("Term result", f"{_percent(card.percent)}%" if card.percent is not None else "—"),
                   ("Grade", card.grade or "—")]
    if card.position is not None:
        result_rows.append(("Class position", f"{card.position} of {card.class_size}"))
    result_rows.append(("Result", "Pass" if card.passing else ("Not passed" if card.percent is not None else "—")))
    for label, value in result_rows:
        text(rx + 3 * mm, label, 9, colour=MUTED)
        text(right - 3 * mm, value, 11 if label in ("Term result", "Grade") else 10, bold=True, align="right",
             colour=WARN if label == "Result" and value == "Not passed" else INK)
        y -= 6 * mm
    y = min(y, bottom_left)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.roundRect(left, y + 2 * mm, width, box_top - y - 2 * mm, 2 * mm)
    c.line(rx, y + 4 * mm, rx, box_top - 2 * mm)
    y -= 7 * mm

    # The subjects.
    cats = list(card.categories)
    subject_w = width * 0.30
    tail_w = 22 * mm  # term % and grade columns
    cat_w = (width - subject_w - 2 * tail_w) / max(1, len(cats))
    row_h = 7.5 * mm
    header_h = 8 * mm
    c.setFillColor(SHADE)
    c.rect(left, y - header_h + 5.2 * mm, width, header_h, stroke=0, fill=1)
    c.setFillColor(INK)
    text(left + 2.5 * mm, "Subject", 9.5, bold=True)
    x = left + subject_w
    for cat in cats:
        text(x + cat_w / 2, f"{cat.capitalize()} %", 9.5, bold=True, align="centre")
        x += cat_w
    text(x + tail_w / 2, "Term %", 9.5, bold=True, align="centre")
    text(x + tail_w * 1.5, "Grade", 9.5, bold=True, align="centre")
    table_top = y + 5.2 * mm
    y -= header_h
    any_incomplete = False
    for line in card.subjects:
        text(left + 2.5 * mm, line.subject, 10)
        x = left + subject_w
        for cat in cats:
            text(x + cat_w / 2, _percent(line.categories.get(cat)), 10, align="centre")
            x += cat_w
        mark = "*" if line.incomplete else ""
        any_incomplete = any_incomplete or line.incomplete
        text(x + tail_w / 2, _percent(line.percent) + mark, 10, bold=True, align="centre")
        text(x + tail_w * 1.5, line.grade or "—", 10, bold=True, align="centre",
             colour=INK if line.passing or line.percent is None else WARN)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(left, y - 2.3 * mm, right, y - 2.3 * mm)
        y -= row_h
    table_bottom = y + row_h - 2.3 * mm
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.rect(left, table_bottom, width, table_top - table_bottom, stroke=1, fill=0)
    x = left + subject_w
    for _ in range(len(cats) + 1):
        c.line(x, table_bottom, x, table_top)
        x += cat_w if _ < len(cats) else tail_w
    c.line(right - tail_w, table_bottom, right - tail_w, table_top)
    y = table_bottom - 5 * mm
    note = ("Absent counts as 0; exempt assessments are left out; a category with no marks yet gives its "
            "weight to the others.")
    if any_incomplete:
        note += " * Some marks are not entered yet."
    for piece in fit_lines(note, 8, width):
        text(left, piece, 8, colour=MUTED)
        y -= 4 * mm
    y -= 4 * mm

    # Attendance.
    text(left, "Attendance this term", 11, bold=True, colour=ACCENT)
    y -= 6.5 * mm
    a = card.attendance
    if a is None or a.days == 0:
        text(left, "No attendance recorded for this term.", 10, colour=MUTED)
    else:
        parts = [("School days", a.days), ("Present", a.present), ("Absent", a.absent), ("Late", a.late)]
        if a.excused:
            parts.append(("Excused", a.excused))
        x = left
        for label, value in parts:
            x += text(x, f"{label}: ", 10, colour=MUTED)
            x += text(x, f"{value:g}", 10, bold=True) + 7 * mm  # a half day present is ½
    y -= 10 * mm

    # Remarks.
    for label, comment in (("Class teacher's remarks", card.teacher_comment),
                           ("Principal's remarks", card.principal_comment)):
        text(left, label, 11, bold=True, colour=ACCENT)
        y -= 6.5 * mm
        # Four lines at most: a long remark is set smaller rather than cut (the app takes 400 characters).
        size, lines = 10.5, []
        while comment.strip():
            lines = fit_lines(comment, size, width)
            if len(lines) <= 4 or size <= 7:
                break
            size -= 0.5
        # Every line in the direction of the whole remark (an Urdu remark stays right to left, and
        # right-aligned, on a line that starts with an English word).
        direction = paragraph_direction(comment)
        rtl = direction == "R"
        for piece in lines:
            c.setFillColor(INK)
            draw_text(c, right if rtl else left, y, piece, size, align="right" if rtl else "left",
                      base_dir=direction)
            y -= size * 0.52 * mm
        for _ in range(max(0, 2 - len(lines))):  # room to write by hand
            y -= 2 * mm
            c.setStrokeColor(RULE)
            c.setDash(1, 2)
            c.line(left, y, right, y)
            c.setDash()
            y -= 5 * mm
        y -= 4 * mm

    # Signatures, at the foot of the page.
    y = max(MARGIN + 22 * mm, min(y, MARGIN + 30 * mm))
    slot = width / 3
    for i, label in enumerate(("Class teacher", "Principal", "Parent or guardian")):
        x0 = left + i * slot + 4 * mm
        c.setStrokeColor(INK)
        c.setLineWidth(0.5)
        c.line(x0, y, x0 + slot - 8 * mm, y)
        yy = y
        y -= 4.5 * mm
        text(x0 + (slot - 8 * mm) / 2, label, 8.5, align="centre", colour=MUTED)
        y = yy
    y = MARGIN
    footer = f"Printed by Daftar on {day.isoformat()}"
    text(PAGE_W / 2, footer, 7.5, align="centre", colour=MUTED)


__all__ = ["report_card_pdf", "report_cards_pdf", "save_report_cards"]
