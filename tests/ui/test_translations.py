"""Every text on screen goes through Qt's translation: the pseudo-language walk.

With the made-up language ``pseudo`` every translated string is shown
accented and in brackets (``[Ŕöļļ ćåļļ~~~]``). These tests open each screen
of the main window for the principal and the admin, and each dialog that
opens without a server, and fail on any visible English word outside the
brackets that is not the school's data (names, classes, subjects, fee items)
or a number or a date.
"""

from __future__ import annotations

import dataclasses
import zoneinfo
import re
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QMenu, QStackedWidget, QTabWidget, QWidget

from app.services.session import Person
from app.ui.i18n import PSEUDO, install_translations, widget_texts
from app.ui.resources import translations_dir

BRACKETED = re.compile(r"\[[^\[\]]*\]")
HTML = re.compile(r"<[^<>]*>|&[a-zA-Z]+;|&#\d+;")


@pytest.fixture
def pseudo_language(qapp):
    install_translations(qapp, PSEUDO)
    yield
    install_translations(qapp, "en_US")


def school_data(path: Path) -> list[str]:
    """Every name and label the school file holds (data is not translated)."""
    words: set[str] = set()
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')
                       if r[2].upper() in ("TEXT", "VARCHAR", "") or r[2].upper().startswith("VARCHAR")]
            for column in columns:
                if column == "id" or column.endswith("_id"):
                    continue
                for (value,) in con.execute(f'SELECT DISTINCT "{column}" FROM "{table}" LIMIT 5000'):
                    if isinstance(value, str) and 0 < len(value) < 200:
                        words.add(value)
    finally:
        con.close()
    locale = QLocale()
    for i in range(1, 13):
        for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat, QLocale.FormatType.NarrowFormat):
            words.add(locale.monthName(i, fmt))
            words.add(locale.standaloneMonthName(i, fmt))
    for i in range(1, 8):
        for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.add(locale.dayName(i, fmt))
            words.add(locale.standaloneDayName(i, fmt))
        words.add(locale.dayName(i, QLocale.FormatType.NarrowFormat))
    words.update({"AM", "PM", "am", "pm", "Daftar"})
    words.update(zoneinfo.available_timezones())  # time zones are named as the IANA names them
    return [w for w in words if re.search(r"[A-Za-z]", w)]


_CODES = re.compile(
    r"https?://\S+|\b[\w.-]+\.(?:org|com|net|pdf|csv|xlsx|daftar|log)\b|(?:[A-Za-z]:)?[/\\][^\s]*"  # addresses, files
    r"|\b[A-Z]{2,5}\b|\b[A-Z0-9]+(?:-[A-Z0-9]+)+\b|\b[A-F][+-]?(?![\w+-])"  # currency, receipt numbers, grades
    r"|\S+@\S+|\b\d\w*\b|\b[a-z]{2,3}_[A-Z]{2}\b"  # e-mail addresses, numbers, locale codes
)


def untranslated(text: str, data: re.Pattern[str]) -> str:
    """What is left of ``text`` that is English and not data ("" when all is translated)."""
    rest = HTML.sub(" ", text)
    while True:
        stripped = BRACKETED.sub(" ", rest)
        if stripped == rest:
            break
        rest = stripped
    rest = data.sub(" ", rest)
    rest = _CODES.sub(" ", rest)
    return " ".join(re.findall(r"[A-Za-z][A-Za-z']*", rest))


def data_pattern(words: list[str]) -> re.Pattern[str]:
    ordered = sorted(set(words), key=len, reverse=True)
    return re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in ordered))


def texts_on_screen(root: QWidget) -> list[tuple[str, str, str]]:
    """``(where, kind, text)`` for every text a person can see in ``root`` (and its menus)."""
    found: list[tuple[str, str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        where = f"{type(widget).__name__}#{widget.objectName()}" if widget.objectName() else type(widget).__name__
        for text in widget_texts(widget):
            found.append((where, text.kind, text.text))
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            model = widget.model()
            try:
                columns, rows = model.columnCount(QModelIndex()), model.rowCount(QModelIndex())
            except TypeError:  # a model private to Qt (the calendar's): Qt translates it
                continue
            for c in range(columns):
                header = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                if isinstance(header, str):
                    found.append((where, "header", header))
                tip = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    found.append((where, "header tooltip", tip))
            for r in range(min(rows, 40)):
                for c in range(columns):
                    for role, kind in ((Qt.ItemDataRole.DisplayRole, "cell"), (Qt.ItemDataRole.ToolTipRole, "cell tooltip")):
                        value = model.data(model.index(r, c), role)
                        if isinstance(value, str):
                            found.append((where, kind, value))
    return found


def walk_pages(window, key: str, data: re.Pattern[str]) -> list[str]:  # noqa: ANN001 - MainWindow
    """A screen, and each page of its tabs and stacks (a page shows only when chosen)."""
    window.show_screen(key)
    QApplication.processEvents()
    found = [f"{key}: {p}" for p in problems(window, data)]
    screen = window.screens[key]
    for pages in [*screen.findChildren(QTabWidget), *screen.findChildren(QStackedWidget)]:
        if not pages.isVisibleTo(screen):
            continue
        start = pages.currentIndex()
        for i in range(pages.count()):
            pages.setCurrentIndex(i)
            QApplication.processEvents()
            found += [f"{key} page {i}: {p}" for p in problems(window, data)]
        pages.setCurrentIndex(start)
    return found


def problems(root: QWidget, data: re.Pattern[str]) -> list[str]:
    out = []
    for where, kind, text in texts_on_screen(root):
        left = untranslated(text, data)
        if left:
            out.append(f"{where} {kind}: {text!r} (not translated: {left!r})")
    return sorted(set(out))


# --------------------------------------------------------------------------
# The walk
# --------------------------------------------------------------------------


def language_names() -> list[str]:
    """Each language's own name for itself ("Français", "اردو"): shown as it is, in every language."""
    names = {QLocale(locale.name()).nativeLanguageName() for locale in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry)}
    return sorted(n for name in names if name for n in (name, name[:1].upper() + name[1:]))


@pytest.fixture
def admin_window(main_window, qtbot):
    """The same school for an admin (every screen, and the settings)."""
    from app.ui.main_window import MainWindow

    school = dataclasses.replace(main_window.school, person=Person("u-admin", "admin1", "Asha Admin", "admin"))
    window = MainWindow(main_window.ctx, school)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def open_dialogs(window) -> list[QWidget]:  # noqa: ANN001 - MainWindow
    """Every dialog of the main window that opens without a server, opened."""
    dialogs: list[QWidget] = [window.show_settings(), window.show_about(), window.confirm_sign_out()]
    screens = window.screens
    if "day_book" in screens:
        window.show_screen("day_book")
        dialogs.append(screens["day_book"].open_close_dialog())
    if "gradebook" in screens:
        window.show_screen("gradebook")
        dialogs += [screens["gradebook"].show_weights(), screens["gradebook"].show_scale()]
    if "marks" in screens:
        window.show_screen("marks")
        dialogs.append(screens["marks"].new_assessment())
    if "fees" in screens:
        window.show_screen("fees")
        fees = screens["fees"]
        with window.school.db.session() as session:
            from sqlalchemy import select

            from app.storage.models import Student

            student_id = session.execute(select(Student.id).limit(1)).scalar_one()
        fees.open_student(student_id)
        dialogs.append(fees.take_payment())
    return [d for d in dialogs if d is not None]


def test_every_screen_and_dialog_is_translated_in_the_pseudo_language(pseudo_language, admin_window,
                                                                     school_file, qtbot):
    data = data_pattern(school_data(school_file) + language_names() + ["Asha Admin"])
    window = admin_window
    assert window.navigation.count() >= 8, "the admin sees every screen"
    found: list[str] = []
    for key in list(window.screens):
        found += walk_pages(window, key, data)
    # The marker really is on screen: the navigation and the menus are marked.
    assert window.navigation.item(0).text().startswith("[")
    assert window.menuBar().actions()[0].text().startswith("[")
    dialogs = open_dialogs(window)
    assert len(dialogs) >= 5
    for dialog in dialogs:
        QApplication.processEvents()
        found += [f"{type(dialog).__name__}: {p}" for p in problems(dialog, data)]
        dialog.close()
    assert not found, "Texts not translated:\n" + "\n".join(found)


def test_the_principals_screens_and_the_unlock_and_welcome_windows_are_translated(pseudo_language, main_window,
                                                                                  school_file, qtbot):
    from app.ui.unlock import UnlockWindow
    from app.ui.welcome import WelcomeWindow

    words = school_data(school_file) + language_names()
    data = data_pattern(words)
    people = data_pattern(words + ["Green Hills", "Amina Yusuf"])
    assert main_window.role == "principal"
    found: list[str] = []
    for key in list(main_window.screens):
        found += walk_pages(main_window, key, data)
    unlock = UnlockWindow("Green Hills", [Person("u1", "teacher1", "Amina Yusuf", "teacher")])
    welcome = WelcomeWindow([school_file])
    for window in (unlock, welcome):
        qtbot.addWidget(window)
        window.show()
        QApplication.processEvents()
        found += [f"{type(window).__name__}: {p}" for p in problems(window, people)]
    assert not found, "Texts not translated:\n" + "\n".join(found)


def test_the_walk_catches_a_string_left_in_english(pseudo_language, qtbot):
    """The check itself: an English label fails, a marked one or a name passes."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    for text in ("Take a payment", QCoreApplication.translate("FeesScreen", "Take a payment…"), "Amina Yusuf",
                 "12/03/2026", "PKR 1,250.00"):
        layout.addWidget(QLabel(text))
    root.show()
    found = problems(root, data_pattern(["Amina Yusuf"]))
    assert len(found) == 1 and "'Take a payment'" in found[0]


def test_every_message_has_a_french_and_an_urdu_translation():
    """The .ts files are complete: no message unfinished, every placeholder kept."""
    for code in ("fr", "ur"):
        root = ET.parse(translations_dir() / f"daftar_{code}.ts").getroot()
        missing, broken = [], []
        for context in root.iter("context"):
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" \
                    else [translation.text or ""]
                if translation.get("type") == "unfinished" or not all(forms):
                    missing.append(source)
                    continue
                wanted = sorted(re.findall(r"\{\w*\}|%L?n", source))
                for form in forms:
                    if sorted(re.findall(r"\{\w*\}|%L?n", form)) != wanted and "%n" not in wanted:
                        broken.append((source, form))
        assert not missing, f"daftar_{code}.ts: {len(missing)} not translated, e.g. {missing[:5]}"
        assert not broken, f"daftar_{code}.ts: placeholders changed in {broken[:5]}"
        assert (translations_dir() / f"daftar_{code}.qm").stat().st_size > 10_000
