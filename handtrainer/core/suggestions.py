"""Which routine a reminder suggests: short by default, brisk mornings, slow evenings.

Pure Python. The sources advise brisk massage in the morning and slow, calming
massage in the evening; in the working day a short one that fits a break.
Favourites come first (among them, the one that suits the moment); partner
routines never (a reminder is for your own hands).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from handtrainer.core.model import Audience, Routine
from handtrainer.core.schedule import Suggestion

#: A routine up to this long counts as short, the default for a reminder.
SHORT_SECONDS = 5 * 60

TAGS: dict[Suggestion, frozenset[str]] = {
    Suggestion.MORNING: frozenset({"morning", "energising", "warm-up", "stimulating"}),
    Suggestion.DAY: frozenset({"desk", "quick", "short"}),
    Suggestion.EVENING: frozenset({"evening", "relaxing", "gentle", "calm"}),
}


def suggest_routine(
    routines: Iterable[Routine],
    suggestion: Suggestion,
    favourites: Collection[str] = (),
    length: Callable[[Routine], float] = lambda r: r.work_seconds,
) -> Routine | None:
    """The routine to offer: a favourite first, then one that suits the moment, then short."""

    def rank(routine: Routine) -> tuple[bool, bool, bool, float, str]:
        fits = bool(TAGS[suggestion] & set(routine.tags))
        seconds = length(routine)
        return (
            routine.id not in favourites,
            not fits,
            seconds > SHORT_SECONDS,
            seconds,
            routine.title,
        )

    own = [r for r in routines if r.audience is Audience.SELF]
    return min(own, key=rank, default=None)


def favourites_first(routines: Iterable[Routine], favourites: Collection[str]) -> list[Routine]:
    """The favourite routines (for the tray), by title."""
    return sorted((r for r in routines if r.id in favourites), key=lambda r: r.title.casefold())
