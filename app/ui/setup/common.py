"""What every page of the Setup screen shares: a table of records, an edit dialog,
and the two ways a change is saved.

* :meth:`SetupPage.write_local`: an ordinary synced record (a section, a
  subject, a code…) is written on this computer through the services and the
  outbox, in the write pool, connection or not.
* :meth:`SetupPage.write_server`: what the server decides (the school, the
  calendar, users) goes to its admin API in the background; refused in words
  when this computer is offline or not signed in, and nothing changes. A
  change the server accepted reaches this computer by the sync started at once.

A refusal is shown where the person is: in the open dialog (which stays
open, with what they typed), or under the page's table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceError
from app.ui.context import AppContext, OpenSchool
from app.ui.i18n import translated
from app.ui.setup.admin_api import AdminApi, AdminRefused
from app.ui.tasks import report_to_excepthook

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

# (title, what to show, sort key or None for the shown text)
Column = tuple[str, Callable[[dict[str, Any]], Any], Callable[[dict[str, Any]], Any] | None]


class RowsModel(QAbstractTableModel):
    """Plain rows (dicts from :mod:`app.services.setup`) as a table."""

    def __init__(self, columns: list[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's names
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        _title, show, sort = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = show(row)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return sort(row) if sort is not None else str(show(row) or "")
        if role == ROW_ROLE:
            return row
        return None


def error_label() -> QLabel:
    label = QLabel("")
    label.setObjectName("formError")
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    window = label.window()
    if text and isinstance(window, QDialog) and window.isVisible() and window.layout() is not None:
        # A refusal of several lines needs more height than the dialog opened with: it grows to show it
        # whole (a dialog keeps its height otherwise, and squeezed the form and cut the words).
        window.layout().activate()
        needed = window.heightForWidth(window.width())
        if needed > window.height():
            window.resize(window.width(), needed)


class FormDialog(QDialog):
    """An edit dialog: a form, the refusal in place, Save and Cancel.

    ``on_save`` is called with no arguments when Save is pressed; the page
    closes the dialog once the change is saved, or shows why not.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.on_save: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add(self, label: str, widget: QWidget) -> QWidget:
        self.form.addRow(label, widget)
        return widget

    def _save(self) -> None:
        show_error(self.error, "")
        if self.on_save is not None:
            self.on_save()

    def refuse(self, text: str) -> None:
        show_error(self.error, text)
        self.save_button.setEnabled(True)


class ServerGate:
    """Whether the school's server can be asked now, and the admin API when it can."""

    def __init__(self, sync: Any) -> None:  # app.ui.sync_controller.SyncController | None
        self.sync = sync

    def refusal(self) -> str:
        if self.sync is None or not getattr(self.sync, "can_sync", False):
            return QCoreApplication.translate("Setup", "This school file is not signed in to the school's server. Users, the school's "
                               "details and the calendar are decided by the server, so they can only be changed "
                               "online. Nothing was changed.")
        if self.sync.work_offline:
            return QCoreApplication.translate("Setup", "You are working offline (Sync → Work Offline). Users, the school's details and "
                               "the calendar are decided by the school's server: switch working offline off to "
                               "change them. Nothing was changed.")
        return ""

    def api(self) -> AdminApi:
        return AdminApi(self.sync.engine.client)

    def fetch_changes(self) -> None:
        """The server accepted a change: bring it to this computer now."""
        if self.sync is not None:
            self.sync.sync_now("setup")


class SetupPage(QWidget):
    """One section of the Setup screen: tables of records, buttons, a line for what happened."""

    # Entities whose local changes make this page read again.
    entities: tuple[str, ...] = ()
    # A change was saved (locally, or on the server): the text said to the person.
    saved = Signal(str)

    def __init__(self, ctx: AppContext, school: OpenSchool, gate: ServerGate, can_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.gate = gate
        self.can_edit = can_edit
        self.data: Any = None
        self._stale = True
        self._saved_to_server = False  # a sync under way began after a save: its end shows what was saved
        self._save_awaits_sync = False  # a save waits for a sync to begin (one under way may have pulled before it)
        self.dialog: FormDialog | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.status = QLabel("")
        self.status.setObjectName("pageStatus")
        self.status.setWordWrap(True)
        self.edit_buttons: list[QPushButton] = []
        ctx.hub.data_changed.connect(self._on_data_changed)
        ctx.hub.sync_started.connect(self._on_sync_started)
        ctx.hub.sync_finished.connect(self._on_sync_finished)

    # -- building ----------------------------------------------------------------

    def heading(self, text: str, note: str = "") -> None:
        title = QLabel(text)
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.layout_.addWidget(title)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            label.setStyleSheet("color: palette(mid);")
            self.layout_.addWidget(label)

    def table(self, columns: list[Column], on_activate: Callable[[], None] | None = None) -> tuple[QTableView, RowsModel]:
        model = RowsModel(columns, self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view = QTableView()
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.setAlternatingRowColors(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        model.modelReset.connect(view.resizeColumnsToContents)
        if on_activate is not None:
            view.doubleClicked.connect(lambda _index: self.can_edit and on_activate())
        return view, model

    def buttons(self, *specs: tuple[str, Callable[[], None]]) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in specs:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            button.setEnabled(self.can_edit)
            self.edit_buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        return row

    @staticmethod
    def selected(view: QTableView) -> dict[str, Any] | None:
        index = view.currentIndex()
        if not index.isValid():
            return None
        return index.data(ROW_ROLE)

    def say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b3261e;" if error else "color: #1b5e20;")
        self.status.setText(text)

    def need_selection(self, row: dict[str, Any] | None, what: str) -> bool:
        if row is None:
            self.say(self.tr("Choose {what} in the list first.").format(what=what), error=True)
            return False
        return True

    # -- reading -----------------------------------------------------------------

    def read(self, session: Any) -> Any:  # pragma: no cover - each page reads its own
        raise NotImplementedError

    def show_data(self, data: Any) -> None:  # pragma: no cover
        raise NotImplementedError

    def reload(self, saved: bool = False) -> None:
        """Read the page again; ``saved``: the form was just saved, so show what the server has now."""
        self._stale = False
        db = self.school.db

        def read() -> Any:
            with db.session() as session:
                return self.read(session)

        def show(data: Any) -> None:
            if not saved and self.data is not None and self.has_unsaved_edits():
                # The person began typing while the page was read: keep the form and the values it
                # was read from (a save sends only what they changed); read again after the save.
                self._stale = True
                return
            self.data = data
            self.show_data(data)

        self.ctx.tasks.run_task(read, on_success=show, owner=self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity in self.entities:
            self._mark_stale()

    def _on_sync_started(self) -> None:
        if self._save_awaits_sync:
            self._save_awaits_sync, self._saved_to_server = False, True

    def _on_sync_finished(self, _ok: bool, _message: str) -> None:
        self._mark_stale()

    def has_unsaved_edits(self) -> bool:
        """Whether the person has changed the page since it was read (a form page says)."""
        return False

    def _mark_stale(self) -> None:
        # A sync that finishes while someone is typing must not put the old values back.
        if self.isVisible() and (self._saved_to_server or not self.has_unsaved_edits()):
            saved, self._saved_to_server = self._saved_to_server, False
            self.reload(saved=saved)
        else:
            self._stale = True

    # -- writing -----------------------------------------------------------------

    def _refused(self, dialog: FormDialog | None, exc: BaseException) -> None:
        if isinstance(exc, (ServiceError, AdminRefused)):
            if dialog is not None:
                dialog.refuse(translated(exc))
            else:
                self.say(translated(exc), error=True)
        else:
            report_to_excepthook(exc)

    def write_local(self, fn: Callable[[Any, Any], Any], entity: str, dialog: FormDialog | None = None,
                    done_text: str = "") -> None:
        """``fn(session, actor)`` in the write pool; the row and its outbox entry commit together."""
        school = self.school

        def write() -> None:
            with school.db.write() as session:
                fn(session, school.actor)

        def done(_: Any = None) -> None:
            if dialog is not None:
                dialog.accept()
            text = done_text or self.tr("Saved on this computer; it is sent to the school's server with the next "
                                        "sync.")
            self.say(text)
            self.saved.emit(text)
            self.ctx.hub.data_changed.emit(entity, [])

        if dialog is not None:
            dialog.save_button.setEnabled(False)
        self.ctx.tasks.run_task(write, on_success=done, on_error=lambda exc: self._refused(dialog, exc),
                                write=True, owner=self)

    def write_server(self, fn: Callable[[AdminApi, Any], Any], dialog: FormDialog | None = None,
                     done_text: str = "") -> None:
        """``fn(api, session)`` in the background: checks against this computer's copy, then the server.

        Refused at once, in words, when the server cannot be asked.
        """
        refusal = self.gate.refusal()
        if refusal:
            self._refused(dialog, AdminRefused(refusal))
            return
        api = self.gate.api()
        db = self.school.db

        def call() -> Any:
            with db.session() as session:
                return fn(api, session)

        def done(_: Any = None) -> None:
            if dialog is not None:
                dialog.accept()
            text = done_text or self.tr("Saved on the school's server. It shows here once this computer has "
                                        "synced (now under way).")
            self.say(text)
            self.saved.emit(text)
            # The next sync to begin brings it back: read it then. One under way now may have pulled before
            # the server had it, and would put the old values back in the form.
            self._save_awaits_sync = True
            self.gate.fetch_changes()

        if dialog is not None:
            dialog.save_button.setEnabled(False)
        self.ctx.tasks.run_task(call, on_success=done, on_error=lambda exc: self._refused(dialog, exc), owner=self)

    def open_dialog(self, dialog: FormDialog) -> FormDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog
