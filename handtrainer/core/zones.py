"""The zone vocabulary: every area, point and line a routine may name.

This is the one place zone ids are defined. The routine loader checks ids
against it, the diagram draws a named shape for each, and the window and the
routine sheet use the plain names. Pure Python, no Qt.

The ids are map-neutral (``map`` says which drawing a zone belongs to), so a
foot map can add its own vocabulary later without changing this module's shape.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum

from handtrainer.core.foot_zones import FOOT_ZONE_ROWS
from handtrainer.core.model import View
from handtrainer.core.wording import translate


class ZoneKind(StrEnum):
    """How a zone is drawn: a filled area, a point marker, or a line."""

    AREA = "area"
    POINT = "point"
    LINE = "line"


@dataclass(frozen=True, slots=True)
class Zone:
    """One named place on the hand."""

    id: str
    name: str
    views: frozenset[View]
    kind: ZoneKind = ZoneKind.AREA
    description: str = ""
    map: str = "hand"
    directed: bool = False  # an area with a course of its own (an edge), like a line

    @property
    def has_course(self) -> bool:
        """True when a path may name this zone alone: it runs one way by itself."""
        return self.kind is ZoneKind.LINE or self.directed


_PALM = frozenset({View.PALM})
_BACK = frozenset({View.BACK})
_BOTH = frozenset({View.PALM, View.BACK})

_FINGERS = (
    ("thumb", "Thumb", ("tip", "base")),
    ("index", "Index finger", ("tip", "middle", "base")),
    ("middle", "Middle finger", ("tip", "middle", "base")),
    ("ring", "Ring finger", ("tip", "middle", "base")),
    ("little", "Little finger", ("tip", "middle", "base")),
)

_SEGMENT_NAMES = {
    "tip": "tip segment (with the nail)",
    "middle": "middle segment",
    "base": "base segment",
}


def _finger_zones() -> Iterator[Zone]:
    for finger_id, finger_name, segments in _FINGERS:
        yield Zone(
            finger_id,
            finger_name,
            _BOTH,
            description=f"The whole {finger_name.lower()}, from its base to the tip.",
            directed=True,
        )
        for segment in segments:
            name = f"{finger_name}, {_SEGMENT_NAMES[segment]}"
            yield Zone(f"{finger_id}.{segment}", name, _BOTH)


_OTHER_ZONES: tuple[Zone, ...] = (
    Zone("fingers", "All fingers", _BOTH, description="All five fingers together."),
    # Palm areas.
    Zone(
        "palm",
        "Whole palm",
        _PALM,
        description="The whole palm, from the finger bases to the wrist.",
    ),
    Zone(
        "palm.center",
        "Centre of the palm",
        _PALM,
        description="The hollow in the middle of the palm.",
    ),
    Zone(
        "palm.pads",
        "Pads under the fingers",
        _PALM,
        description="The soft padding along the base of the fingers.",
    ),
    Zone(
        "palm.thenar",
        "Ball of the thumb",
        _PALM,
        description="The fleshy mound at the base of the thumb (thenar).",
    ),
    Zone(
        "palm.hypothenar",
        "Outer heel of the palm",
        _PALM,
        description="The mound below the little finger (hypothenar).",
    ),
    Zone(
        "palm.heel",
        "Heel of the hand",
        _PALM,
        description="The base of the palm, just above the wrist.",
    ),
    Zone(
        "palm.outer-edge",
        "Outer edge of the hand",
        _BOTH,
        description="The little-finger edge of the hand, from the little finger to the wrist.",
        directed=True,
    ),
    Zone(
        "palm.inner-edge",
        "Inner edge of the palm",
        _PALM,
        description="The thumb side of the palm, from the index finger base to the wrist.",
    ),
    Zone(
        "palm.webs",
        "Webs between the fingers (palm side)",
        _PALM,
        description="The skin between the fingers, seen from the palm.",
    ),
    # Back areas.
    Zone("back.hand", "Back of the hand", _BACK, description="The whole back of the hand."),
    Zone(
        "back.knuckles",
        "Knuckles",
        _BACK,
        description="The row of knuckles where the fingers join the hand.",
    ),
    Zone(
        "back.thumb-base",
        "Back of the thumb base",
        _BACK,
        description="The back of the hand at the base of the thumb.",
    ),
    Zone(
        "back.thumb-web",
        "Web of the thumb (back)",
        _BACK,
        description="The web between the thumb and the index finger, and the muscle "
        "under it, seen from the back (where LI4 lies).",
    ),
    Zone(
        "back.webs",
        "Webs between the fingers (back)",
        _BACK,
        description="The skin between the fingers, seen from the back.",
    ),
    # Wrist and forearm.
    Zone(
        "wrist.inner",
        "Inner wrist",
        _PALM,
        description="The palm side of the wrist, around its creases.",
    ),
    Zone("wrist.outer", "Outer wrist", _BACK, description="The back of the wrist."),
    Zone(
        "forearm.inner", "Inner forearm", _PALM, description="The palm side of the lower forearm."
    ),
    Zone("forearm.outer", "Outer forearm", _BACK, description="The back of the lower forearm."),
    # Points.
    Zone(
        "point.pc6",
        "PC6 (Neiguan)",
        _PALM,
        ZoneKind.POINT,
        "On the inner forearm, on its midline, three of the person's own finger-widths "
        "(about 4.5-5 cm) above the wrist crease, between the two central tendons.",
    ),
    Zone(
        "point.pc7",
        "PC7 (Daling)",
        _PALM,
        ZoneKind.POINT,
        "In the middle of the inner wrist crease, between the two central tendons.",
    ),
    Zone(
        "point.li4",
        "LI4 (Hegu)",
        _BACK,
        ZoneKind.POINT,
        "On the back of the hand, in the web between thumb and index finger, "
        "at the top of the muscle.",
    ),
    Zone(
        "point.palm-center",
        "Palm-centre point",
        _PALM,
        ZoneKind.POINT,
        "In the centre of the palm, where the middle fingertip lands in a loose fist; "
        "the finger-massage source's activity and solar plexus point.",
    ),
    Zone(
        "point.ht8",
        "HT8 (Shaofu)",
        _PALM,
        ZoneKind.POINT,
        "On the palm, where the little fingertip lands in a loose fist.",
    ),
    Zone(
        "point.sore-spot",
        "Sore spot",
        _PALM,
        ZoneKind.POINT,
        "On the palm, between the bases of the middle and ring fingers.",
    ),
    Zone(
        "point.shoulder",
        "Shoulder point",
        _PALM,
        ZoneKind.POINT,
        "On the palm, at the base of the ring and little fingers.",
    ),
    # Lines.
    Zone(
        "line.palm-contour",
        "Palm contour line",
        _PALM,
        ZoneKind.LINE,
        "Along the palm's edge, from the base of the thumb round to the little finger.",
    ),
    Zone(
        "line.palm-diagonal",
        "Palm diagonal",
        _PALM,
        ZoneKind.LINE,
        "Across the palm, from the base of the thumb to the base of the little finger.",
    ),
    Zone(
        "line.palm-midline",
        "Palm midline",
        _PALM,
        ZoneKind.LINE,
        "Down the middle of the palm, from the fingers to the wrist.",
    ),
    Zone(
        "line.palm-inner",
        "Inner palm line",
        _PALM,
        ZoneKind.LINE,
        "From the inner (thumb-side) edge of the palm down to its base.",
    ),
    Zone(
        "line.palm-outer",
        "Outer palm line",
        _PALM,
        ZoneKind.LINE,
        "From the outer (little-finger) edge of the palm in to its middle.",
    ),
    Zone(
        "line.thumb-spine",
        "Thumb line",
        _BOTH,
        ZoneKind.LINE,
        "Along the thumb side of the hand, from the wrist up the thumb to the nail: "
        "where the finger-massage source and hand charts place the spine.",
    ),
)


def _foot_zones() -> Iterator[Zone]:
    for zone_id, name, views, kind, description in FOOT_ZONE_ROWS:
        edge = kind == "edge"
        shape = ZoneKind.AREA if edge else ZoneKind(kind)
        yield Zone(zone_id, name, views, shape, description, map="foot", directed=edge)


def _build() -> dict[str, Zone]:
    zones: dict[str, Zone] = {}
    for zone in (*_finger_zones(), *_OTHER_ZONES, *_foot_zones()):
        if zone.id in zones:
            raise ValueError(f"zone id defined twice: {zone.id}")
        zones[zone.id] = zone
    return zones


ZONES: Mapping[str, Zone] = _build()
"""Every zone of every map, by id, in drawing order (``Zone.map`` names the map)."""


def map_zones(body_map: str) -> dict[str, Zone]:
    """The zones of one map ("hand" or "foot"), by id, in drawing order."""
    return {z.id: z for z in ZONES.values() if z.map == body_map}


def zone(zone_id: str) -> Zone:
    """The zone with this id; ``KeyError`` if there is none."""
    return ZONES[zone_id]


def zones_on(view: View) -> list[Zone]:
    """The zones that appear on one view of the hand."""
    return [z for z in ZONES.values() if view in z.views]


def zone_name(zone_id: str) -> str:
    """The plain name of a zone in the interface language, or the id itself for an unknown one.

    The names are English here; ``scripts/vocabulary_strings.py`` hands them to
    ``pyside6-lupdate`` under the context ``Zones``.
    """
    found = ZONES.get(zone_id)
    return translate("Zones", found.name) if found else zone_id
