"""Refresh Daftar's .ts files from the code and compile them to .qm.

Run from the repository root with the project's Python::

    python resources/translations/update.py            # lupdate, then lrelease
    python resources/translations/update.py --release  # only compile the .ts to .qm

* ``daftar_en.ts`` holds only the English plural forms ("1 student",
  "2 students") of strings written with ``%n``; it is filled in here, so it
  never needs a translator. The app always loads it first.
* Every other ``daftar_<lang>.ts`` (``daftar_fr.ts``, ``daftar_ur.ts``) gets
  the new strings of the code, marked unfinished, for a translator to fill in
  with Qt Linguist (``pyside6-linguist resources/translations/daftar_ur.ts``).
  Strings gone from the code are dropped.
* The compiled ``.qm`` files are committed beside their sources, so a source
  checkout and a frozen build both find them without a build step; the
  packaging runs ``--release`` again to be sure they match.

A new language: copy ``daftar_fr.ts`` to ``daftar_<lang>.ts``, change its
``language`` attribute, run this, translate, run this again.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def sources() -> list[str]:
    """Every Python file of the app that may hold a translatable string."""
    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        # QT_TRANSLATE_NOOP: the Qt-free services mark their refusals and words with it.
        if "tr(" in text or "translate(" in text or "QT_TRANSLATE_NOOP(" in text:
            found.append(str(path.relative_to(ROOT)))
    return found


def tool(name: str) -> str:
    return shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")


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


def update() -> None:
    files = sources()
    english = HERE / "daftar_en.ts"
    subprocess.run([tool("lupdate"), *files, "-pluralonly", "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "en", "-ts", str(english)],
                   cwd=ROOT, check=True)
    english_plurals(english)
    others = [p for p in sorted(HERE.glob("daftar_*.ts")) if p != english]
    for ts in others:
        subprocess.run([tool("lupdate"), *files, "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-ts", str(ts)], cwd=ROOT, check=True)


def release() -> None:
    for ts in sorted(HERE.glob("daftar_*.ts")):
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files to .qm")
    args = parser.parse_args(argv)
    if not args.release:
        update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
