"""The command line in the person's language: the app's own translations, with no window.

``daftar --lang fr_FR backup …`` (or ``DAFTAR_LANG``, else the language
chosen in the settings, else the computer's) prints in French. The words
are the app's: ``QCoreApplication.translate`` over the same ``.qm`` files,
installed on a ``QCoreApplication`` (QtCore only; nothing is shown).
:func:`words` says a refusal or a school-file problem as the screens do;
numbers are written with the language's ``QLocale``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale

from app.config import Paths, Settings

_app: QCoreApplication | None = None


def speak(paths: Paths, override: str | None = None) -> str:
    """Install the person's language for what the command line prints; returns it ("" : the computer's)."""
    global _app
    from app.ui.i18n import install_translations, language_setting

    try:
        setting = Settings.load(paths).language
    except Exception:  # noqa: BLE001 - a broken settings file never stops a command
        setting = ""
    language = language_setting(setting, override)
    app = QCoreApplication.instance()
    if app is None:
        _app = app = QCoreApplication(sys.argv[:1])
    install_translations(app, language)
    return language


def words(value: object) -> str:
    """A refusal, a school file's problem or a marked sentence in the installed language; else ``str``."""
    from app.ui.i18n import translated

    problem, advice, path = (getattr(value, name, None) for name in ("problem", "advice", "path"))
    if problem is not None and advice is not None and path is not None:
        return f"{translated(problem)} ({path}). {translated(advice)}"
    return translated(value)


def number(n: int) -> str:
    """``12345`` → ``12,345`` (English), ``12 345`` (French)…"""
    return QLocale().toString(n)
