"""Editing a routine's translations: beside the routine, step for step, undoable, saved in place."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from handtrainer.core.routine_document import RoutineDocument
from handtrainer.ui.editor.draft import RoutineDraft
from handtrainer.ui.editor.draft_state import check_state, state_from_routine

TEXT = """\
# yaml-language-server: $schema=routine.schema.json
handtrainer: 1
title: Two steps   # the English title
summary: A summary.
sources: [A leaflet.]
steps:
  - title: Press
    instruction: Press the centre.
    technique: press
    zones: [palm.center]
    duration: 20s
  - title: Rub
    instruction: Rub the palms.
    technique: rub
    hand: both
    duration: 30s
    notes: Keep it light.
translations:
  de:  # checked by Anna
    title: Zwei Schritte
    steps:
      - title: Drücken   # the German word
        instruction: Drücken Sie die Mitte.
      - {}
"""


def draft_of(qtbot: QtBot, tmp_path: Path) -> tuple[RoutineDraft, RoutineDocument]:
    path = tmp_path / "two.yaml"
    path.write_text(TEXT, encoding="utf-8")
    document = RoutineDocument.from_file(path)
    assert document.routine is not None and not document.read_only, document.read_only_reason
    return RoutineDraft(state_from_routine(document.routine), path, document=document), document


def test_a_translated_routine_opens_in_the_editor_as_itself(qtbot: QtBot, tmp_path: Path) -> None:
    draft, document = draft_of(qtbot, tmp_path)
    assert draft.result.ok and draft.routine() == document.routine
    assert draft.languages() == ["de"]
    assert draft.value(None, "tr.de.title") == "Zwei Schritte"
    assert draft.value(0, "tr.de.title") == "Drücken"
    assert draft.value(1, "tr.de.title") == ""


def test_translated_text_is_edited_with_undo_and_saved_in_place(
    qtbot: QtBot, tmp_path: Path
) -> None:
    draft, document = draft_of(qtbot, tmp_path)
    draft.set_value(1, "tr.de.title", "Reib")
    draft.set_value(1, "tr.de.title", "Reiben")  # typing merges into one undo step
    draft.set_value(1, "tr.de.notes", "Bleiben Sie sanft.")
    draft.set_value(None, "tr.de.sources.0", "Ein Merkblatt.")
    routine = draft.routine()
    assert routine is not None
    german = routine.translation("de")
    assert german is not None and german.steps is not None
    assert (german.steps[1].title, german.steps[1].notes) == ("Reiben", "Bleiben Sie sanft.")
    assert german.sources == ("Ein Merkblatt.",)
    text = document.render(routine)
    for kept in ("# the English title", "# checked by Anna", "# the German word"):
        assert kept in text
    assert "      - title: Reiben\n        notes: Bleiben Sie sanft.\n" in text
    reread = check_state(state_from_routine(routine), Path("two.yaml"))
    assert reread.routine == routine
    for _ in range(3):
        draft.undo_stack.undo()
    assert draft.value(1, "tr.de.title") == "" and draft.value(None, "tr.de.sources.0") == ""
    assert draft.routine() == document.routine


def test_translations_follow_the_steps(qtbot: QtBot, tmp_path: Path) -> None:
    draft, _document = draft_of(qtbot, tmp_path)
    draft.move_step(0, 1)
    assert draft.value(1, "tr.de.title") == "Drücken" and draft.result.ok
    draft.duplicate_step(1)
    assert draft.value(2, "tr.de.title") == "Drücken"
    draft.add_step()
    assert draft.value(3, "tr.de.title") == ""
    draft.remove_step(0)
    assert [draft.value(i, "tr.de.title") for i in range(draft.step_count())] == [
        "Drücken",
        "Drücken",
        "",
    ]
    routine_steps = len(draft.state["steps"])
    assert all(len(t["steps"]) == routine_steps for t in draft.state["translations"].values())


def test_a_language_is_added_and_its_problems_land_on_their_field(
    qtbot: QtBot, tmp_path: Path
) -> None:
    draft, _document = draft_of(qtbot, tmp_path)
    draft.add_language("fr")
    assert draft.languages() == ["de", "fr"] and draft.result.ok
    draft.set_value(None, "tr.fr.title", "x" * 201)
    assert draft.result.messages(None, "tr.fr.title") == [
        "'title' is too long (201 characters; at most 200)"
    ]
    draft.set_value(0, "tr.fr.instruction", "")
    draft.set_value(None, "tr.fr.title", "Deux étapes")
    routine = draft.routine()
    assert routine is not None and routine.translation("fr") is not None
    draft.undo_stack.undo()
    draft.undo_stack.undo()
    draft.undo_stack.undo()
    assert draft.languages() == ["de"]
    draft.remove_language("de")
    assert draft.languages() == [] and draft.routine() is not None
    assert draft.routine().translations == ()  # type: ignore[union-attr]


def test_a_new_routine_is_written_in_the_persons_language() -> None:
    from handtrainer.ui.editor.draft_state import blank_state

    assert blank_state("de")["language"] == "de"
    assert blank_state("en")["language"] == "" and blank_state()["language"] == ""
    state = blank_state("de")
    state["title"], state["summary"] = "Abendruhe", "Ruhig werden."
    state["steps"][0].update(title="Halten", instruction="Halten Sie.", technique="hold")
    result = check_state(state, Path("abend.yaml"))
    assert result.routine is not None and result.routine.language == "de"
