"""Mixed Arabic-script and Latin text in PDFs: each run in its direction, brackets facing what they enclose.

The order asserted is the order the PDF draws, left to right (what a reader
sees); the cards are also rendered to PNG to look at.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import unicodedata

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.reports.fonts import _bidi_levels, bidi_display, draw_text, paragraph_direction, visual_runs
from app.reports.report_card import report_card_pdf
from tests.test_report_card import _card


def _seen(text: str, base_dir: str | None = None) -> str:
    """The line as drawn, left to right, with the joined Arabic forms folded back to letters."""
    drawn = "".join(run.text for run in visual_runs(text, False, base_dir))
    return unicodedata.normalize("NFKC", drawn)


@pytest.mark.parametrize(("name", "seen"), [
    # A Latin name with its Arabic spelling: left to right, the Arabic word reversed for display.
    ("Ahmed (احمد) Khan", "Ahmed (دمحا) Khan"),
    # An Urdu name with a Latin word: right to left, the Latin word whole and the brackets facing it.
    ("علی (Ali) رضا", "اضر (Ali) یلع"),
    ("(علی) Ahmed", "Ahmed (یلع)"),
    ("احمد (Ali)", "(Ali) دمحا"),
    # Brackets paired across a direction change (UAX #9 rule N0): both with the Arabic word inside.
    ("Ali احمد (رضا) Khan", "Ali (اضر) دمحا Khan"),
    ("جماعت 10 (ب)", "(ب) 10 تعامج"),
])
def test_mixed_names_keep_their_brackets_around_the_right_words(name, seen):
    assert _seen(name) == seen
    assert _seen(name).count("(") == name.count("(")


def test_a_line_keeps_the_direction_of_its_paragraph():
    remark = "بہت محنتی طالب علم۔ Mathematics میں اچھی کارکردگی"
    assert paragraph_direction(remark) == "R"
    second_line = "Mathematics میں اچھی"
    assert paragraph_direction(second_line) == "L"
    # Alone, the line would start with the English word on the left; in its Urdu paragraph it reads from the right.
    assert _seen(second_line).startswith("Mathematics")
    assert _seen(second_line, "R").endswith("Mathematics")


def test_levels_come_from_python_bidi_engine():
    # The bracket pair takes the direction of the Arabic word inside (N0); the fallback would not.
    text = "Ali احمد (رضا) Khan"
    levels = _bidi_levels(text, "L")
    assert levels is not None and len(levels) == len(text)
    assert levels[text.index("(")] == levels[text.index(")")] == 1
    assert bidi_display("abc", "L") == "abc"


def _render(pdf: bytes, tmp_path, name: str):
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    subprocess.run(["pdftoppm", "-r", "110", "-png", "-singlefile", str(path), str(tmp_path / name)], check=True)
    png = tmp_path / f"{name}.png"
    assert png.stat().st_size > 3_000
    return path, png


def test_names_drawn_in_a_pdf_in_reading_order(tmp_path):
    import io

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(A4[0], 140), invariant=1)
    y = 115
    for name in ("Ahmed (احمد) Khan", "علی (Ali) رضا", "Ali احمد (رضا) Khan"):
        draw_text(c, 30, y, name, 16)
        y -= 36
    c.showPage()
    c.save()
    path, _png = _render(buf.getvalue(), tmp_path, "names")
    # pdftotext -bbox gives each word drawn with its place on the page: read each line left to right.
    xml = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True).stdout
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', xml)
    lines: dict[int, list[tuple[float, str]]] = {}
    for x_min, y_min, y_max, word in words:  # the lines are 36 pt apart
        middle = (float(y_min) + float(y_max)) / 2
        lines.setdefault(round(middle / 36), []).append((float(x_min), unicodedata.normalize("NFKC", word)))
    seen = [" ".join(w for _x, w in sorted(line)) for _key, line in sorted(lines.items())]
    assert seen == ["Ahmed (دمحا) Khan", "اضر (Ali) یلع", "Ali (اضر) دمحا Khan"]


def test_report_card_with_mixed_name_and_urdu_remark(tmp_path):
    card = dataclasses.replace(
        _card(), student_name="علی (Ali) رضا",
        teacher_comment="بہت محنتی طالب علم۔ Mathematics میں اچھی کارکردگی، (Science) پر مزید توجہ دیں۔",
        principal_comment="Ahmed (احمد) works well; keep it up.")
    _path, png = _render(report_card_pdf(card), tmp_path, "card")
    assert png.exists()
