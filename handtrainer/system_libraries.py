"""Say in one sentence which system package is missing when Qt cannot start.

On a minimal Linux machine the wheel's Qt finds its Python parts but not every system
library it links to: importing QtGui ends in an ImportError naming a ``.so`` file, and
the xcb platform plugin aborts the process (no exception to catch) when
``libxcb-cursor`` is absent. This module turns both into a plain sentence naming the
Debian/Ubuntu and Fedora packages, before anything is shown.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys

# The shared library's file name -> (Debian/Ubuntu package, Fedora package).
PACKAGES: dict[str, tuple[str, str]] = {
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libpulse.so.0": ("libpulse0", "pulseaudio-libs"),
    "libasound.so.2": ("libasound2", "alsa-lib"),
}

_SO_NAME = re.compile(r"(lib[\w.+-]+\.so(?:\.\d+)*)")


def missing_library_sentence(library: str) -> str:
    """The one sentence for a missing ``library`` (a file name such as libEGL.so.1)."""
    debian, fedora = PACKAGES.get(library, ("", ""))
    if debian:
        return (
            f"Hand Trainer cannot start: the system library {library} is missing; install "
            f"it with `sudo apt-get install {debian}` (Debian, Ubuntu) or "
            f"`sudo dnf install {fedora}` (Fedora)."
        )
    return (
        f"Hand Trainer cannot start: the system library {library} is missing; install the "
        "package that provides it (the README lists Qt's system packages)."
    )


def library_in_error(error: BaseException) -> str | None:
    """The shared library an ImportError complains about, if it names one."""
    match = _SO_NAME.search(str(error))
    return match.group(1) if match else None


def _platform_will_be_xcb() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    # Qt prefers Wayland when a compositor is there, and falls back to xcb otherwise.
    return (
        sys.platform.startswith("linux")
        and bool(os.environ.get("DISPLAY"))
        and not bool(os.environ.get("WAYLAND_DISPLAY"))
    )


def check_before_qt() -> str | None:
    """A sentence when Qt is bound to fail for want of a system library, else None.

    Cheap enough for every start: one import that the window needs anyway, and one
    ``dlopen`` when the xcb plugin will be used.
    """
    try:
        import PySide6.QtGui  # noqa: F401  (the first module that needs the system libraries)
    except ImportError as error:
        library = library_in_error(error)
        if library:
            return missing_library_sentence(library)
        raise
    if _platform_will_be_xcb():
        try:
            ctypes.CDLL("libxcb-cursor.so.0")
        except OSError:
            return missing_library_sentence("libxcb-cursor.so.0")
    return None
