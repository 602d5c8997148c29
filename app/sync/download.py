"""A large download in a process of its own, so that the app's UI thread never waits for it.

A first download of a whole school is some 400 pages of 1,000 rows, and two
threads keep busy with it: the page reader (the answer parsed and checked,
the rows made) and the writer. In the app's own process they hold Python's
lock nearly all the time, and the UI thread, which needs that lock for every
timer and every paint, waited for it: 20-30 ms at a time, now and then
(``docs/architecture.md``, "Where the UI thread's stalls come from"). A
process has a lock of its own. So when the server's first page says more
than :data:`PROCESS_DOWNLOAD_ROWS` rows are coming into an empty school file,
the engine hands the download to a helper process (:func:`run_download`):

* the helper runs the same :meth:`~app.sync.engine.SyncEngine.pull` on the
  same school file, with a connection of its own (SQLite's locks are between
  processes as well as between connections), from the file's cursor: what it
  committed stays if it stops, as in the app's own process;
* the app's syncing thread waits for its messages and does little else: each
  page's progress (the engine's status, as signals), its log records (into
  the app's log), a request for a fresh access token when the server says the
  one it has expired (the app refreshes it: the refresh token never leaves
  the app's process, and the access token goes through a pipe, never on a
  command line or on disk), and at the end its report or its error;
* Cancel, and an app that ends, stop it between two pages: it reads its
  orders on a thread of its own, and an app that is gone closes the pipe;
* a helper that dies (killed, out of memory) leaves what it committed; the
  sync says it stopped, and the next one carries on from the cursor.

The helper is started with ``spawn`` (a fresh interpreter: the app's threads
and Qt are not copied into it) and costs some 0.7 s of start-up, which is why
only a large download uses it. A smaller one, and every later pull, runs in
the syncing thread as before.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import logging.handlers
import multiprocessing
import os
import pickle
import queue
import sys
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.context import QT_TRANSLATE_NOOP, Sentence
from app.sync.client import SyncError
from app.sync.status import SyncReport, SyncStopped

if TYPE_CHECKING:
    from app.sync.engine import SyncEngine

log = logging.getLogger(__name__)

# A download into an empty school file that the server says has more rows than this runs in a helper
# process. The large demo school has ~515,000; a class's teacher on the medium one ~20,000.
PROCESS_DOWNLOAD_ROWS = 50_000
# How long the syncing thread waits for a message at a time (it looks at Cancel between).
POLL_SECONDS = 0.05
# How long the helper waits for the app's answer to its request for a fresh access token.
TOKEN_WAIT_SECONDS = 120.0
# How long a helper that was told to stop (or whose work is done) has to end before it is killed.
END_WAIT_SECONDS = 30.0


# How far below the app the helper runs (its niceness on Linux and macOS; on Windows, "below normal").
HELPER_NICENESS = 10
# Windows' BELOW_NORMAL_PRIORITY_CLASS (SetPriorityClass).
_BELOW_NORMAL_PRIORITY_CLASS = 0x00004000

# Helpers start in a fresh interpreter: the app's threads and Qt are not copied into them.
_SPAWN = multiprocessing.get_context("spawn")


class DownloadStopped(SyncError):
    """The helper process ended without finishing or saying why (killed, out of memory)."""


@dataclass(frozen=True)
class DownloadJob:
    """What the helper needs, sent to it through the pipe multiprocessing starts it with."""

    school_file: str
    base_url: str
    verify: bool | str
    max_attempts: int
    backoff_base: float
    backoff_cap: float
    account: str | None  # the keyring account of the sign-in (None: a server without sign-in)
    access_token: str
    device_id: str
    user_id: str | None
    page_size: int
    log_level: int


# -- the app's side ---------------------------------------------------------------


def run_download(engine: "SyncEngine", report: SyncReport) -> None:
    """Pull into ``engine``'s school file in a helper process, from the file's cursor; wait for it.

    Progress reaches ``engine``'s status; the helper's report is added to ``report``. Raises what stopped
    the helper (a :class:`SyncError`, :class:`~app.sync.status.SyncStopped`), or :class:`DownloadStopped`.
    """
    client = engine.client
    tokens = client.tokens
    job = DownloadJob(
        school_file=str(engine.db.path), base_url=client.base_url, verify=client.verify,
        max_attempts=client.max_attempts, backoff_base=client.backoff_base, backoff_cap=client.backoff_cap,
        account=tokens.account if tokens is not None else None,
        access_token=tokens.access_token if tokens is not None else "",
        device_id=engine.device_id, user_id=engine.user_id, page_size=engine.page_size,
        log_level=logging.getLogger().getEffectiveLevel(),
    )
    events, events_write = _SPAWN.Pipe(duplex=False)  # the helper's messages
    orders_read, orders = _SPAWN.Pipe(duplex=False)  # the app's: a token, or stop
    helper = _start(_helper_main, "daftar-download", job, events_write, orders_read)
    report.download_process = helper.pid
    pages_before = engine.status.pages_done
    log.info("Downloading the school in a helper process (%s)", helper.pid)
    stopping = False
    try:
        while True:
            if events.poll(POLL_SECONDS):
                try:
                    message = events.recv()
                except EOFError:  # the helper ended without its last word
                    break
                kind = message[0]
                if kind == "status":
                    _, rows_done, rows_total, pages_done = message
                    engine._emit(rows_done=rows_done, rows_total=rows_total, pages_done=pages_before + pages_done)
                elif kind == "log":
                    record = message[1]
                    logging.getLogger(record.name).handle(record)
                elif kind == "refresh":
                    with contextlib.suppress(OSError):  # a helper gone meanwhile: its end is seen below
                        orders.send(_fresh_token(engine, message[1]))
                elif kind == "done":
                    _, pulled, warning = message
                    _add_pull(report, pulled)
                    if warning:
                        engine._rewind_warning = warning
                    return
                elif kind == "failed":  # with what it had pulled before it stopped
                    _, error, pulled = message
                    _add_pull(report, pulled)
                    raise error
            elif not helper.is_alive() and not events.poll():
                break
            if not stopping and engine.should_stop is not None and engine.should_stop():
                with contextlib.suppress(OSError):
                    orders.send(("stop",))
                stopping = True
    finally:
        orders.close()  # a helper still running reads the end of its orders: it stops after its page
        _end(helper)
        events.close()
    log.error("The download's helper process ended unexpectedly (exit code %s)", helper.exitcode)
    raise _stopped_unexpectedly()


def _stopped_unexpectedly() -> DownloadStopped:
    return DownloadStopped(Sentence(QT_TRANSLATE_NOOP(
        "Sync", "The download of the school stopped unexpectedly. What arrived is kept; the next sync carries "
        "on from there.")))


def _start(target: Any, name: str, *args: Any) -> multiprocessing.process.BaseProcess:
    """A helper process running ``target(*args)``, started; the pipe ends among ``args`` are its own
    from now on, and are closed here (so that its end of a pipe closing is seen)."""
    helper = _SPAWN.Process(target=target, args=args, name=name, daemon=True)
    helper.start()
    for arg in args:
        if isinstance(arg, Connection):
            arg.close()
    return helper


def _end(helper: multiprocessing.process.BaseProcess) -> None:
    """Wait for a helper to end; one still running after :data:`END_WAIT_SECONDS` is killed."""
    helper.join(END_WAIT_SECONDS)
    if helper.is_alive():
        log.warning("The helper process %s did not end; stopping it", helper.name)
        helper.kill()
        helper.join()


def _fresh_token(engine: "SyncEngine", used: str) -> tuple[str, Any]:
    """The app's answer to the helper's request: ("token", access token) or ("refused", the error)."""
    try:
        return ("token", engine.client.fresh_access_token(used))
    except SyncError as exc:
        return ("refused", _portable(exc))


def _add_pull(report: SyncReport, pulled: SyncReport) -> None:
    """What a pull adds to its sync's report (:meth:`SyncEngine.pull` changes these fields only)."""
    report.pulled += pulled.pulled
    report.reset = report.reset or pulled.reset
    report.dropped += pulled.dropped
    report.resent += pulled.resent
    report.pulled_entities |= pulled.pulled_entities
    for entity, ids in pulled.moved_rows.items():
        report.moved_rows.setdefault(entity, set()).update(ids)


# -- the helper's side -------------------------------------------------------------


class _Events:
    """The helper's messages to the app, sent whole from any of its threads."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._lock = threading.Lock()

    def send(self, message: tuple) -> None:
        with self._lock:
            self._conn.send(message)

    def put_nowait(self, record: logging.LogRecord) -> None:  # the QueueHandler's queue
        try:
            self.send(("log", record))
        except OSError:  # the app is gone: nobody to log to
            pass


class _Orders:
    """The app's orders, read on a thread of the helper's own: stop (Cancel, or the app gone), a token."""

    def __init__(self, conn: Connection) -> None:
        self.stop = threading.Event()
        self.tokens: queue.Queue[tuple[str, Any] | None] = queue.Queue()
        threading.Thread(target=self._read, args=(conn,), name="daftar-download-orders", daemon=True).start()

    def _read(self, conn: Connection) -> None:
        try:
            while True:
                order = conn.recv()
                if order[0] == "stop":
                    self.stop.set()
                else:
                    self.tokens.put(order)
        except (EOFError, OSError):  # the app has closed its end: done, or gone
            self.stop.set()
            self.tokens.put(None)


def _ask_for_token(client: Any, events: _Events, orders: _Orders) -> None:
    """The helper's client's refresh: the app refreshes the sign-in and answers with the new access token."""
    events.send(("refresh", client.tokens.access_token))
    answer = orders.tokens.get(timeout=TOKEN_WAIT_SECONDS)
    if answer is None:  # the app is gone
        raise _stopped_unexpectedly()
    kind, value = answer
    if kind == "refused":
        raise value
    client.tokens.access_token = value


def give_way_to_the_app() -> bool:
    """Run this process (on Linux: this thread, and the threads it starts from now on) below the app's
    priority; whether that was done.

    The helper keeps a core busy for the whole download. On a two-core laptop, with another program (or,
    in the benchmark, the server) wanting the other core, the UI thread waited its turn for a core behind
    the helper, up to 10-20 ms, though it needs one for a millisecond. Given way to, it is served first:
    measured, ~10% less waiting for a core during a download (docs/architecture.md). The helper loses
    nothing when a core is free.
    """
    try:
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            return bool(kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), _BELOW_NORMAL_PRIORITY_CLASS))
        os.nice(HELPER_NICENESS)
        return True
    except (OSError, AttributeError):  # not allowed here, or no such call: the download runs all the same
        log.debug("The helper process could not lower its priority", exc_info=True)
        return False


def _helper_main(job: DownloadJob, events_conn: Connection, orders_conn: Connection) -> None:
    """The helper process: the same pull, with a school file connection and an HTTP client of its own."""
    give_way_to_the_app()  # first: the threads started below take this thread's priority
    events = _Events(events_conn)
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(events)]  # type: ignore[arg-type]
    root.setLevel(job.log_level)
    orders = _Orders(orders_conn)
    report = SyncReport()
    try:
        import time

        from app.collector import collector_paused
        from app.storage.db import SchoolDB, make_engine
        from app.sync.client import ServerClient, Tokens
        from app.sync.engine import SyncEngine

        # The file as it is: opened, checked and (if need be) repaired by the app, which keeps it open. No
        # stamp of a clean close from here (``checked_at`` None): the app closes it.
        db = SchoolDB(Path(job.school_file), make_engine(Path(job.school_file)), None)
        tokens = Tokens(job.account, job.access_token) if job.account is not None else None
        client = ServerClient(job.base_url, tokens, verify=job.verify, max_attempts=job.max_attempts,
                              backoff_base=job.backoff_base, backoff_cap=job.backoff_cap)
        client.refresh = functools.partial(_ask_for_token, client, events, orders)  # type: ignore[method-assign]
        try:
            engine = SyncEngine(
                db, client, job.device_id, user_id=job.user_id, page_size=job.page_size,
                on_status=lambda s: events.send(("status", s.rows_done, s.rows_total, s.pages_done)),
                should_stop=orders.stop.is_set,
            )
            engine.process_rows = None  # this is the helper
            started = time.perf_counter()
            with collector_paused():
                engine.pull(report)
            log.info("The helper process downloaded %d rows in %.1f s", report.pulled, time.perf_counter() - started)
            events.send(("done", report, engine._rewind_warning))
        finally:
            client.close()
            db.close()
    except BaseException as exc:
        if not isinstance(exc, (SyncError, SyncStopped)):
            log.exception("The download's helper process failed")
        try:
            events.send(("failed", _portable(exc), report))
        except OSError:
            pass


def check_helper(timeout: float = 60.0) -> int:
    """Start a helper process as a download does and have it load what a download runs; its process id.
    For ``daftar --self-test``: a packaged app starts its helpers through ``multiprocessing.freeze_support``
    (``main.py``). Raises RuntimeError when the helper does not answer."""
    answers, answer = _SPAWN.Pipe(duplex=False)
    helper = _start(_helper_check, "daftar-download-check", answer)
    try:
        if not answers.poll(timeout):
            raise RuntimeError(f"no answer from a helper process in {timeout:.0f} s")
        try:
            pid = answers.recv()
        except EOFError:
            raise RuntimeError("a helper process ended without an answer") from None
    finally:
        _end(helper)
        answers.close()
    if helper.exitcode != 0:
        raise RuntimeError(f"a helper process ended with exit code {helper.exitcode}")
    return pid


def _helper_check(answer: Connection) -> None:
    import app.storage.db  # noqa: F401 - what a download's helper imports
    import app.sync.engine  # noqa: F401

    answer.send(os.getpid())
    answer.close()


def _portable(exc: BaseException) -> BaseException:
    """``exc`` if it crosses a pipe whole; otherwise a :class:`SyncError` saying the same (a bug's error
    says its kind, as the engine's own does)."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return SyncError(Sentence(QT_TRANSLATE_NOOP(
            "Sync", "Sync stopped because of an internal error ({kind}); see the log file."),
            kind=type(exc).__name__))
