"""Every phrase the trainer says about a routine, behind one translation hook.

Hands, sides, audience, order, lengths, technique and pressure are worded here
once, for the window, the sheet, the voice and the command line alike. Each
phrase is marked ``translate("Wording", "...")`` so ``pyside6-lupdate`` finds
it; the Qt layer installs the real translator with ``install_translator``
(``QCoreApplication.translate``). Without one, the English text is used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from handtrainer.core.model import (
    Audience,
    BodyMap,
    Hand,
    Order,
    Origin,
    Pressure,
    Routine,
    Side,
    Step,
    Technique,
    View,
    map_of,
)

if TYPE_CHECKING:
    from handtrainer.core.history import Outcome

Translator = Callable[[str, str, str | None, int], str]
"""``(context, text, disambiguation, n) -> text``, as ``QCoreApplication.translate``."""


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text as written, with ``%n`` filled in and ``(s)`` made plural by ``n``."""
    if n < 0:
        return text
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


_translator: Translator = english


def install_translator(translator: Translator | None) -> None:
    """Use ``translator`` for every phrase from now on (None: back to English)."""
    global _translator
    _translator = translator or english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the reader's language, looked up under ``context``.

    With ``n``, a plural: ``%n`` becomes the number, and where no catalogue has the
    message the English ``(s)`` is made singular or plural by it.
    """
    found = _translator(context, text, disambiguation, n)
    return english(context, found, None, n) if n >= 0 else found


# -- lengths --------------------------------------------------------------------------


def format_seconds(seconds: float) -> str:
    """A length for people: ``45 s``, ``2 min``, ``2 min 30 s``."""
    minutes, secs = divmod(round(seconds), 60)
    if minutes and secs:
        return translate("Wording", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=secs
        )
    if minutes:
        return translate("Wording", "{minutes} min").format(minutes=minutes)
    return translate("Wording", "{seconds} s").format(seconds=secs)


def number(value: float) -> str:
    """``3`` rather than ``3.0``; one decimal when it matters."""
    if abs(value - round(value)) < 1e-9:
        return str(round(value))
    return f"{value:.1f}".replace(".", translate("Wording", ".", "the decimal point of 2.5 s"))


def pace_text(pace: float) -> str:
    """One repetition's length: ``3 s``, ``2.5 s``; ``1 min 30 s`` from a minute up."""
    if pace < 60:
        return translate("Wording", "{seconds} s").format(seconds=number(pace))
    return format_seconds(pace)


def counted_length(step: Step) -> str:
    """A counted step's rhythm, ``10 × 3 s``; a timed step's length, ``45 s``."""
    if step.is_counted and step.pace is not None:
        return translate("Wording", "{count} × {pace}").format(
            count=step.repeat, pace=pace_text(step.pace)
        )
    return format_seconds(step.work_seconds)


def per_hand(length: str, body_map: BodyMap = BodyMap.HAND) -> str:
    """``30 s per hand``: the length of a step done with each hand (or foot) in turn."""
    if body_map is BodyMap.FOOT:
        return translate("Wording", "{length} per foot").format(length=length)
    return translate("Wording", "{length} per hand").format(length=length)


def step_length(step: Step) -> str:
    """How long a step lasts, in full: ``10 × 3 s (30 s) per hand, then rest 10 s``."""
    text = counted_length(step)
    if step.is_counted and step.pace is not None:
        text = translate("Wording", "{rhythm} ({total})").format(
            rhythm=text, total=format_seconds(step.work_seconds)
        )
    if step.hand is Hand.EACH:
        text = per_hand(text, map_of(step.view))
    if step.rest > 0:
        text = translate("Wording", "{length}, then rest {rest}").format(
            length=text, rest=format_seconds(step.rest)
        )
    return text


def about_length(seconds: float) -> str:
    """A routine's length as a session runs it, ``about 12 min``."""
    return translate("Wording", "about {length}").format(length=format_seconds(seconds))


# -- hands and sides ----------------------------------------------------------------------


def side_name(side: Side, body_map: BodyMap = BodyMap.HAND) -> str:
    """``Left hand``, ``Right hand`` or ``Both hands`` (``Left foot`` ... on the foot map)."""
    if body_map is BodyMap.FOOT:
        if side is Side.LEFT:
            return translate("Wording", "Left foot")
        if side is Side.RIGHT:
            return translate("Wording", "Right foot")
        return translate("Wording", "Both feet")
    if side is Side.LEFT:
        return translate("Wording", "Left hand")
    if side is Side.RIGHT:
        return translate("Wording", "Right hand")
    return translate("Wording", "Both hands")


def side_caption(side: Side, body_map: BodyMap = BodyMap.HAND) -> str:
    """The diagram's caption for a hand or a foot: ``LEFT HAND``, ``RIGHT FOOT``."""
    if body_map is BodyMap.FOOT:
        if side is Side.LEFT:
            return translate("Wording", "LEFT FOOT")
        if side is Side.RIGHT:
            return translate("Wording", "RIGHT FOOT")
        return translate("Wording", "BOTH FEET")
    if side is Side.LEFT:
        return translate("Wording", "LEFT HAND")
    if side is Side.RIGHT:
        return translate("Wording", "RIGHT HAND")
    return translate("Wording", "BOTH HANDS")


def lead_side_name(side: Side) -> str:
    """The side to start with, as a choice after "Start with:": ``Right side``.

    One setting serves hand and foot routines alike, so it names a side, not a hand.
    """
    if side is Side.LEFT:
        return translate("Wording", "Left side")
    return translate("Wording", "Right side")


def step_hand(hand: Hand, body_map: BodyMap = BodyMap.HAND) -> str:
    """Which hand a step works, in a list of steps: ``each hand``, ``both hands`` ..."""
    if body_map is BodyMap.FOOT:
        return _step_foot(hand)
    if hand is Hand.EACH:
        return translate("Wording", "each hand")
    if hand is Hand.BOTH:
        return translate("Wording", "both hands")
    if hand is Hand.LEFT:
        return translate("Wording", "left hand")
    return translate("Wording", "right hand")


def _step_foot(hand: Hand) -> str:
    if hand is Hand.EACH:
        return translate("Wording", "each foot")
    if hand is Hand.BOTH:
        return translate("Wording", "both feet")
    if hand is Hand.LEFT:
        return translate("Wording", "left foot")
    return translate("Wording", "right foot")


def hand_name(hand: Hand, body_map: BodyMap = BodyMap.HAND) -> str:
    """Which hand a step works, spelled out: ``Each hand in turn``, ``Both hands at once``."""
    if body_map is BodyMap.FOOT:
        if hand is Hand.EACH:
            return translate("Wording", "Each foot in turn")
        if hand is Hand.BOTH:
            return translate("Wording", "Both feet at once")
        return side_name(Side(hand.value), body_map)
    if hand is Hand.EACH:
        return translate("Wording", "Each hand in turn")
    if hand is Hand.BOTH:
        return translate("Wording", "Both hands at once")
    return side_name(Side(hand.value))


def step_hands(step: Step, lead: Side = Side.RIGHT, order: Order = Order.STEP_BY_STEP) -> str:
    """Which hand a step works on, for a printed step (``order`` is the routine's)."""
    if map_of(step.view) is BodyMap.FOOT:
        return _step_feet(step, lead, order)
    if order is Order.HAND_BY_HAND and step.hand is not Hand.BOTH:
        # The whole routine runs on one hand, then again on the other.
        return translate("Wording", "Each hand, one round per hand")
    if step.hand is Hand.BOTH:
        return translate("Wording", "Both hands together")
    if step.hand is not Hand.EACH:
        return side_name(Side(step.hand.value))
    if lead is Side.LEFT:
        return translate("Wording", "Each hand in turn (left first)")
    return translate("Wording", "Each hand in turn (right first)")


def _step_feet(step: Step, lead: Side, order: Order) -> str:
    if order is Order.HAND_BY_HAND and step.hand is not Hand.BOTH:
        return translate("Wording", "Each foot, one round per foot")
    if step.hand is Hand.BOTH:
        return translate("Wording", "Both feet together")
    if step.hand is not Hand.EACH:
        return side_name(Side(step.hand.value), BodyMap.FOOT)
    if lead is Side.LEFT:
        return translate("Wording", "Each foot in turn (left first)")
    return translate("Wording", "Each foot in turn (right first)")


def routine_hands(routine: Routine) -> str:
    """Which hands (or feet) the routine works, over all its steps."""
    hands = {step.hand for step in routine.steps}
    if routine.map is BodyMap.FOOT:
        return _routine_feet(routine, hands)
    if routine.order is Order.HAND_BY_HAND and hands != {Hand.BOTH}:
        return translate("Wording", "Both hands: the whole routine on one hand, then on the other")
    if not hands:
        return ""
    if hands == {Hand.BOTH}:
        return translate("Wording", "Both hands together")
    if hands == {Hand.LEFT}:
        return translate("Wording", "Left hand only")
    if hands == {Hand.RIGHT}:
        return translate("Wording", "Right hand only")
    if Hand.EACH in hands:
        return translate("Wording", "Both hands, one after the other")
    return translate("Wording", "Both hands")


def _routine_feet(routine: Routine, hands: set[Hand]) -> str:
    if routine.order is Order.HAND_BY_HAND and hands != {Hand.BOTH}:
        return translate("Wording", "Both feet: the whole routine on one foot, then on the other")
    if not hands:
        return ""
    if hands == {Hand.BOTH}:
        return translate("Wording", "Both feet together")
    if hands == {Hand.LEFT}:
        return translate("Wording", "Left foot only")
    if hands == {Hand.RIGHT}:
        return translate("Wording", "Right foot only")
    if Hand.EACH in hands:
        return translate("Wording", "Both feet, one after the other")
    return translate("Wording", "Both feet")


# -- views ------------------------------------------------------------------------------


def view_name(view: View) -> str:
    """The side of the map a diagram shows: ``palm side``, ``back of the hand`` ..."""
    if view is View.PALM:
        return translate("Wording", "palm side")
    if view is View.BACK:
        return translate("Wording", "back of the hand")
    if view is View.SOLE:
        return translate("Wording", "sole of the foot")
    return translate("Wording", "top of the foot")


def view_caption(view: View) -> str:
    """The view in a diagram's caption, short: ``palm``, ``back``, ``sole``, ``top``."""
    if view is View.PALM:
        return translate("Wording", "palm")
    if view is View.BACK:
        return translate("Wording", "back")
    if view is View.SOLE:
        return translate("Wording", "sole")
    return translate("Wording", "top")


# -- audience and order -------------------------------------------------------------------


def audience_name(audience: Audience, body_map: BodyMap = BodyMap.HAND) -> str:
    """Whose hands (or feet) a routine is for, as a filter or a label."""
    if body_map is BodyMap.FOOT:
        if audience is Audience.INFANT:
            return translate("Wording", "A baby's feet")
        if audience is Audience.PARTNER:
            return translate("Wording", "A partner's feet")
        return translate("Wording", "Your own feet")
    if audience is Audience.INFANT:
        return translate("Wording", "A baby's hands")
    if audience is Audience.PARTNER:
        return translate("Wording", "A partner's hands")
    return translate("Wording", "Your own hands")


def audience_choice(audience: Audience | None) -> str:
    """Whose body a routine is for, as a filter over hand and foot routines alike:
    ``For anyone``, ``For yourself``, ``For a partner``, ``For a baby``."""
    if audience is None:
        return translate("Wording", "For anyone")
    if audience is Audience.INFANT:
        return translate("Wording", "For a baby")
    if audience is Audience.PARTNER:
        return translate("Wording", "For a partner")
    return translate("Wording", "For yourself")


def map_choice(body_map: BodyMap | None) -> str:
    """Which routines, as a filter: ``Hands and feet``, ``Hands``, ``Feet``."""
    if body_map is None:
        return translate("Wording", "Hands and feet")
    if body_map is BodyMap.FOOT:
        return translate("Wording", "Feet")
    return translate("Wording", "Hands")


def audience_sentence(audience: Audience, body_map: BodyMap = BodyMap.HAND) -> str:
    """Whose hands (or feet), as a sheet's line: ``For your own hands``."""
    if body_map is BodyMap.FOOT:
        if audience is Audience.INFANT:
            return translate("Wording", "For a parent working on a baby's feet")
        if audience is Audience.PARTNER:
            return translate("Wording", "For working on a partner's feet")
        return translate("Wording", "For your own feet")
    if audience is Audience.INFANT:
        return translate("Wording", "For a parent working on a baby's hands")
    if audience is Audience.PARTNER:
        return translate("Wording", "For working on a partner's hands")
    return translate("Wording", "For your own hands")


def order_name(order: Order, body_map: BodyMap = BodyMap.HAND) -> str:
    """How a routine walks the hands (or the feet)."""
    if body_map is BodyMap.FOOT:
        if order is Order.HAND_BY_HAND:
            return translate("Wording", "the whole routine on one foot, then on the other")
        return translate("Wording", "each step on both feet before the next")
    if order is Order.HAND_BY_HAND:
        return translate("Wording", "the whole routine on one hand, then on the other")
    return translate("Wording", "each step on both hands before the next")


# -- technique and pressure --------------------------------------------------------------


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``pyside6-lupdate`` without translating it yet."""
    return text


_TECHNIQUES: dict[Technique, str] = {
    Technique.STROKE: QT_TRANSLATE_NOOP("Wording", "Stroke"),
    Technique.RUB: QT_TRANSLATE_NOOP("Wording", "Rub"),
    Technique.KNEAD: QT_TRANSLATE_NOOP("Wording", "Knead"),
    Technique.PRESS: QT_TRANSLATE_NOOP("Wording", "Press"),
    Technique.CIRCLE: QT_TRANSLATE_NOOP("Wording", "Circle"),
    Technique.SQUEEZE: QT_TRANSLATE_NOOP("Wording", "Squeeze"),
    Technique.STRETCH: QT_TRANSLATE_NOOP("Wording", "Stretch"),
    Technique.ROLL: QT_TRANSLATE_NOOP("Wording", "Roll"),
    Technique.TWIST: QT_TRANSLATE_NOOP("Wording", "Twist"),
    Technique.PULL: QT_TRANSLATE_NOOP("Wording", "Pull"),
    Technique.TAP: QT_TRANSLATE_NOOP("Wording", "Tap"),
    Technique.SHAKE: QT_TRANSLATE_NOOP("Wording", "Shake"),
    Technique.HOLD: QT_TRANSLATE_NOOP("Wording", "Hold"),
    Technique.CLENCH: QT_TRANSLATE_NOOP("Wording", "Clench"),
}
_PRESSURES: dict[Pressure, str] = {
    Pressure.LIGHT: QT_TRANSLATE_NOOP("Wording", "light pressure"),
    Pressure.MEDIUM: QT_TRANSLATE_NOOP("Wording", "medium pressure"),
    Pressure.FIRM: QT_TRANSLATE_NOOP("Wording", "firm pressure"),
}


_PRESSURE_LEVELS: dict[Pressure, str] = {
    Pressure.LIGHT: QT_TRANSLATE_NOOP("Wording", "Light"),
    Pressure.MEDIUM: QT_TRANSLATE_NOOP("Wording", "Medium"),
    Pressure.FIRM: QT_TRANSLATE_NOOP("Wording", "Firm"),
}


def pressure_level(pressure: Pressure) -> str:
    """The pressure after a "Pressure:" label: ``Light``, ``Medium``, ``Firm``."""
    return translate("Wording", _PRESSURE_LEVELS[pressure])


def technique_name(technique: Technique) -> str:
    """The technique in words, capitalised: ``Press``, ``Knead``."""
    return translate("Wording", _TECHNIQUES[technique])


def pressure_name(pressure: Pressure) -> str:
    """The pressure in words: ``light pressure``, ``firm pressure``."""
    return translate("Wording", _PRESSURES[pressure])


# -- where a routine came from ------------------------------------------------------------


def origin_name(origin: Origin) -> str:
    """Where a routine file was found: ``bundled``, ``user`` (your folder), ``extra``."""
    if origin is Origin.BUNDLED:
        return translate("Wording", "bundled")
    if origin is Origin.USER:
        return translate("Wording", "user", "the routine comes from your own folder")
    return translate("Wording", "extra", "the routine comes from a folder given with --routines")


# -- practice history ------------------------------------------------------------------


def outcome_name(outcome: Outcome) -> str:
    """How a practice session ended: ``finished``, ``stopped`` or ``unfinished``."""
    if outcome.value == "finished":
        return translate("Wording", "finished")
    if outcome.value == "stopped":
        return translate("Wording", "stopped")
    return translate("Wording", "unfinished")


def days(count: int) -> str:
    """``1 day``, ``5 days``."""
    return translate("Wording", "%n day(s)", None, count)


# -- tags ---------------------------------------------------------------------------------

# The bundled routines' tags, which the reader sees in their language; a tag of a
# person's own file is shown as it is written. (A test keeps this list complete.)
KNOWN_TAGS: frozenset[str] = frozenset(
    (
        QT_TRANSLATE_NOOP("Tags", "back"),
        QT_TRANSLATE_NOOP("Tags", "calm"),
        QT_TRANSLATE_NOOP("Tags", "classic"),
        QT_TRANSLATE_NOOP("Tags", "cold"),
        QT_TRANSLATE_NOOP("Tags", "colds"),
        QT_TRANSLATE_NOOP("Tags", "coordination"),
        QT_TRANSLATE_NOOP("Tags", "desk"),
        QT_TRANSLATE_NOOP("Tags", "digestion"),
        QT_TRANSLATE_NOOP("Tags", "energising"),
        QT_TRANSLATE_NOOP("Tags", "evening"),
        QT_TRANSLATE_NOOP("Tags", "feet"),
        QT_TRANSLATE_NOOP("Tags", "fingers"),
        QT_TRANSLATE_NOOP("Tags", "focus"),
        QT_TRANSLATE_NOOP("Tags", "forearm"),
        QT_TRANSLATE_NOOP("Tags", "full"),
        QT_TRANSLATE_NOOP("Tags", "gentle"),
        QT_TRANSLATE_NOOP("Tags", "head"),
        QT_TRANSLATE_NOOP("Tags", "heat"),
        QT_TRANSLATE_NOOP("Tags", "holds"),
        QT_TRANSLATE_NOOP("Tags", "infant"),
        QT_TRANSLATE_NOOP("Tags", "morning"),
        QT_TRANSLATE_NOOP("Tags", "partner"),
        QT_TRANSLATE_NOOP("Tags", "points"),
        QT_TRANSLATE_NOOP("Tags", "quick"),
        QT_TRANSLATE_NOOP("Tags", "reflexology"),
        QT_TRANSLATE_NOOP("Tags", "relaxing"),
        QT_TRANSLATE_NOOP("Tags", "self-massage"),
        QT_TRANSLATE_NOOP("Tags", "short"),
        QT_TRANSLATE_NOOP("Tags", "shoulder"),
        QT_TRANSLATE_NOOP("Tags", "sore"),
        QT_TRANSLATE_NOOP("Tags", "stiff"),
        QT_TRANSLATE_NOOP("Tags", "stimulating"),
        QT_TRANSLATE_NOOP("Tags", "stress"),
        QT_TRANSLATE_NOOP("Tags", "su-jok"),
        QT_TRANSLATE_NOOP("Tags", "tool"),
        QT_TRANSLATE_NOOP("Tags", "tradition"),
        QT_TRANSLATE_NOOP("Tags", "warm-up"),
        QT_TRANSLATE_NOOP("Tags", "wrist"),
    )
)


def tag_name(tag: str) -> str:
    """A routine's tag in the reader's words (``gentle``: ``sanft`` in German)."""
    return translate("Tags", tag) if tag in KNOWN_TAGS else tag
