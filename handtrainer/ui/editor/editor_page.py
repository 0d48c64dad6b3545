"""The editor page: steps on the left, the diagram in the middle, the forms on the right.

The page shows one ``RoutineDraft`` and writes back only through it. What it
cannot do itself (saving, playing, leaving) it asks for with signals, which the
``RoutineEditing`` controller answers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from handtrainer.core import wording
from handtrainer.core.model import Side
from handtrainer.core.wording import format_seconds
from handtrainer.ui.editor.draft import RoutineDraft
from handtrainer.ui.editor.routine_form import RoutineForm
from handtrainer.ui.editor.step_form import StepForm
from handtrainer.ui.editor.step_list import EditorStepList, EditorStepModel
from handtrainer.ui.editor.translation_form import TranslationForm
from handtrainer.ui.editor.zone_picker import ZonePicker
from handtrainer.ui.mnemonics import without_mnemonic

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    # Squeezed below the fields' least width, the form scrolls sideways rather than
    # cutting its fields off.
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setAccessibleName(widget.accessibleName())
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class EditorPage(QWidget):
    """Edits one routine draft."""

    saveRequested = Signal()
    saveAsRequested = Signal()
    closeRequested = Signal()
    playRequested = Signal(int, bool)  # step index, whole routine from there (else one step)
    revertRequested = Signal()

    def __init__(
        self,
        draft: RoutineDraft,
        parent: QWidget | None = None,
        *,
        lead: Side = Side.RIGHT,
        library_panel: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editor-page")
        self.draft = draft
        self.lead = lead
        self.actions_by_name: dict[str, QAction] = {}
        self._sized = False

        self.toolbar = QToolBar(translate("EditorPage", "Editor"), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_actions()
        self.banner = QLabel()
        self.banner.setObjectName("editor-banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet("padding: 6px; border: 1px solid palette(mid);")
        self.banner.hide()
        self.revert_button = QPushButton(translate("EditorPage", "Revert to the bundled routine"))
        self.revert_button.setObjectName("revert-bundled")
        self.revert_button.clicked.connect(self.revertRequested)
        self.revert_button.hide()
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.revert_button)

        # Left: the steps, and the step library beside them.
        self.step_model = EditorStepModel(draft, self)
        self.steps = EditorStepList(self.step_model)
        self.steps.currentStepChanged.connect(self._show_step)
        # A tool bar under the list: in a narrow pane the buttons that do not fit go
        # into its » menu instead of holding the pane (and the diagram) wide.
        self.step_bar = QToolBar(translate("EditorPage", "Steps"))
        self.step_bar.setObjectName("step-buttons")
        self.step_bar.setMovable(False)
        self.step_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Up and Down show as arrows there (their names stay in tooltips, menus and for
        # screen readers), so all five fit in the list's usual width.
        self.actions_by_name["step-up"].setIconText("↑")
        self.actions_by_name["step-down"].setIconText("↓")
        for name in ("add-step", "duplicate-step", "remove-step", "step-up", "step-down"):
            action = self.actions_by_name[name]
            self.step_bar.addAction(action)
            button = self.step_bar.widgetForAction(action)
            button.setObjectName(name)
            button.setAccessibleName(without_mnemonic(action.text()))
            if not action.toolTip() or action.toolTip() == action.iconText():
                action.setToolTip(without_mnemonic(action.text()))
        steps_box = QWidget()
        steps_layout = QVBoxLayout(steps_box)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.addWidget(self.steps, 1)
        steps_layout.addWidget(self.step_bar)
        self.left = QTabWidget()
        self.left.setAccessibleName(translate("EditorPage", "Steps and step library"))
        self.left.tabBar().setAccessibleName(translate("EditorPage", "Steps or step library"))
        self.left.addTab(steps_box, translate("EditorPage", "Steps"))
        if library_panel is not None:
            self.left.addTab(library_panel, translate("EditorPage", "Step library"))

        # Middle: the diagram.
        self.picker = ZonePicker()
        self.picker.zoneToggled.connect(lambda z: self.draft.toggle_zone(self.current_step(), z))
        self.picker.pathExtended.connect(lambda z: self.draft.extend_path(self.current_step(), z))
        self.picker.pathCleared.connect(
            lambda: self.draft.set_value(self.current_step(), "path", [])
        )

        # Right: the forms.
        self.step_form = StepForm(draft)
        self.routine_form = RoutineForm(draft)
        self.right = QTabWidget()
        self.right.setAccessibleName(translate("EditorPage", "Step and routine fields"))
        self.right.tabBar().setAccessibleName(translate("EditorPage", "Step or routine fields"))
        self.step_form.setAccessibleName(translate("EditorPage", "The step's fields"))
        self.routine_form.setAccessibleName(translate("EditorPage", "The routine's fields"))
        self.right.addTab(_scrolled(self.step_form), translate("EditorPage", "Step"))
        self.right.addTab(_scrolled(self.routine_form), translate("EditorPage", "Routine"))
        self.translation_form = TranslationForm(draft)
        self.translation_form.setAccessibleName(
            translate("EditorPage", "The routine's translations")
        )
        self.right.addTab(_scrolled(self.translation_form), translate("EditorPage", "Languages"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.picker)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setChildrenCollapsible(False)

        self.length = QLabel()
        self.length.setObjectName("editor-length")
        self.status = QLabel()
        self.status.setObjectName("editor-status")
        self.status.setWordWrap(True)
        foot = QHBoxLayout()
        foot.addWidget(self.length)
        foot.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(banner_row)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(foot)

        draft.changed.connect(self._on_changed)
        draft.stepFocused.connect(self._on_step_focused)
        draft.undo_stack.cleanChanged.connect(self._on_clean_changed)
        # Text fields have an undo of their own; Ctrl+Z must undo the routine instead.
        for edit in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            edit.installEventFilter(self)
        self.steps.select_step(0)
        self._show_step(0)
        self._on_changed()

    # ------------------------------------------------------------------ building

    def _action(
        self, name: str, text: str, slot: object, key: str | QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if key is not None:
            sequence = QKeySequence(key)
            action.setShortcut(sequence)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            native = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({native})")
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        bar = self.toolbar
        bar.addAction(
            self._action(
                "save", translate("EditorPage", "&Save"), self.saveRequested.emit, "Ctrl+S"
            )
        )
        bar.addAction(
            self._action(
                "save-as",
                translate("EditorPage", "Save &as…"),
                self.saveAsRequested.emit,
                "Ctrl+Shift+S",
            )
        )
        bar.addSeparator()
        stack = self.draft.undo_stack
        undo = self._action("undo", translate("EditorPage", "&Undo"), stack.undo, "Ctrl+Z")
        redo = self._action("redo", translate("EditorPage", "&Redo"), stack.redo, "Ctrl+Shift+Z")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        # The tooltip says what would be undone; the button stays short.
        stack.undoTextChanged.connect(self._on_undo_text)
        stack.redoTextChanged.connect(self._on_redo_text)
        bar.addAction(undo)
        bar.addAction(redo)
        bar.addSeparator()
        self._action("add-step", translate("EditorPage", "&Add"), self._add_step, "Ctrl+Return")
        self._action("duplicate-step", translate("EditorPage", "&Duplicate"), self._duplicate_step)
        self._action("remove-step", translate("EditorPage", "&Remove"), self._remove_step)
        self._action("step-up", translate("EditorPage", "Up"), lambda: self._move(-1))
        self._action("step-down", translate("EditorPage", "Down"), lambda: self._move(1))
        bar.addAction(
            self._action(
                "play-step",
                translate("EditorPage", "&Play step"),
                lambda: self._play(False),
                "Ctrl+R",
            )
        )
        bar.addAction(
            self._action(
                "play-from-here",
                translate("EditorPage", "Play &from here"),
                lambda: self._play(True),
                "Ctrl+Shift+R",
            )
        )
        bar.addSeparator()
        bar.addAction(
            self._action(
                "close-editor",
                translate("EditorPage", "&Close editor"),
                self.closeRequested.emit,
                "Ctrl+W",
            )
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # The diagram is the main input: give it the most room at first.
            self._sized = True
            layout = self.layout()
            if layout is not None:
                layout.activate()  # the splitter's own width, not the page's
            width = max(self.splitter.width() - 2 * self.splitter.handleWidth(), 600)
            # ...but never less than the forms need, however long their words (German)
            style = self.style()
            bar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
            # The step buttons all showing (with the tab's frame), if that takes at most
            # 30%; if they do not fit even so, the » menu holds them and the room goes to
            # the fields and the diagram.
            chrome = self.left.width() - self.left.currentWidget().width() + 2 * frame
            buttons = self.step_bar.sizeHint().width() + chrome
            buttons = buttons if buttons <= width * 30 // 100 else 0
            left = max(width * 22 // 100, buttons, self.left.minimumSizeHint().width())
            # The fields beside their labels, if that takes at most 42% (a narrow window,
            # German); narrower, a long field goes under its label. Never less than the
            # form's least width (not its wish: a long text field wishes for 800 px).
            room = bar + 4 * frame
            beside = min(self.step_form.side_by_side_width() + room, width * 42 // 100)
            right = max(width * 38 // 100, beside, self.step_form.minimumSizeHint().width() + room)
            self.splitter.setSizes([left, max(0, width - left - right), right])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            ):
                return True  # not taken by the field: the page's Undo and Redo get it
            if event.matches(QKeySequence.StandardKey.Save):
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ plain-language

    def current_step(self) -> int:
        """The index of the step being edited."""
        return max(0, min(self.step_form.step_index, self.draft.step_count() - 1))

    def select_step(self, index: int) -> None:
        """Edit the step at ``index``."""
        self.steps.select_step(index)
        self._show_step(self.steps.current_step())

    def set_banner(self, text: str, *, can_revert: bool = False) -> None:
        """A notice above the editor (read-only file, overriding a bundled routine)."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.revert_button.setVisible(can_revert)

    def show_status(self, text: str) -> None:
        """A short note under the editor (saved, or why not)."""
        self.status.setText(text)

    # ------------------------------------------------------------------ following

    def _show_step(self, index: int) -> None:
        if not 0 <= index < self.draft.step_count():
            return
        self.step_form.set_step(index)
        self._show_diagram()

    def _show_diagram(self) -> None:
        index = self.current_step()
        state = self.draft.step(index)
        self.picker.set_step(
            state.get("view") or self.draft.default_view(),
            state.get("hand", "each"),
            list(state.get("zones", [])),
            list(state.get("path", [])),
            self.lead,
        )

    def _on_changed(self) -> None:
        if self.steps.current_step() < 0 or self.step_form.step_index >= self.draft.step_count():
            self.select_step(min(self.step_form.step_index, self.draft.step_count() - 1))
        self._show_diagram()
        length = format_seconds(self.draft.length_seconds())
        self.length.setText(translate("EditorPage", "Length: %1").replace("%1", length))
        problems = sum(len(m) for m in self.draft.result.by_field.values())
        errors = sum(1 for p in self.draft.result.problems if p.is_error)
        if errors:
            self.show_status(
                wording.translate(
                    "EditorPage",
                    "%n problem(s) to fix before saving; each is shown by its field.",
                    None,
                    problems,
                )
            )
        elif self.draft.is_modified():
            self.show_status(translate("EditorPage", "Unsaved changes."))
        else:
            self.show_status(translate("EditorPage", "Saved."))
        self.actions_by_name["play-step"].setEnabled(self.draft.routine() is not None)
        self.actions_by_name["play-from-here"].setEnabled(self.draft.routine() is not None)

    def _on_step_focused(self, index: int) -> None:
        if index != self.current_step():
            self.select_step(index)

    def _on_undo_text(self, text: str) -> None:
        if isValid(self):
            self.actions_by_name["undo"].setToolTip(
                translate("EditorPage", "Undo %1 (Ctrl+Z)").replace("%1", text)
            )

    def _on_redo_text(self, text: str) -> None:
        if isValid(self):
            tip = translate("EditorPage", "Redo %1 (Ctrl+Shift+Z)").replace("%1", text)
            self.actions_by_name["redo"].setToolTip(tip)

    def _on_clean_changed(self, _clean: bool) -> None:
        # The stack says "clean" once more as it is destroyed, after the page may be gone.
        if isValid(self) and isValid(self.draft.undo_stack):
            self._on_changed()

    def _add_step(self) -> None:
        self.select_step(self.draft.add_step(self.current_step() + 1))

    def _duplicate_step(self) -> None:
        self.select_step(self.draft.duplicate_step(self.current_step()))

    def _remove_step(self) -> None:
        if self.draft.step_count() > 1:
            index = self.current_step()
            self.draft.remove_step(index)
            self.select_step(min(index, self.draft.step_count() - 1))

    def _move(self, delta: int) -> None:
        index = self.current_step()
        target = index + delta
        if 0 <= target < self.draft.step_count():
            self.draft.move_step(index, target)
            self.select_step(target)

    def _play(self, whole: bool) -> None:
        if self.draft.routine() is not None:
            self.playRequested.emit(self.current_step(), whole)
