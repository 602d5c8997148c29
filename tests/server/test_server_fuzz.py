"""Whatever arrives, the answer is a readable 2xx or 4xx, never a 500, and nothing leaks."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.sync.protocol import ENTITIES, PROTOCOL_HEADER
from tests.server.conftest import make_school

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
entities = st.sampled_from([*ENTITIES, "nope", ""])


@st.composite
def mutations(draw):
    entity = draw(entities)
    spec = ENTITIES.get(entity, {"x": "str"})
    names = draw(st.lists(st.sampled_from([*spec, "junk"]), max_size=6, unique=True))
    return {
        "seq": draw(st.integers(min_value=1, max_value=10**6)),
        "entity": entity,
        "id": draw(st.sampled_from(["0190a000-0000-7000-8000-000000000001", "x", "", "a" * 40]) | st.text(max_size=8)),
        "op": draw(st.sampled_from(["put", "delete"])),
        "fields": {n: draw(json_values | st.sampled_from(["2026-01-01", "2026-01-01T00:00:00Z", "\x00"])) for n in names},
        "base_version": draw(st.none() | st.integers(min_value=-5, max_value=2**63)),
        "client_ts": draw(st.sampled_from(["2026-01-01T00:00:00Z", "2026-13-01", "now"])),
    }


def test_random_pushes_never_fail_the_server(server_app, client):
    school = make_school(server_app)
    session = school.login(client, "admin")

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(mutations(), max_size=5))
    def check(batch):
        response = session.post("/sync/push", {"device_id": session.device_id, "mutations": batch})
        assert response.status_code in (200, 400, 413, 422), response.text
        body = response.json()
        if response.status_code != 200:
            assert body["error"]["message"]
        else:
            assert len(body["results"]) == len(batch)
            assert all(r["status"] != "rejected" or r["reason"] for r in body["results"])

    check()


def test_random_bodies_on_every_endpoint(server_app, client):
    school = make_school(server_app)
    session = school.login(client, "admin")

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(json_values, st.sampled_from(["/auth/login", "/auth/refresh", "/auth/logout", "/devices",
                                         "/sync/push", "/admin/students", "/admin/users", "/admin/school"]))
    def check(body, path):
        method = "PATCH" if path == "/admin/school" else "POST"
        response = client.request(method, "/v1" + path, content=json.dumps(body),
                                  headers={**session.headers(), "Content-Type": "application/json",
                                           PROTOCOL_HEADER: "1"})
        assert response.status_code < 500, (path, body, response.text)
        if response.status_code >= 400:
            assert response.json()["error"]["message"]

    check()
