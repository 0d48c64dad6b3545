"""Print and Export PDF from the window: Qt's print preview and a save-as PDF.

Both draw through ``RoutineSheet``, so the preview, the paper and the PDF are the
same drawing. Blocking dialogs are reached through callables a test can replace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from handtrainer.core.model import Routine, Side
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
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    sheet = RoutineSheet(routine, lead_hand=lead_hand, practice=names[0], therapist=names[1])
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(
        translate("PrintActions", "Print sheet: {title}").format(title=routine.title)
    )
    dialog.paintRequested.connect(sheet.to_printer)
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
    names: tuple[str, str] = ("", ""),
) -> Path | None:
    """Ask where to save, then write the sheet as PDF; the path written, or None."""
    path = ask_path()
    if path is None:
        return None
    try:
        RoutineSheet(routine, lead_hand=lead_hand, practice=names[0], therapist=names[1]).to_pdf(
            path, default_page_size()
        )
    except OSError as error:
        show_error(parent, translate("PrintActions", "Could not export the sheet"), str(error))
        return None
    return path
