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


def test_export_offers_page_size_and_compact_cards(qtbot, tmp_path: Path) -> None:
    from handtrainer.ui.dialogs.print_actions import (
        SheetOptions,
        SheetOptionsDialog,
        ask_sheet_options,
    )

    parent = QWidget()
    qtbot.addWidget(parent)

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, SheetOptionsDialog)
        dialog.page_size.setCurrentIndex(dialog.page_size.findData("Letter"))
        dialog.compact.setChecked(True)
        return QDialog.DialogCode.Accepted

    options = ask_sheet_options(parent, run_dialog=answer)
    assert options == SheetOptions("Letter", True)
    assert ask_sheet_options(parent, run_dialog=lambda _d: 0) is None
    target = tmp_path / "letter.pdf"
    written = export_pdf_interactive(
        parent, short_routine(), lambda: target, ask_options=lambda: options
    )
    assert written == target
    pdf = ReadPdf(target)
    try:
        size = pdf.document.pagePointSize(0)
        assert round(size.width()) == 612 and round(size.height()) == 792  # Letter
    finally:
        pdf.close()
    # cancelled options: nothing asked further, nothing written
    asked: list[bool] = []
    assert (
        export_pdf_interactive(
            parent, short_routine(), lambda: asked.append(True), ask_options=lambda: None
        )
        is None
    )
    assert not asked


def test_print_preview_has_compact_cards(qtbot) -> None:
    from PySide6.QtGui import QAction

    parent = QWidget()
    qtbot.addWidget(parent)
    painted: list[int] = []

    def run(dialog: QDialog) -> int:
        dialog.paintRequested.connect(lambda _p: painted.append(1))
        dialog.show()
        qtbot.waitUntil(lambda: bool(painted), timeout=5000)
        (compact,) = [a for a in dialog.findChildren(QAction) if a.objectName() == "compact-cards"]
        before = len(painted)
        compact.setChecked(True)
        qtbot.waitUntil(lambda: len(painted) > before, timeout=5000)
        dialog.reject()
        return 0

    show_print_preview(parent, short_routine(), run_dialog=run)
    assert len(painted) >= 2
