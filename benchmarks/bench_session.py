"""What running a session costs, and how exactly it keeps time.

Run: ``python benchmarks/bench_session.py``. A generated thirty-minute routine
(twenty steps, each hand in turn, counted and timed) is run on a fake clock:

(a) woken exactly when ``seconds_to_next_event`` asks, as the window does:
    number of wake-ups, microseconds per wake-up (update + state + next event);
(b) woken at an irregular 0-250 ms, as a sloppy timer would;
(c) one late update after the whole routine (the machine slept):
    how long walking every boundary takes.

Each run reports how far from the planned length the FINISHED cue landed.
Best of five after a warm-up. No wall-clock sleeping: only the work is timed.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from handtrainer.core.model import Hand, Routine, Step, Technique
from handtrainer.core.session import CueKind, Session, SessionSettings


class FakeClock:
    """A clock the benchmark moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def thirty_minute_routine() -> Routine:
    steps = []
    for i in range(20):
        if i % 2:
            steps.append(
                Step(f"s{i}", "i", Technique.CLENCH, hand=Hand.EACH, repeat=12, pace=1.7, rest=3.3)
            )
        else:
            steps.append(Step(f"s{i}", "i", Technique.RUB, hand=Hand.EACH, duration=61.8, rest=2.1))
    return Routine("bench", "Bench", "A benchmark routine.", tuple(steps))


def run(wake: Callable[[Session], float | None]) -> tuple[int, float, float]:
    """Run the routine to the end; returns wake-ups, seconds of work, FINISHED error."""
    clock = FakeClock()
    session = Session(thirty_minute_routine(), SessionSettings(), clock)
    session.start()
    wakes = 0
    finished_at = None
    spent = 0.0
    while finished_at is None:
        delay = wake(session)
        assert delay is not None
        clock.now += delay
        began = time.perf_counter()
        cues = session.update()
        session.state()
        session.seconds_to_next_event()
        spent += time.perf_counter() - began
        wakes += 1
        if cues and cues[-1].kind is CueKind.FINISHED:
            finished_at = cues[-1].at
    return wakes, spent, finished_at - session.plan.total


def main() -> None:
    rng = random.Random(7)
    total = Session(thirty_minute_routine(), SessionSettings()).plan.total
    print(f"routine: {total:.1f} s planned ({total / 60:.1f} min)")
    cases: dict[str, Callable[[Session], float | None]] = {
        "(a) on request": lambda s: s.seconds_to_next_event(),
        "(b) every 0-250 ms": lambda s: rng.uniform(0.0, 0.25),
        "(c) one late update": lambda s: total + 1.0,
    }
    for name, wake in cases.items():
        run(wake)  # warm-up
        results = [run(wake) for _ in range(5)]
        wakes, spent, _ = min(results, key=lambda r: r[1])
        worst = max(abs(r[2]) for r in results)
        print(
            f"{name:22} {wakes:6d} wake-ups  {spent * 1e3:8.2f} ms in all  "
            f"{spent / wakes * 1e6:8.1f} us each  FINISHED off by at most {worst:.2e} s"
        )


if __name__ == "__main__":
    main()
