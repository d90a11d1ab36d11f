"""Who may hear the past: the privacy code's state for this session, and the gates every feature
puts before a replay, a delete, or a card.

A voice Alexa recognizes owns its own partition and needs nothing more. Anyone else speaks for the
account: when the account has a privacy code, nothing kept is played, sent or deleted until the
code is given in this session; without a code the skill says once, before the first replay, that
others could hear it, and offers the code.

The session state (owner-bound, see ``session.for_owner``) remembers facts, never the digits:
``unlocked`` (the code was given in this session by this state's owner; closed again when another
speaker takes a turn), ``code_set`` (read once a session with one Query), ``cards_ok``, ``warned``.
"""

from __future__ import annotations

import enum
import logging

from ask_sdk_model.dialog import ElicitSlotDirective

from steady_ground.acts.capture import elicit
from steady_ground.acts.replies import anything_else, unavailable
from steady_ground.session import MENU, CardAsk, CodeGive
from steady_ground.storage.errors import StorageError
from steady_ground.turn import Turn

log = logging.getLogger("steady_ground")

PRIVATE = "private"  # settings (account partition): private mode, {"by": who turned it on}
WARNED = "warned"  # settings (account partition): the shared-account notice was given (ISO time)

GIVE_INTENT = "GivePrivacyCodeIntent"
CODE_SLOT = "code"


class Access(enum.Enum):
    OPEN = "open"  # a recognized voice, or the code was given in this session
    CODE = "code"  # a code is set and was not given: say how to get in, reveal nothing
    SHARED = "shared"  # no code, no recognized voice: anyone on the account could ask (notice once)
    UNKNOWN = "unknown"  # storage can't say whether a code is set: fail closed


def unlocked(turn: Turn) -> bool:
    return turn.state.unlocked


def unlock(turn: Turn) -> None:
    turn.state.unlocked = True


def lock(turn: Turn) -> None:
    turn.state.unlocked = False


def code_set(turn: Turn) -> bool | None:
    """Is a privacy code set for this speaker's partition? None when storage can't be read."""
    if turn.state.code_set is not None:
        return turn.state.code_set
    try:
        found = turn.app.repo.load_code(turn.owner.pk) is not None
    except StorageError as exc:
        log.warning("privacy code unreadable: %s request=%s", type(exc).__name__, turn.request_id)
        return None
    turn.state.code_set = found
    return found


def remember_code_set(turn: Turn, is_set: bool) -> None:
    turn.state.code_set = is_set


def access(turn: Turn) -> Access:
    if turn.owner.recognized or unlocked(turn):
        return Access.OPEN
    found = code_set(turn)
    if found is None:
        return Access.UNKNOWN
    return Access.CODE if found else Access.SHARED


def _settings(turn: Turn) -> dict[str, object] | None:
    bundle = turn.bundle()
    if bundle is None:
        return None
    found = bundle.profile.get("settings")
    return found if isinstance(found, dict) else {}


def private_on(turn: Turn) -> bool | None:
    """Private mode, from the session's cached settings (None: storage can't say)."""
    found = _settings(turn)
    return None if found is None else bool(found.get(PRIVATE))


def hidden(turn: Turn) -> bool:
    """Reveal nothing of the past to this turn, not even whether anything exists?

    True for a voice Alexa doesn't recognize, without the code given in this session, when a code
    is set, when private mode is on, or when storage can't say which (fail closed)."""
    if turn.owner.recognized or unlocked(turn):
        return False
    return code_set(turn) is not False or private_on(turn) is not False


# -- the gates every feature puts before the past -----------------------------------------------------
def elicit_code() -> ElicitSlotDirective:
    """Ask Alexa to listen for four digits next (AMAZON.FOUR_DIGIT_NUMBER)."""
    return elicit(GIVE_INTENT, CODE_SLOT)


def ask_code(turn: Turn, then: str = "", *, needed: bool = False) -> None:
    """Ask for the code: to get in (``needed``: say it is behind the code), or before a change.
    The words are the same whether or not anything is kept."""
    turn.mode = MENU
    turn.open_question(CodeGive(then))
    turn.ask("privacy/code_ask", needed=needed)
    turn.directive(elicit_code())


def gate_replay(turn: Turn, then: str) -> bool:
    """May the past be played back (or sent) now? If not, say why and how to get in.

    With a code set and not given: ask for it (``then`` names what to do once it is given, see
    handlers/replays.py), in words that are the same whether or not anything is kept. On a shared
    account with no code: the first time, say that others could hear it and offer the code, then
    go on."""
    found = access(turn)
    if found is Access.OPEN:
        return True
    if found is Access.UNKNOWN:
        unavailable(turn)
    elif found is Access.CODE:
        ask_code(turn, then, needed=True)
    elif private_on(turn) is not False:
        turn.say("notes/private_only")  # the same words whether or not anything is kept
        anything_else(turn)
    else:
        notice(turn)
        return True
    return False


def gate_change(turn: Turn, then: str) -> bool:
    """May what is kept be deleted or a setting lifted now? Withdrawing is never harder than giving:
    whoever may save may delete, behind the code where one is set, even in private mode."""
    found = access(turn)
    if found in (Access.OPEN, Access.SHARED):
        return True
    if found is Access.UNKNOWN:
        unavailable(turn)
    else:
        ask_code(turn, then, needed=True)
    return False


def warned(turn: Turn) -> bool:
    if turn.state.warned:
        return True
    found = _settings(turn)
    return isinstance(found, dict) and bool(found.get(WARNED))


def notice(turn: Turn) -> None:
    """Before the first replay on a shared account (no code, no recognized voice), once: others
    nearby or on this account could hear it, and a privacy code keeps it to you."""
    if access(turn) is not Access.SHARED or warned(turn):
        return
    turn.state.warned = True
    try:
        turn.app.repo.save_setting(turn.owner, WARNED, turn.now.isoformat(), turn.now, account=True)
    except StorageError as exc:  # the session still knows; the next session says it again
        log.warning("notice not recorded: %s request=%s", type(exc).__name__, turn.request_id)
    turn.say("privacy/replay_notice")


def gate_card(turn: Turn, then: str) -> bool:
    """Before a card that shows what this is about: anyone with the Alexa app can see it. Send it?"""
    if turn.state.cards_ok:
        return True
    turn.open_question(CardAsk(then))
    turn.ask("privacy/card_ask")
    return False
