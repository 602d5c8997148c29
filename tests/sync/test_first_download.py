"""A first download into an empty school file: written in a few transactions, without the plain
indexes until the end, and whole whatever stops it."""

from __future__ import annotations

import sqlite3

from app.storage.db import DEFERRED_INDEXES_KEY, defer_indexes, open_school
from app.storage.migrate import create_school_file
from app.storage.models import SYNCED_TABLES


def indexes(path) -> set[tuple[str, str]]:
    conn = sqlite3.connect(str(path))
    try:
        return set(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    finally:
        conn.close()


def meta(db, key: str):
    with db.engine.connect() as c:
        return c.exec_driver_sql("SELECT value FROM sync_meta WHERE key = ?", (key,)).scalar()


def synced_rows(db) -> int:
    with db.engine.connect() as c:
        return sum(c.exec_driver_sql(f'SELECT count(*) FROM "{name}" WHERE version IS NOT NULL').scalar()
                   for name in SYNCED_TABLES)


def test_a_first_download_ends_with_every_index_of_a_new_file(server_school, devices, tmp_path):
    create_school_file(tmp_path / "new.daftar")
    wanted = indexes(tmp_path / "new.daftar")
    assert any(sql.startswith("CREATE INDEX") for _name, sql in wanted)  # there are plain ones to leave out
    principal = devices(server_school, "principal")
    assert principal.first_report.ok, principal.first_report.describe()
    assert indexes(principal.db.path) == wanted
    assert meta(principal.db, DEFERRED_INDEXES_KEY) is None
    with principal.db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_a_download_stopped_between_pages_keeps_what_arrived_with_its_indexes(server_school, devices, tmp_path):
    create_school_file(tmp_path / "new.daftar")
    wanted = indexes(tmp_path / "new.daftar")
    principal = devices(server_school, "principal", sync=False)
    engine = principal.signed.engine
    engine.page_size = 3
    pages = []
    engine.should_stop = lambda: len(pages) >= 2
    engine._on_status = lambda status: pages.append(status.pages_done) if status.phase == "pulling" and \
        status.rows_done else None
    report = principal.sync()
    assert report.stopped and report.pulled == 6
    assert synced_rows(principal.db) == 6  # both pages committed, with the cursor after them
    assert meta(principal.db, "cursor")
    assert indexes(principal.db.path) == wanted and meta(principal.db, DEFERRED_INDEXES_KEY) is None
    engine.should_stop = None
    report = principal.sync()
    assert report.ok and not report.repaired, report.describe()
    assert len(principal.rows("students")) == 6


def test_indexes_left_out_by_a_download_that_died_are_made_when_the_file_opens(server_school, devices):
    principal = devices(server_school, "principal")
    path = principal.db.path
    wanted = indexes(path)
    # What a download killed mid-way leaves: the plain indexes dropped, their SQL noted, all committed.
    with principal.db.engine.connect() as c:
        raw = c.connection.driver_connection
        raw.execute("BEGIN IMMEDIATE")
        defer_indexes(raw, SYNCED_TABLES)
        raw.execute("COMMIT")
    assert indexes(path) < wanted and meta(principal.db, DEFERRED_INDEXES_KEY)
    principal.signed.close()
    reopened = open_school(path, thorough=True)  # a killed process leaves no clean-close stamp
    try:
        assert indexes(path) == wanted
        assert meta(reopened, DEFERRED_INDEXES_KEY) is None
    finally:
        reopened.close()


def test_a_sync_makes_indexes_a_died_download_left_out(server_school, devices):
    principal = devices(server_school, "principal")
    wanted = indexes(principal.db.path)
    with principal.db.engine.connect() as c:
        raw = c.connection.driver_connection
        raw.execute("BEGIN IMMEDIATE")
        defer_indexes(raw, SYNCED_TABLES)
        raw.execute("COMMIT")
    report = principal.sync()
    assert report.ok, report.describe()
    assert indexes(principal.db.path) == wanted and meta(principal.db, DEFERRED_INDEXES_KEY) is None
