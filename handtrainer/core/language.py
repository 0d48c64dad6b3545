"""Which language the interface speaks: the preference, else the system's locale.

Pure Python, so the commands can choose (and stay English without loading Qt)
the same way the window does. The catalogues are ``handtrainer_LANG.qm`` in
``assets/translations``, built from the ``.ts`` files when the package is built.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from handtrainer.core.resources import assets_dir

SOURCE_LANGUAGE = "en"
"""The language the program is written in (plurals are written ``%n routine(s)``)."""

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
"""The interface languages that ship, each named in its own language."""

_requested: str = ""


def request(language: str) -> None:
    """Use ``language`` over the preference and the system (``--language`` on the command line)."""
    global _requested
    _requested = language.strip()


def asked_for(preference: str = "") -> str:
    """The language asked for by name (``--language``, else the preference), or empty."""
    return _requested or preference.strip()


def translations_dir() -> Path:
    """Where the interface catalogues (``.ts`` sources and built ``.qm``) are kept."""
    return assets_dir() / "translations"


def catalogue(language: str) -> Path:
    """The built catalogue of ``language`` (it may not exist)."""
    return translations_dir() / f"handtrainer_{language}.qm"


def _base(code: str) -> str:
    """``de`` from ``de_DE.UTF-8``, ``de-AT`` or ``de``; empty for ``C`` and ``POSIX``."""
    code = code.split(".")[0].split("@")[0].replace("-", "_")
    base = code.split("_")[0].lower()
    return "" if base in ("c", "posix") else base


def system_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The languages the environment asks for, in order (as gettext reads them)."""
    env = os.environ if environ is None else environ
    if env.get("LC_ALL"):
        wanted = [env["LC_ALL"]]
    else:
        wanted = [
            *env.get("LANGUAGE", "").split(":"),
            env.get("LC_MESSAGES", ""),
            env.get("LANG", ""),
        ]
    return [base for base in (_base(w) for w in wanted if w) if base]


def interface_language(preference: str = "", environ: Mapping[str, str] | None = None) -> str:
    """The shipped language to use: the requested one, the preference, else the system's.

    A language that does not ship falls through to the next; English is the last.
    """
    for wanted in (_requested, preference, *system_languages(environ)):
        base = _base(wanted) if wanted else ""
        if base in LANGUAGES:
            return base
    return SOURCE_LANGUAGE
