"""Real audio for tests: a private PulseAudio server with a null sink, a recorder of its
monitor (parec), a private speech-dispatcher speaking into it, and loudness analysis.

Every process started here is ended by ``stop()``; the fixtures call it.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from array import array
from dataclasses import dataclass, field
from pathlib import Path

RATE = 44_100
SINK = "handtrainer_null"


def require_audio() -> bool:
    """True where audio tests must run (CI sets HANDTRAINER_REQUIRE_AUDIO=1), not skip."""
    return os.environ.get("HANDTRAINER_REQUIRE_AUDIO") == "1"


def missing(*programs: str) -> str | None:
    """The first of ``programs`` not installed, or None."""
    return next((p for p in programs if shutil.which(p) is None), None)


def die_with_us() -> None:
    """In a child between fork and exec: be killed when the test run dies, however it dies
    (a timeout's SIGKILL skips every fixture's teardown)."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _end(process: subprocess.Popen[bytes]) -> None:
    """End a process started in its own session, and everything it started."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
    # whatever it left in its process group (speech-dispatcher's modules)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


@dataclass
class PulseServer:
    """A PulseAudio server of our own, with one null sink as its default output."""

    folder: Path
    process: subprocess.Popen[bytes] | None = None

    @property
    def socket(self) -> Path:
        return self.folder / "pulse" / "native"

    @property
    def address(self) -> str:
        """What PULSE_SERVER should say."""
        return f"unix:{self.socket}"

    def env(self) -> dict[str, str]:
        """Environment for a client of this server."""
        return {"PULSE_SERVER": self.address}

    def start(self, timeout: float = 15.0) -> None:
        """Start the server and wait until it answers."""
        (self.folder / "pulse").mkdir(parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)
        env = {**os.environ, "XDG_RUNTIME_DIR": str(self.folder), "HOME": str(self.folder)}
        env.pop("PULSE_SERVER", None)
        with (self.folder / "pulse.log").open("wb") as log:
            self.process = self._spawn(env, log)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"pulseaudio exited: {(self.folder / 'pulse.log').read_text()}")
            if self.answers():
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("pulseaudio did not answer in time")

    def _spawn(self, env: dict[str, str], log: object) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                "pulseaudio",
                "--daemonize=no",
                "--system=false",
                "--exit-idle-time=-1",
                "--disallow-exit",
                "--use-pid-file=no",
                "-n",  # no default configuration: just the modules below
                f"--load=module-null-sink sink_name={SINK}",
                f"--load=module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
                "--log-target=stderr",
                "--log-level=error",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,  # type: ignore[arg-type]
            start_new_session=True,
            preexec_fn=die_with_us,
        )

    def answers(self) -> bool:
        """True when the server accepts a client."""
        if not self.socket.exists():
            return False
        result = subprocess.run(
            ["pactl", f"--server={self.address}", "info"],
            capture_output=True,
            timeout=10,
            check=False,
        )
        return result.returncode == 0

    def stop(self) -> None:
        """End the server."""
        if self.process is not None:
            _end(self.process)
            self.process = None


@dataclass
class Recording:
    """What the null sink played, as 16-bit mono samples."""

    samples: array

    @property
    def seconds(self) -> float:
        return len(self.samples) / RATE


@dataclass
class Recorder:
    """Records the null sink's monitor with parec until stopped."""

    server: PulseServer
    path: Path
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "parec",
                f"--server={self.server.address}",
                f"--device={SINK}.monitor",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=20",
                str(self.path),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=die_with_us,
        )

    def so_far(self) -> Recording:
        """What has been recorded until now (the recorder goes on)."""
        data = self.path.read_bytes() if self.path.exists() else b""
        samples = array("h")
        samples.frombytes(data[: len(data) // 2 * 2])
        return Recording(samples)

    def stop(self) -> Recording:
        """End parec and return the whole recording."""
        if self.process is not None:
            _end(self.process)
            self.process = None
        return self.so_far()


@dataclass
class SpeechDispatcher:
    """A speech-dispatcher of our own, speaking through ``server``."""

    folder: Path
    server: PulseServer
    process: subprocess.Popen[bytes] | None = None
    log: list[str] = field(default_factory=list)

    @property
    def socket(self) -> Path:
        return self.folder / "speechd.sock"

    def env(self) -> dict[str, str]:
        """Environment for a client of this speech-dispatcher."""
        return {"SPEECHD_ADDRESS": f"unix_socket:{self.socket}", **self.server.env()}

    def start(self, timeout: float = 15.0) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, **self.server.env(), "HOME": str(self.folder)}
        self.process = subprocess.Popen(
            [
                "speech-dispatcher",
                "--run-single",
                "--timeout=0",
                "--communication-method=unix_socket",
                f"--socket-path={self.socket}",
                f"--pid-file={self.folder / 'pid'}",
                f"--log-dir={self.folder}",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=die_with_us,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("speech-dispatcher exited at start")
            if self.socket.exists():
                with socket.socket(socket.AF_UNIX) as probe:
                    try:
                        probe.connect(str(self.socket))
                        return
                    except OSError:
                        pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("speech-dispatcher did not answer in time")

    def stop(self) -> None:
        if self.process is not None:
            _end(self.process)
            self.process = None


# --- analysis ----------------------------------------------------------------------------

WINDOW = RATE // 100  # 10 ms


@dataclass(frozen=True)
class Burst:
    """One stretch of sound between silences."""

    start: float  # seconds
    end: float
    rms_db: float  # RMS over the stretch, dB of full scale
    peak_db: float
    crossings_hz: float  # zero crossings per second / 2: the pitch of a plain tone
    heard: float = 0.0  # seconds of it that were loud (the length less any gaps)

    @property
    def length(self) -> float:
        return self.end - self.start


def _db(value: float) -> float:
    return 20 * math.log10(value) if value > 0 else -200.0


def bursts(samples: array, threshold_db: float = -50.0, gap: float = 0.12) -> list[Burst]:
    """The sounds in a recording: 10 ms windows louder than ``threshold_db``, joined
    across silences shorter than ``gap`` seconds."""
    limit = 32768 * 10 ** (threshold_db / 20)
    loud = []
    for start in range(0, len(samples) - WINDOW + 1, WINDOW):
        window = samples[start : start + WINDOW]
        loud.append(max(window) > limit or -min(window) > limit)
    spans: list[list[int]] = []
    for index, is_loud in enumerate(loud):
        if not is_loud:
            continue
        if spans and (index - spans[-1][1]) * WINDOW / RATE <= gap:
            spans[-1][1] = index + 1
        else:
            spans.append([index, index + 1])
    found = []
    for first, last in spans:
        # measured over the loud windows only: a gap (an underrun on a busy machine)
        # must not change the loudness or the pitch
        heard = [samples[i * WINDOW : (i + 1) * WINDOW] for i in range(first, last) if loud[i]]
        part = array("h")
        for window in heard:
            part.extend(window)
        power = sum(v * v for v in part) / len(part)
        crossings = sum(1 for a, b in itertools.pairwise(part) if (a < 0) != (b < 0))
        found.append(
            Burst(
                start=first * WINDOW / RATE,
                end=last * WINDOW / RATE,
                rms_db=_db(math.sqrt(power) / 32768),
                peak_db=_db(max(max(part), -min(part)) / 32768),
                crossings_hz=crossings / 2 / (len(part) / RATE),
                heard=len(part) / RATE,
            )
        )
    return found


def active_rms_db(samples: array, threshold_db: float = -50.0) -> float:
    """Loudness of what is heard: RMS over the 10 ms windows louder than the threshold."""
    limit = 32768 * 10 ** (threshold_db / 20)
    total, count = 0, 0
    for start in range(0, len(samples) - WINDOW + 1, WINDOW):
        window = samples[start : start + WINDOW]
        if max(window) > limit or -min(window) > limit:
            total += sum(v * v for v in window)
            count += len(window)
    return _db(math.sqrt(total / count) / 32768) if count else -200.0
