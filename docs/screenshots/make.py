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
                window.show_screen(key)
                for _ in range(5):
                    app.processEvents()
                out = HERE / f"{key}-{short}.png"
                window.grab().save(str(out))
                date_edit = getattr(window.screens[key], "date_edit", None)
                print(out.name, date_edit.displayFormat() if date_edit is not None else "")
        install_translations(app, "en_US")
        window.close()
        daftar.shutdown()
    QApplication.processEvents()
    return 0


def _snap(app, out: Path) -> None:
    """The whole X screen, as a person sees it, in 256 colours."""
    import subprocess

    for _ in range(20):
        app.processEvents()
    subprocess.run(["import", "-window", "root", str(out)], check=True)
    raw = out.with_suffix(".raw.png")
    out.rename(raw)
    for colours in (256, 128, 64):  # the fewest needed to stay under 150 KB
        subprocess.run(["convert", str(raw), "-colors", str(colours), "PNG8:" + str(out)], check=True)
        if out.stat().st_size < 145 * 1024:
            break
    raw.unlink()
    print(out.name, out.stat().st_size // 1024, "KB")


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
                if short != "en" and key not in X_TRANSLATED:
                    continue
                out = HERE / f"x-{key}-{short}.png"
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
                    _snap(app, out)
                    welcome.close()
                elif key == "unlock":
                    unlock = UnlockWindow("Demo School", people, last_username="office")
                    unlock.resize(1280, 830)
                    unlock.move(0, 0)
                    unlock.show()
                    _snap(app, out)
                    unlock.close()
                elif key == "settings":
                    window.raise_()
                    dialog = window.show_settings()
                    dialog.move(360, 200)
                    # The folder as on a person's computer, not this script's temporary one.
                    dialog.backups_where.setText("~/.local/share/Daftar/backups")
                    _snap(app, out)
                    dialog.close()
                elif key in window.screens:
                    window.raise_()
                    window.show_screen(key)
                    _snap(app, out)
        install_translations(app, "en_US")
        window.close()
        daftar.shutdown()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    code = xvfb_main() if "--xvfb" in sys.argv[1:] else main()
    sys.stdout.flush()
    os._exit(code)  # skip the interpreter's teardown of Qt objects: the pictures are saved
