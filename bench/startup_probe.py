"""Run in its own process by the cold-start and memory figures; prints one JSON line.

    python -m bench.startup_probe app DATA_DIR        # Daftar on the school DEMO in DATA_DIR
    python -m bench.startup_probe app DATA_DIR --memory
    python -m bench.startup_probe empty               # the limit: QtWidgets and an empty window

``app`` starts Daftar through its own entry point, :func:`app.cli.main`
(``daftar --data-dir DATA_DIR --school DEMO``), unchanged: this script only
makes the ``QApplication`` first (``create_qapplication`` takes an existing
one) so that it can watch, with an application-wide event filter, for the
first paint of the main window. It prints ``time.time()`` after that paint
has been done (the parent took ``time.time()`` just before starting this
process). With ``--memory`` it then waits until the Today screen has read its
figures, shows the Students screen, waits until its list is read, and prints
the resident set size. ``empty`` is the floor any Qt app pays here:
``import PySide6.QtWidgets``, a ``QApplication`` and the first paint of an
empty ``QWidget``.
"""

from __future__ import annotations

import json
import os
import sys
import time


def rss_mb() -> float:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _emit(**values: object) -> None:
    sys.stdout.write(json.dumps(values) + "\n")
    sys.stdout.flush()


def probe_empty() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1180, 760)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802, ANN001
            if event.type() == QEvent.Type.Paint and obj is window:
                window.removeEventFilter(self)
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        _emit(painted=time.time())
        app.quit()

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


def probe_app(data_dir: str, memory: bool) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])  # app.ui.application.create_qapplication takes this one
    result: dict[str, float] = {}

    def main_window():  # noqa: ANN202
        return next((w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow"), None)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802, ANN001
            if event.type() == QEvent.Type.Paint and type(obj).__name__ == "MainWindow":
                app.removeEventFilter(self)
                QTimer.singleShot(0, painted)
            return False

    def painted() -> None:
        result["painted"] = time.time()
        if not memory:
            _emit(**result)
            app.quit()
            return
        QTimer.singleShot(0, wait_for_today)

    def settled(window) -> bool:  # noqa: ANN001
        return window.ctx.tasks.pending == 0

    def wait_for_today() -> None:
        window = main_window()
        if window is None or not settled(window):
            QTimer.singleShot(5, wait_for_today)
            return
        result["today_ready"] = time.time()
        window.show_screen("students")
        QTimer.singleShot(0, wait_for_students)

    def wait_for_students() -> None:
        window = main_window()
        if not settled(window) or window.students.model.rowCount() == 0:
            QTimer.singleShot(5, wait_for_students)
            return
        app.processEvents()
        result["students_ready"] = time.time()
        result["students"] = window.students.model.rowCount()
        result["rss_mb"] = rss_mb()
        _emit(**result)
        app.quit()

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    from app.cli import main

    return main(["--data-dir", data_dir, "--school", "DEMO"])


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if argv[0] == "empty":
        return probe_empty()
    return probe_app(argv[1], "--memory" in argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
