"""The app-level signal hub: one QObject for events that cross screens.

The application owns one :class:`AppSignals` and hands it to every window and
screen. A screen listens for what concerns it (``data_changed`` for the
entities it shows, ``school_opened`` to reload) and never polls; whoever
changes something emits once, here (STYLE.md, "One app-level signal hub").

Signals carry plain Python values, never widgets or ORM rows: a listener
reads what it needs through a service, in a background task.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """Cross-cutting events of the running app."""

    # A school file was opened: (school code, school name, file path as text).
    school_opened = Signal(str, str, str)
    # The open school file was closed (before another opens, or at quit).
    school_closed = Signal()
    # Rows changed locally or by a sync: (entity, ids). ``entity`` is the
    # table name of the protocol (``"students"``, ``"payments"``…); an empty
    # ids list means "any rows of that entity".
    data_changed = Signal(str, list)
    # Sync: started; progressed (phase in words, done, total); finished
    # (ok, message in words). Emitted by :class:`app.ui.sync_controller.SyncController`.
    sync_started = Signal()
    sync_progress = Signal(str, int, int)
    sync_finished = Signal(bool, str)
    # The whole sync state (an :class:`app.sync.engine.SyncStatus`, a frozen
    # value) whenever it changes: what the status bar and tray show.
    sync_status = Signal(object)
    # "Work offline" was switched on (True) or off (False).
    work_offline_changed = Signal(bool)
    # A short message for the status bar (already translated), with how
    # long to show it in milliseconds (0: until the next message).
    status_message = Signal(str, int)
