"""The voice and the screen reader say feet for a foot routine."""

from __future__ import annotations

from handtrainer.core.model import Side
from handtrainer.core.session import Cue, CueKind
from handtrainer.ui.cues.wording import SpeechWording, announcement_text, spoken_text
from tests.core.test_foot_wording import foot_routine


def test_spoken_and_announced_cues_name_the_foot() -> None:
    routine = foot_routine()
    start = Cue(CueKind.STEP_STARTED, 0, Side.RIGHT)
    said = spoken_text(start, routine)
    assert said is not None and said.startswith("Right foot.")
    switch = Cue(CueKind.SWITCH_HANDS, 0, Side.LEFT)
    assert spoken_text(switch, routine) == "Switch feet."
    assert announcement_text(switch, routine) == "Switch feet. Left foot."
    speech = SpeechWording()
    speech.text(start, routine)
    assert speech.text(Cue(CueKind.STEP_STARTED, 0, Side.LEFT), routine) == "Other foot."
