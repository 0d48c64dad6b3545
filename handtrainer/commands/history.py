"""``handtrainer history [--json] [--since DATE]``: the practice record, without a window."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from handtrainer.core.wording import days, format_seconds, outcome_name, translate

if TYPE_CHECKING:  # the database modules load only when the command runs
    from handtrainer.core import history_summary as summary
    from handtrainer.core.history import PracticeEntry

EXIT_USAGE = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options."""
    parser.add_argument(
        "--json", action="store_true", help=translate("Commands", "print JSON instead of text")
    )
    parser.add_argument(
        "--since",
        metavar="DATE",
        help=translate(
            "Commands", "only sessions from this day on (YYYY-MM-DD); streaks count every day"
        ),
    )


def _text(
    entries: list[PracticeEntry], streaks: summary.Streaks, today: date, where: str
) -> list[str]:
    from handtrainer.core import history_summary as summary

    week = summary.minutes_per_day(entries, summary.week_start(today), today)
    lines = [
        translate("Commands", "Practice history ({where})").format(where=where),
        translate("Commands", "Current streak: {current}; longest: {longest}").format(
            current=days(streaks.current), longest=days(streaks.longest)
        ),
        translate("Commands", "Today: {today}; this week: {week}").format(
            today=format_seconds(60 * week[-1][1]),
            week=format_seconds(60 * sum(m for _d, m in week)),
        ),
    ]
    if not entries:
        return [*lines, "", translate("Commands", "No sessions recorded.")]
    lines += ["", translate("Commands", "Per routine:")]
    for total in summary.totals_per_routine(entries):
        sessions, finished = total.sessions, total.finished
        lines.append(
            translate("Commands", "  {title}  ({id}): {sessions}, {finished}, {length}").format(
                title=total.title,
                id=total.routine_id,
                sessions=translate("Commands", "%n session(s)", None, sessions),
                finished=translate("Commands", "%n finished", None, finished),
                length=format_seconds(total.seconds),
            )
        )
    lines += ["", translate("Commands", "Sessions, newest first:")]
    for entry in entries:
        count = entry.steps_total
        steps = translate("Commands", "{done} of %n step(s)", None, count)
        lines.append(
            f"  {entry.started_at:%Y-%m-%d %H:%M}  {entry.routine_title}  "
            f"{format_seconds(entry.practised_seconds)}  "
            f"{steps.format(done=entry.steps_done)}  {outcome_name(entry.outcome)}"
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
            message = translate("Commands", "'{since}' is not a date like 2026-03-01")
            print(f"handtrainer: history: {message.format(since=args.since)}", file=sys.stderr)
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
