"""The editor's translations: pick a language, write each text beside the routine's own.

Only text is translated (docs/routine-format.md): the routine's title, summary,
notes, its own cautions and sources, and each step's title, instruction, notes and
tradition, matched to the routine by position. The form is laid out again only when
the shape of what is translated changes (a language, a step, a field added); typing
goes through bindings to the draft, so undo works as everywhere in the editor.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handtrainer.core.cautions import is_caution_id
from handtrainer.core.model import DEFAULT_LANGUAGE
from handtrainer.core.translations import LANGUAGE_CODE, suggested_code
from handtrainer.ui.editor.bindings import Binding, bind_line, bind_text, problem_label
from handtrainer.ui.editor.draft import RoutineDraft
from handtrainer.ui.editor.draft_translations import translation_key
from handtrainer.ui.library.language_note import language_name

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it

_STEP_FIELDS = ("title", "instruction", "notes", "tradition")


def _original(text: str) -> QLabel:
    """The routine's own text, shown plainly beside its translation."""
    label = QLabel(text)
    label.setObjectName("original-text")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    palette = label.palette()  # quieter than the translation being written
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)
    return label


def _edit(multiline: bool) -> QLineEdit | QPlainTextEdit:
    if not multiline:
        return QLineEdit()
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
    return edit


class TranslationForm(QWidget):
    """The routine's text in another language, field by field beside its own."""

    def __init__(self, draft: RoutineDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translation-form")
        self.draft = draft
        self.bindings: list[Binding] = []
        self.edits: dict[tuple[int | None, str], QLineEdit | QPlainTextEdit] = {}
        outer = QVBoxLayout(self)

        top = QFormLayout()
        self.own_language = QLineEdit()
        self.own_language.setObjectName("routine-language")
        self.own_language.setPlaceholderText(DEFAULT_LANGUAGE)
        own_problems = problem_label()
        own_box = QVBoxLayout()
        own_box.addWidget(self.own_language)
        own_box.addWidget(own_problems)
        self._own_binding = bind_line(
            draft, "language", self.own_language, lambda: None, own_problems
        )
        own_label = QLabel(translate("TranslationForm", "&Written in:"))
        own_label.setBuddy(self.own_language)
        top.addRow(own_label, own_box)

        self.language = QComboBox()
        self.language.setObjectName("translation-language")
        self.language.currentIndexChanged.connect(lambda _i: self._layout_fields())
        self.remove_button = QPushButton(translate("TranslationForm", "Remove"))
        self.remove_button.setObjectName("remove-language")
        self.remove_button.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addWidget(self.language, 1)
        row.addWidget(self.remove_button)
        language_label = QLabel(translate("TranslationForm", "&Translation:"))
        language_label.setBuddy(self.language)
        top.addRow(language_label, row)

        self.new_language = QLineEdit()
        self.new_language.setObjectName("new-language")
        self.new_language.setPlaceholderText(translate("TranslationForm", "a code: de, fr, pt-BR"))
        self.new_language.returnPressed.connect(self._add)
        self.add_button = QPushButton(translate("TranslationForm", "Add language"))
        self.add_button.setObjectName("add-language")
        self.add_button.clicked.connect(self._add)
        self.add_problem = problem_label()
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_language, 1)
        add_row.addWidget(self.add_button)
        add_box = QVBoxLayout()
        add_box.addLayout(add_row)
        add_box.addWidget(self.add_problem)
        add_label = QLabel(translate("TranslationForm", "&New:"))
        add_label.setBuddy(self.new_language)
        top.addRow(add_label, add_box)
        outer.addLayout(top)

        self.empty = QLabel(
            translate(
                "TranslationForm",
                "Not translated yet. Add a language to write the routine's text in it; "
                "steps, zones and timings stay the routine's own.",
            )
        )
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        self.fields = QWidget()
        self.fields.setObjectName("translation-fields")
        outer.addWidget(self.fields)
        outer.addStretch(1)
        self._shape: object = None
        self._originals: list[tuple[QLabel, Callable[[], str]]] = []
        self._list_labels: list[tuple[QLabel, str]] = []
        draft.changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------ showing

    def current_language(self) -> str:
        """The language whose text is shown ("" when there is none)."""
        return str(self.language.currentData() or "")

    def show_language(self, language: str) -> None:
        """Show the fields of ``language``."""
        index = self.language.findData(language)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def refresh(self) -> None:
        """Follow the draft: the languages, the fields' shape, values and problems."""
        languages = self.draft.languages()
        if [self.language.itemData(i) for i in range(self.language.count())] != languages:
            current = self.current_language()
            self.language.blockSignals(True)
            self.language.clear()
            for code in languages:
                self.language.addItem(f"{language_name(code)} ({code})", code)
            self.language.blockSignals(False)
            self.show_language(current if current in languages else (languages or [""])[-1])
        self.remove_button.setEnabled(bool(languages))
        self.empty.setVisible(not languages)
        self._own_binding.refresh()
        if self._shape_now() != self._shape:
            self._layout_fields()
            return
        for label, text in self._originals:
            label.setText(text())
        for binding in self.bindings:
            binding.refresh()
        for label, key in self._list_labels:
            messages = self.draft.result.messages(None, key)
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))

    def _own_items(self, key: str) -> list[str]:
        items = [str(v) for v in self.draft.value(None, key) or []]
        return [i for i in items if not is_caution_id(i)] if key == "cautions" else items

    def _step_fields(self, step: int) -> list[str]:
        language = self.current_language()
        return [
            f
            for f in _STEP_FIELDS
            if str(self.draft.value(step, f)).strip()
            or str(self.draft.value(step, translation_key(language, f))).strip()
        ]

    def _shape_now(self) -> object:
        """What decides the form's layout: language, fields present, items and steps."""
        notes = bool(str(self.draft.value(None, "notes")).strip())
        steps = tuple(tuple(self._step_fields(i)) for i in range(self.draft.step_count()))
        lists = (len(self._own_items("sources")), len(self._own_items("cautions")))
        return (self.current_language(), notes, lists, steps)

    def _layout_fields(self) -> None:
        old = self.fields
        self.fields = QWidget()
        self.fields.setObjectName("translation-fields")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.replaceWidget(old, self.fields)
        old.deleteLater()
        self.bindings, self.edits, self._originals, self._list_labels = [], {}, [], []
        self._shape = self._shape_now()
        language = self.current_language()
        if not language:
            return
        form = QVBoxLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        routine = QGroupBox(translate("TranslationForm", "The routine"))
        rows = QFormLayout(routine)
        self._field(rows, None, "title", translate("TranslationForm", "Title:"), False)
        self._field(rows, None, "summary", translate("TranslationForm", "Summary:"), True)
        if str(self.draft.value(None, "notes")).strip():
            self._field(rows, None, "notes", translate("TranslationForm", "Notes:"), True)
        for key, name in (
            ("cautions", translate("TranslationForm", "Caution %1:")),
            ("sources", translate("TranslationForm", "Source %1:")),
        ):
            for item in range(len(self._own_items(key))):
                self._item(rows, key, item, name.replace("%1", str(item + 1)))
            if self._own_items(key):
                self._list_problems(rows, key)
        form.addWidget(routine)
        for step in range(self.draft.step_count()):
            box = QGroupBox(
                translate("TranslationForm", "Step %1: %2")
                .replace("%1", str(step + 1))
                .replace("%2", str(self.draft.value(step, "title")))
            )
            box.setObjectName(f"translation-step-{step + 1}")
            rows = QFormLayout(box)
            for key in self._step_fields(step):
                self._field(rows, step, key, _step_label(key), key != "title")
            form.addWidget(box)
        self.refresh()

    def _field(
        self, rows: QFormLayout, step: int | None, key: str, label: str, multiline: bool
    ) -> None:
        self._pair(
            rows,
            step,
            translation_key(self.current_language(), key),
            label,
            multiline,
            lambda: str(self.draft.value(step, key)),
        )

    def _item(self, rows: QFormLayout, key: str, item: int, label: str) -> None:
        self._pair(
            rows,
            None,
            translation_key(self.current_language(), key, item),
            label,
            True,
            lambda: [*self._own_items(key), ""][item],
        )

    def _pair(
        self,
        rows: QFormLayout,
        step: int | None,
        key: str,
        label: str,
        multiline: bool,
        original: Callable[[], str],
    ) -> None:
        own = _original(original())
        self._originals.append((own, original))
        edit = _edit(multiline)
        edit.setObjectName(key)
        edit.setAccessibleName(label.rstrip(":"))
        problems = problem_label()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(own)
        box.addWidget(edit)
        box.addWidget(problems)
        rows.addRow(label, box)
        bind = bind_line if isinstance(edit, QLineEdit) else bind_text
        self.bindings.append(bind(self.draft, key, edit, lambda: step, problems))  # type: ignore[arg-type]
        self.edits[(step, key)] = edit

    def _list_problems(self, rows: QFormLayout, key: str) -> None:
        """A list's own problems (a count that does not match the routine's)."""
        label = problem_label()
        rows.addRow("", label)
        self._list_labels.append((label, translation_key(self.current_language(), key)))

    # ------------------------------------------------------------------ changing

    def _add(self) -> None:
        code = self.new_language.text().strip()
        own = str(self.draft.value(None, "language")).strip() or DEFAULT_LANGUAGE
        problem = ""
        if not LANGUAGE_CODE.fullmatch(code):
            fixed = suggested_code(code)
            hint = (
                translate("TranslationForm", " (did you mean '%1'?)").replace("%1", fixed)
                if fixed
                else ""
            )
            problem = (
                translate(
                    "TranslationForm",
                    "'%1' is not a language code%2; write a short code like de, fr or pt-BR.",
                )
                .replace("%1", code)
                .replace("%2", hint)
            )
        elif code == own:
            problem = translate(
                "TranslationForm", "The routine is written in '%1' already."
            ).replace("%1", code)
        self.add_problem.setText(problem)
        self.add_problem.setVisible(bool(problem))
        if problem:
            return
        self.draft.add_language(code)
        self.new_language.clear()
        self.show_language(code)

    def _remove(self) -> None:
        language = self.current_language()
        if language:
            self.draft.remove_language(language)


def _step_label(key: str) -> str:
    return {
        "title": translate("TranslationForm", "Title:"),
        "instruction": translate("TranslationForm", "Instruction:"),
        "notes": translate("TranslationForm", "Notes:"),
        "tradition": translate("TranslationForm", "Tradition:"),
    }[key]
