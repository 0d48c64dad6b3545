"""The Help menu's dialogs: About Hand Trainer, and the list of keyboard shortcuts.

Both are built from plain data (the shortcuts from the window's own actions), so what
they say cannot drift from what the program does.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from handtrainer.ui.mnemonics import without_mnemonic

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


_CONTEXT = "AboutDialog"

# The traditions and kinds of technique the bundled routines are written from.
CREDITS = (
    QT_TRANSLATE_NOOP(
        "AboutDialog",
        "Hand self-massage and partner hand massage (effleurage, kneading, thumb pressing, "
        "finger rolling, wrist mobilisation)",
    ),
    QT_TRANSLATE_NOOP(
        "AboutDialog", "Hand reflexology (the hand's reflex zones and the thumb walk)"
    ),
    QT_TRANSLATE_NOOP(
        "AboutDialog", "Acupressure points of traditional Chinese medicine (PC6, LI4 and others)"
    ),
    QT_TRANSLATE_NOOP(
        "AboutDialog",
        "Chinese and Tibetan finger massage, Jin Shin Jyutsu finger holds and su-jok "
        "correspondences, shown as traditions",
    ),
)


def about_text(version: str) -> str:
    """The About box's rich text: name, version, purpose, licence and credits."""
    credits = "".join(f"<li>{translate('AboutDialog', str(line))}</li>" for line in CREDITS)
    purpose = translate("AboutDialog", "Hand self-massage and hand reflexology, step by step.")
    written = translate(
        "AboutDialog",
        "The routines are written in the project’s own words from established techniques:",
    )
    caution = translate(
        "AboutDialog",
        "Traditional associations are presented as tradition. Hand Trainer is for "
        "relaxation and general well-being; it is not medical advice and does not "
        "diagnose or treat any condition.",
    )
    licence = translate("AboutDialog", "Free software under the MIT licence.")
    name = translate("AboutDialog", "Hand Trainer")
    return (
        f"<h3>{name} {version}</h3><p>{purpose}</p><p>{written}</p><ul>{credits}</ul>"
        f"<p>{caution}</p><p>{licence}</p>"
    )


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(what it does, keys) for every action that has a shortcut, in menu order."""
    rows: list[tuple[str, str]] = []
    for action in actions:
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys:
            continue
        label = without_mnemonic(action.text())
        label = label.rstrip(".…").strip()
        text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        if (label, text) not in rows:
            rows.append((label, text))
    return rows


class ShortcutsDialog(QDialog):
    """A table of every keyboard shortcut the window offers."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AboutDialog", "Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels(
            [translate("AboutDialog", "Action"), translate("AboutDialog", "Keys")]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        for row, (label, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(label))
            table.setItem(row, 1, QTableWidgetItem(keys))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setAccessibleName(translate("AboutDialog", "Keyboard shortcuts"))
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(460, 520)


class AboutDialog(QDialog):
    """About Hand Trainer: version, licence and credits, as selectable plain rich text."""

    def __init__(self, version: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AboutDialog", "About Hand Trainer"))
        label = QLabel(about_text(version), self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label = label
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        # A top-level window ignores height-for-width: size it for the wrapped text once,
        # so a longer translation is not cut off at the bottom.
        layout.activate()
        width = max(self.sizeHint().width(), self.minimumWidth())
        height = layout.totalHeightForWidth(width)
        self.setMinimumHeight(height)
        self.resize(width, height)
