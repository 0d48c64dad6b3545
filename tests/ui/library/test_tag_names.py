"""Tags are shown in the reader's language: the bundled vocabulary is translated, a tag
of a person's own file is shown as written, and the filter still filters by the tag."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handtrainer.core import wording
from handtrainer.core.library import load_library
from handtrainer.core.resources import bundled_routines_dir
from handtrainer.ui.library.library_model import LibraryModel, LibrarySources
from handtrainer.ui.library.picker import RoutinePicker
from tests.helpers.german import german_interface
from tests.helpers.routine_samples import routine_text, write


def test_every_bundled_tag_is_in_the_vocabulary() -> None:
    library = load_library([bundled_routines_dir()], include_user=False)
    used = {tag for routine in library.routines for tag in routine.tags}
    assert used, "the bundled routines have tags"
    assert used - wording.KNOWN_TAGS == set()  # a new tag needs its entry (and German)


def _picker(qtbot: QtBot, folder: Path) -> RoutinePicker:
    bundled = folder / "bundled"
    text = routine_text("calm").replace("summary:", "tags: [gentle, my-own-tag]\nsummary:")
    write(bundled, "calm.yaml", text)
    model = LibraryModel(language="de")
    picker = RoutinePicker(model)
    qtbot.addWidget(picker)
    sources = LibrarySources(bundled_dir=bundled, include_user=False, environ={}, cache_file=None)
    with qtbot.waitSignal(model.loadingChanged, timeout=10_000, check_params_cb=lambda b: not b):
        model.load(sources, watch=False)
    return picker


@pytest.mark.timeout(60)
def test_a_german_reader_sees_german_tags_and_filters_by_them(qtbot: QtBot, tmp_path: Path) -> None:
    with german_interface():
        picker = _picker(qtbot, tmp_path)
        shown = [picker.tag.itemText(i) for i in range(1, picker.tag.count())]
        assert shown == ["my-own-tag", "sanft"]  # sorted as shown; one's own tag as written
        picker.tag.setCurrentIndex(shown.index("sanft") + 1)
        assert picker.tag.currentData() == "gentle"
        assert picker.view.model().rowCount() == 1  # the filter still matches the tag
        routine = picker.library_model.library().routines[0]
        details = picker._details(routine)  # what the row's second line shows
        assert "sanft" in details and "gentle" not in details
        picker.tag.setCurrentIndex(0)
        for word in ("sanft", "gentle"):  # found by the tag in either language
            picker.search.setText(word)
            assert picker.view.model().rowCount() == 1, word
        picker.search.setText("behutsam")
        assert picker.view.model().rowCount() == 0
    english = _picker(qtbot, tmp_path / "en")
    assert [english.tag.itemText(i) for i in range(1, english.tag.count())] == [
        "gentle",
        "my-own-tag",
    ]
