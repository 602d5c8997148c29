"""The fee receipt as a PDF: A5 (a sheet for a desk printer) or an 80 mm thermal roll.

:func:`receipt_pdf` takes a :class:`app.services.fees.ReceiptData` (read
beforehand, so no session is needed here) and returns the PDF bytes. A reprint
is marked DUPLICATE; a cancelled receipt, first print or reprint, is marked
CANCELLED with the reason. The amount is written in figures (the school's
locale, through QtCore's QLocale) and in words (the school's language).

Names in Arabic, Urdu and Hindi scripts are drawn with the bundled Noto fonts
(:mod:`app.reports.fonts`). A school whose language is Urdu gets the receipt
in Urdu, laid out right to left (labels on the right, amounts on the left).
The school's logo, when it has one, heads the receipt.

:func:`draw_receipt` draws one receipt on a page of a canvas, so a batch
(:mod:`app.reports.receipt_batch`) puts a thousand on one canvas. Speed: the
font subsets a receipt embeds are the same from one receipt to the next
(:func:`new_canvas` seeds them with the characters receipts use, in a fixed
order), so each subset font is built once per process and reused.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import logging
import threading
from dataclasses import dataclass

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.reports import fonts
from app.reports.fonts import ARABIC, ARABIC_BOLD, LATIN, LATIN_BOLD, register_fonts
from app.reports.palette import school_logo
from app.services import fee_structures as fs
from app.services.context import Sentence
from app.services.fees import MODE_WORDS, ReceiptData
from app.services.money_words import amount_in_words, has_words, language_of

A5_SIZE = "a5"
THERMAL_80 = "thermal80"
FORMATS = (A5_SIZE, THERMAL_80)

LABELS = {
    "en": {
        "title": "FEE RECEIPT", "receipt_no": "Receipt no.", "date": "Date", "student": "Student",
        "admission": "Admission no.", "class": "Class", "for": "Paid for", "amount": "Amount",
        "total": "Amount received", "in_words": "In words", "mode": "Paid by", "reference": "Reference",
        "balance_after": "Balance due after this payment", "advance": "Paid in advance after this payment",
        "cashier": "Received by", "duplicate": "DUPLICATE", "cancelled": "CANCELLED",
        "cancel_line": "Cancelled on {when} by {who}: {reason}", "note": "Note", "phone": "Tel.",
        "thanks": "Keep this receipt. Any payment is valid only with its receipt number.",
        "invoice_fees": "{term} fees: {heads}", "late_fee": "Late fee (charged {date})",
        "advance_line": "Advance (not yet invoiced)",
        "late_fee_percent": "Late fee, {percent}% of what was owed (charged {date})",
    },
    "fr": {
        "title": "REÇU DE FRAIS", "receipt_no": "Reçu n°", "date": "Date", "student": "Élève",
        "admission": "Matricule", "class": "Classe", "for": "Payé pour", "amount": "Montant",
        "total": "Montant reçu", "in_words": "En lettres", "mode": "Mode de paiement", "reference": "Référence",
        "balance_after": "Reste à payer après ce paiement", "advance": "Avance après ce paiement",
        "cashier": "Reçu par", "duplicate": "DUPLICATA", "cancelled": "ANNULÉ",
        "cancel_line": "Annulé le {when} par {who} : {reason}", "note": "Note", "phone": "Tél.",
        "thanks": "Conservez ce reçu. Tout paiement n'est valable qu'avec son numéro de reçu.",
        "invoice_fees": "Frais de scolarité, {term} : {heads}", "advance_line": "Avance (pas encore facturée)",
        "late_fee": "Pénalité de retard (appliquée le {date})",
        "late_fee_percent": "Pénalité de retard, {percent} % du montant dû (appliquée le {date})",
    },
}
LABELS["ur"] = {
    "title": "فیس کی رسید", "receipt_no": "رسید نمبر", "date": "تاریخ", "student": "طالب علم",
    "admission": "داخلہ نمبر", "class": "جماعت", "for": "ادائیگی برائے", "amount": "رقم",
    "total": "وصول شدہ رقم", "in_words": "رقم الفاظ میں", "mode": "طریقۂ ادائیگی", "reference": "حوالہ",
    "balance_after": "اس ادائیگی کے بعد واجب الادا", "advance": "اس ادائیگی کے بعد پیشگی",
    "cashier": "وصول کنندہ", "duplicate": "نقل DUPLICATE", "cancelled": "منسوخ CANCELLED",
    "cancel_line": "{when} کو {who} نے منسوخ کی: {reason}", "note": "نوٹ", "phone": "فون",
    "thanks": "یہ رسید سنبھال کر رکھیں۔ ہر ادائیگی صرف اپنے رسید نمبر کے ساتھ معتبر ہے۔",
    "invoice_fees": "{term} کی فیس: {heads}", "advance_line": "پیشگی (ابھی بل نہیں بنا)", "late_fee": "لیٹ فیس ({date} کو لگائی گئی)",
    "late_fee_percent": "لیٹ فیس، واجب الادا رقم کا {percent}% ({date} کو لگائی گئی)",
}
# The descriptions Daftar writes itself (issued invoices, late fees: app.services.fee_structures), by their
# LABELS key; they are kept in English and printed in the school's language.
DESCRIPTION_LABELS = {fs.INVOICE_WORDS: "invoice_fees", fs.LATE_FEE_WORDS: "late_fee",
                      fs.LATE_FEE_PERCENT_WORDS: "late_fee_percent"}
# The diagonal stamp across an A5 sheet, in Latin letters (drawn with the Latin font).
STAMPS = {"fr": ("ANNULÉ", "DUPLICATA")}
MODE_WORDS_FR = {"cash": "Espèces", "cheque": "Chèque", "bank_transfer": "Virement bancaire",
                 "mobile_money": "Mobile money", "card": "Carte"}
MODE_WORDS_UR = {"cash": "نقد", "cheque": "چیک", "bank_transfer": "بینک ٹرانسفر",
                 "mobile_money": "موبائل منی", "card": "کارڈ"}
RTL_LANGUAGES = frozenset({"ur"})

log = logging.getLogger(__name__)

# Every character a receipt in Latin letters is likely to use, in a fixed
# order: a document's first subset of each Latin font starts with these, so it
# is the same subset in every receipt, and its font program is made once.
_SEED = "".join(chr(c) for c in range(32, 127)) + "·—–’“”…°ÀÉÈÊÇàáâãäçèéêëíîïñóôöúùûüÿœ№"
_subset_lock = threading.Lock()


@functools.cache
def _reuse_subsets() -> None:
    """Make each font's subset programs once per process (keyed by the characters in it)."""
    register_fonts()
    for name in (LATIN, LATIN_BOLD, ARABIC, ARABIC_BOLD):
        face = pdfmetrics.getFont(name).face
        make = face.makeSubset
        made: dict[tuple[int, ...], bytes] = {}

        def cached(subset, _make=make, _made=made):  # noqa: ANN001, ANN202
            key = tuple(subset)
            data = _made.get(key)
            if data is None:
                data = _make(subset)
                with _subset_lock:
                    if len(_made) >= 64:
                        _made.clear()
                    _made[key] = data
            return data

        face.makeSubset = cached


def new_canvas(buf: io.BytesIO, pagesize: tuple[float, float]) -> Canvas:
    """A canvas for receipts: fonts registered, subsets reused, the Latin subsets seeded."""
    _reuse_subsets()
    c = Canvas(buf, pagesize=pagesize, pageCompression=0, invariant=1)
    for name in (LATIN, LATIN_BOLD):  # every receipt uses both (the title, the footer)
        pdfmetrics.getFont(name).splitString(_SEED, c._doc)
    return c


# Text in Latin letters (and Greek, Cyrillic: below Hebrew, U+0590) is one run
# of the Latin font, left to right: drawn and measured straight away, without
# the script and bidi analysis other scripts need (most of a receipt's text).
def _plain(text: str) -> bool:
    return not text or max(map(ord, text)) < 0x0590


def text_width(text: str, size: float, bold: bool = False) -> float:
    if _plain(text):
        return pdfmetrics.stringWidth(text, LATIN_BOLD if bold else LATIN, size)
    return fonts.text_width(text, size, bold)


def draw_text(c: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False,
              align: str = "left") -> float:
    if not _plain(text):
        return fonts.draw_text(c, x, y, text, size, bold=bold, align=align)
    if not text:
        return 0.0
    font = LATIN_BOLD if bold else LATIN
    width = pdfmetrics.stringWidth(text, font, size)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    # Into the page's one pending text object (drawn by flush_text): a drawString each costs a third more.
    t = getattr(c, "_daftar_text", None)
    if t is None:
        t = c._daftar_text = c.beginText()
    if t._fontname != font or t._fontsize != size:
        t.setFont(font, size)
    t.setTextOrigin(x, y)
    t.textOut(text)
    return width


def flush_text(c: Canvas) -> None:
    """Draw the text gathered by :func:`draw_text` (before a colour changes, and at the end of a page)."""
    t = getattr(c, "_daftar_text", None)
    if t is not None:
        c._daftar_text = None
        c.drawText(t)


def fit_lines(text: str, size: float, max_width: float, bold: bool = False) -> list[str]:
    """As :func:`app.reports.fonts.fit_lines`, with the Latin fast path."""
    if not _plain(text):
        return fonts.fit_lines(text, size, max_width, bold)
    if text_width(text, size, bold) <= max_width and "  " not in text.strip() and text == text.strip():
        return [text] if text else []  # it fits on one line (most do)
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and text_width(trial, size, bold) > max_width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


def format_amount(amount_minor: int, currency: str, digits: int, locale_name: str) -> str:
    """The amount in the school's locale with its currency code, e.g. ``AED 1,250.50``."""
    from PySide6.QtCore import QLocale

    locale = QLocale(locale_name)
    value = amount_minor / 10**digits if digits else float(amount_minor)
    # Latin digits on paper whatever the locale's own (a receipt is also read by banks).
    number = locale.toString(value, "f", digits)
    number = number.translate(_LATIN_DIGITS)
    return f"{currency}\u00a0{number}"


_LATIN_DIGITS = {0x0660 + i: 0x30 + i for i in range(10)} | {0x06F0 + i: 0x30 + i for i in range(10)} | {
    0x0966 + i: 0x30 + i for i in range(10)}


def description_text(description: str, labels: dict[str, str]) -> str:
    """A line's description as printed: one Daftar wrote itself in the receipt's language, any other as it is."""
    if description == LABELS["en"]["advance_line"]:  # app.services.fees: what no invoice asked for yet
        return labels.get("advance_line", description)
    said = fs.description_words(description)
    return _say(said, labels) if isinstance(said, Sentence) else description


def _say(sentence: Sentence, labels: dict[str, str]) -> str:
    key = DESCRIPTION_LABELS.get(sentence.template)
    template = labels.get(key, LABELS["en"].get(key, "")) if key else str(sentence.template)
    args = {name: _say(value, labels) if isinstance(value, Sentence)
            else format_when(value) if isinstance(value, dt.date) else str(value)
            for name, value in sentence.arguments.items()}
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):
        return str(sentence)


def format_when(when: dt.datetime | dt.date) -> str:
    if isinstance(when, dt.datetime):
        return when.strftime("%Y-%m-%d %H:%M")
    return when.isoformat()


@dataclass
class _Layout:
    width: float
    height: float
    margin: float
    size: float  # body text size
    title_size: float
    thermal: bool


def receipt_pdf(data: ReceiptData, *, fmt: str = A5_SIZE, duplicate: bool = False,
                local_time: dt.datetime | None = None) -> bytes:
    """One receipt as PDF bytes.

    ``duplicate``: this is a reprint (the first print is the original).
    ``local_time``: when it was received, in the school's time (defaults to
    the stored UTC time).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown receipt format {fmt!r}")
    buf = io.BytesIO()
    c = new_canvas(buf, A5 if fmt == A5_SIZE else (80 * mm, 400 * mm))
    c.setTitle(f"{LABELS.get(language_of(data.school_locale), LABELS['en'])['title']} {data.receipt_no}")
    c.setAuthor(data.school_name)
    c.setCreator("Daftar")
    draw_receipt(c, data, fmt=fmt, duplicate=duplicate, local_time=local_time)
    c.save()
    return buf.getvalue()


def layout_for(fmt: str) -> _Layout:
    if fmt == A5_SIZE:
        return _Layout(A5[0], A5[1], 12 * mm, 9.5, 14, False)
    return _Layout(80 * mm, 400 * mm, 4 * mm, 8.5, 11.5, True)


_measure_canvas = threading.local()


def draw_receipt(c: Canvas, data: ReceiptData, *, fmt: str = A5_SIZE, duplicate: bool = False,
                 local_time: dt.datetime | None = None) -> None:
    """Draw one receipt as the next page of ``c`` (its page size set here) and end the page."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown receipt format {fmt!r}")
    layout = layout_for(fmt)
    if layout.thermal:
        # A roll is as long as its content: measure on a throwaway pass, then draw.
        measure = getattr(_measure_canvas, "canvas", None)
        if measure is None:
            measure = _measure_canvas.canvas = Canvas(io.BytesIO(), pagesize=(layout.width, layout.height))
        used = _draw(measure, data, layout, duplicate, local_time, measure_only=True)
        layout.height = used + 8 * mm
    c.setPageSize((layout.width, layout.height))
    _draw(c, data, layout, duplicate, local_time)
    flush_text(c)
    c.showPage()


def _draw(c: Canvas, data: ReceiptData, L: _Layout, duplicate: bool,  # noqa: N803, C901
          local_time: dt.datetime | None, measure_only: bool = False) -> float:
    lang = language_of(data.school_locale)
    T = LABELS.get(lang, LABELS["en"])  # noqa: N806 - Hindi and Swahili: English labels, words in the language
    modes = {"fr": MODE_WORDS_FR, "ur": MODE_WORDS_UR}.get(lang, MODE_WORDS)
    rtl = lang in RTL_LANGUAGES
    left, right = L.margin, L.width - L.margin
    inner = right - left
    y = L.height - L.margin
    s = L.size
    line = s * 1.45
    money = lambda m: format_amount(m, data.currency, data.currency_digits, data.school_locale)  # noqa: E731

    def text(x: float, txt: str, size: float = s, bold: bool = False, align: str = "left") -> None:
        if not measure_only:
            if rtl:  # the page mirrored: what is on the left goes to the right
                x, align = L.width - x, {"left": "right", "right": "left"}.get(align, align)
            draw_text(c, x, y, txt, size, bold=bold, align=align)

    def rule(weight: float = 0.5, dash: bool = False) -> None:
        nonlocal y
        if not measure_only:
            c.setLineWidth(weight)
            c.setDash(2, 2) if dash else c.setDash()
            c.line(left, y, right, y)
            c.setDash()
        y -= line * 0.8

    # The school: its logo, when it has one, then its name.
    logo = school_logo(data.logo_png) if data.logo_png else None
    if logo is not None:
        w, h = logo.getSize()
        box_h = (14 if L.thermal else 16) * mm
        box_w = min(inner, box_h * w / h)
        box_h = box_w * h / w
        y -= box_h
        if not measure_only:
            c.drawImage(logo, L.width / 2 - box_w / 2, y, box_w, box_h, mask="auto")
        y -= s * 0.4
    y -= L.title_size
    for part in fit_lines(data.school_name, L.title_size, inner, bold=True):
        text(L.width / 2, part, L.title_size, True, "centre")
        y -= L.title_size * 1.3
    for part in [p for p in (data.school_address or "").splitlines() if p.strip()]:
        for piece in fit_lines(part, s * 0.9, inner):
            text(L.width / 2, piece, s * 0.9, align="centre")
            y -= s * 1.25
    if data.school_phone:
        if rtl:  # the label on the right, the number left to right beside it (bidi would reverse its groups)
            label_w, phone_w = text_width(T["phone"], s * 0.9), text_width(data.school_phone, s * 0.9)
            start = L.width / 2 - (label_w + s * 0.4 + phone_w) / 2
            if not measure_only:  # page positions as they are (text() would mirror them)
                draw_text(c, start, y, data.school_phone, s * 0.9)
                draw_text(c, start + phone_w + s * 0.4 + label_w, y, T["phone"], s * 0.9, align="right")
        else:
            text(L.width / 2, f"{T['phone']} {data.school_phone}", s * 0.9, align="centre")
        y -= s * 1.25
    y -= s * 0.3
    rule(1.0)

    # The title, and the marks a person must not miss.
    y -= s * 0.4
    text(L.width / 2, T["title"], s * 1.25, True, "centre")
    y -= line * 1.1
    marks = []
    if data.cancelled:
        marks.append(T["cancelled"])
    if duplicate:
        marks.append(T["duplicate"])
    if marks:
        label = " · ".join(marks)
        if not measure_only:
            w = text_width(label, s * 1.3, True) + 10
            c.setStrokeColorRGB(0.7, 0.1, 0.1)
            flush_text(c)
            c.setFillColorRGB(0.7, 0.1, 0.1)
            c.setLineWidth(1.2)
            c.rect(L.width / 2 - w / 2, y - s * 0.45, w, s * 1.8, stroke=1, fill=0)
            draw_text(c, L.width / 2, y, label, s * 1.3, bold=True, align="centre")
            flush_text(c)
            c.setFillColorRGB(0, 0, 0)
            c.setStrokeColorRGB(0, 0, 0)
        y -= line * 1.5

    # Who and when.
    when = local_time or data.received_local or data.received_at
    label_w = inner * (0.42 if L.thermal else 0.3)
    for key, value, bold in (
        ("receipt_no", data.receipt_no, True),
        ("date", format_when(when), False),
        ("student", data.student_name, True),
        ("admission", data.admission_no, False),
        ("class", data.section_name or "—", False),
    ):
        text(left, T[key], s)
        pieces = fit_lines(value, s, inner - label_w, bold) or [""]
        for i, piece in enumerate(pieces):
            text(left + label_w, piece, s, bold)
            if i < len(pieces) - 1:
                y -= line
        y -= line
    y -= s * 0.2
    rule()

    # What was paid for.
    text(left, T["for"], s, True)
    text(right, T["amount"], s, True, "right")
    y -= line
    for item in data.lines:
        pieces = fit_lines(description_text(item.description, T), s, inner * 0.62) or [""]
        for i, piece in enumerate(pieces):
            text(left, piece, s)
            if i == 0:
                text(right, money(item.amount_minor), s, align="right")
            y -= line
    y -= s * 0.2
    rule()
    total_size = s * 1.2
    text(left, T["total"], total_size, True)
    text(right, money(data.amount_minor), total_size, True, "right")
    y -= line * 1.25
    words = amount_in_words(data.amount_minor, data.currency, data.currency_digits, lang)
    # A school language with no amounts in words yet (Arabic): the English words, said so.
    in_words = T["in_words"] if has_words(data.school_locale) else f"{T['in_words']} (English)"
    text(left, f"{in_words}:", s * 0.9)
    y -= line * 0.95
    for piece in fit_lines(words, s * 0.95, inner, bold=False):
        text(left, piece, s * 0.95)
        y -= line * 0.95
    y -= s * 0.3
    text(left, T["mode"], s)
    text(left + label_w, modes.get(data.mode, data.mode), s)
    y -= line
    if data.reference:
        text(left, T["reference"], s)
        text(left + label_w, data.reference, s)
        y -= line
    if data.note:
        for i, piece in enumerate(fit_lines(data.note, s * 0.9, inner - label_w)):
            if i == 0:
                text(left, T["note"], s)
            text(left + label_w, piece, s * 0.9)
            y -= line
    y -= s * 0.2
    rule()
    owed = data.balance_after >= 0
    text(left, T["balance_after"] if owed else T["advance"], s, True)
    if text_width(T["balance_after"], s, True) + text_width(money(abs(data.balance_after)), s, True) + 8 > inner:
        y -= line
    text(right, money(abs(data.balance_after)), s, True, "right")
    y -= line
    text(left, T["cashier"], s)
    text(left + label_w, data.cashier or "—", s)
    y -= line
    if data.cancelled:
        y -= s * 0.3
        sentence = T["cancel_line"].format(
            when=format_when(data.cancelled_at) if data.cancelled_at else "", who=data.cancelled_by or "—",
            reason=data.cancel_reason)
        if not measure_only:
            flush_text(c)
            c.setFillColorRGB(0.7, 0.1, 0.1)
        for piece in fit_lines(sentence, s * 0.95, inner, bold=True):
            text(left, piece, s * 0.95, True)
            y -= line
        if not measure_only:
            flush_text(c)
            c.setFillColorRGB(0, 0, 0)
    y -= s * 0.5
    rule(0.5, dash=True)
    for piece in fit_lines(T["thanks"], s * 0.8, inner):
        text(L.width / 2, piece, s * 0.8, align="centre")
        y -= s * 1.1

    # A5: a large diagonal stamp across the sheet as well.
    if not measure_only and not L.thermal and (data.cancelled or duplicate):
        stamp_cancelled, stamp_duplicate = STAMPS.get(lang, ("CANCELLED", "DUPLICATE"))
        flush_text(c)
        c.saveState()
        c.setFillColorRGB(0.75, 0.1, 0.1, alpha=0.13)
        c.translate(L.width / 2, L.height / 2)
        c.rotate(35)
        c.setFont(LATIN_BOLD, 58 if data.cancelled else 52)
        c.drawCentredString(0, 0, stamp_cancelled if data.cancelled else stamp_duplicate)
        c.restoreState()
    if not measure_only:
        c.setFont(LATIN, 6)
        c.drawRightString(right, L.margin * 0.5, f"Daftar · {data.receipt_no}")
    return L.height - y
