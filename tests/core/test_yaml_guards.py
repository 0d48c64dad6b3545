"""The quick scans in front of the nesting and line-break guards never miss what they guard."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from handtrainer.core import yamlnodes
from handtrainer.core.textpos import YAML_ONLY_BREAKS, EditorPositions

# Texts made of what the guards look at, and a little of everything else.
_PIECES = st.sampled_from(
    ["-", "?", ":", " ", "\t", "\n", "\r", *YAML_ONLY_BREAKS, " " * 47, " " * 48, "a", "é", "x: "]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


def _regexes_say(text: str) -> bool:
    return (
        yamlnodes._DEEP_INDENT.search(text) is not None
        or yamlnodes._COMPACT_CHAIN.search(text) is not None
    )


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_the_quick_scans_agree_with_the_regexes(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    assert yamlnodes._nests_deeply(text, data) == _regexes_say(text)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_line_ends_only_yaml_knows_are_found(text: str) -> None:
    assert EditorPositions(text).recount == any(c in text for c in YAML_ONLY_BREAKS)


def test_a_chain_with_many_blanks_and_tabs_is_seen() -> None:
    text = "x:\n-\t  \t? \t :\t\n"
    assert yamlnodes._nests_deeply(text, text.encode())
