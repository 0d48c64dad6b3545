"""Words shown with an Alt letter, read without it."""

from __future__ import annotations

from handtrainer.ui.mnemonics import without_mnemonic


def test_the_alt_letter_mark_goes_and_a_doubled_one_is_a_plain_ampersand() -> None:
    assert without_mnemonic("&File") == "File"
    assert without_mnemonic("Save &as…") == "Save as…"
    assert without_mnemonic("Tips && tricks") == "Tips & tricks"
    assert without_mnemonic("&Rock && &roll") == "Rock & roll"
    assert without_mnemonic("No letter") == "No letter"
