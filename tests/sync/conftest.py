"""Sync tests: an in-memory keyring (tests never touch the real keychain)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.sync import credentials


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps secrets in a dict: the test stand-in for the OS keychain."""

    priority = 10
    viable = False  # never chosen by keyring's own discovery: only set explicitly

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.secrets:
            raise PasswordDeleteError(username)
        del self.secrets[(service, username)]


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    credentials.clear_memory()
    yield backend
    credentials.clear_memory()
    keyring.set_keyring(previous)


# ---------------------------------------------------------------------------
# The real reference server on 127.0.0.1, and devices that sign in to it
# ---------------------------------------------------------------------------

import contextlib  # noqa: E402
import datetime as dt  # noqa: E402
import itertools  # noqa: E402
import sqlite3  # noqa: E402
import uuid  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from typing import Any  # noqa: E402

from sqlalchemy import select  # noqa: E402

from app.config import Paths  # noqa: E402
from app.services import clock  # noqa: E402
from app.sync.account import sign_in  # noqa: E402
from server.ids import new_id  # noqa: E402
from server.schools import add_user, bulk_insert, create_school  # noqa: E402
from tests.support.live_server import LiveServer  # noqa: E402
from tests.support.postgres import postgres_cluster  # noqa: E402,F401  (session fixture)

PASSWORD = "correct horse battery"
FAST_SCRYPT = 2**10
_codes = itertools.count(1)
TODAY = dt.date.today()


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def backend_url(request, tmp_path_factory) -> str:
    if request.param == "sqlite":
        return "sqlite:///" + str(tmp_path_factory.mktemp("server") / "server.sqlite3")
    return request.getfixturevalue("postgres_cluster").create_database()


@pytest.fixture(scope="module")
def live(backend_url):
    with LiveServer(backend_url, scrypt_n=FAST_SCRYPT, rate_per_second=10_000, rate_burst=10_000,
                    jwt_secret="sync-tests-" + uuid.uuid4().hex) as server:
        yield server


@dataclass
class ServerSchool:
    """A small school on the server: 2 sections, 6 students, users of every role."""

    live: LiveServer
    id: str
    code: str
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def engine(self):
        return self.live.app.state.engine


def build_server_school(live: LiveServer) -> ServerSchool:
    engine = live.app.state.engine
    code = f"SY{next(_codes)}{uuid.uuid4().hex[:4].upper()}"
    # No weekend: the tests mark today and days counted back from it, whatever day of the week the suite runs on
    # (the server refuses a weekend day; tests/server/test_server_calendar.py tests that).
    school = create_school(engine, code=code, name="Sync Test School", currency="PKR", attendance_edit_days=7,
                           extra={"weekend_days": []})
    sid = school["id"]
    ids: dict[str, str] = {}
    for username, role in (("teacher1", "teacher"), ("teacher2", "teacher"), ("office", "office"),
                           ("office2", "office"), ("principal", "principal")):
        ids[username] = add_user(engine, sid, username=username, full_name=username.title(), role=role,
                                 password=PASSWORD, scrypt_n=FAST_SCRYPT)["id"]
    for name in ("year", "term", "sec_a", "sec_b", "maths", "ta_a", "ta_b", "fee_head"):
        ids[name] = new_id()
    start = (TODAY - dt.timedelta(days=120)).isoformat()
    end = (TODAY + dt.timedelta(days=120)).isoformat()
    students = []
    for i in range(1, 7):
        ids[f"student{i}"] = new_id()
        students.append({"id": ids[f"student{i}"], "admission_no": f"A{i:03d}", "given_name": f"Student{i}",
                         "family_name": "Test", "full_name": f"Student{i} Test", "gender": "F", "date_of_birth": None,
                         "guardian_name": "", "guardian_phone": f"+92300{i:07d}", "guardian_email": "", "address": "",
                         "category": "", "status": "active"})
    rows: dict[str, list[dict[str, Any]]] = {
        "academic_years": [{"id": ids["year"], "name": "This year", "starts_on": start, "ends_on": end,
                            "current": True}],
        "terms": [{"id": ids["term"], "academic_year_id": ids["year"], "name": "Term 1", "starts_on": start,
                   "ends_on": end, "weight": 100, "entry_open": True, "published": False}],
        "sections": [
            {"id": ids["sec_a"], "academic_year_id": ids["year"], "name": "7 A", "grade_level": 7,
             "homeroom_teacher_id": ids["teacher1"], "room": ""},
            {"id": ids["sec_b"], "academic_year_id": ids["year"], "name": "7 B", "grade_level": 7,
             "homeroom_teacher_id": ids["teacher2"], "room": ""},
        ],
        "subjects": [{"id": ids["maths"], "code": "MATH", "name": "Maths"}],
        "teaching_assignments": [
            {"id": ids["ta_a"], "section_id": ids["sec_a"], "subject_id": ids["maths"], "teacher_id": ids["teacher1"],
             "weekdays": [0, 1, 2, 3, 4], "periods": []},
            {"id": ids["ta_b"], "section_id": ids["sec_b"], "subject_id": ids["maths"], "teacher_id": ids["teacher2"],
             "weekdays": [0, 1, 2, 3, 4], "periods": []},
        ],
        "students": students,
        "enrollments": [
            {"id": new_id(), "student_id": ids[f"student{i}"], "section_id": ids["sec_a" if i <= 3 else "sec_b"],
             "roll_no": i, "starts_on": start, "ends_on": None}
            for i in range(1, 7)
        ],
        "fee_heads": [{"id": ids["fee_head"], "code": "TUI", "name": "Tuition"}],
    }
    ids["assess_a"] = new_id()
    rows["assessments"] = [{"id": ids["assess_a"], "section_id": ids["sec_a"], "subject_id": ids["maths"],
                            "term_id": ids["term"], "name": "Test 1", "category": "test", "max_marks_centi": 5000,
                            "weight": 1, "held_on": None, "created_by": None}]
    rows["invoices"], rows["invoice_lines"] = [], []
    for i in range(1, 7):
        inv = new_id()
        ids[f"invoice{i}"] = inv
        rows["invoices"].append({"id": inv, "student_id": ids[f"student{i}"], "term_id": ids["term"],
                                 "number": f"INV-{i:04d}", "issued_on": start,
                                 "due_on": (TODAY - dt.timedelta(days=30)).isoformat(), "description": "Term 1"})
        rows["invoice_lines"].append({"id": new_id(), "invoice_id": inv, "fee_head_id": ids["fee_head"],
                                      "description": "Tuition", "amount_minor": 1000_00, "kind": "fee"})
    bulk_insert(engine, sid, rows)
    return ServerSchool(live, sid, code, ids)


@pytest.fixture
def server_school(live) -> ServerSchool:
    return build_server_school(live)


@contextlib.contextmanager
def skewed_clock(offset: dt.timedelta):
    """A fake device clock, ``offset`` away from the real one (the one fake these tests use)."""
    real = clock.device_now
    clock.device_now = lambda: real() + offset
    try:
        yield
    finally:
        clock.device_now = real


class Device:
    """One laptop: its own data folder and school file, signed in as one person."""

    def __init__(self, root, school: ServerSchool, username: str, *, base_url: str | None = None,
                 clock_offset: dt.timedelta = dt.timedelta(0), sync: bool = True, **client_options: Any) -> None:
        self.paths = Paths.default(root).ensure()
        self.school = school
        self.username = username
        self.clock_offset = clock_offset
        client_options.setdefault("backoff_base", 0.01)
        client_options.setdefault("backoff_cap", 0.05)
        with self.clock():
            self.signed, self.first_report = sign_in(
                self.paths, base_url or school.live.base, school.code, username, PASSWORD,
                device_name=f"{username}'s laptop", first_sync=sync, **client_options,
            )

    @contextlib.contextmanager
    def clock(self):
        with skewed_clock(self.clock_offset):
            yield

    @property
    def db(self):
        return self.signed.db

    @property
    def actor(self):
        return self.signed.actor

    def sync(self):
        with self.clock():
            return self.signed.engine.sync()

    def write(self, fn, *args, **kwargs):
        """Run a service write as this person, on this device's clock."""
        with self.clock(), self.db.write() as s:
            return fn(s, self.actor, *args, **kwargs)

    def rows(self, entity: str) -> dict[str, dict[str, Any]]:
        from app.storage.models import SYNCED_TABLES

        table = SYNCED_TABLES[entity].__table__
        with self.db.engine.connect() as c:
            return {r["id"]: dict(r) for r in c.execute(select(table).where(table.c.deleted.is_(False))).mappings()}

    def close(self) -> None:
        self.signed.close()


@pytest.fixture
def devices(tmp_path):
    made: list[Device] = []

    def make(school: ServerSchool, username: str, **kw: Any) -> Device:
        d = Device(tmp_path / f"device{len(made)}-{username}", school, username, **kw)
        made.append(d)
        return d

    yield make
    for d in made:
        d.close()


class FileKeyring(KeyringBackend):
    """A keyring backend in a JSON file: the test stand-in for an OS keychain that
    several processes share (a killed child's rotated token must reach the parent)."""

    priority = 10
    viable = False  # never chosen by keyring's own discovery: only set explicitly

    def __init__(self, path) -> None:
        super().__init__()
        from pathlib import Path

        self.path = Path(path)

    def _load(self) -> dict:
        import json

        try:
            return json.loads(self.path.read_text())
        except FileNotFoundError:
            return {}

    def _save(self, data: dict) -> None:
        import json
        import os

        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, self.path)

    def get_password(self, service, username):
        return self._load().get(f"{service}\t{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}\t{username}"] = password
        self._save(data)

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        data = self._load()
        if data.pop(f"{service}\t{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(data)


#: A child process that runs ``daftar sync`` with the keyring file the test shares
#: with it: ``python -c SYNC_CHILD ROOT KEYRING_FILE DATA_DIR SCHOOL_CODE``.
SYNC_CHILD = """
import sys, keyring
sys.path.insert(0, sys.argv[1])
from tests.sync.conftest import FileKeyring
keyring.set_keyring(FileKeyring(sys.argv[2]))
from app.cli import main
sys.exit(main(["--data-dir", sys.argv[3], "--lang", "en_US", "sync", "--school", sys.argv[4]]))
"""


def share_keyring(path) -> "FileKeyring":
    """Move this test's secrets into a keyring file that child processes read too."""
    shared = FileKeyring(path)
    for (service, user), secret in keyring.get_keyring().secrets.items():
        shared.set_password(service, user, secret)
    keyring.set_keyring(shared)
    credentials.clear_memory()
    return shared


def copy_server_database(src, dst) -> None:
    """A reference server's SQLite database copied whole (its backup, or putting a backup back)."""
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()


@pytest.fixture
def restorable(tmp_path):
    """A reference server on SQLite whose database a test can back up and put back (server rewind tests)."""
    db = tmp_path / "server.sqlite3"
    with LiveServer(f"sqlite:///{db}", scrypt_n=FAST_SCRYPT, rate_per_second=10_000, rate_burst=10_000,
                    jwt_secret="rewind-" + uuid.uuid4().hex) as live:
        yield live, db
