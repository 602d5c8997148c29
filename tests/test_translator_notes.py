"""Comments in app/ are not translator notes (docs/translations.md, "Comments are not translator notes").

pyside6-lupdate takes every ``#:`` comment of a file as a note for the
translators and gathers them onto the next message, so a code comment
written that way reaches the French and Urdu translators as nonsense. A
``#:`` belongs only right before the call whose message it explains.
"""

from __future__ import annotations

import re
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"
MESSAGE_CALL = re.compile(r"\b(tr|translate|QT_TRANSLATE_NOOP|QT_TR_NOOP|Sentence|Message)\(")


def test_every_translator_note_sits_on_a_message():
    stray = []
    for path in sorted(APP.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            if not line.lstrip().startswith("#:"):
                continue
            following = next((text for text in lines[number:] if not text.lstrip().startswith("#")), "")
            if not MESSAGE_CALL.search(following):
                stray.append(f"{path.relative_to(APP.parent)}:{number}: {line.strip()[:60]}")
    assert not stray, "#: comments that are not translator notes (use #):\n" + "\n".join(stray)
