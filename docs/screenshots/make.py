"""Screenshots of the main screens in English, Urdu and French (the PNGs beside this file).

Run from the repository root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make.py

It makes the small demo school in a temporary folder, opens it as the
principal, and grabs each screen in each language (the language is changed
with the window open, as the settings dialog does).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

SCREENS = ("today", "roll_call", "fees", "marks", "gradebook", "dashboard")
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


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip the interpreter's teardown of Qt objects: the pictures are saved
