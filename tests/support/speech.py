"""How a response sounds: its length in words, what kind of turn it is, and two faults a listener
hears at once (a sentence run into the next word, a topic title that isn't a noun phrase in its
slot). Read by the speech tests and by ``bench/speech_budget.py``, on the certification walk's
responses.

A response's kind comes from the template keys that built it (``tests.support.walk``), most
specific first: the safety answer, a guidance turn, the reflection's closing, the first welcome, a
returning welcome, a misunderstanding, then any other question (the session stays open) or
statement (it closes). Reprompts are measured on their own.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tests.support.walk import Rendered, WalkReply

# Words in a kind of turn, at most (issue 15). The safety answer also has its first number early.
BUDGETS: dict[str, int] = {
    "first welcome": 45,
    "returning welcome": 25,
    "question": 30,
    "reprompt": 30,
    "misunderstanding": 25,
    "guidance": 75,
    "reflection closing": 60,
    "safety": 60,
    "statement": 45,
    # The first replay on a shared account carries the one-time privacy notice (issue 14) before what
    # was kept: its own kind, so the notice never hides inside another kind's budget.
    "first replay": 90,
}
FIRST_NUMBER_WITHIN = 25

# Template keys whose turn says "I didn't get that": the fallbacks, and every exercise's re-ask (the plan's
# too: its re-asks were counted as plain questions before).
MISUNDERSTOOD = re.compile(
    r"^(builtins/(fallback|unknown)|guidance/not_understood|(boundary|plan)/(reask/.*|not_understood|plainly)"
    r"|reflection/(retry|retry_yes_no|words_again)|checkin/not_a_rating|notes/capture_help)$"
)
GUIDANCE_PARTS = {"intro", "more_1", "more_2", "more_3"}

_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*")


def plain(ssml: str) -> str:
    """The words of an SSML fragment; every tag is a boundary (a <break/> or </s> is heard)."""
    return " ".join(html.unescape(_TAG.sub(" ", ssml)).split())


def words(ssml: str) -> list[str]:
    return _WORD.findall(plain(ssml))


def count(ssml: str) -> int:
    return len(words(ssml))


# The safety answer: the resources, and "I need help" answered with the numbers first (then the skill's
# help on offer), each held to the safety budget and its first number early.
SAFETY_ANSWERS = frozenset({"safety/resources", "safety/help_now"})


def kind(rendered: Sequence[Rendered], closed: bool) -> str:
    """The kind of turn, from the speech blocks that built it."""
    spoken = [r for r in rendered if r.block != "reprompt"]
    keys = {r.key for r in spoken}
    if any(r.key in SAFETY_ANSWERS and r.block == "speech" for r in spoken):
        return "safety"
    if "privacy/replay_notice" in keys:
        return "first replay"
    if any(r.key.startswith("guidance/topics/") and r.block in GUIDANCE_PARTS for r in spoken):
        return "guidance"
    if "reflection/closing" in keys:
        return "reflection closing"
    if "launch/first_welcome" in keys:
        return "first welcome"
    if keys & {"launch/welcome", "launch/welcome_back_short"}:
        return "returning welcome"
    if any(MISUNDERSTOOD.match(k) for k in keys):
        return "misunderstanding"
    return "statement" if closed else "question"


@dataclass(frozen=True)
class Measured:
    kind: str
    words: int
    text: str
    keys: tuple[str, ...]
    where: str


def measure(replies: Iterable[WalkReply]) -> list[Measured]:
    """Each distinct response of the walk (and each distinct reprompt), with its kind and length.
    A response said again word for word (Repeat renders nothing new) keeps the kind it had."""
    replies = list(replies)
    known: dict[str, str] = {}
    for reply in replies:
        if reply.rendered:
            known.setdefault(reply.ssml, kind(reply.rendered, reply.closed))
    seen: set[tuple[str, str]] = set()
    out: list[Measured] = []
    for reply in replies:
        said = known.get(reply.ssml) or kind(reply.rendered, reply.closed)
        found = [(said, reply.ssml)]
        if reply.reprompt:
            found.append(("reprompt", reply.reprompt))
        for k, ssml in found:
            text = plain(ssml.removeprefix("<speak>").removesuffix("</speak>"))
            if (k, text) in seen:
                continue
            seen.add((k, text))
            out.append(Measured(k, count(ssml), text, reply.keys, f"{reply.where} <- {reply.label}"))
    return out


_SPOKEN_DIGITS = frozenset(
    ["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "double", "triple"]
)


def first_number_at(ssml: str) -> int | None:
    """The position (1-based, in words) of the first phone number said, or None: three digits or
    more ("988", "1-800-799-7233"), or a number said in words ("triple zero", "thirteen eleven
    fourteen"): two number words in a row."""
    said = words(ssml)
    for i, word in enumerate(said, start=1):
        if sum(ch.isdigit() for ch in word) >= 3:
            return i
        bare = word.strip(".,;:!?").lower()
        after = said[i].strip(".,;:!?").lower() if i < len(said) else ""
        if bare in _SPOKEN_DIGITS and after in _SPOKEN_DIGITS:
            return i
    return None


# -- faults a listener hears ---------------------------------------------------------------------
# A sentence end, or a comma, run straight into the next word ("one.Would"), and a lower-case word
# run into a capital ("thisWould"). Tags count as spaces: <s> and <break/> are heard as pauses.
_GLUED = re.compile(r"[a-z0-9][.!?][A-Z]|[A-Za-z][,;:][A-Za-z]|[a-z][A-Z]")


def glued(ssml: str) -> list[str]:
    """Places where two sentences, or two words, are run together: what Alexa would slur."""
    text = html.unescape(_TAG.sub(" ", ssml))
    return [text[max(0, m.start() - 20) : m.end() + 20] for m in _GLUED.finditer(text)]


# A topic title sits where a noun phrase belongs ("a summary of ___", "let's talk about ___"). A
# title that is a question ("is this a deal breaker") reads as "a summary of is this ...".
_VERB_AFTER_SLOT = re.compile(
    r"\b(?:about|of|on|to|with|for|from|into|up|next up:|on)\s+"
    r"(?:is|are|am|was|were|does|did|should|shall|can|could|will|would|must)\b",
    re.IGNORECASE,
)
_DO_AFTER_SLOT = re.compile(r"\b(?:about|of|on|with|for|from|into)\s+do\b", re.IGNORECASE)


def not_noun_phrase(text: str) -> list[str]:
    """Places where a question or a finite verb sits where a noun phrase should."""
    plain_text = plain(text)
    found = [m for pattern in (_VERB_AFTER_SLOT, _DO_AFTER_SLOT) for m in pattern.finditer(plain_text)]
    return [plain_text[max(0, m.start() - 30) : m.end() + 30] for m in found]


def title_reads_as_noun_phrase(title: str) -> bool:
    """A title on its own: no question mark, and it doesn't open as a question does."""
    first = (title.split() or [""])[0].lower()
    return "?" not in title and first not in {
        "is", "are", "am", "was", "were", "do", "does", "did", "should", "shall", "can", "could", "will",
        "would", "must", "has", "have", "how", "what", "who",
    }
