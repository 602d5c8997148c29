"""Refresh Daftar's .ts files from the code and compile them to .qm.

Run from the repository root with the project's Python::

    python resources/translations/update_translations.py

* ``daftar_en.ts`` holds only the English plural forms ("1 student",
  "2 students") of strings written with ``%Ln``; it is filled in here, so it
  never needs a translator. The app always loads it first.
* Any other ``daftar_<locale>.ts`` (for example ``daftar_ur.ts``) is
  refreshed with new strings for a translator to fill in with Qt Linguist.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "ui").rglob("*.py"))


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return found


def english_plurals(ts: Path) -> None:
    """Fill each numerus message: singular drops "(s)", plural keeps the "s"."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        for form in (re.sub(r"\((s|es)\)", "", source), re.sub(r"\((s|es)\)", r"\1", source)):
            ET.SubElement(translation, "numerusform").text = form
        translation.text = None
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    english = HERE / "daftar_en.ts"
    subprocess.run([tool("lupdate"), *SOURCES, "-pluralonly", "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "en", "-ts", str(english)],
                   cwd=ROOT, check=True)
    english_plurals(english)
    others = [p for p in HERE.glob("daftar_*.ts") if p != english]
    if others:
        subprocess.run([tool("lupdate"), *SOURCES, "-no-obsolete", "-locations", "relative",
                        "-source-language", "en", "-ts", *map(str, others)], cwd=ROOT, check=True)
    for ts in [english, *others]:
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
