"""Where the app's icons, style sheet and translations are found.

``resources/`` sits beside the ``app`` package in a source checkout; in a
PyInstaller build it is unpacked under ``sys._MEIPASS``. Nothing here is
written to.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from PySide6.QtGui import QIcon


@functools.cache
def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def icon(name: str) -> QIcon:
    """An icon of ``resources/icons/`` by name without extension (an empty icon if missing)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def style_sheet() -> str:
    path = resources_dir() / "styles" / "daftar.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def translations_dir() -> Path:
    return resources_dir() / "translations"
