"""Screenshots of the main screens in English, Urdu and French (the PNGs beside this file).

Run from the repository root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make.py

It makes the small demo school in a temporary folder, opens it as the
principal, and grabs each screen in each language (the language is changed
with the window open, as the settings dialog does).

With ``--xvfb`` it shows each window on a real X server and takes the
picture of the whole screen, as a person sees it (title bars of dialogs,
fonts as X draws them)::

    xvfb-run -a -s "-screen 0 1280x860x24" .venv/bin/python docs/screenshots/make.py --xvfb

These are named ``x-<screen>-<language>.png``: the welcome window, signing in
with its progress, the unlock window, and the main window's screens and the
settings dialog; English for all, Urdu and French for three of them. Each is
reduced to 256 colours to stay small.

``--only NAME`` (again for more) makes only those pictures, e.g.
``--only x-fees-fr``; ``--out DIR`` writes them to DIR instead of beside this file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

if "--xvfb" in sys.argv[1:]:
    os.environ["QT_QPA_PLATFORM"] = "xcb"
else:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))


def _options():
    import argparse

    parser = argparse.ArgumentParser(description="Daftar's screenshots")
    parser.add_argument("--xvfb", action="store_true", help="on a real X server (xvfb-run), the x-*.png pictures")
    parser.add_argument("--only", action="append", metavar="NAME", help="only this picture, e.g. x-fees-fr")
    parser.add_argument("--out", metavar="DIR", help="write the pictures here (default: beside this file)")
    return parser.parse_args()


OPTIONS = _options()
OUT = Path(OPTIONS.out).resolve() if OPTIONS.out else HERE


def wanted(name: str) -> bool:
    return not OPTIONS.only or name in OPTIONS.only

SCREENS = ("today", "roll_call", "fees", "marks", "gradebook", "dashboard")
#: The --xvfb pictures: every one in English, these also in Urdu and French.
X_SCREENS = ("welcome", "sign_in", "unlock", "students", "fees", "day_book", "defaulters", "register", "setup",
             "inbox", "settings")
X_TRANSLATED = ("welcome", "fees", "settings")
LANGUAGES = {"en": "en_US", "ur": "ur_PK", "fr": "fr_FR"}


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from app.config import Paths, setup_logging
    from app.demo import DEMO_SCHOOL_CODE, generate_demo_school
    from app.ui.application import DaftarApp, create_qapplication
    from app.ui.i18n import install_translations
    from app.ui.tasks import SyncTaskRunner

    app = create_qapplication([])
    install_translations(app, "en_US")
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths.default(Path(tmp) / "data").ensure()
        logfile = setup_logging(paths)
        school_file = paths.school_file(DEMO_SCHOOL_CODE)
        school_file.parent.mkdir(parents=True, exist_ok=True)
        generate_demo_school(school_file, size="small", seed=7)
        daftar = DaftarApp(paths, logfile, tasks=SyncTaskRunner())
        daftar.open_school_file(school_file)
        window = daftar.main_window
        window.resize(1280, 800)
        window.show()
        fees = window.screens.get("fees")
        if fees is not None:
            from sqlalchemy import select

            from app.storage.models import Student

            with window.school.db.session() as session:
                fees.open_student(session.execute(select(Student.id).order_by(Student.admission_no).limit(1))
                                  .scalar_one())
        for short, language in LANGUAGES.items():
            install_translations(app, language)
            for key in SCREENS:
                if key not in window.screens:
                    continue
                if not wanted(f"{key}-{short}"):
                    continue
                window.show_screen(key)
                for _ in range(5):
                    app.processEvents()
                out = OUT / f"{key}-{short}.png"
                window.grab().save(str(out))
                date_edit = getattr(window.screens[key], "date_edit", None)
                print(out.name, date_edit.displayFormat() if date_edit is not None else "")
        install_translations(app, "en_US")
        window.close()
        daftar.shutdown()
    QApplication.processEvents()
    return 0


def _snap(app, out: Path, shown) -> None:
    """The whole X screen, as a person sees it, in 256 colours, once ``shown`` (a window) is on it.

    A window closed just before (the welcome window over the main window) can
    stay on the screen's pixels: the X server leaves what was there until the
    window beneath paints itself again, on an Expose event that may come after
    a few quick turns of the event loop. The French fees picture came out as
    the French welcome window that way. So ``shown`` is raised and painted at
    once, the X server is waited for, and the picture is taken again until
    the screen shows what ``shown`` draws (or three tries said it does not).
    """
    import subprocess

    from PySide6.QtGui import QImage
    from PySide6.QtTest import QTest

    shown.raise_()
    QTest.qWaitForWindowExposed(shown, 5000)
    raw = out.with_suffix(".raw.png")
    for attempt in range(3):
        shown.repaint()
        QTest.qWait(150 * (attempt + 1))
        subprocess.run(["import", "-window", "root", str(raw)], check=True)
        if _looks_like(QImage(str(raw)), shown):
            break
        print(out.name, "- the screen did not show the window yet; again")
    else:
        raise RuntimeError(f"{out.name}: the screen never showed {type(shown).__name__}")
    for colours in (256, 128, 64):  # the fewest needed to stay under 150 KB
        subprocess.run(["convert", str(raw), "-colors", str(colours), "PNG8:" + str(out)], check=True)
        if out.stat().st_size < 145 * 1024:
            break
    raw.unlink()
    print(out.name, out.stat().st_size // 1024, "KB")


def _looks_like(screen, shown) -> bool:
    """Whether the screen's pixels where ``shown`` is are (nearly all) what ``shown`` draws."""
    drawn = shown.grab().toImage()
    origin = shown.geometry().topLeft()
    scale = drawn.width() / max(1, shown.width())
    same = total = 0
    for y in range(4, shown.height() - 4, 23):
        for x in range(4, shown.width() - 4, 17):
            sx, sy = origin.x() + x, origin.y() + y
            if not (0 <= sx < screen.width() and 0 <= sy < screen.height()):
                continue
            total += 1
            a, b = screen.pixelColor(sx, sy), drawn.pixelColor(int(x * scale), int(y * scale))
            same += abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 24
    return total > 0 and same / total > 0.9


def xvfb_main() -> int:
    from PySide6.QtWidgets import QApplication

    from app.config import Paths, setup_logging
    from app.demo import DEMO_SCHOOL_CODE, generate_demo_school
    from app.services.session import Person
    from app.ui.application import DaftarApp, create_qapplication
    from app.ui.i18n import install_translations
    from app.ui.tasks import SyncTaskRunner
    from app.ui.unlock import UnlockWindow
    from app.ui.welcome import WelcomeWindow

    app = create_qapplication([])
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths.default(Path(tmp) / "data").ensure()
        logfile = setup_logging(paths)
        school_file = paths.school_file(DEMO_SCHOOL_CODE)
        school_file.parent.mkdir(parents=True, exist_ok=True)
        generate_demo_school(school_file, size="small", seed=7)
        daftar = DaftarApp(paths, logfile, tasks=SyncTaskRunner())
        daftar.open_school_file(school_file)
        window = daftar.main_window
        window.move(0, 0)
        window.resize(1280, 830)
        window.show()
        people = [Person("1", "principal", "Farah Siddiqui", "principal"), Person("2", "office", "Omar Khan", "office"),
                  Person("3", "teacher", "Amina Yusuf", "teacher")]
        for short, language in LANGUAGES.items():
            install_translations(app, language)
            for key in X_SCREENS:
                if short != "en" and key not in X_TRANSLATED or not wanted(f"x-{key}-{short}"):
                    continue
                out = OUT / f"x-{key}-{short}.png"
                if key in ("welcome", "sign_in"):
                    welcome = WelcomeWindow([school_file], server_url="https://sis.example.org", school_code="DEMO")
                    welcome.resize(1280, 830)
                    welcome.move(0, 0)
                    welcome.show()
                    if key == "sign_in":
                        # What the progress page shows a minute into a download (the numbers are set here).
                        welcome.show_progress("Demo School")
                        welcome._progress_started = __import__("time").monotonic() - 20
                        welcome._progress_first = 0
                        welcome.set_progress("pulling", 41_000, 120_000)
                    _snap(app, out, welcome)
                    welcome.close()
                elif key == "unlock":
                    unlock = UnlockWindow("Demo School", people, last_username="office")
                    unlock.resize(1280, 830)
                    unlock.move(0, 0)
                    unlock.show()
                    _snap(app, out, unlock)
                    unlock.close()
                elif key == "settings":
                    window.raise_()
                    dialog = window.show_settings()
                    dialog.move(360, 200)
                    # The folder as on a person's computer, not this script's temporary one.
                    dialog.backups_where.setText("~/.local/share/Daftar/backups")
                    _snap(app, out, dialog)
                    dialog.close()
                elif key in window.screens:
                    window.raise_()
                    window.show_screen(key)
                    _snap(app, out, window)
        install_translations(app, "en_US")
        window.close()
        daftar.shutdown()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    code = xvfb_main() if OPTIONS.xvfb else main()
    sys.stdout.flush()
    os._exit(code)  # skip the interpreter's teardown of Qt objects: the pictures are saved
