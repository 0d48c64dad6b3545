"""The picker's detail pane: what a routine holds, before it is started.

Cautions come first, then the notes for the therapist, the steps with their
lengths, and the sources. Routine text is plain text: it is escaped, never
read as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from handtrainer.core import wording
from handtrainer.core.model import Hand, Routine, Step, map_of
from handtrainer.ui.library.language_note import language_note

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


def _text(value: str) -> str:
    return escape(" ".join(value.split()))


def _step_length(step: Step) -> str:
    text = wording.counted_length(step)
    return wording.per_hand(text, map_of(step.view)) if step.hand is Hand.EACH else text


class RoutineDetail(QTextBrowser):
    """Shows the selected routine: length, cautions, notes, steps and sources."""

    def __init__(
        self,
        length: Callable[[Routine], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("routine-detail")
        self.setAccessibleName(translate("RoutineDetail", "About the selected routine"))
        self.setOpenLinks(False)
        self._length = length
        self.routine: Routine | None = None
        self.show_routine(None)

    def show_routine(self, routine: Routine | None) -> None:
        """Show a routine (``None``: say that nothing is selected)."""
        self.routine = routine
        if routine is None:
            self.setHtml(
                "<p>"
                + escape(translate("RoutineDetail", "Select a routine to see what it holds."))
                + "</p>"
            )
            return
        # lupdate cannot read inside f-strings: each heading is translated on its own line
        length_label = translate("RoutineDetail", "Length:")
        cautions = translate("RoutineDetail", "Cautions")
        therapist_notes = translate("RoutineDetail", "Notes for the therapist")
        steps = translate("RoutineDetail", "Steps")
        sources = translate("RoutineDetail", "Sources")
        parts = [f"<h2>{_text(routine.title)}</h2>"]
        note = language_note(routine)
        if note:
            parts.append(f'<p class="language-note"><i>{escape(note)}</i></p>')
        parts += [
            f"<p>{_text(routine.summary)}</p>",
            f"<p><b>{escape(length_label)}</b> {escape(self._length(routine))}</p>",
        ]
        if routine.cautions:
            parts.append(f"<h3>{escape(cautions)}</h3><ul>")
            parts += [f"<li>{_text(c)}</li>" for c in routine.cautions]
            parts.append("</ul>")
        if routine.notes:
            parts.append(f"<h3>{escape(therapist_notes)}</h3>")
            parts.append(f"<p>{_text(routine.notes)}</p>")
        parts.append(f"<h3>{escape(steps)}</h3><ol>")
        for step in routine.steps:
            line = f"<li><b>{_text(step.title)}</b> — {escape(_step_length(step))}"
            if step.notes:
                line += f"<br><i>{_text(step.notes)}</i>"
            parts.append(line + "</li>")
        parts.append("</ol>")
        if routine.sources:
            parts.append(f"<h3>{escape(sources)}</h3><ul>")
            parts += [f"<li>{_text(s)}</li>" for s in routine.sources]
            parts.append("</ul>")
        self.setHtml("".join(parts))

    def plain_text(self) -> str:
        """What the pane says, as plain text (for tests and screen readers)."""
        return self.toPlainText()
