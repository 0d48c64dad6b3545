"""The foot map's zone vocabulary, as data beside the hand's (``zones.py`` builds the zones).

Each row is (id, name, views, kind, description); kind is "area", "point" or
"line", and "edge" marks an area with a course of its own. The sole view
looks at the sole with the toes at the top; the top view looks down on the
instep. Both views show the ankle and the lower leg. Pure Python, no Qt.
"""

from __future__ import annotations

from handtrainer.core.model import View

SOLE = frozenset({View.SOLE})
TOP = frozenset({View.TOP})
BOTH = frozenset({View.SOLE, View.TOP})

_TOES = (
    ("toe.big", "Big toe"),
    ("toe.second", "Second toe"),
    ("toe.third", "Third toe"),
    ("toe.fourth", "Fourth toe"),
    ("toe.little", "Little toe"),
)

FOOT_ZONE_ROWS: tuple[tuple[str, str, frozenset[View], str, str], ...] = (
    ("toes", "All toes", BOTH, "area", "All five toes together."),
    *(
        (tid, name, BOTH, "edge", f"The whole {name.lower()}, from its base to the tip.")
        for tid, name in _TOES
    ),
    ("toe.big.pad", "Big toe, pad", SOLE, "area", "The round pad under the tip of the big toe."),
    ("toe.big.base", "Big toe, base", BOTH, "area", "The big toe where it joins the foot."),
    (
        "foot.ball",
        "Ball of the foot",
        SOLE,
        "area",
        "The padded band under the toe joints, thickest behind the big toe.",
    ),
    (
        "foot.arch",
        "Arch",
        SOLE,
        "area",
        "The raised middle of the sole, on the inner side, between the ball and the heel.",
    ),
    ("foot.heel", "Heel", SOLE, "area", "The round, thick pad at the back of the sole."),
    ("foot.sole", "Whole sole", SOLE, "area", "The whole sole, from the heel to the toe bases."),
    (
        "foot.inner-edge",
        "Inner edge of the sole",
        SOLE,
        "edge",
        "Along the big-toe side of the foot, from the heel to the big toe.",
    ),
    (
        "foot.outer-edge",
        "Outer edge of the sole",
        SOLE,
        "edge",
        "Along the little-toe side of the foot, from the heel to the little toe.",
    ),
    ("foot.top", "Top of the foot", TOP, "area", "The instep, from the ankle to the toe knuckles."),
    ("ankle.inner", "Inner ankle bone", BOTH, "area", "The bony bump on the inner side."),
    ("ankle.outer", "Outer ankle bone", BOTH, "area", "The bony bump on the outer side."),
    (
        "leg.achilles",
        "Achilles area",
        SOLE,
        "area",
        "The tendon and the hollows beside it, between the heel and the calf.",
    ),
    ("leg.shin", "Lower leg, front", TOP, "area", "The front of the lower leg above the ankle."),
    ("leg.calf", "Calf", SOLE, "area", "The soft back of the lower leg."),
    (
        "line.sole-heel-to-toes",
        "Heel to toes",
        SOLE,
        "line",
        "Along the middle of the sole, from the heel to the toe bases: the thumb stroke.",
    ),
    (
        "line.leg-up",
        "Ankle to knee",
        TOP,
        "line",
        "Up the front of the lower leg, from the ankle towards the knee: the lower-leg stroke.",
    ),
    (
        "line.calf-up",
        "Up the calf",
        SOLE,
        "line",
        "Up the back of the lower leg, from the Achilles area to below the knee.",
    ),
)
