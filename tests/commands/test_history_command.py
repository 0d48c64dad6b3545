"""``handtrainer history``: the record on the command line."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from handtrainer import cli
from handtrainer.core.history import Outcome, PracticeHistory, default_history_path


@pytest.fixture
def recorded() -> None:
    history = PracticeHistory(default_history_path())
    today = datetime.now().astimezone().replace(hour=9, minute=0, second=0, microsecond=0)
    for days_ago, routine, seconds, outcome in [
        (10, "desk-reset", 120, Outcome.FINISHED),
        (1, "evening-calm", 300, Outcome.STOPPED),
        (0, "desk-reset", 90, Outcome.FINISHED),
    ]:
        entry = history.begin(
            routine,
            routine.replace("-", " ").title(),
            4,
            started_at=today - timedelta(days=days_ago),
        )
        assert entry is not None
        history.end(entry, outcome, seconds, 4)
    history.close()


def test_json_lists_sessions_totals_and_streaks(recorded: None, capsys) -> None:
    assert cli.main(["history", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["routine_id"] for s in data["sessions"]] == [
        "desk-reset",
        "evening-calm",
        "desk-reset",
    ]
    assert data["streaks"] == {"current": 2, "longest": 2}
    assert data["totals"][0] == {
        "routine_id": "evening-calm",
        "title": "Evening Calm",
        "sessions": 1,
        "finished": 0,
        "seconds": 300.0,
    }
    assert data["sessions"][1]["outcome"] == "stopped"


def test_since_keeps_the_later_sessions(recorded: None, capsys) -> None:
    since = (date.today() - timedelta(days=2)).isoformat()
    assert cli.main(["history", "--json", "--since", since]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["sessions"]) == 2 and data["since"] == since
    assert data["streaks"]["current"] == 2


def test_text_names_every_session(recorded: None, capsys) -> None:
    assert cli.main(["history"]) == 0
    out = capsys.readouterr().out
    assert "Current streak: 2 days; longest: 2 days" in out
    assert "Desk Reset  (desk-reset): 2 sessions, 2 finished, 3 min 30 s" in out
    assert out.count("of 4 steps") == 3


def test_a_bad_date_is_a_usage_error(capsys) -> None:
    assert cli.main(["history", "--since", "last tuesday"]) == 2
    assert "not a date" in capsys.readouterr().err


def test_no_history_yet_creates_nothing(capsys) -> None:
    assert cli.main(["history"]) == 0
    assert "No sessions recorded." in capsys.readouterr().out
    assert not default_history_path().exists()
