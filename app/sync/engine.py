"""The sync engine: push the outbox, pull changes, settle conflicts, check integrity.

One :meth:`SyncEngine.sync` is one exchange with the server (DESIGN.md §3–§5):

1. **Push** the outbox in sequence order, in batches. Each entry's result is
   recorded in the same local transaction that removes it from the queue:
   applied (the row takes the server's version), merged / superseded /
   conflict (the row takes the server's winning state; a conflict is kept for
   the person), or rejected (kept with the server's reason in
   ``rejected_changes``; it never blocks the entries behind it). A lost
   response is harmless: the server answers a replayed sequence number with
   its first result.
2. **Pull** pages of changes after the cursor; each page and the cursor
   advance commit in one local transaction, with bulk upserts. A pulled row
   that has a pending local change is stored as the server's state
   (``server_shadow``) and the pending change is re-applied on top, so nothing
   a person did is undone on screen. A scope reset re-downloads the scope and
   then drops rows outside it, keeping rows with pending changes.
3. **Check**: per-entity counts and checksums against the server's; an entity
   that differs is pulled again whole, and the difference is logged.

Never two syncs of one school file at once (a lock per file). The engine is
Qt-free; the UI learns about progress through the ``on_status`` callback
(called on the syncing thread) and turns it into signals.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import queue
import sqlite3
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from dataclasses import dataclass, field, replace
from typing import Any

import orjson

from app.collector import collector_paused
from app.services import clock
from app.services.clock import CLOCK_OFFSET_KEY
from app.services.context import QT_TRANSLATE_NOOP, Sentence
from app.storage import aggregates
from app.storage.backup import RECEIPTS_HELD_KEY
from app.storage.db import DEFERRED_INDEXES_KEY, SchoolDB, defer_indexes, restore_deferred_indexes
from app.storage.ids import new_id
from app.storage.models import SENT_KEEP_DAYS, SYNCED_TABLES
from app.sync.download import PROCESS_DOWNLOAD_ROWS, run_download
from app.sync.rewind import lost_beyond_sent_log
from app.sync.client import (
    BadResponseError,
    ProtocolUnsupportedError,
    RequestRefusedError,
    ServerClient,
    SessionRevokedError,
    SyncError,
)
from app.sync.status import (  # noqa: F401 - re-exported
    CLOCK_WARNING,
    DEVICES_KEY,
    LAST_SUCCESS_KEY,
    SyncReport,
    SyncStatus,
    SyncStopped,
)
from app.sync.protocol import (
    ENTITIES,
    MAX_CHECKSUM_ROWS,
    MAX_PUSH_BATCH,
    Change,
    Result,
    checksum,
    format_datetime,
    parse_datetime,
    row_validator,
)

log = logging.getLogger(__name__)

CURSOR_KEY = "cursor"
RESET_KEY = "reset_in_progress"
LAST_ERROR_KEY = "last_error"
LAST_FULL_VERIFY_KEY = "last_full_verify"
# Roles that see every device's last sync (the principal's freshness panel).
DEVICE_LIST_ROLES = frozenset({"principal", "admin"})
FULL_VERIFY_EVERY = dt.timedelta(hours=12)
# Rows per pull page. Parsing a page's JSON is one C call that holds Python's
# lock: 1,000 rows keep it to a few milliseconds, so the UI thread beside the
# syncing worker is not held up (5,000 rows held it for ~40-150 ms).
PULL_PAGE = 1000
# A pull commits after this many rows or seconds, whichever comes first (never inside a page).
# Fewer commits make a first download faster; a short transaction keeps a person's own
# saves (which wait for it) quick.
PULL_COMMIT_ROWS = 20_000
PULL_COMMIT_SECONDS = 0.5
# A pull page that writes at least this many attendance marks has its transaction keep the
# dashboard's figures of them itself from then on, counting again the days (and weeks) it touched
# once before it commits, with the per-row triggers resting (see :class:`_KeptFigures`); fewer, and
# the triggers keep them as usual.
BULK_FIGURES_ROWS = 200
# SQLite's page cache (KiB) of a pull's transactions. A day's 2,000 new marks dirty some 5,000 pages
# (two of their indexes are by student, one page each): the default 2 MB spills them to the WAL
# and reads them back mid-transaction.
PULL_CACHE_KIB = 65_536
# A pull that commits many times (a download) lets the school file's write-ahead log grow to this before
# its next transaction waits for the background checkpointer to fold it in (app.storage.checkpoint): the
# checkpoints run beside the download, and the log starts again from its beginning at least this often.
PULL_LOG_BYTES = 64 * 1024 * 1024
# How long a pull waits for that, at most (once: if the log could not be folded in, not again that pull).
PULL_FOLD_WAIT_SECONDS = 10.0

# Natural keys a row may be merged on by the server (DESIGN.md §2): a pulled
# row with the same key as a local one takes its place.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "attendance_marks": ("student_id", "date", "period"),
    "marks": ("assessment_id", "student_id"),
}

_locks: dict[str, threading.Lock] = defaultdict(threading.Lock)
_locks_guard = threading.Lock()


def _school_lock(db: SchoolDB) -> threading.Lock:
    with _locks_guard:
        return _locks[str(db.path.resolve())]




class SyncEngine:
    def __init__(
        self,
        db: SchoolDB,
        client: ServerClient,
        device_id: str,
        *,
        user_id: str | None = None,
        on_status: Callable[[SyncStatus], None] | None = None,
        page_size: int = PULL_PAGE,
        push_batch: int = MAX_PUSH_BATCH,
        should_stop: Callable[[], bool] | None = None,
    ) -> None:
        self.db = db
        self.client = client
        self.device_id = device_id
        self.user_id = user_id
        self.page_size = page_size
        self.push_batch = push_batch
        self._on_status = on_status
        # Asked between pull pages (e.g. Cancel on the first download); True stops the sync there.
        self.should_stop = should_stop
        self._status = self._stored_status()
        self._rewind_warning: Sentence | None = None  # set by a pull that meets a server put back too far
        self._downloading = False  # a pull into an empty file is running
        self._emitting = threading.RLock()
        # The server's checksums of the rows a pull moved, asked for as its last page is written (verify's).
        self._asked_checksums: tuple[dict[str, list[str]], Future[dict[str, Any]]] | None = None
        # A download into an empty file of more rows than this runs in a helper process; None: never.
        self.process_rows: int | None = PROCESS_DOWNLOAD_ROWS

    # -- status -------------------------------------------------------------

    @property
    def status(self) -> SyncStatus:
        return self._status

    def _stored_status(self) -> SyncStatus:
        meta = self._meta_all()
        last = meta.get(LAST_SUCCESS_KEY)
        offset = meta.get(CLOCK_OFFSET_KEY)
        return SyncStatus(
            pending=self._pending(),
            last_success=parse_datetime(last) if last else None,
            last_error=meta.get(LAST_ERROR_KEY, ""),
            clock_offset=dt.timedelta(milliseconds=int(offset)) if offset else dt.timedelta(0),
        )

    def _emit(self, **changes: Any) -> None:
        # A push's settling thread says the pending count while the sync's thread goes on: each change
        # is made on the newest status, and listeners hear them in that order.
        with self._emitting:
            self._status = replace(self._status, **changes)
            if self._on_status is not None:
                try:
                    self._on_status(self._status)
                except Exception:  # a listener's failure must not stop a sync
                    log.exception("Sync status listener failed")

    # -- the whole exchange -------------------------------------------------

    def sync(self) -> SyncReport:
        """One full exchange. Never raises for a network or server problem: see ``report.error``."""
        report = SyncReport()
        self._rewind_warning = None
        self._asked_checksums = None
        lock = _school_lock(self.db)
        if not lock.acquire(blocking=False):
            report.skipped = True
            return report
        started = clock.device_now()
        with collector_paused():
            try:
                self._emit(phase="pushing", rows_done=0, rows_total=0, pages_done=0, pending=self._pending())
                # The push's last batch may still be settling here: the pull's first page is asked for
                # meanwhile, and written after it (the pending count is the settling's to say).
                settling = self._push(report)
                self._emit(phase="pulling", **({} if settling is not None else {"pending": self._pending()}))
                try:
                    self.pull(report, settling=settling, verify_next=True)
                finally:
                    if settling is not None:  # never left writing after the pull (an error is the pull's)
                        futures_wait([settling])
                if report.resent:  # the server lost changes we had sent: send them again, then catch up
                    self._emit(phase="pushing", pending=self._pending())
                    self.push(report)
                    self._emit(phase="pulling", pending=self._pending())
                    self.pull(report, verify_next=True)
                self._emit(phase="checking")
                self.verify(report)
                now = clock.device_now() + self._offset()
                # A server put back beyond what can be sent again is said like an error, once.
                warning = self._rewind_warning or ""
                self._set_meta({LAST_SUCCESS_KEY: format_datetime(now), LAST_ERROR_KEY: str(warning)})
                with self._raw_write() as conn:  # this device's own receipts are home again
                    conn.execute("DELETE FROM sync_meta WHERE key = ?", (RECEIPTS_HELD_KEY,))
                    kept = clock.device_now() - dt.timedelta(days=SENT_KEEP_DAYS)
                    conn.execute("DELETE FROM sent_log WHERE sent_at < ?", (kept.strftime("%Y-%m-%d %H:%M:%S.%f"),))
                self._emit(phase="idle", last_success=now, last_error=warning, pending=self._pending())
                self._exchange_freshness()
            except SyncStopped as exc:
                report.error, report.stopped = _words(exc), True
                self._emit(phase="idle", pending=self._pending())
            except SessionRevokedError as exc:
                report.error = _words(exc)
                self._fail("signed_out", report.error)
            except ProtocolUnsupportedError as exc:
                report.error = _words(exc)
                self._fail("update_required", report.error)
            except SyncError as exc:
                report.error = _words(exc)
                self._fail("offline" if exc.retryable else "error", report.error)
            except Exception as exc:  # a bug: keep the data, say so in words, log the details
                log.exception("Sync failed")
                report.error = Sentence(QT_TRANSLATE_NOOP(
                    "Sync", "Sync stopped because of an internal error ({kind}); see the log file."),
                    kind=type(exc).__name__)
                self._fail("error", report.error)
            finally:
                self._learn_clock()
                report.seconds = (clock.device_now() - started).total_seconds()
                lock.release()
        return report

    def _exchange_freshness(self) -> None:
        """Tell the server how this device stands; for the principal, keep the school's device list.

        Best effort, after a sync that succeeded: a server that does not know
        these requests (or a dropped connection) costs nothing but freshness.
        """
        try:
            if self._role() not in DEVICE_LIST_ROLES:
                self.client.device_status(self.device_id, self._pending())
                return
            # Both at once: this device's own row in the list is shown from this file, not the server's.
            with ThreadPoolExecutor(1, thread_name_prefix="daftar-devices") as pool:
                listed = pool.submit(self.client.devices)
                self.client.device_status(self.device_id, self._pending())
                devices = listed.result()
            self._set_meta({DEVICES_KEY: json.dumps(devices, separators=(",", ":"))})
        except SyncError as exc:
            log.info("Device status not exchanged: %s", exc)

    def _role(self) -> str | None:
        if not self.user_id:
            return None
        with self.db.engine.connect() as c:
            row = c.connection.driver_connection.execute(
                "SELECT role FROM users WHERE id = ?", (self.user_id,)).fetchone()
        return row[0] if row else None

    def _fail(self, phase: str, message: str) -> None:
        # The school file keeps the English sentence; the status keeps the Sentence, for the UI to translate.
        self._set_meta({LAST_ERROR_KEY: str(message)})
        self._emit(phase=phase, last_error=message, pending=self._pending())

    def _learn_clock(self) -> None:
        offset = self.client.clock_offset
        if offset is None:
            return
        self._set_meta({CLOCK_OFFSET_KEY: str(int(offset.total_seconds() * 1000))})
        if abs(offset) > CLOCK_WARNING:
            log.warning("Device clock is %s off the server's", offset)
        self._emit(clock_offset=offset)

    # -- push ---------------------------------------------------------------

    def push(self, report: SyncReport) -> None:
        """Send the outbox in sequence order, in batches, and settle each batch's answers.

        The server answers a device's batches in order, so they go one after the other. A batch the
        server applied whole is settled here on a thread of its own while the next batch is on its way
        (the four batches of a day's marks spent ~40 ms settling, between requests). The next batch is
        read before the previous one's settling has committed, so the versions that settling gives its
        rows are put into the bases of the next batch's later changes of the same rows as it sends them
        (what the settling writes into the outbox for them). If this process ends before a settling
        commits, its batch is still queued and is sent again: the server answers it from what it
        already applied.
        """
        settling = self._push(report)
        if settling is not None:
            settling.result()

    def _push(self, report: SyncReport) -> Future[None] | None:
        """:meth:`push`, but a last batch the server applied whole may still be settling when it returns:
        that settling, for the caller to wait for (:meth:`sync` asks for the pull's first page meanwhile).
        Its error, if any, is raised by its ``result()``."""
        after = 0  # the next batch starts after this sequence number
        settling: Future[None] | None = None
        bases: dict[tuple[str, str], int] = {}  # the versions the settling batch gives its rows
        pool = ThreadPoolExecutor(1, thread_name_prefix="daftar-settle")
        try:
            while True:
                entries = self._outbox_batch(after)
                if not entries:
                    return settling
                for e in entries:
                    base = bases.get((e.entity, e.row_id))
                    if base is not None:
                        e.base_version = base
                # The outbox's fields go out as the text it keeps (not parsed and encoded again), and its
                # time as the wire's text made from the stored one.
                mutations = [
                    {
                        "seq": e.seq,
                        "entity": e.entity,
                        "id": e.row_id,
                        "op": e.op,
                        "fields": orjson.Fragment(e.raw_fields),
                        "base_version": e.base_version,
                        "client_ts": _wire_time(e.db_client_ts),
                    }
                    for e in entries
                ]
                body = self.client.push(self.device_id, mutations)
                results = _parse_results(body)
                if settling is not None:  # the batch before, settled before this one (its error raised here)
                    before, settling = settling, None
                    before.result()
                answered = [e for e in entries if e.seq in results]
                whole = len(answered) == len(entries)
                applied = all(results[e.seq].status == "applied" and results[e.seq].row is None for e in answered)
                if applied and whole:  # settled beside the next batch (or the pull, after the last one)
                    bases = {(e.entity, e.row_id): results[e.seq].version for e in answered
                             if e.entity in SYNCED_TABLES and results[e.seq].version is not None}
                    settling = pool.submit(self._settle_batch, answered, results, report, applied)
                else:
                    bases = {}
                    self._settle_batch(answered, results, report, applied)
                if not whole:
                    # The server stopped part-way (it must answer in order); the
                    # rest stays queued for the next sync.
                    log.warning("Server answered %d of %d pushed entries", len(answered), len(entries))
                    return None
                after = entries[-1].seq
        except BaseException:
            if settling is not None:  # stopping for another reason: that one is raised
                try:
                    settling.result()
                except Exception:
                    log.exception("A pushed batch could not be settled here; it stays queued and is sent again")
                settling = None
            raise
        finally:
            pool.shutdown(wait=False)  # a last settling handed to the caller goes on

    def _outbox_batch(self, after: int) -> list[_Entry]:
        """The next batch of the outbox after sequence number ``after``. On a shared computer each person's
        changes go under their own sign-in; others' wait for them (the server answers each sequence number
        on its own, so gaps are fine). Plain rows, not ORM objects."""
        with self.db.engine.connect() as c:
            raw = c.connection.driver_connection
            rows = raw.execute(
                "SELECT seq, entity, row_id, op, fields, base_version, client_ts, user_id FROM outbox "
                "WHERE seq > ? AND (? IS NULL OR user_id = ? OR user_id IS NULL) ORDER BY seq LIMIT ?",
                (after, self.user_id, self.user_id, self.push_batch),
            ).fetchall()
        return [_Entry(seq, entity, row_id, op, base, ts, user, fields or "{}")
                for seq, entity, row_id, op, fields, base, ts, user in rows]

    def _settle_batch(self, answered: list[_Entry], results: dict[int, Result], report: SyncReport,
                      applied: bool) -> None:
        """Record a pushed batch's answers in one local transaction."""
        with self._raw_write() as conn:
            if applied:
                self._settle_applied(conn, answered, results, report)
            else:
                for entry in answered:
                    self._settle(conn, entry, results[entry.seq], report)
        report.pushed += len(answered)
        report.pushed_entities.update(e.entity for e in answered)
        for e in answered:
            report.moved_rows.setdefault(e.entity, set()).add(e.row_id)
        self._emit(pending=self._pending())

    def _settle_applied(self, conn: sqlite3.Connection, answered: list[_Entry], results: dict[int, Result],
                        report: SyncReport) -> None:
        """A batch the server applied whole, settled in a few bulk statements: the same end as
        :meth:`_settle` entry by entry (the version of a row's last change, the base of any change of
        it still queued, its server copy dropped when nothing of it waits), without six statements and
        two JSON encodings per entry."""
        sent_at = _db_datetime(format_datetime(clock.device_now()))
        conn.executemany("DELETE FROM outbox WHERE seq = ?", [(e.seq,) for e in answered])
        conn.executemany(
            "INSERT OR REPLACE INTO sent_log (seq, entity, row_id, op, fields, base_version, client_ts, user_id, "
            "version, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(e.seq, e.entity, e.row_id, e.op, e.raw_fields, e.base_version, e.db_client_ts, e.user_id,
              results[e.seq].version, sent_at)
             for e in answered])
        report.applied += len(answered)
        versions: dict[tuple[str, str], int] = {}
        for e in answered:  # in sequence order: a row's last change gives its version
            version = results[e.seq].version
            if e.entity in SYNCED_TABLES and version is not None:
                versions[(e.entity, e.row_id)] = version
        rows = {(e.entity, e.row_id) for e in answered if e.entity in SYNCED_TABLES}
        waiting: set[tuple[str, str]] = set()
        for entity in {entity for entity, _row in rows}:
            ids = [row_id for e, row_id in rows if e == entity]
            waiting.update((entity, row_id) for (row_id,) in conn.execute(
                f"SELECT row_id FROM outbox WHERE entity = ? AND row_id IN ({','.join('?' * len(ids))})",
                [entity, *ids]))
        by_entity: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for (entity, row_id), version in versions.items():
            by_entity[entity].append((version, row_id))
        for entity, pairs in by_entity.items():
            conn.executemany(f'UPDATE "{entity}" SET version = ? WHERE id = ?', pairs)
        later = [(version, entity, row_id) for (entity, row_id), version in versions.items()
                 if (entity, row_id) in waiting]
        if later:  # later changes of these rows were made on top of this one
            conn.executemany("UPDATE outbox SET base_version = ? WHERE entity = ? AND row_id = ?", later)
        conn.executemany("DELETE FROM server_shadow WHERE entity = ? AND row_id = ?",
                         [key for key in rows if key not in waiting])

    def _settle(self, conn: sqlite3.Connection, entry: _Entry, result: Result, report: SyncReport) -> None:
        entity, row_id = entry.entity, entry.row_id
        conn.execute("DELETE FROM outbox WHERE seq = ?", (entry.seq,))
        if result.status != "rejected":
            version = result.version
            if version is None and isinstance(result.row, dict):
                version = result.row.get("version")
            conn.execute(
                "INSERT OR REPLACE INTO sent_log (seq, entity, row_id, op, fields, base_version, client_ts, user_id, "
                "version, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entry.seq, entity, row_id, entry.op, entry.raw_fields, entry.base_version,
                 entry.db_client_ts, entry.user_id, version,
                 _db_datetime(format_datetime(clock.device_now()))),
            )
        table = SYNCED_TABLES.get(entity)
        if table is None:
            return
        later = conn.execute(
            "SELECT seq FROM outbox WHERE entity = ? AND row_id = ? ORDER BY seq", (entity, row_id)
        ).fetchall()
        if result.status == "applied":
            report.applied += 1
            if result.version is not None:
                conn.execute(f'UPDATE "{entity}" SET version = ? WHERE id = ?', (result.version, row_id))
                # Later changes of this row were made on top of this one.
                conn.execute(
                    "UPDATE outbox SET base_version = ? WHERE entity = ? AND row_id = ?",
                    (result.version, entity, row_id),
                )
            if not later:
                conn.execute("DELETE FROM server_shadow WHERE entity = ? AND row_id = ?", (entity, row_id))
            return
        now = format_datetime(clock.device_now() + self._offset())
        if result.status in ("merged", "superseded", "conflict"):
            if result.status == "merged":
                report.merged += 1
            else:
                report.conflicts += 1
                conn.execute(
                    "INSERT INTO conflicts (id, entity, row_id, kind, local_value, server_value, message, "
                    "detected_at, resolution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '')",
                    (
                        new_id(), entity, row_id, result.status, json.dumps(entry.fields),
                        json.dumps(result.row) if result.row is not None else None,
                        result.reason or _default_reason(result.status), _db_datetime(now),
                    ),
                )
        else:  # rejected
            report.rejected += 1
            conn.execute(
                "INSERT INTO rejected_changes (id, seq, entity, row_id, op, fields, reason, reason_key, reason_args, "
                "rejected_at, acknowledged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                (new_id(), entry.seq, entity, row_id, entry.op, json.dumps(entry.fields),
                 result.reason or QT_TRANSLATE_NOOP("Sync", "The server refused this change."),
                 result.reason_key, json.dumps(result.reason_args), _db_datetime(now)),
            )
        if result.row is not None and isinstance(result.row, dict) and result.row.get("id"):
            server_row = result.row
            change = Change(
                seq=0, entity=entity, id=server_row["id"], version=int(server_row.get("version") or 0),
                deleted=bool(server_row.get("deleted", False)),
                data={k: v for k, v in server_row.items() if k in ENTITIES[entity]},
            )
            if server_row["id"] != row_id and not later:
                # The server merged our row into another with the same natural key.
                conn.execute(f'DELETE FROM "{entity}" WHERE id = ?', (row_id,))
            self._apply(conn, [change], seen=None)
        elif result.status == "rejected" and entry.base_version is None and not later:
            # A new row the server will never have: hide it (the change itself
            # is kept in rejected_changes for the person).
            conn.execute(f'UPDATE "{entity}" SET deleted = 1 WHERE id = ? AND version IS NULL', (row_id,))

    # -- pull ---------------------------------------------------------------

    def pull(self, report: SyncReport, *, entity: str | None = None, settling: Future[None] | None = None,
             verify_next: bool = False) -> None:
        """Pull every page after the cursor (or, with ``entity``, that whole entity again).

        The next page is read (by the server, over the network, parsed and
        checked) while this one is written (:class:`_PageReader`), and pages are
        written in transactions of up to :data:`PULL_COMMIT_ROWS` rows or
        :data:`PULL_COMMIT_SECONDS`, each with the cursor of its last page: a
        first download of a large school commits a few dozen times, not
        hundreds. What was committed stays if the sync stops. A download into
        an empty file of more than :attr:`process_rows` rows runs, whole, in a
        helper process (:mod:`app.sync.download`), this same method there. ``settling``: the push's
        last batch still being settled (:meth:`_push`), waited for once the first page is asked for,
        before anything is written (its error is raised here). ``verify_next``: :meth:`verify` follows, and
        the server's checksums it will want are asked for as the last page is written.
        """
        meta = self._meta_all()
        restarting = entity is None and meta.get(RESET_KEY) == "1"
        cursor = "" if (restarting or entity) else meta.get(CURSOR_KEY, "")
        reader = _PageReader(self, cursor, entity)
        if settling is not None:
            try:
                settling.result()
            except BaseException:
                reader.close()
                raise
        # Into an empty file, rows go in faster without the plain indexes, made once at the end.
        defer = entity is None and cursor == "" and not self._has_synced_rows()
        self._downloading = defer  # into an empty file: no row here to compare with
        seen: dict[str, set[str]] | None = defaultdict(set) if entity else None
        resetting = False
        first = True
        rows_done = 0
        group: contextlib.ExitStack | None = None  # the open transaction, if any
        group_rows, group_started = 0, 0.0
        folding = True  # wait for the log to be folded in between transactions, when it is long
        moved = sum(map(len, report.moved_rows.values()))
        # The rows this pull writes, for the check of their references (None: too many to name, or
        # the whole of each kind is checked anyway).
        written: dict[str, set[str]] | None = None if entity else {}
        try:
            while True:
                try:
                    page = reader.next()
                except BaseException:
                    if group is not None:  # every page written before this one is whole: keep them
                        group.close()
                        group = None
                    raise
                if (first and defer and page.more and self.process_rows is not None
                        and page.remaining >= self.process_rows and not self.client.own_transport):
                    # A large download: in a helper process, from the start, beside the UI rather than
                    # in its process (app.sync.download). This page is read again there.
                    reader.close()
                    run_download(self, report)
                    return
                if first and page.rewound and entity is None:
                    report.resent += self._requeue_lost(page.server_seq)
                if first and page.reset and entity is None:
                    resetting = True
                    report.reset = True
                    seen = defaultdict(set) if self._has_synced_rows() else None
                    self._set_meta({RESET_KEY: "1"})
                first = False
                if group is None:
                    if folding and not self.db.fold_log(PULL_LOG_BYTES, timeout=PULL_FOLD_WAIT_SECONDS):
                        # A reader holds part of the log (a backup being copied): wait no more this pull.
                        log.info("The school file's log could not be folded in before the next transaction")
                        folding = False
                    group = contextlib.ExitStack()
                    conn = group.enter_context(self._raw_write(foreign_keys=False, cache_kib=PULL_CACHE_KIB))
                    figures = _KeptFigures()
                    group.push(figures.exit_handler(conn))  # before the commit
                    group_rows, group_started = 0, time.monotonic()
                    if defer:
                        defer_indexes(conn, SYNCED_TABLES)
                        aggregates.rest(conn)  # the dashboard's triggers, made again by rebuild() below
                        defer = False
                if not report.reset and moved <= MAX_CHECKSUM_ROWS:
                    # (a download is checked whole; past MAX_CHECKSUM_ROWS rows, so is any pull: no more
                    # ids are noted, what they are for is already decided)
                    for c in page.changes:
                        report.moved_rows.setdefault(c.entity, set()).add(c.id)
                    moved = sum(map(len, report.moved_rows.values()))
                if verify_next and not page.more and entity is None:
                    self._ask_for_checksums(report)  # answered while this last page is written
                try:
                    self._apply(conn, page.changes, seen, page.rows, figures=figures, written=written)
                    if written is not None and sum(map(len, written.values())) > MAX_CHECKSUM_ROWS:
                        written = None
                    if entity is None:
                        _put_meta(conn, {CURSOR_KEY: page.cursor})
                except BaseException as exc:
                    group.__exit__(type(exc), exc, exc.__traceback__)  # rolled back
                    group = None
                    raise
                report.pulled_entities.update(page.entities & SYNCED_TABLES.keys())
                group_rows += len(page.changes)
                if (not page.more or group_rows >= PULL_COMMIT_ROWS
                        or time.monotonic() - group_started >= PULL_COMMIT_SECONDS):
                    group.close()
                    group = None
                    if page.more:  # copied back while the next pages are written
                        self.db.checkpoint_soon()
                rows_done += len(page.changes)
                report.pulled += len(page.changes)
                self._emit(rows_done=rows_done, rows_total=rows_done + page.remaining,
                           pages_done=self._status.pages_done + 1)
                if not page.more:
                    break
                if self.should_stop is not None and self.should_stop():
                    if group is not None:
                        group.close()
                        group = None
                    raise SyncStopped(Sentence(QT_TRANSLATE_NOOP(
                        "Sync", "The sync was stopped. What arrived is kept; the next sync carries on from there.")))
        finally:
            self._downloading = False
            reader.close()
            # Left out by this download, or by one the end of its process cut short.
            if DEFERRED_INDEXES_KEY in self._meta_all():
                try:
                    self._restore_indexes()
                except Exception:  # e.g. a full disk: the next pull makes them
                    log.exception("The indexes left out during the download could not be made yet")
            # What this pull committed is folded into the file in the background, not by its commits
            # (app.storage.checkpoint).
            self.db.checkpoint_soon()
        if resetting or entity:
            with self._raw_write(foreign_keys=False) as conn:
                if seen is not None:
                    report.dropped += self._drop_unseen(conn, seen, only=entity)
                if resetting:
                    conn.execute("DELETE FROM sync_meta WHERE key = ?", (RESET_KEY,))
        if rows_done and (written is None or resetting or any(written.values())):
            # A row pulled just as this file held it (this device's own change back) was checked when written.
            self._check_references(report.pulled_entities, None if (resetting or written is None) else written)

    def read_page(self, cursor: str, entity: str | None) -> "_Page":
        """One pull page from the server, parsed and checked whole (a page that does not fit the
        protocol raises :class:`BadResponseError`, and nothing of it is written)."""
        body = self.client.pull(cursor, self.page_size, entity=entity)
        try:
            changes = [Change.from_json(c) for c in body["changes"]]
            page = _Page(changes=changes, cursor=str(body["cursor"]), more=bool(body["more"]),
                         remaining=int(body.get("total") or 0), reset=bool(body.get("reset", False)),
                         rewound=body.get("rewound") is True, server_seq=int(body.get("server_seq") or 0))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise BadResponseError(Sentence(QT_TRANSLATE_NOOP(
                "Sync", "The school's server sent changes Daftar could not read. Nothing from them was "
                "applied and your saved work is untouched; Daftar will try again.")
            )) from exc
        problem = _page_problem(changes, self.page_size)
        if problem:
            log.error("Refused a pull page from the server: %s", problem)
            raise BadResponseError(Sentence(QT_TRANSLATE_NOOP(
                "Sync", "The school's server sent changes Daftar cannot accept ({problem}). Nothing from them "
                "was applied and your saved work is untouched; Daftar will try again. If this keeps "
                "happening, tell the person who runs the school's server."), problem=problem))
        # The rows as SQLite takes them, made here (on the reader's thread, while the previous page
        # is written) rather than by the writer.
        makers: dict[str, Callable[[str, int, bool, dict], tuple]] = {}
        page.entities = {change.entity for change in changes}
        for change in changes:
            if change.data or not change.deleted:
                make = makers.get(change.entity)
                if make is None:
                    make = makers[change.entity] = _tuple_maker(change.entity)
                page.rows.append(make(change.id, change.version, change.deleted, change.data))
            else:
                page.rows.append(None)
        return page

    def _restore_indexes(self) -> None:
        started = time.perf_counter()
        with self._raw_write() as conn:
            if restore_deferred_indexes(conn):
                aggregates.rebuild(conn)  # the dashboard's kept figures, counted once for the whole download
                log.info("Made the indexes of the downloaded school in %.1f s", time.perf_counter() - started)

    def _requeue_lost(self, server_seq: int) -> int:
        """The server went back in time: queue again what it had accepted from us after ``server_seq``.

        Entries keep their own sequence numbers; the restored server's record of
        this device is older too, so it applies them as new.
        """
        with self._raw_write() as conn:
            # Further back than the sent log reaches: said, not hidden (at the end of this sync).
            self._rewind_warning = lost_beyond_sent_log(conn, server_seq)
            lost = conn.execute(
                "SELECT seq, entity, row_id, op, fields, base_version, client_ts, user_id FROM sent_log "
                "WHERE version > ? AND seq NOT IN (SELECT seq FROM outbox) ORDER BY seq",
                (server_seq,),
            ).fetchall()
            conn.executemany(
                "INSERT INTO outbox (seq, entity, row_id, op, fields, base_version, client_ts, user_id, attempts) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                lost,
            )
        log.warning("The server was restored from an older backup (its newest change is %d): "
                    "%d change(s) of this device queued again", server_seq, len(lost))
        return len(lost)

    def _apply(self, conn: sqlite3.Connection, changes: list[Change], seen: dict[str, set[str]] | None,
               rows: list[tuple | None] | None = None, figures: "_KeptFigures | None" = None,
               written: dict[str, set[str]] | None = None) -> None:
        """Write pulled rows: bulk upserts, pending local changes kept on top.

        ``rows``: each change already made into its row tuple (see :meth:`read_page`), or None.
        A row this device already holds exactly as pulled (its own change coming back, most often)
        is not written again, except in a download into an empty file (nothing to compare with).
        ``figures``: the pull transaction's keeping of the dashboard's figures (many attendance
        marks are counted again in bulk before it commits, not by a trigger per row).
        ``written``: the ids of the rows written here are added to it, by kind (not those left as they were).
        """
        if not changes:
            return
        pending = self._pending_by_row(conn)
        if self._downloading and not pending and seen is None and rows is not None:
            # Into an empty file, nothing pending: the rows as read, each kind in one statement.
            plain_of: dict[str, list[tuple]] = defaultdict(list)
            tombstones_of: dict[str, list[tuple[int, str]]] = defaultdict(list)
            for change, row in zip(changes, rows, strict=True):
                if row is None:
                    tombstones_of[change.entity].append((change.version, change.id))
                else:
                    plain_of[change.entity].append(row)
            for entity in SYNCED_TABLES:  # parents before children
                if entity in plain_of:
                    conn.executemany(_upsert_sql(entity), plain_of[entity])
                if entity in tombstones_of:
                    conn.executemany(f'UPDATE "{entity}" SET deleted = 1, version = ? WHERE id = ?',
                                     tombstones_of[entity])
            for entity in (plain_of.keys() | tombstones_of.keys()) - SYNCED_TABLES.keys():
                log.warning("Skipping a change of unknown kind %r (a newer server?)", entity)
            return
        by_entity: dict[str, list[tuple[Change, tuple | None]]] = defaultdict(list)
        for change, row in zip(changes, rows or [None] * len(changes), strict=True):
            if change.entity not in SYNCED_TABLES:
                log.warning("Skipping a change of unknown kind %r (a newer server?)", change.entity)
                continue
            by_entity[change.entity].append((change, row))
            if seen is not None:
                seen[change.entity].add(change.id)
        for entity in SYNCED_TABLES:  # parents before children
            of_entity = by_entity.get(entity)
            if not of_entity:
                continue
            spec = ENTITIES[entity]
            make = _tuple_maker(entity)
            natural = NATURAL_KEYS.get(entity)
            mine = pending.get(entity, {})
            pending_keys: dict[tuple, str] = {}
            if natural and mine:
                ids = list(mine)
                marks = ",".join("?" * len(ids))
                cols = ", ".join(natural)
                for found in conn.execute(f'SELECT id, {cols} FROM "{entity}" WHERE id IN ({marks})', ids):
                    pending_keys[tuple(found[1:])] = found[0]
            plain: list[tuple] = []
            tombstones: list[tuple] = []
            for change, row in of_entity:
                local_pending = mine.get(change.id) if mine else None
                if pending_keys and change.data and local_pending is None:
                    key = tuple(_to_db(spec[k])(change.data.get(k)) for k in natural)
                    other = pending_keys.get(key)
                    if other is not None and other != change.id:
                        # Our own pending row holds this key; the server's answer
                        # to our push settles which one stays.
                        _store_shadow(conn, change)
                        continue
                if local_pending is not None:
                    _store_shadow(conn, change)
                    if change.deleted and not change.data:
                        continue  # the pending change wins locally until the server answers it
                    data, deleted = _reapply(change, local_pending)
                    plain.append(make(change.id, change.version, deleted, data))
                elif change.deleted and not change.data:
                    tombstones.append((change.version, change.id))
                else:
                    plain.append(row if row is not None else make(change.id, change.version, change.deleted,
                                                                  change.data))
            local: dict[str, tuple] = {}
            if plain and not self._downloading:
                plain, local = _changed_only(conn, entity, plain)
            if figures is not None and entity in _KeptFigures.TABLES and not self._downloading:
                figures.before_write(conn, entity, plain, tombstones, local)
            if plain:
                conn.executemany(_upsert_sql(entity), plain)
            if tombstones:
                conn.executemany(f'UPDATE "{entity}" SET deleted = 1, version = ? WHERE id = ?', tombstones)
            if written is not None and (plain or tombstones):
                ids = written.setdefault(entity, set())
                ids.update(row[0] for row in plain)
                ids.update(row_id for _version, row_id in tombstones)

    def _pending_by_row(self, conn: sqlite3.Connection) -> dict[str, dict[str, list[tuple[str, dict]]]]:
        pending: dict[str, dict[str, list[tuple[str, dict]]]] = defaultdict(dict)
        for entity, row_id, op, fields in conn.execute(
            "SELECT entity, row_id, op, fields FROM outbox ORDER BY seq"
        ):
            pending[entity].setdefault(row_id, []).append((op, json.loads(fields) if fields else {}))
        return pending

    def _drop_unseen(self, conn: sqlite3.Connection, seen: dict[str, set[str]], only: str | None) -> int:
        """Remove synced rows the server no longer gives this device (scope shrank), keeping pending ones."""
        pending = self._pending_by_row(conn)
        dropped = 0
        entities = [only] if only else list(SYNCED_TABLES)
        for entity in reversed(entities):
            keep = seen.get(entity, set())
            mine = pending.get(entity, {})
            gone = [
                (row_id,)
                for (row_id,) in conn.execute(f'SELECT id FROM "{entity}" WHERE version IS NOT NULL')
                if row_id not in keep and row_id not in mine
            ]
            if gone:
                conn.executemany(f'DELETE FROM "{entity}" WHERE id = ?', gone)
                conn.executemany(
                    "DELETE FROM server_shadow WHERE entity = ? AND row_id = ?", [(entity, g[0]) for g in gone]
                )
                log.info("Dropped %d %s rows outside this device's scope", len(gone), entity)
                dropped += len(gone)
        return dropped

    def _check_references(self, entities: set[str], moved: dict[str, set[str]] | None = None) -> None:
        """Log rows that refer to rows this device lacks, in the tables a pull just wrote.

        With ``moved`` (an ordinary sync), just those rows, the ones it wrote: ``foreign_key_check`` reads
        every row of a table, 400,000 attendance marks for a day's 2,000. A row pulled just as the file
        held it (a device's own change coming back) was checked when it was written, and an ordinary
        pull takes no row away (a deletion keeps the row, marked deleted).
        """
        broken: list[tuple] = []
        with self.db.engine.connect() as c:
            raw = c.connection.driver_connection
            if moved is None or sum(len(ids) for ids in moved.values()) > MAX_CHECKSUM_ROWS:
                for name in sorted(entities):
                    broken += raw.execute(f'PRAGMA foreign_key_check("{name}")').fetchall()
            else:
                for name in sorted(entities):
                    ids = sorted(moved.get(name, ()))
                    # Every reference of a row in one pass over the rows (the first one missing is named).
                    missing = [
                        f'WHEN c."{column}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "{parent}" p '
                        f'WHERE p."{key or "id"}" = c."{column}") THEN \'{parent}\''
                        for _id, _seq, parent, column, key, *_rest in raw.execute(f'PRAGMA foreign_key_list("{name}")')]
                    if not missing or not ids:
                        continue
                    for start in range(0, len(ids), 900):
                        chunk = ids[start:start + 900]
                        broken += raw.execute(
                            f'SELECT \'{name}\', id, parent FROM (SELECT c.id AS id, CASE {" ".join(missing)} END '
                            f'AS parent FROM "{name}" c WHERE c.id IN ({",".join("?" * len(chunk))})) '
                            f'WHERE parent IS NOT NULL',
                            chunk,
                        ).fetchall()
        if broken:
            log.warning("After pulling, %d rows refer to rows this device does not have (first: %s)",
                        len(broken), broken[:3])

    # -- integrity ------------------------------------------------------------

    def verify(self, report: SyncReport) -> None:
        """Compare counts and checksums with the server's; pull again a kind of record that differs.

        Every kind of record, whole, after a full download and at least every
        :data:`FULL_VERIFY_EVERY`. Otherwise just the rows this sync sent or
        received (up to :data:`MAX_CHECKSUM_ROWS`; more, and their kinds are
        checked whole): a day's sync then reads 2,000 rows on each side, not
        the school's 400,000 attendance marks.
        """
        now = clock.device_now()
        full = self._full_verify_due(report)
        if not full and not (report.pulled_entities or report.pushed_entities):
            self._asked_checksums = None
            return
        by_rows = not full
        for _ in range(3):
            touched = report.pulled_entities | report.pushed_entities
            rows = self._rows_to_check(report) if by_rows else None
            names = list(rows) if rows else [n for n in SYNCED_TABLES if full or n in touched]
            # The server works out its checksums while this device works out its own (asked for
            # already, by the pull, when it was of these rows).
            early, self._asked_checksums = self._asked_checksums, None
            with ThreadPoolExecutor(1, thread_name_prefix="daftar-checksums") as pool:
                asked = early[1] if early is not None and rows is not None and early[0] == rows else \
                    pool.submit(self.client.checksums, rows)
                local = self.local_checksums(names, rows)
                try:
                    body = asked.result()
                except RequestRefusedError as exc:
                    if rows is None or exc.status not in (404, 405):
                        raise
                    by_rows = False  # a server without the check of named rows: check the kinds whole
                    continue
            try:
                server = {name: (int(v["count"]), str(v["checksum"])) for name, v in body["entities"].items()}
                as_of = str(body.get("cursor", ""))
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise BadResponseError(Sentence(QT_TRANSLATE_NOOP(
                    "Sync", "The school's server sent checksums Daftar could not read."))) from exc
            if not as_of or as_of == self._meta_all().get(CURSOR_KEY, ""):
                break
            self.pull(report, verify_next=True)  # something changed meanwhile: catch up first
        for name, expected in server.items():
            if name not in SYNCED_TABLES or name not in local:
                continue
            if local.get(name) != expected:
                log.warning("Checksum of %s%s differs (local %s, server %s): pulling it again", name,
                            " (the rows this sync moved)" if rows else "", local.get(name), expected)
                report.repaired.append(name)
                self.pull(report, entity=name)
        if full:
            self._set_meta({LAST_FULL_VERIFY_KEY: format_datetime(now)})

    def _full_verify_due(self, report: SyncReport) -> bool:
        """Whether :meth:`verify` checks every kind whole: after a download, and every :data:`FULL_VERIFY_EVERY`."""
        last_full = self._meta_all().get(LAST_FULL_VERIFY_KEY)
        return report.reset or not last_full or clock.device_now() - parse_datetime(last_full) > FULL_VERIFY_EVERY

    @staticmethod
    def _rows_to_check(report: SyncReport) -> dict[str, list[str]] | None:
        """The rows this sync moved, by kind, for :meth:`verify` to check by name (None: none, or more
        than :data:`MAX_CHECKSUM_ROWS`, whose kinds are checked whole)."""
        moved = {n: ids for n, ids in report.moved_rows.items() if n in SYNCED_TABLES and ids}
        if 0 < sum(map(len, moved.values())) <= MAX_CHECKSUM_ROWS:
            return {n: sorted(ids) for n, ids in moved.items()}
        return None

    def _ask_for_checksums(self, report: SyncReport) -> None:
        """Ask the server for the checksums :meth:`verify` will want (of the rows this sync moved), on a
        thread of its own, while the pull writes its last page: the server's answer does not depend on
        this device's writing. Not when the kinds are to be checked whole. The answer says which
        cursor it was made at; :meth:`verify` pulls again and asks again when that is not this
        device's cursor after the pull."""
        self._asked_checksums = None
        if self._full_verify_due(report):
            return
        rows = self._rows_to_check(report)
        if rows is None:
            return
        pool = ThreadPoolExecutor(1, thread_name_prefix="daftar-checksums")
        try:
            self._asked_checksums = (rows, pool.submit(self.client.checksums, rows))
        finally:
            pool.shutdown(wait=False)  # the request goes on; verify takes its answer

    def local_checksums(self, entities: list[str], rows: dict[str, list[str]] | None = None
                        ) -> dict[str, tuple[int, str]]:
        """Count and checksum of each kind's live synced rows here; with ``rows``, of just those."""
        out = {}
        with self.db.engine.connect() as c:
            raw = c.connection.driver_connection
            for name in entities:
                if name not in SYNCED_TABLES:
                    continue
                live = f'SELECT id, version FROM "{name}" WHERE deleted = 0 AND version IS NOT NULL'
                if rows is None:
                    out[name] = checksum(raw.execute(live))
                    continue
                ids = rows.get(name, [])
                pairs: list[tuple[str, int]] = []
                for start in range(0, len(ids), 900):
                    chunk = ids[start:start + 900]
                    pairs += raw.execute(f"{live} AND id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
                out[name] = checksum(pairs)
        return out

    # -- small helpers ------------------------------------------------------------

    @contextlib.contextmanager
    def _raw_write(self, foreign_keys: bool = True, cache_kib: int = 0) -> Iterator[sqlite3.Connection]:
        """One ``BEGIN IMMEDIATE`` transaction on a driver connection.

        Pulled pages may bring a child before its parent (a parent changed
        later has a later sequence), so pulls write with foreign keys off and
        check references when the pull is done. ``cache_kib``: SQLite's page
        cache for this transaction (the connection's own size again after it).
        """
        with self.db.engine.connect() as c:
            raw = c.connection.driver_connection
            if not foreign_keys:
                raw.execute("PRAGMA foreign_keys = OFF")
            cache = None
            if cache_kib:
                cache = raw.execute("PRAGMA cache_size").fetchone()[0]
                raw.execute(f"PRAGMA cache_size = {-int(cache_kib)}")
            try:
                raw.execute("BEGIN IMMEDIATE")
                try:
                    yield raw
                except BaseException:
                    raw.execute("ROLLBACK")
                    raise
                raw.execute("COMMIT")
            finally:
                if not foreign_keys:
                    raw.execute("PRAGMA foreign_keys = ON")
                if cache is not None:
                    raw.execute(f"PRAGMA cache_size = {int(cache)}")

    def _meta_all(self) -> dict[str, str]:
        with self.db.engine.connect() as c:
            return dict(c.connection.driver_connection.execute("SELECT key, value FROM sync_meta").fetchall())

    def _set_meta(self, values: dict[str, str]) -> None:
        with self._raw_write() as conn:
            _put_meta(conn, values)

    def _offset(self) -> dt.timedelta:
        raw = self._meta_all().get(CLOCK_OFFSET_KEY)
        return dt.timedelta(milliseconds=int(raw)) if raw else dt.timedelta(0)

    def _pending(self) -> int:
        with self.db.engine.connect() as c:
            return c.connection.driver_connection.execute("SELECT count(*) FROM outbox").fetchone()[0]

    def _has_synced_rows(self) -> bool:
        with self.db.engine.connect() as c:
            raw = c.connection.driver_connection
            return any(
                raw.execute(f'SELECT 1 FROM "{name}" WHERE version IS NOT NULL LIMIT 1').fetchone()
                for name in SYNCED_TABLES
            )


# ---------------------------------------------------------------------------
# Rows between the wire and SQLite
# ---------------------------------------------------------------------------


@dataclass
class _Page:
    """A pull page, parsed and checked."""

    changes: list[Change]
    cursor: str
    more: bool
    remaining: int
    reset: bool
    rewound: bool
    server_seq: int
    # Each change as the tuple :func:`_upsert_sql` takes (None for a tombstone).
    rows: list[tuple | None] = field(default_factory=list)
    entities: set[str] = field(default_factory=set)  # the kinds of record in the page


class _PageReader:
    """Reads pull pages one ahead, on a thread of its own.

    While the engine writes page *n*, page *n + 1* is being made by the
    server, sent and parsed. SQLite releases Python's lock while it writes,
    so the two overlap even on one core. A failure to read a page (network,
    server, a page refused) is raised from :meth:`next` in the engine's
    thread, after every page before it.
    """

    def __init__(self, engine: "SyncEngine", cursor: str, entity: str | None) -> None:
        self._engine = engine
        self._cursor = cursor
        self._entity = entity
        self._queue: queue.Queue[_Page | BaseException] = queue.Queue(maxsize=1)
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._run, name="daftar-pull-reader", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        cursor = self._cursor
        try:
            while not self._closed.is_set():
                page = self._engine.read_page(cursor, self._entity)
                self._put(page)
                if not page.more:
                    return
                cursor = page.cursor
        except BaseException as exc:  # handed to the engine's thread, which raises it
            self._put(exc)

    def _put(self, item: "_Page | BaseException") -> None:
        while not self._closed.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def next(self) -> _Page:
        item = self._queue.get()
        if isinstance(item, BaseException):
            raise item
        return item

    def close(self) -> None:
        """Stop reading ahead (a page read and not asked for is dropped)."""
        self._closed.set()
        self._thread.join(timeout=1.0)


class _KeptFigures:
    """The dashboard's kept attendance figures, kept by one pull transaction for its own rows.

    The triggers of schema 0007 cost ~50 µs for each mark written (a day's 2,000: about a third of its
    pull). Once a page of the transaction writes :data:`BULK_FIGURES_ROWS` marks, their triggers rest
    (:func:`app.storage.aggregates.rest_table`); the days the rows are written on or taken from (the
    old row's, from what the file held, and a row merged by natural key has the same day) are noted,
    and before the commit those days' (and their weeks') figures are counted again from the raw rows
    and the triggers made again (:func:`~app.storage.aggregates.recount_attendance`). All in the
    pull's transaction: nobody else sees the table without its triggers, and a rollback or a killed
    process leaves the triggers and the figures as they were.
    """

    TABLES = frozenset({"attendance_marks"})

    def __init__(self) -> None:
        self.rested: list[str] | None = None  # the triggers' SQL while they rest
        self.dates: set[str] = set()
        self.daily_dates: set[str] = set()
        self.writes = 0

    def before_write(self, conn: sqlite3.Connection, entity: str, plain: list[tuple],
                     tombstones: list[tuple], local: dict[str, tuple]) -> None:
        """Note what ``plain`` (upserted rows) and ``tombstones`` ((version, id) pairs) are about to change."""
        if self.rested is None:
            if len(plain) + len(tombstones) < BULK_FIGURES_ROWS:
                return
            self.rested = aggregates.rest_table(conn, entity)
        if not self.rested:  # no trigger to rest (a download's): its rebuild counts everything
            return
        cols = ("id", "version", "deleted", *ENTITIES[entity])
        day, period = cols.index("date"), cols.index("period")
        olds = [local[row[0]] for row in plain if row[0] in local]
        if tombstones:
            ids = [row_id for _version, row_id in tombstones]
            for start in range(0, len(ids), 900):
                chunk = ids[start:start + 900]
                olds += conn.execute(f'SELECT {", ".join(cols)} FROM "{entity}" '
                                     f'WHERE id IN ({",".join("?" * len(chunk))})', chunk).fetchall()
        for row in (*plain, *olds):
            self.dates.add(row[day])
            if row[period] == 0:
                self.daily_dates.add(row[day])
        self.writes += len(plain) + len(tombstones)

    def exit_handler(self, conn: sqlite3.Connection) -> Callable[..., bool]:
        def finish(exc_type: type[BaseException] | None, *_exc: object) -> bool:
            if exc_type is None and self.rested:
                aggregates.recount_attendance(conn, self.dates, self.daily_dates, self.writes)
                aggregates.wake(conn, self.rested)
            return False
        return finish


class _Entry:
    """An outbox row as the push reads it: its fields and time as the outbox keeps them (text),
    the fields parsed only when a result needs them (an applied batch never does)."""

    __slots__ = ("seq", "entity", "row_id", "op", "base_version", "db_client_ts", "user_id", "raw_fields",
                 "_fields")

    def __init__(self, seq: int, entity: str, row_id: str, op: str, base_version: int | None,
                 db_client_ts: str, user_id: str | None, raw_fields: str = "{}") -> None:
        self.seq = seq
        self.entity = entity
        self.row_id = row_id
        self.op = op
        self.base_version = base_version
        self.db_client_ts = db_client_ts  # ``YYYY-MM-DD HH:MM:SS.ffffff``, as SQLAlchemy stores it
        self.user_id = user_id
        self.raw_fields = raw_fields  # ``fields`` as the outbox keeps it (the sent log keeps the same text)
        self._fields: dict[str, Any] | None = None

    @property
    def fields(self) -> dict[str, Any]:
        if self._fields is None:
            self._fields = json.loads(self.raw_fields) or {}
        return self._fields


def _wire_time(db_text: str) -> str:
    """A time as the school file keeps it (``YYYY-MM-DD HH:MM:SS.ffffff``) → the wire's text."""
    if len(db_text) == 26 and db_text[10] == " " and db_text[19] == ".":
        return f"{db_text[:10]}T{db_text[11:]}Z"
    return format_datetime(dt.datetime.fromisoformat(db_text))


_RESULT_STATUSES = frozenset({"applied", "merged", "superseded", "conflict", "rejected"})


def _parse_results(body: dict[str, Any]) -> dict[int, Result]:
    unreadable = BadResponseError(Sentence(QT_TRANSLATE_NOOP(
        "Sync", "The school's server sent an answer Daftar could not read. Daftar will try again.")))
    try:
        answers = body["results"]
        results: dict[int, Result] = {}
        for r in answers:
            if type(r) is dict and r.get("status") == "applied" and r.get("row") is None and "reason_key" not in r:
                # The common answer, made without the general parse's look at every optional key.
                version = r.get("version")
                if version is not None and type(version) is not int:
                    raise ValueError("version")
                result = Result(int(r["seq"]), "applied", version, None, r.get("reason") or "")
            else:
                result = Result.from_json(r)
                if result.status not in _RESULT_STATUSES:
                    raise unreadable
            results[result.seq] = result
    except (KeyError, TypeError, ValueError) as exc:
        raise unreadable from exc
    return results


def _page_problem(changes: list[Change], limit: int) -> str:
    """Why a pulled page must be refused whole, or "" when every row fits the protocol."""
    if len(changes) > limit:
        return Sentence(QT_TRANSLATE_NOOP("Sync", "{count} changes where at most {limit} were asked for"),
                        count=len(changes), limit=limit)
    validators: dict[str, Callable[[Any], str | None]] = {}
    for change in changes:
        validate = validators.get(change.entity)
        if validate is None:
            if change.entity not in SYNCED_TABLES:
                return Sentence(QT_TRANSLATE_NOOP("Sync", "an unknown kind of record, {kind}"),
                                kind=f"{change.entity!r:.40}")
            validate = validators[change.entity] = row_validator(change.entity)
        if type(change.id) is not str or not 0 < len(change.id) <= 36:
            return Sentence(QT_TRANSLATE_NOOP("Sync", "a {kind} record with an unusable id"), kind=change.entity)
        if change.version < 1:
            return Sentence(QT_TRANSLATE_NOOP("Sync", "a {kind} record with version {version}"),
                            kind=change.entity, version=change.version)
        if change.data or not change.deleted:
            problem = validate(change.data)
            if problem:
                return problem
    return ""


def _default_reason(status: str) -> str:
    """Why a change of this device lost (kept in English in the school file; the inbox translates it)."""
    if status == "superseded":
        return QT_TRANSLATE_NOOP("Sync", "A later change made on another device was kept instead of this one.")
    return QT_TRANSLATE_NOOP("Sync", "Two different values were entered for this from the same starting point.")


def _words(exc: BaseException) -> str:
    """The sentence an exception was raised with (a :class:`Sentence`, for the UI to translate), else ``str(exc)``."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Sentence):
        return exc.args[0]
    return str(exc)


def _db_datetime(text: str | None) -> str | None:
    """Wire datetime → SQLAlchemy's SQLite storage format (``YYYY-MM-DD HH:MM:SS.ffffff``)."""
    if text is None:
        return None
    if len(text) == 27 and text[10] == "T" and text[-1] == "Z":
        return f"{text[:10]} {text[11:26]}"
    value = parse_datetime(text)
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _bool(value: Any) -> Any:
    return None if value is None else int(bool(value))


def _json(value: Any) -> Any:
    return None if value is None else json.dumps(value)


def _same(value: Any) -> Any:
    return value


def _to_db(kind: str) -> Callable[[Any], Any]:
    kind = kind.rstrip("?")
    return {"bool": _bool, "json": _json, "datetime": _db_datetime}.get(kind, _same)


_tuple_makers: dict[str, Callable[[str, int, bool, dict], tuple]] = {}


def _tuple_maker(entity: str) -> Callable[[str, int, bool, dict], tuple]:
    """A pulled row as the tuple :func:`_upsert_sql` takes: ``(id, version, deleted, *fields)``.

    Generated once per entity from the protocol as straight-line code
    (a first pull makes ~400,000 of these): ``d.get(name)`` for every field,
    with the storage conversion only where the type needs one.
    """
    fn = _tuple_makers.get(entity)
    if fn is None:
        spec = ENTITIES[entity]
        wrap = {"bool": "_bool", "json": "_json", "datetime": "_db_datetime"}
        parts = []
        for name, kind in spec.items():
            conv = wrap.get(kind.rstrip("?"))
            parts.append(f"{conv}(d.get({name!r}))" if conv else f"d.get({name!r})")
        source = f"def make(i, v, deleted, d):\n    return (i, v, 1 if deleted else 0, {', '.join(parts)})\n"
        scope = {"_bool": _bool, "_json": _json, "_db_datetime": _db_datetime}
        exec(compile(source, f"<row tuple {entity}>", "exec"), scope)  # noqa: S102 - code made from the protocol
        fn = _tuple_makers[entity] = scope["make"]
    return fn


_upserts: dict[str, str] = {}


def _upsert_sql(entity: str) -> str:
    sql = _upserts.get(entity)
    if sql is None:
        names = list(ENTITIES[entity])
        cols = ["id", "version", "deleted", *names]
        quoted = ", ".join(f'"{c}"' for c in cols)
        marks = ", ".join("?" * len(cols))
        sets = ", ".join(f'"{c}" = excluded."{c}"' for c in cols[1:])
        sql = f'INSERT INTO "{entity}" ({quoted}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {sets}'
        natural = NATURAL_KEYS.get(entity)
        if natural:
            # The server merged two rows with one natural key: the local one
            # takes the server's id and state.
            keys = ", ".join(natural)
            sql += f' ON CONFLICT ({keys}) DO UPDATE SET "id" = excluded."id", {sets}'
        _upserts[entity] = sql
    return sql


_local_selects: dict[str, str] = {}


def _changed_only(conn: sqlite3.Connection, entity: str, rows: list[tuple]) -> tuple[list[tuple], dict[str, tuple]]:
    """The rows (as :func:`_upsert_sql` takes them) that differ from what this file holds, and what it
    holds of them (id → the row in the same column order).

    A device's own changes come back in its next pull, and a row written again with the same
    values still costs its indexes and the dashboard's triggers (about half a day's sync). Read
    back in the same column order, an equal tuple is exactly the row the upsert would write. A row
    that comes more than once in ``rows`` is always written: a later copy may equal the file while
    an earlier one does not.
    """
    sql = _local_selects.get(entity)
    if sql is None:
        cols = ", ".join(f'"{c}"' for c in ("id", "version", "deleted", *ENTITIES[entity]))
        sql = _local_selects[entity] = f'SELECT {cols} FROM "{entity}" WHERE id IN '
    ids = [row[0] for row in rows]
    local: dict[str, tuple] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        for found in conn.execute(f"{sql}({','.join('?' * len(chunk))})", chunk):
            local[found[0]] = found
    if not local:
        return rows, local
    if len(set(ids)) != len(ids):
        twice = {i for i, n in Counter(ids).items() if n > 1}
        return [row for row in rows if row[0] in twice or local.get(row[0]) != row], local
    return [row for row in rows if local.get(row[0]) != row], local


def _reapply(change: Change, pending: list[tuple[str, dict]]) -> tuple[dict, bool]:
    """The server's row with this device's pending changes on top."""
    data = dict(change.data)
    deleted = change.deleted
    for op, fields in pending:
        if op == "delete":
            deleted = True
        else:
            data.update(fields)
            deleted = False
    return data, deleted


def _store_shadow(conn: sqlite3.Connection, change: Change) -> None:
    conn.execute(
        "INSERT INTO server_shadow (entity, row_id, data, version) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (entity, row_id) DO UPDATE SET data = excluded.data, version = excluded.version",
        (change.entity, change.id, json.dumps({**change.data, "deleted": change.deleted}), change.version),
    )


def _put_meta(conn: sqlite3.Connection, values: dict[str, str]) -> None:
    conn.executemany(
        "INSERT INTO sync_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        list(values.items()),
    )
