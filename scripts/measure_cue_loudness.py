#!/usr/bin/env python3
"""Measure how loud each cue sound is next to the voice, as a listener would hear them.

Starts a private PulseAudio server with a null sink and a private speech-dispatcher
(espeak-ng), plays every cue through the trainer's own sound host and reads a typical
step through its speech host, records the sink's monitor with parec, and prints each
sound's loudness: RMS over the 10 ms windows that are heard (above -50 dBFS), its peak,
and the difference from the voice.

    python scripts/measure_cue_loudness.py                # sounds at full volume
    python scripts/measure_cue_loudness.py --volume 0.6   # at a slider position

Needs pulseaudio, pulseaudio-utils, speech-dispatcher and espeak-ng (see .ci/run).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from array import array
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from handtrainer.ui.cues.sound import perceived_to_linear  # noqa: E402
from tests.helpers.audio import (  # noqa: E402
    RATE,
    PulseServer,
    Recorder,
    SpeechDispatcher,
    active_rms_db,
    bursts,
)

CUES = [
    "step_start.wav",
    "repetition.wav",
    "countdown.wav",
    "switch_hands.wav",
    "rest.wav",
    "finished.wav",
]
SENTENCE = "Right hand. Palm circles. Rub small circles in the palm with the other thumb."


def _host(module: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-u", "-m", module],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, **env},
        cwd=REPO,
    )


def _send(host: subprocess.Popen[str], ident: int, op: str, **fields: object) -> None:
    assert host.stdin is not None and host.stdout is not None
    host.stdin.write(json.dumps({"op": op, "id": ident, **fields}) + "\n")
    host.stdin.flush()
    for line in host.stdout:  # until it is acknowledged
        if json.loads(line).get("ack") == ident:
            return


def _quit(host: subprocess.Popen[str]) -> None:
    assert host.stdin is not None
    host.stdin.close()
    try:
        host.wait(timeout=3)
    except subprocess.TimeoutExpired:
        host.kill()
        host.wait()


def _segment(recording: array, start: float, end: float) -> array:
    return recording[int(start * RATE) : int(end * RATE)]


def measure(volume: float, voice_volume: float) -> list[tuple[str, float, float]]:
    """(name, active RMS dBFS, peak dBFS) for the voice and each cue."""
    with tempfile.TemporaryDirectory() as folder:
        pulse = PulseServer(Path(folder) / "pulse")
        pulse.start()
        speechd = SpeechDispatcher(Path(folder) / "speechd", pulse)
        recorder = Recorder(pulse, Path(folder) / "take.raw")
        sound = voice = None
        try:
            speechd.start()
            recorder.start()
            time.sleep(0.3)
            sound = _host("handtrainer.ui.cues.sound_host", pulse.env())
            _send(sound, 1, "load", dir=str(REPO / "assets" / "sounds"))
            _send(sound, 2, "volume", gain=perceived_to_linear(volume))
            marks: list[tuple[str, float, float]] = []
            for ident, name in enumerate(CUES, start=3):
                begun = recorder.so_far().seconds
                _send(sound, ident, "play", name=name)
                time.sleep(3.6)
                marks.append((name, begun, recorder.so_far().seconds))
            voice = _host("handtrainer.ui.cues.speech_host", speechd.env())
            _send(voice, 1, "config", locale="en_GB", volume=voice_volume, rate=0.0)
            begun = recorder.so_far().seconds
            _send(voice, 2, "say", text=SENTENCE)
            time.sleep(6.0)
            marks.insert(0, ("voice", begun, recorder.so_far().seconds))
            take = recorder.stop().samples
        finally:
            for host in (sound, voice):
                if host is not None:
                    _quit(host)
            recorder.stop()
            speechd.stop()
            pulse.stop()
    results = []
    for name, start, end in marks:
        part = _segment(take, start, end)
        peak = max((b.peak_db for b in bursts(part)), default=-200.0)
        results.append((name, active_rms_db(part), peak))
    return results


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--volume", type=float, default=1.0, help="sounds slider, 0..1")
    parser.add_argument("--voice-volume", type=float, default=1.0, help="voice slider, 0..1")
    args = parser.parse_args(argv)
    results = measure(args.volume, args.voice_volume)
    voice_rms = results[0][1]
    print(f"sounds volume {args.volume:.2f}, voice volume {args.voice_volume:.2f}")
    print(f"{'':18} {'RMS dBFS':>9} {'peak dBFS':>10} {'vs voice dB':>12}")
    for name, rms, peak in results:
        print(f"{name:18} {rms:9.1f} {peak:10.1f} {rms - voice_rms:12.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
