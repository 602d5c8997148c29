"""Hostile input to the server, generated from its own /openapi.json by schemathesis (issue 5).

Every operation, signed in as a principal with the protocol header, gets a
bounded number of generated requests. The checks: no 5xx, every status code
is one the description documents for that operation, and every response body
fits the schema the server declares for it. (Schema-valid requests that the
school's rules refuse — a term outside its year, say — are answered 4xx by
design, so schemathesis's "positive data acceptance" check is not used.)
"""

from __future__ import annotations

import tempfile
import uuid

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from server.app import create_app
from server.schools import add_user, create_school
from tests.server.conftest import settings_for

_tmp = tempfile.mkdtemp(prefix="daftar-schemathesis-")
APP = create_app(settings_for(f"sqlite:///{_tmp}/server.sqlite3"))
_school = create_school(APP.state.engine, code="ST" + uuid.uuid4().hex[:6].upper(), name="Schema School")
add_user(APP.state.engine, _school["id"], username="principal", full_name="Principal", role="principal",
         password="correct horse battery", scrypt_n=2**10)
with TestClient(APP) as _c:
    _token = _c.post("/v1/auth/login", headers={"X-Daftar-Protocol": "1"}, json={
        "school_code": _school["code"], "username": "principal", "password": "correct horse battery"}).json()
HEADERS = {"Authorization": f"Bearer {_token['access_token']}", "X-Daftar-Protocol": "1"}

schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
def test_no_server_error_no_undocumented_status_and_every_answer_fits_its_schema(case):
    case.call_and_validate(headers=HEADERS, checks=[not_a_server_error, response_schema_conformance, status_code_conformance])
