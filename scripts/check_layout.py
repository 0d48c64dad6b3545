"""Look at every page and dialog in one language: a screenshot of each, and what is cut off.

Runs offscreen with a fake clock, builds the catalogues if needed, and writes one PNG per
page or dialog into the output folder. Then, for every visible button, check box, label,
tab and group title, it compares the room the widget has with the room its text needs,
and lists those that are cut (a longer translation squeezed into an English-sized place).

    python scripts/check_layout.py [--language de] [--output out/layout-de] [--size 1200x760]
                                   [--routine ID]

Exits 1 when something is cut off.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _isolate() -> None:
    home = Path(tempfile.mkdtemp(prefix="handtrainer-layout-"))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    for name, sub in (("XDG_CONFIG_HOME", "c"), ("XDG_DATA_HOME", "d"), ("XDG_STATE_HOME", "s")):
        os.environ[name] = str(home / sub)
    sys.path.insert(0, str(REPO))


def _build_catalogues() -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in (REPO / "assets" / "translations").glob("handtrainer_*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    """Take the screenshots and list what is cut off."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="de")
    parser.add_argument("--output", type=Path)
    parser.add_argument("--size", default="1200x760")
    parser.add_argument("--routine", help="the routine to practise (default: one for each hand)")
    args = parser.parse_args(argv)
    output: Path = args.output or REPO / "out" / f"layout-{args.language}"
    width, height = (int(part) for part in args.size.lower().split("x"))
    _isolate()
    _build_catalogues()

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    import handtrainer  # noqa: F401 - its import guards PySide6 reference counts
    from handtrainer.core.library import load_library
    from handtrainer.core.session import Phase
    from handtrainer.ui.preferences import (
        Preferences,
    )
    from handtrainer.ui.translation import install_translations
    from tests.helpers.layout import cut_off
    from tests.helpers.window import make_trainer

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translations(app, QLocale(args.language))
    trainer = make_trainer(
        Path(os.environ["XDG_CONFIG_HOME"]),
        load_library(include_user=False),
        language=args.language,
    )
    window, clock = trainer.window, trainer.clock
    window.resize(width, height)
    window.show()
    output.mkdir(parents=True, exist_ok=True)
    problems: dict[str, list[str]] = {}

    def settle() -> None:
        for _ in range(4):
            app.processEvents()

    def shot(name: str, widget: QWidget | None = None) -> None:
        widget = widget or window
        settle()
        widget.grab().save(str(output / f"{name}.png"))
        cut = cut_off(widget)
        if cut:
            problems[name] = cut
        print(output / f"{name}.png", f"({len(cut)} cut)" if cut else "")

    def dialog(name: str, make: Callable[[], QDialog]) -> None:
        made = make()
        made.show()
        settle()
        shot(name, made)
        made.close()
        made.deleteLater()

    run_for = trainer.run_for

    # a routine with a step for each hand in turn, so the switch-hands pause shows too
    library = window.library.library()  # the routines in the window's language
    routine = library.get(args.routine) if args.routine else None
    routine = routine or next(
        (r for r in library.routines if any(s.hand.value == "each" for s in r.steps)),
        library.routines[0],
    )
    window.picker.select_routine(routine.id)
    shot("picker")

    window.open_routine(routine)
    shot("practice-ready")
    window.start_routine()
    run_for(8)
    shot("practice-running")
    window.controller.pause()
    shot("practice-paused")
    window.controller.resume()
    state = window.controller.state()
    while state is not None and state.phase is not Phase.SWITCH and clock.now < 900:
        run_for(1)
        state = window.controller.state()
    shot("practice-switch-hands")
    run_for(routine.work_seconds * 3 + 600)
    shot("summary")

    window.editing.edit(routine)
    page = window.editing.page
    assert page is not None
    page.select_step(1)
    shot("editor-step")
    tabs = page.findChildren(type(page.tabs)) if hasattr(page, "tabs") else []
    for tabs_widget in tabs:
        for index in range(tabs_widget.count()):
            tabs_widget.setCurrentIndex(index)
            shot(f"editor-tab-{index}")
    page.draft.undo_stack.setClean()
    window.show_library()

    from handtrainer.ui.dialogs.about import AboutDialog, ShortcutsDialog
    from handtrainer.ui.dialogs.cautions_dialog import CautionsDialog
    from handtrainer.ui.dialogs.print_actions import SheetOptions, SheetOptionsDialog
    from handtrainer.ui.dialogs.settings_dialog import SettingsDialog

    dialog("cautions", lambda: CautionsDialog(routine, window))
    dialog("settings", lambda: SettingsDialog(Preferences(), window))
    dialog("about", lambda: AboutDialog("0.1.0", window))
    dialog(
        "shortcuts",
        lambda: ShortcutsDialog([*window.actions(), *window.practice.actions()], window),
    )
    dialog("sheet-options", lambda: SheetOptionsDialog(window, SheetOptions()))

    window.toggle_client_screen()
    client = window.client_screen
    if client is not None:
        client.resize(1280, 720)
        window.open_routine(routine)
        window.start_routine()
        run_for(8)
        shot("client-screen", client)
        window.toggle_client_screen()

    for name, cut in problems.items():
        print(f"\n{name}: cut off")
        for line in cut:
            print("  " + line)
    window.close()
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
