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
import re
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


def paragraph_direction(text: str) -> str:
    """``"R"`` when the paragraph's first strong letter is right to left (Arabic, Urdu), else ``"L"``.

    UAX #9 rules P2/P3. A paragraph broken into lines keeps this direction on
    every line: pass it as ``base_dir`` when drawing the lines one by one.
    """
    from bidi import get_base_level

    if not text:
        return "L"
    return "R" if get_base_level(text) == 1 else "L"


def _bidi_levels(text: str, base_dir: str | None) -> list[int] | None:
    """The embedding level of each character (UAX #9, with bracket pairs), from python-bidi's engine.

    python-bidi's ``get_display`` reorders a line but does not mirror
    brackets (rule L4), and its ``debug`` answer is the only way it gives
    the resolved levels: one per UTF-8 byte. ``None`` when that answer
    cannot be read, and the caller falls back to python-bidi's own Python
    implementation.
    """
    from bidi import get_display

    info = get_display(text, base_dir=base_dir, debug=True)
    if not isinstance(info, str):
        return None
    start = info.find("levels: [", info.find("original_classes"))
    end = info.find("]", start)
    if start < 0 or end < 0:
        return None
    byte_levels = [int(v) for v in re.findall(r"Level\(\s*(\d+)", info[start:end])]
    if len(byte_levels) != len(text.encode("utf-8")):
        return None
    levels = []
    pos = 0
    for ch in text:
        levels.append(byte_levels[pos])
        pos += len(ch.encode("utf-8"))
    return levels


def bidi_display(text: str, base_dir: str | None = None) -> str:
    """``text`` (one line of a paragraph) in display order, left to right, with mirrored brackets.

    ``base_dir`` is the paragraph's direction (``"L"`` or ``"R"``); by
    default that of ``text`` itself (its first strong letter). The line is
    cut into runs of one direction (UAX #9 levels, brackets paired, as in
    rule N0), right-to-left runs are reversed (L2) and their brackets
    mirrored (L4), so "Ahmed (احمد) Khan" and "علی (Ali) رضا" keep their
    parentheses around the right words and facing them. Arabic letters
    should already be reshaped (joining forms).
    """
    import unicodedata

    if base_dir is None:
        base_dir = paragraph_direction(text)
    levels = _bidi_levels(text, base_dir)
    if levels is None:
        from bidi.algorithm import get_display as python_get_display

        return python_get_display(text, base_dir=base_dir)
    base = 1 if base_dir == "R" else 0
    # L1: whitespace at the end of the line takes the paragraph's level.
    i = len(text) - 1
    while i >= 0 and unicodedata.bidirectional(text[i]) in ("WS", "BN", "FSI", "LRI", "RLI", "PDI"):
        levels[i] = base
        i -= 1
    # L4 (mirroring) on the logical text, then L2 (reordering).
    from bidi.mirror import MIRRORED

    chars = [MIRRORED.get(ch, ch) if level % 2 else ch for ch, level in zip(text, levels, strict=True)]
    highest = max(levels, default=0)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(chars):
            if levels[i] >= level:
                j = i
                while j < len(chars) and levels[j] >= level:
                    j += 1
                chars[i:j] = chars[i:j][::-1]
                levels[i:j] = levels[i:j][::-1]
                i = j
            else:
                i += 1
    return "".join(chars)


@functools.lru_cache(maxsize=4096)
def visual_runs(text: str, bold: bool = False, base_dir: str | None = None) -> tuple[Run, ...]:
    """The line in display order, cut into runs of one font each.

    Arabic letters are joined (reshaped) and the line reordered for display
    (:func:`bidi_display`, in the paragraph's direction ``base_dir``, by
    default the line's own); digits and Latin words inside stay left to
    right, brackets face what they enclose. Neutral characters (spaces,
    punctuation) stay with the run they are in.
    """
    if has_arabic(text):
        import arabic_reshaper

        text = bidi_display(arabic_reshaper.reshape(text), base_dir)
    elif base_dir == "R":
        text = bidi_display(text, base_dir)
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


def text_width(text: str, size: float, bold: bool = False, base_dir: str | None = None) -> float:
    register_fonts()
    if has_devanagari(text):
        para = _paragraph(text, size, bold, base_dir)
        w, _h = para.wrap(10_000, 10_000)
        return max(para.getActualLineWidths0() or [w])
    return sum(pdfmetrics.stringWidth(r.text, r.font, size) for r in visual_runs(text, bold, base_dir))


@functools.lru_cache(maxsize=256)
def _style(size: float, bold: bool):  # noqa: ANN202 - ParagraphStyle
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"daftar-{size}-{bold}", fontName=LATIN_BOLD if bold else LATIN, fontSize=size,
                          leading=size * 1.25, shaping=1)


def _paragraph(text: str, size: float, bold: bool, base_dir: str | None = None):  # noqa: ANN202 - Paragraph
    from reportlab.platypus import Paragraph

    parts = []
    for run in visual_runs(text, bold, base_dir):
        parts.append(f'<font face="{run.font}">{escape(run.text)}</font>')
    return Paragraph("".join(parts), _style(size, bold))


def draw_text(canvas, x: float, y: float, text: str, size: float, *, bold: bool = False,  # noqa: ANN001
              align: str = "left", base_dir: str | None = None) -> float:
    """Draw one line at baseline ``y``; ``align`` left, right (x is the right edge) or centre. Returns its width.

    ``base_dir`` is the direction (``"L"``/``"R"``) of the paragraph the line
    belongs to, when it is one line of several (:func:`paragraph_direction`).
    """
    register_fonts()
    if not text:
        return 0.0
    width = text_width(text, size, bold, base_dir)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    if has_devanagari(text):
        para = _paragraph(text, size, bold, base_dir)
        _w, h = para.wrap(width + 2, size * 3)
        # drawOn takes the paragraph's bottom; its one baseline is a font size below its top.
        para.drawOn(canvas, x, y - (h - size))
        return width
    for run in visual_runs(text, bold, base_dir):
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
