"""What a sync is doing and how it went: the two values the UI shows.

Kept apart from :mod:`app.sync.engine` so that the window can show a sync's
state without importing the engine's HTTP client at start-up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.services.context import QT_TRANSLATE_NOOP, Sentence

# A device clock further than this from the server's is pointed out to the person.
CLOCK_WARNING = dt.timedelta(minutes=5)
# Keys in the school file's ``sync_meta`` that others read: when the last sync succeeded,
# and the school's devices as the server last listed them (JSON; principal and admin).
LAST_SUCCESS_KEY = "last_success_at"
DEVICES_KEY = "devices"


@dataclass(frozen=True)
class SyncStatus:
    """What the sync is doing and how it last went; what the UI shows."""

    phase: str = "idle"  # idle | pushing | pulling | checking | offline | error | signed_out | update_required
    rows_done: int = 0
    rows_total: int = 0
    pages_done: int = 0
    pending: int = 0
    last_success: dt.datetime | None = None
    last_error: str = ""
    clock_offset: dt.timedelta = dt.timedelta(0)

    @property
    def clock_warning(self) -> str:
        if abs(self.clock_offset) <= CLOCK_WARNING:
            return ""
        minutes = int(abs(self.clock_offset).total_seconds() // 60)
        if self.clock_offset > dt.timedelta(0):
            return Sentence(QT_TRANSLATE_NOOP(
                "Sync", "This computer's clock is about {minutes} minutes behind the school's server. "
                "Daftar corrects for it, but please set the right date and time."), minutes=minutes)
        return Sentence(QT_TRANSLATE_NOOP(
            "Sync", "This computer's clock is about {minutes} minutes ahead of the school's server. "
            "Daftar corrects for it, but please set the right date and time."), minutes=minutes)


@dataclass
class SyncReport:
    pushed: int = 0
    applied: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    reset: bool = False
    dropped: int = 0
    resent: int = 0  # changes sent again because the server was restored from an older backup
    repaired: list[str] = field(default_factory=list)
    pulled_entities: set[str] = field(default_factory=set)
    pushed_entities: set[str] = field(default_factory=set)
    # The ids of the rows this sync sent or received, per kind of record (what a quick check reads).
    moved_rows: dict[str, set[str]] = field(default_factory=dict)
    error: str = ""
    skipped: bool = False
    stopped: bool = False  # ``should_stop`` stopped it between pull pages
    seconds: float = 0.0
    download_process: int | None = None  # the helper process a large download ran in (app.sync.download)

    @property
    def ok(self) -> bool:
        return not self.error and not self.skipped

    def describe(self) -> str:
        if self.skipped:
            return "Another sync of this school is running; nothing done."
        lines = [
            f"Sent {self.pushed} change(s): {self.applied} applied, {self.merged} merged, "
            f"{self.conflicts} conflict(s), {self.rejected} refused.",
            f"Received {self.pulled} change(s)" + (" (full download of this device's scope)" if self.reset else "")
            + (f"; removed {self.dropped} row(s) no longer in scope." if self.dropped else "."),
        ]
        if self.resent:
            lines.append(f"The server had been restored from an older backup: {self.resent} change(s) it had "
                         "lost were sent again.")
        if self.repaired:
            lines.append("Downloaded again after a checksum difference: " + ", ".join(self.repaired) + ".")
        lines.append(f"Took {self.seconds:.2f} s.")
        if self.error:
            lines.append("Stopped: " + self.error)
        return "\n".join(lines)


class SyncStopped(Exception):
    """``should_stop`` said stop, between two pull pages. Every page applied is kept, with its cursor."""
