"""Build hook: compile the interface translations (``.ts``) into ``.qm`` catalogues.

Runs for the wheel, the sdist's wheel and ``pip install -e .`` alike, with the
``lrelease`` that ships in PySide6 (a build requirement), so no ``.qm`` is ever
committed: they are built next to their ``.ts`` in ``assets/translations`` (the
place a checkout reads them from) and put into the wheel beside the other assets.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> str:
    """The ``lrelease`` program of the PySide6 in this environment, or one on the PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        for name in ("lrelease", "lrelease.exe"):
            candidate = Path(spec.origin).parent / name
            if candidate.is_file():
                return str(candidate)
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError("lrelease not found: install PySide6 (it ships lrelease) to build")


def build_catalogues(folder: Path) -> list[Path]:
    """Compile every ``handtrainer_LANG.ts`` in ``folder``; returns the ``.qm`` files."""
    tool = lrelease()
    built = []
    for ts in sorted(folder.glob("handtrainer_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
        built.append(qm)
    return built


class TranslationsHook(BuildHookInterface):  # type: ignore[misc]
    """Compiles the translations before the files are collected."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # The wheel's force-include of assets/ takes the .qm files along.
        build_catalogues(Path(self.root) / "assets" / "translations")
