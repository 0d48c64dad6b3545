"""The one place where the Qt application is created and wired together."""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace) -> int:
    """Open the trainer window (placeholder until the trainer window lands)."""
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    label = QLabel("Hand Trainer")
    label.setWindowTitle("Hand Trainer")
    label.resize(640, 480)
    label.show()
    return int(app.exec())


def main() -> int:
    """Entry point for the GUI launcher."""
    from handtrainer.cli import build_window_parser

    return run(build_window_parser().parse_args(sys.argv[1:]))
