"""Helper processes with real children: a stuck, dying or flooding child costs the host,
never the window, and stopping one never waits long."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handtrainer.ui.cues.host import CueHost

# A child that answers like a host, and misbehaves on request.
CHILD = r"""
import json, sys, time
print(json.dumps({"ev": "hello"}), flush=True)
for line in sys.stdin:
    command = json.loads(line)
    op = command["op"]
    if op == "quit":
        break
    if op == "hang":
        time.sleep(600)
    if op == "die":
        sys.exit(3)
    if op == "flood":
        while True:
            sys.stderr.write("QSocketNotifier: Invalid socket 12 and type 'Read', disabling...\n")
    print(json.dumps({"ev": "echo", "op": op}), flush=True)
    print(json.dumps({"ack": command["id"]}), flush=True)
"""


@pytest.fixture
def host(qtbot: QtBot):
    made = CueHost("fake", None, call_timeout=0.5, command=(sys.executable, ["-c", CHILD]))
    yield made
    made.stop()


def _pid(host: CueHost) -> int:
    assert host._process is not None
    return int(host._process.processId())


def _gone(pid: int) -> bool:
    """The child has exited and been reaped (no zombie left either)."""
    return not Path(f"/proc/{pid}").exists()


def _started(qtbot: QtBot, host: CueHost) -> list[dict]:
    messages: list[dict] = []
    host.message.connect(messages.append)
    with qtbot.waitSignal(host.message, timeout=10_000):
        host.start()
    return messages


def test_commands_are_answered_and_acknowledged(qtbot: QtBot, host: CueHost) -> None:
    messages = _started(qtbot, host)
    with qtbot.waitSignal(host.message, timeout=5000):
        host.send("ping")
    qtbot.waitUntil(lambda: host.pending() == 0, timeout=5000)
    assert messages == [{"ev": "hello"}, {"ev": "echo", "op": "ping"}]


def test_a_stuck_call_fails_the_host_and_kills_it(qtbot: QtBot, host: CueHost) -> None:
    _started(qtbot, host)
    pid = _pid(host)
    with qtbot.waitSignal(host.failed, timeout=5000) as blocker:
        host.send("hang")
    assert blocker.args == ["stuck"]
    assert not host.running
    qtbot.waitUntil(lambda: _gone(pid), timeout=5000)


def test_a_child_that_dies_fails_the_host(qtbot: QtBot, host: CueHost) -> None:
    _started(qtbot, host)
    with qtbot.waitSignal(host.failed, timeout=5000) as blocker:
        host.send("die")
    assert blocker.args == ["exited"]


def test_a_flood_on_stderr_fails_the_host(qtbot: QtBot, host: CueHost) -> None:
    _started(qtbot, host)
    host.call_timeout = 30  # the flood, not the watchdog, must end it
    with qtbot.waitSignal(host.failed, timeout=10_000) as blocker:
        host.send("flood")
    assert blocker.args == ["flood"]


def test_a_missing_program_fails_the_host(qtbot: QtBot) -> None:
    made = CueHost("fake", None, command=("/nonexistent/python", []))
    with qtbot.waitSignal(made.failed, timeout=5000) as blocker:
        made.start()
    assert blocker.args == ["could-not-start"]
    assert made.send("ping") == 0


def test_stopping_a_stuck_child_takes_under_a_second(qtbot: QtBot, host: CueHost) -> None:
    _started(qtbot, host)
    pid = _pid(host)
    host.call_timeout = 60
    host.send("hang")
    begun = time.monotonic()
    host.stop()
    assert time.monotonic() - begun < 1.0
    assert _gone(pid)


def test_a_child_that_never_speaks_is_stuck(qtbot: QtBot) -> None:
    made = CueHost(
        "fake",
        None,
        start_timeout=0.3,
        command=(sys.executable, ["-c", "import time; time.sleep(60)"]),
    )
    try:
        with qtbot.waitSignal(made.failed, timeout=5000) as blocker:
            made.start()
        assert blocker.args == ["stuck"]
    finally:
        made.stop()


def test_a_frozen_build_runs_its_hosts_through_its_own_program(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from handtrainer.ui.cues.host import host_command, run_host

    assert host_command("handtrainer.ui.cues.sound_host")[1][-2:] == [
        "-m",
        "handtrainer.ui.cues.sound_host",
    ]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    program, args = host_command("handtrainer.ui.cues.speech_host")
    assert program == sys.executable
    assert args == ["--cue-host", "handtrainer.ui.cues.speech_host"]
    with pytest.raises(SystemExit):
        run_host("os")  # only the cue hosts, nothing else by name


# A real host (host_main) whose engine call never returns, as libspeechd's does while
# speech-dispatcher is stopped (holding the GIL), or PulseAudio's while the server is.
STUCK_HOST = r"""
import ctypes, sys, time
from handtrainer.ui.cues import host_main

def make(app):
    def handle(command):
        if command.get("op") == "hang":
            if sys.argv[1] == "gil":
                ctypes.PyDLL(None).sleep(600)  # a C call that keeps the GIL
            time.sleep(600)
    host_main.send({"ev": "hello"})  # as a real host: once it runs
    return handle

host_main.run(make)
"""

# The window: starts the host, has it hang, says its pid, and waits to be killed.
WINDOW = r"""
import subprocess, sys, time
host = subprocess.Popen(
    [sys.executable, "-c", sys.argv[1], sys.argv[2]],
    stdin=subprocess.PIPE, stdout=subprocess.PIPE,
)
host.stdout.readline()
host.stdin.write(b'{"op": "hang", "id": 1}\n')
host.stdin.flush()
print(host.pid, flush=True)
time.sleep(600)
"""


def _ended(pid: int) -> bool:
    """Gone, or a zombie nobody reaps (its parent died)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("stuck", ["sleep", "gil"])
def test_a_host_stuck_in_its_engine_ends_when_its_window_dies(qtbot: QtBot, stuck: str) -> None:
    """The window died (a crash, a kill) while the host's engine call hung: the host must
    end all the same, not live on as an orphan."""
    import contextlib
    import os
    import signal
    import subprocess

    with subprocess.Popen(
        [sys.executable, "-c", WINDOW, STUCK_HOST, stuck], stdout=subprocess.PIPE
    ) as window:
        assert window.stdout is not None
        pid = int(window.stdout.readline())
        window.kill()
    try:
        qtbot.waitUntil(lambda: _ended(pid), timeout=10_000)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
