"""Problem messages speak the reader's language: every one is built through the core's
translation hook, German has them all, and the file, line and column stay as they are."""

from __future__ import annotations

import ast
import math
import os
import re
import socket
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from handtrainer.core import cautions, loader, model, nodes, validate, yamlnodes, yamlnumbers, zones
from handtrainer.core.library import load_library, routine_file_names
from handtrainer.core.library_cache import LibraryCache
from handtrainer.core.loader import load_routine_text
from handtrainer.core.localize import translation_gaps
from handtrainer.core.problems import Problem, did_you_mean
from handtrainer.core.translations import STEP_TRANSLATION_FIELDS, TRANSLATION_FIELDS
from tests.helpers.german import GERMAN_TS, build_german_catalogue, german, hook, shouting
from tests.helpers.routine_samples import routine_text, write

CORE = Path(validate.__file__).parent
# Every module that words a problem, a rejection or a notice of the library.
MESSAGE_MODULES = (
    "validate",
    "step_checks",
    "nodes",
    "yamlnodes",
    "yamlnumbers",
    "loader",
    "translations",
    "problems",
    "library",
    "localize",
    "routine_document",
    "routine_writer",
)
HEAD = "handtrainer: 1\ntitle: T\nsummary: S\n"
STEP = "  - title: A\n    instruction: Do it.\n    technique: press\n    duration: 20s\n"
PATH = Path("/routines/broken.yaml")


@pytest.fixture(scope="module")
def qm() -> Path:
    return build_german_catalogue()


def problems_of(text: str | bytes) -> list[Problem]:
    return list(load_routine_text(text, PATH).problems)


# -- no message is built past the hook --------------------------------------------------

# Calls that take a message, and where it is: (positional index, keyword).
_MESSAGE_ARGS = {
    "error": (1, "message"),
    "warning": (1, "message"),
    "Problem": (3, "message"),
    "Rejection": (0, "message"),
    "NumberError": (0, None),
    "ValueError": (0, None),
    "RoutineLookupError": (0, "message"),
}
_WORDS = re.compile(r"[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}")


def _bare(node: ast.expr) -> bool:
    """True for a message made of words the hook never saw."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(re.search(r"[A-Za-z]{2,}", node.value))
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _bare(node.left) or _bare(node.right)
    if isinstance(node, ast.IfExp):
        return _bare(node.body) or _bare(node.orelse)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "join", "replace")
    ):
        return _bare(node.func.value)
    return False


def _call_name(node: ast.Call) -> str | None:
    return getattr(node.func, "id", None) or getattr(node.func, "attr", None)


def _unhooked(source: str) -> list[str]:
    """Where ``source`` words a message without ``translate``: line and code."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = _call_name(node)
            message: ast.expr | None = None
            if name in _MESSAGE_ARGS:
                index, keyword = _MESSAGE_ARGS[name]
                if len(node.args) > index:
                    message = node.args[index]
                message = next((k.value for k in node.keywords if k.arg == keyword), message)
            elif name == "append" and getattr(node.func.value, "id", "") in ("notices", "errors"):  # type: ignore[attr-defined]
                message = node.args[0]
            if message is not None and _bare(message):
                found.append(f"{node.lineno}: {ast.unparse(node)[:90]}")
        elif isinstance(node, ast.JoinedStr):
            # An f-string with words in it is a sentence: it belongs in a translate() call.
            literal = "".join(
                v.value
                for v in node.values
                if isinstance(v, ast.Constant) and isinstance(v.value, str)
            )
            if _WORDS.search(literal):
                found.append(f"{node.lineno}: {ast.unparse(node)[:90]}")
    return found


@pytest.mark.timeout(60)
@pytest.mark.parametrize("module", MESSAGE_MODULES)
def test_no_message_in_the_core_is_worded_past_the_hook(module: str) -> None:
    source = (CORE / f"{module}.py").read_text(encoding="utf-8")
    assert _unhooked(source) == [], f"core/{module}.py words these without translate()"


@pytest.mark.timeout(30)
def test_the_scan_catches_a_bare_message() -> None:
    bad = (
        "def f(self, node, where, exc):\n"
        "    self.error(node, f'{where} has no title')\n"
        "    self.warning(node, 'listed twice')\n"
        "    raise Rejection('the file is empty' + where)\n"
        "    notices.append('the folder {f} does not exist'.format(f=where))\n"
        "    raise ValueError(f'{where} is not a number')\n"
        "    text = f'{where} is too long'\n"
    )
    good = (
        "def f(self, node, where, message):\n"
        "    self.error(node, translate('Problems', '{w} has no title').format(w=where))\n"
        "    self.warning(node, message)\n"
        "    text = f'{where}:{node}: {message}'\n"
    )
    assert {int(found.split(":")[0]) for found in _unhooked(bad)} == {2, 3, 4, 5, 6, 7}
    assert _unhooked(good) == []


# -- every message comes through the hook: a sample that reaches them all ---------------

STEP_OF = "  - {{title: A, instruction: B, technique: press, {}}}\n"
LENGTHS = (
    "duration: 1s, repeat: 2",
    "repeat: 2",
    "repeat: 600, pace: 0.2s",
    "repeat: 0, pace: 2s",
    "repeat: 100, pace: 50s",
    "duration: 0",
    "duration: -5",
    "duration: .inf",
    "duration: 45m",
    "duration: soon",
    "duration: [1]",
    "duration: yes",
    "duration: 0.3",
    "duration: 20s, rest: 11m",
    "repeat: 1x, pace: 2s",
    "repeat: !!int 12ab, pace: 2s",
    "repeat: 1234567890123456789012, pace: 2s",
    "repeat: 1:2:3:4:5, pace: 2s",
    "repeat: 2, pace: !!float abc",
)
BROKEN: dict[str, str | bytes] = {
    "empty": "",
    "not a mapping": "- a\n- b\n",
    "no version, no title": "summary: S\nsteps:\n" + STEP,
    "future version": "handtrainer: 9\ntitle: T\nsummary: S\nsteps:\n" + STEP,
    "old version": "handtrainer: 0\ntitle: T\nsummary: S\nsteps:\n" + STEP,
    "bad id": HEAD + "id: Bad_Id\nsteps:\n" + STEP,
    "fields": HEAD + "titel: x\ntitle: again\ninstruction: x\n!!str 3: x\n[a]: b\nsteps:\n" + STEP,
    "tag": HEAD + "notes: !custom x\nsteps:\n" + STEP,
    "special words": HEAD + "notes: =\n<<: {tags: [a]}\nsteps:\n" + STEP,
    "texts": HEAD + "notes: [a]\nsources: [3, '', null]\ntags: a\nsteps:\n" + STEP,
    "kinds": "handtrainer: 1\ntitle: 2020-01-01\nsummary:\nnotes: {a: b}\nsteps:\n" + STEP,
    "long title": "handtrainer: 1\ntitle: " + "x" * 300 + "\nsummary: S\nsteps:\n" + STEP,
    "many tags": HEAD + "tags: [" + ", ".join(["t"] * 101) + "]\nsteps:\n" + STEP,
    "choices": HEAD + "audience: friend\norder: [x]\nmap:\nsteps:\n" + STEP,
    "cautions": HEAD + "cautions: [pregnancy, injuries, injuries, not-one]\nsteps:\n" + STEP,
    "plan": HEAD + "plan: [x]\nsteps:\n" + STEP,
    "plan fields": HEAD
    + "plan:\n  times_per_week: 80\n  days: [monday, monday, mondy]\n  when: x\nsteps:\n"
    + STEP,
    "plan too few": HEAD + "plan:\n  times_per_week: 0\nsteps:\n" + STEP,
    "no steps": HEAD,
    "steps empty value": HEAD + "steps:\n",
    "steps not a list": HEAD + "steps: x\n",
    "steps empty": HEAD + "steps: []\n",
    "too many steps": HEAD + "steps:\n" + "  - x\n" * 201,
    "step not a mapping": HEAD + "steps:\n  - x\n",
    "step fields": HEAD
    + "steps:\n  - summary: x\n    technique: presss\n    view: sole\n    zones: x\n",
    "step lengths": HEAD
    + "steps:\n"
    + "".join(STEP_OF.format(length) for length in LENGTHS)
    + "  - {title: A, instruction: B, technique: press}\n"
    + "  - {title: A, instruction: B, duration: 20s, rotation: clockwise}\n"
    + "  - {title: A, instruction: B, technique: press, duration: 20s, rotation: clockwise}\n",
    "zones": HEAD
    + "steps:\n  - title: A\n    instruction: B\n    technique: rub\n    duration: 20s\n"
    + "    zones: [palm.centre, toe.big, back.knuckles, palm.center, palm.center]\n"
    + "    path: [palm.center]\n",
    "views": "handtrainer: 1\ntitle: T\nsummary: S\nmap: foot\nsteps:\n"
    + STEP_OF.format("duration: 20s, view: palm"),
    "too long routine": HEAD + "steps:\n" + STEP_OF.format("duration: 30m") * 7,
    "too many problems": HEAD + "".join(f"typo{i}: x\n" for i in range(150)) + "steps:\n" + STEP,
    "language": HEAD + "language: no\nsteps:\n" + STEP,
    "language codes": HEAD + "language: pt_br\ntranslations: x\nsteps:\n" + STEP,
    "translations": HEAD
    + "sources: [a]\ncautions: [Mine.]\nsteps:\n"
    + STEP
    + "translations:\n  en: {title: T}\n  fr: {title: T}\n  fr: {title: U}\n  '': x\n  [1]: x\n"
    + "  de: x\n  es:\n    zones: x\n    sources: [a, b]\n    cautions: [a, b]\n    steps: x\n"
    + "  it:\n    steps: [x, {technique: press, notes: N}, y]\n"
    + "  nl:\n    steps: [x]\n"
    + "  pt:\n    steps: [{notes: N}]\n",
    "yaml words": "handtrainer: 1\ntitle: a: b\n",
    "yaml colon": "handtrainer: 1\ntitle\nsummary: S\n",
    "yaml quote": 'handtrainer: 1\ntitle: "T\n',
    "yaml list": "handtrainer: 1\ntags: [a, b\n",
    "yaml map": "handtrainer: 1\nplan: {a: b\n",
    "yaml key": "handtrainer: 1\ntitle: 'T' x\n",
    "yaml indicator": "- a\nb: c\n",
    "yaml missing value": "a: ]\n",
    "yaml token": "title: @x\n",
    "yaml escape": 'title: "a\\q"\n',
    "yaml tab": "title: a\n\tsummary: b\n",
    "yaml tab token": "a:\n\t- x\n",
    "yaml documents": "title: a\n---\ntitle: b\n",
    "yaml anchor": "a: &x 1\nb: *x\n",
    "yaml deep": "a: " + "[" * 40 + "]" * 40 + "\n",
    "control": "title: a\x07\n",
    "nul": "title: a\0\n",
    "surrogate": "title: a\ud800\n",
    "utf-16": b"\xff\xfet\x00",
    "not utf-8": b"title: \xff\n",
    "too big": b"#" * (600 * 1024),
}
# The parser's own words, shown as it wrote them (a search finds them), with its context.
PARSER_WORDS = {
    "yaml parser": (
        'title: "\\x"\n',
        "did not find expected hexdecimal number while parsing a quoted scalar",
    ),
    "yaml parser, no context": ("{a: b}}\n", "did not find expected document start"),
}
# Never made by a file a test can make here: a block device, what no kind names, and
# "too few" / "too small" (the least whole number is 1, and 0 is "must be more than 0").
UNREACHED = {
    "a block device",
    "not a regular file",
    "'{field}' is too few ({value}); at least {low}",
    "'{field}' is too small ({value}); at least {low}",
}

# Words a message may show as they are: the file's own, the format's names and values.
_DATA_WORDS: set[str] = set()
for _names in (
    validate.ROUTINE_FIELDS,
    validate.STEP_FIELDS,
    validate.PLAN_FIELDS,
    TRANSLATION_FIELDS,
    STEP_TRANSLATION_FIELDS,
    tuple(zones.ZONES),
    tuple(cautions.CAUTIONS),
    *(tuple(m.value for m in kind) for kind in (
        model.Technique, model.Hand, model.View, model.Pressure, model.Rotation,
        model.Audience, model.Order, model.BodyMap, model.Weekday,
    )),
):  # fmt: skip
    for _name in _names:
        _DATA_WORDS.update(re.findall(r"[a-z]+", _name))


def _left_in_english(message: str, data: str | bytes) -> list[str]:
    """The small-letter words of ``message`` that neither the hook nor the data gave."""
    own = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    allowed = _DATA_WORDS | set(re.findall(r"[a-z]+", own)) | set(re.findall(r"[a-z]+", str(PATH)))
    return [w for w in re.findall(r"(?<![A-Za-z0-9])[a-z]{2,}", message) if w not in allowed]


def _rejection(path: Path | str) -> str:
    try:
        yamlnodes.read_file_bytes(Path(path))
    except yamlnodes.Rejection as rejection:
        return rejection.message
    raise AssertionError(f"{path} was read")


def _not_files(tmp_path: Path) -> list[tuple[str, str]]:
    """What reading gives for paths that are no routine file, each with the data it shows."""
    pipe, sock, loop = tmp_path / "pipe", tmp_path / "sock", tmp_path / "loop.yaml"
    os.mkfifo(pipe)
    loop.symlink_to(loop)
    found = [(_rejection(p), "") for p in (tmp_path, pipe, "/dev/null", tmp_path / "no", loop)]
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(sock))
        found.append((_rejection(sock), ""))
    for error in (PermissionError(13, "Permission denied"), OSError(5, "Input/output error")):
        found.append((yamlnodes._os_rejection(error).message, "input output error"))
    return found


def _beyond_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Messages no routine text gives: lengths from the editor, faults, partial
    translations, the library's notices. Each with the data it may show."""
    found: list[tuple[str, str]] = []
    for value in (True, object(), math.inf, -1.0):
        with pytest.raises(ValueError) as caught:
            nodes.parse_duration(value)
        found.append((str(caught.value), ""))
    found.append((loader._unexpected(RuntimeError("x")).message, ""))
    bad_name = load_routine_text(HEAD + "steps:\n" + STEP, Path("/routines/Bad Name.yaml"))
    found += [(p.message, "bad name") for p in bad_name.problems]
    with monkeypatch.context() as patch:
        patch.setattr(loader, "compose_text", lambda *a: (_ for _ in ()).throw(RecursionError()))
        found += [(p.message, "") for p in problems_of(HEAD)]
    many = HEAD + "notes: N\nsteps:\n" + (STEP + "    notes: N\n") * 5
    for text in (
        many + "translations:\n  de: {title: T, steps: [{}, {}, {}, {}, {}]}\n",
        TRANSLATED_DE,
    ):
        routine = load_routine_text(text, PATH).routine
        assert routine is not None
        found += [(str(p), "de en") for p in translation_gaps(routine, PATH)]
    errors: list[str] = []
    routine_file_names(tmp_path / "nowhere", errors)
    found += [(e, f"{tmp_path} nowhere no such file or directory") for e in errors]
    bundled, user, extra = tmp_path / "bundled", tmp_path / "user", tmp_path / "extra"
    write(bundled, "one.yaml", routine_text("one"))
    write(bundled, "two.yaml", routine_text("two"))
    write(user, "a.yaml", routine_text("same"))
    write(user, "b.yaml", routine_text("same"))
    write(user, "c.yaml", routine_text("one"))
    write(extra, "d.yaml", routine_text("two"))
    data = f"{tmp_path} bundled user extra same one two nowhere a b c d file not a directory"
    for bundled_dir, user_dir in ((bundled, user), (tmp_path / "nowhere", tmp_path / "nowhere")):
        library = load_library(
            [extra, tmp_path / "nowhere"], bundled_dir=bundled_dir, user_dir=user_dir, environ={}
        )
        found += [(m, data) for m in library.notices]
        found += [(p.message, data) for f in library.failures for p in f.problems]
    found += _editor_notes()
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "file"))  # the user's folder cannot be
    found += [(m, data) for m in load_library(bundled_dir=bundled, environ={}).notices]
    return found


def _editor_notes() -> list[tuple[str, str]]:
    """Why the editor opens a file read-only, and why it would not save one."""
    from handtrainer.core.routine_document import RoutineDocument
    from handtrainer.core.routine_writer import RoutineWriteError, check_reads_back

    step = "  - title: A\n    instruction: B\n    technique: press\n    duration: 20s\n"
    texts = {
        "errors": HEAD + "steps:\n" + step + "    colour: red\n",
        "warning": HEAD + "steps:\n" + step + "    zones: [palm.center, palm.center]\n",
        "comment": HEAD + "steps:\n" + step + "    zones: [palm.center,  # the centre\n"
        "      palm.thenar]\n",
    }
    found = []
    for name, text in texts.items():
        reason = RoutineDocument(text, PATH).read_only_reason
        assert reason is not None, name
        found.append((reason, "colour red the centre"))
    routine = load_routine_text(HEAD + "steps:\n" + step, PATH).routine
    assert routine is not None
    for text in (texts["errors"], HEAD.replace("T", "Other") + "steps:\n" + step):
        with pytest.raises(RoutineWriteError) as caught:
            check_reads_back(text, routine, PATH)
        found.append((str(caught.value), "colour red"))
    return found


@pytest.mark.timeout(60)
def test_every_problem_message_comes_through_the_hook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reached: set[str] = set()

    def recording(context: str, text: str, disambiguation: str | None, n: int) -> str:
        if context == "Problems":
            reached.add(text)
        return shouting(context, text, disambiguation, n)

    with hook(recording):
        for name, text in BROKEN.items():
            found = problems_of(text)
            assert found, f"{name}: no problem found"
            for problem in found:
                left = _left_in_english(str(problem), text)
                assert not left, f"{name}: {problem.message!r} keeps {left} in English"
        for name, (text, words) in PARSER_WORDS.items():
            for problem in problems_of(text):
                left = _left_in_english(problem.message, f"{text} {words}")
                assert not left, f"{name}: {problem.message!r} keeps {left} in English"
        made = _not_files(tmp_path) + _beyond_files(tmp_path, monkeypatch)
        for message, data in made:
            assert not _left_in_english(message, data), message
    # Every message of the catalogue was made (and checked) above: a new one needs a sample.
    root = ET.parse(GERMAN_TS).getroot()
    catalogue = {
        message.findtext("source") or ""
        for context in root.iter("context")
        if context.findtext("name") == "Problems"
        for message in context.iter("message")
    }
    unreached = sorted(catalogue - reached - UNREACHED)
    assert not unreached, "no sample makes these: " + " | ".join(unreached)
    assert catalogue >= UNREACHED


# -- German with the hook, English without, from each module ---------------------------

TRANSLATED_DE = (
    HEAD
    + "steps:\n"
    + STEP
    + "translations:\n  de:\n    title: Titel\n    summary: Zus.\n    steps: [{title: A}]\n"
)


def _gap() -> str:
    result = load_routine_text(TRANSLATED_DE, PATH)
    assert result.routine is not None
    return translation_gaps(result.routine, PATH)[0].message


def _raised(call: Callable[[], object]) -> Callable[[], str]:
    def message() -> str:
        with pytest.raises(ValueError) as caught:
            call()
        return str(caught.value)

    return message


def _first(text: str | bytes) -> Callable[[], str]:
    return lambda: str(problems_of(text)[0])


SAMPLES = {
    "validate": (
        _first(HEAD + "steps:\n" + STEP + "    colour: red\n"),
        "/routines/broken.yaml:9:5: unknown field 'colour' in step 1",
        "/routines/broken.yaml:9:5: Schritt 1: unbekanntes Feld „colour“",
    ),
    "validate (plural)": (
        _first(HEAD + "steps:\n" + "  - x\n" * 201),
        "/routines/broken.yaml:5:3: the routine has 201 steps; at most 200",
        "/routines/broken.yaml:5:3: die Routine hat 201 Schritte; höchstens 200",
    ),
    "nodes": (
        _raised(lambda: nodes.parse_duration("soon")),
        "'soon' is not a length of time; write e.g. 30s, 1m or 1m30s",
        "„soon“ ist keine Dauer; schreiben Sie z. B. 30s, 1m oder 1m30s",
    ),
    "nodes (decimal point)": (
        _first(HEAD + "steps:\n  - {title: A, instruction: B, technique: press, duration: 0.5}\n"),
        "/routines/broken.yaml:5:60: 'duration' is too short (0.5 s); at least 1 s",
        "/routines/broken.yaml:5:60: „duration“ ist zu kurz (0,5 s); mindestens 1 s",
    ),
    "yamlnodes": (
        _first("title: a\n\tsummary: b\n"),
        "/routines/broken.yaml:2:1: tab characters cannot indent YAML; indent with spaces",
        "/routines/broken.yaml:2:1: Tabulatorzeichen können YAML nicht einrücken; "
        "rücken Sie mit Leerzeichen ein",
    ),
    "yamlnumbers": (
        _raised(lambda: yamlnumbers.read_int("12ab")),
        "'12ab' is not a whole number",
        "„12ab“ ist keine ganze Zahl",
    ),
    "loader": (
        _first("title: a\0\n"),
        "/routines/broken.yaml:1:1: the file contains NUL bytes: it looks like a binary file, "
        "not a routine",
        "/routines/broken.yaml:1:1: die Datei enthält NUL-Bytes: sie sieht nach einer "
        "Binärdatei aus, nicht nach einer Routine",
    ),
    "translations": (
        _first(HEAD + "steps:\n" + STEP + "translations:\n  de: x\n"),
        "/routines/broken.yaml:10:7: the 'de' translation must be a set of fields "
        "(title:, summary:, steps: ...), not text",
        "/routines/broken.yaml:10:7: Übersetzung „de“: erwartet wird eine Gruppe von Feldern "
        "(title:, summary:, steps: ...), nicht Text",
    ),
    "localize": (
        _gap,
        "the 'de' translation is partial: step 1 instruction is shown in "
        "the routine's own language ('en')",
        "die Übersetzung „de“ ist unvollständig: Schritt 1 instruction "
        "wird in der eigenen Sprache der Routine gezeigt („en“)",
    ),
    "problems": (
        lambda: str(Problem(PATH, 3, 4, "x", "warning")) + did_you_mean("pres", ["press"]),
        "/routines/broken.yaml:3:4: warning: x (did you mean 'press'?)",
        "/routines/broken.yaml:3:4: Warnung: x (meinten Sie „press“?)",
    ),
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("sample", SAMPLES, ids=str)
def test_a_message_of_each_module_is_german_with_the_hook_and_english_without(
    sample: str, qm: Path
) -> None:
    make, english, deutsch = SAMPLES[sample]
    with hook(None):
        assert make() == english
    with german(qm):
        assert make() == deutsch
    with hook(None):
        assert make() == english  # nothing remembered from the German


@pytest.mark.timeout(60)
def test_the_library_speaks_german_too(tmp_path: Path, qm: Path) -> None:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    write(bundled, "one.yaml", routine_text("one"))
    write(user, "mine.yaml", routine_text("one"))
    with german(qm):
        library = load_library(bundled_dir=bundled, user_dir=user, environ={})
    assert library.notices == (
        f"Ihre Routine {user / 'mine.yaml'} ersetzt die mitgelieferte Routine „one“ "
        f"({bundled / 'one.yaml'})",
    )


@pytest.mark.timeout(60)
def test_a_broken_file_in_german_keeps_its_file_line_and_column(tmp_path: Path, qm: Path) -> None:
    text = (
        HEAD + "steps:\n  - title: A\n    instruction: B\n    technique: pres\n    duration: 2s\n"
    )
    with hook(None):
        english = problems_of(text)
    with german(qm):
        deutsch = problems_of(text)
    assert [(p.path, p.line, p.column) for p in deutsch] == [(PATH, 7, 16)]
    assert [(p.path, p.line, p.column) for p in english] == [(PATH, 7, 16)]
    assert str(deutsch[0]).startswith(
        "/routines/broken.yaml:7:16: technique „pres“ ist nicht bekannt"
    )
    assert "(meinten Sie „press“?)" in deutsch[0].message
    assert str(english[0]).startswith("/routines/broken.yaml:7:16: technique 'pres' is not known")


@pytest.mark.timeout(60)
def test_problems_read_from_the_cache_follow_the_language(tmp_path: Path, qm: Path) -> None:
    bundled = tmp_path / "bundled"
    write(bundled, "broken.yaml", HEAD + "steps:\n" + STEP + "    colour: red\n")
    cache_file = tmp_path / "library.cache"
    settled = (bundled / "broken.yaml").stat().st_ctime_ns + 3600 * 10**9

    def failure() -> str:
        cache = LibraryCache(cache_file, now_ns=lambda: settled)
        library = load_library(bundled_dir=bundled, include_user=False, environ={}, cache=cache)
        return library.failures[0].problems[0].message

    with hook(None):
        assert failure() == "unknown field 'colour' in step 1"
        assert cache_file.is_file()
    with german(qm):
        assert failure() == "Schritt 1: unbekanntes Feld „colour“"
    with hook(None):
        assert failure() == "unknown field 'colour' in step 1"
