"""The first window when no school is open: try the demo school, or open a school file.

Signing in to a school's server comes with the sync engine (a later issue);
until then this window offers only what works.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.resources import icon


class WelcomeWindow(QWidget):
    demo_requested = Signal()
    open_file_requested = Signal()
    #: A school file found in the data folder was chosen.
    school_file_chosen = Signal(Path)

    def __init__(self, school_files: list[Path] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("Welcome to Daftar"))
        self.setWindowIcon(icon("daftar"))
        self.resize(760, 620)

        logo = QLabel()
        logo.setPixmap(icon("daftar").pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        logo.setFixedHeight(80)
        title = QLabel(self.tr("Welcome to Daftar"))
        title.setObjectName("welcomeTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text = QLabel(
            self.tr(
                "Attendance, marks, fees and receipts for your school. Everything is kept on this "
                "computer, so Daftar works without the internet."
            )
        )
        text.setObjectName("welcomeText")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.demo_button = QPushButton(icon("demo"), self.tr("Open the demo school"))
        self.demo_button.setObjectName("primaryButton")
        self.demo_button.setIconSize(QSize(20, 20))
        self.demo_button.setDefault(True)
        demo_note = QLabel(
            self.tr("A made-up school with students, a term of attendance, marks and fees, to try Daftar out.")
        )
        demo_note.setObjectName("welcomeText")
        demo_note.setWordWrap(True)
        demo_note.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.open_button = QPushButton(icon("school-file"), self.tr("Open a school file…"))
        self.open_button.setObjectName("secondaryButton")
        self.open_button.setIconSize(QSize(20, 20))

        for button in (self.demo_button, self.open_button):
            button.setMinimumHeight(44)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setCursor(Qt.CursorShape.PointingHandCursor)

        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(logo)
        column.addWidget(title)
        column.addWidget(text)
        column.addSpacing(16)
        column.addWidget(self.demo_button)
        column.addWidget(demo_note)
        column.addSpacing(8)
        column.addWidget(self.open_button)

        self.school_buttons: list[QPushButton] = []
        files = [p for p in (school_files or []) if p.exists()]
        if files:
            column.addSpacing(12)
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setStyleSheet("color: #dde3e7;")
            column.addWidget(line)
            heading = QLabel(self.tr("School files on this computer"))
            heading.setObjectName("sectionHeading")
            column.addWidget(heading)
            for path in files:
                button = QPushButton(icon("school-file"), path.name)
                button.setObjectName("secondaryButton")
                button.setToolTip(str(path))
                button.setMinimumHeight(38)
                button.clicked.connect(lambda _=False, p=path: self.school_file_chosen.emit(p))
                column.addWidget(button)
                self.school_buttons.append(button)

        holder = QWidget()
        holder.setMaximumWidth(460)
        holder.setLayout(column)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)

        self.demo_button.clicked.connect(self.demo_requested)
        self.open_button.clicked.connect(self.open_file_requested)

    def set_busy(self, busy: bool) -> None:
        """While a school is opening, the buttons wait."""
        for button in (self.demo_button, self.open_button, *self.school_buttons):
            button.setEnabled(not busy)
