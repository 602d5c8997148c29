"""The main window: navigation on the left, one screen at a time, sync state below.

Screens are listed in :attr:`MainWindow.SCREENS`, one line each (key, title,
icon, module, class), and made the first time they are shown. Whether a screen
is listed for the person using Daftar is decided by their role, in the one
table of :mod:`app.ui.roles`. Each screen is its own module under
``app/ui/``, reads its data in a background task when it is shown, and
reads it again when the hub says its data changed.

The status bar shows the sync state (:class:`~app.ui.sync_status.SyncStatusBar`);
the File and Sync menus lock, switch user or school, sign out, change
settings, sync now, and work offline. The application answers the requests
this window emits.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.services.outbox import pending_count
from app.ui.context import AppContext, OpenSchool
from app.ui.errors import open_log_folder
from app.ui.i18n import current_language, role_word
from app.ui.resources import icon
from app.ui.roles import may_change_settings, may_see
from app.ui.sync_controller import SyncController
from app.ui.sync_status import ElidedLabel, SyncStatusBar


class Screens(Mapping[str, QWidget]):
    """The window's screens by key, in navigation order, each made when first asked for.

    Until then the stack holds an empty placeholder in its place; asking for
    the screen (``screens[key]``, ``screens.values()``) makes it and puts it
    in the placeholder's place.
    """

    def __init__(self, stack: QStackedWidget) -> None:
        self._stack = stack
        self._keys: list[str] = []
        self._made: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._placeholders: dict[str, QWidget] = {}

    def append(self, key: str, make: Callable[[], QWidget]) -> int:
        """Add the function that makes a screen, after the others; return how many there are now."""
        self._keys.append(key)
        self._factories[key] = make
        placeholder = QWidget()
        self._placeholders[key] = placeholder
        self._stack.addWidget(placeholder)
        return len(self._keys)

    def __getitem__(self, key: str) -> QWidget:
        screen = self._made.get(key)
        if screen is not None:
            return screen
        factory = self._factories.pop(key)  # KeyError for a screen this person does not have
        screen = self._made[key] = factory()
        placeholder = self._placeholders.pop(key)
        row = self._stack.indexOf(placeholder)
        current = self._stack.currentIndex()
        self._stack.insertWidget(row, screen)
        if current == row:
            self._stack.setCurrentIndex(row)
        self._stack.removeWidget(placeholder)
        placeholder.deleteLater()
        return screen

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._keys))

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def made(self) -> list[QWidget]:
        """The screens made so far (without making the others)."""
        return [self._made[k] for k in self._keys if k in self._made]


class MainWindow(QMainWindow):
    # The person asked to open another school file (the application answers).
    open_school_requested = Signal()
    # File → Switch School: choose another school (the application answers).
    switch_school_requested = Signal()
    # Lock now (or switch user): back to the unlock screen, nothing lost.
    lock_requested = Signal()
    # Sign out of the school's server on this computer.
    sign_out_requested = Signal()
    # Settings were saved (the new :class:`~app.config.Settings`).
    settings_changed = Signal(object)

    def __init__(self, ctx: AppContext, school: OpenSchool, sync: SyncController | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.sync = sync if sync is not None else SyncController(
            ctx.hub, ctx.tasks, None, parent=self,
            no_sync_reason=self.tr("This school file is not signed in to a server: it is kept on this computer only."),
        )
        self._pending_request = 0
        self._language = current_language()
        self.settings_dialog = None
        person = school.person
        if person is not None:
            self.setWindowTitle(self.tr("{school} — {person} — Daftar").format(school=school.name,
                                                                                  person=person.full_name))
        else:
            self.setWindowTitle(self.tr("{school} — Daftar").format(school=school.name))
        self.setWindowIcon(icon("daftar"))
        self.resize(1180, 760)
        self.setMinimumSize(900, 560)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(200)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setAccessibleName(self.tr("Screens"))
        self.stack = QStackedWidget()
        self.screens = Screens(self.stack)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._add_screens()
        self._build_menus()
        self._build_status_bar()

        self.navigation.currentRowChanged.connect(self._show_screen)
        ctx.hub.data_changed.connect(self._on_data_changed)
        ctx.hub.status_message.connect(self._show_status_message)
        self.navigation.setCurrentRow(0)

    @property
    def role(self) -> str:
        return self.school.role

    # -- screens --------------------------------------------------------------

    # Screens in navigation order: key, title, icon, module and class. A screen's
    # module is imported, and the screen made, the first time it is shown (or
    # asked for), so starting Daftar pays only for the first screen.
    SCREENS: tuple[tuple[str, str, str, str, str], ...] = (
        ("today", QT_TRANSLATE_NOOP("MainWindow", "Today"), "today", "app.ui.today", "TodayScreen"),
        ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), "dashboard", "app.ui.dashboard", "DashboardScreen"),
        ("students", QT_TRANSLATE_NOOP("MainWindow", "Students"), "students", "app.ui.students", "StudentsScreen"),
        ("fees", QT_TRANSLATE_NOOP("MainWindow", "Fees"), "fees", "app.ui.fees", "FeesScreen"),
        ("day_book", QT_TRANSLATE_NOOP("MainWindow", "Day Book"), "day-book", "app.ui.day_book", "DayBookScreen"),
        ("defaulters", QT_TRANSLATE_NOOP("MainWindow", "Defaulters"), "defaulters", "app.ui.defaulters",
         "DefaultersScreen"),
        ("roll_call", QT_TRANSLATE_NOOP("MainWindow", "Roll call"), "roll-call", "app.ui.roll_call", "RollCallScreen"),
        ("register", QT_TRANSLATE_NOOP("MainWindow", "Registers"), "register", "app.ui.register", "RegisterScreen"),
        ("marks", QT_TRANSLATE_NOOP("MainWindow", "Marks"), "marks", "app.ui.marks", "MarksScreen"),
        ("gradebook", QT_TRANSLATE_NOOP("MainWindow", "Results"), "results", "app.ui.results", "ResultsScreen"),
        ("setup", QT_TRANSLATE_NOOP("MainWindow", "Setup"), "setup", "app.ui.setup", "SetupScreen"),
        ("inbox", QT_TRANSLATE_NOOP("MainWindow", "Inbox"), "inbox", "app.ui.inbox", "InboxScreen"),
    )
    # Attribute names kept for the screens (``window.fees`` is ``window.screens["fees"]``).
    SCREEN_ATTRIBUTES = {"today": "today", "dashboard": "dashboard", "students": "students", "fees": "fees",
                         "day_book": "day_book", "defaulters": "defaulters", "roll_call": "roll_call",
                         "register": "register", "marks": "marks", "results": "gradebook", "setup": "setup",
                         "inbox": "inbox"}

    def _add_screens(self) -> None:
        for key, title, icon_name, module, cls in self.SCREENS:
            self._add_screen(key, self.tr(title), icon(icon_name), self._factory(module, cls))

    def _factory(self, module: str, cls: str) -> Callable[[], QWidget]:
        def make() -> QWidget:
            screen_class = getattr(importlib.import_module(module), cls)
            if cls == "SetupScreen":
                return screen_class(self.ctx, self.school, self.sync)
            return screen_class(self.ctx, self.school)
        return make

    def __getattr__(self, name: str):  # noqa: ANN204 - a screen or None
        key = type(self).SCREEN_ATTRIBUTES.get(name)
        if key is None:
            raise AttributeError(name)
        return self.screens.get(key)

    def _add_screen(self, key: str, title: str, screen_icon: QIcon, make: Callable[[], QWidget]) -> None:
        """List a screen, if the person's role may see it (:mod:`app.ui.roles`).

        ``make`` is called the first time the screen is shown or asked for
        (``self.screens[key]``), so a screen nobody opens is never built.
        """
        if not may_see(self.role, key):
            return
        item = QListWidgetItem(screen_icon, title)
        item.setSizeHint(QSize(0, 44))
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        number = self.screens.append(key, make)
        if number <= 9:
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, row=number - 1: self.navigation.setCurrentRow(row))
            self.addAction(action)

    def show_screen(self, key: str) -> None:
        self.navigation.setCurrentRow(list(self.screens).index(key))

    def current_screen_key(self) -> str:
        return list(self.screens)[self.stack.currentIndex()]

    @Slot(int)
    def _show_screen(self, row: int) -> None:
        if row < 0:
            return
        self.screens[list(self.screens)[row]]  # made now if it was not yet
        self.stack.setCurrentIndex(row)

    # -- menus ----------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.switch_school_action = QAction(icon("school-file"), self.tr("S&witch School…"), self)
        self.switch_school_action.triggered.connect(self.switch_school_requested)
        file_menu.addAction(self.switch_school_action)
        self.open_action = QAction(icon("school-file"), self.tr("&Open School File…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_school_requested)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        self.lock_action = QAction(icon("lock"), self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.switch_user_action = QAction(self.tr("Switch &User…"), self)
        self.switch_user_action.triggered.connect(self.lock_requested)
        self.sign_out_action = QAction(icon("sign-in"), self.tr("Sign &Out…"), self)
        self.sign_out_action.triggered.connect(self.confirm_sign_out)
        signed = self.school.person is not None
        for action in (self.lock_action, self.switch_user_action, self.sign_out_action):
            action.setEnabled(signed)
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.settings_action = QAction(icon("settings"), self.tr("&Settings…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        self.settings_action.setVisible(may_change_settings(self.role))
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(QApplication.quit)
        file_menu.addAction(quit_action)

        sync_menu = self.menuBar().addMenu(self.tr("&Sync"))
        self.sync_now_action = QAction(icon("sync"), self.tr("Sync &Now"), self)
        self.sync_now_action.setShortcut(QKeySequence("F5"))
        self.sync_now_action.triggered.connect(lambda: self.sync.sync_now("manual"))
        sync_menu.addAction(self.sync_now_action)
        self.work_offline_action = QAction(icon("offline"), self.tr("Work &Offline"), self)
        self.work_offline_action.setCheckable(True)
        self.work_offline_action.setChecked(self.sync.work_offline)
        self.work_offline_action.toggled.connect(self.sync.set_work_offline)
        self.ctx.hub.work_offline_changed.connect(self._work_offline_changed)
        sync_menu.addAction(self.work_offline_action)
        for action in (self.sync_now_action, self.work_offline_action):
            action.setEnabled(self.sync.can_sync)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Daftar"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        logs = QAction(self.tr("Open &Log Folder"), self)
        logs.triggered.connect(lambda: open_log_folder(self.ctx.logfile))
        help_menu.addAction(logs)

    @Slot(bool)
    def _work_offline_changed(self, offline: bool) -> None:
        if self.work_offline_action.isChecked() != offline:
            self.work_offline_action.setChecked(offline)

    @Slot()
    def show_settings(self):  # noqa: ANN201 - SettingsDialog
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self.ctx.paths, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.settings_changed)
        dialog.open()
        self.settings_dialog = dialog
        return dialog

    @Slot()
    def confirm_sign_out(self) -> QMessageBox:
        """Ask before signing out; say how many changes wait (they are kept)."""
        n = self.sync_bar.pending
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Sign out"))
        box.setText(self.tr("Sign out of {school} on this computer?").format(school=self.school.name))
        if n:
            box.setInformativeText(self.tr(
                "Changes waiting to be sent: %n. They stay saved on this computer and are sent the next "
                "time someone allowed to send them signs in.", "", n))
        else:
            box.setInformativeText(self.tr(
                "Everything is sent. You will need the school's server to sign in again; "
                "unlocking with your password works offline only while you are signed in."))
        sign_out = box.addButton(self.tr("Sign Out"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        sign_out.clicked.connect(self.sign_out_requested)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.sign_out_box = box
        return box

    @Slot()
    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Daftar"))
        box.setIconPixmap(icon("daftar").pixmap(64, 64))
        box.setText(self.tr("<b>Daftar</b> {version}").format(version=__version__))
        box.setInformativeText(
            self.tr(
                "Attendance, marks, fees and receipts for schools. Everything is kept on this computer "
                "and works without the internet; it is sent to the school's server when a connection is "
                "there.\n\nSchool file: {path}\nLog file: {log}"
            ).format(path=self.school.path, log=self.ctx.logfile)
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- status bar -----------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(True)
        # The school's name is in the window's title too: on a narrow window it is the one cut short, not
        # the sync's state beside it.
        self.school_label = ElidedLabel()
        self.school_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.school_label.setText(self.school.name)
        self.school_label.setObjectName("schoolLabel")
        self.person_label = QLabel(self._who())
        self.person_label.setObjectName("personLabel")
        self.sync_bar = SyncStatusBar(self.sync)
        bar.addWidget(self.sync_bar, 1)
        bar.addPermanentWidget(self.person_label)
        bar.addPermanentWidget(self.school_label)
        self.refresh_pending()

    def _who(self) -> str:
        person = self.school.person
        if person is None:
            return self.tr("Local file")
        return f"{person.full_name} · {role_word(person.role)}"

    # -- language -------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and self._language != current_language():
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """After a language change: what this window and its screens make from data.

        :mod:`app.ui.i18n` has translated every fixed text already. A screen
        with its own ``retranslate_ui`` (one that keeps unsaved edits) does
        its part; the others read their data again when shown, so their
        sentences, numbers and dates come out in the new language.
        """
        self._language = current_language()
        self.person_label.setText(self._who())
        for screen in self.screens.made():
            if hasattr(screen, "retranslate_ui"):
                continue  # called by app.ui.i18n
            reload = getattr(screen, "refresh", None) or getattr(screen, "reload", None)
            if screen.isVisible() and callable(reload):
                reload()
            elif hasattr(screen, "_stale"):
                screen._stale = True

    @property
    def sync_label(self) -> QLabel:
        return self.sync_bar.sync_label

    @property
    def pending_label(self) -> QLabel:
        return self.sync_bar.pending_label

    def refresh_pending(self) -> None:
        self._pending_request += 1
        request = self._pending_request
        db = self.school.db

        def read() -> int:
            with db.session() as session:
                return pending_count(session)

        self.ctx.tasks.run_task(read, on_success=lambda n: self._show_pending(request, n), owner=self)

    def _show_pending(self, request: int, n: int) -> None:
        if request != self._pending_request:
            return
        self.sync_bar.set_pending(n)

    @Slot(str, list)
    def _on_data_changed(self, _entity: str, _ids: list) -> None:
        self.refresh_pending()

    @Slot(str, int)
    def _show_status_message(self, text: str, timeout_ms: int) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        for signal, slot in ((self.ctx.hub.data_changed, self._on_data_changed),
                             (self.ctx.hub.status_message, self._show_status_message),
                             (self.ctx.hub.work_offline_changed, self._work_offline_changed)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        super().closeEvent(event)
