"""The real window with real sound and voice, pressed hard: Next many times a second, then
a bundled routine fast-forwarded to its summary. The window must keep painting, and the
sound and voice must still be there at the end.

Session time comes from the fake clock and manual timers; only the pacing of the presses
and the helper processes' own work take real time, and both are bounded.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from handtrainer.core.library import load_library
from handtrainer.core.model import Side
from handtrainer.ui.cues import SoundCuePlayer, VoiceCuePlayer
from handtrainer.ui.preferences import CautionAcknowledgements, Preferences
from tests.helpers.audio import PulseServer, Recorder, SpeechDispatcher, bursts
from tests.helpers.window import Trainer, build_trainer

STRESS_SECONDS = 10.0
PRESSES_PER_SECOND = 20


class PaintCounter(QObject):
    """Counts paint events anywhere in the window."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def trainer(
    qtbot: QtBot,
    tmp_path: Path,
    audio_env: PulseServer,
    speechd: SpeechDispatcher,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Trainer]:
    for key, value in speechd.env().items():
        monkeypatch.setenv(key, value)
    library = load_library([], include_user=False)
    acknowledged = CautionAcknowledgements(tmp_path / "acknowledged.json")
    for routine in library.routines:
        acknowledged.acknowledge(routine)
    sound, voice = SoundCuePlayer(), VoiceCuePlayer(locale="en_GB")
    made = build_trainer(
        qtbot,
        tmp_path,
        library,
        preferences=Preferences(
            lead_hand=Side.RIGHT,
            get_ready_seconds=3,
            switch_seconds=2,
            sounds_enabled=True,
            voice_enabled=True,
            count_aloud=True,
        ),
        players=[sound, voice],
    )
    made.library_routines = library.routines  # type: ignore[attr-defined]
    sound.warm_up()
    with qtbot.waitSignal(voice.ready, timeout=30_000):
        voice.warm_up()
    qtbot.waitUntil(lambda: sound._ready, timeout=20_000)
    yield made
    made.window.close()
    sound.shutdown()
    voice.shutdown()


def test_next_pressed_many_times_a_second_with_sound_and_voice(
    qtbot: QtBot, trainer: Trainer, recorder: Recorder
) -> None:
    win, clock, timers = trainer.window, trainer.clock, trainer.timers
    sound, voice = trainer.players
    routine = max(trainer.library_routines, key=lambda r: len(r.steps))
    win.open_routine(routine)
    assert win.start_routine()
    painter = PaintCounter()
    QApplication.instance().installEventFilter(painter)
    presses, worst_gap, restarts = 0, 0.0, 0
    spoken: list[str] = []
    voice.said.connect(spoken.append)
    begun = last = time.monotonic()
    try:
        while time.monotonic() - begun < STRESS_SECONDS:
            QTest.keyClick(win, Qt.Key.Key_Right)
            presses += 1
            clock.advance(0.3)
            wake = timers.timers["session-wake"]
            if wake.isActive():
                wake.fire()
            if win.current_page() is not win.practice:
                restarts += 1
                win.open_routine(routine)
                win.start_routine()
            qtbot.wait(1000 // PRESSES_PER_SECOND)
            now = time.monotonic()
            worst_gap, last = max(worst_gap, now - last), now
    finally:
        QApplication.instance().removeEventFilter(painter)
    seconds = time.monotonic() - begun
    # the window answered every press promptly and kept painting
    assert worst_gap < 0.5, f"the window stalled for {worst_gap:.2f} s"
    assert presses >= STRESS_SECONDS * PRESSES_PER_SECOND * 0.5
    assert painter.count >= presses
    # and sound and voice are still there, having been heard
    assert sound.reason_now() is None and sound._ready
    assert voice.available(), voice.reason()
    assert len(spoken) >= presses // 2
    # no flood on stderr (QSocketNotifier warnings by the gigabyte were the old failure)
    for player in (sound, voice):
        assert player._host is not None and player._host.stderr_bytes < 16_384
    qtbot.waitUntil(lambda: bool(bursts(recorder.so_far().samples)), timeout=10_000)
    print(
        f"stress: {presses} presses in {seconds:.1f} s ({presses / seconds:.0f}/s), "
        f"{restarts} restarts, {painter.count} paints, worst gap {worst_gap * 1000:.0f} ms, "
        f"{len(spoken)} texts spoken"
    )


def test_a_bundled_routine_runs_to_its_summary_with_sound_and_voice(
    qtbot: QtBot, trainer: Trainer
) -> None:
    win, clock, timers = trainer.window, trainer.clock, trainer.timers
    sound, voice = trainer.players
    routine = max(trainer.library_routines, key=lambda r: r.work_seconds)
    win.open_routine(routine)
    assert win.start_routine()
    wake = timers.timers["session-wake"]
    for _ in range(100_000):
        if win.current_page() is win.summary or not wake.isActive():
            break
        clock.advance((wake.interval_ms or 0) / 1000)
        wake.fire()
        QApplication.processEvents()
    assert win.current_page() is win.summary
    qtbot.wait(200)  # the helpers take their last commands
    assert sound.reason_now() is None and voice.available(), voice.reason()
