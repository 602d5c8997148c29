"""Health, protocol version, sign-in, tokens, throttling, rate limits, OpenAPI."""

from __future__ import annotations

import time

import jwt
import psycopg
import pytest
from fastapi.testclient import TestClient

from app.sync.protocol import PROTOCOL_HEADER
from server.app import create_app
from tests.server.conftest import PASSWORD, make_school, settings_for

H = {PROTOCOL_HEADER: "1"}


def login(client, school, username="teacher1", password=PASSWORD):
    return client.post("/v1/auth/login", json={"school_code": school.code, "username": username,
                                               "password": password}, headers=H)


def test_health_says_which_versions(client):
    body = client.get("/v1/health").json()
    assert body["status"] == "ok" and body["protocol_versions"] == [1] and body["server_time"].endswith("Z")


@pytest.mark.parametrize("header", [None, "2", "0", "abc"])
def test_missing_or_unsupported_protocol_is_refused_clearly(client, school, header):
    session = school.login(client, "teacher1")
    headers = {"Authorization": f"Bearer {session.token}"}
    if header is not None:
        headers[PROTOCOL_HEADER] = header
    for method, path in (("GET", "/v1/sync/pull"), ("POST", "/v1/sync/push"), ("POST", "/v1/auth/login"),
                         ("GET", "/v1/sync/checksums"), ("GET", "/v1/admin/students")):
        response = client.request(method, path, headers=headers, json={})
        assert response.status_code == 426
        error = response.json()["error"]
        assert error["code"] == "protocol_unsupported"
        assert "version 1" in error["message"] and "Update the app" in error["message"]


def test_login_gives_session_and_wrong_password_does_not(client, school):
    ok = login(client, school)
    assert ok.status_code == 200
    body = ok.json()
    assert body["user"]["role"] == "teacher" and body["school"]["code"] == school.code
    assert body["expires_in"] == 900 and body["access_token"] and body["refresh_token"]
    bad = login(client, school, password="wrong password")
    assert bad.status_code == 401 and bad.json()["error"]["code"] == "invalid_credentials"
    unknown = login(client, school, username="nobody")
    assert unknown.status_code == 401 and unknown.json()["error"]["message"] == bad.json()["error"]["message"]


def test_failed_logins_are_throttled_per_user(client, school):
    for _ in range(5):
        assert login(client, school, password="nope nope").status_code == 401
    locked = login(client, school)  # even the right password waits now
    assert locked.status_code == 429
    assert int(locked.headers["Retry-After"]) > 0
    assert locked.json()["error"]["code"] == "too_many_attempts"
    # Another user of the school is not locked out.
    assert login(client, school, username="teacher2").status_code == 200


def test_failed_logins_are_throttled_per_address(server_app):
    school = make_school(server_app)
    with TestClient(server_app, client=("192.0.2.77", 1234)) as c:
        for i in range(30):  # guessing usernames from one address
            assert login(c, school, username=f"guess{i}", password="bad password").status_code == 401
        locked = login(c, school, username="admin")
        assert locked.status_code == 429 and int(locked.headers["Retry-After"]) > 0
    with TestClient(server_app, client=("192.0.2.78", 1234)) as other:
        assert login(other, school, username="admin").status_code == 200


def test_refresh_rotates_and_reuse_revokes_the_family(client, school):
    first = login(client, school).json()
    second = client.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}, headers=H)
    assert second.status_code == 200
    new = second.json()
    assert new["refresh_token"] != first["refresh_token"]
    # The owner goes on with the new token ...
    third = client.post("/v1/auth/refresh", json={"refresh_token": new["refresh_token"]}, headers=H)
    assert third.status_code == 200
    # ... so the spent first token presented again is a thief's: the whole family is revoked ...
    again = client.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}, headers=H)
    assert again.status_code == 401 and again.json()["error"]["code"] == "session_revoked"
    # ... including the newest token, which the thief or the owner holds.
    newest = client.post("/v1/auth/refresh", json={"refresh_token": third.json()["refresh_token"]}, headers=H)
    assert newest.status_code == 401 and newest.json()["error"]["code"] == "session_revoked"
    # Another sign-in of the same user is a separate family and still works.
    other = login(client, school).json()
    assert client.post("/v1/auth/refresh", json={"refresh_token": other["refresh_token"]}, headers=H).status_code == 200


def test_a_lost_refresh_answer_can_be_retried_once_within_the_grace(client, school):
    """The client crashed after the server rotated its token, before it kept the new one."""
    first = login(client, school).json()
    lost = client.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}, headers=H).json()
    retry = client.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}, headers=H)
    assert retry.status_code == 200  # the successor was never used: the owner is retrying
    fresh = retry.json()
    assert client.post("/v1/auth/refresh", json={"refresh_token": fresh["refresh_token"]}, headers=H).status_code == 200
    # The answer that was lost now counts as stolen if it ever turns up: it ends the family.
    late = client.post("/v1/auth/refresh", json={"refresh_token": lost["refresh_token"]}, headers=H)
    assert late.status_code == 401 and late.json()["error"]["code"] == "session_revoked"
    again = login(client, school).json()  # a new sign-in still works
    assert again["access_token"]


def test_without_a_grace_a_second_use_revokes_at_once(school, backend_url):
    from server.app import create_app
    from tests.server.conftest import settings_for

    app = create_app(settings_for(backend_url, refresh_reuse_grace_seconds=0))
    try:
        with TestClient(app, client=("198.51.100.7", 1)) as c:
            first = login(c, school).json()
            assert c.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}, headers=H).status_code == 200
            again = c.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}, headers=H)
            assert again.status_code == 401 and again.json()["error"]["code"] == "session_revoked"
    finally:
        app.state.engine.dispose()


def test_logout_revokes_the_session(client, school):
    session = login(client, school).json()
    assert client.post("/v1/auth/logout", json={"refresh_token": session["refresh_token"]}, headers=H).json() == {"ok": True}
    after = client.post("/v1/auth/refresh", json={"refresh_token": session["refresh_token"]}, headers=H)
    assert after.status_code == 401 and after.json()["error"]["code"] == "session_revoked"
    unknown = client.post("/v1/auth/refresh", json={"refresh_token": "made-up"}, headers=H)
    assert unknown.status_code == 401 and unknown.json()["error"]["code"] == "invalid_token"


def test_expired_and_forged_tokens_are_401(client, school, server_app):
    session = school.login(client, "teacher1")
    claims = jwt.decode(session.token, options={"verify_signature": False})
    secret = server_app.state.auth.secret
    expired = jwt.encode({**claims, "exp": int(time.time()) - 10}, secret, algorithm="HS256")
    forged = jwt.encode({**claims, "sub": school.ids["admin"]}, "not-the-secret-" + "x" * 32, algorithm="HS256")
    for token, code in ((expired, "token_expired"), (forged, "invalid_token"), ("garbage", "invalid_token")):
        response = client.get("/v1/sync/pull", headers={**H, "Authorization": f"Bearer {token}"})
        assert response.status_code == 401 and response.json()["error"]["code"] == code
        assert response.json()["error"]["message"].endswith(".")
    none = client.get("/v1/sync/pull", headers=H)
    assert none.status_code == 401 and none.json()["error"]["code"] == "not_signed_in"


def test_deactivated_user_is_shut_out(client, school):
    teacher = school.login(client, "teacher1")
    admin = school.login(client, "admin", device=False)
    assert admin.patch(f"/admin/users/{school.ids['teacher1']}", {"active": False}).status_code == 200
    response = teacher.get("/sync/pull")
    assert response.status_code == 401 and response.json()["error"]["code"] == "account_disabled"
    assert login(client, school).status_code == 401


def test_rate_limit_answers_429_with_retry_after(backend_url):
    app = create_app(settings_for(backend_url, rate_per_second=0.01, rate_burst=3))
    school = make_school(app)
    try:
        with TestClient(app) as c:
            session = school.login(c, "principal", device=False)
            codes = [session.get("/sync/checksums").status_code for _ in range(5)]
            assert codes[:3] == [200, 200, 200] and codes[-1] == 429
            limited = session.get("/sync/checksums")
            assert int(limited.headers["Retry-After"]) >= 1
            assert limited.json()["error"]["code"] == "rate_limited"
    finally:
        app.state.engine.dispose()


def test_devices_get_short_codes_unique_in_the_school(client, school):
    session = school.login(client, "office")
    codes = {session.device_code}
    for i in range(20):
        body = session.post("/devices", {"name": f"laptop {i}"}).json()
        assert len(body["device_code"]) == 4
        codes.add(body["device_code"])
    assert len(codes) == 21
    again = session.post("/devices", {"name": "same", "device_id": session.device_id}).json()
    assert again == {**again, "device_id": session.device_id, "device_code": session.device_code}


def test_openapi_describes_every_endpoint_and_the_error_body(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path in ("/v1/auth/login", "/v1/auth/refresh", "/v1/auth/logout", "/v1/devices", "/v1/sync/push",
                 "/v1/sync/pull", "/v1/sync/checksums", "/v1/health", "/v1/admin/{entity}",
                 "/v1/admin/{entity}/{row_id}", "/v1/admin/users", "/v1/admin/school"):
        assert path in paths, path
    assert "ErrorBody" in spec["components"]["schemas"]
    push = paths["/v1/sync/push"]["post"]
    assert push["requestBody"]["content"]["application/json"]["schema"]["properties"]["mutations"]["maxItems"] == 500
    assert "426" in push["responses"] and "429" in push["responses"]


def test_oversized_body_is_413_before_any_work(backend_url):
    app = create_app(settings_for(backend_url, max_body_bytes=2000))
    school = make_school(app)
    try:
        with TestClient(app) as c:
            session = school.login(c, "teacher1")
            response = session.post("/sync/push", {"device_id": session.device_id, "mutations": [],
                                                   "padding": "x" * 5000})
            assert response.status_code == 413 and response.json()["error"]["code"] == "body_too_large"
    finally:
        app.state.engine.dispose()


def test_database_down_is_503_with_retry_after(postgres_cluster):
    url = postgres_cluster.create_database()
    app = create_app(settings_for(url))
    school = make_school(app)
    try:
        with TestClient(app, raise_server_exceptions=False) as c:
            session = school.login(c, "principal", device=False)
            app.state.engine.dispose()
            with psycopg.connect(postgres_cluster.url().replace("+psycopg", ""), autocommit=True) as admin:
                admin.execute(f"ALTER DATABASE \"{url.rsplit('/', 1)[1]}\" WITH ALLOW_CONNECTIONS false")
            response = session.get("/sync/checksums")
            assert response.status_code == 503 and response.headers["Retry-After"] == "5"
            assert response.json()["error"]["code"] == "database_unavailable"
    finally:
        app.state.engine.dispose()


def test_the_shipped_password_cost_is_the_one_stored(tmp_path, monkeypatch):
    """The tests hash passwords at a cheap scrypt cost (FAST_SCRYPT, a fake); a server started as shipped
    stores N=2**14, r=8 in each password's hash, and a login checks against that cost."""
    monkeypatch.delenv("DAFTAR_SERVER_SCRYPT_N", raising=False)
    from server.schools import add_user, create_school
    from server.settings import Settings

    settings = Settings(database_url="sqlite:///" + str(tmp_path / "shipped.sqlite3"))
    assert settings.scrypt_n == 2**14
    app = create_app(settings)
    try:
        school = create_school(app.state.engine, code="SHIP", name="Shipped", currency="PKR")
        head = add_user(app.state.engine, school["id"], username="head", full_name="Head", role="principal",
                        password="a strong password", scrypt_n=settings.scrypt_n)
        with app.state.engine.connect() as conn:
            stored = conn.exec_driver_sql("SELECT password_hash FROM credentials WHERE user_id = ?",
                                          (head["id"],)).scalar()
        scheme, n, r, _p, _salt, _digest = stored.split("$")
        assert (scheme, int(n), int(r)) == ("scrypt", 2**14, 8)
        with TestClient(app) as client:
            ok = client.post("/v1/auth/login", json={"school_code": "SHIP", "username": "head",
                                                     "password": "a strong password"}, headers={PROTOCOL_HEADER: "1"})
        assert ok.status_code == 200, ok.text
    finally:
        app.state.engine.dispose()
