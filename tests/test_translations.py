"""Every user-facing string is extractable, under a real context, kept in the .ts files,
and translated in every shipped language; the German catalogue reaches the window,
the core's wording, the voice and the command line."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from handtrainer.core import language, wording
from handtrainer.core.model import Side
from handtrainer.ui.translation import (
    install_translations,
    interface_locale,
    remove_translations,
)

REPO = Path(__file__).resolve().parents[1]
TS_DIR = REPO / "assets" / "translations"
TS_FILE = TS_DIR / "handtrainer.ts"
SHIPPED = sorted(TS_DIR.glob("handtrainer_*.ts"))
PLURAL_FORMS = {"de": 2}  # how many numerus forms each language has (Qt's rules)
sys.path.insert(0, str(REPO / "scripts"))

from vocabulary_strings import vocabulary_source  # noqa: E402

from tests.helpers.cli import run_cli  # noqa: E402
from tests.helpers.german import build_catalogue  # noqa: E402


def messages(ts: Path) -> set[tuple[str, str]]:
    """The (context, source text) pairs of a .ts file."""
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    lupdate = _tool("pyside6-lupdate")
    work = tmp_path_factory.mktemp("ts")
    vocabulary = work / "vocabulary.py"
    vocabulary.write_text(vocabulary_source(), encoding="utf-8")
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "handtrainer").rglob("*.py"))
    out = work / "handtrainer.ts"
    done = subprocess.run(
        [lupdate, "-locations", "none", "-no-obsolete", str(vocabulary), *sources, "-ts", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return messages(out)


@pytest.fixture(scope="module")
def catalogues() -> list[Path]:
    """The shipped .qm files, built from the .ts files as the package build does."""
    return [build_catalogue(ts) for ts in SHIPPED]


def test_the_ts_file_holds_every_string_of_the_code(extracted: set[tuple[str, str]]) -> None:
    missing = sorted(extracted - messages(TS_FILE))
    assert not missing, f"run scripts/update_translations.sh; new strings: {missing[:10]}"


def test_the_ts_file_holds_no_string_the_code_dropped(extracted: set[tuple[str, str]]) -> None:
    stale = sorted(messages(TS_FILE) - extracted)
    assert not stale, f"run scripts/update_translations.sh; gone from the code: {stale[:10]}"


def _written_calls() -> set[tuple[str, str]]:
    """Every (context, text) the code passes as literals to translate(), tr() or a NOOP."""
    found: set[tuple[str, str]] = set()

    def literal(node: ast.expr) -> str | None:
        return (
            node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None
        )

    def visit(node: ast.AST, owner: str) -> None:
        if isinstance(node, ast.ClassDef):
            owner = node.name
        if isinstance(node, ast.Call) and node.args:
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                context, text = literal(node.args[0]), literal(node.args[1])
                if context and text:
                    found.add((context, text))
            elif name == "tr" and (text := literal(node.args[0])):
                found.add((owner, text))
        for child in ast.iter_child_nodes(node):
            visit(child, owner)

    for path in (REPO / "handtrainer").rglob("*.py"):
        visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def test_lupdate_sees_every_string_the_code_translates(extracted: set[tuple[str, str]]) -> None:
    # lupdate reads no f-string and skips a call whose plural count is a call itself:
    # such a string would stay English in every language without anyone noticing.
    unseen = sorted(_written_calls() - extracted)
    assert not unseen, f"lupdate cannot see these (take them out of the f-string): {unseen[:8]}"


def test_every_string_has_a_real_context(extracted: set[tuple[str, str]]) -> None:
    assert all(context for context, _ in extracted), sorted(s for c, s in extracted if not c)
    assert len(extracted) > 700  # window, sheet, cues, companion, commands, zones, cautions


def test_german_ships() -> None:
    assert [ts.name for ts in SHIPPED] == ["handtrainer_de.ts"]
    assert set(language.LANGUAGES) == {"en", "de"}


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.stem)
def test_a_shipped_language_is_in_step_with_the_code(
    ts: Path, extracted: set[tuple[str, str]]
) -> None:
    missing = sorted(extracted - messages(ts))
    assert not missing, f"run scripts/update_translations.sh, then translate: {missing[:10]}"
    stale = sorted(messages(ts) - extracted)
    assert not stale, f"run scripts/update_translations.sh; gone from the code: {stale[:10]}"


_PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n|%[0-9]")


def _problems(ts: Path) -> list[str]:
    """Every message of ``ts`` that is not translated, or translated unsafely."""
    lang = ts.stem.split("_", 1)[1]
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{name}: {source!r}"
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where} is {translation.get('type')}")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if len(forms) != PLURAL_FORMS[lang]:
                    problems.append(f"{where} has {len(forms)} plural forms")
            else:
                forms = [translation.text or ""]
            wanted = sorted(_PLACEHOLDER.findall(source))
            for form in forms:
                if not form.strip():
                    problems.append(f"{where} is empty")
                elif sorted(_PLACEHOLDER.findall(form)) != wanted and "%n" not in source:
                    problems.append(f"{where}: placeholders differ in {form!r}")
                elif "%n" in source and "%n" not in form and message.get("numerus") != "yes":
                    problems.append(f"{where}: %n lost in {form!r}")
                elif re.search(r"&[^&\s]", source) and len(re.findall(r"&[^&\s]", form)) != 1:
                    problems.append(f"{where}: the shortcut (&) is missing in {form!r}")
    return problems


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.stem)
def test_every_string_is_translated_in_a_shipped_language(ts: Path) -> None:
    problems = _problems(ts)
    assert not problems, f"{len(problems)} to translate in {ts.name}: " + "; ".join(problems[:8])


def test_an_untranslated_string_fails_the_check(tmp_path: Path) -> None:
    ts = tmp_path / "handtrainer_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="de_DE"><context>'
        "<name>C</name><message><source>Start</source>"
        '<translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n day(s)</source><translation>'
        "<numerusform>%n Tag</numerusform></translation></message>"
        "<message><source>{n} of {total}</source><translation>{n} von</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    problems = _problems(ts)
    assert len(problems) == 3, problems


def test_the_core_wording_goes_through_the_installed_translator() -> None:
    seen: list[tuple[str, str]] = []

    def recording(context: str, text: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, text))
        return "»" + text

    wording.install_translator(recording)
    try:
        assert wording.side_name(Side.LEFT) == "»Left hand"
        assert wording.format_seconds(150) == "»2 min 30 s"
    finally:
        wording.install_translator(None)
    assert ("Wording", "Left hand") in seen
    assert ("Wording", "{minutes} min {seconds} s") in seen


def test_english_plurals_need_no_catalogue() -> None:
    assert wording.days(1) == "1 day"
    assert wording.days(3) == "3 days"
    assert wording.translate("Commands", "%n file(s) checked", None, 0) == "0 files checked"


def test_installing_the_translations_keeps_english_without_a_catalogue(qapp: object) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    loaded = install_translations(app, QLocale(QLocale.Language.English))
    try:
        assert wording.side_name(Side.RIGHT) == "Right hand"
        assert wording.format_seconds(45) == "45 s"
        assert wording.days(2) == "2 days"
        assert interface_locale().language() == QLocale.Language.English
    finally:
        remove_translations(app, loaded)


def test_the_german_catalogue_reaches_window_core_and_voice(
    qapp: object, catalogues: list[Path]
) -> None:
    from handtrainer.core.cautions import caution_text
    from handtrainer.core.zones import zone_name
    from handtrainer.ui.cues.voice import speech_locale

    app = QCoreApplication.instance()
    assert app is not None
    loaded = install_translations(app, QLocale("de_DE"))
    try:
        assert any(t.language() == "de_DE" for t in loaded)
        assert QCoreApplication.translate("PracticeView", "&Start") == "&Starten"
        assert wording.side_name(Side.LEFT) == "Linke Hand"
        assert wording.days(1) == "1 Tag"
        assert wording.days(3) == "3 Tage"
        assert zone_name("palm.thenar") == "Daumenballen"
        assert caution_text("stop-if-pain").startswith("Massage soll")
        assert speech_locale() == "de_DE"  # the voice speaks the interface's language
    finally:
        remove_translations(app, loaded)
    assert wording.side_name(Side.LEFT) == "Left hand"


def test_the_language_follows_the_preference_then_the_system() -> None:
    german = {"LANG": "de_DE.UTF-8"}
    assert language.interface_language("", german) == "de"
    assert language.interface_language("en", german) == "en"
    assert language.interface_language("de", {"LANG": "C"}) == "de"
    assert language.interface_language("", {"LANGUAGE": "fr:de", "LANG": "fr_FR"}) == "de"
    assert language.interface_language("", {"LC_ALL": "C", "LANG": "de_DE"}) == "en"
    assert language.interface_language("", {}) == "en"


_cli = run_cli


def test_the_command_line_speaks_german(catalogues: list[Path], tmp_path: Path) -> None:
    env_home = {"XDG_CONFIG_HOME": str(tmp_path)}
    os.environ.update(env_home)  # no saved preference chooses for the test
    try:
        shown = _cli("show", "desk-reset", lang="de_DE.UTF-8")
        asked = _cli("--language", "de", "validate", str(tmp_path / "missing.yaml"))
        english = _cli("--language", "en", "list", lang="de_DE.UTF-8")
        helped = _cli("--language=de", "--help")
    finally:
        for key in env_home:
            os.environ.pop(key)
    assert shown.returncode == 0, shown.stderr
    assert "Gesamtdauer" in shown.stdout and "Schritte:" in shown.stdout
    assert "keine solche Datei" in asked.stderr or "gibt es nicht" in asked.stderr, asked.stderr
    assert "Dateien geprüft" in asked.stdout or "Datei geprüft" in asked.stdout, asked.stdout
    assert english.returncode == 0 and "routines" in english.stdout
    assert "Übungsblatt" in helped.stdout or "Routine" in helped.stdout, helped.stdout
