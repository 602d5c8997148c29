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


def test_while_a_sync_has_collection_paused_the_ui_thread_still_collects_the_young_not_all(qapp,
                                                                                         ui_thread_collection):
    """During a sync the UI thread's timer collects what was made since its last look (cycles like the
    HTTP client's, one per request), so none pile up into one long collection when the sync ends; the
    full pass over everything the app holds waits for the sync's end."""
    import gc

    from app.collector import collector_paused

    destroyed_on: list[str] = []
    with collector_paused():
        _object_left_in_a_cycle(destroyed_on)
        rows = _a_worker_reads_rows()
        assert rows and destroyed_on == []
        young = collect_due()
        assert young in (0, 1), "a young generation was due and collected during the pause"
        assert destroyed_on == [threading.main_thread().name]
        saved = gc.get_threshold()
        for generation in (1, 1, 0, 0):  # counts of the older generations past 1
            gc.collect(generation)
        gc.set_threshold(1, 1, 1)  # every generation due, the oldest too: it still waits while paused
        try:
            _object_left_in_a_cycle(destroyed_on)
            assert all(count > 1 for count in gc.get_count())
            assert collect_due() == 1
        finally:
            gc.set_threshold(*saved)
