"""``handtrainer history [--json] [--since DATE]``: the practice record, without a window."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from handtrainer.core.wording import format_seconds

if TYPE_CHECKING:  # the database modules load only when the command runs
    from handtrainer.core import history_summary as summary
    from handtrainer.core.history import PracticeEntry

EXIT_USAGE = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options."""
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--since",
        metavar="DATE",
        help="only sessions from this day on (YYYY-MM-DD); streaks count every day",
    )


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"


def _text(
    entries: list[PracticeEntry], streaks: summary.Streaks, today: date, where: str
) -> list[str]:
    from handtrainer.core import history_summary as summary

    week = summary.minutes_per_day(entries, summary.week_start(today), today)
    lines = [
        f"Practice history ({where})",
        f"Current streak: {_days(streaks.current)}; longest: {_days(streaks.longest)}",
        f"Today: {format_seconds(60 * week[-1][1])}; "
        f"this week: {format_seconds(60 * sum(m for _d, m in week))}",
    ]
    if not entries:
        return [*lines, "", "No sessions recorded."]
    lines += ["", "Per routine:"]
    for total in summary.totals_per_routine(entries):
        lines.append(
            f"  {total.title}  ({total.routine_id}): {total.sessions} "
            f"{'session' if total.sessions == 1 else 'sessions'}, "
            f"{total.finished} finished, {format_seconds(total.seconds)}"
        )
    lines += ["", "Sessions, newest first:"]
    for entry in entries:
        lines.append(
            f"  {entry.started_at:%Y-%m-%d %H:%M}  {entry.routine_title}  "
            f"{format_seconds(entry.practised_seconds)}  "
            f"{entry.steps_done} of {entry.steps_total} steps  {entry.outcome.value}"
        )
    return lines


def history_command(args: argparse.Namespace) -> int:
    """Print the record; 2 for a date that cannot be read."""
    from handtrainer.core import history_summary as summary
    from handtrainer.core.history import PracticeHistory, default_history_path

    since: date | None = None
    if args.since:
        try:
            since = date.fromisoformat(args.since)
        except ValueError:
            print(
                f"handtrainer: history: '{args.since}' is not a date like 2026-03-01",
                file=sys.stderr,
            )
            return EXIT_USAGE
    path = default_history_path()
    today = date.today()
    everything: list[PracticeEntry] = []
    if path.exists():  # a command that only reads never creates the file
        history = PracticeHistory(path)
        try:
            everything = history.entries()
            if history.notice:
                print(f"handtrainer: history: {history.notice}", file=sys.stderr)
        finally:
            history.close()
    entries = [e for e in everything if since is None or e.day >= since]
    streaks = summary.streaks(everything, today)
    if args.json:
        import json

        data = {
            "path": str(path),
            "since": since.isoformat() if since else None,
            "streaks": {"current": streaks.current, "longest": streaks.longest},
            "totals": [
                {
                    "routine_id": t.routine_id,
                    "title": t.title,
                    "sessions": t.sessions,
                    "finished": t.finished,
                    "seconds": round(t.seconds, 1),
                }
                for t in summary.totals_per_routine(entries)
            ],
            "sessions": [summary.entry_record(e) for e in entries],
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    from handtrainer.commands.output import terminal_safe

    for line in _text(entries, streaks, today, str(path)):
        print(terminal_safe(line))
    return 0
