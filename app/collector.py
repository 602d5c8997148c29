"""Python's cyclic garbage collector: paused while a long piece of work makes many objects, and run
only on the UI thread.

Used by the sync (a download) and by the dashboard's reading; kept here, below
both, so that services need not import the sync to use it.

Python collects reference cycles on whichever thread happens to allocate when
a generation fills up, so in a Qt program a worker thread reading the school
file could be the one that frees a window, a table or a timer some closure
kept in a cycle: Qt objects destroyed off their own thread ("Timers cannot be
stopped from another thread", and now and then a crash). The app therefore
turns automatic collection off and collects on the UI thread instead, from a
timer, the generations Python itself would have collected by then
(:func:`collect_on_one_thread`, :func:`collect_due`; pyqtgraph's
``GarbageCollector`` does the same for the same reason).
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
from collections.abc import Iterator

_collector = {"pauses": 0, "was_enabled": True, "frozen": False, "one_thread": False}
_collector_guard = threading.Lock()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a sync (or another long reading) runs.

    A download makes millions of short-lived objects; the collector's full
    passes over everything the app holds (50–100 ms each on this machine,
    with Python's lock held) then came every few pages, and the UI thread
    stood still for each. Pulled rows make no reference cycles (reference
    counting frees them); what others made meanwhile is collected once the
    collector resumes. When the first pause of the process ends, what
    exists then (the HTTP client, the engine and the rest the first sync
    loaded) is frozen out of full passes for good, as the app does at
    start-up with what it loaded then (``app/ui/application.py``): the
    collector's first pass after a sync otherwise stood the UI still too.
    """
    with _collector_guard:
        if _collector["pauses"] == 0:
            _collector["was_enabled"] = gc.isenabled()
            gc.disable()
        _collector["pauses"] += 1
    try:
        yield
    finally:
        with _collector_guard:
            _collector["pauses"] -= 1
            if _collector["pauses"] == 0:
                if not _collector["frozen"]:
                    gc.freeze()
                    _collector["frozen"] = True
                if _collector["was_enabled"] and not _collector["one_thread"]:
                    gc.enable()


# How long a thread holding Python's lock runs before one waiting is let in
# (Python's default is 5 ms). With the sync's two threads (the page reader and
# the writer) both busy, the UI thread could wait two such turns and more for
# its own; at 1 ms a turn it waits a few. The cost is a little more switching
# between the threads of a process that has a handful.
SWITCH_INTERVAL_S = 0.001


def settle_for_interactive_use() -> None:
    """What an interactive process does once it has started (the app, and the benchmark's stand-in
    for it): what exists now lives as long as the process, so it is frozen out of the collector's
    full passes (they hold Python's lock and stood the UI still), and threads hand over Python's lock
    every millisecond instead of every five."""
    gc.freeze()
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def collection_paused() -> bool:
    """Whether a long piece of work (a sync, a dashboard reading) has paused the collector now."""
    return _collector["pauses"] > 0


def collect_on_one_thread() -> None:
    """From now on cycles are collected only when :func:`collect_due` is called (by the UI thread's timer)."""
    with _collector_guard:
        _collector["one_thread"] = True
        _collector["was_enabled"] = False
        gc.disable()


def collect_automatically() -> None:
    """Back to Python's own collection on any thread (a process without a UI thread's timer)."""
    with _collector_guard:
        _collector["one_thread"] = False
        _collector["was_enabled"] = True
        if _collector["pauses"] == 0:
            gc.enable()


def collect_due() -> int:
    """Collect the oldest generation that has filled up, as Python would have by now, on the calling thread.

    While a long piece of work has paused collection (a sync, a dashboard reading), only the young
    generations are collected: they hold what was made since the last look and still lives, a
    millisecond or two of work. Left to pile up until the work ended, they made one collection of
    everything it had left (after a first download ~30,000 objects, ~19 ms with Python's lock held,
    the UI thread standing still). The full pass over everything the app holds waits for the work's end.

    Returns the generation collected, or -1 when none was due.
    """
    oldest = 1 if _collector["pauses"] else 2
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = -1
    for generation in range(oldest + 1):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            due = generation
        else:
            break
    if due >= 0:
        gc.collect(due)
    return due
