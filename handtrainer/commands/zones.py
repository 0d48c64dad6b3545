"""``handtrainer zones``: list the zone vocabulary, or render every zone to PNG for review."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from handtrainer.core.model import View
from handtrainer.core.wording import translate
from handtrainer.core.zones import ZONES, zone_name


def _list_zones() -> int:
    width = max(len(z) for z in ZONES)
    for zone in ZONES.values():
        views = ",".join(v.value for v in View if v in zone.views)
        print(f"{zone.id:<{width}}  {zone.kind.value:<5}  {views:<9}  {zone_name(zone.id)}")
    return 0


def zones_command(args: argparse.Namespace) -> int:
    """`handtrainer zones [--render DIR] [--size N]`."""
    render_dir: Path | None = getattr(args, "render", None)
    if render_dir is None:
        return _list_zones()
    size = int(getattr(args, "size", 400) or 400)
    if size < 64:
        message = translate("Commands", "--size must be at least 64")
        print(f"handtrainer zones: {message}", file=sys.stderr)
        return 2
    from handtrainer.commands.offscreen import gui_application
    from handtrainer.diagram.zone_sheet import render_zones

    _app = gui_application()
    try:
        written = render_zones(Path(render_dir), size)
    except OSError as exc:
        print(f"handtrainer zones: {exc}", file=sys.stderr)
        return 1
    print(
        translate("Commands", "wrote %n image(s) to {folder}", None, len(written)).format(
            folder=render_dir
        )
    )
    return 0
