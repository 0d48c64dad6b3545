"""The caution vocabulary: standard cautions a routine names by id.

Each caution is written once here, in the project's words, in three forms: for
someone working on their own hands, on a partner's, and for a parent working on a
baby's (who cannot be asked, and cannot say that something hurts).
A routine's ``cautions`` list mixes these ids with its own sentences; the
loader replaces each id with its text for the routine's audience. Pure Python.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from handtrainer.core.model import Audience
from handtrainer.core.wording import QT_TRANSLATE_NOOP, translate

#: What a caution id looks like; anything else in a ``cautions`` list is the
#: routine's own text (a sentence always has a space, a capital or a full stop).
CAUTION_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True, slots=True)
class Caution:
    """One standard caution, worded for your own hands, for a partner's and for a baby's
    (in English; ``text`` gives it in the interface language)."""

    id: str
    self_text: str
    partner_text: str
    infant_text: str
    general: bool = False  # every routine carries it

    def text(self, audience: Audience) -> str:
        """The wording for whoever's hands are worked."""
        if audience is Audience.INFANT:
            text = self.infant_text
        elif audience is Audience.PARTNER:
            text = self.partner_text
        else:
            text = self.self_text
        return translate("Cautions", text)


_ALL = (
    Caution(
        "injuries",
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Leave out any area with a wound, a rash, a fracture or a recent injury, "
            "and the whole hand or foot if it is badly hurt.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Ask your partner about wounds, rashes, fractures and recent injuries, "
            "and leave those areas out.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Leave out any skin with a wound or a rash, and any arm, hand, leg or foot that "
            "may have a fracture or a recent injury. If you are not sure, ask the baby's "
            "doctor or health visitor first.",
        ),
        general=True,
    ),
    Caution(
        "cancer",
        QT_TRANSLATE_NOOP(
            "Cautions",
            "If you have cancer or are having treatment for it, ask your doctor before any "
            "massage.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "If your partner has cancer or is having treatment for it, they should ask "
            "their doctor before any massage.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "If your baby has cancer or is having treatment for it, ask the baby's doctor "
            "before any massage.",
        ),
        general=True,
    ),
    Caution(
        "bruising",
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Firm work can leave bruises. If you bruise easily, take blood thinners or "
            "have a bleeding or clotting disorder, keep every touch light and ask your doctor "
            "first.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Firm work can leave bruises. If your partner bruises easily, takes blood "
            "thinners or has a bleeding or clotting disorder, keep every touch light.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "A baby's skin marks easily: keep every touch light. If your baby has a "
            "bleeding or clotting disorder, or bruises easily, ask the baby's doctor first.",
        ),
        general=True,
    ),
    Caution(
        "serious-conditions",
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Traditions regard the hands and feet as strong reflex areas. With a heart, "
            "digestive, genitourinary (kidney, bladder or genital) or nervous-system "
            "condition, or any other serious illness, ask your doctor before the first session.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Traditions regard the hands and feet as strong reflex areas. If your "
            "partner has a heart, digestive, genitourinary (kidney, bladder or genital) or "
            "nervous-system condition, or any other serious illness, they should ask "
            "their doctor before the first session.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Traditions regard the hands and feet as strong reflex areas. If your baby has "
            "a heart, digestive, genitourinary (kidney, bladder or genital) or nervous-"
            "system condition, or any other serious illness, ask the baby's doctor before "
            "the first session.",
        ),
        general=True,
    ),
    Caution(
        "rehabilitation",
        QT_TRANSLATE_NOOP(
            "Cautions",
            "After a stroke, a fracture, or a nerve or tendon injury, work on the hand or foot "
            "is part of rehabilitation. Follow the plan of your specialist rather than this "
            "routine.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "After a stroke, a fracture, or a nerve or tendon injury, work on the hand or foot "
            "is part of rehabilitation and belongs with a specialist. Do not use this routine "
            "in its place.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "After a stroke, a fracture, or a nerve or tendon injury, work on a baby's hand "
            "or foot belongs with a specialist. Do not use this routine in its place.",
        ),
        general=True,
    ),
    Caution(
        "medical-care",
        QT_TRANSLATE_NOOP(
            "Cautions",
            "This routine is for comfort and does not replace medical care. If you are "
            "under treatment, tell your doctor that you practise massage.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "This massage is for comfort and does not replace medical care. A partner "
            "under treatment should tell their doctor about it.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "This massage is for comfort and does not replace medical care. If your baby is "
            "under treatment, tell the baby's doctor about it.",
        ),
        general=True,
    ),
    Caution(
        "stop-if-pain",
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Massage should feel good. Ease off or stop if anything hurts, tingles or goes numb.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Keep checking in with your partner. Stop at once if they feel pain, tingling or "
            "numbness.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "A baby cannot tell you that something hurts. Watch the face and the body the "
            "whole time, and stop at once at crying, a grimace, pulling away or stiffening.",
        ),
        general=True,
    ),
    Caution(
        "tradition",
        QT_TRANSLATE_NOOP(
            "Cautions",
            "The traditional links and uses this routine mentions are beliefs of those "
            "traditions, not medical findings.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "The traditional links and uses this routine mentions are beliefs of those "
            "traditions, not medical findings.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "The traditional links and uses this routine mentions are beliefs of those "
            "traditions, not medical findings.",
        ),
    ),
    Caution(
        "back-of-hand",
        QT_TRANSLATE_NOOP(
            "Cautions",
            "The back of the hand is sensitive. Press much more lightly there than on the palm.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "The back of the hand is sensitive. Work much more lightly there than on the palm.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "The back of the hand is delicate on a baby. Touch it even more lightly than the palm.",
        ),
    ),
    Caution(
        "pregnancy-li4",
        QT_TRANSLATE_NOOP(
            "Cautions",
            "If you are pregnant, leave out the LI4 point in the web between thumb and "
            "index finger: acupressure tradition avoids it during pregnancy.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "If your partner is pregnant, leave out the LI4 point in the web between thumb "
            "and index finger: acupressure tradition avoids it during pregnancy.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Press no points on a baby, the LI4 point in the web between thumb and index "
            "finger included: acupressure tradition keeps it for adults and avoids it in "
            "pregnancy.",
        ),
    ),
    Caution(
        "heat",
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Warmth should feel pleasant, never hot. Skip the heat on a joint that is hot, "
            "red or freshly swollen, and if your hands have poor feeling.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Warmth should feel pleasant, never hot. Skip the heat on a joint that is hot, "
            "red or freshly swollen, and if your partner's hands have poor feeling.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Never put a heat pack or a hot-water bottle on a baby. Warm your own hands "
            "instead, and keep the room comfortably warm.",
        ),
    ),
    Caution(
        "cold",
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Wrap a cold pack in a cloth; never put ice straight on the skin. Skip the cold "
            "if your fingers turn white or numb in the cold (Raynaud-type hands), or if "
            "your hands have poor feeling.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Wrap a cold pack in a cloth; never put ice straight on the skin. Skip the cold "
            "if your partner's fingers turn white or numb in the cold (Raynaud-type hands), "
            "or if their hands have poor feeling.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Never put a cold pack or ice on a baby's skin.",
        ),
    ),
    Caution(
        "acupressure",
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Work a point for a minute or two at most, and never hard enough to hurt: "
            "overworking a point can leave it sore.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Work a point for a minute or two at most, and never hard enough to hurt: "
            "overworking a point can leave it sore.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Do not work points on a baby: keep to the lightest strokes, and never press "
            "hard enough to leave a mark.",
        ),
    ),
    Caution(
        "stretching",
        QT_TRANSLATE_NOOP("Cautions", "Bend and open the hand slowly, and never past comfort."),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Bend and open your partner's hand slowly, and never past comfort. Deep "
            "stretches of the palm need extra care.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "Never pull or stretch a baby's fingers, hand or arm. Open them only as far as "
            "they open by themselves.",
        ),
    ),
    Caution(
        "diabetes",
        QT_TRANSLATE_NOOP(
            "Cautions",
            "With diabetes, the feet may feel less, and a small sore can be slow to mend. Ask your "
            "doctor or foot-care team before foot massage, keep the pressure light, and check your "
            "feet for cuts, blisters or sore spots before and after.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "If your partner has diabetes, their feet may feel less, and a small sore can be slow "
            "to mend: they should ask their doctor first. Keep the pressure light, do not rely on "
            "them to feel it, and look for cuts, blisters or sore spots before you start.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "If your baby has diabetes or another condition that dulls feeling or slows "
            "healing, ask the baby's doctor before foot massage, keep the touch light, and "
            "look for cuts, blisters or sore spots before you start.",
        ),
    ),
    Caution(
        "poor-circulation",
        QT_TRANSLATE_NOOP(
            "Cautions",
            "If your feet are often cold, pale or bluish, your calves ache when you walk, or you "
            "have had a clot in a leg vein, ask your doctor first. Never massage a calf that is "
            "swollen, warm, red or painful: see a doctor about it.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "If your partner's feet are often cold, pale or bluish, their calves ache when they "
            "walk, or they have had a clot in a leg vein, they should ask their doctor first. "
            "Never massage a calf that is swollen, warm, red or painful.",
        ),
        QT_TRANSLATE_NOOP(
            "Cautions",
            "If your baby's hands or feet are often pale or bluish, or a leg is swollen, "
            "warm, red or painful, do not massage it: ask the baby's doctor.",
        ),
    ),
)

CAUTIONS: Mapping[str, Caution] = {c.id: c for c in _ALL}
"""Every standard caution, by id."""

GENERAL_CAUTIONS: tuple[str, ...] = tuple(c.id for c in _ALL if c.general)
"""The ids every bundled routine carries, whatever it does."""


def is_caution_id(item: str) -> bool:
    """True when a ``cautions`` item is written as an id, not as a sentence."""
    return CAUTION_ID.fullmatch(item) is not None


def caution_text(caution_id: str, audience: Audience = Audience.SELF) -> str:
    """The text of a standard caution for this audience; ``KeyError`` if unknown."""
    return CAUTIONS[caution_id].text(audience)
