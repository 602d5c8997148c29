"""The main window: navigation on the left, one screen at a time, sync state below.

Screens are registered in :meth:`MainWindow._add_screens`; each is its own
module under ``app/ui/``, reads its data in a background task when it is
shown, and reads it again when the hub says its data changed. Only screens that work are listed; later issues add
attendance, marks, fees and the rest the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.services.outbox import pending_count
from app.ui.context import AppContext, OpenSchool
from app.ui.day_book import DayBookScreen
from app.ui.defaulters import DefaultersScreen
from app.ui.errors import open_log_folder
from app.ui.fees import FeesScreen
from app.ui.formatting import format_count
from app.ui.resources import icon
from app.ui.students import StudentsScreen
from app.ui.today import TodayScreen


class MainWindow(QMainWindow):
    #: The person asked to open another school file (the application answers).
    open_school_requested = Signal()

    def __init__(self, ctx: AppContext, school: OpenSchool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self._pending_request = 0
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
        self.screens: dict[str, QWidget] = {}

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

    # -- screens --------------------------------------------------------------

    def _add_screens(self) -> None:
        self.today = TodayScreen(self.ctx, self.school)
        self.students = StudentsScreen(self.ctx, self.school)
        self._add_screen("today", self.tr("Today"), icon("today"), self.today)
        self._add_screen("students", self.tr("Students"), icon("students"), self.students)
        self.fees = FeesScreen(self.ctx, self.school)
        self._add_screen("fees", self.tr("Fees"), icon("fees"), self.fees)
        self.day_book = DayBookScreen(self.ctx, self.school)
        self._add_screen("day_book", self.tr("Day Book"), icon("day-book"), self.day_book)
        self.defaulters = DefaultersScreen(self.ctx, self.school)
        self._add_screen("defaulters", self.tr("Defaulters"), icon("defaulters"), self.defaulters)

    def _add_screen(self, key: str, title: str, screen_icon: QIcon, screen: QWidget) -> None:
        item = QListWidgetItem(screen_icon, title)
        item.setSizeHint(QSize(0, 44))
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        self.stack.addWidget(screen)
        self.screens[key] = screen
        number = len(self.screens)
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
        self.stack.setCurrentIndex(row)

    # -- menus ----------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(icon("school-file"), self.tr("&Open School File…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_school_requested)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(QApplication.quit)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Daftar"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        logs = QAction(self.tr("Open &Log Folder"), self)
        logs.triggered.connect(lambda: open_log_folder(self.ctx.logfile))
        help_menu.addAction(logs)

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
        self.school_label = QLabel(self.school.name)
        self.sync_label = QLabel(self.tr("Offline — not connected to a server yet"))
        self.sync_label.setToolTip(
            self.tr("Daftar works without a connection. Signing in to the school's server comes in a later version.")
        )
        self.pending_label = QLabel("")
        bar.addPermanentWidget(self.school_label)
        bar.addPermanentWidget(self.sync_label)
        bar.addPermanentWidget(self.pending_label)
        self.refresh_pending()

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
        if n == 0:
            self.pending_label.setText(self.tr("No changes waiting"))
        else:
            self.pending_label.setText(self.tr("%Ln change(s) waiting to sync", "", n))
        self.pending_label.setAccessibleName(self.pending_label.text())
        self.pending_label.setProperty("pending", format_count(n))

    @Slot(str, list)
    def _on_data_changed(self, _entity: str, _ids: list) -> None:
        self.refresh_pending()

    @Slot(str, int)
    def _show_status_message(self, text: str, timeout_ms: int) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        try:
            self.ctx.hub.data_changed.disconnect(self._on_data_changed)
            self.ctx.hub.status_message.disconnect(self._show_status_message)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)
