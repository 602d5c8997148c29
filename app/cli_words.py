"""The command line in the person's language: the app's own translations, with no window.

``daftar --lang fr_FR backup …`` (or ``DAFTAR_LANG``, else the language
chosen in the settings, else the computer's) prints in French. The words
are the app's: ``QCoreApplication.translate`` over the same ``.qm`` files,
installed on a ``QCoreApplication`` (QtCore only; nothing is shown).
:func:`words` says a refusal or a school-file problem as the screens do;
numbers are written with the language's ``QLocale``.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication, QLocale

from app.config import Paths, Settings
from app.services.context import QT_TRANSLATE_NOOP

_app: QCoreApplication | None = None


def speak(paths: Paths, override: str | None = None) -> str:
    """Install the person's language for what the command line prints; returns it ("" : the computer's)."""
    global _app
    from app.ui.i18n import install_translations, language_setting

    try:
        setting = Settings.load(paths).language
    except Exception:  # noqa: BLE001 - a broken settings file never stops a command
        setting = ""
    language = language_setting(setting, override)
    app = QCoreApplication.instance()
    if app is None:
        _app = app = QCoreApplication(sys.argv[:1])
    install_translations(app, language)
    return language


def words(value: object) -> str:
    """A refusal, a school file's problem or a marked sentence in the installed language; else ``str``."""
    from app.ui.i18n import translated

    problem, advice, path = (getattr(value, name, None) for name in ("problem", "advice", "path"))
    if problem is not None and advice is not None and path is not None:
        return f"{translated(problem)} ({path}). {translated(advice)}"
    return translated(value)


def number(n: int) -> str:
    """``12345`` → ``12,345`` (English), ``12 345`` (French)…"""
    return QLocale().toString(n)


def decimal(value: float, digits: int) -> str:
    """``2.5`` → ``2.50`` (English), ``2,50`` (French)…"""
    return QLocale().toString(float(value), "f", digits)


# ---------------------------------------------------------------------------
# What the commands print: the reports that app/storage, app/sync and app/demo
# keep in English (their ``describe()``), said in the installed language.
# ---------------------------------------------------------------------------


def restore_report(report) -> str:  # noqa: ANN001 - app.storage.backup.RestoreReport
    """``daftar restore``'s report (the English is ``RestoreReport.describe()``)."""
    lines = [QCoreApplication.translate("CommandLine", "Restored the school from the backup {file}.")
             .format(file=report.restored_from.name)]
    if report.replaced_file is not None:
        lines.append(QCoreApplication.translate("CommandLine", "The file it replaced is kept as {file}.")
                     .format(file=report.replaced_file.name))
    if report.recovered_changes:
        lines.append(QCoreApplication.translate(
            "CommandLine", "%n change(s) that were waiting to sync were recovered from it and will be sent at "
            "the next sync.", None, report.recovered_changes))
    if report.unreadable_replaced:
        lines.append(QCoreApplication.translate(
            "CommandLine", "The replaced file could not be read, so changes made after the backup and not yet "
            "synced could not be recovered from it; keep that file for your support contact."))
    return "\n".join(lines)


def sync_report(report) -> str:  # noqa: ANN001 - app.sync.status.SyncReport
    """``daftar sync``'s and ``sign-in``'s report (the English is ``SyncReport.describe()``)."""
    from app.ui.sync_controller import sync_words

    if report.skipped:
        return QCoreApplication.translate("CommandLine", "Another sync of this school is running; nothing done.")
    lines = [QCoreApplication.translate(
        "CommandLine", "Sent %n change(s): {applied} applied, {merged} merged, {conflicts} in conflict, "
        "{rejected} refused.", None, report.pushed).format(
        applied=number(report.applied), merged=number(report.merged), conflicts=number(report.conflicts),
        rejected=number(report.rejected))]
    if report.reset:
        lines.append(QCoreApplication.translate(
            "CommandLine", "Received %n change(s), a full download of what this computer may see.", None,
            report.pulled))
    else:
        lines.append(QCoreApplication.translate("CommandLine", "Received %n change(s).", None, report.pulled))
    if report.dropped:
        lines.append(QCoreApplication.translate(
            "CommandLine", "Removed %n row(s) this computer may no longer see.", None, report.dropped))
    if report.resent:
        lines.append(QCoreApplication.translate(
            "CommandLine", "The server had been restored from an older backup: %n change(s) it had lost were "
            "sent again.", None, report.resent))
    if report.repaired:
        lines.append(QCoreApplication.translate(
            "CommandLine", "Downloaded again after a checksum difference: {tables}.").format(
            tables=", ".join(_record_kind(table) for table in report.repaired)))
    lines.append(QCoreApplication.translate("CommandLine", "Took {seconds} s.").format(
        seconds=decimal(report.seconds, 2)))
    if report.error:
        lines.append(QCoreApplication.translate("CommandLine", "Stopped: {reason}").format(
            reason=sync_words(report.error)))
    return "\n".join(lines)


def _record_kind(table: str) -> str:
    """``"attendance_marks"`` → "attendance mark" (the server's word for it, translated); else the table's name."""
    from app.sync.reasons import RECORD_WORDS

    word = RECORD_WORDS.get((table[:-1] if table.endswith("s") else table).replace("_", " "))
    return QCoreApplication.translate(word.context, str(word)) if word is not None else table


# A backup's label in ``daftar backup --list`` (the file name keeps the English).
BACKUP_LABELS = {
    "manual": QT_TRANSLATE_NOOP("CommandLine", "by hand"),
    "daily": QT_TRANSLATE_NOOP("CommandLine", "daily"),
}


def backup_label(label: str) -> str:
    """``"daily"`` → "quotidienne"; a migration's backup (its revision) → "before update 0006"."""
    if label in BACKUP_LABELS:
        return QCoreApplication.translate("CommandLine", BACKUP_LABELS[label])
    return QCoreApplication.translate("CommandLine", "before update {revision}").format(revision=label)


def backup_list(infos) -> str:  # noqa: ANN001 - list of app.storage.backup.BackupInfo, newest first
    """``daftar backup --list``: one backup a line, its time (UTC), what made it, and its file."""
    labels = [backup_label(info.label) for info in infos]
    width = max((len(label) for label in labels), default=0)
    return "\n".join(
        QCoreApplication.translate("CommandLine", "{time} UTC  {label}  {file}").format(
            time=f"{info.taken_at:%Y-%m-%d %H:%M:%S}", label=label.ljust(width), file=info.path)
        for info, label in zip(infos, labels))


def demo_summary(summary) -> str:  # noqa: ANN001 - app.demo.generator.DemoSummary
    """``daftar demo-data``'s summary (the English is its ``describe()``)."""
    from app.ui.i18n import role_word

    counts = summary.counts
    # "a, b, and c" in the language's own words and commas ("a، b، اور c" in Urdu).
    sign_in = QLocale().createSeparatedList([f"{u.username}/{u.password} ({role_word(u.role)})"
                                             for u in summary.users])
    return "\n".join((
        QCoreApplication.translate("CommandLine", "Demo school ({size}, seed {seed}) written to {file}").format(
            size=summary.size, seed=summary.seed, file=summary.path),
        "  " + QCoreApplication.translate("CommandLine", "Students: {students}, in %n section(s)", None,
                                          summary.sections).format(students=number(summary.students)),
        "  " + QCoreApplication.translate("CommandLine", "Attendance marks: {count}").format(
            count=number(summary.attendance_marks)),
        "  " + QCoreApplication.translate("CommandLine", "Marks: {marks}, in %n assessment(s)", None,
                                          counts.get("assessments", 0)).format(marks=number(summary.marks)),
        "  " + QCoreApplication.translate("CommandLine", "Payments: {payments} ({cancelled} cancelled), "
                                          "%n invoice(s)", None, counts.get("invoices", 0)).format(
            payments=number(summary.payments), cancelled=number(summary.cancelled_payments)),
        "  " + QCoreApplication.translate("CommandLine", "Made in {seconds} s").format(
            seconds=decimal(summary.seconds, 1)),
        "  " + QCoreApplication.translate("CommandLine", "Sign in as {users}").format(users=sign_in),
    ))


# ---------------------------------------------------------------------------
# --help and argparse's own words
# ---------------------------------------------------------------------------

# argparse's own words (it says them through gettext, which has no Daftar
# catalogue): the ones a person meets in ``--help`` and in a mistyped command.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
)


def said(text: str | None) -> str | None:
    """A help text in the installed language: Daftar's own (marked, context "CommandLine") or argparse's."""
    if not text or QCoreApplication.instance() is None:
        return text
    from app.services.context import Message

    return QCoreApplication.translate(text.context if isinstance(text, Message) else "argparse", str(text))


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help, with every text (headings, descriptions, each option's help) in the installed language."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # noqa: ANN001 - argparse's own
        super().add_usage(usage, actions, groups, said("usage: ") if prefix is None else prefix)

    def start_section(self, heading) -> None:  # noqa: ANN001
        super().start_section(said(heading))

    def add_text(self, text) -> None:  # noqa: ANN001
        super().add_text(said(text) if text is not argparse.SUPPRESS else text)

    def _get_help_string(self, action) -> str | None:  # noqa: ANN001
        return said(action.help)


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` that speaks the person's language when it shows its help or a mistake.

    The language is installed only then (the app itself installs it on its
    own ``QApplication``): a run that opens the window never makes a
    ``QCoreApplication`` here. While :meth:`parse_args` runs, argparse's
    gettext is the app's translation (context "argparse"); only a mistake
    asks for it, and a mistake ends the run.
    """

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def parse_args(self, args=None, namespace=None):  # noqa: ANN001, ANN201
        own = argparse._
        argparse._ = _argparse_words
        try:
            return super().parse_args(args, namespace)
        finally:
            argparse._ = own

    def print_help(self, file=None) -> None:  # noqa: ANN001
        _speak_for(sys.argv[1:] if _argv is None else _argv)
        super().print_help(file)

    def print_usage(self, file=None) -> None:  # noqa: ANN001
        _speak_for(sys.argv[1:] if _argv is None else _argv)
        super().print_usage(file)


_argv: list[str] | None = None
_spoken = False


def parse(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """``parser.parse_args(argv)``; its help and its mistakes are said in the language ``argv`` asks for."""
    global _argv
    _argv = argv
    return parser.parse_args(argv)


def _argparse_words(text: str) -> str:
    _speak_for(sys.argv[1:] if _argv is None else _argv)
    return said(text)


def _speak_for(argv: list[str]) -> None:
    """Install the language of ``--lang``/``DAFTAR_LANG``/the settings of ``--data-dir``, once."""
    global _spoken
    if _spoken:
        return
    _spoken = True
    first = argparse.ArgumentParser(add_help=False)
    first.add_argument("--lang")
    first.add_argument("--data-dir")
    try:
        known, _rest = first.parse_known_args(argv)
    except SystemExit:  # "--lang" with nothing after it: argparse says so, in English
        return
    speak(Paths.default(known.data_dir), known.lang)
