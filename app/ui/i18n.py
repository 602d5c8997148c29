"""The person's language, its direction, and the size of the text.

* :func:`install_translations` loads Qt's own ``qtbase_<lang>.qm`` and
  Daftar's ``daftar_<lang>.qm`` (compiled from ``resources/translations``),
  sets the default :class:`QLocale` (numbers, dates, money) and the layout
  direction (Urdu and Arabic mirror the whole window). It can be called again
  while windows are open: that is how the language changes without a restart.
* ``pseudo`` is a made-up language for finding strings that were not passed
  through ``tr()``: every translated string comes out stretched and marked,
  ``[Ŕöļļ ćåļļ~~~]``, so an English word left on screen stands out. Choose it
  with ``--lang pseudo`` or ``DAFTAR_LANG=pseudo``.
* :class:`Retranslator` answers Qt's ``LanguageChange``: once the new
  translators are in, every open window is translated again — labels,
  buttons, tab and group titles, placeholders, tooltips, accessible names,
  menus and actions, combo and list items, spin-box suffixes, table headers —
  by finding each text in the catalogue of the language it is shown in and
  asking Qt for the same message in the new language. A widget that composes
  a text from pieces adds a ``retranslate_ui()`` method; it is called after.
* :func:`apply_text_size` scales the application font and the style sheet's
  sizes together (the text-size setting).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTimeEdit,
    QToolButton,
    QTreeWidget,
    QWidget,
)

from app.services.context import Message as MarkedWord
from app.services.context import Sentence, ServiceError
from app.ui.resources import resources_dir, translations_dir

log = logging.getLogger(__name__)

# The made-up language that marks every translated string.
PSEUDO = "pseudo"
# The languages offered in the settings ("" follows the computer).
LANGUAGES = ("", "en_US", "fr_FR", "ur_PK", "ar_SA", "hi_IN", "sw_KE")
# Environment variable that overrides the language setting (e.g. ``DAFTAR_LANG=pseudo``).
LANGUAGE_ENV = "DAFTAR_LANG"
# Settings key (``Settings.extra``) of the text size, in percent of the normal size.
TEXT_SIZE_KEY = "text_size_percent"
TEXT_SIZES = (100, 115, 130, 150)


# A person's role in words (``role_word``); marked for lupdate, translated when shown.
ROLE_WORDS = {
    "teacher": QT_TRANSLATE_NOOP("Roles", "Teacher"),
    "office": QT_TRANSLATE_NOOP("Roles", "Front office"),
    "principal": QT_TRANSLATE_NOOP("Roles", "Principal"),
    "admin": QT_TRANSLATE_NOOP("Roles", "Admin"),
}


# Qt's own words that Qt ships no Urdu for (there is no qtbase_ur.qm): the standard buttons,
# the message box's details button and the text fields' menu. Listed here so that lupdate puts
# them in Daftar's .ts files under Qt's own contexts, where Qt looks them up.
QT_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
)


def role_word(role: str) -> str:
    """``"office"`` → "Front office", in the person's language."""
    return QCoreApplication.translate("Roles", ROLE_WORDS[role]) if role in ROLE_WORDS else role


def translated(value: object) -> str:
    """A service's refusal or word in the person's language (the one way the UI shows them).

    * a :class:`ServiceError`: its sentence, as below (a plain ``ServiceError("…")``
      comes back as ``str(exc)``, untranslated); another exception raised with a
      :class:`Sentence` (``LookupError(Sentence(…))``) likewise, else ``str(exc)``;
    * a :class:`Sentence` (``app.services.context``): its template translated
      under its context, then each argument translated by this same function
      (a marked word such as a payment mode, a nested sentence, a date in the
      locale's short format), then the holes filled. A translation whose
      placeholders do not match the English falls back to the English sentence;
    * a marked word (``QT_TRANSLATE_NOOP`` in a service, ``app.services.context.Message``): translated;
    * anything else: ``str(value)``.
    """
    if isinstance(value, ServiceError):
        value = value.sentence
    elif isinstance(value, BaseException) and len(value.args) == 1 \
            and isinstance(value.args[0], (Sentence, MarkedWord)):
        value = value.args[0]
    if isinstance(value, Sentence):
        template = value.template
        text = translated(template) if isinstance(template, MarkedWord) else str(template)
        if not value.arguments:
            return text
        try:
            return text.format(**{k: translated(v) for k, v in value.arguments.items()})
        except (KeyError, IndexError, ValueError):
            log.warning("The translation of %r does not fit its arguments", str(template))
            return str(value)
    if isinstance(value, MarkedWord):
        return QCoreApplication.translate(value.context, str(value))
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
    return str(value)


def language_setting(setting: str, override: str | None = None) -> str:
    """The language to use: ``--lang`` first, then ``DAFTAR_LANG``, then the setting."""
    return (override or os.environ.get(LANGUAGE_ENV) or setting or "").strip()


def locale_for(language: str) -> QLocale:
    """The QLocale whose numbers and dates a language uses (pseudo writes like English)."""
    if language == PSEUDO:
        return QLocale("en_US")
    return QLocale(language) if language else QLocale.system()


# --------------------------------------------------------------------------
# The pseudo-language
# --------------------------------------------------------------------------

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# What must stay as it is: {placeholders}, %n and %1, <tags>, &entities; and \n.
_KEEP = re.compile(r"\{[^{}]*\}|%[nL]?n|%L?\d+|<[^<>]*>|&[a-zA-Z]+;|&#\d+;|\n")


def pseudo(text: str) -> str:
    """``"Roll call"`` → ``"[Ŕöļļ ćåļļ~~~]"``: accented, about a third longer, in brackets."""
    if not text:
        return text
    out: list[str] = []
    pos = 0
    letters = 0
    for m in _KEEP.finditer(text):
        plain = text[pos:m.start()]
        letters += sum(c.isalpha() for c in plain)
        out.append(plain.translate(_ACCENTED))
        out.append(m.group())
        pos = m.end()
    plain = text[pos:]
    letters += sum(c.isalpha() for c in plain)
    out.append(plain.translate(_ACCENTED))
    return "[" + "".join(out) + "~" * max(1, (letters + 2) // 3) + "]"


@functools.cache
def known_messages() -> frozenset[tuple[str, str]]:
    """``(context, source)`` of every message lupdate found in the code (the .ts files)."""
    found: set[tuple[str, str]] = set()
    for path in translations_dir().glob("daftar_*.ts"):
        found.update((m.context, m.source) for m, _forms in _ts_messages(path))
    return frozenset(found)


class PseudoTranslator(QTranslator):
    """Translates into :func:`pseudo` the messages a translator would get, and Qt's own.

    A string that reaches ``tr()`` but that lupdate cannot see (say, through
    an alias of ``translate``) is left in English, so it stands out too.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Qt's own messages, to know one when asked: PySide's tr() also asks under the Qt
        # classes a screen derives from ("QWidget", "QDialog"), which must not count.
        self._qt = QTranslator(self)
        self._qt.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None is "no translation here" (Qt then shows the source); "" would blank the text out.
        if not source or context == "QGuiApplication" and source == "QT_LAYOUT_DIRECTION":
            return None
        if (context, source) in known_messages():
            return pseudo(source)
        if context.startswith("Q") and self._qt.translate(context, source, disambiguation, n):
            return pseudo(source)
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


# --------------------------------------------------------------------------
# Installing a language
# --------------------------------------------------------------------------


def _register_fonts() -> None:
    """The bundled Noto fonts (Arabic script for Urdu, Devanagari for Hindi) on every system."""
    if getattr(_register_fonts, "done", False):
        return
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("Could not load the font %s", path.name)
    _register_fonts.done = True  # type: ignore[attr-defined]


def current_language(app: QCoreApplication | None = None) -> str:
    """The language last installed ("" before any)."""
    app = app or QCoreApplication.instance()
    return getattr(app, "_daftar_language", "")


def install_translations(app: QCoreApplication, language: str = "") -> list[QTranslator]:
    """Qt's own ``qtbase_*.qm`` and Daftar's ``daftar_*.qm`` for ``language``; locale and direction to match.

    ``language`` is a setting ("" follows the computer, else e.g. "ur_PK", or
    ``pseudo``). Translators of an earlier call are removed first, and open
    windows are translated again (:class:`Retranslator`). Returns the
    translators installed (the application keeps them alive too).
    """
    retranslator = Retranslator.of(app)
    old_locale = QLocale()
    # Read before anything changes: Qt may reset a date field's format when its locale or direction does.
    date_fields = [(w, w.displayFormat()) for w in QApplication.allWidgets() if isinstance(w, QDateTimeEdit)] \
        if isinstance(app, QApplication) else []
    for old in getattr(app, "_daftar_translators", []):
        app.removeTranslator(old)
    locale = locale_for(language)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if language != PSEUDO and qt_translator.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    # English plural forms ("1 student", "2 students") first; the person's
    # language, installed after it, is looked up before it.
    plurals = QTranslator(app)
    if plurals.load("daftar_en", str(translations_dir())):
        app.installTranslator(plurals)
        installed.append(plurals)
    if language == PSEUDO:
        own: QTranslator = PseudoTranslator(app)
        app.installTranslator(own)
        installed.append(own)
    else:
        own = QTranslator(app)
        if locale.language() != QLocale.Language.English and own.load(
            locale, "daftar", "_", str(translations_dir())
        ):
            app.installTranslator(own)
            installed.append(own)
        else:
            log.debug("No Daftar translation for %s", locale.name())
    if isinstance(app, QGuiApplication):
        if locale.script() not in (QLocale.Script.LatinScript, QLocale.Script.AnyScript):
            _register_fonts()  # Urdu, Arabic, Hindi: the bundled Noto fonts, on any system
        app.setLayoutDirection(locale.textDirection())
    if isinstance(app, QApplication) and old_locale != locale:
        follow_locale(old_locale, locale, date_fields)
        _turn_calendars(locale.textDirection())
    app._daftar_translators = installed  # type: ignore[attr-defined]
    app._daftar_language = language or locale.name()  # type: ignore[attr-defined]
    log.info("Language %s (%s), %d translation file(s)", language or locale.name(),
             locale.textDirection().name, len(installed))
    retranslator.retranslate()
    return installed


def date_field_in_order(edit: QDateTimeEdit) -> QDateTimeEdit:
    """A date or time field that shows its parts in their written order in every language.

    Qt writes a right-to-left field's sections backwards: in Urdu 23/11/26
    became "26/11/23" (read there as the 26th) and 9:30 AM "AM 30:9". The
    field itself is therefore left to right, as numbers are written in Urdu
    and Arabic too, and its format parsed again that way; its calendar keeps
    the window's direction (:func:`install_translations` turns it with the
    window). Call after ``setCalendarPopup``.
    """
    shown = edit.displayFormat()
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(shown)
    if edit.calendarPopup():
        edit.calendarWidget().setLayoutDirection(QGuiApplication.layoutDirection())
    return edit


def _turn_calendars(direction: Qt.LayoutDirection) -> None:
    """The calendars of the fields :func:`date_field_in_order` made left to right follow the window."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, QDateTimeEdit) and widget.calendarPopup() \
                and widget.testAttribute(Qt.WidgetAttribute.WA_SetLayoutDirection):
            widget.calendarWidget().setLayoutDirection(direction)


def follow_locale(old: QLocale, new: QLocale, date_fields: list[tuple[QDateTimeEdit, str]]) -> None:
    """Open widgets take the new locale (QLocale.setDefault reaches only new ones), date fields too."""
    for window in QApplication.topLevelWidgets():
        if not window.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
            window.unsetLocale()  # takes the new default, and passes it to the children
    formats = (
        (QDateEdit, old.dateFormat(QLocale.FormatType.ShortFormat), new.dateFormat(QLocale.FormatType.ShortFormat)),
        (QTimeEdit, old.timeFormat(QLocale.FormatType.ShortFormat), new.timeFormat(QLocale.FormatType.ShortFormat)),
        (QDateTimeEdit, old.dateTimeFormat(QLocale.FormatType.ShortFormat),
         new.dateTimeFormat(QLocale.FormatType.ShortFormat)),
    )
    for widget in QApplication.allWidgets():
        chart = _chart(widget)
        if chart is not None:
            chart.setLocale(new)  # the numbers on its axes
    for widget, shown in date_fields:
        for kind, before, after in formats:
            if isinstance(widget, kind):
                # Only a field that showed the locale's own format; one the code chose stays.
                if shown == before:
                    widget.setDisplayFormat(after)
                elif widget.displayFormat() != shown:
                    widget.setDisplayFormat(shown)
                break


# --------------------------------------------------------------------------
# Catalogues: from a text on screen back to its message
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool


@dataclass
class Catalogue:
    """What each message looks like in one language: exact texts, and templates with holes."""

    exact: dict[str, list[Message]]
    # (the pattern's source, message, the template's longest fixed piece: a cheap test before the
    # pattern). Each pattern is compiled the first time a text passes its cheap test: compiling the
    # ~600 of a language up front cost ~0.13 s, on the UI thread, of the app's start when the status bar
    # says the last sync's problem kept in the school file.
    templates: list[tuple[str, Message, str]]

    def find(self, text: str) -> tuple[Message, dict[str, str], int] | None:
        found = self.exact.get(text)
        if found:
            return found[0], {}, -1
        if not any(c in text for c in "0123456789{}") and len(text) > 400:
            return None
        for source, message, anchor in self.templates:
            if anchor not in text:
                continue
            pattern = _compiled(source)
            if pattern is None:
                continue
            m = pattern.fullmatch(text)
            if m and not any(name in _NUMBERS and any(c.isalpha() for c in value)
                             for name, value in m.groupdict().items() if value):
                values = m.groupdict()
                n = values.pop("__n", None)
                return message, values, _to_int(n) if n is not None else -1
        return None


def _to_int(digits: str) -> int:
    ok = False
    value, ok = QLocale().toInt(digits)
    if ok:
        return value
    try:
        return int(re.sub(r"\D", "", digits) or "-1")
    except ValueError:
        return -1


# Holes that always hold a number: "Grade {number}" must not take the class "Grade 7 B" for one.
_NUMBERS = frozenset({
    "__n", "n", "number", "count", "total", "taken", "done", "days", "shown", "invoices", "students", "page",
    "rows", "cols", "free_rows", "free_cols", "minutes", "ms", "percent", "share", "rate", "threshold",
    "late", "absent", "marked", "enrolled", "entered", "expected", "good", "bad", "saved", "excused", "half",
    "grade", "weight", "max", "version", "assessments", "to_bill", "billed", "skipped",
})

_HOLE = re.compile(r"\{(\w*)(?:[:!][^{}]*)?\}|%L?n")


@functools.lru_cache(maxsize=None)
def _compiled(source: str) -> re.Pattern[str] | None:
    try:
        return re.compile(source, re.DOTALL)
    except re.error:
        return None


def _template(text: str) -> str | None:
    """The source of the pattern that reads ``text``'s holes back, or None when it has none."""
    if not _HOLE.search(text):
        return None
    parts: list[str] = []
    pos = 0
    seen: set[str] = set()
    for m in _HOLE.finditer(text):
        parts.append(re.escape(text[pos:m.start()]))
        if m.group().startswith("%"):
            parts.append(r"(?P<__n>[^\s]+?)" if "__n" not in seen else r"[^\s]+?")
            seen.add("__n")
        else:
            name = m.group(1)
            if name and name.isidentifier() and name not in seen:
                parts.append(f"(?P<{name}>.*?)")
                seen.add(name)
            else:
                parts.append(".*?")
        pos = m.end()
    parts.append(re.escape(text[pos:]))
    return "".join(parts)


def _ts_messages(path: Path) -> Iterator[tuple[Message, list[str]]]:
    """Each message of a .ts file with its finished translations (plural forms each)."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        log.warning("Could not read %s: %s", path, exc)
        return
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            forms: list[str] = []
            if translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete"):
                if numerus:
                    forms = [f.text or "" for f in translation.iter("numerusform") if f.text]
                elif translation.text:
                    forms = [translation.text]
            yield Message(name, source, comment, numerus), forms


@functools.lru_cache(maxsize=8)
def catalogue(language: str) -> Catalogue:
    """How Daftar's messages read in ``language`` (its .ts file; English and pseudo are worked out)."""
    exact: dict[str, list[Message]] = {}
    templates: list[tuple[str, Message, str]] = []
    english = {m: forms for m, forms in _ts_messages(translations_dir() / "daftar_en.ts")}
    code = locale_for(language).name().split("_")[0] if language != PSEUDO else PSEUDO
    wanted: dict[Message, list[str]] = {}
    # Every message the code has is in each translated .ts; take the fullest list.
    candidates = sorted(translations_dir().glob("daftar_*.ts"))
    own = translations_dir() / f"daftar_{code}.ts"
    for path in candidates:
        if path.name == "daftar_en.ts":
            continue
        for message, forms in _ts_messages(path):
            if path == own:
                wanted[message] = forms
            else:
                wanted.setdefault(message, [])
    for message, forms in english.items():
        wanted.setdefault(message, [])
    for message, forms in wanted.items():
        if language == PSEUDO:
            texts = [pseudo(message.source)]
        elif code == "en" or not forms:
            texts = english.get(message) or [message.source]
            if message.source not in texts:
                texts = [*texts, message.source]
        else:
            texts = forms
        for text in texts:
            exact.setdefault(text, []).append(message)
            pattern = _template(text)
            if pattern is not None:
                anchor = max(re.split(r"\{\w*(?:[:!][^{}]*)?\}|%L?n", text), key=len)
                templates.append((pattern, message, anchor))
    # Longer templates first: "{a} of {b} marked" before "{a}".
    templates.sort(key=lambda item: -len(item[0]))
    return Catalogue(exact, templates)


def translate_text(text: str, old: Catalogue, context_hint: Iterable[str] = ()) -> str | None:
    """``text`` as shown in the old language, in the language now installed; None when not a message."""
    if not text:
        return None
    found = old.exact.get(text)
    values: dict[str, str] = {}
    n = -1
    if found:
        hints = set(context_hint)
        message = next((m for m in found if m.context in hints), found[0])
    else:
        hit = old.find(text)
        if hit is None:
            return None
        message, values, n = hit
    new = QCoreApplication.translate(message.context, message.source, message.comment or None, n)
    if values:
        try:
            new = new.format(**values)
        except (KeyError, IndexError, ValueError):
            return None
    return new


def retranslated(text: str) -> str:
    """A message kept from before the last language change, in the language now installed.

    For sentences a widget keeps in its data (not on a label), in its
    ``retranslate_ui``; a text that is no message comes back as it is.
    """
    app = QCoreApplication.instance()
    previous = getattr(getattr(app, "_daftar_retranslator", None), "previous", None)
    if previous is None:
        return text
    found = translate_text(text, previous)
    return text if found is None else found


# --------------------------------------------------------------------------
# Every text a person sees on a widget (shared by the retranslator and the tests)
# --------------------------------------------------------------------------


@dataclass
class Text:
    """One text on screen and how to put a new one in its place."""

    widget: QObject
    kind: str
    text: str
    setter: object  # callable(str) -> None


def widget_texts(widget: QWidget) -> Iterator[Text]:  # noqa: C901 - one case per kind of widget
    """The static texts of one widget (not its children); item models are separate."""
    if widget.isWindow() and widget.windowTitle():
        yield Text(widget, "window title", widget.windowTitle(), widget.setWindowTitle)
    if widget.toolTip():
        yield Text(widget, "tooltip", widget.toolTip(), widget.setToolTip)
    if widget.accessibleName():
        yield Text(widget, "accessible name", widget.accessibleName(), widget.setAccessibleName)
    if widget.accessibleDescription():
        yield Text(widget, "accessible description", widget.accessibleDescription(), widget.setAccessibleDescription)
    if isinstance(widget, QLabel) and widget.text():
        yield Text(widget, "label", widget.text(), widget.setText)
    elif isinstance(widget, QAbstractButton) and widget.text():
        yield Text(widget, "button", widget.text(), widget.setText)
    elif isinstance(widget, QGroupBox) and widget.title():
        yield Text(widget, "group title", widget.title(), widget.setTitle)
    elif isinstance(widget, QLineEdit) and widget.placeholderText():
        yield Text(widget, "placeholder", widget.placeholderText(), widget.setPlaceholderText)
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.placeholderText():
        yield Text(widget, "placeholder", widget.placeholderText(), widget.setPlaceholderText)
    elif isinstance(widget, QMenu) and widget.title():
        yield Text(widget, "menu", widget.title(), widget.setTitle)
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        for kind, getter, setter in (("suffix", widget.suffix, widget.setSuffix),
                                     ("prefix", widget.prefix, widget.setPrefix)):
            if getter():
                yield Text(widget, kind, getter(), setter)
    if isinstance(widget, QAbstractSpinBox) and widget.specialValueText():
        yield Text(widget, "special value", widget.specialValueText(), widget.setSpecialValueText)
    if isinstance(widget, QComboBox):
        if widget.placeholderText():
            yield Text(widget, "placeholder", widget.placeholderText(), widget.setPlaceholderText)
        if widget.model() is not None and type(widget.model()).__name__ == "QStandardItemModel":
            for i in range(widget.count()):
                yield Text(widget, "combo item", widget.itemText(i), functools.partial(widget.setItemText, i))
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield Text(widget, "tab", widget.tabText(i), functools.partial(widget.setTabText, i))
            if widget.tabToolTip(i):
                yield Text(widget, "tab tooltip", widget.tabToolTip(i), functools.partial(widget.setTabToolTip, i))
    elif isinstance(widget, QTabBar) and not isinstance(widget.parent(), QTabWidget):
        for i in range(widget.count()):
            yield Text(widget, "tab", widget.tabText(i), functools.partial(widget.setTabText, i))
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            item = widget.item(i)
            yield Text(widget, "list item", item.text(), item.setText)
            if item.toolTip():
                yield Text(widget, "list item tooltip", item.toolTip(), item.setToolTip)
    elif isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        for c in range(widget.columnCount()):
            yield Text(widget, "header", header.text(c), functools.partial(header.setText, c))
    elif isinstance(widget, QTableWidget):
        for c in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(c)
            if item is not None:
                yield Text(widget, "header", item.text(), item.setText)
    chart = _chart(widget)
    if chart is not None and chart.title():
        yield Text(chart, "chart title", chart.title(), chart.setTitle)
    for action in widget.actions():
        yield from action_texts(action)


def _chart(widget: QWidget):  # noqa: ANN202 - a QChart, without importing QtCharts for every widget
    """The chart of a QChartView (QtCharts is loaded only by the screens that draw charts)."""
    if type(widget).__name__ != "QChartView" and not any(c.__name__ == "QChartView" for c in type(widget).__mro__):
        return None
    return widget.chart()


def action_texts(action: QAction) -> Iterator[Text]:
    if action.isSeparator():
        return
    if action.text():
        yield Text(action, "action", action.text(), action.setText)
    # Qt makes a tooltip from the text when none is set; only a set one is ours.
    tip = action.toolTip()
    if tip and tip != action.text().replace("&", "").replace("…", "").rstrip("."):
        yield Text(action, "action tooltip", tip, action.setToolTip)


def _contexts(widget: QObject) -> list[str]:
    names: list[str] = []
    obj: QObject | None = widget
    while obj is not None and len(names) < 12:
        names.extend(cls.__name__ for cls in type(obj).__mro__[:3])
        obj = obj.parent()
    return names


def _source_models(view: QAbstractItemView) -> list:
    models = []
    model = view.model()
    while model is not None and model not in models:
        models.append(model)
        model = model.sourceModel() if hasattr(model, "sourceModel") else None
    return models


def refresh_models(views: Iterable[QAbstractItemView]) -> None:
    """Headers and cells computed with ``tr()`` are drawn again in the new language."""
    done: set[int] = set()
    for view in views:
        for model in reversed(_source_models(view)):
            if id(model) in done:
                continue
            done.add(id(model))
            try:
                columns, rows = model.columnCount(QModelIndex()), model.rowCount(QModelIndex())
            except TypeError:  # a model private to Qt: Qt translates it
                continue
            if columns:
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
            if rows and columns:
                model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
        view.viewport().update()


class Retranslator(QObject):
    """Translates every open window again when the language changes (one per application).

    Qt sends ``LanguageChange`` once for each translator removed or installed,
    so a window that translated itself on each would do it half-way through
    the swap; :func:`install_translations` calls :meth:`retranslate` once,
    after the last translator is in.
    """

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._shown_language = current_language(app) or locale_for("").name()
        # The catalogue of the language shown before the last change.
        self.previous: Catalogue | None = None

    @classmethod
    def of(cls, app: QCoreApplication) -> "Retranslator":
        found = getattr(app, "_daftar_retranslator", None)
        if found is None:
            found = cls(app)
            app._daftar_retranslator = found  # type: ignore[attr-defined]
        return found

    def retranslate(self) -> None:
        """Every text of every widget, from the language it shows to the one installed."""
        new = current_language(self.parent())
        old, self._shown_language = self._shown_language, new
        if old == new or not isinstance(QCoreApplication.instance(), QApplication) or not QApplication.allWidgets():
            return  # nothing open yet (start-up): nothing to translate again
        before = catalogue(old)
        self.previous = before
        changed = 0
        actions: dict[int, QAction] = {}
        views: list[QAbstractItemView] = []
        widgets = QApplication.allWidgets()
        for widget in widgets:
            for text in widget_texts(widget):
                if isinstance(text.widget, QAction):
                    actions[id(text.widget)] = text.widget
                    continue
                new_text = translate_text(text.text, before, _contexts(widget))
                if new_text is not None and new_text != text.text:
                    text.setter(new_text)
                    changed += 1
            if isinstance(widget, QAbstractItemView):
                views.append(widget)
        for action in actions.values():
            for text in action_texts(action):
                new_text = translate_text(text.text, before, _contexts(action))
                if new_text is not None and new_text != text.text:
                    text.setter(new_text)
                    changed += 1
        refresh_models(views)
        point_arrows(widgets)
        for widget in widgets:
            hook = getattr(widget, "retranslate_ui", None)
            if callable(hook):
                hook()
        log.info("Translated %d text(s) from %s to %s", changed, old or "the default", new)


# --------------------------------------------------------------------------
# Arrows that follow the direction
# --------------------------------------------------------------------------

_FORWARD = "daftarArrowForward"


def point_arrow(button: QToolButton, *, forward: bool) -> None:
    """A "next" (or "previous") arrow that points the way the language reads, now and after a change."""
    button.setProperty(_FORWARD, forward)
    right = forward == (QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight)
    button.setArrowType(Qt.ArrowType.RightArrow if right else Qt.ArrowType.LeftArrow)


def point_arrows(widgets: Iterable[QWidget]) -> None:
    for widget in widgets:
        if isinstance(widget, QToolButton) and widget.property(_FORWARD) is not None:
            point_arrow(widget, forward=bool(widget.property(_FORWARD)))


# --------------------------------------------------------------------------
# Text size
# --------------------------------------------------------------------------

_PX = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)px")


def text_size_percent(extra: dict[str, str]) -> int:
    try:
        value = int(extra.get(TEXT_SIZE_KEY, "100"))
    except ValueError:
        return 100
    return value if 80 <= value <= 200 else 100


def apply_text_size(app: QApplication, percent: int, style_sheet: str) -> None:
    """Scale the application font and the style sheet's font sizes to ``percent`` of normal."""
    base = getattr(app, "_daftar_base_font", None)
    if base is None:
        base = QFont(app.font())
        app._daftar_base_font = base  # type: ignore[attr-defined]
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(round(size * percent / 100, 1))
    app.setFont(font)
    if style_sheet:
        app.setStyleSheet(_PX.sub(lambda m: f"font-size: {round(float(m.group(1)) * percent / 100)}px", style_sheet))
