"""Reference cycles are collected on the UI thread only (app/collector.py).

A cycle a closure or a screen left behind may hold a Qt object; Python would
collect it on whichever thread allocates when a generation fills up, and a
worker reading the school file allocates the most. A Qt object destroyed off
its own thread is undefined behaviour: Qt warns, and now and then the
process crashes.
"""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QTimer, qInstallMessageHandler

from app.collector import collect_due


def _timer_left_in_a_cycle() -> weakref.ref:
    timer = QTimer()
    timer.start(60_000)  # a running timer belongs to the thread that started it
    cycle: dict = {"timer": timer}
    cycle["itself"] = cycle
    return weakref.ref(timer)


def _a_worker_reads_rows() -> list:
    """What a task reading rows does: tens of thousands of new objects made on a worker thread, handed back."""
    read: list = []
    worker = threading.Thread(target=lambda: read.extend([i] for i in range(50_000)))
    worker.start()
    worker.join()
    return read


def _qt_warnings():
    said: list[str] = []
    previous = qInstallMessageHandler(lambda _mode, _context, message: said.append(message))
    return said, previous


def test_python_alone_frees_a_qt_timer_on_the_worker_that_allocates(qapp):
    """The hazard itself, with Python's automatic collection: the worker destroys the UI thread's timer."""
    said, previous = _qt_warnings()
    assert gc.isenabled()
    try:
        timer = _timer_left_in_a_cycle()
        rows = _a_worker_reads_rows()
        assert timer() is None and rows
        assert any("another thread" in message for message in said), said
    finally:
        qInstallMessageHandler(previous)


def test_the_ui_thread_collects_the_cycle_the_worker_left_alone(qapp, ui_thread_collection):
    said, previous = _qt_warnings()  # ui_thread_collection: as the app has it from its start (app/ui/application.py)
    try:
        timer = _timer_left_in_a_cycle()
        rows = _a_worker_reads_rows()
        assert timer() is not None, "the worker collected it"
        assert collect_due() >= 0  # the UI thread's timer: a generation had filled up
        assert timer() is None and rows
        assert not [message for message in said if "another thread" in message]
    finally:
        qInstallMessageHandler(previous)
