"""The client's own HTTP client against the live server: the wire contract holds end to end."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from app.sync import credentials
from app.sync.client import ServerClient, SessionRevokedError
from app.sync.protocol import Change, Result
from server.schools import bulk_insert
from tests.server.conftest import now_ts, today, uid
from tests.support.live_server import live_server  # noqa: F401  (fixture)


@pytest.fixture(autouse=True)
def no_keychain():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # tokens stay in memory; the real keychain is never touched
    credentials.clear_memory()
    yield
    credentials.clear_memory()
    keyring.set_keyring(previous)


def test_client_signs_in_pushes_pulls_and_verifies(live_server):  # noqa: F811
    school = live_server.create_school("CONTRACT", users={"t1": ("teacher", "password-1"),
                                                          "boss": ("principal", "password-2")})
    ids = {name: uid() for name in ("year", "section", "student", "enrollment", "subject", "ta")}
    bulk_insert(live_server.app.state.engine, school["id"], {
        "academic_years": [{"id": ids["year"], "name": "2026", "starts_on": "2026-01-01", "ends_on": "2026-12-31",
                            "current": True}],
        "sections": [{"id": ids["section"], "academic_year_id": ids["year"], "name": "1 A", "grade_level": 1,
                      "homeroom_teacher_id": school["users"]["t1"], "room": ""}],
        "students": [{"id": ids["student"], "admission_no": "1", "given_name": "A", "family_name": "B",
                      "full_name": "A B", "gender": "", "date_of_birth": None, "guardian_name": "",
                      "guardian_phone": "", "guardian_email": "", "address": "", "category": "", "status": "active"}],
        "enrollments": [{"id": ids["enrollment"], "student_id": ids["student"], "section_id": ids["section"],
                         "roll_no": 1, "starts_on": "2026-01-01", "ends_on": None}],
    })
    with ServerClient(live_server.base, max_attempts=1) as client:
        session = client.login("CONTRACT", "t1", "password-1")
        assert session["school"]["code"] == "CONTRACT" and client.clock_offset is not None
        device = client.register_device("Classroom laptop")
        assert len(device["device_code"]) == 4
        mark_id = uid()
        body = client.push(device["device_id"], [{
            "seq": 1, "entity": "attendance_marks", "id": mark_id, "op": "put", "base_version": None,
            "client_ts": now_ts(), "fields": {"school_id": school["id"], "student_id": ids["student"],
                                              "section_id": ids["section"], "date": today(), "period": 0,
                                              "code": "A", "note": "", "marked_by": school["users"]["t1"],
                                              "marked_at": now_ts(), "device_id": device["device_id"]}}])
        [result] = [Result.from_json(r) for r in body["results"]]
        assert result.status == "applied" and result.version
        page = client.pull("", 1000)
        changes = [Change.from_json(c) for c in page["changes"]]
        assert page["reset"] is True and page["more"] is False
        assert ("attendance_marks", mark_id, result.version) in {(c.entity, c.id, c.version) for c in changes}
        sums = client.checksums()
        assert sums["entities"]["attendance_marks"]["count"] == 1 and sums["cursor"] == page["cursor"]
        client.refresh()
        assert client.pull(page["cursor"], 1000)["changes"] == []
        spent = client.tokens.refresh_token
        client.logout()
        with pytest.raises(SessionRevokedError):
            client.refresh()
    with ServerClient(live_server.base, max_attempts=1) as other:  # the logged-out token is dead on the server too
        other.login("CONTRACT", "t1", "password-1")
        other.tokens.rotate(other.tokens.access_token, spent)
        with pytest.raises(SessionRevokedError):
            other.refresh()
