"""What a window or screen is given: the app's shared parts and the open school."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.config import Paths, Settings
from app.services.context import Actor
from app.services.session import Person
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
    """A school file that is open, who is using it, and the facts every screen shows.

    ``person`` is who unlocked or signed in (None for a file nobody has signed
    in to on this computer, such as one made by ``daftar demo-data``: it is
    read as a local file, with every screen). ``actor`` is what a service
    write takes.
    """

    db: SchoolDB
    path: Path
    code: str
    name: str
    currency: str
    currency_digits: int
    school_id: str = ""
    device_id: str = ""
    person: Person | None = None

    @property
    def role(self) -> str:
        return self.person.role if self.person is not None else "principal"

    @property
    def actor(self) -> Actor:
        return Actor(
            user_id=self.person.user_id if self.person is not None else None,
            role=self.role,
            device_id=self.device_id,
            school_id=self.school_id,
        )
