"""Routing cues to players: each player gets every cue; one failing player never silences
the others. Also the recording player tests use, and a once-only reason for silence."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from handtrainer.core.model import Routine
from handtrainer.core.session import Cue, SessionState

if TYPE_CHECKING:
    from handtrainer.ui.preferences import Preferences

log = logging.getLogger(__name__)


@runtime_checkable
class CuePlayer(Protocol):
    """Anything that reacts to session cues."""

    def play(self, cue: Cue, state: SessionState, routine: Routine) -> None: ...


# What a player may do besides playing cues; the router asks each player which it does.


@runtime_checkable
class FollowsPreferences(Protocol):
    def apply_preferences(self, prefs: Preferences) -> None: ...


@runtime_checkable
class MayBeSilent(Protocol):
    def unavailable_message(self) -> str | None: ...


@runtime_checkable
class Speaks(Protocol):
    def voices(self) -> list[str]: ...

    def test(self) -> None: ...


@runtime_checkable
class PlaysSounds(Protocol):
    def play_sound(self, name: str) -> None: ...


@runtime_checkable
class RunsAHelper(Protocol):
    def shutdown(self) -> None: ...


class CueRouter:
    """Hands each cue to every player; one failing player never silences the others."""

    def __init__(self, players: Sequence[CuePlayer]) -> None:
        self.players = list(players)

    def play(self, cue: Cue, state: SessionState, routine: Routine) -> None:
        """Play the cue on every player."""
        for player in self.players:
            try:
                player.play(cue, state, routine)
            except Exception:  # a cue is never worth stopping a practice for
                log.exception("cue player %r failed on %s", player, cue.kind)

    def apply_preferences(self, prefs: Preferences) -> None:
        """Pass sounds, voice and volume preferences to the players that use them."""
        for player in self.players:
            if isinstance(player, FollowsPreferences):
                player.apply_preferences(prefs)

    def unavailable_messages(self) -> list[str]:
        """New one-line reasons why a player is silent; each reason is given once."""
        messages = []
        for player in self.players:
            if isinstance(player, MayBeSilent) and (message := player.unavailable_message()):
                messages.append(message)
        return messages

    def voice_names(self) -> list[str]:
        """The voices the speech engine offers for the interface language (once it runs)."""
        for player in self.players:
            if isinstance(player, Speaks):
                return list(player.voices())
        return []

    def test_sounds(self, prefs: Preferences) -> None:
        """Play a chime and a tick with these settings (the settings' test button)."""
        self.apply_preferences(prefs)
        for player in self.players:
            if isinstance(player, PlaysSounds):
                player.play_sound("step_start.wav")
                player.play_sound("repetition.wav")

    def test_voice(self, prefs: Preferences) -> None:
        """Say a sample sentence with these settings (the settings' test button)."""
        self.apply_preferences(prefs)
        for player in self.players:
            if isinstance(player, Speaks):
                player.test()

    def shutdown(self) -> None:
        """Stop every player that runs something of its own (quitting never waits long)."""
        for player in self.players:
            if isinstance(player, RunsAHelper):
                try:
                    player.shutdown()
                except Exception:
                    log.exception("cue player %r failed to shut down", player)


class OnceReason:
    """A reason for silence that is reported once, but stays known until cleared."""

    def __init__(self) -> None:
        self.reason: str | None = None
        self._told = False

    def set(self, reason: str) -> bool:
        """Remember the reason; True when it is new (nothing was wrong before)."""
        if self.reason is not None:
            return False
        self.reason = reason
        log.info("%s", reason)
        return True

    def clear(self) -> None:
        """Things work again: a later failure is news and will be told."""
        self.reason = None
        self._told = False

    def tell(self) -> str | None:
        """The reason, the first time it is asked for; then None."""
        if self.reason is None or self._told:
            return None
        self._told = True
        return self.reason
