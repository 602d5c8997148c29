"""Printing many receipts at once: a day's, a cashier's or a student's, as one PDF made in the background.

Opened from the Fees screen. The person chooses which receipts, the format
and where to save; the PDF is made by a background task
(:func:`app.reports.receipt_batch.save_receipt_batch`) with a progress bar
and a Stop button, so a thousand receipts never hold up the window. A stopped
batch writes nothing. The saved PDF opens in the computer's PDF viewer, to
print from there.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.fees import batch_payment_ids
from app.ui.context import AppContext, OpenSchool
from app.ui.formatting import format_date
from app.ui.i18n import date_field_in_order, translated
from app.ui.payment import school_actor


class ReceiptBatchDialog(QDialog):
    """Choose receipts, make their PDF in the background; ``finished_batch(path)`` when it is saved."""

    finished_batch = Signal(str)

    def __init__(self, ctx: AppContext, school: OpenSchool, student: tuple[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.student = student  # (id, name) of the student open on the Fees screen
        self.stop_event = threading.Event()
        app = QCoreApplication.instance()
        if app is not None:  # quitting stops a batch at its next receipt (the app waits for its workers)
            app.aboutToQuit.connect(self.stop_event.set)
        self.running = False
        self.saved_path: Path | None = None
        # Where to save without asking (tests); None asks the person.
        self.choose_path = None
        self.setWindowTitle(self.tr("Print receipts"))
        self.setMinimumWidth(480)

        self.by_day = QRadioButton(self.tr("The receipts of a day"))
        self.by_day.setChecked(True)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        date_field_in_order(self.day)
        self.day.setAccessibleName(self.tr("Day"))
        self.only_mine = QCheckBox(self.tr("Only the ones I took"))
        self.by_student = QRadioButton(self.tr("Every receipt of {name}").format(name=student[1]) if student
                                       else self.tr("Every receipt of a student (open one on the Fees screen)"))
        self.by_student.setEnabled(student is not None)
        self.format = QComboBox()
        self.format.addItem(self.tr("A5 sheet"), "a5")
        self.format.addItem(self.tr("80 mm roll"), "thermal80")
        self.format.setAccessibleName(self.tr("Receipt format"))
        self.duplicate = QCheckBox(self.tr("Mark as DUPLICATE (they were printed before)"))
        self.duplicate.setChecked(True)
        self.count = QLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setEnabled(False)  # until the receipts are counted
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.hide()
        self.open_button = QPushButton(self.tr("Open the PDF"))
        self.open_button.hide()
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.stop_button.clicked.connect(self.stop)
        self.open_button.clicked.connect(self.open_pdf)

        day_row = QHBoxLayout()
        day_row.addWidget(self.by_day)
        day_row.addWidget(self.day)
        day_row.addWidget(self.only_mine)
        day_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.stop_button)
        progress_row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(day_row)
        layout.addWidget(self.by_student)
        layout.addLayout(form)
        layout.addWidget(self.duplicate)
        layout.addWidget(self.count)
        layout.addLayout(progress_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        for signal in (self.by_day.toggled, self.by_student.toggled, self.only_mine.toggled, self.day.dateChanged):
            signal.connect(self.count_receipts)
        self.count_receipts()

    def chosen_day(self) -> dt.date:
        d = self.day.date()
        return dt.date(d.year(), d.month(), d.day())

    def _query(self) -> dict:
        if self.by_student.isChecked() and self.student is not None:
            return {"student_id": self.student[0]}
        query: dict = {"day": self.chosen_day()}
        if self.only_mine.isChecked():
            query["cashier_id"] = school_actor(self.school).user_id
        return query

    @Slot()
    def count_receipts(self, *_args) -> None:  # noqa: ANN002
        query, db = self._query(), self.school.db
        self.ids: list[str] = []
        self.save_button.setEnabled(False)

        def read() -> list[str]:
            with db.session() as s:
                return batch_payment_ids(s, **query)

        def show(ids: list[str]) -> None:
            if query != self._query():
                return  # the choice changed meanwhile: a newer count is on its way
            self.ids = ids
            if "day" in query:
                self.count.setText(self.tr("%n receipt(s) on {day}.", "", len(ids)).format(
                    day=format_date(query["day"])))
            else:
                self.count.setText(self.tr("%n receipt(s).", "", len(ids)))
            self.save_button.setEnabled(bool(ids) and not self.running)

        self.ctx.tasks.run_task(read, on_success=show, owner=self)

    @Slot()
    def start(self) -> None:
        if self.running or not self.ids:
            return
        if self.choose_path is not None:
            path = Path(self.choose_path)
        else:
            name = f"receipts-{self.chosen_day().isoformat()}.pdf" if self.by_day.isChecked() else "receipts.pdf"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the receipts as PDF"), name, "PDF (*.pdf)")
            if not chosen:
                return
            path = Path(chosen)
        from app.reports.receipt_batch import BatchCancelled, save_receipt_batch

        ids, db, fmt, duplicate = list(self.ids), self.school.db, self.format.currentData(), \
            self.duplicate.isChecked()
        self.stop_event.clear()
        stop = self.stop_event
        self.running = True
        self.save_button.setEnabled(False)
        self.open_button.hide()
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.progress.show()
        self.stop_button.show()
        self.stop_button.setEnabled(True)
        self.message.setText(self.tr("Making %n receipt(s)…", "", len(ids)))

        def work(report):  # noqa: ANN001, ANN202 - on a worker thread
            return save_receipt_batch(db, ids, path, fmt=fmt, duplicate=duplicate, progress=report,
                                      should_stop=stop.is_set, title=path.stem)

        def progressed(done: int, total: int) -> None:
            self.progress.setValue(done)

        def finished(result) -> None:  # noqa: ANN001
            self._ended()
            self.saved_path = result.path
            self.message.setText(self.tr("%n receipt(s) saved in {file}.", "", result.receipts).format(
                file=result.path.name))
            self.open_button.show()
            self.finished_batch.emit(str(result.path))

        def failed(exc: BaseException) -> None:
            self._ended()
            if isinstance(exc, BatchCancelled):
                self.message.setText(self.tr("Stopped. No file was saved."))
            elif isinstance(exc, (OSError, ValueError, LookupError)):
                self.message.setText(self.tr("The receipts could not be saved: {reason}").format(reason=translated(exc)))
            else:
                from app.ui.tasks import report_to_excepthook

                report_to_excepthook(exc)

        self.ctx.tasks.run_task(work, on_success=finished, on_error=failed, on_progress=progressed, owner=self)

    def _ended(self) -> None:
        self.running = False
        self.stop_button.hide()
        self.progress.hide()
        self.save_button.setEnabled(bool(self.ids))

    @Slot()
    def stop(self) -> None:
        self.stop_event.set()
        self.stop_button.setEnabled(False)
        self.message.setText(self.tr("Stopping…"))

    @Slot()
    def open_pdf(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))

    def reject(self) -> None:
        """Closing the window stops a batch still running (its worker ends at the next receipt)."""
        self.stop_event.set()
        super().reject()
