"""The window's menu bar: File, Practice, View and Help, with their actions and keys.

Keys are QKeySequence's standard keys where the platform has one (so they follow
macOS, Windows and the Linux desktops), with a fallback where it has none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from handtrainer.ui.main_window import MainWindow

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it

Key = str | QKeySequence.StandardKey | None


def key_sequences(key: Key, fallback: str | None = None) -> list[QKeySequence]:
    """The bindings for ``key``: all of a standard key's, else the fallback, else ``key``."""
    if key is None:
        return []
    if isinstance(key, QKeySequence.StandardKey):
        sequences = QKeySequence.keyBindings(key) or [QKeySequence(fallback or "")]
    else:
        sequences = [QKeySequence(key)]
    return [sequence for sequence in sequences if not sequence.isEmpty()]


class WindowMenus:
    """Builds the menus of ``window`` and keeps their actions (``window.menus.quit_action``)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        bar = window.menuBar()
        self.file = bar.addMenu(translate("MainWindow", "&File"))
        self.practice = bar.addMenu(translate("MainWindow", "&Practice"))
        self.view = bar.addMenu(translate("MainWindow", "&View"))
        self._file_menu(window)
        self._view_menu(window)
        # The practice page is made when first needed; opening its menu makes it, so the
        # menu is never empty.
        self.practice.aboutToShow.connect(lambda: window.practice)
        self.help = bar.addMenu(translate("MainWindow", "&Help"))
        self.shortcuts_action = self.add(
            self.help,
            "keyboard-shortcuts",
            translate("MainWindow", "&Keyboard shortcuts"),
            window.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
            fallback="F1",
        )
        self.about_action = self.add(
            self.help, "about", translate("MainWindow", "&About Hand Trainer"), window.show_about
        )

    def add(
        self,
        menu: QMenu,
        name: str,
        text: str,
        slot: Callable[[], object],
        key: Key = None,
        fallback: str | None = None,
    ) -> QAction:
        """An action in ``menu`` (and on the window, so its key works on every page)."""
        action = QAction(text, self._window)
        action.setObjectName(name)
        sequences = key_sequences(key, fallback)
        if sequences:
            action.setShortcuts(sequences)
            shown = sequences[0].toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.rstrip('…')} ({shown})")
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        menu.addAction(action)
        return action

    def _file_menu(self, window: MainWindow) -> None:
        menu, add = self.file, self.add
        standard = QKeySequence.StandardKey
        self.open_action = add(
            menu,
            "open",
            translate("MainWindow", "&Open routine file…"),
            window.open_files,
            standard.Open,
        )
        self.print_action = add(
            menu,
            "print",
            translate("MainWindow", "&Print sheet…"),
            window.print_preview,
            standard.Print,
        )
        self.export_action = add(
            menu,
            "export-pdf",
            translate("MainWindow", "&Export sheet as PDF…"),
            window.export_pdf,
            "Ctrl+E",
        )
        menu.addSeparator()
        editing = lambda: window.editing  # noqa: E731 - the editor is made when first used
        add(
            menu,
            "new-routine",
            translate("MainWindow", "&New routine"),
            lambda: editing().new_routine(),
            "Ctrl+N",
        )
        add(
            menu,
            "duplicate-routine",
            translate("MainWindow", "&Duplicate routine"),
            lambda: editing().duplicate(),
        )
        add(
            menu,
            "edit-routine",
            translate("MainWindow", "Edi&t routine"),
            lambda: editing().edit(),
            "Ctrl+Shift+E",
        )
        menu.addSeparator()
        self.settings_action = add(
            menu,
            "settings",
            translate("MainWindow", "&Settings…"),
            window.show_settings,
            standard.Preferences,
            fallback="Ctrl+,",
        )
        menu.addSeparator()
        self.quit_action = add(
            menu,
            "quit",
            translate("MainWindow", "&Quit"),
            window.quit_application,
            standard.Quit,
            fallback="Ctrl+Q",
        )

    def _view_menu(self, window: MainWindow) -> None:
        menu, add = self.view, self.add
        standard = QKeySequence.StandardKey
        self.full_screen_action = add(
            menu,
            "full-screen",
            translate("MainWindow", "&Full screen"),
            window.toggle_full_screen,
            standard.FullScreen,
            fallback="F11",
        )
        self.library_action = add(
            menu,
            "show-library",
            translate("MainWindow", "Routine &library"),
            window.show_library,
            "Ctrl+L",
        )
        self.client_action = add(
            menu,
            "client-screen",
            translate("MainWindow", "&Client screen"),
            window.toggle_client_screen,
            "F5",
        )
        self.client_action.setCheckable(True)
        menu.addSeparator()
        self.zoom_in_action = add(
            menu,
            "zoom-in",
            translate("MainWindow", "Larger &text"),
            lambda: window.zoom_text(+1),
            standard.ZoomIn,
            fallback="Ctrl++",
        )
        self.zoom_out_action = add(
            menu,
            "zoom-out",
            translate("MainWindow", "&Smaller text"),
            lambda: window.zoom_text(-1),
            standard.ZoomOut,
            fallback="Ctrl+-",
        )
        self.zoom_reset_action = add(
            menu,
            "zoom-reset",
            translate("MainWindow", "&Normal text size"),
            lambda: window.zoom_text(0),
            "Ctrl+0",
        )
