"""What the voice says and screen readers are told, and how cues are routed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QLabel

from handtrainer.core.model import Routine, Side
from handtrainer.core.session import Cue, CueKind, Session, SessionSettings, SessionState
from handtrainer.ui.cues import (
    AnnouncementCuePlayer,
    CuePlayer,
    CueRouter,
    SpeechWording,
    VoiceWording,
    spoken_text,
)
from tests.helpers.clock import FakeClock
from tests.helpers.cue_fakes import cue, cue_routine, idle_state
from tests.helpers.cues import RecordingCuePlayer


def _run_session(player: CuePlayer) -> None:
    """Run the whole routine through a router, half a simulated second at a time."""
    routine = cue_routine()
    clock = FakeClock()
    settings = SessionSettings(get_ready_seconds=3, switch_seconds=2, lead_hand=Side.LEFT)
    session = Session(routine, settings, clock)
    router = CueRouter([player])
    session.start()
    for _ in range(200):
        for each in session.update():
            router.play(each, session.state(), routine)
        if session.state().phase.value == "finished":
            break
        clock.now += 0.5


def test_spoken_text_for_a_step_names_the_hand_and_is_plain() -> None:
    text = spoken_text(cue(CueKind.STEP_STARTED, 0, Side.LEFT), cue_routine())
    # the markup in the routine file is not passed to the engine as markup
    assert text == "Left hand. Palm b circles /b. Rub small circles in the palm."
    counted = spoken_text(cue(CueKind.STEP_STARTED, 1, Side.BOTH), cue_routine())
    assert counted == "Both hands. Finger squeeze. Squeeze each finger. 3 times."
    assert spoken_text(cue(CueKind.SWITCH_HANDS), cue_routine()) == "Switch hands."
    # praise only for a run the window marked as done in full (value 1)
    assert spoken_text(cue(CueKind.FINISHED, None, None), cue_routine()) == "Routine finished."
    assert spoken_text(cue(CueKind.FINISHED, None, None, value=1), cue_routine()) == (
        "Routine finished. Well done."
    )
    assert spoken_text(cue(CueKind.COUNTDOWN, value=3), cue_routine()) is None
    assert spoken_text(cue(CueKind.REPETITION, 1, Side.BOTH, value=2), cue_routine()) is None


def test_title_only_and_counting_aloud() -> None:
    wording = VoiceWording(title_only=True, count_aloud=True)
    routine = cue_routine()
    assert spoken_text(cue(CueKind.STEP_STARTED, 1, Side.BOTH), routine, wording) == (
        "Both hands. Finger squeeze. 3 times."
    )
    # the first repetition starts with the step, which already said how many
    assert spoken_text(cue(CueKind.REPETITION, 1, Side.BOTH, value=1), routine, wording) is None
    assert spoken_text(cue(CueKind.REPETITION, 1, Side.BOTH, value=2), routine, wording) == "2"


def test_each_step_reads_its_instruction_once_then_other_hand() -> None:
    words = SpeechWording()
    routine = cue_routine()
    said = [
        words.text(cue(CueKind.GET_READY, 0, Side.LEFT), routine),
        words.text(cue(CueKind.STEP_STARTED, 0, Side.LEFT), routine),
        words.text(cue(CueKind.SWITCH_HANDS, 0, Side.RIGHT), routine),
        words.text(cue(CueKind.STEP_STARTED, 0, Side.RIGHT), routine),
        words.text(cue(CueKind.STEP_STARTED, 1, Side.BOTH), routine),
    ]
    assert said == [
        "Get ready.",
        "Left hand. Palm b circles /b. Rub small circles in the palm.",
        "Switch hands.",
        "Other hand.",
        "Both hands. Finger squeeze. Squeeze each finger. 3 times.",
    ]
    # a new run reads everything again
    words.text(cue(CueKind.GET_READY, 0, Side.LEFT), routine)
    assert words.text(cue(CueKind.STEP_STARTED, 0, Side.RIGHT), routine).startswith("Right hand.")


def test_router_records_a_whole_session() -> None:
    recorder = RecordingCuePlayer()
    _run_session(recorder)
    kinds = recorder.kinds()
    assert kinds[0] is CueKind.GET_READY
    assert kinds.count(CueKind.STEP_STARTED) == 3  # left, right, then both hands
    assert kinds.count(CueKind.SWITCH_HANDS) == 1
    assert kinds.count(CueKind.REPETITION) == 3
    assert CueKind.COUNTDOWN in kinds
    assert kinds[-1] is CueKind.FINISHED
    assert recorder.spoken[1].startswith("Left hand. Palm")
    assert recorder.spoken[2:4] == ["Switch hands.", "Other hand."]
    assert recorder.spoken[-1] == "Routine finished."  # the router alone cannot judge the run
    # screen readers hear step changes and milestones, not every tick and pip
    assert len(recorder.announced) == 5
    assert recorder.announced[0].startswith("Step 1 of 2: Palm b circles /b. Left hand.")


def test_router_fans_out_and_survives_a_failing_player(caplog: pytest.LogCaptureFixture) -> None:
    class Broken:
        def play(self, cue: Cue, state: SessionState, routine: Routine) -> None:
            raise RuntimeError("speaker on fire")

        def shutdown(self) -> None:
            raise RuntimeError("still on fire")

    first, last = RecordingCuePlayer(), RecordingCuePlayer()
    router = CueRouter([first, Broken(), last])
    router.play(cue(CueKind.STEP_STARTED), idle_state(), cue_routine())
    assert len(first.played) == len(last.played) == 1
    assert "speaker on fire" in caplog.text
    router.shutdown()
    assert "still on fire" in caplog.text


def test_announcements_only_on_step_changes_and_milestones(qtbot: object) -> None:
    label = QLabel()
    sent: list[tuple[QObject, str]] = []
    player = AnnouncementCuePlayer(label, send=lambda w, m: sent.append((w, m)))
    routine = cue_routine()
    for kind in CueKind:
        player.play(cue(kind), idle_state(), routine)
    assert [m for _, m in sent] == [
        "Step 1 of 2: Palm b circles /b. Right hand. Rub small circles in the palm.",
        "Switch hands. Right hand.",
        "Waiting. Start the next step when you are ready.",
        "Routine finished.",
    ]
    assert all(w is label for w, _ in sent)


def test_real_announcement_event_is_polite(qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    label = QLabel("timer")
    seen: list[tuple[str, object, object]] = []

    def capture(event: QAccessibleEvent) -> None:
        assert isinstance(event, QAccessibleAnnouncementEvent)
        seen.append((event.message(), event.politeness(), event.object()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(capture))
    player = AnnouncementCuePlayer(label)
    player.play(cue(CueKind.FINISHED, None, None), idle_state(), cue_routine())
    assert seen == [("Routine finished.", QAccessible.AnnouncementPoliteness.Polite, label)]
    monkeypatch.undo()
    # and the real call, with no screen reader listening, is harmless
    player.play(cue(CueKind.SWITCH_HANDS), idle_state(), cue_routine())
    assert player.last_announcement == "Switch hands. Right hand."
