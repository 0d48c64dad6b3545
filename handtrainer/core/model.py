"""The routine model: what a routine file means once it has been read and checked.

Pure Python, no Qt. Everything here is immutable; the loader builds it, the
session runs it, the window and the sheet display it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

FORMAT_VERSION = 1


class View(StrEnum):
    """Which side of the map the diagram shows: palm or back of a hand, sole or top of a foot."""

    PALM = "palm"
    BACK = "back"
    SOLE = "sole"
    TOP = "top"


class BodyMap(StrEnum):
    """Which drawing a routine is shown on: a hand (the default) or a foot."""

    HAND = "hand"
    FOOT = "foot"


#: The views of each map, the first being a step's default.
MAP_VIEWS: dict[BodyMap, tuple[View, ...]] = {
    BodyMap.HAND: (View.PALM, View.BACK),
    BodyMap.FOOT: (View.SOLE, View.TOP),
}


def map_of(view: View) -> BodyMap:
    """The map a view belongs to: palm and back to the hand, sole and top to the foot."""
    return BodyMap.FOOT if view in MAP_VIEWS[BodyMap.FOOT] else BodyMap.HAND


class Hand(StrEnum):
    """Which hand a step works on.

    ``BOTH`` means both hands at once; ``EACH`` means one hand, then the other.
    """

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"
    EACH = "each"

    def side(self, lead: Side) -> Side:
        """The hand a step starts on, and its diagram shows: ``lead`` for ``EACH``."""
        return lead if self is Hand.EACH else Side(self.value)


class Side(StrEnum):
    """One actual hand: what the session is working on right now."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"

    def other(self) -> Side:
        """The opposite hand (``BOTH`` stays ``BOTH``)."""
        if self is Side.LEFT:
            return Side.RIGHT
        if self is Side.RIGHT:
            return Side.LEFT
        return Side.BOTH


class Audience(StrEnum):
    """Whose hands are worked: your own, another adult's, or a baby's (by a parent)."""

    SELF = "self"
    PARTNER = "partner"
    INFANT = "infant"

    @property
    def someone_else(self) -> bool:
        """True when the hands worked are not your own: a partner's or a baby's."""
        return self is not Audience.SELF


class Order(StrEnum):
    """How ``each``-hand steps are arranged.

    ``STEP_BY_STEP``: each step on one hand, then the other, then the next step.
    ``HAND_BY_HAND``: the whole list on one hand, then the whole list on the other.
    """

    STEP_BY_STEP = "step-by-step"
    HAND_BY_HAND = "hand-by-hand"


class Pressure(StrEnum):
    """How hard to press."""

    LIGHT = "light"
    MEDIUM = "medium"
    FIRM = "firm"


class Technique(StrEnum):
    """The movement a step asks for."""

    STROKE = "stroke"
    RUB = "rub"
    KNEAD = "knead"
    PRESS = "press"
    CIRCLE = "circle"
    SQUEEZE = "squeeze"
    STRETCH = "stretch"
    ROLL = "roll"
    TWIST = "twist"
    PULL = "pull"
    TAP = "tap"
    SHAKE = "shake"
    HOLD = "hold"
    CLENCH = "clench"


class Rotation(StrEnum):
    """Which way a circling step turns, as you look at the side of the hand the
    diagram shows; ``BOTH``: one way, then the other, in turn."""

    CLOCKWISE = "clockwise"
    ANTICLOCKWISE = "anticlockwise"
    BOTH = "both"


TURNING_TECHNIQUES = frozenset({Technique.CIRCLE, Technique.KNEAD, Technique.RUB, Technique.TWIST})
"""Techniques whose step may say which way to turn (``rotation``)."""


class Origin(StrEnum):
    """Where a routine file was found."""

    BUNDLED = "bundled"
    USER = "user"
    EXTRA = "extra"


@dataclass(frozen=True, slots=True)
class SourcePos:
    """A place in a routine file, 1-based, for error messages."""

    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a routine.

    Its working time is either ``duration`` seconds, or ``repeat`` repetitions
    of ``pace`` seconds each (a counted step). ``rest`` is an optional pause after
    the step. For an ``each``-hand step the working time applies to each hand.
    """

    title: str
    instruction: str
    technique: Technique
    hand: Hand = Hand.EACH
    view: View = View.PALM
    zones: tuple[str, ...] = ()
    path: tuple[str, ...] = ()
    pressure: Pressure | None = None
    duration: float | None = None
    repeat: int | None = None
    pace: float | None = None
    rest: float = 0.0
    notes: str = ""
    tradition: str = ""
    rotation: Rotation | None = None  # circling steps: which way to turn
    pos: SourcePos | None = field(default=None, compare=False)

    @property
    def is_counted(self) -> bool:
        """True for a step measured in repetitions rather than seconds."""
        return self.repeat is not None

    @property
    def work_seconds(self) -> float:
        """Working time on one hand (or on both at once), rests excluded."""
        if self.repeat is not None and self.pace is not None:
            return self.repeat * self.pace
        return self.duration or 0.0

    @property
    def hand_passes(self) -> int:
        """How many times the step's working time runs: twice for ``each``."""
        return 2 if self.hand is Hand.EACH else 1


class Weekday(StrEnum):
    """A day of the week, for a client program's chosen days."""

    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"


@dataclass(frozen=True, slots=True)
class PracticePlan:
    """A client program: for whom the routine is, how often to practise it, and a note."""

    for_whom: str = ""
    times_per_week: int | None = None
    how_often: str = ""  # in words: "twice a day", "every morning"
    days: tuple[Weekday, ...] = ()  # chosen days of the week
    note: str = ""  # the therapist's note to the client


DEFAULT_LANGUAGE = "en"
"""The language a routine is written in when its file does not say."""


@dataclass(frozen=True, slots=True)
class StepTranslation:
    """One step's text in another language; ``None`` where the step's own text is used."""

    title: str | None = None
    instruction: str | None = None
    notes: str | None = None
    tradition: str | None = None


@dataclass(frozen=True, slots=True)
class RoutineTranslation:
    """A routine's text in one other language (``translations: {de: ...}`` in its file).

    Only text: ``None`` for a field the translation leaves out (the routine's own text
    is shown). ``cautions`` holds the routine's own free-text cautions only, in order;
    ``steps`` has one entry per step of the routine, in order.
    """

    language: str
    title: str | None = None
    summary: str | None = None
    notes: str | None = None
    sources: tuple[str, ...] | None = None
    cautions: tuple[str, ...] | None = None
    steps: tuple[StepTranslation, ...] | None = None
    pos: SourcePos | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class ShownLanguage:
    """Which language a routine is shown in, for a reader (``core.localize.routine_in``)."""

    wanted: str
    """The reader's language."""
    own: str
    """The language the routine is written in."""
    shown: str
    """The language its text is shown in: a translation's, or its own."""
    missing: tuple[str, ...] = ()
    """Of a partial translation: the fields still shown in the routine's own language."""
    source: Routine | None = field(default=None, compare=False, repr=False)
    """The routine as its file has it, with all its languages (the editor edits this);
    ``None`` when the routine shown is that routine itself (shown in its own language)."""

    @property
    def translated(self) -> bool:
        """True when the routine is shown in the reader's language (perhaps partly)."""
        return _base(self.shown) == _base(self.wanted)

    @property
    def complete(self) -> bool:
        """True when every text of the routine is in the reader's language."""
        return self.translated and not self.missing


def _base(code: str) -> str:
    return code.replace("_", "-").split("-")[0].lower()


@dataclass(frozen=True, slots=True)
class Routine:
    """A routine: a titled list of steps with its cautions and sources.

    ``cautions`` holds every caution's text in the file's order, standard ones
    already worded for the audience; ``caution_ids`` names the standard ones.
    """

    id: str
    title: str
    summary: str
    steps: tuple[Step, ...]
    audience: Audience = Audience.SELF
    order: Order = Order.STEP_BY_STEP
    tags: tuple[str, ...] = ()
    map: BodyMap = BodyMap.HAND
    cautions: tuple[str, ...] = ()
    caution_ids: tuple[str, ...] = ()  # the standard cautions named (core/cautions.py)
    sources: tuple[str, ...] = ()
    notes: str = ""
    plan: PracticePlan | None = None
    language: str = DEFAULT_LANGUAGE  # the language the text above is written in
    translations: tuple[RoutineTranslation, ...] = ()  # its text in other languages
    shown: ShownLanguage | None = field(default=None, compare=False)  # set by routine_in
    path: Path | None = field(default=None, compare=False)
    origin: Origin = field(default=Origin.BUNDLED, compare=False)

    @property
    def work_seconds(self) -> float:
        """Working time plus the steps' own rests, with ``each`` steps counted twice.

        In a ``hand-by-hand`` routine every step runs once per hand, each run
        followed by its rest, except steps that work both hands at once. There is
        no rest after the last step: the routine is over. Get-ready counts,
        switch-hands pauses and extra rests come from the user's settings and are
        added by the session (``handtrainer.core.plan``), not here.
        """
        total = 0.0
        for step in self.steps:
            runs = 1
            if self.order is Order.HAND_BY_HAND and step.hand is not Hand.BOTH:
                runs = 2  # one run per hand, each with its own rest
            hands = step.hand_passes if self.order is Order.STEP_BY_STEP else 1
            total += (step.work_seconds * hands + step.rest) * runs
        if self.steps:
            total -= self.steps[-1].rest
        return total

    def translation(self, language: str) -> RoutineTranslation | None:
        """The routine's text in ``language``, when its file carries it."""
        return next((t for t in self.translations if t.language == language), None)

    @property
    def uses_each_hand(self) -> bool:
        """True when the routine works one hand and then the other somewhere."""
        if self.order is Order.HAND_BY_HAND:
            return True
        return any(step.hand is Hand.EACH for step in self.steps)


def format_clock(seconds: float) -> str:
    """A countdown for a clock face: ``0:45``, ``12:05``; rounds up so 0:00 means done."""
    import math

    whole = max(0, math.ceil(seconds - 1e-9))
    minutes, secs = divmod(whole, 60)
    return f"{minutes}:{secs:02d}"
