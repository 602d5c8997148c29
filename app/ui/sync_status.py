"""Sync state always in view (DESIGN.md §6): the status bar's sync part, and the tray icon.

:class:`SyncStatusBar` shows, from left to right: what went wrong, in words,
with what to do (only when something did); a spinner and the phase while
syncing; "N changes waiting"; "Last synced 10:42"; a clock warning when this
computer's clock is far off; a "Sync now" button and the "Work offline"
switch. :class:`SyncTray` puts the same state in the system tray, where
there is one. Both only listen to the :class:`SyncController`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QSystemTrayIcon,
    QToolButton,
    QWidget,
)

from app.sync.status import SyncStatus
from app.ui.formatting import format_count
from app.ui.resources import icon
from app.ui.sync_controller import SyncController, phase_in_words, sync_words

BUSY_PHASES = ("pushing", "pulling", "checking")
ERROR_PHASES = ("offline", "error", "signed_out", "update_required")


class Spinner(QWidget):
    """A small turning arc: something is happening in the background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(16, 16)
        self._angle = 0
        self._timer = QTimer(self)
        self._timer.setInterval(80)
        self._timer.timeout.connect(self._turn)
        self.setAccessibleName(QCoreApplication.translate("Sync", "Syncing"))

    @property
    def spinning(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self._timer.start()
        self.show()

    def stop(self) -> None:
        self._timer.stop()
        self.hide()

    def _turn(self) -> None:
        self._angle = (self._angle + 30) % 360
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#1f6f5c"), 2.2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        rect = QRectF(2, 2, self.width() - 4, self.height() - 4)
        painter.drawArc(rect, -self._angle * 16, 270 * 16)


def format_last_synced(when: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """"Last synced 10:42" today, "Last synced 3 Mar, 10:42" before; "Never synced"."""
    if when is None:
        return QCoreApplication.translate("Sync", "Never synced")
    local = when.astimezone() if when.tzinfo is not None else when
    now = now or dt.datetime.now().astimezone()
    locale = QLocale()
    qt_time = QDateTime(local.year, local.month, local.day, local.hour, local.minute, local.second)
    time_text = locale.toString(qt_time.time(), QLocale.FormatType.ShortFormat)
    if local.date() == now.date():
        return QCoreApplication.translate("Sync", "Last synced {time}").format(time=time_text)
    date_text = locale.toString(qt_time.date(), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("Sync", "Last synced {date}, {time}").format(date=date_text, time=time_text)


def pending_text(n: int) -> str:
    if n == 0:
        return QCoreApplication.translate("Sync", "No changes waiting")
    return QCoreApplication.translate("Sync", "%n change(s) waiting to sync", "", n)


def headline(status: SyncStatus, *, work_offline: bool, can_sync: bool) -> str:
    """One short line of where the sync stands."""
    if work_offline:
        return QCoreApplication.translate("Sync", "Working offline")
    if not can_sync:
        return QCoreApplication.translate("Sync", "Not signed in to sync")
    if status.phase in BUSY_PHASES:
        text = phase_in_words(status.phase)
        if status.phase == "pulling" and status.rows_total:
            text += " " + QCoreApplication.translate("Sync", "{done} of {total}").format(
                done=format_count(status.rows_done), total=format_count(status.rows_total))
        return text
    if status.phase == "idle" and status.last_success is not None:
        return QCoreApplication.translate("Sync", "Up to date")
    if status.phase == "idle":
        return QCoreApplication.translate("Sync", "Not synced yet")
    return phase_in_words(status.phase)


def problem_text(status: SyncStatus, *, work_offline: bool, can_sync: bool) -> str:
    """The sentence saying what is wrong and what to do; empty when all is well."""
    if work_offline:
        return QCoreApplication.translate("Sync", "Working offline: nothing is sent or received. Your work is saved on this computer; "
                          "switch “Work offline” off to sync it.")
    if status.phase in ERROR_PHASES or not can_sync:
        return sync_words(status.last_error) or QCoreApplication.translate(
            "Sync", "The last sync did not finish. Daftar will try again.")
    if status.last_error:  # said by the last sync and not cleared by a good one since (also after a restart)
        return sync_words(status.last_error)
    return ""


class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit; the whole sentence is in the tooltip.

    It asks for room for the whole text, and gives it up first (down to a few letters) when a bar is
    too narrow for everything on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        whole = self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + 8
        return QSize(max(hint.width(), whole), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("Abcd…")), hint.height())

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        # The style sheet's font and padding come with the polish: elide again with them, or the end is
        # cut off with no "…".
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PolishRequest):
            self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin() - 4
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, width))
        super().setText(shown)


class SyncStatusBar(QWidget):
    """The sync part of the main window's status bar."""

    # The count of changes waiting changed (read from the school file after a local write, or from a sync).
    pending_changed = Signal(int)

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._pending = controller.status.pending
        self._shown: SyncStatus | None = None

        self.problem_label = ElidedLabel()
        self.problem_label.setObjectName("syncProblem")
        self.problem_label.setMinimumWidth(120)
        self.spinner = Spinner()
        self.spinner.hide()
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncPhase")
        self.pending_label = QLabel()
        self.pending_label.setObjectName("syncPending")
        self.last_label = QLabel()
        self.last_label.setObjectName("syncLast")
        self.clock_label = QLabel()
        self.clock_label.setObjectName("syncClock")
        self.clock_label.setPixmap(icon("warning").pixmap(QSize(16, 16)))
        self.clock_label.hide()
        self.sync_button = QToolButton()
        self.sync_button.setIcon(icon("sync"))
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sync_button.setAutoRaise(True)
        self.offline_button = QToolButton()
        self.offline_button.setIcon(icon("offline"))
        self.offline_button.setText(self.tr("Work offline"))
        self.offline_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.offline_button.setCheckable(True)
        self.offline_button.setAutoRaise(True)
        self.offline_button.setToolTip(self.tr("Stop all network use: nothing is sent or received until you "
                                               "switch this off. Everything you do is saved on this computer."))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.problem_label, 1)
        layout.addWidget(self.spinner)
        layout.addWidget(self.sync_label)
        layout.addWidget(_separator())
        layout.addWidget(self.pending_label)
        layout.addWidget(_separator())
        layout.addWidget(self.last_label)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.sync_button)
        layout.addWidget(self.offline_button)

        self.sync_button.clicked.connect(lambda: controller.sync_now("manual"))
        # A window opened while "Work offline" is on (the last person left it on) shows it on.
        self.offline_button.setChecked(controller.work_offline)
        self.offline_button.toggled.connect(controller.set_work_offline)
        controller.status_changed.connect(self.show_status)
        controller.hub.work_offline_changed.connect(self._offline_changed)
        self.show_status(controller.status)

    @property
    def pending(self) -> int:
        """Changes waiting, as last read from the school file (or reported by the sync)."""
        return self._pending

    def set_pending(self, n: int) -> None:
        changed = n != self.pending_label.property("pending")
        self._pending = n
        self.pending_label.setText(pending_text(n))
        self.pending_label.setAccessibleName(self.pending_label.text())
        self.pending_label.setProperty("pending", n)
        if changed:
            self.pending_changed.emit(n)

    def retranslate_ui(self) -> None:
        """After a language change: the state in the new language."""
        self.controller.retranslate()
        self.show_status(self.controller.status)
        self.set_pending(self._pending)

    @Slot(bool)
    def _offline_changed(self, offline: bool) -> None:
        if self.offline_button.isChecked() != offline:
            self.offline_button.setChecked(offline)
        self.show_status(self.controller.status)

    @Slot(object)
    def show_status(self, status: SyncStatus) -> None:
        c = self.controller
        busy = status.phase in BUSY_PHASES and not c.work_offline
        if busy:
            self.spinner.start()
        else:
            self.spinner.stop()
        self.sync_label.setText(headline(status, work_offline=c.work_offline, can_sync=c.can_sync))
        problem = problem_text(status, work_offline=c.work_offline, can_sync=c.can_sync)
        self.problem_label.setText(problem)
        self.problem_label.setProperty("severity", "info" if c.work_offline else "error")
        self.problem_label.style().unpolish(self.problem_label)
        self.problem_label.style().polish(self.problem_label)
        self.problem_label.setText(problem)  # elided with the font the polish gave it
        if status is not self._shown:
            # A new report of the sync counts what waits. The same one again (the controller's last status,
            # shown anew when "Work offline" is switched) is older than a count read since from the file.
            self.set_pending(status.pending)
        self._shown = status
        self.last_label.setText(format_last_synced(status.last_success))
        warning = sync_words(status.clock_warning)
        self.clock_label.setVisible(bool(warning))
        self.clock_label.setToolTip(warning)
        self.sync_button.setEnabled(c.can_sync and not c.work_offline and not busy)
        self.offline_button.setEnabled(c.can_sync)
        if not c.can_sync:
            self.sync_button.setToolTip(problem)
        else:
            self.sync_button.setToolTip(self.tr("Send your changes and receive everyone else's now"))


def _separator() -> QLabel:
    line = QLabel("·")
    line.setObjectName("statusSeparator")
    return line


class SyncTray(QSystemTrayIcon):
    """The tray icon: the same sync state, and the same two actions."""

    show_requested = Signal()

    def __init__(self, controller: SyncController, school_name: str, parent: QWidget | None = None,
                 status_bar: SyncStatusBar | None = None) -> None:
        super().__init__(icon("daftar"), parent)
        self.controller = controller
        self.school_name = school_name
        # The count of changes waiting as the window's status bar has it (it follows every sync status
        # too): a write made while working offline changes it with no sync, and so with no new status.
        self._pending: int | None = None
        menu = QMenu(parent)
        self.state_action = QAction("", menu)
        self.state_action.setEnabled(False)
        menu.addAction(self.state_action)
        menu.addSeparator()
        self.sync_action = QAction(icon("sync"), self.tr("Sync now"), menu)
        self.sync_action.triggered.connect(lambda: controller.sync_now("manual"))
        menu.addAction(self.sync_action)
        self.offline_action = QAction(icon("offline"), self.tr("Work offline"), menu)
        self.offline_action.setCheckable(True)
        self.offline_action.setChecked(controller.work_offline)
        self.offline_action.toggled.connect(controller.set_work_offline)
        menu.addAction(self.offline_action)
        menu.addSeparator()
        show = QAction(self.tr("Show Daftar"), menu)
        show.triggered.connect(self.show_requested)
        menu.addAction(show)
        self.setContextMenu(menu)
        self._menu = menu
        self.activated.connect(self._activated)
        controller.status_changed.connect(self.show_status)
        controller.hub.work_offline_changed.connect(self._offline_changed)
        if status_bar is not None:
            self._pending = status_bar.pending
            status_bar.pending_changed.connect(self._pending_changed)
        self.show_status(controller.status)

    @Slot(int)
    def _pending_changed(self, n: int) -> None:
        self._pending = n
        self.show_status(self.controller.status)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_requested.emit()

    @Slot(bool)
    def _offline_changed(self, offline: bool) -> None:
        if self.offline_action.isChecked() != offline:
            self.offline_action.setChecked(offline)
        self.show_status(self.controller.status)

    @Slot(object)
    def show_status(self, status: SyncStatus) -> None:
        c = self.controller
        pending = status.pending if self._pending is None else self._pending
        line = headline(status, work_offline=c.work_offline, can_sync=c.can_sync)
        tip = [f"{self.school_name} — Daftar", line, pending_text(pending),
               format_last_synced(status.last_success)]
        problem = problem_text(status, work_offline=c.work_offline, can_sync=c.can_sync)
        if problem:
            tip.append(problem)
        if status.clock_warning:
            tip.append(sync_words(status.clock_warning))
        self.setToolTip("\n".join(tip))
        self.state_action.setText(f"{line} · {pending_text(pending)}")
        self.sync_action.setEnabled(c.can_sync and not c.work_offline and status.phase not in BUSY_PHASES)
        self.offline_action.setEnabled(c.can_sync)
        self.setIcon(icon("offline") if (c.work_offline or status.phase == "offline") else icon("daftar"))
