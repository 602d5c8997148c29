"""Setup → School, Year & terms, and Holidays & weekends: what the school's server decides.

All change through the server's admin API only (online); this computer's copy
follows at the next sync. The School page holds the school's details and its
attendance and results rules (attendance mode, edit window, chronic-absence
threshold, class position on report cards). The logo is read and scaled in the background
(``QImage`` works off the UI thread) and kept as a small PNG.
"""

from __future__ import annotations

import base64
import datetime as dt
import zoneinfo
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QLocale, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.services import setup
from app.services.context import QT_TRANSLATE_NOOP, ServiceError
from app.ui.formatting import format_date
from app.ui.i18n import date_field_in_order, translated
from app.ui.setup.common import ROW_ROLE, FormDialog, SetupPage, error_label, show_error
from app.ui.tasks import report_to_excepthook

CURRENCIES = ("PKR", "INR", "BDT", "NPR", "LKR", "AFN", "KES", "UGX", "TZS", "RWF", "ETB", "NGN", "GHS", "ZAR",
              "EGP", "MAD", "AED", "SAR", "QAR", "OMR", "USD", "EUR", "GBP")
LOGO_SIDE = 256  # pixels: enough for a receipt or a report card's heading


def scale_logo(path: str) -> str:
    """An image file → a base64 PNG that fits :data:`LOGO_SIDE` and the protocol's size limit.

    Runs on a worker thread. Raises :class:`ServiceError` with the reason.
    """
    image = QImage(path)
    if image.isNull():
        raise ServiceError(QT_TRANSLATE_NOOP("Setup", "That file is not an image Daftar can read (use PNG, JPEG or "
                                                      "BMP)."))
    side = LOGO_SIDE
    while side >= 32:
        scaled = image
        if image.width() > side or image.height() > side:
            scaled = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        scaled.save(buffer, "PNG")
        buffer.close()
        raw = bytes(data.data())
        if len(raw) <= setup.LOGO_MAX_BYTES:
            return setup.check_logo(base64.b64encode(raw).decode("ascii"))
        side //= 2
    raise ServiceError(QT_TRANSLATE_NOOP("Setup", "That image stays too large even when made small; choose a "
                                                  "simpler logo."))


def logo_pixmap(logo_png: str, side: int = 96) -> QPixmap:
    pixmap = QPixmap()
    if logo_png:
        pixmap.loadFromData(base64.b64decode(logo_png), "PNG")
        if not pixmap.isNull():
            pixmap = pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
    return pixmap


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    date_field_in_order(edit)
    edit.setDate(_qdate(day or dt.date.today()))
    return edit


def language_name(code: str) -> str:
    locale = QLocale(code)
    native = locale.nativeLanguageName() or code
    return f"{native[:1].upper()}{native[1:]} ({code})"


class SchoolPage(SetupPage):
    """The school's name, code, logo, address, currency, time zone and language; its attendance rules."""

    entities = ("schools",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.heading(self.tr("School"), self.tr(
            "These details are kept by the school's server and reach every computer of the school. "
            "They can be changed only online."))
        self.logo_png = ""
        self.code_label = QLabel("")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.address_edit = QPlainTextEdit()
        self.address_edit.setFixedHeight(64)
        self.phone_edit = QLineEdit()
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(CURRENCIES)
        self.digits_spin = QSpinBox()
        self.digits_spin.setRange(0, 3)
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(sorted(zoneinfo.available_timezones()))
        self.language_combo = QComboBox()
        for code in setup.SCHOOL_LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.logo_label = QLabel(self.tr("No logo"))
        self.logo_label.setFixedSize(104, 104)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setStyleSheet("border: 1px solid palette(mid);")
        self.choose_logo_button = QPushButton(self.tr("Choose a Logo…"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove the Logo"))
        self.remove_logo_button.clicked.connect(lambda: self._set_logo(""))
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.code_label)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow(self.tr("Address:"), self.address_edit)
        form.addRow(self.tr("Phone:"), self.phone_edit)
        form.addRow(self.tr("Currency:"), self.currency_combo)
        form.addRow(self.tr("Digits after the point:"), self.digits_spin)
        form.addRow(self.tr("Time zone:"), self.zone_combo)
        form.addRow(self.tr("Language:"), self.language_combo)
        self.layout_.addLayout(form)
        self.layout_.addWidget(self._rules_box())
        self.error = error_label()
        self.layout_.addWidget(self.error)
        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save on the School's Server"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo My Edits"))
        self.revert_button.clicked.connect(lambda: self.data is not None and self.show_data(self.data))
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.revert_button)
        save_row.addStretch(1)
        self.layout_.addLayout(save_row)
        self.layout_.addWidget(self.status)
        self.layout_.addStretch(1)
        for edit in (self.name_edit, self.address_edit, self.phone_edit, self.digits_spin):
            edit.setReadOnly(not self.can_edit)  # read-only, not greyed: the principal reads them
        for edit in (self.periods_spin, self.edit_days_spin, self.chronic_spin):
            edit.setReadOnly(not self.can_edit)
        for widget in (self.currency_combo, self.zone_combo, self.language_combo, self.choose_logo_button,
                       self.remove_logo_button, self.save_button, self.revert_button, self.mode_combo,
                       self.position_check):
            widget.setEnabled(self.can_edit)

    def _rules_box(self) -> QGroupBox:
        """How attendance is taken and judged, and what report cards show (setup.check_attendance_rules)."""
        box = QGroupBox(self.tr("Attendance and results"))
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Once a day"), "daily")
        self.mode_combo.addItem(self.tr("Every period"), "period")
        self.periods_spin = QSpinBox()
        self.periods_spin.setRange(*setup.PERIODS_PER_DAY)
        self.mode_combo.currentIndexChanged.connect(
            lambda _i: self.periods_spin.setEnabled(self.mode_combo.currentData() == "period"))
        self.edit_days_spin = QSpinBox()
        self.edit_days_spin.setRange(*setup.EDIT_WINDOW_DAYS)
        self.edit_days_spin.setSuffix(self.tr(" days"))
        self.edit_days_spin.setSpecialValueText(self.tr("The same day only"))
        self.edit_days_spin.setToolTip(self.tr(
            "How many days back a teacher may still change a roll call. The office and the principal may "
            "always correct one."))
        self.chronic_spin = QSpinBox()
        self.chronic_spin.setRange(*setup.CHRONIC_PERCENT)
        self.chronic_spin.setSuffix("%")
        self.chronic_spin.setToolTip(self.tr(
            "A student present on fewer of the last 30 school days than this is listed as chronically absent."))
        self.position_check = QCheckBox(self.tr("Show each student's position in the class on report cards"))
        form = QFormLayout(box)
        form.addRow(self.tr("Attendance taken:"), self.mode_combo)
        form.addRow(self.tr("Periods a day:"), self.periods_spin)
        form.addRow(self.tr("Teachers may change a past roll call for:"), self.edit_days_spin)
        form.addRow(self.tr("Chronically absent below:"), self.chronic_spin)
        form.addRow("", self.position_check)
        return box

    def read(self, session: Any) -> dict[str, Any]:
        return setup.read_school(session)

    def has_unsaved_edits(self) -> bool:
        school = self.data or {}
        if not school:
            return False
        wanted = self.wanted()
        read = {"name": school.get("name", ""), "address": school.get("address", ""),
                "phone": school.get("phone", ""), "currency": school.get("currency", ""),
                "currency_digits": int(school.get("currency_digits", 2)), "time_zone": school.get("time_zone", "UTC"),
                "locale": school.get("locale", "en_US")}
        return (wanted != read or self.logo_png != school.get("logo_png", "")
                or self.wanted_rules() != self._rules_of(school))

    @staticmethod
    def _rules_of(school: dict[str, Any]) -> dict[str, Any]:
        return {"attendance_mode": school.get("attendance_mode") or "daily",
                "periods_per_day": int(school.get("periods_per_day") or 1),
                "attendance_edit_days": int(school.get("attendance_edit_days") or 0),
                "chronic_absence_percent": int(school.get("chronic_absence_percent") or 90),
                "show_class_position": bool(school.get("show_class_position", True))}

    def wanted_rules(self) -> dict[str, Any]:
        return {"attendance_mode": self.mode_combo.currentData(), "periods_per_day": self.periods_spin.value(),
                "attendance_edit_days": self.edit_days_spin.value(),
                "chronic_absence_percent": self.chronic_spin.value(),
                "show_class_position": self.position_check.isChecked()}

    def show_data(self, school: dict[str, Any]) -> None:
        show_error(self.error, "")
        self.code_label.setText(school.get("code", ""))
        self.name_edit.setText(school.get("name", ""))
        self.address_edit.setPlainText(school.get("address", ""))
        self.phone_edit.setText(school.get("phone", ""))
        self.currency_combo.setCurrentText(school.get("currency", ""))
        self.digits_spin.setValue(int(school.get("currency_digits", 2)))
        self.zone_combo.setCurrentText(school.get("time_zone", "UTC"))
        locale = school.get("locale", "en_US")
        if self.language_combo.findData(locale) < 0:
            self.language_combo.addItem(language_name(locale), locale)
        self.language_combo.setCurrentIndex(self.language_combo.findData(locale))
        self._set_logo(school.get("logo_png", ""))
        rules = self._rules_of(school)
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(rules["attendance_mode"])))
        self.periods_spin.setValue(rules["periods_per_day"])
        self.periods_spin.setEnabled(rules["attendance_mode"] == "period")
        self.edit_days_spin.setValue(rules["attendance_edit_days"])
        self.chronic_spin.setValue(rules["chronic_absence_percent"])
        self.position_check.setChecked(rules["show_class_position"])

    def _set_logo(self, logo_png: str) -> None:
        self.logo_png = logo_png
        pixmap = logo_pixmap(logo_png)
        if pixmap.isNull():
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("No logo"))
        else:
            self.logo_label.setPixmap(pixmap)
        self.remove_logo_button.setEnabled(self.can_edit and bool(logo_png))

    def choose_logo(self) -> QFileDialog:
        """The file dialog, opened (not exec'd): the chosen file is read in the background."""
        dialog = QFileDialog(self, self.tr("Choose the School's Logo"), "",
                             self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.fileSelected.connect(self.load_logo_file)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.file_dialog = dialog
        return dialog

    def load_logo_file(self, path: str) -> None:
        """Read and scale an image in the background; it is saved with the rest of the form."""
        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                show_error(self.error, translated(exc))
            else:
                report_to_excepthook(exc)

        self.ctx.tasks.run_task(lambda: scale_logo(path), on_success=self._logo_loaded, on_error=failed, owner=self)

    def _logo_loaded(self, logo_png: str) -> None:
        show_error(self.error, "")
        self._set_logo(logo_png)
        self.say(self.tr("The logo is ready; save to keep it."))

    def wanted(self) -> dict[str, Any]:
        return {"name": self.name_edit.text(), "address": self.address_edit.toPlainText(),
                "phone": self.phone_edit.text(), "currency": self.currency_combo.currentText(),
                "currency_digits": self.digits_spin.value(), "time_zone": self.zone_combo.currentText(),
                "locale": self.language_combo.currentData() or ""}

    def save(self) -> None:
        show_error(self.error, "")
        current = dict(self.data or {})
        try:
            fields = setup.check_school_details(**self.wanted())
            fields.update(setup.check_attendance_rules(**self.wanted_rules()))
            if "logo_png" in current:
                fields["logo_png"] = setup.check_logo(self.logo_png)
        except ServiceError as exc:
            show_error(self.error, translated(exc))
            return
        changes = setup.school_changes(current, fields)
        if not changes:
            self.say(self.tr("Nothing to save: the details are as the server has them."))
            return
        self.write_server(lambda api, _session: api.change_school(changes))


# --------------------------------------------------------------------------
# Year & terms
# --------------------------------------------------------------------------


class CalendarPage(SetupPage):
    """Academic years, and the terms of the chosen year."""

    entities = ("academic_years", "terms")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.heading(self.tr("Year & terms"), self.tr(
            "The academic calendar is kept by the school's server; changes are made online and reach this "
            "computer with the next sync. Terms lie inside their year and do not overlap."))
        yes = self.tr("Yes")
        self.years_view, self.years = self.table([
            (self.tr("Year"), lambda r: r["name"], None),
            (self.tr("From"), lambda r: format_date(r["starts_on"]), lambda r: r["starts_on"].toordinal()),
            (self.tr("To"), lambda r: format_date(r["ends_on"]), lambda r: r["ends_on"].toordinal()),
            (self.tr("Current"), lambda r: yes if r["current"] else "", None),
        ], self.edit_year)
        self.terms_view, self.terms = self.table([
            (self.tr("Term"), lambda r: r["name"], None),
            (self.tr("From"), lambda r: format_date(r["starts_on"]), lambda r: r["starts_on"].toordinal()),
            (self.tr("To"), lambda r: format_date(r["ends_on"]), lambda r: r["ends_on"].toordinal()),
            (self.tr("Weight"), lambda r: f"{r['weight']}%", lambda r: r["weight"]),
            (self.tr("Marks entry"), lambda r: self.tr("Open") if r["entry_open"] else self.tr("Closed"), None),
            (self.tr("Published"), lambda r: yes if r["published"] else "", None),
        ], self.edit_term)
        self.layout_.addWidget(self.years_view, 2)
        self.layout_.addLayout(self.buttons((self.tr("Add a Year…"), self.add_year),
                                            (self.tr("Edit the Year…"), self.edit_year),
                                            (self.tr("Make It the Current Year"), self.make_current)))
        self.terms_title = QLabel(self.tr("Terms"))
        self.terms_title.setStyleSheet("font-weight: 600;")
        self.layout_.addWidget(self.terms_title)
        self.layout_.addWidget(self.terms_view, 3)
        self.layout_.addLayout(self.buttons((self.tr("Add a Term…"), self.add_term),
                                            (self.tr("Edit the Term…"), self.edit_term),
                                            (self.tr("Remove the Term"), self.remove_term)))
        self.layout_.addWidget(self.status)
        self.years_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_terms())

    def read(self, session: Any) -> dict[str, list[dict[str, Any]]]:
        return {"years": setup.read_years(session), "terms": setup.read_terms(session)}

    def show_data(self, data: dict[str, Any]) -> None:
        chosen = self.selected(self.years_view)
        self.years.set_rows(data["years"])
        ids = [y["id"] for y in data["years"]]
        want = chosen["id"] if chosen and chosen["id"] in ids else next(
            (y["id"] for y in data["years"] if y["current"]), ids[0] if ids else None)
        if want is not None:
            proxy = self.years_view.model()
            for row in range(proxy.rowCount()):
                if proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)["id"] == want:
                    self.years_view.setCurrentIndex(proxy.index(row, 0))
                    break
        self._show_terms()

    def _show_terms(self) -> None:
        year = self.selected(self.years_view)
        terms = [t for t in (self.data or {}).get("terms", []) if year and t["academic_year_id"] == year["id"]]
        self.terms.set_rows(terms)
        self.terms_title.setText(self.tr("Terms of {year}").format(year=year["name"]) if year else self.tr("Terms"))

    # -- years -----------------------------------------------------------------

    def add_year(self) -> None:
        self._year_dialog(None)

    def edit_year(self) -> None:
        year = self.selected(self.years_view)
        if self.need_selection(year, self.tr("a year")):
            self._year_dialog(year)

    def _year_dialog(self, year: dict[str, Any] | None) -> FormDialog:
        dialog = FormDialog(self.tr("Academic Year") if year else self.tr("New Academic Year"), self)
        today = dt.date.today()
        dialog.name_edit = dialog.add(self.tr("Name:"), QLineEdit(year["name"] if year else ""))
        dialog.name_edit.setPlaceholderText(self.tr("e.g. 2026–27"))
        dialog.starts_edit = dialog.add(self.tr("First day:"), date_edit(year["starts_on"] if year else today))
        dialog.ends_edit = dialog.add(self.tr("Last day:"), date_edit(
            year["ends_on"] if year else today + dt.timedelta(days=330)))
        year_id = year["id"] if year else None

        def save() -> None:
            name, starts, ends = dialog.name_edit.text(), _pydate(dialog.starts_edit), _pydate(dialog.ends_edit)

            def call(api: Any, session: Any) -> None:
                fields = setup.check_year(session, name=name, starts_on=starts, ends_on=ends, year_id=year_id)
                if year_id is None:
                    fields["current"] = not setup.read_years(session)
                api.save("academic_years", year_id, fields)

            self.write_server(call, dialog)

        dialog.on_save = save
        return self.open_dialog(dialog)

    def make_current(self) -> None:
        year = self.selected(self.years_view)
        if not self.need_selection(year, self.tr("a year")):
            return
        if year["current"]:
            self.say(self.tr("{year} is already the current year.").format(year=year["name"]))
            return
        others = [y["id"] for y in (self.data or {}).get("years", []) if y["current"]]

        def call(api: Any, _session: Any) -> None:
            api.save("academic_years", year["id"], {"current": True})
            for other in others:
                api.save("academic_years", other, {"current": False})

        self.write_server(call)

    # -- terms -----------------------------------------------------------------

    def add_term(self) -> None:
        year = self.selected(self.years_view)
        if self.need_selection(year, self.tr("the year the term belongs to")):
            self._term_dialog(year, None)

    def edit_term(self) -> None:
        term = self.selected(self.terms_view)
        year = self.selected(self.years_view)
        if self.need_selection(term, self.tr("a term")) and year is not None:
            self._term_dialog(year, term)

    def _term_dialog(self, year: dict[str, Any], term: dict[str, Any] | None) -> FormDialog:
        dialog = FormDialog(self.tr("Term of {year}").format(year=year["name"]), self)
        dialog.name_edit = dialog.add(self.tr("Name:"), QLineEdit(term["name"] if term else ""))
        dialog.name_edit.setPlaceholderText(self.tr("e.g. Term 1"))
        dialog.starts_edit = dialog.add(self.tr("First day:"), date_edit(term["starts_on"] if term else year["starts_on"]))
        dialog.ends_edit = dialog.add(self.tr("Last day:"), date_edit(term["ends_on"] if term else year["ends_on"]))
        weight = QSpinBox()
        weight.setRange(0, 100)
        weight.setSuffix("%")
        weight.setValue(term["weight"] if term else 0)
        dialog.weight_spin = dialog.add(self.tr("Weight in the year's result:"), weight)
        dialog.open_check = dialog.add("", QCheckBox(self.tr("Teachers may enter marks")))
        dialog.open_check.setChecked(term["entry_open"] if term else True)
        term_id = term["id"] if term else None

        def save() -> None:
            values = {"name": dialog.name_edit.text(), "starts_on": _pydate(dialog.starts_edit),
                      "ends_on": _pydate(dialog.ends_edit), "weight": dialog.weight_spin.value()}
            entry_open = dialog.open_check.isChecked()

            def call(api: Any, session: Any) -> None:
                fields = setup.check_term(session, academic_year_id=year["id"], term_id=term_id, **values)
                fields["entry_open"] = entry_open
                if term_id is None:
                    fields["published"] = False
                api.save("terms", term_id, fields)

            self.write_server(call, dialog)

        dialog.on_save = save
        return self.open_dialog(dialog)

    def remove_term(self) -> None:
        term = self.selected(self.terms_view)
        if not self.need_selection(term, self.tr("a term")):
            return
        def call(api: Any, session: Any) -> None:
            setup.check_term_removal(session, term["id"])
            api.delete("terms", term["id"])

        self.write_server(call, done_text=self.tr("{term} was removed on the school's server.").format(
            term=term["name"]))


# --------------------------------------------------------------------------
# Holidays & weekends
# --------------------------------------------------------------------------


def weekday_name(weekday: int) -> str:
    """Monday 0 … Sunday 6, in the person's language."""
    return QLocale().standaloneDayName(weekday + 1, QLocale.FormatType.LongFormat)


class HolidaysPage(SetupPage):
    """The school's weekend days, and its holidays and closed days: no roll call is taken on any of them."""

    entities = ("school_calendar", "schools")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.heading(self.tr("Holidays & weekends"), self.tr(
            "No roll call is taken on a weekend day, a holiday or a closed day. They are kept by the school's "
            "server and can be changed only online."))
        weekend_title = QLabel(self.tr("Weekend days"))
        weekend_title.setStyleSheet("font-weight: 600;")
        self.layout_.addWidget(weekend_title)
        row = QHBoxLayout()
        self.weekend_checks: list[QCheckBox] = []
        for weekday in range(7):
            check = QCheckBox(weekday_name(weekday))
            check.setEnabled(self.can_edit)
            self.weekend_checks.append(check)
            row.addWidget(check)
        self.save_weekend_button = QPushButton(self.tr("Save the Weekend"))
        self.save_weekend_button.setEnabled(self.can_edit)
        self.save_weekend_button.clicked.connect(self.save_weekend)
        row.addSpacing(12)
        row.addWidget(self.save_weekend_button)
        row.addStretch(1)
        self.layout_.addLayout(row)

        days_title = QLabel(self.tr("Holidays and closed days"))
        days_title.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.layout_.addWidget(days_title)
        kinds = {"holiday": self.tr("Holiday"), "closed": self.tr("Closed day")}
        self.days_view, self.days = self.table([
            (self.tr("Date"), lambda r: format_date(r["date"]), lambda r: r["date"].toordinal()),
            (self.tr("Day"), lambda r: weekday_name(r["date"].weekday()), lambda r: r["date"].toordinal()),
            (self.tr("Kind"), lambda r: kinds.get(r["kind"], r["kind"]), None),
            (self.tr("Name"), lambda r: r["name"], None),
        ])
        self.days_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.layout_.addWidget(self.days_view, 1)
        self.layout_.addLayout(self.buttons((self.tr("Add Holidays…"), self.add_days),
                                            (self.tr("Remove the Chosen Days"), self.remove_days)))
        self.layout_.addWidget(self.status)

    def read(self, session: Any) -> dict[str, Any]:
        return {"days": setup.read_calendar(session),
                "weekend_days": list(setup.read_school(session).get("weekend_days") or [])}

    def weekend_wanted(self) -> list[int]:
        return [d for d, check in enumerate(self.weekend_checks) if check.isChecked()]

    def has_unsaved_edits(self) -> bool:
        return self.data is not None and self.weekend_wanted() != sorted(self.data["weekend_days"])

    def show_data(self, data: dict[str, Any]) -> None:
        weekend = set(data["weekend_days"])
        for weekday, check in enumerate(self.weekend_checks):
            check.setChecked(weekday in weekend)
        self.days.set_rows(data["days"])

    def save_weekend(self) -> None:
        try:
            days = setup.check_weekend_days(self.weekend_wanted())
        except ServiceError as exc:
            self.say(translated(exc), error=True)
            return
        if self.data is not None and days == sorted(self.data["weekend_days"]):
            self.say(self.tr("Nothing to save: the weekend is as the server has it."))
            return
        self.write_server(lambda api, _session: api.change_school({"weekend_days": days}))

    def add_days(self) -> FormDialog:
        dialog = FormDialog(self.tr("Add Holidays"), self)
        today = dt.date.today()
        dialog.first_edit = dialog.add(self.tr("First day:"), date_edit(today))
        dialog.last_edit = dialog.add(self.tr("Last day:"), date_edit(today))
        dialog.kind_combo = QComboBox()
        dialog.kind_combo.addItem(self.tr("Holiday"), "holiday")
        dialog.kind_combo.addItem(self.tr("Closed day (e.g. weather, elections)"), "closed")
        dialog.add(self.tr("Kind:"), dialog.kind_combo)
        dialog.name_edit = dialog.add(self.tr("Name:"), QLineEdit())
        dialog.name_edit.setMaxLength(100)
        dialog.name_edit.setPlaceholderText(self.tr("e.g. Winter break"))
        note = QLabel(self.tr("Weekend days in between are left out. One day: the same first and last day."))
        note.setWordWrap(True)
        dialog.extra.addWidget(note)
        # The first day moves the last one along when it would fall before it.
        dialog.first_edit.dateChanged.connect(
            lambda d: dialog.last_edit.date() < d and dialog.last_edit.setDate(d))
        weekend = list((self.data or {}).get("weekend_days") or [])
        # The days the person was told already have roll calls: Save again with the same days adds them anyway.
        warned: dict[str, Any] = {"days": None}

        def save() -> None:
            first, last = _pydate(dialog.first_edit), _pydate(dialog.last_edit)
            kind, name = dialog.kind_combo.currentData(), dialog.name_edit.text().strip()
            told = warned["days"] == (first, last)

            def call(api: Any, session: Any) -> None:
                days = setup.check_holidays(session, first=first, last=last, kind=kind, name=name,
                                            weekend_days=weekend)
                if not told:
                    try:
                        setup.check_no_roll_calls(session, days)
                    except setup.RollCallsTaken:
                        warned["days"] = (first, last)
                        raise
                api.add_holidays(first=first.isoformat(), last=last.isoformat(), kind=kind, name=name)

            self.write_server(call, dialog)

        dialog.on_save = save
        return self.open_dialog(dialog)

    def chosen_days(self) -> list[dict[str, Any]]:
        rows = self.days_view.selectionModel().selectedRows()
        return sorted((index.data(ROW_ROLE) for index in rows), key=lambda r: r["date"])

    def remove_days(self) -> None:
        chosen = self.chosen_days()
        if not chosen:
            self.say(self.tr("Choose the days to remove in the list first."), error=True)
            return
        ids = [r["id"] for r in chosen]
        self.write_server(lambda api, _session: api.remove_holidays(ids), done_text=self.tr(
            "Taken off the calendar on the school's server ({n}); this computer has the change once it has "
            "synced (now under way).").format(n=len(ids)))
