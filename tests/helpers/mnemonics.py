"""The Alt letters a screen shows at once, and the clashes among them, as the menu and
picker tests find them: a letter (``&x``) used twice, or one the menu bar has, never
reaches the menu or the second control (Alt+F cycled the focus through the fields
instead of opening the File menu)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget

MNEMONIC = re.compile(r"&([^&\s])")


def menu_letters(bar: QMenuBar) -> dict[str, str]:
    """The menu bar's Alt letters, each with the menu that has it."""
    return {
        letter.lower(): f"menu {action.text()!r}"
        for action in bar.actions()
        if action.isVisible()
        for letter in MNEMONIC.findall(action.text())
    }


def shown_texts(root: QWidget) -> list[str]:
    """The texts shown under ``root`` whose ``&`` makes an Alt letter: buttons (a tool
    button shows its action's words without it), labels of a field, group boxes, tabs."""
    texts: list[str] = []
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root):
            texts.append(button.text())
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root) and label.buddy() is not None:
            texts.append(label.text())
    for box in root.findChildren(QGroupBox):
        if box.isVisibleTo(root):
            texts.append(box.title())
    for bar in root.findChildren(QTabBar):
        if bar.isVisibleTo(root):
            texts += [bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i)]
    return texts


def clashes(texts: Iterable[str], taken: dict[str, str] | None = None) -> list[str]:
    """Each Alt letter of ``texts`` used a second time (two controls of the same words
    too), or one already ``taken``."""
    owners = dict(taken or {})
    problems = []
    for text in texts:
        for letter in MNEMONIC.findall(text):
            key = letter.lower()
            if key in owners:
                problems.append(f"{text!r} and {owners[key]} share Alt+{letter}")
            else:
                owners[key] = repr(text)
    return problems
