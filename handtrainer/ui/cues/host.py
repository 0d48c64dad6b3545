"""A helper process for sound or speech, so nothing they do can block or crash the window.

Qt's audio and speech back ends can hang (libspeechd without an audio server, a
replayed QSoundEffect on PulseAudio) or abort (a new audio stream after the server
restarted). Each runs in a child Python that reads one JSON command a line on stdin
and answers one JSON message a line on stdout. The window only ever writes to a pipe;
a command that is not acknowledged in time, an exit, or a flood on stderr makes the
host ``failed``, and the player decides what to tell the user.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

log = logging.getLogger(__name__)

# More than this on stderr means the child is spinning on an error: end it.
STDERR_FLOOD_BYTES = 256 * 1024
# Quitting waits at most this long for a host, then kills it.
QUIT_WAIT_MS = 300
KILL_WAIT_MS = 500


HOST_MODULES = ("handtrainer.ui.cues.sound_host", "handtrainer.ui.cues.speech_host")


def host_command(module: str) -> tuple[str, list[str]]:
    """The program and arguments that run a host module.

    A frozen build has no Python to run ``-m``: its program runs the host itself when
    given ``--cue-host MODULE`` (packaging/frozen_main.py, ``run_host``).
    """
    if getattr(sys, "frozen", False):
        return sys.executable, ["--cue-host", module]
    return sys.executable, ["-u", "-m", module]


def run_host(module: str) -> None:
    """Run one of the host modules in this process (the frozen build's ``--cue-host``)."""
    if module not in HOST_MODULES:
        raise SystemExit(f"not a cue host: {module}")
    import importlib

    importlib.import_module(module).main()


class CueHost(QObject):
    """One helper process: start it, send it commands, hear back, end it.

    ``message`` carries each JSON object the child prints. ``failed`` says, once per
    start, why the host is gone: "stuck" (a command not acknowledged within
    ``call_timeout`` seconds, or no first message within ``start_timeout``), "exited",
    "flood" or "could-not-start".
    """

    message = Signal(object)  # dict
    failed = Signal(str)

    def __init__(
        self,
        module: str,
        parent: QObject | None = None,
        *,
        call_timeout: float = 4.0,
        start_timeout: float = 20.0,
        env: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.monotonic,
        command: tuple[str, list[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.module = module
        self._command = command
        self.call_timeout = call_timeout
        self.start_timeout = start_timeout
        self._env = dict(env or {})
        self._clock = clock
        self._process: QProcess | None = None
        self._pending: dict[int, float] = {}  # command id -> deadline
        self._next_id = 1
        self._started_at: float | None = None  # until the first message arrives
        self._buffer = b""
        self._stderr_bytes = 0
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(200)
        self._watchdog.timeout.connect(self._check)

    @property
    def running(self) -> bool:
        """True from start() until the host fails or is stopped."""
        return self._process is not None

    def start(self) -> None:
        """Start the child (returns at once; the child says when it is ready)."""
        if self._process is not None:
            return
        process = QProcess(self)
        program, args = self._command or host_command(self.module)
        environment = QProcessEnvironment.systemEnvironment()
        for key, value in self._env.items():
            environment.insert(key, value)
        process.setProcessEnvironment(environment)
        # Each handler is told which process spoke: a late signal from a host that was
        # replaced must not touch its successor.
        process.readyReadStandardOutput.connect(lambda p=process: self._read_stdout(p))
        process.readyReadStandardError.connect(lambda p=process: self._read_stderr(p))
        process.finished.connect(lambda *_a, p=process: self._on_finished(p))
        process.errorOccurred.connect(lambda error, p=process: self._on_error(p, error))
        self._process = process
        self._buffer = b""
        self._stderr_bytes = 0
        self._pending.clear()
        self._started_at = self._clock()
        self._watchdog.start()
        process.start(program, args)

    def send(self, op: str, *, timeout: float | None = None, **fields: object) -> int:
        """Send a command; returns its id (0 when the host is not running).

        It must be acknowledged within ``timeout`` seconds (``call_timeout`` if None).
        """
        process = self._process
        if process is None:
            return 0
        ident = self._next_id
        self._next_id += 1
        line = json.dumps({"op": op, "id": ident, **fields}) + "\n"
        process.write(line.encode("utf-8"))
        self._pending[ident] = self._clock() + (self.call_timeout if timeout is None else timeout)
        return ident

    @property
    def stderr_bytes(self) -> int:
        """How much the running child has written to stderr (a flood ends it)."""
        return self._stderr_bytes

    def pending(self) -> int:
        """How many commands are waiting for their acknowledgement."""
        return len(self._pending)

    def stop(self, wait: bool = True) -> None:
        """End the child: ask it to quit, and kill it if it has not within a moment.

        ``wait=False`` kills it outright and returns at once.
        """
        process = self._process
        if process is None:
            return
        self._forget()
        if not wait:
            self._reap(process)
            return
        process.blockSignals(True)
        if process.state() != QProcess.ProcessState.NotRunning:
            process.write(b'{"op": "quit", "id": 0}\n')
            process.closeWriteChannel()
            if not process.waitForFinished(QUIT_WAIT_MS):
                process.kill()
                process.waitForFinished(KILL_WAIT_MS)

    # --- what comes back -----------------------------------------------------------

    def _forget(self) -> None:
        self._process = None
        self._pending.clear()
        self._started_at = None
        self._watchdog.stop()

    def _fail(self, why: str) -> None:
        process = self._process
        if process is None:
            return
        log.warning("%s host failed: %s", self.module, why)
        self._forget()
        self._reap(process)
        self.failed.emit(why)

    @staticmethod
    def _reap(process: QProcess) -> None:
        # SIGKILL ends the child at once; the wait only collects it (a few milliseconds).
        # The QProcess object stays a child of this host: deleting it from inside its
        # own signals is what crashes.
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(KILL_WAIT_MS)

    def _check(self) -> None:
        now = self._clock()
        late_start = self._started_at is not None and now - self._started_at > self.start_timeout
        late_call = bool(self._pending) and min(self._pending.values()) < now
        if late_start or late_call:
            self._fail("stuck")

    def _read_stdout(self, process: QProcess) -> None:
        if process is not self._process:
            return
        self._buffer += bytes(process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            if not line.strip():
                continue
            try:
                message = json.loads(line)
            except ValueError:
                log.info("%s host said: %r", self.module, line[:200])
                continue
            if not isinstance(message, dict):
                continue
            self._started_at = None
            ack = message.get("ack")
            if isinstance(ack, int):
                self._pending.pop(ack, None)
                continue
            self.message.emit(message)
            if self._process is not process:  # a handler stopped or restarted us
                return

    def _read_stderr(self, process: QProcess) -> None:
        if process is not self._process:
            return
        data = bytes(process.readAllStandardError().data())
        if self._stderr_bytes < 4096:
            log.info("%s host stderr: %s", self.module, data[:4096].decode("utf-8", "replace"))
        self._stderr_bytes += len(data)
        if self._stderr_bytes > STDERR_FLOOD_BYTES:
            self._fail("flood")

    def _on_finished(self, process: QProcess) -> None:
        if process is self._process:
            self._read_stdout(process)
        if process is self._process:
            self._fail("exited")

    def _on_error(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if process is self._process and error == QProcess.ProcessError.FailedToStart:
            self._fail("could-not-start")
