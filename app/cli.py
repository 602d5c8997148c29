"""Daftar's command line: ``daftar`` opens the app; sub-commands work without a window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import __version__
from app.cli_words import Parser, backup_list, demo_summary, number, parse, restore_report, sync_report, words
from app.config import Paths, setup_logging
from app.services.context import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="daftar",
        description=(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "Daftar: offline-first school software. Attendance, marks, fees and receipts kept on this computer "
                "and synced with the school's server when online. With no command, opens the app.")
        ),
    )
    parser.add_argument("--version", action="version", version=f"Daftar {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "keep school files, settings and logs under DIR instead of the user data folder (also DAFTAR_DATA_DIR)"),
    )
    parser.add_argument("--verbose", "-v", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandLine", "log more, and to the console too"))
    parser.add_argument("--lang", metavar="LANG",
                        help=QT_TRANSLATE_NOOP(
                            "CommandLine",
                            "the language to speak, e.g. fr_FR or ur_PK (also DAFTAR_LANG; default: the language "
                            "chosen in the settings, else this computer's)"))
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "open the demo school (made on first use, kept for the next run)"),
    )
    parser.add_argument("--school", metavar="CODE", help=QT_TRANSLATE_NOOP(
        "CommandLine", "open this school's file (by school code)"))
    parser.add_argument("--self-test", action="store_true",
                        help=QT_TRANSLATE_NOOP(
                            "CommandLine",
                            "check that this copy of Daftar has everything it needs (offscreen), then exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser(
        "demo-data",
        help=QT_TRANSLATE_NOOP("CommandLine", "make a realistic demo school file"),
        description=QT_TRANSLATE_NOOP(
            "CommandLine",
            "Make a demo school: students with names from several cultures, sections, teachers, a term of "
            "attendance, marks, fees and payments."),
    )
    demo.add_argument("--size", choices=("small", "default", "large"), default="default",
                      help=QT_TRANSLATE_NOOP(
                          "CommandLine", "small ~300 students, default ~600, large 2,000 (default: %(default)s)"))
    demo.add_argument("--out", metavar="FILE", help=QT_TRANSLATE_NOOP(
        "CommandLine", "write the school file here (default: the data folder)"))
    demo.add_argument("--seed", type=int, default=7, help=QT_TRANSLATE_NOOP(
        "CommandLine", "random seed, for the same school every time"))
    demo.add_argument("--force", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandLine", "replace an existing demo file"))

    check = sub.add_parser(
        "check",
        help=QT_TRANSLATE_NOOP("CommandLine", "check a school file and bring it up to date"),
        description=QT_TRANSLATE_NOOP(
            "CommandLine",
            "Check that FILE is a healthy Daftar school file, back it up and migrate it to this version's schema. "
            "Prints what it found."),
    )
    check.add_argument("file", metavar="FILE")

    backup = sub.add_parser(
        "backup",
        help=QT_TRANSLATE_NOOP("CommandLine", "back up a school file now (or list its backups)"),
        description=QT_TRANSLATE_NOOP(
            "CommandLine",
            "Copy a school's file into the backups folder (safe while Daftar is open); the newest copies are kept."),
    )
    backup.add_argument("--school", dest="school_code", required=True, metavar="CODE")
    backup.add_argument("--list", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandLine", "list the school's backups, newest first"))
    backup.add_argument("--keep", type=int, default=None,
                        help=QT_TRANSLATE_NOOP(
                            "CommandLine",
                            "how many backups of the school to keep (default: the \"Backups kept\" setting)"))

    restore = sub.add_parser(
        "restore",
        help=QT_TRANSLATE_NOOP("CommandLine", "put a backup in place of a school file"),
        description=QT_TRANSLATE_NOOP(
            "CommandLine",
            "Replace a school's file by a backup (by default the newest healthy one). The replaced file is kept in "
            "the backups folder, and changes it held that had not synced yet are recovered."),
    )
    restore.add_argument("--school", dest="school_code", required=True, metavar="CODE")
    restore.add_argument("--from", dest="backup", metavar="FILE", help=QT_TRANSLATE_NOOP(
        "CommandLine", "the backup to restore (default: newest healthy)"))

    signin = sub.add_parser(
        "sign-in",
        help=QT_TRANSLATE_NOOP("CommandLine", "sign in to a school's server and download the school"),
        description=QT_TRANSLATE_NOOP(
            "CommandLine",
            "Sign in online (the password is asked for, or read from DAFTAR_PASSWORD), register this computer with "
            "the school, and download what your role may see."),
    )
    signin.add_argument("--server", required=True, metavar="URL", help=QT_TRANSLATE_NOOP(
        "CommandLine", "the school's server, e.g. https://sis.example.org"))
    signin.add_argument("--school", dest="school_code", required=True, metavar="CODE", help=QT_TRANSLATE_NOOP(
        "CommandLine", "the school's code"))
    signin.add_argument("--username", required=True)

    sync = sub.add_parser(
        "sync",
        help=QT_TRANSLATE_NOOP("CommandLine", "sync a school once and print what happened"),
        description=QT_TRANSLATE_NOOP(
            "CommandLine",
            "Send this computer's saved changes to the school's server and receive everyone else's, as the "
            "signed-in person. Exit status 0 when the sync completed."),
    )
    sync.add_argument("--school", dest="school_code", required=True, metavar="CODE", help=QT_TRANSLATE_NOOP(
        "CommandLine", "the school's code"))
    _add_import_export(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["--run-server"]:
        # Hidden: a frozen build has no "python -m server", so the demo starts
        # the reference server as this same program (app/sync/demo_server.py).
        from server.__main__ import main as server_main

        return server_main(argv[1:])
    args = parse(build_parser(), argv)
    if args.self_test:
        from app.selftest import run

        return run()
    paths = Paths.default(args.data_dir).ensure()
    logfile = setup_logging(paths, logging.DEBUG if args.verbose else logging.INFO, console=args.verbose)
    log.info("Daftar %s starting (command: %s)", __version__, args.command or "app")

    if args.command:
        from app.cli_words import speak

        speak(paths, args.lang)
    if args.command == "demo-data":
        return _demo_data(args, paths)
    if args.command == "check":
        return _check(args, paths)
    if args.command == "backup":
        return _backup(args, paths)
    if args.command == "restore":
        return _restore(args, paths)
    if args.command == "sign-in":
        return _sign_in(args, paths)
    if args.command == "import-roster":
        return _import_roster(args, paths)
    if args.command == "export":
        return _export(args, paths)
    if args.command == "sync":
        return _sync(args, paths)

    from app.ui.application import run_app

    return run_app(args, paths, logfile)


def _demo_data(args: argparse.Namespace, paths: Paths) -> int:
    from app.demo import DEMO_SCHOOL_CODE, generate_demo_school

    out = Path(args.out) if args.out else paths.school_file(DEMO_SCHOOL_CODE)
    if out.exists() and not args.force:
        print(QCoreApplication.translate("CommandLine", "{file} already exists; use --force to replace it.")
              .format(file=out), file=sys.stderr)
        return 1
    summary = generate_demo_school(out, size=args.size, seed=args.seed, replace=args.force)
    print(demo_summary(summary))
    return 0


def _check(args: argparse.Namespace, paths: Paths) -> int:
    from app.storage.db import SchoolFileError, open_school

    try:
        db = open_school(Path(args.file), paths.backups)
    except SchoolFileError as exc:
        print(words(exc), file=sys.stderr)
        return 2
    db.close()
    print(QCoreApplication.translate("CommandLine", "{file}: a healthy Daftar school file, up to date.")
          .format(file=args.file))
    return 0


def _backup(args: argparse.Namespace, paths: Paths) -> int:
    from app.storage import backup

    school_file = paths.school_file(args.school_code)
    if args.list:
        listed = backup_list(backup.list_backups(paths.backups, school_file.stem))
        if listed:
            print(listed)
        return 0
    if not school_file.exists():
        print(QCoreApplication.translate("CommandLine", "There is no school file for {code} ({file}).")
              .format(code=args.school_code, file=school_file), file=sys.stderr)
        return 2
    keep = args.keep if args.keep is not None else _backups_kept(paths)
    print(QCoreApplication.translate("CommandLine", "Backed up to {file}")
          .format(file=backup.take_backup(school_file, paths.backups, keep=keep)))
    return 0


def _backups_kept(paths: Paths) -> int:
    """The "Backups kept" setting, as the app uses it."""
    from app.config import Settings
    from app.ui.settings_dialog import backups_kept

    return backups_kept(Settings.load(paths))


def _restore(args: argparse.Namespace, paths: Paths) -> int:
    from app.storage import backup

    school_file = paths.school_file(args.school_code)
    try:
        report = backup.restore(school_file, paths.backups, Path(args.backup) if args.backup else None)
    except (FileNotFoundError, ValueError) as exc:
        print(words(exc), file=sys.stderr)
        return 2
    print(restore_report(report))
    return 0


class _ProgressPrinter:
    """Prints a sync's progress: what is being sent, then the rows received so far."""

    def __init__(self) -> None:
        self._phase = ""
        self._end = "\r" if sys.stdout.isatty() else "\n"

    def __call__(self, status) -> None:  # noqa: ANN001 - SyncStatus, on the syncing thread
        if status.phase == "pushing" and self._phase != "pushing" and status.pending:
            print(QCoreApplication.translate("CommandLine", "Sending %n change(s)", None, status.pending), flush=True)
        elif status.phase == "pulling" and status.rows_total:
            print("  " + QCoreApplication.translate("CommandLine", "Receiving {done}/{total} rows").format(
                done=number(status.rows_done), total=number(status.rows_total)), end=self._end, flush=True)
        self._phase = status.phase


def _sign_in(args: argparse.Namespace, paths: Paths) -> int:
    import getpass
    import os

    from app.storage.db import SchoolFileError
    from app.sync.account import sign_in
    from app.sync.client import SyncError
    from app.ui.i18n import role_word

    password = os.environ.get("DAFTAR_PASSWORD") or getpass.getpass(
        QCoreApplication.translate("CommandLine", "Password for {username}: ").format(username=args.username))
    try:
        signed, report = sign_in(paths, args.server, args.school_code, args.username, password,
                                 on_status=_ProgressPrinter())
    except (SyncError, SchoolFileError) as exc:
        print(words(exc), file=sys.stderr)
        return 2
    print("\n" + QCoreApplication.translate(
        "CommandLine", "Signed in to {school} as {name} ({role}); this computer is device {device}.").format(
        school=signed.school.get("name", args.school_code), name=signed.user["full_name"],
        role=role_word(signed.user["role"]), device=signed.device.device_code))
    if report is not None:
        print(sync_report(report))
    signed.close()
    return 0 if report is None or report.ok else 1


def _sync(args: argparse.Namespace, paths: Paths) -> int:
    from app.storage.db import SchoolFileError
    from app.sync.account import resume
    from app.sync.client import SyncError

    try:
        signed = resume(paths, args.school_code, on_status=_ProgressPrinter())
    except (SyncError, SchoolFileError) as exc:
        print(words(exc), file=sys.stderr)
        return 2
    report = signed.engine.sync()
    print(sync_report(report))
    warning = signed.engine.status.clock_warning
    if warning:
        print(words(warning))
    signed.close()
    return 0 if report.ok else 1



def _add_import_export(sub) -> None:  # noqa: ANN001 - argparse's sub-parsers
    roster = sub.add_parser(
        "import-roster",
        help=QT_TRANSLATE_NOOP("CommandLine", "import students from a CSV or XLSX roster"),
        description=QT_TRANSLATE_NOOP(
            "CommandLine",
            "Check every row of a roster (CSV or XLSX) against the school and import it in one go: new students are"
            " added, changed ones updated (matched on the admission number), and a file with any problem changes "
            "nothing. Exit status 0 when imported (or, with --dry-run, when it would be), 1 when the roster has "
            "problems, 2 when the file or the school cannot be opened."),
    )
    roster.add_argument("file", metavar="FILE")
    roster.add_argument("--school", dest="school_code", required=True, metavar="CODE", help=QT_TRANSLATE_NOOP(
        "CommandLine", "the school's code"))
    roster.add_argument("--mapping", action="append", metavar="FIELD=COLUMN",
                        help=QT_TRANSLATE_NOOP("CommandLine", "which column holds a field, by header or letter, e.g. "
                        "\"admission_no=Adm No,section=C\" (the others are guessed from the headers)"))
    roster.add_argument("--dry-run", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandLine", "check and report, write nothing"))

    export = sub.add_parser(
        "export",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "export a register, marks, results, a ledger, a day book or the defaulters"),
        description=QT_TRANSLATE_NOOP(
            "CommandLine",
            "Write one of the school's lists to a CSV or XLSX file (by the extension of --to). register needs "
            "--section and --month; marks and results --section and --term (marks: --subject for one subject); "
            "ledger --student; day-book --day (default today); defaulters takes --section and --overdue-only."),
    )
    export.add_argument("what", choices=("register", "marks", "results", "ledger", "day-book", "defaulters"))
    export.add_argument("--school", dest="school_code", required=True, metavar="CODE", help=QT_TRANSLATE_NOOP(
        "CommandLine", "the school's code"))
    export.add_argument("--to", required=True, metavar="FILE", help=QT_TRANSLATE_NOOP(
        "CommandLine", "the file to write: .csv or .xlsx"))
    export.add_argument("--section", metavar="NAME", help=QT_TRANSLATE_NOOP(
        "CommandLine", "a section of this year, e.g. \"7 A\""))
    export.add_argument("--month", metavar="YYYY-MM", help=QT_TRANSLATE_NOOP(
        "CommandLine", "the register's month (default: this month)"))
    export.add_argument("--term", metavar="NAME", help=QT_TRANSLATE_NOOP(
        "CommandLine", "a term of this year, e.g. \"Term 1\""))
    export.add_argument("--subject", metavar="CODE", help=QT_TRANSLATE_NOOP(
        "CommandLine", "marks of one subject (code or name)"))
    export.add_argument("--student", metavar="ADMISSION_NO", help=QT_TRANSLATE_NOOP(
        "CommandLine", "the student whose ledger to export"))
    export.add_argument("--day", metavar="YYYY-MM-DD", help=QT_TRANSLATE_NOOP(
        "CommandLine", "the day book's day (default: today)"))
    export.add_argument("--overdue-only", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandLine", "defaulters: only those with money overdue"))


def _open_for_script(paths: Paths, code: str):  # noqa: ANN202 - (SchoolDB, Actor) or an exit status
    """A school file by its code, and the actor a script writes as (this computer, as an administrator)."""
    from sqlalchemy import select

    from app.services.context import Actor
    from app.storage.db import SchoolFileError, open_school
    from app.storage.models import DeviceIdentity, School

    try:
        school_file = paths.school_file(code)
    except ValueError as exc:
        print(words(exc), file=sys.stderr)
        return 2
    if not school_file.exists():
        print(QCoreApplication.translate("CommandLine", "There is no school file for {code} ({file}).")
              .format(code=code, file=school_file), file=sys.stderr)
        return 2
    try:
        db = open_school(school_file, paths.backups)
    except SchoolFileError as exc:
        print(words(exc), file=sys.stderr)
        return 2
    with db.session() as s:
        school = s.execute(select(School).where(School.deleted.is_(False))).scalars().first()
        device = s.execute(select(DeviceIdentity)).scalars().first()
    actor = Actor(user_id=None, role="admin", device_id=device.device_id if device else "",
                  school_id=school.id if school else "")
    return db, actor


def _import_roster(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.context import ServiceError
    from app.services.roster_import import import_roster

    opened = _open_for_script(paths, args.school_code)
    if isinstance(opened, int):
        return opened
    db, actor = opened
    try:
        plan, result = import_roster(db, actor, Path(args.file), ",".join(args.mapping) if args.mapping else None,
                                     dry_run=args.dry_run)
    except ServiceError as exc:
        print(words(exc), file=sys.stderr)
        return 2
    finally:
        db.close()
    print(words(plan.describe()))
    if not plan.ok:
        return 1
    print(words(result.describe()) if result is not None
          else QCoreApplication.translate("CommandLine", "Nothing was written (--dry-run)."))
    return 0


def _export(args: argparse.Namespace, paths: Paths) -> int:
    import datetime as dt

    from app.services import exports
    from app.services.clock import school_today
    from app.services.context import ServiceError

    opened = _open_for_script(paths, args.school_code)
    if isinstance(opened, int):
        return opened
    db, _actor = opened
    needs = {"section": args.section, "term": args.term, "student": args.student}
    try:
        for option in exports.EXPORTS[args.what]:
            if option in needs and not needs[option]:
                raise ServiceError(QT_TRANSLATE_NOOP("CommandLine", "daftar export {what} needs --{option}."),
                                   what=args.what, option=option)
        with db.session() as s:
            today = school_today(s)
            section = exports.find_section(s, args.section) if args.section else None
            term = exports.find_term(s, args.term) if args.term else None
            if args.what == "register":
                try:
                    month = dt.datetime.strptime(args.month, "%Y-%m").date() if args.month else today
                except ValueError:
                    raise ServiceError(QT_TRANSLATE_NOOP("CommandLine", "--month {month} is not a month like 2026-11."),
                                       month=args.month) from None
                export = exports.register_export(s, section.id, month.year, month.month)
            elif args.what == "marks":
                subject = exports.find_subject(s, args.subject) if args.subject else None
                export = exports.marks_export(s, section.id, term.id, subject.id if subject else None)
            elif args.what == "results":
                export = exports.results_export(s, section.id, term.id)
            elif args.what == "ledger":
                export = exports.ledger_export(s, exports.find_student(s, args.student).id)
            elif args.what == "day-book":
                try:
                    day = dt.date.fromisoformat(args.day) if args.day else today
                except ValueError:
                    raise ServiceError(QT_TRANSLATE_NOOP("CommandLine", "--day {day} is not a day like 2026-11-23."),
                                       day=args.day) from None
                export = exports.day_book_export(s, day)
            else:
                export = exports.school_defaulters_export(s, section.id if section else None, args.overdue_only)
        path = exports.write_export(export, Path(args.to))
    except ServiceError as exc:
        print(words(exc), file=sys.stderr)
        return 2
    except OSError as exc:
        print(QCoreApplication.translate("CommandLine", "{file} cannot be written: {reason}.")
              .format(file=args.to, reason=exc.strerror or exc), file=sys.stderr)
        return 2
    finally:
        db.close()
    lines = sum(len(sheet.rows) for sheet in export.sheets)
    print(QCoreApplication.translate("CommandLine", "Wrote {what} (%n line(s)) to {file}.", None, lines)
          .format(what=args.what, file=path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
