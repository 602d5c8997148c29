"""Python's cyclic garbage collector paused while a long piece of work makes many objects.

Used by the sync (a download) and by the dashboard's reading; kept here, below
both, so that services need not import the sync to use it.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
from collections.abc import Iterator

_collector = {"pauses": 0, "was_enabled": True, "frozen": False}
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
            if _collector["pauses"] == 0 and _collector["was_enabled"]:
                if not _collector["frozen"]:
                    gc.freeze()
                    _collector["frozen"] = True
                gc.enable()


#: How long a thread holding Python's lock runs before one waiting is let in
#: (Python's default is 5 ms). With the sync's two threads (the page reader and
#: the writer) both busy, the UI thread could wait two such turns and more for
#: its own; at 1 ms a turn it waits a few. The cost is a little more switching
#: between the threads of a process that has a handful.
SWITCH_INTERVAL_S = 0.001


def settle_for_interactive_use() -> None:
    """What an interactive process does once it has started (the app, and the benchmark's stand-in
    for it): what exists now lives as long as the process, so it is frozen out of the collector's
    full passes (they hold Python's lock and stood the UI still), and threads hand over Python's lock
    every millisecond instead of every five."""
    gc.freeze()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
