"""What a free-text answer means before it is taken as an answer. Pure: no SDK imports, no words
spoken (the recognition patterns live in ``words_en``).

``heard(text)`` sorts an utterance captured whole (a boundary, the reflection's few words, the
check-in's words, a note) into a ``Heard``: steering ("skip", "go back"), a non-answer (filler, a
request for an example, "what?", a change of mind, an interruption) or a real answer. Non-answers
are answered as what they are and never kept.

``frequency``, ``yes_no`` and ``trend`` read the reflection's answers inside the sentences people
wrap them in ("honestly most days", "I think it's getting worse", "every day now").
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from functools import cache

from steady_ground.conversation import words_en as words


class Heard(str, enum.Enum):
    ANSWER = "answer"
    # steering
    SKIP = "skip"
    BACK = "back"
    START_OVER = "start_over"
    PAUSE = "pause"
    HELP = "help"
    REPEAT = "repeat"
    WHAT_QUESTION = "what_question"
    YES = "yes"
    NO = "no"
    # non-answers
    FILLER = "filler"  # "um", "uh": still thinking
    EXAMPLE = "example"  # "give me an example", "what should I say"
    WHAT = "what"  # "what?": didn't hear
    CHANGED_MIND = "changed_mind"  # "actually no, I changed my mind"
    INTERRUPT = "interrupt"  # "hold on", "no wait", "he's home"
    DECISION = "decision"  # "should I leave?": theirs to decide; a neutral answer, then the question
    REQUEST = "request"  # "delete all my notes" where words were expected: a request, not the words
    OPTIONS = "options"  # "what can you do" where words were expected: the step's own help, nothing kept


# What a person may ask the skill for with "can you" or "could you" before it.
POLITE_ASKS = frozenset({Heard.REPEAT, Heard.WHAT_QUESTION, Heard.EXAMPLE, Heard.HELP, Heard.SKIP, Heard.BACK,
                         Heard.START_OVER, Heard.PAUSE})
_ASKED_POLITELY = re.compile(r"^(?:sorry )?(?:can|could|would|will) you(?: please| just)? ")
NON_ANSWERS = frozenset({Heard.FILLER, Heard.EXAMPLE, Heard.WHAT, Heard.CHANGED_MIND, Heard.INTERRUPT, Heard.DECISION})
_CLEAN = re.compile(r"[^a-z0-9' ]+")


def normalise(text: str) -> str:
    """Lower case, punctuation and curly quotes gone, single spaces."""
    said = (text or "").lower().replace("\u2019", "'")
    return " ".join(_CLEAN.sub(" ", said).split())


@cache
def _phrases() -> tuple[dict[str, Heard], re.Pattern[str]]:
    table: dict[str, Heard] = {}
    for name, said in words.STEER.items():
        table.update(dict.fromkeys(said, Heard(name)))
    for name, said in words.NON_ANSWERS.items():
        table.update(dict.fromkeys(said, Heard(name)))
    table.update(dict.fromkeys(words.DECISION, Heard.DECISION))
    fillers = sorted(words.FILLERS, key=len, reverse=True)
    leading = re.compile(r"^(?:(?:" + "|".join(re.escape(f) for f in fillers) + r")(?: |$))+")
    return table, leading


def strip_fillers(said: str) -> str:
    """The words after any fillers at the start ("um, well, so I think ..." -> "i think ...")."""
    _, leading = _phrases()
    return leading.sub("", normalise(said)).strip()


@cache
def _requests() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, re.compile(rf"^(?:{pattern})$")) for kind, pattern in words.REQUESTS)


def request_for(text: str | None) -> tuple[str, str] | None:
    """What a whole utterance asks of the skill, if it is a request said in full where words were
    expected: ("topics", ""), ("exercise", "checkin"), ("note", "") or with the note's words ("note",
    "i want to bring up money on sunday"), ("help", "") ("what can you do"), or ("how", "delete my
    notes"). None for an answer."""
    said = strip_fillers(text or "")
    said = said.removeprefix("alexa ").removesuffix(" please").removeprefix("please ").strip()
    for kind, pattern in _requests():
        found = pattern.match(said)
        if found is not None:
            name, _, detail = kind.partition(":")
            named = found.groupdict()
            return name, detail or named.get("asked") or named.get("words") or ""
    return None


def note_words(text: str | None) -> str | None:
    """The words of a note asked for with them ("add a note that I want to bring up money on Sunday"),
    as they were said (case and punctuation kept); "" for a note asked for without words; None when
    the utterance is no request for a note."""
    found = request_for(text)
    if found is None or found[0] != "note":
        return None
    wanted = found[1]
    if not wanted:
        return ""
    said = (text or "").split()
    if said and normalise(said[-1]) == "please" and not wanted.endswith("please"):
        said = said[:-1]
    for count in range(1, len(said) + 1):  # the shortest tail of what was said that reads as those words
        tail = " ".join(said[-count:])
        if normalise(tail) == wanted:
            return tail.rstrip(" ,;")
    return wanted


def asked_how(found: tuple[str, str] | None) -> str | None:
    """The words a "how do I ..." request asked about ("delete my notes"), to tell them what to say."""
    return found[1] if found is not None and found[0] == "how" else None


def heard(text: str) -> Heard:
    """What a captured utterance is: steering, a non-answer, or an answer to keep."""
    table, _ = _phrases()
    said = " ".join(words.APOSTROPHES.get(w, w) for w in normalise(text).split())  # "i cant" is "i can't"
    if not said:
        return Heard.FILLER
    if said in table:  # "actually no", "no wait", "well" are whole phrases before they are fillers
        return table[said]
    rest = strip_fillers(said)
    if not rest:
        return Heard.FILLER
    rest = rest.removesuffix(" please").removeprefix("please ").strip()
    if rest in table:
        return table[rest]
    # "Ok stop there", "ugh, just stop": a steering phrase with a word before it that answers nothing (wave 20).
    for lead in words.STEER_LEADS:
        steered = table.get(rest.removeprefix(f"{lead} ")) if rest.startswith(f"{lead} ") else None
        if steered in _CLAUSE_KINDS:
            return steered
    # "Could you read it back to me", "can you give me an example": the same asked politely (wave 15).
    asked = _ASKED_POLITELY.sub("", rest)
    if asked != rest and table.get(asked) in POLITE_ASKS:
        return table[asked]
    found = request_for(rest)
    if found is not None:
        return Heard.OPTIONS if found[0] == "help" else Heard.REQUEST
    return _in_clauses(rest) or Heard.ANSWER


# Kinds a sentence may be made of, clause after clause, and which one it means when it has several: a
# stop or a change of mind outweighs a request for an example, which outweighs "I don't know".
_CLAUSE_KINDS = (Heard.PAUSE, Heard.CHANGED_MIND, Heard.INTERRUPT, Heard.SKIP, Heard.EXAMPLE, Heard.REPEAT,
                 Heard.WHAT_QUESTION, Heard.HELP)
# Said first, before the reason for it ("can we skip this bit, I can't put it into words").
_LEADING_KINDS = frozenset({Heard.PAUSE, Heard.CHANGED_MIND, Heard.INTERRUPT, Heard.SKIP, Heard.EXAMPLE})
# Asked last, after a clause about themselves ("I feel daft saying it out loud, can we stop").
_TRAILING_KINDS = frozenset({Heard.PAUSE, Heard.SKIP, Heard.EXAMPLE})
_ASKED_LAST = re.compile(r"^(?:(?:can|could) (?:we|i|you) |let's )")  # "... let's skip it" (wave 20)
_STOPS = frozenset({"stop", "stop stop", "just stop", "stop now", "stop please"})


def _clause(words_said: list[str]) -> Heard | None:
    """What one clause is, if it is a steering phrase or a non-answer (asked politely, or with "here" or
    "right now" after it); None for anything else."""
    table, _ = _phrases()
    said = " ".join(words_said)
    for tail in ("", *words.NON_ANSWER_TAILS):
        if tail and not said.endswith(f" {tail}"):
            continue
        core = said.removesuffix(f" {tail}") if tail else said
        kind = table.get(core)
        if kind is None and _ASKED_POLITELY.match(core):
            kind = table.get(_ASKED_POLITELY.sub("", core))
            kind = kind if kind in POLITE_ASKS else None
        if kind in _CLAUSE_KINDS:
            return kind
    return None


def _clauses(words_said: list[str]) -> list[Heard] | None:
    """The words as steering phrases and non-answers one after another ("I don't know what to say, can
    you give me an example"), a no allowed first ("no, forget I said anything"); None if they are not."""
    while words_said and words_said[0] in ("no", "nah", "nope"):
        words_said = words_said[1:]
    ends: list[list[Heard] | None] = [[]] + [None] * len(words_said)
    for end in range(1, len(words_said) + 1):
        for start in range(end):
            before = ends[start]
            kind = _clause(words_said[start:end]) if before is not None else None
            if before is not None and kind is not None:
                ends[end] = [*before, kind]
                break
    return ends[-1] or None


def _in_clauses(said: str) -> Heard | None:
    """A sentence that is a steering phrase or a non-answer said with more around it (wave 19): several
    of them one after another, one said first and then the reason for it, or one asked last after a
    clause about themselves. Anything else is an answer ("stop shouting at me" stays one)."""
    toks = said.split()
    kinds = _clauses(toks)
    if kinds:
        return min(kinds, key=_CLAUSE_KINDS.index)
    for cut in range(len(toks) - 1, 0, -1):
        rest = " ".join(toks[cut:])
        if any(rest == o or rest.startswith(f"{o} ") for o in words.REASON_OPENERS):
            lead = _clauses(toks[:cut])
            single_word = len([t for t in toks[:cut] if t not in ("no", "nah", "nope")]) == 1
            if lead and all(k in _LEADING_KINDS for k in lead) and not (
                    single_word and lead[0] not in (Heard.PAUSE, Heard.INTERRUPT)):
                return min(lead, key=_CLAUSE_KINDS.index)
    # "No, I can't do this, stop": the reason first, then "stop" as a clause of its own (wave 20).
    unsaid = toks[next((i for i, t in enumerate(toks) if t not in ("no", "nah", "nope")), len(toks)):]
    for cut in range(len(unsaid) - 1, 1, -1):
        reason = " ".join(unsaid[:cut])
        if (" ".join(unsaid[cut:]) in _STOPS and unsaid[cut - 1] in words.STOP_AFTER_REASON
                and any(reason.startswith(f"{o} ") for o in words.REASON_OPENERS)):
            return Heard.PAUSE
    if toks and toks[0] == "i":
        for cut in range(2, len(toks)):
            last = " ".join(toks[cut:])
            if _ASKED_LAST.match(last) and (kind := _clause(toks[cut:])) in _TRAILING_KINDS:
                return kind
    return None


def _found(said: str, phrases: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, length, phrase) of every phrase found on word boundaries in ``said``."""
    out = []
    padded = f" {said} "
    for phrase in phrases:
        start = padded.find(f" {phrase} ")
        while start >= 0:
            out.append((start, len(phrase), phrase))
            start = padded.find(f" {phrase} ", start + 1)
    return out


def _negated(said: str, start: int) -> bool:
    before = f" {said} "[:start].split()[-2:]
    return any(w in words.NEGATIONS for w in before)


def _best(said: str, table: Mapping[str, Iterable[str]], *, negation_matters: bool = True) -> str | None:
    """The id whose longest phrase is found in ``said`` (a negated phrase does not count)."""
    best: tuple[int, str] | None = None
    for key, phrases in table.items():
        for start, length, _ in _found(said, phrases):
            if negation_matters and _negated(said, start):
                continue
            if best is None or length > best[0]:
                best = (length, key)
    return best[1] if best else None


def frequency(text: str) -> str | None:
    """The frequency answer inside a sentence: "honestly most days" -> "daily", or None."""
    said = normalise(text)
    found = _best(said, words.FREQUENCY)
    if found is None and _found(said, ("not every day", "not daily", "not that often", "not often")):
        return "weekly" if "every day" in said or "daily" in said else "rarely"
    return found


def only_a_duration(text: str) -> bool:
    """Is the answer how long, and nothing else ("time our talk for twenty minutes", "half an hour")?"""
    said = normalise(text).replace("-", " ").split()
    known = words.DURATION_UNITS | words.DURATION_AMOUNTS | words.DURATION_CARRIERS
    has_unit = any(w in words.DURATION_UNITS for w in said)
    return has_unit and all(w in known or w.isdigit() for w in said)


def yes_no(text: str, middle: str) -> str | None:
    """"yes", "no", or the question's middle answer ("sometimes" or "not_sure") inside a sentence."""
    said = normalise(text)
    table = {"yes": words.YES, "no": words.NO, middle: words.SOMETIMES if middle == "sometimes" else words.NOT_SURE}
    other = words.NOT_SURE if middle == "sometimes" else words.SOMETIMES
    table[middle] = (*table[middle], *other)
    return _best(said, table, negation_matters=False)


def trend(text: str) -> str | None:
    """How things have moved, if the answer says so: "worse", "better" or "same"."""
    said = normalise(text)
    if _found(said, ("not getting better", "no better", "isn't getting better", "not any better")):
        return "worse"
    if _found(said, ("not getting worse", "no worse", "isn't getting worse", "not any worse")):
        return "same"
    return _best(said, words.TREND)
