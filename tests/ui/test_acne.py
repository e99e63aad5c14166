"""The Skin progress page with real widgets over a real store: add an assessment and see it
with its change from each measure's baseline, undo it; add photos and see them in the
timeline with their thumbnails (private files); compare two side by side; removing a photo
asks first."""

import datetime as dt
import sqlite3
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import event

from tests.ui.helpers import press
from tracker.domain.acne import AcneDraft
from tracker.ui.acne.comparison import ComparisonDialog
from tracker.ui.acne.dialogs import NOT_COUNTED, AssessmentDialog, PhotoDetailsDialog
from tracker.ui.acne.thumbnails import THUMBNAIL_SIZE, read_scaled, thumbnail

TODAY = dt.date(2026, 11, 28)
# A HEIC file as far as its first bytes go, which Qt here cannot read (no plugin).
HEIC = b"\x00\x00\x00\x18ftypheic" + b"\x00" * 40


def make_picture(path: Path, width: int = 800, height: int = 600) -> Path:
    """A picture with some detail (so its file is not trivially small), drawn with a few
    painter calls: a per-pixel loop through PySide runs down None's reference count on
    Python 3.11 (a PySide refcount bug) and crashes the run."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    gradient = QLinearGradient(0, 0, width, height)
    gradient.setColorAt(0, QColor(220, 150, 130))
    gradient.setColorAt(1, QColor(120, 60, 50))
    painter = QPainter(image)
    painter.fillRect(image.rect(), QBrush(gradient))
    painter.setPen(QColor(40, 20, 20))
    for step in range(0, max(width, height), 9):
        painter.drawLine(step, 0, 0, step)
    painter.end()
    assert image.save(str(path))  # the format from the suffix: .png, .jpg
    return path


@pytest.fixture
def page(window):
    window.show_page("Skin progress")
    return window.skin_progress


def table_texts(page) -> list[list[str]]:
    model = page.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_page_is_ctrl_7_and_starts_empty(window, page) -> None:
    assert window.navigation.item(6).text() == "Skin progress"
    assert page.empty.isVisible()
    assert page.no_photos.isVisible()
    assert not page.compare_button.isEnabled()
    assert not page.edit_button.isEnabled()


def test_add_an_assessment_see_it_and_undo(qtbot, page, services, answer_dialog) -> None:
    services.acne.add(AcneDraft(dt.date(2026, 10, 1), grade=4, comedones=30, nodules=10))
    page.refresh()

    def fill(dialog: AssessmentDialog) -> None:
        assert dialog.comedones.text() == NOT_COUNTED
        dialog.grade.setCurrentIndex(dialog.grade.findData(2))
        dialog.nodules.setValue(3)
        dialog.note.setPlainText("<b>better</b>")
        dialog.ok.click()

    handled = answer_dialog(AssessmentDialog, fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert handled
    assert table_texts(page) == [
        ["Thu 1 Oct 2026", "4 severe (baseline)", "30 (baseline)", "\u2013", "10 (baseline)", ""],
        ["Sat 28 Nov 2026", "2 mild (\u22122)", "\u2013", "\u2013", "3 (\u22127, 70% fewer)",
         "<b>better</b>"],
    ]  # fmt: skip
    assert page.summary.text() == (
        "Since your baseline on Thu 1 Oct 2026: grade severe \u2192 mild; nodules and "
        "cysts 10 \u2192 3 (70% fewer)."
    )
    assert page.feedback.text() == "Added the assessment of Sat 28 Nov 2026."
    assert [a.nodules for a in services.acne.assessments()] == [10, 3]
    assert page.counts_chart is not None and page.counts_chart.isVisible()
    assert "Nodules and cysts" in page.counts_chart.summary()
    page.feedback.undo_link.click()
    assert [a.assessed_on for a in services.acne.assessments()] == [dt.date(2026, 10, 1)]
    assert len(table_texts(page)) == 1


def test_a_refused_assessment_keeps_the_dialog_open_with_the_reason(
    page, services, answer_dialog
) -> None:
    seen: list[str] = []

    def empty(dialog: AssessmentDialog) -> None:
        dialog.ok.click()  # nothing filled in
        seen.append(dialog.problem.text())
        assert dialog.isVisible()
        dialog.reject()

    answer_dialog(AssessmentDialog, empty)
    page.add_assessment()
    assert seen == [
        "Not saved: give the grade or at least one lesion count (comedones, papules and "
        "pustules, nodules and cysts)."
    ]
    assert services.acne.assessments() == []


def test_edit_and_remove_an_assessment_with_undo(qtbot, page, services, answer_dialog) -> None:
    added = services.acne.add(AcneDraft(dt.date(2026, 11, 1), grade=3))
    page.refresh()
    page.table.selectRow(0)

    def edit(dialog: AssessmentDialog) -> None:
        dialog.grade.setCurrentIndex(dialog.grade.findData(1))
        dialog.ok.click()

    answer_dialog(AssessmentDialog, edit)
    page.edit_selected()
    assert services.acne.get(added.id).grade == 1
    assert page.feedback.text() == "Saved the assessment of Sun 1 Nov 2026."
    page.table.selectRow(0)
    asked = answer_dialog(QMessageBox, press("Remove"))
    page.remove_selected()
    assert asked and "You can undo this" in asked[0].text()
    assert services.acne.assessments() == []
    page.controller.undo_stack.undo()  # the removal
    page.controller.undo_stack.undo()  # the edit
    assert services.acne.assessments() == [added]


def test_add_photos_see_them_with_private_thumbnails(
    page, services, tmp_path, answer_dialog
) -> None:
    first = make_picture(tmp_path / "first.png")
    second = make_picture(tmp_path / "second.jpg", 600, 900)
    not_a_picture = tmp_path / "notes.png"
    not_a_picture.write_text("hello")

    def details(dialog: PhotoDetailsDialog) -> None:
        dialog.date.setDate(dialog.date.date().addDays(-3))
        dialog.note.setPlainText("left cheek")
        dialog.ok.click()

    answer_dialog(PhotoDetailsDialog, details)
    page.add_photo_files([first, second, not_a_picture])
    assert page.feedback.text() == (
        f"Added 2 photos of Wed 25 Nov 2026. Not added: {not_a_picture} is not a JPEG, PNG, "
        "WebP or HEIC picture; only photos in those formats can be added."
    )
    stored = services.photos.list()
    assert [(p.taken_on, p.original_name, p.note) for p in stored] == [
        (dt.date(2026, 11, 25), "first.png", "left cheek"),
        (dt.date(2026, 11, 25), "second.jpg", "left cheek"),
    ]
    assert page.timeline.count() == 2
    assert [page.timeline.item(i).text() for i in range(2)] == ["Wed 25 Nov 2026"] * 2
    assert not page.timeline.item(0).icon().isNull()
    assert page.timeline.isVisible() and not page.no_photos.isVisible()
    assert page.compare_button.isEnabled()
    for photo, source in zip(stored, (first, second), strict=True):
        cached = services.photos.thumbnail_path(photo)
        assert stat.S_IMODE(cached.stat().st_mode) == 0o600
        assert stat.S_IMODE(cached.parent.stat().st_mode) == 0o700
        assert cached.stat().st_size < source.stat().st_size
        image = QImage(str(cached))
        assert max(image.width(), image.height()) == 160
    assert QImage(str(services.photos.thumbnail_path(stored[1]))).size() == QSize(106, 160)
    assert first.read_bytes() == make_picture(tmp_path / "again.png").read_bytes()


def test_a_cancelled_photo_dialog_adds_nothing(page, services, tmp_path, answer_dialog) -> None:
    answer_dialog(PhotoDetailsDialog, lambda dialog: dialog.reject())
    page.add_photo_files([make_picture(tmp_path / "a.png")])
    assert services.photos.list() == []
    assert not services.photos.folder.exists()


def test_thumbnails_are_smaller_and_cached(tmp_path) -> None:
    source = make_picture(tmp_path / "big.png", 1200, 600)
    cached = tmp_path / "photos" / "thumbnails" / "big.png"
    made = thumbnail(source, cached)
    assert made is not None and made.size() == QSize(160, 80)
    assert stat.S_IMODE(cached.stat().st_mode) == 0o600
    assert cached.stat().st_size < source.stat().st_size
    cached.write_bytes(b"")  # a cache Qt cannot read is made again
    again = thumbnail(source, cached)
    assert again is not None and again.size() == QSize(160, 80)
    assert QImage(str(cached)).size() == QSize(160, 80)
    small = make_picture(tmp_path / "small.png", 50, 40)
    scaled = read_scaled(small, THUMBNAIL_SIZE)
    assert scaled is not None and scaled.size() == QSize(50, 40)  # never enlarged
    # A HEIC photo where Qt has no plugin for it: kept, but no thumbnail. (Not a damaged
    # JPEG: Qt's warning about one upsets PySide's message handler at exit.)
    unreadable = tmp_path / "unreadable.heic"
    unreadable.write_bytes(HEIC)
    assert thumbnail(unreadable, tmp_path / "t.png") is None
    assert not (tmp_path / "t.png").exists()


def test_compare_shows_two_photos_side_by_side_at_the_same_size(
    qtbot, page, services, tmp_path, answer_dialog
) -> None:
    early = services.photos.add(
        make_picture(tmp_path / "a.png", 800, 600), TODAY - dt.timedelta(days=30), "before"
    )
    services.photos.add(make_picture(tmp_path / "b.png", 300, 700), TODAY - dt.timedelta(days=10))
    late = services.photos.add(make_picture(tmp_path / "c.png", 600, 800), TODAY, "after")
    page.refresh()
    seen: list[tuple] = []

    def look(dialog: ComparisonDialog) -> None:
        qtbot.waitExposed(dialog)
        seen.append(
            (
                dialog.chosen(),
                dialog.left_pane.has_picture(),
                dialog.right_pane.has_picture(),
                dialog.left_pane.size() == dialog.right_pane.size(),
                dialog.left_caption.text(),
                dialog.right_caption.text(),
            )
        )
        dialog.reject()

    answer_dialog(ComparisonDialog, look)
    page.compare()  # nothing selected: the first and the latest
    assert seen == [
        ((early, late), True, True, True, "Thu 29 Oct 2026\nbefore", "Sat 28 Nov 2026\nafter")
    ]


def test_the_comparison_panes_follow_the_choice(qtbot, services, tmp_path) -> None:
    one = services.photos.add(make_picture(tmp_path / "a.png"), TODAY)
    two = services.photos.add(make_picture(tmp_path / "b.png", 200, 500), TODAY)
    unreadable = tmp_path / "c.heic"
    unreadable.write_bytes(HEIC)
    three = services.photos.add(unreadable, TODAY)
    dialog = ComparisonDialog(services.photos.list(), services.photos.path, one, two)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.left_pane.pixmap().size().width() > 0
    dialog.right_choice.setCurrentIndex(2)
    assert dialog.chosen() == (one, three)
    assert not dialog.right_pane.has_picture()
    assert "cannot be shown here" in dialog.right_pane.text()
    assert dialog.left_pane.size() == dialog.right_pane.size()


def test_removing_a_photo_asks_and_says_it_cannot_be_undone(
    page, services, tmp_path, answer_dialog
) -> None:
    added = services.photos.add(make_picture(tmp_path / "a.png"), TODAY)
    page.refresh()
    copy = services.photos.path(added)
    page.timeline.item(0).setSelected(True)
    assert page.remove_photo_button.isEnabled()
    asked = answer_dialog(QMessageBox, press("Cancel"))
    page.remove_photo()
    assert asked and "cannot be undone" in asked[0].text()
    assert services.photos.list() == [added]
    answer_dialog(QMessageBox, press("Remove photo"))
    page.remove_photo()
    assert services.photos.list() == []
    assert not copy.exists()
    assert not services.photos.thumbnail_path(added).exists()
    assert page.timeline.count() == 0
    assert page.feedback.text() == "Removed the photo of Sat 28 Nov 2026; this cannot be undone."
    assert not page.feedback.undo_link.isVisible()


def test_edit_a_photo_s_day_and_note_with_undo(page, services, tmp_path, answer_dialog) -> None:
    added = services.photos.add(make_picture(tmp_path / "a.png"), TODAY, "a")
    page.refresh()
    page.timeline.item(0).setSelected(True)

    def edit(dialog: PhotoDetailsDialog) -> None:
        dialog.note.setPlainText("b")
        dialog.ok.click()

    answer_dialog(PhotoDetailsDialog, edit)
    page.edit_photo()
    assert services.photos.get(added.id).note == "b"
    page.feedback.undo_link.click()
    assert services.photos.get(added.id) == added


def test_a_write_elsewhere_shows_on_the_page(page, services, controller) -> None:
    services.acne.add(AcneDraft(dt.date(2026, 11, 2), grade=2))
    controller.announce_changed_elsewhere()
    assert table_texts(page)[0][:2] == ["Mon 2 Nov 2026", "2 mild (baseline)"]


def test_each_measure_shows_its_own_baseline_and_pre_treatment_counts(page, services) -> None:
    """The course starts on Thu 1 Oct 2026. A grade given before it (entered before the
    course existed) is the grade's baseline; the nodules' is the first assessment counting
    them; one from long before compares with nothing."""
    services.acne.add(AcneDraft(dt.date(2026, 6, 1), grade=4, nodules=30))  # 122 days before
    services.acne.add(AcneDraft(dt.date(2026, 9, 20), grade=3))
    services.acne.add(AcneDraft(dt.date(2026, 10, 5), nodules=10))
    services.acne.add(AcneDraft(dt.date(2026, 11, 1), grade=2, nodules=4))
    page.refresh()
    assert [row[:5] for row in table_texts(page)] == [
        ["Mon 1 Jun 2026", "4 severe", "\u2013", "\u2013", "30"],
        ["Sun 20 Sep 2026", "3 moderate (baseline)", "\u2013", "\u2013", "\u2013"],
        ["Mon 5 Oct 2026", "\u2013", "\u2013", "\u2013", "10 (baseline)"],
        ["Sun 1 Nov 2026", "2 mild (\u22121)", "\u2013", "\u2013", "4 (\u22126, 60% fewer)"],
    ]
    assert page.summary.text() == (
        "Compared with your baselines: grade moderate \u2192 mild since Sun 20 Sep 2026; "
        "nodules and cysts 10 \u2192 4 (60% fewer) since Mon 5 Oct 2026."
    )
    assert page.legend.text().startswith("In brackets: the change from that measure's baseline")


def write_once_after_the_next_commit(sessions, data_paths, statement: str) -> None:
    """The command line writing right after the app's next write commits (before the app
    could read anything back)."""

    done: list[bool] = []

    def write(session) -> None:
        if done:
            return
        done.append(True)
        connection = sqlite3.connect(data_paths.database)
        connection.execute(statement)
        connection.commit()
        connection.close()

    event.listen(sessions, "after_commit", write)


def test_undoing_an_edit_never_overwrites_a_write_made_just_after_it(
    window, services, sessions, data_paths, controller
) -> None:
    shown = services.acne.add(AcneDraft(dt.date(2026, 11, 1), grade=3))
    refused: list[str] = []
    controller.change_refused.connect(refused.append)
    write_once_after_the_next_commit(
        sessions, data_paths, "UPDATE acne_assessment SET note = 'from the command line'"
    )
    after = window.acne_controller.update(shown, AcneDraft(dt.date(2026, 11, 1), grade=1))
    assert (after.grade, after.note) == (1, "")  # what this edit wrote
    controller.undo_stack.undo()
    assert refused and "could not be undone" in refused[0]
    assert services.acne.get(shown.id).note == "from the command line"
    assert services.acne.get(shown.id).grade == 1


def test_undoing_a_photo_edit_never_overwrites_a_write_made_just_after_it(
    window, services, sessions, data_paths, controller, tmp_path
) -> None:
    shown = services.photos.add(make_picture(tmp_path / "a.png", 40, 30), dt.date(2026, 11, 1))
    refused: list[str] = []
    controller.change_refused.connect(refused.append)
    write_once_after_the_next_commit(
        sessions, data_paths, "UPDATE progress_photo SET note = 'from the command line'"
    )
    after = window.acne_controller.update_photo(shown, dt.date(2026, 11, 2), "mine")
    assert (after.taken_on, after.note) == (dt.date(2026, 11, 2), "mine")
    controller.undo_stack.undo()
    assert refused and "could not be undone" in refused[0]
    assert services.photos.get(shown.id).note == "from the command line"


def test_the_page_s_dialogs_are_deleted_once_closed(
    page, window, services, tmp_path, answer_dialog
) -> None:
    services.acne.add(AcneDraft(dt.date(2026, 11, 1), grade=3))
    services.photos.add(make_picture(tmp_path / "a.png"), TODAY - dt.timedelta(days=10))
    services.photos.add(make_picture(tmp_path / "b.png"), TODAY)
    page.refresh()
    page.table.selectRow(0)
    for kind, open_it in (
        (AssessmentDialog, page.add_assessment),
        (AssessmentDialog, page.edit_selected),
        (PhotoDetailsDialog, lambda: page.add_photo_files([tmp_path / "a.png"])),
        (ComparisonDialog, page.compare),
    ):
        handled = answer_dialog(kind, lambda dialog: dialog.reject())
        open_it()
        assert handled, kind.__name__
    page.timeline.item(0).setSelected(True)
    answer_dialog(PhotoDetailsDialog, lambda dialog: dialog.reject())
    page.edit_photo()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(QDialog) == []
