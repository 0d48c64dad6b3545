"""Mixing cue sounds into one stream: any number of cues may overlap, they just add up.

Pure Python on 16-bit mono samples (``array('h')``), so it is tested without audio.
"""

from __future__ import annotations

import wave
from array import array
from pathlib import Path

RATE = 44_100
SAME_SOUND_S = 0.05


def read_wav(path: Path) -> array:
    """The samples of a 16-bit mono WAV file at 44.1 kHz (what scripts/make_sounds.py writes)."""
    with wave.open(str(path), "rb") as wav:
        if (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) != (1, 2, RATE):
            raise ValueError(f"{path.name}: not 16-bit mono {RATE} Hz")
        samples = array("h")
        samples.frombytes(wav.readframes(wav.getnframes()))
    return samples


class Mixer:
    """Sounds being played, summed sample by sample and clipped to 16 bits."""

    def __init__(self) -> None:
        self._voices: list[tuple[array, int]] = []  # (samples, position)

    def add(self, samples: array) -> None:
        """Start a sound now, on top of whatever is playing.

        The same sound asked for again within ``SAME_SOUND_S`` (Next pressed in a
        burst) is heard once: stacking copies would only make it louder.
        """
        if not len(samples):
            return
        if any(s is samples and p < SAME_SOUND_S * RATE for s, p in self._voices):
            return
        self._voices.append((samples, 0))

    def active(self) -> int:
        """How many sounds are still playing."""
        return len(self._voices)

    def clear(self) -> None:
        """Silence everything at once."""
        self._voices.clear()

    def read(self, count: int) -> bytes:
        """The next ``count`` samples as little-endian bytes; silence where nothing plays."""
        if count <= 0:
            return b""
        if not self._voices:
            return bytes(2 * count)
        still: list[tuple[array, int]] = []
        chunks = []
        for samples, position in self._voices:
            chunk = samples[position : position + count]
            chunks.append(chunk)
            if position + count < len(samples):
                still.append((samples, position + count))
        self._voices = still
        if len(chunks) == 1:
            out = chunks[0]
        else:
            total = [0] * count
            for chunk in chunks:
                for i, value in enumerate(chunk):
                    total[i] += value
            out = array("h", [32767 if v > 32767 else -32768 if v < -32768 else v for v in total])
        if len(out) < count:
            out = out + array("h", [0]) * (count - len(out))
        return out.tobytes()  # native order: little-endian on every platform Qt runs on
