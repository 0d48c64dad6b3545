#!/usr/bin/env python3
"""Synthesise the practice cues as small WAV files (16-bit mono, 44.1 kHz).

Standard library only, and deterministic: running it twice writes the same bytes,
so the committed files under ``assets/sounds/`` can be checked against it.

    python scripts/make_sounds.py            # writes assets/sounds/*.wav
    python scripts/make_sounds.py --out DIR  # somewhere else
    python scripts/make_sounds.py --check    # print duration and peak of each file

The cues are meant to be heard across a room while both hands are busy, without
startling anyone: soft attacks, no sharp edges, peaks below full scale. Their levels
are set against the voice (scripts/measure_cue_loudness.py records both from a
PulseAudio null sink): at full volume the step, switch and end chimes sit 3-4 dB
below the voice, the countdown pip and the rest swell 5 dB, the repetition tick 8 dB.
"""

from __future__ import annotations

import argparse
import math
import struct
import sys
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

RATE = 44_100
FADE_IN = 0.004  # seconds; a few milliseconds is enough to avoid a click at the start
FADE_OUT = 0.030  # the tail is faded to exact silence so the last sample is 0
Partial = tuple[float, float, float]  # (frequency ratio, amplitude, decay time constant s)

# Bell-like partials: a sung fundamental with the slightly stretched upper
# partials of a small bell; higher partials fade faster, which is what makes it
# sound struck rather than electronic.
BELL: tuple[Partial, ...] = (
    (1.0, 1.00, 0.55),
    (2.0, 0.45, 0.32),
    (2.76, 0.22, 0.20),
    (4.07, 0.10, 0.12),
    (5.40, 0.05, 0.08),
)
# A warmer, rounder voice for the chord at the end: mostly harmonic.
WARM: tuple[Partial, ...] = (
    (1.0, 1.00, 1.10),
    (2.0, 0.30, 0.70),
    (3.0, 0.10, 0.45),
    (4.0, 0.04, 0.30),
)


def _silence(seconds: float) -> list[float]:
    return [0.0] * round(seconds * RATE)


def _add(buffer: list[float], sound: Sequence[float], at: float) -> None:
    """Mix ``sound`` into ``buffer`` starting at ``at`` seconds (buffer is long enough)."""
    start = round(at * RATE)
    for i, value in enumerate(sound):
        buffer[start + i] += value


def _struck(freq: float, seconds: float, partials: Sequence[Partial], attack: float) -> list[float]:
    """A struck tone: a sum of decaying partials with a short smooth attack."""
    out = []
    total = int(seconds * RATE)
    attack_n = max(1, int(attack * RATE))
    release_n = min(int(FADE_OUT * RATE), total)
    for n in range(total):
        t = n / RATE
        value = 0.0
        for ratio, amp, tau in partials:
            value += amp * math.exp(-t / tau) * math.sin(2 * math.pi * freq * ratio * t)
        if n < attack_n:
            # raised-cosine attack: no corner in the waveform, so no click
            value *= 0.5 - 0.5 * math.cos(math.pi * n / attack_n)
        if n >= total - release_n:
            # and a raised-cosine release, so a note cut short in a mix ends without a click
            value *= 0.5 - 0.5 * math.cos(math.pi * (total - n) / release_n)
        out.append(value)
    return out


def _swell(freq: float, seconds: float, rise: float) -> list[float]:
    """A soft tone that swells in and fades out: for the rest cue."""
    out = []
    total = int(seconds * RATE)
    for n in range(total):
        t = n / RATE
        # quarter-sine rise to full level, then a slow exponential settle
        env = math.sin(0.5 * math.pi * t / rise) if t < rise else math.exp(-(t - rise) / 0.45)
        value = math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(2 * math.pi * 2 * freq * t)
        # a slow gentle vibrato keeps a plain sine from sounding like a test tone
        value *= 1.0 + 0.04 * math.sin(2 * math.pi * 5.0 * t)
        out.append(env * value)
    return out


def _finish(samples: list[float], peak: float) -> list[float]:
    """Scale to ``peak`` (0..1 of full scale), then fade both ends to silence."""
    loudest = max(abs(s) for s in samples) or 1.0
    scaled = [s * peak / loudest for s in samples]
    fade_in = int(FADE_IN * RATE)
    for i in range(min(fade_in, len(scaled))):
        scaled[i] *= i / fade_in
    fade_out = int(FADE_OUT * RATE)
    for i in range(min(fade_out, len(scaled))):
        scaled[-1 - i] *= i / fade_out
    return scaled


def step_start() -> list[float]:
    """A soft chime: one bell tone on A5, about a second and a half."""
    return _finish(_struck(880.0, 1.5, BELL, attack=0.006), peak=0.62)


def repetition() -> list[float]:
    """A quiet short tick, like a soft wood block: heard, not noticed."""
    partials = ((1.0, 1.0, 0.018), (2.3, 0.35, 0.010))
    return _finish(_struck(1400.0, 0.09, partials, attack=0.002), peak=0.42)


def countdown() -> list[float]:
    """One pip of the last three seconds: a short, clear, round tone."""
    partials = ((1.0, 1.0, 0.09), (2.0, 0.15, 0.05))
    return _finish(_struck(1046.5, 0.16, partials, attack=0.005), peak=0.32)


def switch_hands() -> list[float]:
    """Two notes falling a fourth (E6 then B5): different from the one-note chime."""
    out = _silence(1.2)
    _add(out, _struck(1318.5, 0.9, BELL, attack=0.006), 0.0)
    _add(out, _struck(987.8, 0.9, BELL, attack=0.006), 0.28)
    return _finish(out, peak=0.59)


def rest() -> list[float]:
    """A gentle low swell on G4 that settles: time to let go."""
    return _finish(_swell(392.0, 1.4, rise=0.18), peak=0.36)


def finished() -> list[float]:
    """A warm C major chord, rolled from the bottom up, ringing out over three seconds."""
    out = _silence(3.2)
    for i, freq in enumerate((261.63, 329.63, 392.0, 523.25, 659.25)):
        _add(out, _struck(freq, 3.2 - 0.09 * i, WARM, attack=0.012), 0.09 * i)
    return _finish(out, peak=0.70)


SOUNDS: dict[str, Callable[[], list[float]]] = {
    "step_start": step_start,
    "repetition": repetition,
    "countdown": countdown,
    "switch_hands": switch_hands,
    "rest": rest,
    "finished": finished,
}


def write_wav(path: Path, samples: Sequence[float]) -> None:
    """Write 16-bit mono PCM; values are clamped so a rounding error can never wrap."""
    frames = b"".join(struct.pack("<h", max(-32767, min(32767, round(s * 32767)))) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def describe(path: Path) -> tuple[float, float]:
    """Duration in seconds and peak level (0..1 of full scale) of a 16-bit WAV file."""
    with wave.open(str(path), "rb") as wav:
        frames = wav.readframes(wav.getnframes())
        seconds = wav.getnframes() / wav.getframerate()
    values = struct.unpack(f"<{len(frames) // 2}h", frames)
    peak = max((abs(v) for v in values), default=0) / 32767
    return seconds, peak


def main(argv: Sequence[str] | None = None) -> int:
    """Write every cue, or with ``--check`` describe the files already there."""
    default_out = Path(__file__).resolve().parent.parent / "assets" / "sounds"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=default_out, help="folder to write into")
    parser.add_argument("--check", action="store_true", help="describe the files, write nothing")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, make in SOUNDS.items():
        path = args.out / f"{name}.wav"
        if not args.check:
            write_wav(path, make())
        seconds, peak = describe(path)
        db = 20 * math.log10(peak) if peak > 0 else float("-inf")
        print(f"{path.name:18} {seconds:5.2f} s  peak {peak:.3f} ({db:5.1f} dBFS)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
