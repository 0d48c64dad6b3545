"""What the voice says and what screen readers are told, for each cue.

Plain functions of the cue and the routine, plus ``SpeechWording``, which remembers
what it has read in this run so an ``each`` step's instruction is read once. The
voice's words come in ``Spoken`` parts, each with its language: the interface's
phrases ("Switch hands.") in the interface language, a routine's text in the
language it is shown in (``core.localize.field_language``), so each is read by a
voice that speaks it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from handtrainer.core import wording as core_wording
from handtrainer.core.localize import field_language
from handtrainer.core.model import BodyMap, Hand, Routine, Side
from handtrainer.core.session import Cue, CueKind

translate = QCoreApplication.translate  # translate("Context", "text"): lupdate reads it


_MARKUP = re.compile(r"[<>]")
_SPACE = re.compile(r"\s+")


def plain_speech(text: str) -> str:
    """Routine text made safe to speak: one line, no angle brackets.

    Some speech engines read ``<...>`` as SSML markup; text from a routine file is
    plain text and must be read as such, never interpreted.
    """
    return _SPACE.sub(" ", _MARKUP.sub(" ", text)).strip()


def hand_phrase(side: Side | None, body_map: BodyMap = BodyMap.HAND) -> str:
    """'Left hand.', 'Right hand.' or 'Both hands.' ('Left foot.' ... on the foot map);
    empty when no hand is known."""
    return "" if side is None else _sentence(core_wording.side_name(side, body_map))


def _switch(routine: Routine) -> str:
    if routine.map is BodyMap.FOOT:
        return translate("Cues", "Switch feet.")
    return translate("Cues", "Switch hands.")


def _sentence(text: str) -> str:
    text = plain_speech(text)
    return text if not text or text[-1] in ".!?…" else text + "."


INTERFACE = ""
"""The language of a ``Spoken`` part worded by the program itself."""


@dataclass(frozen=True)
class Spoken:
    """One stretch of what the voice says, and the language it is in."""

    text: str
    language: str = INTERFACE  # a routine's language code ("en", "de-AT"), or INTERFACE


def joined(parts: list[Spoken] | None) -> str | None:
    """The parts as one text (None for none)."""
    return None if parts is None else " ".join(p.text for p in parts)


@dataclass(frozen=True)
class VoiceWording:
    """How much the voice says: the user's choices in Settings."""

    title_only: bool = False  # say the step's title, not its instruction
    count_aloud: bool = False  # say each repetition's number


def spoken_text(
    cue: Cue,
    routine: Routine,
    wording: VoiceWording = VoiceWording(),
    *,
    other_hand: bool = False,
) -> str | None:
    """What the voice says for a cue, as one text (see ``spoken_parts``)."""
    return joined(spoken_parts(cue, routine, wording, other_hand=other_hand))


def spoken_parts(
    cue: Cue,
    routine: Routine,
    wording: VoiceWording = VoiceWording(),
    *,
    other_hand: bool = False,
) -> list[Spoken] | None:
    """What the voice says for a cue, in order and by language; None for cues that are
    only heard as sounds.

    ``other_hand``: this is the second hand of an ``each`` step whose instruction was
    just read, so "Other hand." is enough.
    """
    if cue.kind is CueKind.STEP_STARTED and cue.step_index is not None:
        index = cue.step_index
        step = routine.steps[index]
        if other_hand and routine.map is BodyMap.FOOT:
            return [Spoken(translate("Cues", "Other foot."))]
        if other_hand:
            return [Spoken(translate("Cues", "Other hand."))]
        parts = [
            Spoken(hand_phrase(cue.side, routine.map)),
            Spoken(_sentence(step.title), field_language(routine, "title", index)),
        ]
        if not wording.title_only:
            language = field_language(routine, "instruction", index)
            parts.append(Spoken(_sentence(step.instruction), language))
        if step.repeat is not None:
            repeat = step.repeat
            parts.append(Spoken(core_wording.translate("Cues", "%n time(s).", None, repeat)))
        return [p for p in parts if p.text]
    text = _phrase(cue, routine, wording)
    return None if text is None else [Spoken(text)]


def _phrase(cue: Cue, routine: Routine, wording: VoiceWording) -> str | None:
    """The interface's own phrase for a cue other than a step's start."""
    if cue.kind is CueKind.REPETITION:
        # the first repetition starts with the step, whose introduction says how many
        if wording.count_aloud and cue.value is not None and cue.value > 1:
            return str(cue.value)
        return None
    if cue.kind is CueKind.SWITCH_HANDS:
        return _switch(routine)
    if cue.kind is CueKind.REST:
        return translate("Cues", "Rest.")
    if cue.kind is CueKind.GET_READY:
        return translate("Cues", "Get ready.")
    if cue.kind is CueKind.WAITING:
        return translate("Cues", "Ready when you are.")
    if cue.kind is CueKind.FINISHED:
        if cue.value == 1:  # the window marks a run that went in full
            return translate("Cues", "Routine finished. Well done.")
        return translate("Cues", "Routine finished.")
    return None  # countdown pips are sounds only


class SpeechWording:
    """Spoken text for a run of cues: an ``each`` step's instruction is read once."""

    def __init__(self, wording: VoiceWording = VoiceWording()) -> None:
        self.wording = wording
        self._last_step: Cue | None = None

    def text(self, cue: Cue, routine: Routine) -> str | None:
        """What to say for this cue, given the cues before it, as one text."""
        return joined(self.parts(cue, routine))

    def parts(self, cue: Cue, routine: Routine) -> list[Spoken] | None:
        """What to say for this cue, given the cues before it, part by part."""
        if cue.kind is CueKind.GET_READY:
            self._last_step = None
        other = False
        if cue.kind is CueKind.STEP_STARTED and cue.step_index is not None:
            last, self._last_step = self._last_step, cue
            other = (
                routine.steps[cue.step_index].hand is Hand.EACH
                and last is not None
                and last.step_index == cue.step_index
                and last.side is not None
                and cue.side is not None
                and last.side is not cue.side
            )
        return spoken_parts(cue, routine, self.wording, other_hand=other)


def announcement_text(cue: Cue, routine: Routine) -> str | None:
    """What a screen reader is told for a cue: step changes and milestones only."""
    if cue.kind is CueKind.STEP_STARTED and cue.step_index is not None:
        step = routine.steps[cue.step_index]
        head = translate("Cues", "Step {0} of {1}: {2}").format(
            cue.step_index + 1, len(routine.steps), _sentence(step.title)
        )
        side = hand_phrase(cue.side, routine.map)
        return " ".join(p for p in (head, side, _sentence(step.instruction)) if p)
    if cue.kind is CueKind.SWITCH_HANDS:
        return " ".join(p for p in (_switch(routine), hand_phrase(cue.side, routine.map)) if p)
    if cue.kind is CueKind.WAITING:
        return translate("Cues", "Waiting. Start the next step when you are ready.")
    if cue.kind is CueKind.FINISHED:
        return translate("Cues", "Routine finished.")
    return None
