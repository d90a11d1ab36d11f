"""The quick exit: words that mean "I have to stop, now", recognised in anything the person says.

Someone may be reflecting about the partner who just walked in. "He's home", "I have to go", "hold
on", "someone's coming", said at any point (as an intent or as a free-text answer), end the session
at once, keep the person's place, and save nothing of that turn.

The whole utterance must be made of exit phrases, with only fillers ("oh", "um", "sorry") and
tails ("now", "bye", "a sec") around them, so an answer that merely mentions someone coming home
("when he's home he never talks to me") is an answer, not an exit. Pure: no SDK, no I/O.
The labelled corpora in ``tests/corpora/`` (a tuning part and a held-out part) measure it.
"""

from __future__ import annotations

import re

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_NOT_WORDS = re.compile(r"[^a-z' ]+")

_CONTRACTIONS = {
    "can't": "cannot",
    "cant": "cannot",
    "can not": "cannot",
    "gotta": "got to",
    "i've": "i have",
    "ive": "i have",
    "i'm": "i am",
    "im": "i am",
    "they're": "they are",
    "theyre": "they are",
    "hes": "he is",
    "shes": "she is",
    "i'd": "i would",
}
_CONTRACTION = re.compile(r"\b(" + "|".join(re.escape(c) for c in sorted(_CONTRACTIONS, key=len, reverse=True)) + r")\b")
_S_IS = re.compile(r"\b(\w+)'s\b")  # "he's", "someone's", "my husband's" (home): "is"

_WHO = (
    r"(?:he|she|they|someone|somebody|some one|anyone|people|"
    r"(?:my|the) (?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|spouse|ex|man|mother in law|kids)"
    r"|(?:husband|wife|partner|boyfriend|girlfriend))"
)
_BE = r"(?:is|are|was|just|is just|are just|has just|have just|has|have)"
_WHERE = (
    r"(?:home|here|back|in|coming|coming in|coming home|coming back|coming up the stairs|on the way|"
    r"at the door|pulling in|pulling up|pulling into the driveway|in the driveway|outside|up|awake|nearby|"
    r"listening|in the room|walking in|got home|got back|got in|came home|came back|came in|walked in|"
    r"arrived|home early|back early|here now)"
)
_ARRIVED = r"(?:got home|got back|got in|came home|came back|came in|walked in|arrived|woke up|showed up)"

EXIT_PHRASES = re.compile(
    "|".join(
        [
            # "I have to go", "I've got to run", "I need to leave", "I must go", "I gotta hang up"
            r"(?:i )?(?:have|have got|got|need|must|better|should|ought) (?:to )?(?:go|run|leave|stop|hang up|get off|jump off|be going)",
            r"(?:i )?(?:am going to|will) (?:have to )?(?:go|stop)",
            r"(?:i )?(?:need|have|got) to stop (?:this|now)",
            r"(?:i )?(?:cannot|can't) (?:talk|do this|continue|keep going|talk about this)",
            r"(?:i )?(?:am|is) not alone(?: anymore)?",
            rf"{_WHO} {_BE} {_WHERE}",
            rf"{_WHO} (?:just )?{_ARRIVED}",
            rf"{_WHO} (?:is|are) (?:right )?(?:here|there|behind me|next to me)",
            r"(?:someone|somebody) (?:is )?(?:at the door|knocking)",
            r"hold on|hang on|hold it|hold up|wait wait|one sec|one second|just a sec|just a second",
            r"not now|not right now|not here|not a good time|bad time|later",
            r"quick stop|stop now|stop stop|stop|end this|end it|close this|close it|shut it off|turn it off",
            r"gotta go|got to go|bye bye|goodbye|bye",
        ]
    )
)

# Words around the exit phrases that say nothing by themselves.
_FILLERS = re.compile(
    r"(?:oh no|oh crap|oh shoot|oh god|oh gosh|uh oh|oh|um+|uh+|er+|erm|hmm+|sorry|ok|okay|alright|all right|"
    r"wait|quick|quickly|shoot|crap|damn|alexa|please|actually|so|well|i think|listen|hey|shh+|sh|"
    r"now|right now|for now|a sec|a second|a minute|a moment|for a sec|for a minute|early|already|"
    r"sorry about that|talk later|later|okay bye|then|and|but|just|guys|really)"
)

def normalise(text: str) -> str:
    said = text.lower().translate(_APOSTROPHES)
    said = _NOT_WORDS.sub(" ", said)
    said = " ".join(said.split())
    said = _CONTRACTION.sub(lambda m: _CONTRACTIONS[m.group(1)], said)
    return _S_IS.sub(lambda m: m.group(1) + " is", said)


def is_quick_exit(text: str | None) -> bool:
    """True when everything said is exit phrases and fillers, with at least one exit phrase."""
    if not text:
        return False
    said = normalise(text)
    if not said or len(said) > 120:  # a long answer is an answer
        return False
    return _consumed(said, 0)


def _consumed(said: str, at: int) -> bool:
    """Can ``said[at:]`` be read as fillers and exit phrases, at least one of them an exit?"""
    memo: dict[tuple[int, bool], bool] = {}

    def walk(at: int, found_exit: bool) -> bool:
        if at >= len(said):
            return found_exit
        key = (at, found_exit)
        if key not in memo:
            memo[key] = any(
                walk(end + 1, found_exit or is_exit)
                for pattern, is_exit in ((EXIT_PHRASES, True), (_FILLERS, False))
                for end in _ends(pattern, said, at)
            )
        return memo[key]

    return walk(at, False)


def _ends(pattern: re.Pattern[str], said: str, at: int) -> list[int]:
    """Where a match of ``pattern`` starting at ``at`` can end on a word boundary, longest first."""
    return [
        stop
        for stop in range(len(said), at, -1)
        if (stop == len(said) or said[stop] == " ") and pattern.fullmatch(said, at, stop)
    ]
