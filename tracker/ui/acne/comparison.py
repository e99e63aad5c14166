"""Two progress photos side by side, at the same size, each with its day and note: the
patient picks which two."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.acne import PhotoRecord
from tracker.domain.dates import day_text
from tracker.ui.acne.thumbnails import read_scaled
from tracker.ui.widgets.accessible import named, wrapping_label

# Pictures are decoded at most this large, then fitted to the panes as the dialog resizes.
DECODE_BOX = QSize(1600, 1600)
PANE_MIN = QSize(240, 240)
NO_PICTURE = str(
    QT_TRANSLATE_NOOP(
        "ComparisonDialog",
        "This picture cannot be shown here (its format is not supported on this computer).",
    )
)


def photo_title(photo: PhotoRecord) -> str:
    """ "Thu 3 Dec 2026 (front.jpg)": how a photo is named in a list."""
    name = f" ({photo.original_name})" if photo.original_name else ""
    return f"{day_text(photo.taken_on)}{name}"


class _Pane(QLabel):
    """One picture, fitted inside the pane (proportions kept), centred."""

    def __init__(self, name: str) -> None:
        super().__init__()
        named(self, name)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setMinimumSize(PANE_MIN)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setStyleSheet("background: palette(base);")  # untranslated: a style sheet
        self._picture: QPixmap | None = None

    def show_picture(self, picture: QPixmap | None) -> None:
        self._picture = picture
        if picture is None:
            self.setPixmap(QPixmap())
            self.setText(QCoreApplication.translate("ComparisonDialog", NO_PICTURE))
        self._fit()

    def has_picture(self) -> bool:
        return self._picture is not None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._picture is None:
            return
        self.setPixmap(
            self._picture.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


class ComparisonDialog(QDialog):
    """Choose a photo on each side; both panes are always the same size."""

    def __init__(
        self,
        photos: Sequence[PhotoRecord],
        path_of: Callable[[PhotoRecord], Path],
        left: PhotoRecord,
        right: PhotoRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare photos"))
        self._photos = list(photos)
        self._path_of = path_of
        self._cache: dict[int, QPixmap | None] = {}
        self.left_choice = self._choice(self.tr("Photo on the left"), left)
        self.right_choice = self._choice(self.tr("Photo on the right"), right)
        self.left_pane = _Pane(self.tr("Left photo"))
        self.right_pane = _Pane(self.tr("Right photo"))
        self.left_caption = wrapping_label(name=self.tr("About the left photo"))
        self.right_caption = wrapping_label(name=self.tr("About the right photo"))
        grid = QGridLayout()
        grid.addWidget(self.left_choice, 0, 0)
        grid.addWidget(self.right_choice, 0, 1)
        grid.addWidget(self.left_pane, 1, 0)
        grid.addWidget(self.right_pane, 1, 1)
        grid.addWidget(self.left_caption, 2, 0)
        grid.addWidget(self.right_caption, 2, 1)
        # Equal stretch: the two panes share the width evenly whatever the captions hold.
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.left_choice.currentIndexChanged.connect(self._show)
        self.right_choice.currentIndexChanged.connect(self._show)
        self._show()
        self.resize(900, 620)

    def _choice(self, name: str, chosen: PhotoRecord) -> QComboBox:
        choice = named(QComboBox(), name)
        for photo in self._photos:
            choice.addItem(photo_title(photo), photo.id)
        choice.setCurrentIndex(max(choice.findData(chosen.id), 0))
        return choice

    def chosen(self) -> tuple[PhotoRecord, PhotoRecord]:
        return (
            self._photos[self.left_choice.currentIndex()],
            self._photos[self.right_choice.currentIndex()],
        )

    def _show(self) -> None:
        for photo, pane, caption in zip(
            self.chosen(),
            (self.left_pane, self.right_pane),
            (self.left_caption, self.right_caption),
            strict=True,
        ):
            pane.show_picture(self._picture(photo))
            pane.setAccessibleDescription(
                self.tr("Photo of {day}").format(day=day_text(photo.taken_on))
            )
            note = f"\n{photo.note}" if photo.note else ""
            caption.setText(f"{day_text(photo.taken_on)}{note}")

    def _picture(self, photo: PhotoRecord) -> QPixmap | None:
        if photo.id not in self._cache:
            image = read_scaled(self._path_of(photo), DECODE_BOX)
            self._cache[photo.id] = None if image is None else QPixmap.fromImage(image)
        return self._cache[photo.id]
