"""Server tests: the real app over SQLite and a real PostgreSQL cluster.

Each module gets one database per backend; each test makes its own school
(tenancy keeps them apart, which the tenancy tests prove).
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from dataclasses import dataclass, field
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.sync.protocol import PROTOCOL_HEADER, format_datetime
from server.app import create_app
from server.schools import add_user, bulk_insert, create_school
from server.settings import Settings
from tests.support.postgres import postgres_cluster  # noqa: F401  (session fixture)

FAST_SCRYPT = 2**10
PASSWORD = "correct horse battery"
_codes = itertools.count(1)


def settings_for(url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = dict(database_url=url, scrypt_n=FAST_SCRYPT, rate_per_second=10_000, rate_burst=10_000,
                                  jwt_secret="test-secret-" + uuid.uuid4().hex)
    values.update(overrides)
    return Settings(**values)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def backend_url(request, tmp_path_factory) -> str:
    if request.param == "sqlite":
        return "sqlite:///" + str(tmp_path_factory.mktemp("server") / "server.sqlite3")
    cluster = request.getfixturevalue("postgres_cluster")
    return cluster.create_database()


@pytest.fixture(scope="module")
def server_app(backend_url):
    app = create_app(settings_for(backend_url))
    yield app
    app.state.engine.dispose()


@pytest.fixture
def client(server_app) -> TestClient:
    with TestClient(server_app, client=("10.0.0." + str(next(_codes) % 250), 5000)) as c:
        yield c


def now_ts(offset_seconds: float = 0) -> str:
    return format_datetime(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=offset_seconds))


def today(offset_days: int = 0) -> str:
    return (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=offset_days)).isoformat()


def uid() -> str:
    return str(uuid.uuid4())


@dataclass
class Session:
    client: TestClient
    token: str
    refresh: str
    user_id: str
    device_id: str = ""
    device_code: str = ""
    seq: itertools.count = field(default_factory=lambda: itertools.count(1))

    def headers(self) -> dict[str, str]:
        return {PROTOCOL_HEADER: "1", "Authorization": f"Bearer {self.token}"}

    def get(self, path: str, **params: Any):
        return self.client.get("/v1" + path, params=params, headers=self.headers())

    def post(self, path: str, body: Any):
        return self.client.post("/v1" + path, json=body, headers=self.headers())

    def patch(self, path: str, body: Any):
        return self.client.patch("/v1" + path, json=body, headers=self.headers())

    def delete(self, path: str):
        return self.client.delete("/v1" + path, headers=self.headers())

    def mutation(self, entity: str, row_id: str, fields: dict[str, Any] | None = None, *, op: str = "put",
                 base_version: int | None = None, client_ts: str | None = None, seq: int | None = None) -> dict:
        return {"seq": seq if seq is not None else next(self.seq), "entity": entity, "id": row_id, "op": op,
                "fields": fields or {}, "base_version": base_version, "client_ts": client_ts or now_ts()}

    def push(self, *mutations: dict, expect: int = 200) -> dict:
        response = self.post("/sync/push", {"device_id": self.device_id, "mutations": list(mutations)})
        assert response.status_code == expect, response.text
        return response.json()

    def push_one(self, *args: Any, **kwargs: Any) -> dict:
        return self.push(self.mutation(*args, **kwargs))["results"][0]

    def pull_all(self, cursor: str = "", limit: int = 2000, entity: str | None = None) -> tuple[list[dict], str, bool]:
        changes, reset, first = [], False, True
        while True:
            params: dict[str, Any] = {"cursor": cursor, "limit": limit}
            if entity:
                params["entity"] = entity
            response = self.get("/sync/pull", **params)
            assert response.status_code == 200, response.text
            body = response.json()
            if first:
                reset = body["reset"]
                first = False
            changes += body["changes"]
            cursor = body["cursor"]
            if not body["more"]:
                return changes, cursor, reset

    def rows(self, cursor: str = "") -> dict[str, dict[str, dict]]:
        """Every row the caller can see, by entity and id (latest state)."""
        changes, _cursor, _reset = self.pull_all(cursor)
        out: dict[str, dict[str, dict]] = {}
        for change in changes:
            out.setdefault(change["entity"], {})[change["id"]] = change
        return out


@dataclass
class School:
    """A small school made for one test: two sections, five people, four students."""

    app: Any
    id: str
    code: str
    ids: dict[str, str]

    def login(self, client: TestClient, username: str, password: str = PASSWORD, *, device: bool = True) -> Session:
        response = client.post("/v1/auth/login", json={"school_code": self.code, "username": username,
                                                       "password": password}, headers={PROTOCOL_HEADER: "1"})
        assert response.status_code == 200, response.text
        body = response.json()
        session = Session(client, body["access_token"], body["refresh_token"], body["user"]["id"])
        if device:
            reg = session.post("/devices", {"name": f"{username}'s laptop"})
            assert reg.status_code == 200, reg.text
            session.device_id = reg.json()["device_id"]
            session.device_code = reg.json()["device_code"]
        return session


def make_school(app, *, edit_days: int = 7) -> School:
    engine = app.state.engine
    n = next(_codes)
    code = f"S{n}-{uuid.uuid4().hex[:6]}"
    # No weekend: these tests mark days counted back from the real today, whatever day of the week the suite
    # runs on; the weekend rule has its own tests (test_server_calendar.py).
    school = create_school(engine, code=code, name=f"School {n}", currency="PKR", attendance_edit_days=edit_days,
                           extra={"weekend_days": []})
    sid = school["id"]
    ids: dict[str, str] = {}
    for username, role in (("teacher1", "teacher"), ("teacher2", "teacher"), ("office", "office"),
                           ("principal", "principal"), ("admin", "admin"), ("teacher3", "teacher")):
        ids[username] = add_user(engine, sid, username=username, full_name=username.title(), role=role,
                                 password=PASSWORD, scrypt_n=FAST_SCRYPT)["id"]
    for name in ("year", "term", "closed_term", "sec_a", "sec_b", "maths", "english", "ta", "fee_head", "invoice"):
        ids[name] = uid()
    for i in range(1, 5):
        ids[f"student{i}"] = uid()
        ids[f"enr{i}"] = uid()
    ids["assess_a"], ids["assess_b"], ids["assess_closed"] = uid(), uid(), uid()
    rows = {
        "academic_years": [{"id": ids["year"], "name": "2026", "starts_on": "2026-01-01", "ends_on": "2026-12-31",
                            "current": True}],
        "terms": [
            {"id": ids["term"], "academic_year_id": ids["year"], "name": "Term 1", "starts_on": "2026-01-01",
             "ends_on": "2026-12-31", "weight": 100, "entry_open": True, "published": False},
            {"id": ids["closed_term"], "academic_year_id": ids["year"], "name": "Old term", "starts_on": "2026-01-01",
             "ends_on": "2026-03-31", "weight": 0, "entry_open": False, "published": False},
        ],
        "sections": [
            {"id": ids["sec_a"], "academic_year_id": ids["year"], "name": "7 A", "grade_level": 7,
             "homeroom_teacher_id": None, "room": ""},
            {"id": ids["sec_b"], "academic_year_id": ids["year"], "name": "7 B", "grade_level": 7,
             "homeroom_teacher_id": ids["teacher2"], "room": ""},
        ],
        "subjects": [{"id": ids["maths"], "code": "MATH", "name": "Maths"},
                     {"id": ids["english"], "code": "ENG", "name": "English"}],
        "teaching_assignments": [{"id": ids["ta"], "section_id": ids["sec_a"], "subject_id": ids["maths"],
                                  "teacher_id": ids["teacher1"], "weekdays": [0, 1, 2, 3, 4], "periods": []}],
        "students": [
            {"id": ids[f"student{i}"], "admission_no": f"A{i:03d}", "given_name": f"Student{i}", "family_name": "X",
             "full_name": f"Student{i} X", "gender": "F", "date_of_birth": None, "guardian_name": "",
             "guardian_phone": "", "guardian_email": "", "address": "", "category": "", "status": "active"}
            for i in range(1, 5)
        ],
        "enrollments": [
            {"id": ids[f"enr{i}"], "student_id": ids[f"student{i}"], "section_id": ids["sec_a" if i <= 2 else "sec_b"],
             "roll_no": i, "starts_on": "2026-01-01", "ends_on": None}
            for i in range(1, 5)
        ],
        "assessments": [
            {"id": ids["assess_a"], "section_id": ids["sec_a"], "subject_id": ids["maths"], "term_id": ids["term"],
             "name": "Maths test", "category": "test", "max_marks_centi": 5000, "weight": 1, "held_on": None,
             "created_by": None},
            {"id": ids["assess_b"], "section_id": ids["sec_b"], "subject_id": ids["maths"], "term_id": ids["term"],
             "name": "Maths test B", "category": "test", "max_marks_centi": 5000, "weight": 1, "held_on": None,
             "created_by": None},
            {"id": ids["assess_closed"], "section_id": ids["sec_a"], "subject_id": ids["maths"],
             "term_id": ids["closed_term"], "name": "Old test", "category": "test", "max_marks_centi": 5000,
             "weight": 1, "held_on": None, "created_by": None},
        ],
        "fee_heads": [{"id": ids["fee_head"], "code": "TUI", "name": "Tuition"}],
        "invoices": [{"id": ids["invoice"], "student_id": ids["student1"], "term_id": ids["term"], "number": "INV-1",
                      "issued_on": "2026-01-05", "due_on": "2026-02-01", "description": "Term 1"}],
    }
    bulk_insert(engine, sid, rows)
    return School(app, sid, code, ids)


@pytest.fixture
def school(server_app) -> School:
    return make_school(server_app)


@pytest.fixture
def other_school(server_app) -> School:
    return make_school(server_app)


def attendance(school: School, student: str, section: str, *, code: str = "P", date: str | None = None,
               period: int = 0, device: str = "dev", marked_at: str | None = None, note: str = "") -> dict:
    return {"school_id": school.id, "student_id": school.ids[student], "section_id": school.ids[section],
            "date": date or today(), "period": period, "code": code, "note": note, "marked_by": None,
            "marked_at": marked_at or now_ts(), "device_id": device}


def mark(school: School, student: str, assessment: str, score: int | None, *, device: str = "dev",
         entered_at: str | None = None, status: str = "scored") -> dict:
    return {"school_id": school.id, "assessment_id": school.ids[assessment], "student_id": school.ids[student],
            "status": status, "score_centi": score, "entered_by": None, "entered_at": entered_at or now_ts(),
            "device_id": device}


def payment(school: School, student: str, receipt_no: str, amount: int = 50_000, *, device: str = "dev") -> dict:
    return {"school_id": school.id, "student_id": school.ids[student], "amount_minor": amount, "currency": "PKR",
            "mode": "cash", "reference": "", "receipt_no": receipt_no, "received_on": today(),
            "received_at": now_ts(), "received_by": None, "device_id": device, "note": ""}
