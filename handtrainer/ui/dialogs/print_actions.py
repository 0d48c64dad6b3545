"""Print and Export PDF from the window: Qt's print preview and a save-as PDF.

Both draw through ``RoutineSheet``, so the preview, the paper and the PDF are the
same drawing. Blocking dialogs are reached through callables a test can replace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF
from PySide6.QtGui import QAction, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QToolBar,
    QWidget,
)

from handtrainer.core.model import Routine, Side
from handtrainer.sheet.blocks import COMPACT_STYLE, NORMAL_STYLE
from handtrainer.sheet.layout import RoutineSheet

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


def default_page_size(locale: QLocale | None = None) -> str:
    """``Letter`` where people use US paper, ``A4`` everywhere else."""
    locale = locale or QLocale()
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "Letter"
    return "A4"


def _exec(dialog: QDialog) -> int:
    return dialog.exec()


@dataclass(frozen=True)
class SheetOptions:
    """How to lay out an exported sheet: the choices ``handtrainer export`` offers."""

    page_size: str = "A4"
    compact: bool = False


class SheetOptionsDialog(QDialog):
    """Page size and compact cards, asked before a PDF is saved."""

    def __init__(self, parent: QWidget | None, default: SheetOptions) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PrintActions", "Export routine sheet"))
        form = QFormLayout(self)
        self.page_size = QComboBox(self)
        for name in ("A4", "Letter"):
            self.page_size.addItem(name, name)
        self.page_size.setCurrentIndex(self.page_size.findData(default.page_size))
        form.addRow(translate("PrintActions", "Page size:"), self.page_size)
        self.compact = QCheckBox(
            translate("PrintActions", "Compact cards (two columns, smaller diagrams)"), self
        )
        self.compact.setChecked(default.compact)
        form.addRow(self.compact)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self) -> SheetOptions:
        """The choices made."""
        return SheetOptions(str(self.page_size.currentData()), self.compact.isChecked())


def ask_sheet_options(
    parent: QWidget | None, run_dialog: Callable[[QDialog], int] = _exec
) -> SheetOptions | None:
    """Ask for the page size and compact cards; None when cancelled."""
    dialog = SheetOptionsDialog(parent, SheetOptions(default_page_size()))
    try:
        if run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()
    finally:
        dialog.deleteLater()


def _margins(compact: bool) -> QMarginsF:
    m = (COMPACT_STYLE if compact else NORMAL_STYLE).margin_mm
    return QMarginsF(m, m, m, m)


def show_print_preview(
    parent: QWidget,
    routine: Routine,
    *,
    lead_hand: Side = Side.RIGHT,
    run_dialog: Callable[[QDialog], int] = _exec,
    names: tuple[str, str] = ("", ""),
) -> None:
    """Open Qt's print preview of the routine's sheet (page size and printer choice included)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(routine.title)
    size = (
        QPageSize.PageSizeId.Letter if default_page_size() == "Letter" else QPageSize.PageSizeId.A4
    )
    printer.setPageSize(QPageSize(size))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageMargins(_margins(False), QPageLayout.Unit.Millimeter)
    sheet = RoutineSheet(routine, lead_hand=lead_hand, practice=names[0], therapist=names[1])
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(
        translate("PrintActions", "Print sheet: {title}").format(title=routine.title)
    )
    dialog.paintRequested.connect(sheet.to_printer)
    # Page size is in the preview's own page setup; compact cards is ours, in its toolbar.
    compact = QAction(translate("PrintActions", "Compact cards"), dialog)
    compact.setObjectName("compact-cards")
    compact.setCheckable(True)
    compact.setToolTip(
        translate("PrintActions", "Two columns of smaller cards, as handtrainer export --compact")
    )

    def use_compact(on: bool) -> None:
        sheet.compact = on
        printer.setPageMargins(_margins(on), QPageLayout.Unit.Millimeter)
        for preview in dialog.findChildren(QPrintPreviewWidget):
            preview.updatePreview()

    compact.toggled.connect(use_compact)
    toolbars = dialog.findChildren(QToolBar)
    if toolbars:
        toolbars[0].addSeparator()
        toolbars[0].addAction(compact)
    else:
        dialog.addAction(compact)
    try:
        run_dialog(dialog)
    finally:
        dialog.paintRequested.disconnect(sheet.to_printer)
        dialog.deleteLater()


def _warn(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def export_pdf_interactive(
    parent: QWidget,
    routine: Routine,
    ask_path: Callable[[], Path | None],
    *,
    lead_hand: Side = Side.RIGHT,
    show_error: Callable[[QWidget, str, str], None] = _warn,
    ask_options: Callable[[], SheetOptions | None] | None = None,
    names: tuple[str, str] = ("", ""),
) -> Path | None:
    """Ask for the layout (if ``ask_options`` is given) and where to save, then write the
    sheet as PDF; the path written, or None."""
    options = ask_options() if ask_options is not None else SheetOptions(default_page_size())
    if options is None:
        return None
    path = ask_path()
    if path is None:
        return None
    try:
        sheet = RoutineSheet(
            routine,
            lead_hand=lead_hand,
            compact=options.compact,
            practice=names[0],
            therapist=names[1],
        )
        sheet.to_pdf(path, options.page_size)
    except OSError as error:
        show_error(parent, translate("PrintActions", "Could not export the sheet"), str(error))
        return None
    return path
