"""Changing the language while Daftar is open, right to left, and the text size.

The main window stays open: French, then Urdu, then English again are
installed the way the settings dialog does it, and what a person reads —
the navigation, the menus, the status bar, a table's headers, the
direction of the whole window — follows each time.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.ui.i18n import apply_text_size, install_translations
from app.ui.resources import style_sheet
from tests.ui.test_translations import admin_window  # noqa: F401 - the admin's window, a fixture


@pytest.fixture
def back_to_english(qapp):
    yield
    install_translations(qapp, "en_US")


def navigation(window) -> list[str]:  # noqa: ANN001
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def menus(window) -> list[str]:  # noqa: ANN001
    return [action.text() for action in window.menuBar().actions()]


def today_headers(window) -> list[str]:  # noqa: ANN001
    model = window.screens["today"].roll_call_model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount(QModelIndex()))]


def test_the_language_changes_while_the_main_window_is_open(qapp, main_window, back_to_english, qtbot):
    window = main_window
    window.show()
    assert "Roll call" in navigation(window) and menus(window)[0] == "&File"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight

    install_translations(qapp, "fr_FR")
    QApplication.processEvents()
    names = navigation(window)
    assert names[0] == "Aujourd’hui"
    assert "Appel" in names and "Frais de scolarité" in names and "Boîte de réception" in names
    assert menus(window)[:2] == ["&Fichier", "&Synchronisation"]
    assert window.switch_school_action.text() == "&Changer d’école…"
    assert today_headers(window)[:2] == ["Classe", "Élèves"]
    assert window.screens["today"].previous_day.toolTip() == "Jour précédent"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().toString(1234567) == "1\u202f234\u202f567"

    install_translations(qapp, "ur_PK")
    QApplication.processEvents()
    names = navigation(window)
    assert names[0] == "آج" and "حاضری" in names and "فیس" in names and "رسید" not in names
    assert menus(window)[0] == "&فائل"
    assert today_headers(window)[:2] == ["سیکشن", "طلبہ"]
    # The whole window mirrors: the navigation is on the right now.
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and window.navigation.isRightToLeft()
    nav_x = window.navigation.mapTo(window, window.navigation.rect().topLeft()).x()
    stack_x = window.stack.mapTo(window, window.stack.rect().topLeft()).x()
    assert nav_x > stack_x, "the navigation moved to the right side"
    today = window.screens["today"]
    assert today.previous_day.arrowType() == Qt.ArrowType.RightArrow, "“previous” points back, to the right"
    assert today.next_day.arrowType() == Qt.ArrowType.LeftArrow
    assert today.date_edit.displayFormat() == QLocale("ur_PK").dateFormat(QLocale.FormatType.ShortFormat)
    table = window.screens["today"].sections_view
    assert table.isRightToLeft() and table.horizontalHeader().isRightToLeft()

    install_translations(qapp, "en_US")
    QApplication.processEvents()
    assert navigation(window)[0] == "Today" and "Roll call" in navigation(window)
    assert menus(window)[0] == "&File"
    assert not window.isRightToLeft()
    assert window.screens["today"].previous_day.arrowType() == Qt.ArrowType.LeftArrow


def test_sentences_dates_and_numbers_made_from_data_follow_the_language(qapp, main_window, back_to_english):
    """What a screen wrote from its data (a long date, a count, a date field) is written again."""
    window = main_window
    window.show()
    window.show_screen("today")
    today = window.screens["today"]
    QApplication.processEvents()
    day = today.overview.day
    assert today.subtitle.text() == QLocale("en_US").toString(day, QLocale.FormatType.LongFormat)
    install_translations(qapp, "fr_FR")
    QApplication.processEvents()
    french = QLocale("fr_FR")
    assert today.subtitle.text() == french.toString(day, QLocale.FormatType.LongFormat)
    assert today.date_edit.displayFormat() == french.dateFormat(QLocale.FormatType.ShortFormat)
    assert today.date_edit.text() == french.toString(day, QLocale.FormatType.ShortFormat)
    assert window.sync_bar.last_label.text() == "Jamais synchronisé"
    assert window.sync_bar.problem_label.text() == (
        "Ce fichier d’école n’est connecté à aucun serveur : il est conservé sur cet ordinateur uniquement.")
    # A screen shown later reads its data in French too.
    window.show_screen("roll_call")
    QApplication.processEvents()
    roll_call = window.screens["roll_call"]
    assert french.toString(roll_call.data.day, QLocale.FormatType.LongFormat) in roll_call.subtitle.text()
    assert roll_call.counts_label.text().startswith("Élèves : ")


def test_the_text_size_setting_scales_the_font_and_the_style_sheet(qapp):
    base = qapp.font().pointSizeF()
    sheet = style_sheet()
    try:
        apply_text_size(qapp, 130, sheet)
        assert qapp.font().pointSizeF() == pytest.approx(round(base * 1.3, 1))
        assert "font-size: 29px" in qapp.styleSheet()  # the screen title: 22 px at 100 %
        label = QLabel("Roll call")
        label.setObjectName("screenTitle")
        big = label.sizeHint().height()
        apply_text_size(qapp, 100, sheet)
        label.style().unpolish(label)
        label.style().polish(label)
        assert label.sizeHint().height() < big
    finally:
        apply_text_size(qapp, 100, sheet)
    assert qapp.font().pointSizeF() == pytest.approx(base)


def keyboard_problems(root: QWidget, where: str) -> tuple[list[str], list[str]]:
    """Inputs of ``root`` that Tab does not reach, and inputs with no name a screen reader can say."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
    )

    inputs = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    # The roll call's code buttons repeat what a key does in the grid (the grid keeps the keyboard).
    keyed = set(getattr(root, "code_buttons", {}).values())
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    unreachable: list[str] = []
    missing: list[str] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, inputs) or not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if type(widget).__name__ in ("QHeaderView", "QTableCornerButton") or widget.parent().inherits("QAbstractSpinBox"):
            continue
        if isinstance(widget.parent(), (QComboBox, QLineEdit)) or widget.objectName().startswith("qt_"):
            continue
        label = widget.text() if isinstance(widget, QAbstractButton) else widget.objectName()
        name = f"{where}: {type(widget).__name__} {label or ''}".strip()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus and widget not in keyed \
                and not _reached_by_arrows(widget):
            unreachable.append(name)
        has_text = isinstance(widget, QAbstractButton) and widget.text().strip()
        if not (has_text or widget.accessibleName() or widget in buddies):
            missing.append(name)
    return unreachable, missing


def more_dialogs(window) -> list[QWidget]:  # noqa: ANN001 - MainWindow
    """The dialogs the pseudo-language walk does not open: the fees screen's (cancel a payment, concession,
    fee structures and a new fee head, printing receipts), the results' remarks, a dashboard list, the roster
    import, and each set-up page's edit dialog (with their date fields), opened."""
    dialogs: list[QWidget] = []
    screens = window.screens
    if "fees" in screens:
        window.show_screen("fees")
        fees = screens["fees"]
        payment = next(e for e in fees.ledger_model.entries if e.kind == "payment" and e.payment_id)
        fees.select_payment(payment.payment_id)
        structures = fees.open_fee_structures()
        dialogs += [fees.cancel_selected_payment(), fees.grant_concession(), structures.new_head(), structures,
                    fees.print_receipts()]
    if "gradebook" in screens:
        window.show_screen("gradebook")
        dialogs.append(screens["gradebook"].show_remarks())
    if "dashboard" in screens:
        window.show_screen("dashboard")
        dashboard = screens["dashboard"]
        dialogs.append(dashboard.open_table(next(iter(dashboard.tables))))
    if "students" in screens:
        window.show_screen("students")
        dialogs.append(screens["students"].open_roster_import())
    if "setup" in screens:
        window.show_screen("setup")
        setup = screens["setup"]
        calendar = setup.show_page("calendar")
        year = calendar.data["years"][0]
        opened = [calendar._year_dialog(None), calendar._term_dialog(year, None),
                  setup.show_page("holidays").add_days(), setup.show_page("sections")._dialog(None), setup.show_page("subjects")._subject_dialog(None),
                  setup.show_page("subjects")._assignment_dialog(None), setup.show_page("codes")._dialog(None),
                  setup.show_page("grades")._dialog(None), setup.show_page("fees")._head_dialog(None),
                  setup.show_page("fees")._structure_dialog(None)]
        dialogs += opened
    return dialogs


def _reached_by_arrows(widget: QWidget) -> bool:
    """A radio button of an exclusive set: Tab stops at the checked one only (Qt's way), the arrows move on."""
    from PySide6.QtWidgets import QRadioButton

    if not isinstance(widget, QRadioButton) or not widget.autoExclusive():
        return False
    return any(r.isChecked() and r.isEnabled() and r.focusPolicy() & Qt.FocusPolicy.TabFocus
               for r in widget.parent().findChildren(QRadioButton, options=Qt.FindChildOption.FindDirectChildrenOnly)
               if r is not widget and r.autoExclusive())


def test_every_control_is_reached_by_the_keyboard_and_has_a_name(admin_window):
    """Tab reaches each input of each screen and dialog; one without a label buddy has an accessible name."""
    from tests.ui.test_translations import open_dialogs

    unreachable: list[str] = []
    missing: list[str] = []
    for key in list(admin_window.screens):
        admin_window.show_screen(key)
        QApplication.processEvents()
        u, m = keyboard_problems(admin_window.screens[key], key)
        unreachable += u
        missing += m
    walked = []
    # Every date and time field is made by i18n.date_field_in_order (else it reads backwards in Urdu).
    dates: dict[str, bool] = {}

    def note_date_fields(root: QWidget) -> None:
        from PySide6.QtWidgets import QDateTimeEdit

        for field in root.findChildren(QDateTimeEdit):
            dates[f"{type(field.window()).__name__}: {field.accessibleName()}"] = field.testAttribute(
                Qt.WidgetAttribute.WA_SetLayoutDirection) and field.layoutDirection() == Qt.LayoutDirection.LeftToRight

    note_date_fields(admin_window)
    for dialog in open_dialogs(admin_window) + more_dialogs(admin_window):
        assert dialog is not None and dialog.isVisible(), dialog
        note_date_fields(dialog)
        QApplication.processEvents()
        walked.append(type(dialog).__name__)
        u, m = keyboard_problems(dialog, f"{type(dialog).__name__} {dialog.windowTitle()}")
        unreachable += u
        missing += m
        dialog.close()
    # The roster import's next pages: the columns matched, then the check of every row.
    from pathlib import Path

    admin_window.show_screen("students")
    wizard = admin_window.screens["students"].open_roster_import()
    wizard.file_page.load_file(Path(__file__).parents[1] / "data" / "import" / "roster_french_cp1252.csv")
    for page in (wizard.mapping_page, wizard.check_page):
        wizard.next()
        QApplication.processEvents()
        assert wizard.currentPage() is page
        walked.append(type(page).__name__)
        u, m = keyboard_problems(wizard, f"RosterImportWizard {type(page).__name__}")
        unreachable += u
        missing += m
    wizard.close()
    from app.services.session import Person
    from app.ui.unlock import UnlockWindow
    from app.ui.welcome import WelcomeWindow

    for window in (UnlockWindow("Green Hills", [Person("u1", "teacher1", "Amina Yusuf", "teacher")]),
                   WelcomeWindow([admin_window.school.db.path])):
        window.show()
        QApplication.processEvents()
        walked.append(type(window).__name__)
        u, m = keyboard_problems(window, type(window).__name__)
        unreachable += u
        missing += m
        window.close()
        window.deleteLater()
    for kind in ("UnlockWindow", "WelcomeWindow", "CancelPaymentDialog", "ConcessionDialog", "FeeStructuresDialog",
                 "FeeHeadDialog", "ReceiptBatchDialog", "RemarksDialog", "DrillDialog", "RosterImportWizard",
                 "MappingPage", "CheckPage", "FormDialog", "SettingsDialog", "PaymentDialog"):
        assert kind in walked, kind
    assert not unreachable, "Not reachable with Tab:\n" + "\n".join(sorted(set(unreachable)))
    assert not missing, "No accessible name:\n" + "\n".join(sorted(set(missing)))
    assert len(dates) >= 6, dates
    assert all(dates.values()), "Not made by date_field_in_order: " + ", ".join(k for k, v in dates.items() if not v)


def test_saved_settings_change_the_language_and_the_text_size_at_once(qapp, daftar, main_window, back_to_english):
    base = qapp.font().pointSizeF()
    settings = daftar.ctx.settings
    try:
        settings.language = "fr_FR"
        settings.extra = dict(settings.extra, text_size_percent="115")
        main_window.settings_changed.emit(settings)
        QApplication.processEvents()
        assert navigation(main_window)[0] == "Aujourd’hui"
        assert qapp.font().pointSizeF() == pytest.approx(round(base * 1.15, 1))
        settings.language = "ur_PK"
        main_window.settings_changed.emit(settings)
        QApplication.processEvents()
        assert navigation(main_window)[0] == "آج" and main_window.isRightToLeft()
    finally:
        settings.language = "en_US"
        settings.extra = dict(settings.extra, text_size_percent="100")
        main_window.settings_changed.emit(settings)
    assert navigation(main_window)[0] == "Today" and qapp.font().pointSizeF() == pytest.approx(base)


@pytest.mark.parametrize(("language", "money", "count"), [
    ("hi_IN", "₹12,34,567.50", "12,34,567"),       # the Indian grouping
    ("fr_FR", "1\u202f234\u202f567,50\u00a0INR", "1\u202f234\u202f567"),
    ("ar_SA", "١٬٢٣٤٬٥٦٧٫٥٠\u00a0INR", "١٬٢٣٤٬٥٦٧"),  # Arabic-Indic digits
    ("en_US", "INR\u00a01,234,567.50", "1,234,567"),
])
def test_money_and_counts_are_written_as_the_language_writes_them(qapp, back_to_english, language, money, count):
    from app.ui.formatting import format_count, format_money

    install_translations(qapp, language)
    assert format_money(123456750, "INR", 2) == money
    assert format_count(1234567) == count


def test_the_settings_dialog_changes_language_and_text_size_with_the_window_open(qapp, daftar, admin_window,
                                                                                back_to_english, qtbot):
    """An admin picks French and a larger text in the settings, saves: the open window follows at once."""
    window = admin_window
    window.settings_changed.connect(daftar._apply_settings)
    base = qapp.font().pointSizeF()
    try:
        dialog = window.show_settings()
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr_FR"))
        dialog.text_size_combo.setCurrentIndex(dialog.text_size_combo.findData(130))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        QApplication.processEvents()
        assert navigation(window)[0] == "Aujourd’hui"
        assert qapp.font().pointSizeF() == pytest.approx(round(base * 1.3, 1))
        assert daftar.ctx.settings.extra["text_size_percent"] == "130"

        dialog = window.show_settings()
        assert dialog.windowTitle() == "Paramètres"
        assert dialog.text_size_combo.currentData() == 130
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ur_PK"))
        dialog.text_size_combo.setCurrentIndex(dialog.text_size_combo.findData(100))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        QApplication.processEvents()
        assert navigation(window)[0] == "آج" and window.isRightToLeft()
        assert qapp.font().pointSizeF() == pytest.approx(base)
    finally:
        settings = daftar.ctx.settings
        settings.language = "en_US"
        settings.extra = dict(settings.extra, text_size_percent="100")
        daftar._apply_settings(settings)


def test_qt_standard_buttons_are_in_urdu_though_qt_has_no_urdu(qapp, back_to_english):
    from PySide6.QtWidgets import QDialogButtonBox

    install_translations(qapp, "ur_PK")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    assert [b.text() for b in box.buttons()] == ["محفوظ کریں", "منسوخ کریں"]
    install_translations(qapp, "fr_FR")
    QApplication.processEvents()
    assert [b.text() for b in box.buttons()] == ["Enregistrer", "Annuler"]


def test_a_chart_reads_from_the_right_in_urdu_with_one_value_axis(qapp, back_to_english, qtbot):
    """Bars in reading order, the value axis on the right only, and a click still names the right bar."""
    from PySide6.QtCharts import QBarCategoryAxis, QValueAxis

    from app.ui.dashboard.charts import ChartView

    view = ChartView("Attendance")
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    grades = ["Grade 1", "Grade 2", "Grade 3"]
    view.show_bars(grades, [("Present", [90.0, 80.0, 70.0], None)], ["g1", "g2", "g3"])
    QApplication.processEvents()
    install_translations(qapp, "ur_PK")
    view.show_bars(grades, [("Present", [90.0, 80.0, 70.0], None)], ["g1", "g2", "g3"])
    QApplication.processEvents()
    chart = view.chart()
    value_axes = [a for a in chart.axes() if isinstance(a, QValueAxis)]
    assert [a.alignment() for a in value_axes] == [Qt.AlignmentFlag.AlignRight]
    category = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    assert category.categories() == ["Grade 3", "Grade 2", "Grade 1"]  # Grade 1 drawn rightmost
    picked = []
    view.picked.connect(picked.append)
    chart.series()[0].clicked.emit(0, chart.series()[0].barSets()[0])  # the leftmost bar
    assert picked == ["g3"]
    # Nothing is left of the left-to-right drawing: no axis numbers down the left edge.
    image = view.grab().toImage()
    left = [image.pixelColor(x, y) for x in range(4, 40) for y in range(40, 250)]
    assert not [c for c in left if c.lightness() < 120], "a value axis is still drawn on the left"


def test_dates_and_times_read_in_their_order_in_urdu(qapp, main_window, back_to_english, paths, qtbot):
    """Qt writes a right-to-left date field backwards ("26/11/23" for the 23rd); Daftar's read as written."""
    from PySide6.QtCore import QTime

    from app.config import Settings
    from app.ui.settings_dialog import SettingsDialog

    window = main_window
    window.show()
    made_in_english = window.screens["today"].date_edit
    install_translations(qapp, "ur_PK")
    QApplication.processEvents()
    made_in_urdu = window.screens["roll_call"].date_edit
    for field in (made_in_english, made_in_urdu):
        day = field.date()
        assert field.text() == QLocale().toString(day, QLocale.FormatType.ShortFormat)  # "23/11/26"
        assert field.text().startswith(f"{day.day()}/{day.month()}/"), field.text()
        assert field.calendarWidget().isRightToLeft()  # the month's grid still reads from the right
    assert window.isRightToLeft()

    dialog = SettingsDialog(Settings.load(paths), paths)
    qtbot.addWidget(dialog)
    dialog.reminder_edit.setTime(QTime(9, 30))
    assert dialog.reminder_edit.text() == "9:30 AM"  # was "AM 30:9"

    install_translations(qapp, "en_US")
    QApplication.processEvents()
    assert not made_in_urdu.calendarWidget().isRightToLeft()
    assert made_in_urdu.text() == QLocale().toString(made_in_urdu.date(), QLocale.FormatType.ShortFormat)
