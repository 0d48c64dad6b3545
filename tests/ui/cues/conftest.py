"""Real audio fixtures: a private PulseAudio server with a null sink, its recorder, and a
private speech-dispatcher. They skip with a reason where the programs are missing, and
fail instead where HANDTRAINER_REQUIRE_AUDIO=1 (CI)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.audio import PulseServer, Recorder, SpeechDispatcher, missing, require_audio


def _unavailable(reason: str) -> None:
    if require_audio():
        pytest.fail(f"HANDTRAINER_REQUIRE_AUDIO=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseServer]:
    """A PulseAudio server for the whole run."""
    if (program := missing("pulseaudio", "pactl", "parec")) is not None:
        _unavailable(f"{program} is not installed (apt-get install pulseaudio pulseaudio-utils)")
    server = PulseServer(tmp_path_factory.mktemp("pulse"))
    try:
        server.start()
    except RuntimeError as error:
        _unavailable(f"no PulseAudio server could be started: {error}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def speechd(
    pulse: PulseServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SpeechDispatcher]:
    """A speech-dispatcher (espeak-ng) for the whole run, speaking into the null sink."""
    if (program := missing("speech-dispatcher", "espeak-ng")) is not None:
        _unavailable(
            f"{program} is not installed (apt-get install speech-dispatcher "
            "speech-dispatcher-espeak-ng espeak-ng)"
        )
    daemon = SpeechDispatcher(tmp_path_factory.mktemp("speechd"), pulse)
    try:
        daemon.start()
    except RuntimeError as error:
        _unavailable(str(error))
    yield daemon
    daemon.stop()


@pytest.fixture
def audio_env(pulse: PulseServer, monkeypatch: pytest.MonkeyPatch) -> PulseServer:
    """Helper processes started by this test play into the private server."""
    for key, value in pulse.env().items():
        monkeypatch.setenv(key, value)
    return pulse


@pytest.fixture
def recorder(audio_env: PulseServer, tmp_path: Path) -> Iterator[Recorder]:
    """Records the null sink from the start of the test to its end."""
    made = Recorder(audio_env, tmp_path / "recording.raw")
    made.start()
    yield made
    made.stop()
