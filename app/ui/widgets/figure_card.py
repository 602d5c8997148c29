"""A card with one figure: a label, a big value, and a line of explanation."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget


class FigureCard(QFrame):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(4)
        self.label = QLabel(label)
        self.label.setObjectName("figureLabel")
        self.value = QLabel("–")
        self.value.setObjectName("figureValue")
        self.note = QLabel("")
        self.note.setObjectName("figureNote")
        self.note.setWordWrap(True)
        for w in (self.label, self.value, self.note):
            layout.addWidget(w)
        layout.addStretch(1)
        self.setMinimumHeight(108)

    def set_figure(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.setAccessibleName(f"{self.label.text()}: {value}")
        self.setAccessibleDescription(note)
