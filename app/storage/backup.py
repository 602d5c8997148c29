"""Backups of a school file, and restoring one (issue 5).

Backups are whole copies made with SQLite's online backup API (consistent
while the app is open), named ``{school}-{label}-{UTC time}.daftar`` in the
backups folder; the newest ``keep`` of each school are kept.

Restoring never deletes anything: the current file is first moved aside as
``{school}-replaced-{time}.daftar``, then the chosen backup (by default the
newest that passes ``PRAGMA quick_check``) is copied in. Changes that were
waiting to sync in the replaced file but are not in the backup are copied
into the restored file's outbox when the replaced file can still be read,
so they still reach the server; when it cannot be read, the report says so.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_KEEP = 7
# How many copies of each school to keep: every backup (daily, manual, before a
# migration) is pruned to this. The app sets it from its settings (``set_keep``).
_keep = DEFAULT_KEEP
# sync_meta key: set after restoring over an unreadable file, cleared by the next full sync.
# While set, payments wait (the lost file may have issued receipt numbers the backup lacks).
RECEIPTS_HELD_KEY = "receipts_held_until_sync"
DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # UTC, naive
    label: str


@dataclass
class RestoreReport:
    restored_from: Path
    replaced_file: Path | None
    recovered_changes: int = 0
    unreadable_replaced: bool = False
    lost_summary: list[str] = field(default_factory=list)

    def describe(self) -> str:
        lines = [f"Restored the school from the backup {self.restored_from.name}."]
        if self.replaced_file is not None:
            lines.append(f"The file it replaced is kept as {self.replaced_file.name}.")
        if self.recovered_changes:
            lines.append(f"{self.recovered_changes} change(s) that were waiting to sync were recovered from it "
                         "and will be sent at the next sync.")
        if self.unreadable_replaced:
            lines.append("The replaced file could not be read, so changes made after the backup and not yet "
                         "synced could not be recovered from it; keep that file for your support contact.")
        return "\n".join(lines)


def _stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%S%f")


def backup_path(backups_dir: Path, school_stem: str, label: str) -> Path:
    """Where a backup of the school ``school_stem`` taken now with ``label`` (daily, manual, replaced…) goes."""
    return Path(backups_dir) / f"{school_stem}-{label}-{_stamp()}.daftar"


def set_keep(count: int) -> None:
    global _keep
    _keep = max(1, int(count))


def copy_file(src: Path, dst: Path) -> None:
    """A consistent copy of a SQLite file through the backup API (the source may be open).

    The copy is a single file in rollback-journal mode: the school's WAL mode
    would otherwise come with the copy, and every later read-only look at it
    (the health check) would leave ``-wal`` and ``-shm`` files beside it.
    Opening it as a school file puts it back in WAL mode.
    """
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=10)
    target = sqlite3.connect(str(dst))
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
        source.close()


def take_backup(path: Path, backups_dir: Path, *, label: str = "manual", keep: int | None = None) -> Path:
    """Copy a school file into the backups folder (safe while Daftar has it open).

    The copy must pass ``PRAGMA quick_check``: the daily backup is also the
    daily whole-file check of the open school. A damaged file raises
    :class:`~app.storage.db.SchoolFileError` and leaves the backups as they were.
    """
    path, backups_dir = Path(path), Path(backups_dir)
    backups_dir.mkdir(parents=True, exist_ok=True)
    target = backup_path(backups_dir, path.stem, label)
    partial = target.with_suffix(".partial")
    copy_file(path, partial)
    if not is_healthy(partial):
        # The pages copied from the school file are damaged: keep no such "backup" (it would
        # push a good one out), and make the next open of the file check it whole.
        partial.unlink(missing_ok=True)
        from app.storage.db import _corrupt, _forget_clean_close

        _forget_clean_close(path)
        log.error("Backing up %s found it damaged; no backup made, the good ones kept", path.name)
        raise _corrupt(path)
    os.replace(partial, target)
    prune(backups_dir, path.stem, _keep if keep is None else keep)
    log.info("Backed up %s to %s", path.name, target.name)
    return target


def clear_partials(backups_dir: Path, school_stem: str) -> int:
    """Remove copies of a school that a killed process left half made (never listed as backups)."""
    removed = 0
    for pattern in (f"{school_stem}-*.partial", f"{school_stem}-*.partial-wal", f"{school_stem}-*.partial-shm"):
        for leftover in Path(backups_dir).glob(pattern):
            leftover.unlink(missing_ok=True)
            removed += 1
    if removed:
        log.info("Removed %d half-made backup(s) of %s", removed, school_stem)
    return removed


def list_backups(backups_dir: Path, school_stem: str) -> list[BackupInfo]:
    """A school's backups, newest first."""
    found = []
    for p in Path(backups_dir).glob(f"{school_stem}-*.daftar"):
        parts = p.stem[len(school_stem) + 1:].rsplit("-", 1)
        if len(parts) != 2 or parts[0] == "replaced":
            continue
        try:
            when = dt.datetime.strptime(parts[1], "%Y%m%dT%H%M%S%f")
        except ValueError:
            continue
        found.append(BackupInfo(p, when, parts[0]))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def prune(backups_dir: Path, school_stem: str, keep: int) -> None:
    for old in list_backups(backups_dir, school_stem)[keep:]:
        old.path.unlink()


def backup_if_due(path: Path, backups_dir: Path, *, keep: int | None = None,
                  now: dt.datetime | None = None) -> Path | None:
    """The daily backup: made when the newest backup of this school is a day old (or there is none)."""
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    newest = next(iter(list_backups(backups_dir, Path(path).stem)), None)
    if newest is not None and now - newest.taken_at < DAY:
        return None
    return take_backup(path, backups_dir, label="daily", keep=keep)


def is_healthy(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def newest_good_backup(backups_dir: Path, school_stem: str) -> BackupInfo | None:
    for info in list_backups(backups_dir, school_stem):
        if is_healthy(info.path):
            return info
        log.warning("Backup %s is damaged; skipping it", info.path.name)
    return None


def restore(path: Path, backups_dir: Path, backup: Path | None = None) -> RestoreReport:
    """Put a backup in place of a school file, keeping the old file and its waiting changes."""
    path, backups_dir = Path(path), Path(backups_dir)
    if backup is None:
        info = newest_good_backup(backups_dir, path.stem)
        if info is None:
            raise FileNotFoundError(
                f"There is no healthy backup of {path.name} in {backups_dir}. Sign in again to download the "
                "school from the server; the current file is left as it is."
            )
        backup = info.path
    elif not is_healthy(backup):
        raise ValueError(f"The backup {Path(backup).name} is damaged too; choose another one.")
    report = RestoreReport(restored_from=Path(backup), replaced_file=None)
    waiting = series = None
    if path.exists():
        waiting = _readable_outbox(path)
        series = _readable_series(path)
        replaced = backup_path(backups_dir, path.stem, "replaced")
        backups_dir.mkdir(parents=True, exist_ok=True)
        shutil.move(str(path), replaced)
        for suffix in ("-wal", "-shm"):
            side = Path(str(path) + suffix)
            if side.exists():
                shutil.move(str(side), str(replaced) + suffix)
        report.replaced_file = replaced
        report.unreadable_replaced = waiting is None
    partial = path.with_name(path.name + ".restoring")
    copy_file(Path(backup), partial)
    if waiting:
        report.recovered_changes = _requeue(partial, waiting)
    _carry_receipt_series(partial, series)
    os.replace(partial, path)
    log.info("Restored %s from %s (%d changes recovered)", path.name, Path(backup).name, report.recovered_changes)
    return report


def _readable_outbox(path: Path) -> list[tuple] | None:
    """The outbox of a (possibly damaged) file, or None when it cannot be read."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute(
                "SELECT seq, entity, row_id, op, fields, base_version, client_ts, user_id FROM outbox ORDER BY seq"
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.error("Could not read the outbox of %s: %s", path.name, exc)
        return None


def _readable_series(path: Path) -> list[tuple] | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT prefix, last_number FROM receipt_series").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _carry_receipt_series(path: Path, series: list[tuple] | None) -> None:
    """Never hand out a receipt number twice after a restore.

    With the replaced file's series, continue from it. Without it (unreadable,
    or no file), hold payments until one sync has brought this device's own
    receipts back from the server (see ``RECEIPTS_HELD_KEY``).
    """
    conn = sqlite3.connect(str(path))
    try:
        if series is None:
            conn.execute("INSERT INTO sync_meta (key, value) VALUES (?, '1') "
                         "ON CONFLICT (key) DO UPDATE SET value = '1'", (RECEIPTS_HELD_KEY,))
        else:
            conn.executemany(
                "INSERT INTO receipt_series (prefix, last_number) VALUES (?, ?) "
                "ON CONFLICT (prefix) DO UPDATE SET last_number = max(last_number, excluded.last_number)",
                series,
            )
        conn.commit()
    finally:
        conn.close()


def _requeue(path: Path, entries: list[tuple]) -> int:
    """Copy waiting changes the backup does not have into its outbox, with their own sequence numbers.

    Keeping each entry's sequence number matters: the server recognizes one it
    has already applied and answers it again without applying it twice.
    """
    conn = sqlite3.connect(str(path))
    try:
        have = {row[0] for row in conn.execute("SELECT seq FROM outbox")}
        missing = [e for e in entries if e[0] not in have]
        conn.executemany(
            "INSERT INTO outbox (seq, entity, row_id, op, fields, base_version, client_ts, user_id, attempts) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
            missing,
        )
        top = max((e[0] for e in entries), default=0)
        conn.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'outbox'", (top,))
        conn.commit()
        return len(missing)
    finally:
        conn.close()


def describe_backups(infos: list[BackupInfo]) -> str:
    return json.dumps([{"file": i.path.name, "taken_at": i.taken_at.isoformat(), "label": i.label} for i in infos])
