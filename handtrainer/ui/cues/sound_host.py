"""The sound host: one QAudioSink, fed by a mixer of the decoded cue sounds.

Run as ``python -m handtrainer.ui.cues.sound_host`` by ``SoundCuePlayer``.
Commands: ``load {dir}``, ``play {name}``, ``volume {gain}``. Messages: ``ready``
(an audio output exists), ``no-output`` (none yet: waits for one), ``unavailable
{reason}`` (Qt Multimedia cannot load: for good) and ``lost {reason}``, after which
the host exits: Qt cannot open a new stream in a process whose audio server went
away, so the window starts a fresh host when it wants sound again.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QIODevice, QObject, QTimer

from handtrainer.ui.cues import host_main
from handtrainer.ui.cues.mixing import RATE, Mixer, read_wav

# The sink's own buffer: small enough that a cue starts soon after it is asked for,
# large enough that a busy machine does not leave the stream without samples.
BUFFER_BYTES = 2 * RATE // 4  # 250 ms
# The stream is closed after this long with nothing to play, so the audio server can
# let the device sleep; the next cue opens it again.
IDLE_CLOSE_S = 30.0
# An open stream that consumes nothing for this long has lost its device.
STALL_S = 2.0


class MixerDevice(QIODevice):
    """A read-only device the sink pulls from: the mix, or silence."""

    def __init__(self, mixer: Mixer) -> None:
        super().__init__()
        self.mixer = mixer

    def readData(self, maxlen: int) -> bytes:
        return self.mixer.read(maxlen // 2)

    def writeData(self, data: bytes | bytearray | memoryview, len: int, /) -> int:
        return -1

    def bytesAvailable(self) -> int:
        return (1 << 20) + super().bytesAvailable()

    def isSequential(self) -> bool:
        return True


class SoundHost(QObject):
    """Holds the sounds, the mixer, and at most one open audio stream."""

    def __init__(self) -> None:
        super().__init__()
        from PySide6.QtMultimedia import QMediaDevices

        self.devices = QMediaDevices(self)
        self.devices.audioOutputsChanged.connect(self._outputs_changed)
        self.sounds: dict[str, Any] = {}
        self.mixer = Mixer()
        self.device = MixerDevice(self.mixer)
        self.device.open(QIODevice.OpenModeFlag.ReadOnly)
        self.sink: Any = None
        self.gain = 1.0
        self.idle_s = 0.0
        self.stalled_s = 0.0
        self.last_processed = -1
        self.watch = QTimer(self)
        self.watch.setInterval(500)
        self.watch.timeout.connect(self._watch)
        self.have_output = bool(QMediaDevices.audioOutputs())
        host_main.send({"ev": "ready" if self.have_output else "no-output"})

    def handle(self, command: dict[str, Any]) -> None:
        op = command.get("op")
        if op == "load":
            folder = Path(str(command["dir"]))
            for path in sorted(folder.glob("*.wav")):
                self.sounds[path.name] = read_wav(path)
        elif op == "volume":
            self.gain = min(max(float(command.get("gain", 1.0)), 0.0), 1.0)
            if self.sink is not None:
                self.sink.setVolume(self.gain)
        elif op == "play":
            samples = self.sounds.get(str(command.get("name")))
            if samples is not None and self.have_output:
                self.mixer.add(samples)
                self._open()
            host_main.send({"ev": "playing", "name": command.get("name")})

    def _open(self) -> None:
        self.idle_s = 0.0
        if self.sink is not None:
            return
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices

        output = QMediaDevices.defaultAudioOutput()
        if output.isNull():
            self._lose("no default audio output")
            return
        fmt = QAudioFormat()
        fmt.setSampleRate(RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        sink = QAudioSink(output, fmt, self)
        sink.setBufferSize(BUFFER_BYTES)
        sink.setVolume(self.gain)
        sink.start(self.device)
        self.sink = sink
        self.stalled_s = 0.0
        self.last_processed = -1
        self.watch.start()

    def _close(self) -> None:
        if self.sink is not None:
            self.sink.stop()
            self.sink.deleteLater()
            self.sink = None
        self.watch.stop()

    def _watch(self) -> None:
        from PySide6.QtMultimedia import QtAudio

        sink = self.sink
        if sink is None:
            return
        step = self.watch.interval() / 1000
        if sink.error() not in (QtAudio.Error.NoError, QtAudio.Error.UnderrunError):
            self._lose(f"audio error {sink.error().name}")
            return
        processed = sink.processedUSecs()
        self.stalled_s = 0.0 if processed != self.last_processed else self.stalled_s + step
        self.last_processed = processed
        if self.stalled_s >= STALL_S:
            self._lose("the audio output stopped playing")
            return
        self.idle_s = 0.0 if self.mixer.active() else self.idle_s + step
        if self.idle_s >= IDLE_CLOSE_S:
            self._close()

    def _lose(self, reason: str) -> None:
        host_main.send({"ev": "lost", "reason": reason})
        # Leave without tearing the stream down: that is where Qt may hang or abort.
        os._exit(3)

    def _outputs_changed(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices

        have = bool(QMediaDevices.audioOutputs())
        if have and not self.have_output:
            self.have_output = True
            host_main.send({"ev": "ready"})
        elif not have and self.have_output:
            self._lose("the audio output went away")


_KEEP: list[SoundHost] = []


def _make(app: QCoreApplication) -> host_main.Handler:
    try:
        host = SoundHost()
    except ImportError as error:
        host_main.send({"ev": "unavailable", "reason": str(error)})
        return lambda command: None
    _KEEP.append(host)
    return host.handle


def main() -> None:
    """Run the host until the window closes its input."""
    status = host_main.run(_make)
    sys.stdout.flush()
    os._exit(status)  # skip Qt's teardown: nothing in it is worth waiting for


if __name__ == "__main__":
    main()
