"""The form for one step: its words, view and hand, technique, pressure and dose.

Every field writes to the draft as it changes and shows the checker's words for
it underneath, so a mistake in one field never stops work on the others.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from handtrainer.core import wording
from handtrainer.core.model import MAP_VIEWS, BodyMap, Hand, Pressure, Technique, View
from handtrainer.core.routine_writer import STEP_KEYS
from handtrainer.core.zones import zone_name, zones_on
from handtrainer.ui.editor.bindings import (
    Binding,
    FittedCombo,
    bind_combo,
    bind_line,
    bind_text,
    problem_label,
)
from handtrainer.ui.editor.draft import RoutineDraft
from handtrainer.ui.mnemonics import without_mnemonic

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


_VIEW_LABELS = {
    View.PALM: lambda: translate("StepForm", "Palm"),
    View.BACK: lambda: translate("StepForm", "Back"),
    View.SOLE: lambda: translate("StepForm", "Sole"),
    View.TOP: lambda: translate("StepForm", "Top of the foot"),
}


def _combo(items: list[tuple[str, str]]) -> QComboBox:
    combo = FittedCombo()
    for text, value in items:
        combo.addItem(text, value)
    return combo


def _summary_label() -> QLabel:
    """The zones named, wrapped onto more lines when they do not fit on one."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def _top_label(text: str) -> QLabel:
    """A form's label level with the first line of its field's words, however tall the
    field (a form centres its labels on a field's first 7/4 lines)."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    # Growing tall, the label fills its row, and its words stand at the row's top.
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
    return label


def _summary_box(summary: QLabel, controls: list[QWidget], problems: QLabel) -> QVBoxLayout:
    """A summary, the controls that change it in a row under it, and its problems."""
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(summary)
    row = QHBoxLayout()
    # The drop-down fills the field, as the text fields do; its buttons at the end.
    controls[0].setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    for control in controls:
        row.addWidget(control)
    box.addLayout(row)
    box.addWidget(problems)
    return box


def _short_text() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    return edit


class StepForm(QWidget):
    """The fields of the step being edited."""

    def __init__(self, draft: RoutineDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step-form")
        self.draft = draft
        self.step_index = 0
        self.bindings: dict[str, Binding] = {}
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # A field too wide to sit beside its label (a long choice, in a narrow pane) goes
        # under it instead of making the form scroll sideways.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form = form
        self.widgets: dict[str, QWidget] = {}
        self.rows: dict[str, QVBoxLayout] = {}

        self._add("title", translate("StepForm", "&Title:"), QLineEdit())
        self._add("instruction", translate("StepForm", "&Instruction:"), _short_text())
        self._add("view", translate("StepForm", "Vie&w:"), FittedCombo())
        self._add("hand", translate("StepForm", "H&and:"), FittedCombo())
        self._fill_map_choices(BodyMap.HAND)
        techniques = [(translate("StepForm", "(choose)"), "")] + [
            (wording.technique_name(t), t.value) for t in Technique
        ]
        self._add("technique", translate("StepForm", "Tech&nique:"), _combo(techniques))
        pressures = [(translate("StepForm", "not stated"), "")] + [
            (wording.pressure_name(p), p.value) for p in Pressure
        ]
        self._add("pressure", translate("StepForm", "Pre&ssure:"), _combo(pressures))
        if "rotation" in STEP_KEYS:  # circling steps may say which way to turn
            turns = [
                (translate("StepForm", "not stated"), ""),
                (translate("StepForm", "clockwise"), "clockwise"),
                (translate("StepForm", "anticlockwise"), "anticlockwise"),
                (translate("StepForm", "one way, then the other"), "both"),
            ]
            self._add("rotation", translate("StepForm", "Turnin&g:"), _combo(turns))

        # Either a duration, or a count of repetitions at a pace.
        self.timed = QRadioButton(translate("StepForm", "D&uration"))
        self.counted = QRadioButton(translate("StepForm", "&Counted"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.timed)
        kinds.addButton(self.counted)
        row = QHBoxLayout()
        row.addWidget(self.timed)
        row.addWidget(self.counted)
        row.addStretch(1)
        form.addRow(translate("StepForm", "Length:"), row)
        self.timed.clicked.connect(lambda: self._switch_length(counted=False))
        self.counted.clicked.connect(lambda: self._switch_length(counted=True))
        self._add(
            "duration",
            translate("StepForm", "Lasts:"),
            QLineEdit(),
            translate("StepForm", "30s, 1m, 1m30s"),
        )
        self._add(
            "repeat",
            translate("StepForm", "&Repeat:"),
            QLineEdit(),
            translate("StepForm", "how many times, e.g. 10"),
        )
        self._add(
            "pace",
            translate("StepForm", "Pace:"),
            QLineEdit(),
            translate("StepForm", "seconds each, e.g. 2s"),
        )
        self._add(
            "rest",
            translate("StepForm", "R&est after:"),
            QLineEdit(),
            translate("StepForm", "none"),
        )

        # Zones, then Direction: what is marked (wrapped onto more lines when long) and,
        # under it, the keyboard way to the diagram's clicks (and to lines, which show
        # only when lit). Under the words, not beside them, so that a narrow form (a small
        # screen, German) keeps every word and button whole.
        self.zones_text = _summary_label()
        self.add_zone = FittedCombo()
        self.add_zone.setObjectName("add-zone")
        self.add_zone.setAccessibleName(translate("StepForm", "Mark or unmark a zone"))
        self.add_zone.activated.connect(lambda i: self._pick_zone(self.add_zone, i, "zones"))
        self.clear_zones = QPushButton(translate("StepForm", "Clear"))
        self.clear_zones.clicked.connect(lambda: self.draft.set_value(self.step_index, "zones", []))
        self.zone_problems = problem_label()
        form.addRow(
            _top_label(translate("StepForm", "Zones:")),
            _summary_box(self.zones_text, [self.add_zone, self.clear_zones], self.zone_problems),
        )
        self.path_text = _summary_label()
        self.add_path = FittedCombo()
        self.add_path.setObjectName("add-path-zone")
        self.add_path.setAccessibleName(translate("StepForm", "Add a zone to the direction"))
        self.add_path.activated.connect(lambda i: self._pick_zone(self.add_path, i, "path"))
        self.path_problems = problem_label()
        form.addRow(
            _top_label(translate("StepForm", "Direction:")),
            _summary_box(self.path_text, [self.add_path], self.path_problems),
        )

        self._add("notes", translate("StepForm", "Notes:"), _short_text())
        self._add(
            "tradition",
            translate("StepForm", "Tradition:"),
            QLineEdit(),
            translate("StepForm", "a traditional association"),
        )
        draft.changed.connect(self.refresh)

    def side_by_side_width(self) -> int:
        """The least width at which every shown label still sits beside its field.

        Narrower, the form still fits (a field too wide goes under its label), so its
        least width is smaller: this is the width it looks best from.
        """
        form = self.form
        labels = fields = 0
        for row in range(form.rowCount()):
            if not form.isRowVisible(row):
                continue
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None:
                labels = max(labels, label.sizeHint().width())
            if field is not None:
                fields = max(fields, field.minimumSize().width())
        outer = self.layout()
        assert outer is not None
        margins = outer.contentsMargins()
        spacing = max(0, form.horizontalSpacing())
        return margins.left() + labels + spacing + fields + margins.right()

    def _add(self, key: str, label: str, widget: QWidget, placeholder: str = "") -> None:
        problems = problem_label()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(problems)
        widget.setAccessibleName(without_mnemonic(label).rstrip(":"))
        if isinstance(widget, QLineEdit) and placeholder:
            widget.setPlaceholderText(placeholder)
        buddy = QLabel(label)
        buddy.setBuddy(widget)
        self.form.addRow(buddy, box)
        self.widgets[key] = widget
        self.rows[key] = box

        def step() -> int | None:
            return self.step_index

        if isinstance(widget, QLineEdit):
            binding = bind_line(self.draft, key, widget, step, problems)
        elif isinstance(widget, QPlainTextEdit):
            binding = bind_text(self.draft, key, widget, step, problems)
        else:
            assert isinstance(widget, QComboBox)
            binding = bind_combo(self.draft, key, widget, step, problems)
        self.bindings[key] = binding

    def _fill_map_choices(self, body_map: BodyMap) -> None:
        """The views and hands (or feet) the routine's map offers."""
        views, hands = self.widgets["view"], self.widgets["hand"]
        assert isinstance(views, QComboBox) and isinstance(hands, QComboBox)
        if views.property("map") == body_map.value:
            return
        views.clear()
        for view in MAP_VIEWS[body_map]:
            views.addItem(_VIEW_LABELS[view](), view.value)
        hands.clear()
        for hand in (Hand.EACH, Hand.BOTH, Hand.LEFT, Hand.RIGHT):
            hands.addItem(wording.hand_name(hand, body_map), hand.value)
        views.setProperty("map", body_map.value)
        label = self.form.labelForField(self.rows["hand"])
        if isinstance(label, QLabel):
            foot = body_map is BodyMap.FOOT
            label.setText(
                translate("StepForm", "F&oot:") if foot else translate("StepForm", "H&and:")
            )
            hands.setAccessibleName(without_mnemonic(label.text()).rstrip(":"))

    def set_step(self, index: int) -> None:
        """Edit another step."""
        self.step_index = index
        self.refresh()

    def refresh(self) -> None:
        """Show the step's values and problems."""
        if not 0 <= self.step_index < self.draft.step_count():
            return
        state = self.draft.step(self.step_index)
        self._fill_map_choices(self.draft.body_map())
        counted = bool(str(state.get("repeat", "")).strip() or str(state.get("pace", "")).strip())
        self.timed.setChecked(not counted)
        self.counted.setChecked(counted)
        for key, visible in (("duration", not counted), ("repeat", counted), ("pace", counted)):
            has_problem = bool(self.draft.result.messages(self.step_index, key))
            # Before the bindings: showing a row shows its problem label too.
            self.form.setRowVisible(self.rows[key], visible or has_problem)
        for binding in self.bindings.values():
            binding.refresh()
        self._fill_zone_pickers(str(state.get("view") or self.draft.default_view()))
        zones = [zone_name(z) for z in state.get("zones", [])]
        self.zones_text.setText(
            ", ".join(zones) or translate("StepForm", "none: click zones on the diagram")
        )
        self.zones_text.setToolTip(self.zones_text.text())
        path = [zone_name(z) for z in state.get("path", [])]
        self.path_text.setText(
            " → ".join(path) or translate("StepForm", "none: use Draw direction")
        )
        self.path_text.setToolTip(self.path_text.text())
        for label, key in ((self.zone_problems, "zones"), (self.path_problems, "path")):
            messages = self.draft.result.messages(self.step_index, key)
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))

    def _fill_zone_pickers(self, view: str) -> None:
        if self.add_zone.property("view") == view:
            return
        for combo, first in (
            (self.add_zone, translate("StepForm", "Mark a zone…")),
            (self.add_path, translate("StepForm", "Add to the direction…")),
        ):
            combo.clear()
            combo.addItem(first, "")
            known = view in {v.value for v in View}
            for zone in zones_on(View(view) if known else View(self.draft.default_view())):
                combo.addItem(zone_name(zone.id), zone.id)
            combo.setProperty("view", view)

    def _pick_zone(self, combo: QComboBox, index: int, key: str) -> None:
        zone = combo.itemData(index)
        combo.setCurrentIndex(0)
        if not zone:
            return
        if key == "zones":
            self.draft.toggle_zone(self.step_index, zone)
        else:
            self.draft.extend_path(self.step_index, zone)

    def _switch_length(self, counted: bool) -> None:
        step = self.step_index
        state = self.draft.step(step)
        if counted:
            values = {"duration": "", "repeat": state.get("repeat") or "10"}
            values["pace"] = state.get("pace") or "2s"
        else:
            values = {"repeat": "", "pace": "", "duration": state.get("duration") or "30s"}
        self.draft.set_values(step, values)
