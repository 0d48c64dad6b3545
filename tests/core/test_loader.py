"""Loading one routine file: the format, every validation rule, and hostile files."""

from __future__ import annotations

import math
import os
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from handtrainer.core import yamlnodes
from handtrainer.core.loader import LoadResult, load_routine_file, load_routine_text, parse_duration
from handtrainer.core.model import Audience, Hand, Order, Origin, Pressure, Technique, View
from handtrainer.core.problems import Problem
from tests.helpers.routine_samples import VALID, routine_text, write

STEP = "  - title: S\n    instruction: Do it.\n    technique: press\n"


def load(text: str | bytes, name: str = "routine.yaml") -> LoadResult:
    return load_routine_text(text, Path(name))


def only_error(text: str) -> Problem:
    result = load(text)
    errors = [p for p in result.problems if p.is_error]
    assert result.routine is None and not result.ok
    assert len(errors) == 1, [str(p) for p in result.problems]
    return errors[0]


def step_error(step_body: str) -> Problem:
    """The single error of a routine whose one step is ``step_body`` (indented 4)."""
    return only_error(routine_text(steps=step_body))


# ------------------------------------------------------------------ valid files


def test_valid_routine_builds_the_model() -> None:
    result = load_routine_text(VALID, Path("/x/desk-reset.yaml"), Origin.USER)
    assert result.ok and result.problems == ()
    routine = result.routine
    assert routine is not None
    assert routine.id == "desk-reset"  # the file stem
    assert routine.title == "Desk reset" and routine.tags == ("desk", "quick")
    assert routine.cautions == ("Skip any area with a wound.",)
    assert routine.audience is Audience.SELF and routine.order is Order.STEP_BY_STEP
    assert routine.origin is Origin.USER and routine.path == Path("/x/desk-reset.yaml")
    first, second = routine.steps
    assert first.hand is Hand.BOTH and first.view is View.PALM
    assert first.zones == ("palm.center", "palm.thenar")
    assert first.path == ("palm.heel", "palm.pads")
    assert first.technique is Technique.RUB and first.pressure is Pressure.LIGHT
    assert first.duration == 30 and first.repeat is None
    assert first.pos is not None and (first.pos.line, first.pos.column) == (8, 5)
    # Defaults: hand each, view palm, no pressure.
    assert second.hand is Hand.EACH and second.view is View.PALM and second.pressure is None
    assert (second.repeat, second.pace, second.rest) == (10, 2.0, 5.0)
    assert routine.work_seconds == 30 + 2 * 20  # no rest after the last step


def test_all_optional_fields() -> None:
    text = (
        "handtrainer: 1\nid: my-routine-2\ntitle: T\nsummary: S\naudience: partner\n"
        "order: hand-by-hand\nsources: [A book]\nnotes: For the therapist.\nsteps:\n"
        + STEP
        + "    duration: 1m\n    view: back\n    zones: [back.knuckles]\n"
        "    notes: Slowly.\n    tradition: Said to calm.\n    hand: left\n"
    )
    routine = load(text).routine
    assert routine is not None
    assert routine.id == "my-routine-2" and routine.audience is Audience.PARTNER
    assert routine.order is Order.HAND_BY_HAND and routine.sources == ("A book",)
    assert routine.notes == "For the therapist."
    step = routine.steps[0]
    assert (step.view, step.hand, step.notes, step.tradition) == (
        View.BACK,
        Hand.LEFT,
        "Slowly.",
        "Said to calm.",
    )


@pytest.mark.parametrize(
    ("written", "seconds"),
    [
        ("30", 30),
        ("2.5", 2.5),
        ("45s", 45),
        ("'45s'", 45),
        ("1m", 60),
        ("1m30s", 90),
        ("1:30", 90),
        ("'1:30'", 90),
        ("2 min", 120),
        ("10 seconds", 10),
    ],
)
def test_duration_forms(written: str, seconds: float) -> None:
    routine = load(routine_text(steps=STEP + f"    duration: {written}\n")).routine
    assert routine is not None and routine.steps[0].duration == seconds


def test_parse_duration() -> None:
    assert parse_duration(30) == 30.0 and parse_duration(1.5) == 1.5
    assert parse_duration("1m30s") == 90 and parse_duration(" 45 s ") == 45
    assert parse_duration("0") == 0
    for bad in (True, None, "", "abc", "1h", "-5s", -1, math.inf, math.nan, "5x", [1]):
        with pytest.raises(ValueError):
            parse_duration(bad)


def test_bom_and_bytes_are_accepted() -> None:
    assert load(b"\xef\xbb\xbf" + VALID.encode()).ok


def test_problem_format() -> None:
    problem = Problem(Path("a/b.yaml"), 3, 7, "something is wrong")
    assert str(problem) == "a/b.yaml:3:7: something is wrong"
    assert str(Problem(Path("x.yml"), 1, 1, "hm", "warning")) == "x.yml:1:1: warning: hm"


# ------------------------------------------------------------ routine-level errors


def test_unknown_field_suggests_the_right_one() -> None:
    problems = load(VALID.replace("summary:", "sumary:")).problems
    assert str(problems[1]) == (
        "routine.yaml:3:1: unknown field 'sumary' in the routine (did you mean 'summary'?)"
    )
    assert any("has no 'summary'" in p.message for p in problems)


def test_step_field_at_routine_level_points_at_indentation() -> None:
    problem = only_error(VALID.replace("tags: [desk, quick]", "duration: 30s"))
    assert (problem.line, problem.column) == (4, 1)
    assert "belongs to a step" in problem.message


def test_duplicate_key() -> None:
    problem = only_error(VALID.replace("tags: [desk, quick]", "title: Again"))
    assert (problem.line, problem.column) == (4, 1)
    assert problem.message == "field 'title' appears twice in the routine (first on line 2)"


def test_missing_version_and_future_version() -> None:
    problem = only_error(VALID.replace("handtrainer: 1\n", ""))
    assert "missing 'handtrainer: 1'" in problem.message
    problem = only_error(VALID.replace("handtrainer: 1", "handtrainer: 2"))
    assert (problem.line, problem.column) == (1, 14)
    assert "format version 2" in problem.message and "update Hand Trainer" in problem.message
    assert "must be 1" in only_error(VALID.replace("handtrainer: 1", "handtrainer: 0")).message
    assert "whole number" in only_error(VALID.replace("handtrainer: 1", "handtrainer: one")).message


@pytest.mark.parametrize("field", ["title", "summary", "steps"])
def test_missing_required_routine_fields(field: str) -> None:
    text = routine_text()
    lines = text.splitlines(keepends=True)
    if field == "steps":
        text = "".join(line for line in lines if not line.startswith(("steps", "  ", "    ")))
    else:
        text = "".join(line for line in lines if not line.startswith(field))
    problem = only_error(text)
    assert f"'{field}'" in problem.message and (problem.line, problem.column) == (1, 1)


def test_wrong_types_at_routine_level() -> None:
    assert "put it in quotes" in only_error(routine_text(title="123")).message
    assert "yes/no" in only_error(routine_text(title="yes")).message
    assert "is empty" in only_error(routine_text(title="''")).message
    assert "is empty" in only_error(routine_text(title="")).message
    assert "not a list" in only_error(routine_text(title="[a, b]")).message
    problem = only_error(VALID.replace("tags: [desk, quick]", "tags: desk"))
    assert "must be a list" in problem.message and (problem.line, problem.column) == (4, 7)
    assert (
        "must be a list of steps"
        in only_error(routine_text().split("steps:")[0] + "steps: 3\n").message
    )
    assert "empty" in only_error(routine_text(steps=" []\n").replace("steps:\n", "steps:")).message
    assert "a set of fields" in only_error("- just\n- a list\n").message


def test_enum_with_suggestion() -> None:
    problem = only_error(VALID.replace("tags:", "audience: partnr\ntags:"))
    assert problem.message.startswith("audience 'partnr' is not known (did you mean 'partner'?)")
    assert "step-by-step" in only_error(VALID.replace("tags:", "order: stepbystep\ntags:")).message


def test_ids() -> None:
    problem = only_error(VALID.replace("title:", "id: Desk_Reset\ntitle:", 1))
    assert (problem.line, problem.column) == (2, 5) and "a-z" in problem.message
    result = load_routine_text(VALID, Path("My Routine.yaml"))
    assert not result.ok and "add an 'id:' field" in result.problems[0].message
    assert load_routine_text(VALID, Path("fine-name-2.yml")).routine is not None


def test_text_limits() -> None:
    assert "too long" in only_error(routine_text(title="x" * 201)).message


# ----------------------------------------------------------------- step errors


def test_unknown_step_field_and_routine_field_in_step() -> None:
    problem = step_error(STEP + "    duration: 5s\n    zone: [palm]\n")
    assert problem.message == "unknown field 'zone' in step 1 (did you mean 'zones'?)"
    assert (problem.line, problem.column) == (9, 5)
    problem = step_error(STEP + "    duration: 5s\n    cautions: [x]\n")
    assert "belongs to the routine" in problem.message


@pytest.mark.parametrize("field", ["title", "instruction", "technique"])
def test_missing_required_step_fields(field: str) -> None:
    body = "".join(
        line + "\n" for line in (STEP + "    duration: 5s").splitlines() if field not in line
    )
    if field == "title":
        body = body.replace("    instruction", "  - instruction")
    problem = step_error(body)
    assert f"'{field}'" in problem.message and "step 1" in problem.message


def test_unknown_technique_zone_hand_and_view_suggest() -> None:
    problem = step_error(STEP.replace("press", "pres") + "    duration: 5s\n")
    assert "technique 'pres' is not known (did you mean 'press'?)" in problem.message
    assert (problem.line, problem.column) == (7, 16)
    problem = step_error(STEP + "    duration: 5s\n    zones: [palm.centre]\n")
    assert problem.message.startswith("unknown zone 'palm.centre' (did you mean 'palm.center'?)")
    assert (problem.line, problem.column) == (9, 13)
    assert (
        "(did you mean 'each'?)" in step_error(STEP + "    duration: 5s\n    hand: eahc\n").message
    )
    assert (
        "(did you mean 'back'?)" in step_error(STEP + "    duration: 5s\n    view: bak\n").message
    )
    assert (
        "(did you mean 'firm'?)"
        in step_error(STEP + "    duration: 5s\n    pressure: frm\n").message
    )


def test_zone_must_be_on_the_steps_view() -> None:
    problem = step_error(STEP + "    duration: 5s\n    view: back\n    zones: [palm.center]\n")
    assert "'palm.center' (Centre of the palm) is not on the back view" in problem.message
    problem = step_error(STEP + "    duration: 5s\n    path: [palm.heel, back.knuckles]\n")
    assert "'back.knuckles'" in problem.message and "palm view" in problem.message
    # Zones drawn on both views are fine on either.
    assert load(
        routine_text(steps=STEP + "    duration: 5s\n    view: back\n    zones: [thumb]\n")
    ).ok


def test_zones_wrong_shapes() -> None:
    assert "must be a list" in step_error(STEP + "    duration: 5s\n    zones: palm\n").message
    assert "an item of 'zones'" in step_error(STEP + "    duration: 5s\n    zones: [[a]]\n").message
    assert "at least two" in step_error(STEP + "    duration: 5s\n    path: [palm]\n").message
    result = load(routine_text(steps=STEP + "    duration: 5s\n    zones: [palm, palm]\n"))
    assert result.ok and result.problems[0].severity == "warning"
    assert result.routine is not None and result.routine.steps[0].zones == ("palm",)


@pytest.mark.parametrize(
    ("length", "message"),
    [
        ("", "has no length"),
        ("    duration: 5s\n    repeat: 3\n    pace: 1s\n", "not both"),
        ("    repeat: 3\n", "'repeat' needs 'pace'"),
        ("    pace: 2s\n", "'pace' needs 'repeat'"),
        ("    duration: 0\n", "'duration' must be more than 0"),
        ("    duration: -5\n", "cannot be negative"),
        ("    duration: 0.2\n", "too short"),
        ("    duration: 31m\n", "'duration' is too long (31 min); at most 30 min"),
        ("    duration: .inf\n", "finite"),
        ("    duration: .nan\n", "finite"),
        ("    duration: yes\n", "length of time"),
        ("    duration: [1]\n", "length of time"),
        ("    duration: 2 hours\n", "not a length of time"),
        ("    repeat: 0\n    pace: 2s\n", "'repeat' must be more than 0"),
        ("    repeat: 501\n    pace: 1s\n", "'repeat' is too large (501); at most 500"),
        ("    repeat: 2.5\n    pace: 1s\n", "whole number"),
        ("    repeat: '3'\n    pace: 1s\n", "whole number"),
        ("    repeat: 10\n    pace: 0\n", "'pace' must be more than 0"),
        ("    repeat: 10\n    pace: 61s\n", "'pace' is too long"),
        ("    repeat: 400\n    pace: 5s\n", "at most 30 min"),
        ("    duration: 5s\n    rest: 11m\n", "'rest' is too long"),
        ("    duration: 5s\n    rest: -1\n", "negative"),
    ],
)
def test_step_length_rules(length: str, message: str) -> None:
    assert message in step_error(STEP + length).message


def test_rest_zero_is_fine() -> None:
    assert load(routine_text(steps=STEP + "    duration: 5s\n    rest: 0\n")).ok


def test_limits_on_steps_and_total_length() -> None:
    long_step = STEP + "    duration: 30m\n"
    problem = only_error(routine_text(steps=long_step * 4))  # 4 x 30 min x 2 hands = 4 h
    assert "at most 3 h" in problem.message.replace("180 min", "3 h")
    assert (problem.line, problem.column) == (4, 1)
    short_step = STEP + "    duration: 1s\n    hand: both\n"
    assert "at most 200" in only_error(routine_text(steps=short_step * 201)).message
    assert load(routine_text(steps=short_step * 200)).ok


def test_every_error_of_a_file_is_reported_in_order() -> None:
    text = routine_text(
        steps=STEP.replace("press", "presss") + "    duration: 0\n  - 5\n" + STEP + "    pace: 1\n"
    )
    problems = load(text).problems
    assert len(problems) == 4
    assert [p.line for p in problems] == sorted(p.line for p in problems)


# ----------------------------------------------------------- tags and YAML shapes


@pytest.mark.parametrize(
    "value",
    [
        "!!python/object/apply:os.system ['true']",
        "!!python/name:os.system",
        "!custom rub",
        "!!binary aGVsbG8=",
    ],
)
def test_non_standard_tags_are_rejected(value: str) -> None:
    problem = step_error(
        STEP.replace("technique: press", f"technique: {value}") + "    duration: 5s\n"
    )
    assert "tag" in problem.message and "not allowed" in problem.message
    assert (problem.line, problem.column) == (7, 16)


def test_tags_never_build_objects(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = VALID.replace(
        "title: Desk reset", f"title: !!python/object/apply:os.system ['touch {marker}']"
    )
    assert not load(text).ok
    assert not marker.exists()


def test_standard_explicit_tag_is_fine() -> None:
    assert load(routine_text(title="!!str 123")).ok


def test_aliases_and_anchors_are_rejected() -> None:
    text = VALID.replace("title: Desk reset", "title: &t Desk reset").replace(
        "  - title: Rub the palms together", "  - title: *t"
    )
    problem = only_error(text)
    assert "anchors and aliases" in problem.message and (problem.line, problem.column) == (2, 8)


def test_alias_bomb_is_rejected_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 12)]
    text = "\n".join(lines) + "\nhandtrainer: 1\ntitle: *a11\n"
    start = time.perf_counter()
    problem = only_error(text)
    assert time.perf_counter() - start < 2
    assert "anchors and aliases" in problem.message


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        "{a: " * 50_000 + "}" * 50_000,
        "x: '" + "]" * 500 + "'\ny: " + "[" * 100_000,  # closing brackets first must not hide depth
        "- " * 100_000 + "x\n",
        "-   " * 60_000 + "x\n",
        "? " * 100_000 + "x\n",
        "".join(" " * i + "- \n" for i in range(900)),
        "".join(" " * i + "a:\n" for i in range(900)),
    ],
    ids=[
        "flow-seq",
        "flow-map",
        "hidden-flow",
        "dashes",
        "spaced-dashes",
        "keys",
        "indented-seqs",
        "indented-maps",
    ],
)
def test_deep_nesting_is_rejected_without_crashing(text: str) -> None:
    start = time.perf_counter()
    result = load(text)
    assert time.perf_counter() - start < 5
    assert not result.ok
    assert any("levels deep" in p.message for p in result.problems), result.problems


def test_moderate_nesting_in_text_is_not_mistaken_for_depth() -> None:
    text = routine_text(title="'Press [gently] - - then [[rest]]'")
    assert load(text).ok


def test_syntax_errors_are_explained() -> None:
    problem = only_error(VALID.replace("summary: Two", "summary: Note: two"))
    assert (problem.line, problem.column) == (
        3,
        14,
    ) and "put the whole text in quotes" in problem.message
    problem = only_error(VALID.replace("    hand: both", "\thand: both"))
    assert "tab" in problem.message
    assert "more than one YAML document" in only_error(VALID + "---\n" + VALID).message
    problem = only_error("a: [1, 2\n")
    assert "a [list] is not closed" in problem.message and problem.line == 2


def test_empty_and_comment_only_files() -> None:
    assert "the file is empty" in only_error("").message
    assert "the file is empty" in only_error("# nothing\n").message


# -------------------------------------------------------------- hostile content


def test_binary_junk_and_nul_bytes() -> None:
    problem = only_error(b"handtrainer: 1\ntitle: x\x00y\n")  # type: ignore[arg-type]
    assert "NUL" in problem.message and (problem.line, problem.column) == (2, 9)
    assert "NUL" in only_error(os.urandom(2000) + b"\x00").message  # type: ignore[arg-type]


def test_invalid_utf8_points_at_the_byte() -> None:
    problem = only_error(b"handtrainer: 1\ntitle: caf\xe9\n")  # type: ignore[arg-type]
    assert "not valid UTF-8" in problem.message and (problem.line, problem.column) == (2, 11)
    assert "UTF-16" in only_error("x".encode("utf-16")).message  # type: ignore[arg-type]


def test_control_characters() -> None:
    problem = only_error("handtrainer: 1\ntitle: 'é\x07'\n")
    assert "control character" in problem.message and (problem.line, problem.column) == (2, 10)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_raise(data: bytes) -> None:
    result = load(data)
    assert result.ok or result.problems


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="-?:[]{}&*!|>'\"# \n\tabc1.", max_size=200))
def test_random_yaml_punctuation_never_raises(text: str) -> None:
    result = load(text)
    assert result.ok or result.problems


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=12),
        st.sampled_from(
            [
                "1:30",
                "0x1F",
                "0o17",
                "1_000",
                ".inf",
                "-.NaN",
                "yes",
                "No",
                "~",
                "null",
                "2020-01-01",
                "1e3",
                "+12",
                "=",
                "<<",
                "",
                "on",
                "OFF",
            ]
        ),
    )
)
def test_fast_tag_resolver_agrees_with_pyyaml(value: str) -> None:
    reference = yaml.SafeLoader("").resolve(yaml.ScalarNode, value, (True, False))
    fast = yamlnodes._Loader("")
    assert fast.resolve(yaml.ScalarNode, value, (True, False)) == reference
    assert fast.resolve(yaml.ScalarNode, value, (True, False)) == reference  # cached answer
    assert fast.resolve(yaml.ScalarNode, value, (False, True)) == "tag:yaml.org,2002:str"


def test_remembered_tags_stop_at_their_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each file's own id is a new plain word: past the limit it is resolved, not kept.
    monkeypatch.setattr(yamlnodes, "_PLAIN_TAGS", {})
    monkeypatch.setattr(yamlnodes, "_PLAIN_TAGS_MOST", 3)
    loader = yamlnodes._Loader("")
    words = ["client-1", "client-2", "12", "client-3", "true", "~"]
    answers = [loader.resolve(yaml.ScalarNode, w, (True, False)) for w in words]
    reference = yaml.SafeLoader("")
    assert answers == [reference.resolve(yaml.ScalarNode, w, (True, False)) for w in words]
    assert list(yamlnodes._PLAIN_TAGS) == ["client-1", "client-2", "12"]


def test_c_parser_is_used() -> None:
    if yaml.__with_libyaml__:
        assert issubclass(yamlnodes._Loader, yaml.CSafeLoader)


# ----------------------------------------------------------------- file system


def test_file_that_is_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "big.yaml", "# " + "x" * (600 * 1024) + "\n")
    problem = load_routine_file(path).problems[0]
    assert "too large" in problem.message and "512 KiB" in problem.message
    assert "too large" in only_error(b"#" * (513 * 1024)).message  # type: ignore[arg-type]


def test_file_size_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "big.yaml", "x" * (600 * 1024))
    monkeypatch.setattr(os, "read", lambda *a: pytest.fail("read a file over the limit"))
    assert "too large" in load_routine_file(path).problems[0].message


def test_read_never_takes_more_than_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "grown.yaml", "x" * 100)
    with pytest.raises(yamlnodes.Rejection, match="too large"):
        yamlnodes.read_file_bytes(path, limit=50)


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    outcome: list[LoadResult] = []
    worker = threading.Thread(target=lambda: outcome.append(load_routine_file(fifo)), daemon=True)
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive(), "loading a FIFO blocked"
    assert "named pipe" in outcome[0].problems[0].message


def test_fifo_swapped_in_after_stat_does_not_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    real_stat = os.stat
    regular = real_stat(write(tmp_path, "plain.yaml", "x"))
    monkeypatch.setattr(os, "stat", lambda p, *a, **k: regular if Path(p) == fifo else real_stat(p))
    outcome: list[LoadResult] = []
    worker = threading.Thread(target=lambda: outcome.append(load_routine_file(fifo)), daemon=True)
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive(), "opening a FIFO blocked"
    assert "named pipe" in outcome[0].problems[0].message


def test_folder_symlink_loop_and_missing_file(tmp_path: Path) -> None:
    assert "a folder" in load_routine_file(tmp_path).problems[0].message
    loop_a, loop_b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    loop_a.symlink_to(loop_b)
    loop_b.symlink_to(loop_a)
    assert "loop" in load_routine_file(loop_a).problems[0].message
    assert "does not exist" in load_routine_file(tmp_path / "none.yaml").problems[0].message
    dangling = tmp_path / "dangling.yaml"
    dangling.symlink_to(tmp_path / "gone.yaml")
    assert "does not exist" in load_routine_file(dangling).problems[0].message


def test_device_is_refused() -> None:
    if not Path("/dev/null").exists():
        pytest.skip("no /dev/null")
    assert "device" in load_routine_file(Path("/dev/null")).problems[0].message


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_permission_denied(tmp_path: Path) -> None:
    path = write(tmp_path, "locked.yaml", VALID)
    path.chmod(0)
    assert "permission denied" in load_routine_file(path).problems[0].message


def test_permission_denied_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "locked.yaml", VALID)

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "open", refuse)
    result = load_routine_file(path)
    assert result.routine is None
    assert str(result.problems[0]) == f"{path}:1:1: cannot read the file: permission denied"


def test_symlink_to_a_routine_loads(tmp_path: Path) -> None:
    target = write(tmp_path, "real.yaml", VALID)
    link = tmp_path / "linked.yaml"
    link.symlink_to(target)
    routine = load_routine_file(link).routine
    assert routine is not None and routine.id == "linked"


def test_a_plain_equals_sign_or_merge_key_is_not_called_a_tag_to_remove() -> None:
    # YAML gives a plain "=" and "<<" tags of its own: nobody wrote a tag to remove.
    equals = only_error(VALID.replace("tags:", "notes: =\ntags:"))
    assert "quote it" in equals.message and "tag" not in equals.message
    assert (equals.line, equals.column) == (VALID.split("\ntags:")[0].count("\n") + 2, 8)
    merge = only_error(VALID.replace("tags:", "<<: {notes: n}\ntags:"))
    assert merge.message.startswith("YAML merge keys (<<) are not allowed")
    quoted = load(VALID.replace("tags:", "notes: '='\ntags:"))
    assert quoted.ok and quoted.routine is not None and quoted.routine.notes == "="
    written = only_error(VALID.replace("tags:", "notes: !!value '='\ntags:"))
    assert "the YAML tag '!!value' is not allowed" in written.message
