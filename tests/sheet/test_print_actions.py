"""Print preview and Export PDF from the window, with their dialogs answered by the test."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from handtrainer.core.model import Hand, Side
from handtrainer.ui.dialogs.print_actions import (
    default_page_size,
    export_pdf_interactive,
    show_print_preview,
)
from tests.sheet.pdf import ReadPdf
from tests.sheet.routines import short_routine


def test_print_preview_paints_the_sheet(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    routine = short_routine()
    painted: list[QPrinter] = []
    seen: list[QPrintPreviewDialog] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintPreviewDialog)
        seen.append(dialog)
        dialog.paintRequested.connect(painted.append)
        dialog.show()
        qtbot.waitUntil(lambda: bool(painted), timeout=5000)
        dialog.reject()
        return 0

    show_print_preview(parent, routine, run_dialog=run)
    assert seen and painted
    printer = painted[0]
    assert printer.docName() == routine.title
    assert routine.title in seen[0].windowTitle()


def test_export_pdf_writes_where_asked(qtbot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "sheet.pdf"
    routine = short_routine()
    written = export_pdf_interactive(parent, routine, lambda: target)
    assert written == target
    pdf = ReadPdf(target)
    try:
        assert pdf.title() == routine.title
        assert pdf.pages_with(routine.steps[0].title)
    finally:
        pdf.close()


def test_export_pdf_cancelled_writes_nothing(qtbot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert export_pdf_interactive(parent, short_routine(), lambda: None) is None
    assert list(tmp_path.iterdir()) == []


def test_export_pdf_failure_is_reported(qtbot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[tuple[str, str]] = []
    target = tmp_path / "missing" / "sheet.pdf"
    result = export_pdf_interactive(
        parent,
        short_routine(),
        lambda: target,
        show_error=lambda _parent, title, text: errors.append((title, text)),
    )
    assert result is None
    assert len(errors) == 1 and str(target) in errors[0][1]
    assert not target.parent.exists()


def test_default_page_size_follows_the_locale() -> None:
    assert (
        default_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        == "Letter"
    )
    assert default_page_size(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "A4"


def test_export_pdf_follows_the_lead_hand_preference(qtbot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    routine = short_routine()
    assert any(step.hand is Hand.EACH for step in routine.steps)
    target = tmp_path / "left.pdf"
    export_pdf_interactive(parent, routine, lambda: target, lead_hand=Side.LEFT)
    pdf = ReadPdf(target)
    try:
        assert pdf.pages_with("left first")
        assert not pdf.pages_with("right first")
    finally:
        pdf.close()
