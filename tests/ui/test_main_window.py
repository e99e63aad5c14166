import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from tracker.ui.main_window import NAVIGATION_WIDTH, MainWindow

INTERACTIVE = (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QAbstractItemView,
    QProgressBar,
    QCalendarWidget,
)


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE):
            continue
        # Qt's own inner parts of composite widgets (a calendar's buttons, a spin box's line
        # edit, a table's corner button) are announced through their parent.
        parent = widget.parentWidget()
        if parent is not None and isinstance(
            parent, (QCalendarWidget, QAbstractSpinBox, QAbstractItemView, QComboBox)
        ):
            continue
        if widget.window() is not root.window():  # a combo box's hidden popup list
            continue
        if widget.objectName().startswith("qt_"):
            continue
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_an_accessible_name(window) -> None:
    assert unnamed_controls(window) == []


def test_pages_are_reached_by_keyboard(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_title() == "History"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_title() == "Regimen and weight"
    assert window.regimen.isVisible() and not window.today.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.today.isVisible()


def test_the_window_remembers_its_geometry(qtbot, window, controller, settings) -> None:
    window.resize(760, 590)  # the offscreen screen is 800 x 800
    qtbot.waitUntil(lambda: window.size().width() == 760)
    window.close()
    reopened = MainWindow(settings)
    qtbot.addWidget(reopened)
    assert (reopened.width(), reopened.height()) == (760, 590)


def mnemonics_of(texts: list[str]) -> list[str]:
    return [found.group(1).lower() for text in texts if (found := re.search(r"&([^&])", text))]


def mnemonics(widgets) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return mnemonics_of(
        [
            widget.text()
            for widget in widgets
            if isinstance(widget, QAbstractButton)
            or (isinstance(widget, QLabel) and widget.buddy())
        ]
    )


def test_alt_keys_are_unambiguous_on_every_page(window) -> None:
    """Alt+letter reaches one control: none clashes with another on the page or the menus."""
    menu_letters = mnemonics_of([action.text() for action in window.menuBar().actions()])
    for row in range(window.pages.count()):
        page = window.pages.widget(row)
        letters = menu_letters + mnemonics(page.findChildren(QWidget))
        clashes = {letter for letter in letters if letters.count(letter) > 1}
        assert clashes == set(), f"{page.objectName()}: {clashes}"


def test_no_page_title_is_cut_short_when_the_pages_come_after_the_first_paint(
    qtbot, controller, settings, start_course, services
) -> None:
    """As the app opens: the window is painted, then the pages arrive. A title a little
    wider than the navigation ("Side effects and mood") wraps onto a second line; it is not
    given a one-line slot wider than the list and painted cut short with "…"."""
    from tracker.services.records import ProfileInfo

    start_course()
    services.course.save_profile(ProfileInfo(can_become_pregnant=True))
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.attach(controller)
    navigation = main.navigation
    room = navigation.viewport().width() - 2 * navigation.spacing()
    line = navigation.fontMetrics().height()
    shown = {}
    for row in range(navigation.count()):
        item = navigation.item(row)
        shown[item.text()] = navigation.visualItemRect(item)
    assert {title: rect.width() for title, rect in shown.items() if rect.width() > room} == {}
    wrapped = {title for title, rect in shown.items() if rect.height() > 1.5 * line}
    assert {"Side effects and mood", "Medicines and questions"} <= wrapped


def test_about_names_the_product_and_the_data_folder(
    qtbot, controller, settings, start_course, tmp_path, answer_dialog
) -> None:
    from PySide6.QtWidgets import QMessageBox

    start_course(product="Claravis")
    main = MainWindow(settings, data_folder=tmp_path / "isotrack data")
    main.attach(controller)
    qtbot.addWidget(main)
    assert main.about_details() == (
        f"Product: Claravis\nYour data folder: {tmp_path / 'isotrack data'}"
    )
    texts: list[str] = []

    def read(box: QMessageBox) -> None:
        texts.append(box.text())
        box.accept()

    answer_dialog(QMessageBox, read)
    main.about_action.trigger()
    assert texts and "Product: Claravis" in texts[0]
    assert "isotrack data" in texts[0] and "does not replace medical advice" in texts[0]


def test_a_refused_undo_is_said_in_the_status_bar(window, services) -> None:
    """Ctrl+Z on a day the command line changed meanwhile: nothing is overwritten, and the
    window says so rather than leave Ctrl+Z silently doing nothing."""
    from tests.conftest import TODAY
    from tracker.domain.doselog import DoseStatus
    from tracker.services.records import LogRequest

    window.today.log_button.click()
    services.dose_log.log_day(LogRequest(TODAY, DoseStatus.MISSED, note="from cli"))
    window.undo_action.trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith("Logging Sat 28 Nov could not be undone: Sat 28 Nov 2026 was ")
    [row] = [r for r in services.dose_log.day_rows() if r.day == TODAY]
    assert (row.entry.status, row.entry.note) == (DoseStatus.MISSED, "from cli")


def test_the_window_fits_a_small_screen(qtbot, window) -> None:
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 800 and hint.height() <= 560  # room for a title bar and a panel
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    assert window.navigation.width() <= NAVIGATION_WIDTH[1]
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        qtbot.wait(1)
        scroller = window.pages.currentWidget()
        page = scroller.widget()
        title = window.navigation.item(row).text()
        # Vertical scrolling only: the page wraps to the width it is given.
        assert scroller.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        assert page.width() <= scroller.viewport().width(), title


def test_navigation_shows_every_title_with_its_icon(window) -> None:
    widest = max(
        window.navigation.fontMetrics().horizontalAdvance(window.navigation.item(r).text())
        for r in range(window.navigation.count())
    )
    # Each title with its icon before it; the longest wraps rather than being cut.
    icons = [window.navigation.item(r).icon() for r in range(window.navigation.count())]
    assert all(not i.isNull() for i in icons)
    assert window.navigation.width() <= NAVIGATION_WIDTH[1] < widest + 40
    assert window.navigation.wordWrap()
    navigation = window.navigation
    for row in range(navigation.count()):
        item = navigation.visualItemRect(navigation.item(row))
        assert item.right() <= navigation.viewport().width()
        assert item.height() >= navigation.fontMetrics().height()
    longest = max(range(navigation.count()), key=lambda r: len(navigation.item(r).text()))
    line = navigation.fontMetrics().height()
    assert navigation.visualItemRect(navigation.item(longest)).height() > 1.5 * line  # two


def test_course_details_open_from_the_file_menu(window, answer_dialog) -> None:
    from tracker.ui.dialogs.course_details import CourseDetailsDialog

    seen = answer_dialog(CourseDetailsDialog, lambda dialog: dialog.reject())
    window.course_details_action.trigger()
    assert len(seen) == 1
    assert seen[0].windowTitle()


def test_a_restore_from_the_backups_menu_refreshes_the_pages_and_drops_the_undo_history(
    qtbot, window, data_paths, clock, services, answer_dialog
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tracker.services.backups import BackupService
    from tracker.ui.dialogs.backups import BackupsDialog

    backups = BackupService(data_paths, clock)
    window.attach_backups(backups)
    copy = backups.create()
    window.today.log_button.click()
    assert window.today.entry_state.text().startswith("Logged")
    assert window._controller.undo_stack.count() == 1

    def restore(dialog: BackupsDialog) -> None:
        def confirm(box: QMessageBox) -> None:
            [button] = [b for b in box.buttons() if b.text() == "Restore"]
            button.click()

        answer_dialog(QMessageBox, confirm)
        dialog.select_id(copy.id)
        dialog.restore_selected()
        dialog.accept()

    seen = answer_dialog(BackupsDialog, restore)
    window.backups_action.trigger()
    assert len(seen) == 1
    assert [r.day for r in services.dose_log.day_rows() if r.entry is not None] == []
    assert window.today.entry_state.text() == "Not logged yet."
    # Undoing the log now would write a change made before the restore over the copy.
    assert window._controller.undo_stack.count() == 0


def test_a_read_only_store_is_said_for_as_long_as_the_window_is_open(window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    window.show_read_only()
    [notice] = [
        label
        for label in window.statusBar().findChildren(QLabel)
        if label.accessibleName() == "Read-only notice"
    ]
    assert notice.isVisible() and notice.textFormat() == Qt.TextFormat.PlainText
    assert "changes cannot be saved" in notice.text()


def test_the_main_actions_show_their_icons(window) -> None:
    actions = [
        window.log_action,
        window.summary.print_action,
        window.undo_action,
        window.appearance.menu.menuAction(),
        window.language.menu.menuAction(),
        window.quit_action,
    ]
    assert all(not action.icon().isNull() for action in actions)
