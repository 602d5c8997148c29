"""Fonts for PDFs, and text in any of the school's scripts (STYLE.md "Text, languages, money").

reportlab's built-in fonts know only Latin-1. Daftar bundles Noto fonts
(``resources/fonts``, SIL OFL 1.1) and draws each run of text with the font
of its script:

* Latin (and anything else): Noto Sans;
* Arabic and Urdu: Noto Sans Arabic, after ``arabic-reshaper`` (joining
  forms) and ``python-bidi`` (right-to-left visual order);
* Devanagari (Hindi): Noto Sans Devanagari, shaped by HarfBuzz through
  reportlab's ``shaping`` support (``uharfbuzz``) in a Paragraph.

:func:`draw_text` draws one line on a canvas; :func:`text_width` measures it.
Qt-free.
"""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

LATIN = "DaftarSans"
LATIN_BOLD = "DaftarSans-Bold"
ARABIC = "DaftarArabic"
ARABIC_BOLD = "DaftarArabic-Bold"
DEVANAGARI = "DaftarDevanagari"
DEVANAGARI_BOLD = "DaftarDevanagari-Bold"

_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    DEVANAGARI: "NotoSansDevanagari-Regular.ttf",
    DEVANAGARI_BOLD: "NotoSansDevanagari-Bold.ttf",
}


def fonts_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources" / "fonts"
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


@functools.cache
def register_fonts() -> None:
    """Register the bundled fonts with reportlab, once per process."""
    for name, filename in _FILES.items():
        font = TTFont(name, str(fonts_dir() / filename))
        if name.startswith(DEVANAGARI):
            font.shapable = True
        pdfmetrics.registerFont(font)
    from reportlab.lib.fonts import addMapping

    addMapping(DEVANAGARI, 0, 0, DEVANAGARI)
    addMapping(DEVANAGARI, 1, 0, DEVANAGARI_BOLD)


def _is_arabic(ch: str) -> bool:
    o = ord(ch)
    return 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF or 0xFB50 <= o <= 0xFDFF \
        or 0xFE70 <= o <= 0xFEFF


def _is_devanagari(ch: str) -> bool:
    o = ord(ch)
    return 0x0900 <= o <= 0x097F or 0xA8E0 <= o <= 0xA8FF or o in (0x200C, 0x200D)


def script_font(ch: str, bold: bool = False) -> str:
    if _is_arabic(ch):
        return ARABIC_BOLD if bold else ARABIC
    if _is_devanagari(ch):
        return DEVANAGARI_BOLD if bold else DEVANAGARI
    return LATIN_BOLD if bold else LATIN


def has_arabic(text: str) -> bool:
    return any(_is_arabic(c) for c in text)


def has_devanagari(text: str) -> bool:
    return any(0x0900 <= ord(c) <= 0x097F for c in text)


@dataclass(frozen=True)
class Run:
    text: str
    font: str


@functools.lru_cache(maxsize=4096)
def visual_runs(text: str, bold: bool = False) -> tuple[Run, ...]:
    """The line in display order, cut into runs of one font each.

    Arabic letters are joined (reshaped) and the line reordered for display
    (bidi); digits and Latin words inside stay left to right. Neutral
    characters (spaces, punctuation) stay with the run they are in.
    """
    if has_arabic(text):
        import arabic_reshaper
        from bidi import get_display

        text = get_display(arabic_reshaper.reshape(text))
    runs: list[Run] = []
    current = ""
    font = None
    for ch in text:
        f = script_font(ch, bold)
        if ch == " " and font is not None:
            f = font  # a space belongs to the run it is in (every bundled font has one)
        if font is None or f == font:
            current += ch
            font = f
        else:
            runs.append(Run(current, font))
            current, font = ch, f
    if current:
        runs.append(Run(current, font or LATIN))
    return tuple(runs)


def text_width(text: str, size: float, bold: bool = False) -> float:
    register_fonts()
    if has_devanagari(text):
        para = _paragraph(text, size, bold)
        w, _h = para.wrap(10_000, 10_000)
        return max(para.getActualLineWidths0() or [w])
    return sum(pdfmetrics.stringWidth(r.text, r.font, size) for r in visual_runs(text, bold))


@functools.lru_cache(maxsize=256)
def _style(size: float, bold: bool):  # noqa: ANN202 - ParagraphStyle
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"daftar-{size}-{bold}", fontName=LATIN_BOLD if bold else LATIN, fontSize=size,
                          leading=size * 1.25, shaping=1)


def _paragraph(text: str, size: float, bold: bool):  # noqa: ANN202 - Paragraph
    from reportlab.platypus import Paragraph

    parts = []
    for run in visual_runs(text, bold):
        parts.append(f'<font face="{run.font}">{escape(run.text)}</font>')
    return Paragraph("".join(parts), _style(size, bold))


def draw_text(canvas, x: float, y: float, text: str, size: float, *, bold: bool = False,  # noqa: ANN001
              align: str = "left") -> float:
    """Draw one line at baseline ``y``; ``align`` left, right (x is the right edge) or centre. Returns its width."""
    register_fonts()
    if not text:
        return 0.0
    width = text_width(text, size, bold)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    if has_devanagari(text):
        para = _paragraph(text, size, bold)
        _w, h = para.wrap(width + 2, size * 3)
        # drawOn takes the paragraph's bottom; its one baseline is a font size below its top.
        para.drawOn(canvas, x, y - (h - size))
        return width
    for run in visual_runs(text, bold):
        canvas.setFont(run.font, size)
        canvas.drawString(x, y, run.text)
        x += pdfmetrics.stringWidth(run.text, run.font, size)
    return width


def fit_lines(text: str, size: float, max_width: float, bold: bool = False) -> list[str]:
    """Break a sentence into lines no wider than ``max_width`` (at spaces; a long word is left whole)."""
    words = text.split()
    lines: list[str] = []
    line = ""
    for word in words:
        trial = f"{line} {word}" if line else word
        if line and text_width(trial, size, bold) > max_width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines
