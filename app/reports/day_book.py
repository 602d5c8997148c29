"""The day book as a PDF (A4): the day's receipts, cancellations, totals and cash closes."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.reports.fonts import LATIN, draw_text, register_fonts, text_width
from app.reports.receipt import format_amount, format_when
from app.services.day_book import DayBook
from app.services.fees import MODE_WORDS


# The sign of a negative amount: the bundled Noto Sans has no U+2212 MINUS SIGN glyph (it printed nothing).
MINUS = "-"


def clip(text: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points, so a column never runs into the next."""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def day_book_pdf(book: DayBook, locale_name: str = "en_US") -> bytes:
    register_fonts()
    buf = io.BytesIO()
    width, height = A4
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(f"Day book {book.day.isoformat()}")
    c.setCreator("Daftar")
    left, right = 15 * mm, width - 15 * mm
    s = 8.5
    line = s * 1.5
    y = height - 18 * mm
    page = 1

    def money(m: int) -> str:
        return format_amount(m, book.currency, book.currency_digits, locale_name)

    def new_page() -> None:
        nonlocal y, page
        c.setFont(LATIN, 7)
        c.drawRightString(right, 10 * mm, f"{book.school_name} · {book.day.isoformat()} · {page}")
        c.showPage()
        page += 1
        y = height - 18 * mm

    def need(rows: int = 1) -> None:
        if y - rows * line < 18 * mm:
            new_page()

    draw_text(c, left, y, book.school_name, 14, bold=True)
    y -= 20
    draw_text(c, left, y, f"Day book — {book.day.isoformat()}", 11, bold=True)
    y -= line * 1.6
    cols = (left, left + 29 * mm, left + 40 * mm, left + 84 * mm, left + 124 * mm)
    for x, head in zip(cols, ("Receipt", "Time", "Student", "Mode", "Cashier"), strict=True):
        draw_text(c, x, y, head, s, bold=True)
    draw_text(c, right, y, "Amount", s, bold=True, align="right")
    y -= 4
    c.line(left, y, right, y)
    y -= line
    for p in book.payments:
        need()
        when = p.received_at.strftime("%H:%M")
        mode = MODE_WORDS.get(p.mode, p.mode) + (f" {p.reference}" if p.reference else "")
        values = (p.receipt_no, when, p.student_name, mode, p.cashier)
        widths = [b - a - 2 * mm for a, b in zip(cols, cols[1:], strict=False)] + [right - cols[-1] - 36 * mm]
        for x, value, room in zip(cols, values, widths, strict=True):
            draw_text(c, x, y, clip(value, s, room), s)
        draw_text(c, right, y, money(p.amount_minor) + (" (cancelled)" if p.cancelled else ""), s, align="right")
        if p.cancelled:
            c.line(left, y + s * 0.3, right, y + s * 0.3)
        y -= line
    need(3)
    c.line(left, y + line * 0.6, right, y + line * 0.6)
    draw_text(c, left, y, f"{len(book.payments)} receipts", s, bold=True)
    draw_text(c, right, y, money(book.received_minor), s, bold=True, align="right")
    y -= line * 1.6
    if book.cancellations:
        need(2)
        draw_text(c, left, y, "Cancellations made this day", s * 1.1, bold=True)
        y -= line
        for x in book.cancellations:
            need()
            draw_text(c, left, y, f"{x.receipt_no} (of {x.received_on.isoformat()}) {x.student_name} — "
                                  f"{x.reason} — {x.cancelled_by}", s)
            draw_text(c, right, y, MINUS + money(x.amount_minor), s, align="right")
            y -= line
        y -= line * 0.6
    need(len(book.by_mode) + len(book.by_cashier) + 4)
    draw_text(c, left, y, "By mode (standing receipts)", s * 1.1, bold=True)
    y -= line
    for mode, amount in sorted(book.by_mode.items()):
        draw_text(c, left + 5 * mm, y, MODE_WORDS.get(mode, mode), s)
        draw_text(c, left + 90 * mm, y, money(amount), s, align="right")
        y -= line
    y -= line * 0.4
    draw_text(c, left, y, "By cashier", s * 1.1, bold=True)
    y -= line
    for who, amount in sorted(book.by_cashier.items()):
        draw_text(c, left + 5 * mm, y, who, s)
        draw_text(c, left + 90 * mm, y, money(amount), s, align="right")
        y -= line
    y -= line * 0.4
    draw_text(c, left, y, "Net collected", s, bold=True)
    draw_text(c, left + 90 * mm, y, money(book.net_minor), s, bold=True, align="right")
    y -= line * 1.6
    if book.closes:
        need(len(book.closes) + 2)
        draw_text(c, left, y, "Cash closes", s * 1.1, bold=True)
        y -= line
        for cl in book.closes:
            need()
            diff = cl.difference_minor
            draw_text(c, left + 5 * mm, y,
                      f"{cl.cashier} at {format_when(cl.closed_at)}: expected {money(cl.expected_cash_minor)}, "
                      f"counted {money(cl.counted_cash_minor)}, difference {'+' if diff > 0 else ''}"
                      f"{money(diff) if diff >= 0 else MINUS + money(-diff)}" + (f" — {cl.note}" if cl.note else ""),
                      s)
            y -= line
    c.setFont(LATIN, 7)
    c.drawRightString(right, 10 * mm, f"{book.school_name} · {book.day.isoformat()} · {page}")
    c.showPage()
    c.save()
    return buf.getvalue()
