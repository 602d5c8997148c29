"""What a window or screen is given: the app's shared parts and the open school."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.config import Paths, Settings
from app.storage.db import SchoolDB
from app.ui.signals import AppSignals


class Tasks(Protocol):
    """:class:`app.ui.tasks.TaskRunner`, or its test fake :class:`app.ui.tasks.SyncTaskRunner`."""

    def run_task(self, fn, on_success=None, on_error=None, *, write=False, on_progress=None,  # noqa: ANN001
                 owner=None) -> int: ...  # noqa: ANN001

    def shutdown(self, timeout_ms: int = ...) -> bool: ...


@dataclass
class AppContext:
    """The parts every window shares, made once by the application."""

    hub: AppSignals
    tasks: Tasks
    paths: Paths
    settings: Settings
    logfile: Path


@dataclass(frozen=True)
class OpenSchool:
    """A school file that is open, and the facts every screen shows."""

    db: SchoolDB
    path: Path
    code: str
    name: str
    currency: str
    currency_digits: int
