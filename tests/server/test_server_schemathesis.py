"""Hostile input to the server, generated from its own /openapi.json by schemathesis (issue 5).

Every operation gets a bounded number of generated requests twice: signed in
as the principal (who may read the admin API but not write with it: the admin
write endpoints answer 403) and as the admin (whose writes are applied, so the
generated bodies reach the admin API's own validation and the database). The checks: no 5xx, every status code
is one the description documents for that operation, and every response body
fits the schema the server declares for it. (Schema-valid requests that the
school's rules refuse — a term outside its year, say — are answered 4xx by
design, so schemathesis's "positive data acceptance" check is not used.)
"""

from __future__ import annotations

import atexit
import shutil
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
from tests.support.secrets_watch import REGISTRY

# Made at collection, before any fixture: removed when the test process ends.
_tmp = tempfile.mkdtemp(prefix="daftar-schemathesis-")
APP = create_app(settings_for(f"sqlite:///{_tmp}/server.sqlite3"))
atexit.register(shutil.rmtree, _tmp, True)
atexit.register(APP.state.engine.dispose)  # runs first (last registered)
_school = create_school(APP.state.engine, code="ST" + uuid.uuid4().hex[:6].upper(), name="Schema School")
for _role in ("principal", "admin"):
    add_user(APP.state.engine, _school["id"], username=_role, full_name=_role.title(), role=_role,
             password="correct horse battery", scrypt_n=2**10)


def _sign_in(role: str) -> dict[str, str]:
    with TestClient(APP) as c:
        token = c.post("/v1/auth/login", headers={"X-Daftar-Protocol": "1"}, json={
            "school_code": _school["code"], "username": role, "password": "correct horse battery"}).json()
    # Signed in at collection, before the session's recording hook (tests/conftest.py): registered by hand.
    REGISTRY.add_token(token["access_token"])
    REGISTRY.add_token(token["refresh_token"])
    return {"Authorization": f"Bearer {token['access_token']}", "X-Daftar-Protocol": "1"}


HEADERS = {role: _sign_in(role) for role in ("principal", "admin")}
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance]

schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
def test_no_server_error_no_undocumented_status_and_every_answer_fits_its_schema(case):
    case.call_and_validate(headers=HEADERS["principal"], checks=CHECKS)


@schema.parametrize()
@settings(max_examples=20, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
def test_as_the_admin_too_whose_writes_are_applied(case):
    """The admin's writes get past the role check, so the admin API's own validation is what answers."""
    case.call_and_validate(headers=HEADERS["admin"], checks=CHECKS)
