"""Safe schema migrations of a school file (DESIGN.md §2).

The procedure, in order:

1. fold the write-ahead log into the file and make sure nobody holds it;
2. back the file up with SQLite's backup API into the backups folder
   (``app.storage.backup``: the same copies and pruning as the daily backup);
3. migrate a *copy* of the file, with ``PRAGMA foreign_keys=OFF`` outside any
   transaction (batch mode recreates tables, and with foreign keys on, the
   ``DROP TABLE`` of a parent would cascade-delete its children);
4. ``PRAGMA foreign_key_check`` and ``PRAGMA quick_check`` on the copy;
5. only then put the migrated copy in place of the user's file.

Any failure before step 5 leaves the user's file exactly as it was (not
"restored": never touched) and raises :class:`SchoolFileError` that says so.
This is one step safer than migrating in place and restoring the backup: a
power cut in the middle of a migration cannot leave a half-migrated file.
"""

from __future__ import annotations

import importlib.resources
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from app.storage.backup import clear_partials, copy_file, take_backup
from app.storage.db import DAFTAR_APPLICATION_ID, SchoolFileError, make_engine, schema_revision

from app.services.context import QT_TRANSLATE_NOOP, Sentence

log = logging.getLogger(__name__)


def migrations_dir() -> Path:
    return Path(str(importlib.resources.files("app.storage") / "migrations"))


def alembic_config(extra_version_locations: Sequence[Path] = ()) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("path_separator", "os")
    locations = [migrations_dir() / "versions", *map(Path, extra_version_locations)]
    cfg.set_main_option("version_locations", os.pathsep.join(str(p) for p in locations))
    return cfg


def head_revision(extra_version_locations: Sequence[Path] = ()) -> str:
    heads = ScriptDirectory.from_config(alembic_config(extra_version_locations)).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"Migrations have {len(heads)} heads: {heads}")
    return heads[0]


def current_revision(path: Path) -> str | None:
    return schema_revision(path)


def _run_upgrade(path: Path, target: str, extra_version_locations: Sequence[Path]) -> None:
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            # On the driver's connection, before SQLAlchemy begins a
            # transaction: inside one, SQLite ignores this pragma.
            raw = conn.connection.driver_connection
            raw.execute("PRAGMA foreign_keys = OFF")
            if raw.execute("PRAGMA foreign_keys").fetchone()[0] != 0:
                raise RuntimeError("could not turn foreign keys off for the migration")
            cfg = alembic_config(extra_version_locations)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            if conn.in_transaction():
                conn.commit()
            raw.execute(f"PRAGMA application_id = {DAFTAR_APPLICATION_ID}")
            broken = raw.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"foreign_key_check found {len(broken)} broken references: {broken[:5]}")
            check = [r[0] for r in raw.execute("PRAGMA quick_check").fetchall()]
            if check != ["ok"]:
                raise RuntimeError(f"quick_check after migration: {check[:5]}")
    finally:
        engine.dispose()
    _checkpoint(path)


# The bytes of the empty school file the migrations built, the first time this process made one: the next
# new school is a copy of them (an empty file holds no ids, and the migrations are the same within one run).
_EMPTY_FILE: bytes | None = None


def create_school_file(path: Path, extra_version_locations: Sequence[Path] = ()) -> None:
    """Create a new, empty school file at the newest schema, built by the migrations.

    The migrations run once per process; a second new school (signing in to another, a test's next device)
    is a copy of the first's empty file, made in milliseconds instead of running the seven migrations again.
    Migrations from other folders (``extra_version_locations``, the migration tests) always run.
    """
    global _EMPTY_FILE
    path = Path(path)
    work = path.with_name(path.name + ".creating")
    _remove_sqlite_files(work)
    try:
        if _EMPTY_FILE is not None and not extra_version_locations:
            work.write_bytes(_EMPTY_FILE)
        else:
            _run_upgrade(work, "heads", extra_version_locations)
            if not extra_version_locations:
                _EMPTY_FILE = work.read_bytes()
        os.replace(work, path)
    finally:
        _remove_sqlite_files(work)


def upgrade_school_file(
    path: Path,
    backups_dir: Path,
    extra_version_locations: Sequence[Path] = (),
    target: str = "heads",
    on_step: Callable[[str], None] | None = None,
) -> Path | None:
    """Bring an existing school file to ``target``; return the backup made, if any.

    ``on_step`` is told each step as it is done: ``"backed-up"``, ``"copied"``,
    ``"migrated"`` (the copy passed its checks), ``"replaced"`` (the user's file
    is now the migrated one). The kill tests aim their SIGKILLs at these.
    """
    path = Path(path)

    def step(name: str) -> None:
        if on_step is not None:
            on_step(name)

    cfg = alembic_config(extra_version_locations)
    script = ScriptDirectory.from_config(cfg)
    current = current_revision(path)
    wanted = script.get_heads()[0] if target == "heads" else target
    if current == wanted:
        return None
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:  # alembic raises several kinds for an unknown revision
            raise SchoolFileError(
                path,
                QT_TRANSLATE_NOOP("SchoolFile", "This school file was made by a newer version of Daftar"),
                QT_TRANSLATE_NOOP("SchoolFile", "Install the newest Daftar to open it; the file was left "
                                                "exactly as it was."),
            ) from None

    _checkpoint(path)
    # Nothing else copies this school while it is being opened: a half-made copy is a killed one's.
    clear_partials(Path(backups_dir), path.stem)
    # Labelled with the revision it was made at (pruned with the school's other copies).
    backup = take_backup(path, Path(backups_dir), label=current or "empty")
    step("backed-up")
    work = path.with_name(path.name + ".migrating")
    _remove_sqlite_files(work)  # what a migration killed part way left behind
    try:
        copy_file(path, work)
        step("copied")
        log.info("Migrating %s from %s to %s (backup %s)", path, current, wanted, backup)
        _run_upgrade(work, target, extra_version_locations)
        _fsync(work)  # the migrated copy is on the disk before it takes the file's name
    except Exception as exc:
        log.exception("Migration of %s failed; the file was not changed", path)
        _remove_sqlite_files(work)
        raise SchoolFileError(
            path,
            QT_TRANSLATE_NOOP("SchoolFile", "Daftar could not update this school file to the new version"),
            Sentence(QT_TRANSLATE_NOOP("SchoolFile", "Nothing was changed and your data is as it was; a copy is "
                                       "also in {backup}. Please send the log file to your support contact."),
                     backup=str(backup)),
        ) from exc
    step("migrated")
    # The file's write-ahead log was folded into it and truncated (``_checkpoint``
    # above, with nobody holding the file), so removing it loses nothing; left in
    # place, it would be read as the log of the migrated file.
    for suffix in ("-wal", "-shm"):
        leftover = Path(str(path) + suffix)
        if leftover.exists():
            leftover.unlink()
    os.replace(work, path)  # atomic: the old file or the new one, never half of either
    _fsync_dir(path.parent)
    step("replaced")
    _remove_sqlite_files(work)
    return backup


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (a power cut right after it keeps it). Not possible on Windows."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the main file, so that copying the file copies everything."""
    conn = sqlite3.connect(str(path), timeout=5.0, isolation_level=None)
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise SchoolFileError(
                path,
                QT_TRANSLATE_NOOP("SchoolFile", "The school file is in use by another program"),
                QT_TRANSLATE_NOOP("SchoolFile", "Close the other Daftar window and try again."),
            )
    finally:
        conn.close()


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", "-closed"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()


def _new_revision(message: str) -> None:  # pragma: no cover - developer tool
    """``python -m app.storage.migrate revision "message"``: autogenerate a migration."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "scratch.daftar"
        _run_upgrade(scratch, "heads", ())
        engine = make_engine(scratch)
        with engine.connect() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.revision(cfg, message=message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":  # pragma: no cover
    if len(sys.argv) == 3 and sys.argv[1] == "revision":
        _new_revision(sys.argv[2])
    else:
        print('usage: python -m app.storage.migrate revision "message"')
