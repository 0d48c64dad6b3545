"""Render the README screenshots: the picker, a routine in progress, the client screen, the
summary, the editor, and the first page of a routine sheet.

Runs offscreen with a fake clock, so the "in progress" picture is always taken
at the same moment (mid counted step, zones highlighted).

    python scripts/make_screenshots.py [--output docs/images] [--size 1200x760] [--routine ID]
                                       [--dark]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def _isolate() -> None:
    """Offscreen, and user folders in a temporary place so the shots are reproducible."""
    home = Path(tempfile.mkdtemp(prefix="handtrainer-shots-"))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    for name, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        os.environ[name] = str(home / sub)
    os.environ.pop("HANDTRAINER_ROUTINES", None)
    sys.path.insert(0, str(REPO))


def _dark_palette() -> object:
    """A dark palette like the ones desktop themes hand to Qt."""
    from PySide6.QtGui import QColor, QPalette

    roles = QPalette.ColorRole
    palette = QPalette()
    for role, colour in (
        (roles.Window, "#2b2d30"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1e1f22"),
        (roles.AlternateBase, "#2b2d30"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#3a3c40"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.Highlight, "#3d7fd6"),
        (roles.HighlightedText, "#ffffff"),
        (roles.PlaceholderText, "#8c8c8c"),
        (roles.ToolTipBase, "#3a3c40"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.Mid, "#55585e"),
        (roles.Dark, "#151618"),
        (roles.Light, "#4a4d52"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _pick_editor_step(library: object) -> tuple[object, int]:
    """A routine with a one-hand step that marks zones and moves through several."""
    for routine in library.routines:  # type: ignore[attr-defined]
        for index, step in enumerate(routine.steps):
            if step.hand.value != "both" and len(step.path) >= 3 and step.zones:
                return routine, index
    return library.routines[0], 0  # type: ignore[attr-defined]


def _pick_routine(library: object, wanted: str | None) -> tuple[object, int]:
    """A routine with a counted step on one hand (or both), and that step's index."""
    routines = library.routines  # type: ignore[attr-defined]
    if wanted:
        routine = library.get(wanted)  # type: ignore[attr-defined]
        if routine is None:
            raise SystemExit(f"no routine {wanted!r}")
        candidates = [routine]
    else:
        candidates = list(routines)
    broad = {"palm", "fingers", "back.hand"}
    # Best: a counted step on one hand with a precise zone; then any counted step.
    for precise in (True, False):
        for routine in candidates:
            for index, step in enumerate(routine.steps):
                one_hand = step.hand.value in ("each", "left", "right")
                if (
                    step.is_counted
                    and (step.repeat or 0) >= 6
                    and step.zones
                    and (not precise or (one_hand and not set(step.zones) & broad))
                ):
                    return routine, index
    return candidates[0], 0


def main(argv: list[str] | None = None) -> int:
    """Take the three screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "images")
    parser.add_argument("--size", default="1200x760")
    parser.add_argument(
        "--routine",
        help="the routine to show in progress (default: the first one with a counted step)",
    )
    parser.add_argument(
        "--dark", action="store_true", help="use the Fusion style's dark colour scheme"
    )
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.lower().split("x"))
    _isolate()

    from PySide6.QtWidgets import QApplication

    import handtrainer  # noqa: F401 - its import guards PySide6 reference counts
    from handtrainer.core.library import load_library
    from handtrainer.core.session import Phase
    from tests.helpers.window import make_trainer

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.dark:
        from PySide6.QtCore import Qt

        app.setStyle("Fusion")
        app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
        # The offscreen platform has no colour scheme of its own: give it a dark palette,
        # as a dark desktop theme would.
        app.setPalette(_dark_palette())
    library = load_library(include_user=False)
    trainer = make_trainer(Path(os.environ["XDG_CONFIG_HOME"]), library)
    window = trainer.window
    window.resize(width, height)
    window.show()
    args.output.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = args.output / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    run_for = trainer.run_for

    routine, step_index = _pick_routine(library, args.routine)
    window.picker.select_routine(routine.id)
    shot("picker")

    window.open_routine(routine)
    window.start_routine()
    state = window.controller.state()
    # Practise up to the counted step, as someone would, so the summary counts every step.
    while state is not None and not (state.phase is Phase.WORK and state.step_index == step_index):
        run_for(0.5)
        state = window.controller.state()
    step = routine.steps[step_index]
    run_for((step.pace or 1.0) * 3.5)
    window.practice.step_list.setFocus()
    shot("practice")
    client_screen_shot(window, args.output / "client-screen.png")

    run_for(routine.work_seconds * 3 + 600)
    shot("summary")

    # The editor, on a step with marked zones and a direction of movement.
    edited, edited_step = _pick_editor_step(library)
    window.editing.edit(edited)
    page = window.editing.page
    assert page is not None
    page.select_step(edited_step)
    shot("editor")
    page.draft.undo_stack.setClean()
    window.close()
    sheet_page_shot(library.get("desk-reset") or routine, args.output / "sheet-page.png")
    return 0


def client_screen_shot(window: Any, path: Path, size: tuple[int, int] = (1920, 1080)) -> None:
    """The client screen (F5) beside the practice page, as a 1920x1080 monitor shows it."""
    from PySide6.QtWidgets import QApplication

    window.toggle_client_screen()
    screen = window.client_screen
    screen.showNormal()
    screen.resize(*size)
    for _ in range(3):
        QApplication.processEvents()
    screen.grab().save(str(path))
    print(path)
    screen.close()


def sheet_page_shot(routine: Any, path: Path, width: int = 662) -> None:
    """The first page of the routine's sheet (A4), as the PDF shows it."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    from handtrainer.sheet.layout import RoutineSheet

    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "sheet.pdf"
        RoutineSheet(routine).to_pdf(pdf, "A4")
        document = QPdfDocument()
        document.load(str(pdf))
        points = document.pagePointSize(0)
        height = round(width * points.height() / points.width())
        document.render(0, QSize(width, height)).save(str(path))
        document.close()
    print(path)


if __name__ == "__main__":
    raise SystemExit(main())
