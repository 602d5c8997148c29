"""Reference cycles are collected on the UI thread only (app/collector.py).

A cycle a closure or a screen left behind may hold a Qt object; Python would
collect it on whichever thread allocates when a generation fills up, and a
worker reading the school file allocates the most. A Qt object destroyed off
its own thread is undefined behaviour: a timer destroyed so stays registered
with the UI thread's event loop and crashes the process when it next fires.
Here each object records the thread that freed it (Python-owned, it is
deleted with its Python wrapper); a plain object, not a running timer, so the
test itself leaves nothing of the kind behind.
"""

from __future__ import annotations

import threading
import weakref

from PySide6.QtCore import QObject

from app.collector import collect_due


def _object_left_in_a_cycle(destroyed_on: list[str]) -> None:
    made = QObject()
    weakref.finalize(made, lambda: destroyed_on.append(threading.current_thread().name))
    cycle: dict = {"object": made}
    cycle["itself"] = cycle


def _a_worker_reads_rows() -> list:
    """What a task reading rows does: tens of thousands of new objects made on a worker thread, handed back."""
    read: list = []
    worker = threading.Thread(target=lambda: read.extend([i] for i in range(50_000)), name="worker")
    worker.start()
    worker.join()
    return read


def test_python_alone_destroys_a_qt_object_on_the_worker_that_allocates(qapp, python_collection):
    """The hazard itself, with Python's automatic collection: the worker destroys the UI thread's object."""
    destroyed_on: list[str] = []
    _object_left_in_a_cycle(destroyed_on)
    rows = _a_worker_reads_rows()
    assert rows and destroyed_on == ["worker"]


def test_the_ui_thread_collects_the_cycle_the_worker_left_alone(qapp, ui_thread_collection):
    destroyed_on: list[str] = []  # ui_thread_collection: as the app has it from its start (app/ui/application.py)
    _object_left_in_a_cycle(destroyed_on)
    rows = _a_worker_reads_rows()
    assert rows and destroyed_on == [], "the worker collected it"
    assert collect_due() >= 0  # the UI thread's timer: a generation had filled up
    assert destroyed_on == [threading.main_thread().name]
