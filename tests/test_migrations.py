"""Migrations keep every row, and a failed one leaves the user's file as it was."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from app.services.attendance import MarkEntry, mark_attendance
from app.services.fees import record_payment
from app.services.grades import MarkValue, record_marks
from app.storage import backup, migrate
from app.storage.db import SchoolFileError, make_engine, open_school
from app.storage.models import Base

SCRIPTS = Path(__file__).parent / "migration_scripts"
TODAY = dt.date.today()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in tables if t not in ("alembic_version", "sqlite_sequence")}
    finally:
        conn.close()


@pytest.fixture
def populated(school):
    """The small school with pending work of every kind, closed cleanly."""
    with school.db.write() as s:
        mark_attendance(s, school.teacher, school.section.id, TODAY,
                        {st.id: MarkEntry("A" if i == 1 else "P") for i, st in enumerate(school.students)})
        record_marks(s, school.teacher, school.assessment.id,
                     {st.id: MarkValue("scored", 3000 + i) for i, st in enumerate(school.students)})
        record_payment(s, school.office, school.students[0].id, 700_00, "cash")
    school.db.close()
    return school.db.path


def test_migrations_build_exactly_the_models_schema(tmp_path):
    """A file made by the migrations has the tables, columns and indexes of the models."""
    path = tmp_path / "new.daftar"
    migrate.create_school_file(path)
    engine = make_engine(path)
    with engine.connect() as conn:
        from alembic.autogenerate import compare_metadata
        from alembic.migration import MigrationContext

        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert diff == []


def test_a_second_new_school_is_the_migrations_file_and_its_own(tmp_path, monkeypatch):
    """The migrations run for the first new school of a process; the next is a copy of that empty file:
    the same schema, revision and application id, and a file of its own (writing one leaves the other)."""
    monkeypatch.setattr(migrate, "_EMPTY_FILE", None)
    upgrades = []
    real_upgrade = migrate._run_upgrade
    monkeypatch.setattr(migrate, "_run_upgrade", lambda *a: (upgrades.append(a[0].name), real_upgrade(*a)))
    first, second = tmp_path / "first.daftar", tmp_path / "second.daftar"
    migrate.create_school_file(first)
    migrate.create_school_file(second)
    assert upgrades == ["first.daftar.creating"]

    def shape(path: Path) -> tuple:
        conn = sqlite3.connect(path)
        try:
            return (sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")),
                    conn.execute("PRAGMA application_id").fetchone()[0], conn.execute("PRAGMA journal_mode").fetchone()[0])
        finally:
            conn.close()

    assert shape(second) == shape(first)
    assert migrate.current_revision(second) == migrate.head_revision()
    db = open_school(second, tmp_path / "backups")
    with db.write() as s:
        from app.storage.models import School

        s.add(School(code="TWO", name="Second", currency="PKR", currency_digits=2, version=1))
    db.close()
    assert counts(second)["schools"] == 1 and counts(first)["schools"] == 0
    assert not list(tmp_path.glob("*.creating*"))


def test_every_revision_has_one_parent_chain():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    revisions = list(script.walk_revisions())
    assert len(script.get_heads()) == 1
    assert revisions[-1].down_revision is None


def test_batch_migration_keeps_cascade_children_and_pending_changes(populated, tmp_path):
    before = counts(populated)
    assert before["enrollments"] == 5 and before["attendance_marks"] == 5 and before["outbox"] > 0
    backup = migrate.upgrade_school_file(populated, tmp_path / "backups", [SCRIPTS / "batch_students"])
    after = counts(populated)
    assert after == before
    assert migrate.current_revision(populated) == "9001"
    engine = make_engine(populated)
    assert "nickname" in {c["name"] for c in inspect(engine).get_columns("students")}
    engine.dispose()
    # The backup is a complete copy of the file as it was before.
    assert backup is not None and counts(backup) == before
    assert migrate.current_revision(backup) == migrate.head_revision()


def test_the_same_migration_in_place_with_foreign_keys_on_would_lose_rows(school):
    """The control: why the procedure turns foreign keys off (the test above can fail).

    In a school with no payments yet, recreating the students table with
    foreign keys on silently deletes every enrollment and mark (ON DELETE
    CASCADE). (With payments, which have no cascade, SQLite refuses instead.)
    """
    with school.db.write() as s:
        mark_attendance(s, school.teacher, school.section.id, TODAY, {st.id: MarkEntry("P") for st in school.students})
    school.db.close()
    path = school.db.path
    assert counts(path)["enrollments"] == 5
    engine = make_engine(path)  # foreign_keys=ON, as every connection of the app
    with engine.connect() as conn:
        cfg = migrate.alembic_config([SCRIPTS / "batch_students"])
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
        if conn.in_transaction():
            conn.commit()
    engine.dispose()
    after = counts(path)
    assert after["enrollments"] == 0 and after["attendance_marks"] == 0 and after["invoices"] == 0


def test_a_failing_migration_leaves_the_file_exactly_as_it_was(populated, tmp_path):
    before_hash, before_counts = sha(populated), counts(populated)
    with pytest.raises(SchoolFileError) as info:
        migrate.upgrade_school_file(populated, tmp_path / "backups", [SCRIPTS / "failing"])
    message = str(info.value)
    assert "could not update" in message and "Nothing was changed" in message
    assert sha(populated) == before_hash
    assert counts(populated) == before_counts
    assert not list(populated.parent.glob("*.migrating*"))
    # And the app still opens it, at the old version, with everything there.
    db = open_school(populated, tmp_path / "backups")
    db.close()
    assert counts(populated) == before_counts


def test_a_migration_that_breaks_references_is_refused(populated, tmp_path):
    before = sha(populated)
    with pytest.raises(SchoolFileError):
        migrate.upgrade_school_file(populated, tmp_path / "backups", [SCRIPTS / "broken_fk"])
    assert sha(populated) == before


def test_a_file_from_a_newer_daftar_is_refused_untouched(populated, tmp_path):
    conn = sqlite3.connect(populated)
    conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = sha(populated)
    with pytest.raises(SchoolFileError, match="newer version of Daftar"):
        open_school(populated, tmp_path / "backups")
    assert sha(populated) == before
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())


def test_old_backups_are_pruned(populated, tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir()
    for i in range(8):  # older copies, named as the backup module names them
        (backups / f"{populated.stem}-daily-2026010{i + 1}T030000000000.daftar").write_bytes(b"old")
    made = migrate.upgrade_school_file(populated, backups, [SCRIPTS / "batch_students"])
    kept = sorted(backups.glob(f"{populated.stem}-*.daftar"))
    assert len(kept) == backup.DEFAULT_KEEP
    assert made in kept  # the newest, the copy made before this migration, stays


def _previous_revisions() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    head = script.get_current_head()
    return [r.revision for r in script.walk_revisions() if r.revision != head]


@pytest.mark.parametrize("revision", _previous_revisions())
def test_a_populated_file_of_each_earlier_revision_upgrades_without_losing_a_row(revision, populated, tmp_path):
    """Every migration: a file at an earlier revision, full of a school's work, reaches the head intact.

    The file is made at ``revision`` by the migrations themselves and filled
    from the populated school (the columns both schemas share), so it holds
    real rows of every kind, pending outbox entries included.
    """
    old = tmp_path / f"at-{revision}.daftar"
    migrate._run_upgrade(old, revision, ())
    conn = sqlite3.connect(old)
    conn.execute("ATTACH DATABASE ? AS src", (str(populated),))
    tables = [r[0] for r in conn.execute("SELECT name FROM main.sqlite_master WHERE type='table'")
              if r[0] not in ("alembic_version", "sqlite_sequence")]
    for table in tables:
        cols = [r[1] for r in conn.execute(f'PRAGMA main.table_info("{table}")')]
        src_cols = {r[1] for r in conn.execute(f'PRAGMA src.table_info("{table}")')}
        shared = ", ".join(f'"{c}"' for c in cols if c in src_cols)
        conn.execute(f'INSERT INTO main."{table}" ({shared}) SELECT {shared} FROM src."{table}"')
    conn.commit()
    conn.execute("DETACH DATABASE src")
    conn.close()
    before = counts(old)
    assert before["outbox"] > 0 and before["attendance_marks"] > 0
    migrate.upgrade_school_file(old, tmp_path / "backups")
    after = counts(old)
    assert {t: n for t, n in after.items() if t in before} == before
    assert migrate.current_revision(old) == migrate.head_revision()
    db = open_school(old, tmp_path / "backups")  # and the app opens it
    db.close()


def test_the_schema_head_that_opens_files_without_alembic_is_the_migrations_head():
    from app.storage.db import SCHEMA_HEAD

    assert SCHEMA_HEAD == migrate.head_revision()
