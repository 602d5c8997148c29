"""The write-ahead log of each open school file, copied back into the file off everyone's path.

SQLite's own checkpoint runs inside the commit that takes the log past 1,000
pages (``wal_autocheckpoint``): the committing connection copies the log into
the file and flushes it to the disk before its ``COMMIT`` returns. For a day's
pull (some 5,000 pages in one commit) that was most of its wall time, and a
person's save could pay for it just as well. So the connections of an open
school file (:class:`app.storage.db.SchoolDB`) have the automatic checkpoint
off, and one thread per process, started with the first open school and ended
with the last, checkpoints each open file instead:

* soon after its log changes and then stays still for :data:`QUIET_SECONDS`
  (a save, a sync's last commit), or after :data:`MAX_WAIT_SECONDS` of
  constant writing, or at once when the log has grown by :data:`GROWTH_BYTES`
  since the last checkpoint, or when a sync asks (:meth:`Watch.soon`);
* ``PRAGMA wal_checkpoint(PASSIVE)`` on a connection of its own: it never
  waits for a reader or a writer, and nobody waits for it (the sqlite3 module
  lets go of Python's lock while SQLite works, so the UI thread runs on);
* one at a time: the single thread never runs two, and closing a file waits
  for a checkpoint of it under way (:meth:`Watch.close`) before the file's
  connections close; the last of them folds what is left into the file and
  removes the log, as SQLite does.

Whether the log changed is read from its size and time (``os.stat``, a few
microseconds), so a writer that bypasses the engine is seen too. A
checkpoint a reader held back (frames newer than a reader's snapshot cannot be
copied yet) is tried again at the next look.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
import weakref
from pathlib import Path

log = logging.getLogger(__name__)

# How often the thread looks at the logs of the open files.
POLL_SECONDS = 0.5
# A log that has not changed for this long is checkpointed (the writing seems done).
QUIET_SECONDS = 1.0
# A log that keeps changing is checkpointed at least this often.
MAX_WAIT_SECONDS = 2.0
# A log grown by this much since the last checkpoint is checkpointed at the next look (SQLite's own
# threshold is 1,000 pages of 4 KiB).
GROWTH_BYTES = 4 * 1024 * 1024
# A checkpoint held back by a reader, that a writer waits for (:meth:`Watch.fold`), is tried again after this.
RETRY_SECONDS = 0.05


class Watch:
    """One open school file's place in the checkpointer. Made by :func:`watch`."""

    def __init__(self, path: Path, owner: object) -> None:
        self.path = Path(path)
        self.wal = Path(str(self.path) + "-wal")
        self._owner = weakref.ref(owner)
        self.closed = False
        self.busy = False  # a checkpoint of this file is under way
        self.urgent = False
        self.done: tuple[int, int] | None = None  # the log's (size, mtime) when its last checkpoint completed
        self.seen: tuple[int, int] | None = None  # the log's (size, mtime) at the last look
        self.changed_at = 0.0  # when the log was last seen to change
        self.waiting_since: float | None = None  # when a change not yet checkpointed was first seen
        self.checkpoints = 0  # completed, for the tests and the log
        self.started = 0  # checkpoints started (each is numbered by it)
        self.folded = 0  # the number of the newest one that folded the whole log in
        self.waiters = 0  # threads waiting in fold()
        self.retry_at = 0.0  # a checkpoint a reader held back is tried again from then on

    def soon(self) -> None:
        """Checkpoint this file at the next look, however recent its last write (e.g. a sync has ended)."""
        with _cond:
            self.urgent = True
            if not self.closed:
                _ensure_thread()
            _cond.notify_all()

    def fold(self, longer_than: int, timeout: float) -> bool:
        """If the log is longer than ``longer_than`` bytes, wait (up to ``timeout`` seconds) until a
        checkpoint started after this call has folded all of it into the file. True when it has (or
        there was no need).

        For a long writer (a download commits every half second): SQLite starts the log again from
        its beginning only when a transaction begins on a log wholly folded in, so a log copied back
        while the next transaction is already under way keeps growing. Called before a transaction
        begins (no lock held), only a log past ``longer_than`` makes the writer wait.
        """
        try:
            st = os.stat(self.wal)
        except OSError:
            return True
        if st.st_size <= longer_than:
            return True
        deadline = time.monotonic() + timeout
        with _cond:
            if (st.st_size, st.st_mtime_ns) == self.done:  # folded in already, unchanged since
                return True
            need = self.started + 1
            self.urgent = True
            if not self.closed:
                _ensure_thread()
            self.waiters += 1
            _cond.notify_all()
            try:
                while self.folded < need and not self.closed:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        return False
                    _cond.wait(left)
                return self.folded >= need
            finally:
                self.waiters -= 1

    def close(self) -> None:
        """Stop checkpointing this file; waits for a checkpoint of it under way to end."""
        with _cond:
            self.closed = True
            _watches.discard(self)
            while self.busy:
                _cond.wait()

    # -- on the checkpointer's thread ------------------------------------------------

    def _due(self, now: float) -> tuple[int, int] | None:
        """The log's (size, mtime) when it should be checkpointed now, else None."""
        try:
            st = os.stat(self.wal)
        except OSError:  # no log (closed by its last connection, or never written)
            self.urgent = False
            return None
        state = (st.st_size, st.st_mtime_ns)
        if state != self.seen:
            self.seen, self.changed_at = state, now
        if now < self.retry_at:
            return None
        if state == self.done and not self.urgent:
            self.waiting_since = None
            return None
        if self.waiting_since is None:
            self.waiting_since = now
        if (self.urgent or now - self.changed_at >= QUIET_SECONDS or now - self.waiting_since >= MAX_WAIT_SECONDS
                or st.st_size - (self.done[0] if self.done else 0) >= GROWTH_BYTES):
            return state
        return None

    def _checkpoint(self, state: tuple[int, int]) -> bool:
        """One passive checkpoint; True when it folded the whole log into the file."""
        started = time.perf_counter()
        conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        try:
            busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        finally:
            conn.close()
        if busy == 0 and frames == copied:
            # Every frame up to the last commit is in the file. A write during the checkpoint changed
            # the log's time, so it is seen at the next look.
            self.done, self.waiting_since = state, None
            self.checkpoints += 1
            log.debug("Checkpointed %s: %d frames in %.0f ms", self.path.name, frames,
                      (time.perf_counter() - started) * 1000)
            return True
        # A reader's snapshot held part of the log back: the next look tries again.
        return False


_cond = threading.Condition()
_watches: set[Watch] = set()
_thread: threading.Thread | None = None


def watch(path: Path, owner: object) -> Watch:
    """Checkpoint ``path``'s log in the background while ``owner`` (its open :class:`SchoolDB`) lives,
    until :meth:`Watch.close`."""
    w = Watch(path, owner)
    with _cond:
        _watches.add(w)
        _ensure_thread()
        _cond.notify_all()
    return w


def _ensure_thread() -> None:
    """The checkpoint thread, started if it is not running (called with ``_cond`` held)."""
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_run, name="daftar-checkpoint", daemon=True)
        _thread.start()


def _run() -> None:
    global _thread
    try:
        _loop()
    except BaseException:  # a bug: say so; the next request (a file opened, a sync's end) starts it again
        log.exception("The checkpoint thread stopped")
        with _cond:
            _thread = None
            for w in _watches:
                w.busy = False
            _cond.notify_all()
        raise


def _loop() -> None:
    global _thread
    while True:
        with _cond:
            for w in [w for w in _watches if w._owner() is None]:  # its file was dropped without close()
                _watches.discard(w)
            if not _watches:
                _thread = None
                return
            now = time.monotonic()
            if not any(w.urgent and w.retry_at <= now for w in _watches):
                soonest = min((w.retry_at for w in _watches if w.urgent), default=now + POLL_SECONDS)
                _cond.wait(min(POLL_SECONDS, max(0.0, soonest - now)))
                now = time.monotonic()
            due: list[tuple[Watch, tuple[int, int], int]] = []
            for w in list(_watches):
                state = w._due(now)
                if state is not None:
                    w.busy, w.urgent = True, False
                    w.started += 1
                    due.append((w, state, w.started))
        for w, state, number in due:
            folded = False
            try:
                if not w.closed:
                    folded = w._checkpoint(state)
            except sqlite3.Error as exc:  # e.g. the file went away between the look and the checkpoint
                log.info("Checkpoint of %s not done: %s", w.path.name, exc)
            except Exception:  # never end the thread for one file
                log.exception("Checkpoint of %s failed", w.path.name)
            finally:
                with _cond:
                    w.busy = False
                    if folded:
                        w.folded = max(w.folded, number)
                    elif w.waiters:  # someone waits for it: again shortly, not at the next look
                        w.urgent, w.retry_at = True, time.monotonic() + RETRY_SECONDS
                    _cond.notify_all()
