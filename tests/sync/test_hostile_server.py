"""A server that sends garbage: the page is refused whole, reported, and nothing local changes.

The "server" here is a real HTTP server on 127.0.0.1 that answers sign-in like
the reference server and then serves the pull pages a test hands it.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app.services.fees import record_payment
from app.storage.models import SYNCED_TABLES
from app.sync.protocol import format_datetime
from tests.sync.conftest import PASSWORD


class HostileServer:
    """Proxies to the real server, except that pull answers (after the first ``good_pulls``) are
    replaced by ``pull_body``."""

    def __init__(self, upstream: str, pull_body: bytes | None, good_pulls: int = 0,
                 missing_posts: tuple[str, ...] = ()) -> None:
        import httpx

        self.pull_body = pull_body
        self.pulls = 0
        self.good_pulls = good_pulls
        self.missing_posts = missing_posts  # answered 405, as by an older server
        self.refused = 0
        http = httpx.Client(timeout=30)
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):
                pass

            def _answer(self, status, body, ctype="application/json"):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                if self.path.startswith("/v1/sync/pull") and outer.pull_body is not None:
                    if outer.good_pulls > 0:
                        outer.good_pulls -= 1
                    else:
                        outer.pulls += 1
                        return self._answer(200, outer.pull_body)
                r = http.get(upstream + self.path, headers=dict(self.headers))
                self._answer(r.status_code, r.content)

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.path in outer.missing_posts:
                    outer.refused += 1
                    return self._answer(405, b'{"error": {"code": "method_not_allowed", "message": "No."}}')
                r = http.post(upstream + self.path, content=body, headers=dict(self.headers))
                self._answer(r.status_code, r.content)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return "http://127.0.0.1:%d" % self.server.server_address[1]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def page(changes, more=False):
    return json.dumps({"changes": changes, "cursor": "x:999", "more": more, "reset": False, "total": 0,
                       "server_time": format_datetime(__import__("datetime").datetime.utcnow())}).encode()


GOOD_MARK = {"school_id": "s", "student_id": "st", "section_id": "se", "date": "2026-11-20", "period": 0,
             "code": "P", "note": "", "marked_by": None, "marked_at": "2026-11-20T07:35:00.000000Z",
             "device_id": "d"}

BAD_PAGES = {
    "not json": b"{\"changes\": [",
    "truncated": page([{"seq": 1, "entity": "attendance_marks", "id": "a", "version": 3,
                        "deleted": False, "data": GOOD_MARK}])[:-25],
    "wrong type": page([{"seq": 1, "entity": "attendance_marks", "id": "a", "version": 3, "deleted": False,
                         "data": GOOD_MARK},
                        {"seq": 2, "entity": "attendance_marks", "id": "b", "version": 4, "deleted": False,
                         "data": {**GOOD_MARK, "period": "first"}}]),
    "missing field": page([{"seq": 1, "entity": "students", "id": "a", "version": 3, "deleted": False,
                            "data": {"full_name": "X"}}]),
    "unknown entity": page([{"seq": 1, "entity": "payroll", "id": "a", "version": 3, "deleted": False,
                             "data": {}}]),
    "oversized": page([{"seq": i, "entity": "attendance_marks", "id": f"r{i}", "version": i + 1, "deleted": False,
                        "data": {**GOOD_MARK, "student_id": f"st{i}"}} for i in range(5100)]),
    "not a list": json.dumps({"changes": {"a": 1}, "cursor": "x", "more": False}).encode(),
    "bad date": page([{"seq": 1, "entity": "attendance_marks", "id": "a", "version": 3, "deleted": False,
                       "data": {**GOOD_MARK, "date": "2026-02-30"}}]),
}


@pytest.mark.parametrize("kind", list(BAD_PAGES))
def test_a_bad_pull_page_is_refused_whole_and_the_outbox_is_untouched(server_school, devices, kind):
    office = devices(server_school, "office")
    office.write(record_payment, server_school.ids["student1"], 10_00, "cash")
    before = {e: office.rows(e) for e in ("attendance_marks", "students", "sections")}
    with office.db.engine.connect() as c:
        cursor_before = c.exec_driver_sql("SELECT value FROM sync_meta WHERE key='cursor'").scalar()
    hostile = HostileServer(server_school.live.base, BAD_PAGES[kind])
    client = office.signed.client
    try:
        client._http.base_url = hostile.url + "/v1"
        client.max_attempts = 2
        report = office.sync()
    finally:
        hostile.close()
        client._http.base_url = server_school.live.url
    assert not report.ok and hostile.pulls >= 1
    assert "could not read" in report.error or "cannot accept" in report.error
    assert "Nothing from" in report.error and "untouched" in report.error
    assert {e: office.rows(e) for e in before} == before  # no part of the page applied
    with office.db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT value FROM sync_meta WHERE key='cursor'").scalar() == cursor_before
    # The push went through before the bad pull: the payment is on the server, not lost, not doubled.
    assert office.signed.engine.status.pending == 0
    report = office.sync()  # the real server again
    assert report.ok
    assert len(office.rows("payments")) == 1


def test_pages_before_a_bad_one_are_kept_with_their_cursor(server_school, devices):
    """A download of many pages, the third refused: the two before it are written (they are whole and
    fit the protocol), the cursor stands after them, and the next sync carries on from there."""
    principal = devices(server_school, "principal", sync=False)
    engine = principal.signed.engine
    engine.page_size = 4
    hostile = HostileServer(server_school.live.base, BAD_PAGES["wrong type"], good_pulls=2)
    client = principal.signed.client
    try:
        client._http.base_url = hostile.url + "/v1"
        client.max_attempts = 2
        report = principal.sync()
    finally:
        hostile.close()
        client._http.base_url = server_school.live.url
    assert not report.ok and "cannot accept" in report.error
    assert report.pulled == 8  # two pages of four
    with principal.db.engine.connect() as c:
        cursor = c.exec_driver_sql("SELECT value FROM sync_meta WHERE key='cursor'").scalar()
        kept = sum(c.exec_driver_sql(f'SELECT count(*) FROM "{name}" WHERE version IS NOT NULL').scalar()
                   for name in SYNCED_TABLES)
    assert cursor and kept == 8
    report = principal.sync()
    assert report.ok and not report.repaired, report.describe()
    assert len(principal.rows("students")) == 6


def test_a_server_that_cannot_check_named_rows_gets_its_kinds_checked_whole(server_school, devices):
    """An older server answers 405 to ``POST /sync/checksums``: the sync checks the kinds it moved whole
    (``GET``), and still finds a difference."""
    from app.services.attendance import MarkEntry, mark_attendance
    from tests.support.clock import SCHOOL_DAY

    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    teacher.write(mark_attendance, ids["sec_a"], SCHOOL_DAY, {ids["student1"]: MarkEntry("P")})
    assert teacher.sync().ok
    old = HostileServer(server_school.live.base, None, missing_posts=("/v1/sync/checksums",))
    client = principal.signed.client
    try:
        client._http.base_url = old.url + "/v1"
        report = principal.sync()
        assert report.ok and report.pulled == 1 and old.refused == 1, report.describe()
        teacher.write(mark_attendance, ids["sec_a"], SCHOOL_DAY, {ids["student2"]: MarkEntry("A")})
        assert teacher.sync().ok
        # Damage the mark the principal already has; the next sync moves only the new one.
        conn = __import__("sqlite3").connect(principal.db.path)
        conn.execute("UPDATE attendance_marks SET version = version + 7")
        conn.commit()
        conn.close()
        report = principal.sync()
    finally:
        old.close()
        client._http.base_url = server_school.live.url
    assert report.ok and report.repaired == ["attendance_marks"] and old.refused == 2, report.describe()
    assert len(principal.rows("attendance_marks")) == 2
