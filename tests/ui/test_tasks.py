"""The one background-task helper: workers off the UI thread, results on it, writes in a row."""

from __future__ import annotations

import threading
import time

import pytest

from app.ui.tasks import SyncTaskRunner, TaskRunner


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    r.shutdown()
    r.deleteLater()


def test_fn_runs_on_a_worker_and_the_result_comes_back_on_the_ui_thread(runner, qtbot):
    seen = {}

    def work():
        seen["worker"] = threading.current_thread()
        return 41 + 1

    def done(value):
        seen["value"] = value
        seen["callback"] = threading.current_thread()

    runner.run_task(work, on_success=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()
    assert runner.pending == 0


def test_an_error_goes_to_on_error_on_the_ui_thread(runner, qtbot):
    errors = []

    def fail():
        raise ValueError("no such section")

    runner.run_task(fail, on_success=lambda _: errors.append("success?"),
                    on_error=lambda exc: errors.append((exc, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    exc, thread = errors[0]
    assert isinstance(exc, ValueError) and str(exc) == "no such section"
    assert thread is threading.main_thread()


def test_writes_run_one_at_a_time_in_the_order_asked(runner, qtbot):
    running = 0
    most = 0
    order: list[int] = []
    lock = threading.Lock()
    finished: list[int] = []

    def write(n):
        def fn():
            nonlocal running, most
            with lock:
                running += 1
                most = max(most, running)
            time.sleep(0.02)
            order.append(n)
            with lock:
                running -= 1
            return n
        return fn

    for n in range(6):
        runner.run_task(write(n), on_success=finished.append, write=True)
    qtbot.waitUntil(lambda: len(finished) == 6, timeout=5000)
    assert most == 1
    assert order == list(range(6))
    assert finished == list(range(6))


def test_reads_can_run_side_by_side(runner, qtbot):
    barrier = threading.Barrier(2, timeout=5)
    done = []
    for _ in range(2):
        runner.run_task(lambda: barrier.wait() is not None, on_success=done.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=6000)
    assert done == [True, True]


def test_progress_reaches_the_ui_thread_and_the_last_report_is_never_dropped(runner, qtbot):
    reports = []

    def work(report):
        for i in range(1, 201):
            report(i, 200, "students")
        return "made"

    result = []
    runner.run_task(work, on_success=result.append,
                    on_progress=lambda d, t, s: reports.append((d, t, s, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    assert reports, "no progress reached the UI"
    assert reports[-1][:3] == (200, 200, "students")
    assert all(r[3] is threading.main_thread() for r in reports)
    assert len(reports) < 200  # throttled, not one event per row


def test_the_download_s_last_report_arrives_before_its_result(runner, qtbot):
    """Reports shaped ``(phase, done, total)``, as the first download's, many in one burst: the last one,
    done == total, reaches the UI thread, and so does a last report that is not complete, before the result."""
    reports = []

    def work(report):
        for i in range(1, 6567, 1000):
            report("pulling", min(i + 999, 5566), 5566)
        report("checking", 5000, 6000)  # the newest, throttled: still delivered before the result
        return "done"

    result = []
    runner.run_task(work, on_success=lambda r: result.append((r, list(reports))),
                    on_progress=lambda *values: reports.append(values))
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    [(answer, seen_before_result)] = result
    assert ("pulling", 5566, 5566) in seen_before_result
    assert seen_before_result[-1] == ("checking", 5000, 6000)


def test_shutdown_waits_for_running_work_and_drops_its_callbacks(runner, qtbot):
    started = threading.Event()
    finished = threading.Event()
    delivered = []

    def slow():
        started.set()
        time.sleep(0.2)
        finished.set()

    runner.run_task(slow, on_success=delivered.append)
    assert started.wait(5)
    assert runner.shutdown(5000)
    assert finished.is_set()
    qtbot.wait(50)
    assert delivered == []
    assert runner.run_task(lambda: 1, on_success=delivered.append) == 0  # closed: nothing starts


def test_the_sync_fake_runs_at_once_with_the_same_callbacks():
    fake = SyncTaskRunner()
    got = []
    fake.run_task(lambda: 3, on_success=got.append)
    fake.run_task(lambda: 1 / 0, on_error=lambda e: got.append(type(e)))
    fake.run_task(lambda report: report(1, 2, "x") or "ok", on_success=got.append,
                  on_progress=lambda *a: got.append(a), write=True)
    assert got == [3, ZeroDivisionError, (1, 2, "x"), "ok"]
    assert fake.writes == 1


def test_callbacks_of_a_closed_window_are_dropped_not_run(runner, qtbot):
    from PySide6.QtWidgets import QLabel

    label = QLabel("before")
    release = threading.Event()
    delivered = []
    runner.run_task(lambda: release.wait(5) and "after", on_success=lambda v: (delivered.append(v), label.setText(v)),
                    owner=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label), timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert delivered == []
