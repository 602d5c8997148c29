"""When syncs are due: start-up, after writes (debounced), on an interval, retry while offline."""

from __future__ import annotations

import random

import pytest

from app.sync.scheduler import RETRY_CAP_SECONDS, SyncScheduler, retry_delay


@pytest.fixture
def scheduler(qtbot):
    s = SyncScheduler(interval_minutes=60, debounce_seconds=0.3)
    yield s
    s.stop()


def test_start_up_sync_is_due_at_once(qtbot, scheduler):
    with qtbot.waitSignal(scheduler.sync_due, timeout=2000) as blocker:
        scheduler.start()
    assert blocker.args == ["start-up"]


def test_many_writes_make_one_sync(qtbot, scheduler):
    with qtbot.waitSignal(scheduler.sync_due, timeout=2000):
        scheduler.start()
    reasons = []
    scheduler.sync_due.connect(reasons.append)
    for _ in range(5):
        scheduler.local_write()
    qtbot.waitUntil(lambda: reasons == ["write"], timeout=3000)
    qtbot.wait(600)
    assert reasons == ["write"]


def test_offline_retries_back_off_with_jitter():
    rng = random.Random(1)
    delays = [retry_delay(n, rng) for n in range(10)]
    assert 7.5 <= delays[0] <= 22.5
    assert delays[3] > delays[0]
    assert all(d <= RETRY_CAP_SECONDS * 1.5 for d in delays)
    assert len({round(d, 3) for d in delays[6:]}) > 1  # jitter: capped tries still differ


def test_offline_schedules_a_retry_and_online_cancels_it(qtbot, scheduler, monkeypatch):
    monkeypatch.setattr("app.sync.scheduler.retry_delay", lambda attempt, rng=None: 0.2)
    with qtbot.waitSignal(scheduler.sync_due, timeout=2000):
        scheduler.start()
    with qtbot.waitSignal(scheduler.sync_due, timeout=3000) as blocker:
        scheduler.went_offline()
    assert blocker.args == ["retry"]
    reasons = []
    scheduler.sync_due.connect(reasons.append)
    scheduler.went_offline()
    scheduler.came_online()
    qtbot.wait(500)
    assert reasons == []
