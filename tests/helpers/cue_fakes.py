"""Fakes for the cue players: a routine, a clock, and a host that answers like a real one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from handtrainer.core.model import Hand, Routine, Side, Step, Technique
from handtrainer.core.session import Cue, CueKind, Session, SessionSettings, SessionState
from tests.helpers.clock import FakeClock


def cue_routine() -> Routine:
    """Two steps: an ``each`` step with markup in its title, and a counted step."""
    return Routine(
        id="calm",
        title="Calm hands",
        summary="",
        steps=(
            Step(
                title="Palm <b>circles</b>",
                instruction="Rub small circles\n  in the palm",
                technique=Technique.CIRCLE,
                hand=Hand.EACH,
                duration=8,
            ),
            Step(
                title="Finger squeeze",
                instruction="Squeeze each finger.",
                technique=Technique.SQUEEZE,
                hand=Hand.BOTH,
                repeat=3,
                pace=2,
            ),
        ),
    )


def idle_state() -> SessionState:
    """The state of a routine not yet started."""
    return Session(cue_routine(), SessionSettings(), FakeClock()).state()


def cue(kind: CueKind, step: int | None = 0, side: Side | None = Side.RIGHT, **kw: Any) -> Cue:
    """A cue of this kind."""
    return Cue(kind=kind, step_index=step, side=side, **kw)


class FakeHost(QObject):
    """Stands in for CueHost: records commands; the test says what the child answers."""

    message = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, answer: dict[str, Any] | None = None):
        super().__init__(parent)
        self.sent: list[dict[str, Any]] = []
        self.started = 0
        self.stopped = 0
        self._running = False
        self._answer = answer  # said as soon as the host starts

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        self.started += 1
        self._running = True
        if self._answer is not None:
            self.message.emit(self._answer)

    def send(self, op: str, *, timeout: float | None = None, **fields: object) -> int:
        if not self._running:
            return 0
        self.sent.append({"op": op, **fields})
        return len(self.sent)

    def stop(self, wait: bool = True) -> None:
        self.stopped += 1
        self._running = False

    def ops(self, *names: str) -> list[str]:
        """The commands sent, as "op:detail" strings, keeping only ``names`` if given."""
        out = []
        for command in self.sent:
            if names and command["op"] not in names:
                continue
            parts = command.get("parts")
            text = " ".join(str(t) for t, _locale in parts) if parts else command.get("text")
            detail = command.get("name") or text or command.get("gain")
            out.append(f"{command['op']}:{detail}" if detail is not None else command["op"])
        return out

    def parts(self, *names: str) -> list[list[tuple[str, str]]]:
        """The (text, locale) parts of each speech command sent (``names``: those ops)."""
        wanted = names or ("say", "enqueue", "say_if_idle")
        return [
            [(str(t), str(loc)) for t, loc in command["parts"]]
            for command in self.sent
            if command["op"] in wanted and "parts" in command
        ]
