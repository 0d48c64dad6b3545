"""The form for the routine as a whole: its words, audience, cautions and client program."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from handtrainer.core import wording
from handtrainer.core.cautions import CAUTIONS
from handtrainer.core.model import Audience, BodyMap, Weekday
from handtrainer.ui.editor.bindings import (
    Binding,
    FittedCombo,
    bind_combo,
    bind_line,
    bind_list,
    bind_text,
    problem_label,
)
from handtrainer.ui.editor.draft import RoutineDraft
from handtrainer.ui.mnemonics import without_mnemonic

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


def _standard_cautions() -> dict[str, str]:
    """The standard cautions by id, worded for your own hands."""
    return {cid: c.text(Audience.SELF) for cid, c in CAUTIONS.items()}


def _lines_edit(lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class RoutineForm(QWidget):
    """The routine's own fields."""

    def __init__(self, draft: RoutineDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routine-form")
        self.draft = draft
        self.bindings: dict[str, Binding] = {}
        self.widgets: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)
        form = QFormLayout()
        # A field too wide to sit beside its label (a long choice, a long German label,
        # in a narrow pane) goes under it instead of making the form scroll sideways.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(form)
        self._add(form, "title", translate("RoutineForm", "&Title:"), QLineEdit())
        self._add(form, "summary", translate("RoutineForm", "&Summary:"), _lines_edit())
        audience = FittedCombo()
        for choice in Audience:
            audience.addItem(wording.audience_name(choice), choice.value)
        self._add(form, "audience", translate("RoutineForm", "Fo&r:"), audience)
        body_map = FittedCombo()
        body_map.addItem(translate("RoutineForm", "Hand"), "hand")
        body_map.addItem(translate("RoutineForm", "Foot"), "foot")
        self._add(form, "map", translate("RoutineForm", "M&ap:"), body_map)
        order = FittedCombo()
        order.addItem(translate("RoutineForm", "Step by step"), "step-by-step")
        order.addItem(translate("RoutineForm", "Hand by hand"), "hand-by-hand")
        self._add(form, "order", translate("RoutineForm", "&Order:"), order)
        self._worded_map: BodyMap | None = None
        self._word_for_map(BodyMap.HAND)
        self._add(
            form,
            "tags",
            translate("RoutineForm", "Ta&gs:"),
            QLineEdit(),
            translate("RoutineForm", "comma-separated: desk, quick"),
        )

        self.standard = _standard_cautions()
        self.caution_list = QListWidget()
        self.caution_list.setObjectName("standard-cautions")
        self.caution_list.setAccessibleName(translate("RoutineForm", "Standard cautions"))
        for cid, text in self.standard.items():
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(cid)
            self.caution_list.addItem(item)
        self.caution_list.setWordWrap(True)
        self.caution_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.caution_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.caution_list.setMinimumHeight(120)
        self.caution_list.itemChanged.connect(lambda _item: self._write_cautions(typed=False))
        self.own_cautions = _lines_edit()
        self.own_cautions.setAccessibleName(translate("RoutineForm", "The routine's own cautions"))
        self.own_cautions.setPlaceholderText(
            translate("RoutineForm", "Your own cautions, one per line")
        )
        self.own_cautions.textChanged.connect(self._write_cautions)
        self.caution_problems = problem_label()
        cautions = QVBoxLayout()
        if self.standard:
            cautions.addWidget(self.caution_list)
        cautions.addWidget(self.own_cautions)
        cautions.addWidget(self.caution_problems)
        caution_label = QLabel(translate("RoutineForm", "&Cautions:"))
        caution_label.setBuddy(self.caution_list if self.standard else self.own_cautions)
        form.addRow(caution_label, cautions)
        self._add(form, "notes", translate("RoutineForm", "&Notes:"), _lines_edit())
        self._add(
            form,
            "sources",
            translate("RoutineForm", "So&urces:"),
            _lines_edit(),
            translate("RoutineForm", "one per line"),
        )
        self._add(
            form,
            "id",
            translate("RoutineForm", "&Id:"),
            QLineEdit(),
            translate("RoutineForm", "from the title when empty"),
        )

        program = QGroupBox(translate("RoutineForm", "Client program"))
        program.setObjectName("client-program")
        pform = QFormLayout(program)
        pform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._add(
            pform,
            "plan.for",
            translate("RoutineForm", "For &whom:"),
            QLineEdit(),
            translate("RoutineForm", "optional"),
        )
        self._add(
            pform,
            "plan.how_often",
            translate("RoutineForm", "How oft&en:"),
            QLineEdit(),
            translate("RoutineForm", "twice a day"),
        )
        self._add(
            pform,
            "plan.times_per_week",
            translate("RoutineForm", "Times a wee&k:"),
            QLineEdit(),
            translate("RoutineForm", "e.g. 14"),
        )
        days = QGridLayout()
        self.day_boxes: dict[str, QCheckBox] = {}
        for number, day in enumerate(Weekday):
            box = QCheckBox(day.value[:3].capitalize())
            box.setAccessibleName(day.value.capitalize())
            box.toggled.connect(lambda _on: self._write_days())
            days.addWidget(box, number // 4, number % 4)  # two rows: fits a narrow panel
            self.day_boxes[day.value] = box
        pform.addRow(translate("RoutineForm", "Days:"), days)
        self.day_problems = problem_label()
        pform.addRow("", self.day_problems)
        self._add(
            pform, "plan.note", translate("RoutineForm", "Note to the c&lient:"), _lines_edit()
        )
        outer.addWidget(program)
        outer.addStretch(1)
        self._refreshing = False
        draft.changed.connect(self.refresh)
        self.refresh()

    def _add(
        self, form: QFormLayout, key: str, label: str, widget: QWidget, placeholder: str = ""
    ) -> None:
        problems = problem_label()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(problems)
        widget.setAccessibleName(without_mnemonic(label).rstrip(":"))
        if placeholder and isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setPlaceholderText(placeholder)
        buddy = QLabel(label)
        buddy.setBuddy(widget)
        form.addRow(buddy, box)
        self.widgets[key] = widget

        def routine() -> int | None:
            return None

        if key in ("tags", "sources"):
            assert isinstance(widget, QLineEdit | QPlainTextEdit)
            separator = "," if isinstance(widget, QLineEdit) else "\n"
            binding = bind_list(self.draft, key, widget, routine, problems, separator)
        elif isinstance(widget, QLineEdit):
            binding = bind_line(self.draft, key, widget, routine, problems)
        elif isinstance(widget, QPlainTextEdit):
            binding = bind_text(self.draft, key, widget, routine, problems)
        else:
            assert isinstance(widget, QComboBox)
            binding = bind_combo(self.draft, key, widget, routine, problems)
        self.bindings[key] = binding

    def _word_for_map(self, body_map: BodyMap) -> None:
        """Whose hands or feet, and the order by hand or by foot, as the map says."""
        if body_map is self._worded_map:
            return
        self._worded_map = body_map
        audience, order = self.widgets["audience"], self.widgets["order"]
        assert isinstance(audience, QComboBox) and isinstance(order, QComboBox)
        for row, choice in enumerate(Audience):
            audience.setItemText(row, wording.audience_name(choice, body_map))
        tip = Qt.ItemDataRole.ToolTipRole
        if body_map is BodyMap.FOOT:
            order.setItemText(1, translate("RoutineForm", "Foot by foot"))
            step_tip = translate("RoutineForm", "Each step on one foot, then the other")
            all_tip = translate("RoutineForm", "All the steps on one foot, then the other")
        else:
            order.setItemText(1, translate("RoutineForm", "Hand by hand"))
            step_tip = translate("RoutineForm", "Each step on one hand, then the other")
            all_tip = translate("RoutineForm", "All the steps on one hand, then the other")
        order.setItemData(0, step_tip, tip)
        order.setItemData(1, all_tip, tip)

    def refresh(self) -> None:
        """Show the routine's values and problems."""
        self._word_for_map(self.draft.body_map())
        for binding in self.bindings.values():
            binding.refresh()
        self._refreshing = True
        try:
            items = list(self.draft.value(None, "cautions"))
            chosen = {i for i in items if i in self.standard}
            for row in range(self.caution_list.count()):
                item = self.caution_list.item(row)
                on = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            own = [i for i in items if i not in self.standard]
            typed = [line.strip() for line in self.own_cautions.toPlainText().splitlines()]
            if [t for t in typed if t] != own:
                self.own_cautions.setPlainText("\n".join(own))
            days = set(self.draft.value(None, "plan.days"))
            for day, box in self.day_boxes.items():
                box.setChecked(day in days)
        finally:
            self._refreshing = False
        for label, key in ((self.caution_problems, "cautions"), (self.day_problems, "plan")):
            messages = self.draft.result.messages(None, key)
            if key == "plan":
                messages = messages + self.draft.result.messages(None, "plan.days")
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))

    def _write_cautions(self, typed: bool = True) -> None:
        if self._refreshing:
            return
        before = list(self.draft.value(None, "cautions"))
        checked = [
            self.caution_list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.caution_list.count())
            if self.caution_list.item(r).checkState() == Qt.CheckState.Checked
        ]
        ids = [i for i in before if i in checked] + [i for i in checked if i not in before]
        own = [line.strip() for line in self.own_cautions.toPlainText().splitlines()]
        self.draft.set_value(None, "cautions", ids + [line for line in own if line], merge=typed)

    def _write_days(self) -> None:
        if self._refreshing:
            return
        days = [day for day, box in self.day_boxes.items() if box.isChecked()]
        self.draft.set_value(None, "plan.days", days)
