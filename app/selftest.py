"""``daftar --self-test``: prove that this copy of Daftar has everything it needs.

Run from source and, above all, from a frozen (PyInstaller) build, where a
data file left out of the spec shows up only when someone uses it. In a
temporary folder that is removed afterwards, it:

1. creates a school file by running every migration, opens it the way the
   app does (integrity checks) and checks it is at the newest revision;
2. renders a fee receipt with names in Latin, Urdu and Hindi scripts (the
   bundled fonts) and checks it is a PDF;
3. imports the keyring backends and the reference server (demo mode), and
   starts the helper process a large download runs in (``app.sync.download``);
4. starts Qt offscreen, loads the style sheet, the icons (SVG icon engine),
   the translations, QtCharts and every screen's module, renders the welcome
   screen, and prints the receipt the way the office does (QtPdf and
   QtPrintSupport) into a file.

Each step prints one line; the first failure is printed with its reason and
the exit status is 1. Nothing outside the temporary folder is written.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path


class SelfTestError(Exception):
    """A check failed; ``str()`` says which and why."""


def _check(condition: bool, problem: str) -> None:
    if not condition:
        raise SelfTestError(problem)


def _school_file(folder: Path) -> str:
    from app.storage.db import open_school
    from app.storage.migrate import create_school_file, current_revision, head_revision, migrations_dir

    _check(migrations_dir().is_dir(), f"the migrations folder is missing ({migrations_dir()})")
    path = folder / "selftest.daftar"
    create_school_file(path)
    db = open_school(path, folder / "backups")
    db.close()
    head = head_revision()
    current = current_revision(path)
    _check(current == head, f"the new school file is at revision {current}, not the newest ({head})")
    return f"school file created by the migrations, at revision {head}"


def _receipt(folder: Path) -> str:
    from app.reports.fonts import fonts_dir
    from app.reports.receipt import receipt_pdf
    from app.services.fees import ReceiptData, ReceiptLine

    _check(fonts_dir().is_dir(), f"the fonts folder is missing ({fonts_dir()})")
    data = ReceiptData(
        school_name="Daftar Self-Test School", school_address="1 School Road", school_phone="+1 555 0100",
        school_locale="en_US", currency="USD", currency_digits=2, receipt_no="SELF-T1-000001",
        received_on=dt.date(2026, 1, 5), received_at=dt.datetime(2026, 1, 5, 9, 30),
        student_name="Amina Yusuf · محمد علی خان · अर्जुन शर्मा", admission_no="A0001", section_name="Grade 7 B",
        lines=(ReceiptLine("Term 1 fees", 1250_00),), amount_minor=1250_00, mode="cash", reference="",
        balance_after=0, cashier="Self-test",
    )
    pdf = receipt_pdf(data)
    _check(pdf.startswith(b"%PDF-") and b"%%EOF" in pdf[-32:], "the receipt is not a complete PDF")
    (folder / "receipt.pdf").write_bytes(pdf)
    return f"receipt PDF rendered ({len(pdf):,} bytes, Latin, Urdu and Hindi text)"


def _keyring_and_server() -> str:
    import importlib

    import keyring.backends.chainer  # noqa: F401 - imported to prove it is there
    import keyring.backends.fail  # noqa: F401
    if sys.platform.startswith("linux"):
        importlib.import_module("keyring.backends.SecretService")
    elif sys.platform == "win32":
        importlib.import_module("keyring.backends.Windows")
    elif sys.platform == "darwin":
        importlib.import_module("keyring.backends.macOS")
    import keyring

    backend = type(keyring.get_keyring()).__name__
    import server.app  # noqa: F401 - the reference server, for demo mode
    from server.db import migrations_dir as server_migrations

    _check(server_migrations().is_dir(), f"the server's migrations folder is missing ({server_migrations()})")
    return f"keyring backends present (this session would use {backend}); reference server importable"


def _qt(folder: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCharts import QChart
    from PySide6.QtCore import QCoreApplication, QEvent, QSize
    from PySide6.QtGui import QImage

    from app.ui.application import create_qapplication, install_translations
    from app.ui.resources import icon, resources_dir, style_sheet, translations_dir

    app = create_qapplication([sys.argv[0]])
    _check(bool(style_sheet()), f"the style sheet is missing ({resources_dir() / 'styles'})")
    for name in ("daftar", "students", "sync"):
        pixmap = icon(name).pixmap(QSize(32, 32))
        _check(not pixmap.isNull(), f"the icon {name!r} cannot be drawn (icons folder or SVG icon engine missing)")
    qm = sorted(translations_dir().glob("*.qm"))
    _check(bool(qm), f"no compiled translations (.qm) in {translations_dir()}")
    translators = install_translations(app, "en_US")
    _check(bool(translators), "the English translation file could not be loaded")
    chart = QChart()
    chart.setTitle("self-test")

    # Each screen, imported by name as the main window does when it is first shown.
    import importlib

    from app.ui.main_window import MainWindow

    screens = getattr(MainWindow, "SCREENS", ())
    for screen in screens:
        module, cls = screen[-2], screen[-1]
        _check(hasattr(importlib.import_module(module), cls), f"the screen {module}.{cls} is missing")

    from app.ui.welcome import WelcomeWindow

    window = WelcomeWindow([])
    window.resize(760, 640)
    window.show()
    app.processEvents()
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    # Deleted now, not left for PySide's clean-up at exit (which can crash on a window it still holds).
    window.close()
    window.deleteLater()
    chart.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    _check(not image.isNull() and image.width() > 100, "the welcome screen could not be rendered")
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    _check(len(colours) > 8, "the welcome screen rendered blank")
    image.save(str(folder / "welcome.png"))

    # The receipt as the office prints it: QtPdf draws each page for QtPrintSupport (here into a PDF file).
    from PySide6.QtPrintSupport import QPrinter

    from app.ui.receipt_print import print_pdf

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(folder / "printed.pdf"))
    printed = print_pdf((folder / "receipt.pdf").read_bytes(), printer=printer, ask=False)
    _check(printed and (folder / "printed.pdf").read_bytes()[:5] == b"%PDF-", "the receipt could not be printed")
    return (f"Qt {app.platformName()}: style, icons, {len(qm)} translation file(s), QtCharts, {len(screens)} "
            "screens, welcome screen rendered, receipt printed")


def _download_helper() -> str:
    from app.sync.download import check_helper

    started = time.monotonic()
    pid = check_helper()
    _check(pid != os.getpid(), "the download's helper ran in this process")
    return f"a large download's helper process started and loaded the sync ({time.monotonic() - started:.1f} s)"


def run(out: Callable[[str], None] = print) -> int:
    """Run every check; return 0 when all pass, 1 (after printing the reason) on the first failure."""
    started = time.monotonic()
    frozen = "frozen build" if getattr(sys, "frozen", False) else "from source"
    out(f"Daftar self-test ({frozen}, Python {sys.version.split()[0]}, {sys.platform})")
    with tempfile.TemporaryDirectory(prefix="daftar-selftest-") as tmp:
        folder = Path(tmp)
        steps: list[tuple[str, Callable[[], str]]] = [
            ("school file", lambda: _school_file(folder)),
            ("receipt", lambda: _receipt(folder)),
            ("keyring and server", _keyring_and_server),
            ("download helper", _download_helper),
            ("screen", lambda: _qt(folder)),
        ]
        for name, step in steps:
            try:
                out("  ok: " + step())
            except Exception as exc:  # noqa: BLE001 - every failure is reported, in words
                reason = str(exc) or type(exc).__name__
                print(f"  FAILED: {name}: {reason}", file=sys.stderr)
                print("".join(traceback.format_exception(exc)).rstrip(), file=sys.stderr)
                print("Self-test failed: " + reason, file=sys.stderr)
                return 1
    out(f"Self-test passed in {time.monotonic() - started:.1f} s.")
    return 0
