"""Files that once escaped the loader or misled it: numbers, slow patterns, odd line ends.

Each case here raised, hung or pointed at the wrong line before; each must come
back as problems about its own file, at the line an editor shows, in words a
routine author understands, within milliseconds.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from handtrainer.core.library import load_library
from handtrainer.core.loader import LoadResult, load_routine_text
from handtrainer.core.yamlnodes import MAX_DEPTH
from handtrainer.core.yamlnumbers import NumberError, read_float, read_int
from tests.helpers.routine_samples import VALID, routine_text, write

STEP = "  - title: S\n    instruction: Do it.\n    technique: press\n"
HUGE = "1" + "0" * 309

# Python's own wording, which a routine author should never see.
INTERNALS = ("invalid literal", "base 10", "int()", "float()", "Traceback", "IndexError")


def load(text: str | bytes) -> LoadResult:
    return load_routine_text(text, Path("routine.yaml"))


def only_error(text: str) -> str:
    result = load(text)
    errors = [p for p in result.problems if p.is_error]
    assert result.routine is None and len(errors) == 1, [str(p) for p in result.problems]
    assert not any(word in errors[0].message for word in INTERNALS), errors[0].message
    return f"{errors[0].line}:{errors[0].column}: {errors[0].message}"


@pytest.mark.parametrize(
    ("body", "where", "words"),
    [
        (f"    duration: {HUGE}\n", "8:15", "far too large"),
        (f"    repeat: 3\n    pace: {HUGE}\n", "9:11", "far too large"),
        (f"    duration: 3\n    rest: {HUGE}\n", "9:11", "far too large"),
        (f"    duration: {HUGE}.5\n", "8:15", "far too large"),
        ("    duration: 0x" + "f" * 300 + "\n", "8:15", "far too large"),
        ("    duration: 0b" + "1" * 1100 + "\n", "8:15", "far too large"),
        ("    duration: 0" + "7" * 400 + "\n", "8:15", "far too large"),
        ("    duration: 1" + ":59" * 200 + "\n", "8:15", "too many ':' parts"),
        ("    duration: 1" + ":59" * 200 + ".5\n", "8:15", "too many ':' parts"),
        ("    repeat: 0x" + "f" * 300 + "\n    pace: 2\n", "8:13", "far too large"),
        ('    duration: !!int ""\n', "8:15", "is not a whole number"),
        ('    duration: !!int "-"\n', "8:15", "is not a whole number"),
        ('    duration: !!int "_"\n', "8:15", "is not a whole number"),
        ('    duration: !!int "abc"\n', "8:15", "is not a whole number"),
        ("    repeat: 3\n    pace: !!float\n", "9:11", "is not a number"),
        ('    duration: !!float ""\n', "8:15", "is not a number"),
        ('    repeat: !!int "1.5"\n    pace: 2\n', "8:13", "is not a whole number"),
        ("    duration: 1.0e+99999\n", "8:15", "finite"),
    ],
)
def test_numbers_become_problems_at_their_place(body: str, where: str, words: str) -> None:
    message = only_error(routine_text(steps=STEP + body))
    assert message.startswith(f"{where}: ") and words in message, message


def test_a_version_past_the_integer_string_limit_is_a_problem() -> None:
    result = load("handtrainer: 0x" + "f" * 3600 + "\ntitle: T\n")
    assert any("far too large" in p.message for p in result.problems)


def test_numbers_are_read_as_yaml_1_1_reads_them() -> None:
    assert [read_int(t) for t in ("12", "0x1f", "0b101", "017", "1:30", "-1_000", "+0")] == [
        12,
        31,
        5,
        15,
        90,
        -1000,
        0,
    ]
    assert [read_float(t) for t in ("2.5", ".5", "1:30.5", "10", "-.inf")] == [
        2.5,
        0.5,
        90.5,
        10.0,
        float("-inf"),
    ]
    for bad in ("", "-", "_", "0x", "1.5", "abc", "1:2:3:4:5"):
        with pytest.raises(NumberError):
            read_int(bad)


def test_a_duration_of_spaces_is_read_in_milliseconds() -> None:
    # Three runs of optional white space in a row once made this cubic: 6.5 s for 2,000.
    text = routine_text(steps=STEP + '    duration: "' + " " * 200_000 + '1x"\n')
    started = time.perf_counter()
    message = only_error(text)
    assert time.perf_counter() - started < 0.5
    assert "is not a length of time" in message and len(message) < 200


def test_long_values_are_shortened_in_messages() -> None:
    word = "x" * 4000
    assert len(only_error(routine_text(steps=STEP + f"    duration: 3\n    hand: {word}\n"))) < 300
    assert len(only_error(routine_text(steps=STEP + f"    duration: 3\n    {word}: 1\n"))) < 300


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_yaml_only_line_ends_do_not_shift_line_numbers(separator: str) -> None:
    # YAML ends lines at LS, PS and NEL; editors do not. Inside quoted text they are text.
    text = routine_text(
        title=f'"A{separator}title"', steps=STEP + "    duration: 3s\n    hand: lefty\n"
    )
    message = only_error(text)
    assert message.startswith("9:11: hand 'lefty' is not known"), message


@pytest.mark.parametrize("separator", ["\u2028", "\x85"])
def test_syntax_errors_after_yaml_only_line_ends_point_at_the_editor_line(separator: str) -> None:
    text = f'handtrainer: 1\ntitle: "a{separator}b"\nsummary: [x\n'
    assert only_error(text).startswith("4:1: a [list] is not closed")


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r", "\x85", "\u2028", "\u2029"])
def test_deep_block_nesting_is_refused_whatever_ends_the_lines(end: str) -> None:
    depth = 200
    text = "".join(" " * level + "a:" + end for level in range(depth)) + " " * depth + "b" + end
    result = load(text)
    assert result.routine is None
    assert any(f"more than {MAX_DEPTH} levels deep" in p.message for p in result.problems), [
        str(p) for p in result.problems
    ]


@pytest.mark.parametrize("end", ["\n", "\r", "\x85"])
def test_compact_nesting_is_refused_whatever_ends_the_lines(end: str) -> None:
    text = "x:" + end + "- " * 200 + "y" + end
    result = load(text)
    assert any(f"more than {MAX_DEPTH} levels deep" in p.message for p in result.problems)


def test_cr_line_ends_count_as_lines_for_binary_junk() -> None:
    result = load(b"handtrainer: 1\rtitle: T\r\0")
    assert [(p.line, p.column) for p in result.problems] == [(3, 1)]


def test_an_unexpected_fault_is_a_problem_about_that_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from handtrainer.core import validate

    def broken(self: object, root: object, default_id: str) -> None:
        raise KeyError("surprise")

    monkeypatch.setattr(validate.RoutineChecker, "routine", broken)
    result = load(VALID)
    assert result.routine is None and len(result.problems) == 1
    problem = result.problems[0]
    assert (problem.line, problem.column) == (1, 1) and "KeyError" in problem.message


def test_a_broken_user_file_never_hides_the_bundled_routines(tmp_path: Path) -> None:
    user = tmp_path / "user"
    write(user, "bad.yaml", routine_text(steps=STEP + f"    duration: {HUGE}\n"))
    write(user, "empty-int.yaml", routine_text(steps=STEP + '    duration: !!int ""\n'))
    library = load_library(user_dir=user, environ={})
    assert library.get("desk-reset") is not None
    assert sorted(f.path.name for f in library.failures) == ["bad.yaml", "empty-int.yaml"]


@pytest.mark.parametrize(
    "body",
    [
        "".join(f"    tecw{i}: 1\n" for i in range(20_000)),
        ("    zones: [" + ", ".join(f"palm.centr{i}" for i in range(100)) + "]\n"),
    ],
)
def test_a_file_of_thousands_of_mistakes_reads_fast_and_lists_the_first(body: str) -> None:
    # Each mistake once cost a "did you mean" search: 40,000 of them took seconds.
    steps = (STEP + "    duration: 3\n" + body) * (1 if body.startswith("    tecw") else 199)
    text = routine_text(steps=steps)
    started = time.perf_counter()
    result = load(text)
    assert time.perf_counter() - started < 1.0
    assert result.routine is None and len(result.problems) == 101
    assert "more problems from here on are not listed" in result.problems[-1].message


def test_a_lone_surrogate_in_text_is_a_problem_at_its_place() -> None:
    assert only_error(routine_text(title="a\ud800")).startswith("2:9: the text contains a")
