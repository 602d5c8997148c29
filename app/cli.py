"""Daftar's command line: ``daftar`` opens the app; sub-commands work without a window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from app import __version__
from app.config import Paths, setup_logging

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="daftar",
        description=(
            "Daftar: offline-first school software. Attendance, marks, fees and receipts "
            "kept on this computer and synced with the school's server when online. "
            "With no command, opens the app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"Daftar {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep school files, settings and logs under DIR instead of the user data folder "
        "(also DAFTAR_DATA_DIR)",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="log more, and to the console too")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo school (made on first use, kept for the next run)",
    )
    parser.add_argument("--school", metavar="CODE", help="open this school's file (by school code)")
    parser.add_argument("--self-test", action="store_true",
                        help="check that this copy of Daftar has everything it needs (offscreen), then exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser(
        "demo-data",
        help="make a realistic demo school file",
        description="Make a demo school: students with names from several cultures, sections, "
        "teachers, a term of attendance, marks, fees and payments.",
    )
    demo.add_argument("--size", choices=("small", "default", "large"), default="default",
                      help="small ~300 students, default ~600, large 2,000 (default: %(default)s)")
    demo.add_argument("--out", metavar="FILE", help="write the school file here (default: the data folder)")
    demo.add_argument("--seed", type=int, default=7, help="random seed, for the same school every time")
    demo.add_argument("--force", action="store_true", help="replace an existing demo file")

    check = sub.add_parser(
        "check",
        help="check a school file and bring it up to date",
        description="Check that FILE is a healthy Daftar school file, back it up and migrate it "
        "to this version's schema. Prints what it found.",
    )
    check.add_argument("file", metavar="FILE")

    backup = sub.add_parser(
        "backup",
        help="back up a school file now (or list its backups)",
        description="Copy a school's file into the backups folder (safe while Daftar is open); "
        "the newest copies are kept.",
    )
    backup.add_argument("--school", dest="school_code", required=True, metavar="CODE")
    backup.add_argument("--list", action="store_true", help="list the school's backups, newest first")
    backup.add_argument("--keep", type=int, default=7, help="how many backups of the school to keep (default 7)")

    restore = sub.add_parser(
        "restore",
        help="put a backup in place of a school file",
        description="Replace a school's file by a backup (by default the newest healthy one). The replaced "
        "file is kept in the backups folder, and changes it held that had not synced yet are recovered.",
    )
    restore.add_argument("--school", dest="school_code", required=True, metavar="CODE")
    restore.add_argument("--from", dest="backup", metavar="FILE", help="the backup to restore (default: newest healthy)")

    signin = sub.add_parser(
        "sign-in",
        help="sign in to a school's server and download the school",
        description="Sign in online (the password is asked for, or read from DAFTAR_PASSWORD), "
        "register this computer with the school, and download what your role may see.",
    )
    signin.add_argument("--server", required=True, metavar="URL", help="the school's server, e.g. https://sis.example.org")
    signin.add_argument("--school", dest="school_code", required=True, metavar="CODE", help="the school's code")
    signin.add_argument("--username", required=True)

    sync = sub.add_parser(
        "sync",
        help="sync a school once and print what happened",
        description="Send this computer's saved changes to the school's server and receive everyone "
        "else's, as the signed-in person. Exit status 0 when the sync completed.",
    )
    sync.add_argument("--school", dest="school_code", required=True, metavar="CODE", help="the school's code")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["--run-server"]:
        # Hidden: a frozen build has no "python -m server", so the demo starts
        # the reference server as this same program (app/sync/demo_server.py).
        from server.__main__ import main as server_main

        return server_main(argv[1:])
    args = build_parser().parse_args(argv)
    if args.self_test:
        from app.selftest import run

        return run()
    paths = Paths.default(args.data_dir).ensure()
    logfile = setup_logging(paths, logging.DEBUG if args.verbose else logging.INFO, console=args.verbose)
    log.info("Daftar %s starting (command: %s)", __version__, args.command or "app")

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
    if args.command == "sync":
        return _sync(args, paths)

    from app.ui.application import run_app

    return run_app(args, paths, logfile)


def _demo_data(args: argparse.Namespace, paths: Paths) -> int:
    from app.demo import DEMO_SCHOOL_CODE, generate_demo_school

    out = Path(args.out) if args.out else paths.school_file(DEMO_SCHOOL_CODE)
    if out.exists() and not args.force:
        print(f"{out} already exists; use --force to replace it.", file=sys.stderr)
        return 1
    summary = generate_demo_school(out, size=args.size, seed=args.seed, replace=args.force)
    print(summary.describe())
    return 0


def _check(args: argparse.Namespace, paths: Paths) -> int:
    from app.storage.db import SchoolFileError, open_school

    try:
        db = open_school(Path(args.file), paths.backups)
    except SchoolFileError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    db.close()
    print(f"{args.file}: a healthy Daftar school file, up to date.")
    return 0


def _backup(args: argparse.Namespace, paths: Paths) -> int:
    from app.storage import backup

    school_file = paths.school_file(args.school_code)
    if args.list:
        for info in backup.list_backups(paths.backups, school_file.stem):
            print(f"{info.taken_at:%Y-%m-%d %H:%M:%S} UTC  {info.label:8}  {info.path}")
        return 0
    if not school_file.exists():
        print(f"There is no school file for {args.school_code} ({school_file}).", file=sys.stderr)
        return 2
    print(f"Backed up to {backup.take_backup(school_file, paths.backups, keep=args.keep)}")
    return 0


def _restore(args: argparse.Namespace, paths: Paths) -> int:
    from app.storage import backup

    school_file = paths.school_file(args.school_code)
    try:
        report = backup.restore(school_file, paths.backups, Path(args.backup) if args.backup else None)
    except (FileNotFoundError, ValueError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(report.describe())
    return 0


class _ProgressPrinter:
    """Prints a sync's progress: what is being sent, then the rows received so far."""

    def __init__(self) -> None:
        self._phase = ""
        self._end = "\r" if sys.stdout.isatty() else "\n"

    def __call__(self, status) -> None:  # noqa: ANN001 - SyncStatus, on the syncing thread
        if status.phase == "pushing" and self._phase != "pushing" and status.pending:
            print(f"sending {status.pending:,} change(s)", flush=True)
        elif status.phase == "pulling" and status.rows_total:
            print(f"  receiving {status.rows_done:,}/{status.rows_total:,} rows", end=self._end, flush=True)
        self._phase = status.phase


def _sign_in(args: argparse.Namespace, paths: Paths) -> int:
    import getpass
    import os

    from app.storage.db import SchoolFileError
    from app.sync.account import sign_in
    from app.sync.client import SyncError

    password = os.environ.get("DAFTAR_PASSWORD") or getpass.getpass(f"Password for {args.username}: ")
    try:
        signed, report = sign_in(paths, args.server, args.school_code, args.username, password,
                                 on_status=_ProgressPrinter())
    except (SyncError, SchoolFileError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(f"\nSigned in to {signed.school.get('name', args.school_code)} as {signed.user['full_name']} "
          f"({signed.user['role']}); this computer is device {signed.device.device_code}.")
    if report is not None:
        print(report.describe())
    signed.close()
    return 0 if report is None or report.ok else 1


def _sync(args: argparse.Namespace, paths: Paths) -> int:
    from app.storage.db import SchoolFileError
    from app.sync.account import resume
    from app.sync.client import SyncError

    try:
        signed = resume(paths, args.school_code, on_status=_ProgressPrinter())
    except (SyncError, SchoolFileError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    report = signed.engine.sync()
    print(report.describe())
    warning = signed.engine.status.clock_warning
    if warning:
        print(warning)
    signed.close()
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
