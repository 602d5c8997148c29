"""Many writers and a reader on PostgreSQL: every change exactly once, in commit order."""

from __future__ import annotations

import threading

import httpx

from app.sync.protocol import PROTOCOL_HEADER
from tests.server.conftest import PASSWORD, make_school, now_ts, settings_for, uid
from tests.support.live_server import LiveServer

WRITERS = 8
BATCHES = 8
PER_BATCH = 25


def sign_in(url: str, school, username: str) -> dict[str, str]:
    h = {PROTOCOL_HEADER: "1"}
    body = httpx.post(url + "/auth/login", json={"school_code": school.code, "username": username,
                                               "password": PASSWORD}, headers=h).json()
    return {**h, "Authorization": "Bearer " + body["access_token"]}


def student(school, number: str) -> dict:
    return {"school_id": school.id, "admission_no": number, "given_name": "Kid", "family_name": number,
            "full_name": f"Kid {number}", "gender": "", "date_of_birth": None, "guardian_name": "",
            "guardian_phone": "", "guardian_email": "", "address": "", "category": "", "status": "active"}


def test_concurrent_writers_and_a_pulling_reader(postgres_cluster):
    url = postgres_cluster.create_database()
    settings = {k: v for k, v in vars(settings_for(url)).items() if k != "database_url"}
    with LiveServer(url, **settings) as server:
        school = make_school(server.app)
        created: set[str] = set()
        lock = threading.Lock()
        errors: list[str] = []
        writers_done = threading.Event()

        def writer(n: int) -> None:
            try:
                h = sign_in(server.url, school, "office")
                with httpx.Client(base_url=server.url, headers=h, timeout=60) as http:
                    device = http.post("/devices", json={"name": f"desk {n}"}).json()["device_id"]
                    seq = 0
                    for b in range(BATCHES):
                        batch, ids = [], []
                        for i in range(PER_BATCH):
                            seq += 1
                            row_id = uid()
                            ids.append(row_id)
                            batch.append({"seq": seq, "entity": "students", "id": row_id, "op": "put",
                                          "fields": student(school, f"W{n}-{b}-{i}"), "base_version": None,
                                          "client_ts": now_ts()})
                        response = http.post("/sync/push", json={"device_id": device, "mutations": batch})
                        results = response.json()["results"]
                        if response.status_code != 200 or any(r["status"] != "applied" for r in results):
                            errors.append(response.text[:300])
                        with lock:
                            created.update(ids)
            except Exception as exc:  # noqa: BLE001
                errors.append(repr(exc))

        seen: list[dict] = []
        cursor = ""

        def reader() -> None:
            nonlocal cursor
            h = sign_in(server.url, school, "principal")
            with httpx.Client(base_url=server.url, headers=h, timeout=60) as http:
                while True:
                    finished = writers_done.is_set()
                    while True:
                        body = http.get("/sync/pull", params={"cursor": cursor, "limit": 37}).json()
                        seen.extend(body["changes"])
                        cursor = body["cursor"]
                        if not body["more"]:
                            break
                    if finished:
                        return

        threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
        pull_thread = threading.Thread(target=reader)
        pull_thread.start()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        writers_done.set()
        pull_thread.join()

        assert errors == []
        seqs = [c["seq"] for c in seen]
        assert seqs == sorted(seqs) and len(seqs) == len(set(seqs)), "pulled out of commit order or twice"
        pulled_students = [c["id"] for c in seen if c["entity"] == "students" and c["id"] in created]
        assert len(created) == WRITERS * BATCHES * PER_BATCH
        assert len(pulled_students) == len(set(pulled_students)) == len(created), "a change was skipped or repeated"
        # Each row's version is the sequence it was delivered with (nothing newer was missed).
        assert all(c["version"] == c["seq"] for c in seen if c["entity"] == "students")
