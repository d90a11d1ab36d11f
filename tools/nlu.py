"""A small stand-in for Alexa's language understanding, driven by the interaction model itself.

Typed text is matched against the model's own sample utterances and slot values, so the model is
exercised as it ships: a phrase that works here is a phrase in the model. Built-in intents also
answer to Alexa's stock phrases ("help", "stop", "yes"...). Nothing matched: AMAZON.FallbackIntent.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools import alexa

MODELS = Path(__file__).resolve().parent.parent / "interaction_models"

# Alexa's own phrases for the built-in intents (beyond any samples the model adds).
BUILTIN_PHRASES: dict[str, list[str]] = {
    "AMAZON.HelpIntent": ["help", "help me", "what can i do", "i need some help with this"],
    "AMAZON.StopIntent": ["stop", "shut up", "be quiet", "that's enough", "off", "goodbye", "bye"],
    "AMAZON.CancelIntent": ["cancel", "never mind", "nevermind", "forget it"],
    "AMAZON.YesIntent": ["yes", "yep", "yeah", "sure", "ok", "okay", "please do", "yes please"],
    "AMAZON.NoIntent": ["no", "nope", "no thanks", "no thank you", "not now"],
    "AMAZON.RepeatIntent": ["repeat", "say that again", "repeat that", "again", "come again"],
    "AMAZON.NextIntent": ["next", "next one", "go to the next one"],
    "AMAZON.PreviousIntent": ["previous", "go back", "back", "the previous one"],
    "AMAZON.StartOverIntent": ["start over", "restart", "start again", "begin again"],
    "AMAZON.NavigateHomeIntent": ["go home", "home", "main menu", "go to the main menu", "go to the start"],
    "AMAZON.PauseIntent": ["pause", "pause that", "hold on"],
    "AMAZON.ResumeIntent": ["resume", "continue where i left off"],
    "AMAZON.MoreIntent": ["more"],
}
# While Alexa elicits a slot, these still reach their built-in intents.
ESCAPES = {"AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent"}

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

DIGIT_WORDS = {w: str(n) for w, n in NUMBER_WORDS.items() if n < 10} | {"oh": "0"}


TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
TEENS = {"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_UNITS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_COUNT = rf"\d+|(?:{'|'.join(TENS)})(?:[ -](?:{_UNITS}))?|{'|'.join(TEENS)}|{_UNITS}|an?|half an?"
# AMAZON.DURATION as people say it: "twenty minutes", "an hour", "an hour and a half", "90 mins".
DURATION_PATTERN = (rf"(?:{_COUNT}) (?:hours?|hrs?|minutes?|mins?|seconds?|secs?)"
                    rf"(?: and (?:a half|(?:{_COUNT}) (?:minutes?|mins?|seconds?|secs?)))?")


def count_of(text: str) -> float:
    """A spoken count to a number: "forty five" 45, "an" 1, "half an" 0.5."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if text.startswith("half"):
        return 0.5
    if text in ("a", "an"):
        return 1
    total = 0
    for word in text.replace("-", " ").split():
        total += TENS.get(word, 0) + TEENS.get(word, 0) + NUMBER_WORDS.get(word, 0)
    return total


def duration_value(said: str) -> str:
    """What Alexa sends for AMAZON.DURATION: ISO-8601, e.g. "twenty minutes" PT20M, "an hour and a half" PT1H30M."""
    seconds = 0.0
    for count, unit in re.findall(rf"({_COUNT}) (hour|hr|minute|min|second|sec)", said):
        seconds += count_of(count) * {"hour": 3600, "hr": 3600, "minute": 60, "min": 60}.get(unit, 1)
    if said.endswith("and a half"):
        unit = 3600 if re.search(r"hours?|hrs?", said) else 60
        seconds += unit / 2
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + (f"{secs}S" if secs else "")


# Alexa hears "I am scared" and "I'm scared" as the same words; so does this stand-in, by expanding
# contractions on both sides (samples and what was typed).
CONTRACTIONS = {
    "i'm": "i am", "im": "i am", "you're": "you are", "we're": "we are", "they're": "they are",
    "he's": "he is", "she's": "she is", "it's": "it is", "that's": "that is", "what's": "what is",
    "there's": "there is", "let's": "let us", "i'll": "i will", "he'll": "he will", "she'll": "she will",
    "we'll": "we will", "i've": "i have", "we've": "we have", "i'd": "i would", "don't": "do not",
    "doesn't": "does not", "didn't": "did not", "can't": "cannot", "won't": "will not",
    "isn't": "is not", "aren't": "are not", "wasn't": "was not", "haven't": "have not",
    "wouldn't": "would not", "couldn't": "could not", "shouldn't": "should not",
}
_CONTRACTION = re.compile(r"\b(" + "|".join(re.escape(c) for c in CONTRACTIONS) + r")(?=\s|$)")


def normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'")
    # Keep the characters people dictate into free text (Alexa transcribes "&" and quotes too).
    text = re.sub(r"[^a-z0-9':\-&<>\" ]+", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return _CONTRACTION.sub(lambda m: CONTRACTIONS[m.group(1)], text)


@dataclass
class SlotType:
    name: str
    values: dict[str, tuple[str, str]] = field(default_factory=dict)  # phrase -> (id, canonical)

    def pattern(self) -> str:
        phrases = sorted(self.values, key=len, reverse=True)
        return "|".join(re.escape(p) for p in phrases) or r"(?!x)x"


# The minutes of a time said in words: "oh five", "fifteen", "thirty", "forty five".
_MINUTE = (rf"(?:oh (?:{'|'.join(DIGIT_WORDS)})|(?:{'|'.join(TENS)})(?:[ -](?:{_UNITS}))?|{'|'.join(TEENS)}|ten|eleven"
           r"|twelve|\d{2})")


# Alexa's built-in time hears "eight o'clock in the evening", "7 in the morning", "ten at night",
# "eight thirty", "half past eight", "quarter to ten pm", "half seven" (half past, as the British say
# it), "twenty hundred hours", noon, midday and midnight. One pattern and one reading (``time_value``)
# for both stand-ins: the literal one matches it whole, the generalising one finds it in a sentence.
HOUR_PATTERN = rf"\d{{1,2}}(?::\d{{2}})?|{_UNITS}"
TIME_PATTERN = (
    rf"(?:(?:half|quarter|{_MINUTE}) (?:minutes )?(?:past|to) |half )?(?:{HOUR_PATTERN})"
    rf"(?: {_MINUTE})?(?: ?(?:am|pm|a m|p m|o'clock))?"
    r"(?: (?:in the morning|in the afternoon|in the evening|at night|tonight))?"
    rf"|(?:(?:{'|'.join(TENS)})(?: (?:{_UNITS}))?|{'|'.join(TEENS)}|{_UNITS}) hundred(?: hours)?"
    r"|noon|midday|midnight"
)


BUILTIN_SLOT_PATTERNS = {
    "AMAZON.SearchQuery": r".+?",
    "AMAZON.NUMBER": r"\d+|" + "|".join(NUMBER_WORDS),
    "AMAZON.TIME": TIME_PATTERN,
    "AMAZON.DATE": r".+?",
    "AMAZON.DURATION": DURATION_PATTERN,
    "AMAZON.FirstName": r"[a-z']+",
    "AMAZON.FOUR_DIGIT_NUMBER": r"\d{4}|\d\d \d\d|\d \d \d \d|(?:(?:" + "|".join(DIGIT_WORDS) + r") ){3}(?:" + "|".join(DIGIT_WORDS) + r")",
}


class Pattern:
    """A sample's regular expression, compiled the first time a sentence is tried against it.

    en-US grows to some 30,000 samples (carriers x core phrases); compiling them all up front cost
    about 30 s of CPU in each process that built the matcher (every test worker, every locale),
    while ``understand`` only ever tries the samples that start with the sentence's first word.
    Matching is ``re``'s own, unchanged: the same source, compiled on first use and kept.
    """

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def match(self, text: str) -> re.Match[str] | None:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern)
        return compiled.match(text)


@dataclass
class Match:
    intent: str
    slots: dict[str, dict[str, Any]]
    score: int


# Compiled models by (file, modification time): every conversation in a test run reuses them.
_BUILT: dict[tuple[str, int], dict[str, Any]] = {}


class Nlu:
    def __init__(self, locale: str = "en-US", model_path: Path | None = None) -> None:
        path = model_path or MODELS / f"{locale}.json"
        key = (str(path), path.stat().st_mtime_ns)
        if key in _BUILT:
            self.__dict__.update(_BUILT[key])
            return
        self._build(path)
        _BUILT[key] = dict(self.__dict__)

    def _build(self, path: Path) -> None:
        self.model = json.loads(path.read_text(encoding="utf-8"))
        lm = self.model["interactionModel"]["languageModel"]
        self.invocation = lm["invocationName"]
        # Alexa writes what it hears in its market's spelling: an American Echo hears "counselling"
        # as "counseling". The other markets' respellings, taken back, for the base (en-US) model.
        self.spelling: dict[str, str] = {}
        if path.name == "en-US.json":
            for market in sorted((path.parent / "locales").glob("*.json")):
                for us, theirs in json.loads(market.read_text(encoding="utf-8")).get("spelling", {}).items():
                    self.spelling[theirs.lower()] = us.lower()
        self.types: dict[str, SlotType] = {}
        for t in lm.get("types", []):
            st = SlotType(t["name"])
            for v in t["values"]:
                vid = v.get("id") or v["name"]["value"]
                canonical = v["name"]["value"]
                for phrase in [canonical, *v["name"].get("synonyms", [])]:
                    st.values[normalise(phrase)] = (vid, canonical)
            self.types[st.name] = st
        self.intents: dict[str, dict[str, str]] = {}
        self.rules: list[tuple[str, Pattern, dict[str, str], int]] = []
        # Rules by the first word their sample must start with (None: it starts with a slot), so a
        # sentence is tried only against the samples that could match it, in the model's order.
        self.by_first: dict[str | None, list[int]] = {}
        self.slot_rules: dict[tuple[str, str], list[Pattern]] = {}
        # A phrase the model gives a custom intent is that intent's, not a built-in's (Alexa favours
        # the skill's own samples).
        claimed = {normalise(s) for it in lm["intents"] for s in it.get("samples", [])}
        for it in lm["intents"]:
            slot_types = {s["name"]: s["type"] for s in it.get("slots", [])}
            self.intents[it["name"]] = slot_types
            builtin = [p for p in BUILTIN_PHRASES.get(it["name"], []) if normalise(p) not in claimed]
            phrases = list(it.get("samples", [])) + builtin
            for sample in phrases:
                self._add_rule(it["name"], sample, slot_types)
            for s in it.get("slots", []):
                for sample in s.get("samples", []):
                    rx, _ = self._compile(sample, slot_types)
                    self.slot_rules.setdefault((it["name"], s["name"]), []).append(rx)

    def _compile(self, sample: str, slot_types: dict[str, str]) -> tuple[Pattern, int]:
        parts = re.split(r"(\{\w+\})", sample)
        out = []
        literal = 0
        named: set[str] = set()
        for part in parts:
            m = re.fullmatch(r"\{(\w+)\}", part)
            if m:
                name = m.group(1)
                if name in named:  # the one compile error a sample can cause: raised here, as before
                    raise re.error(f"redefinition of group name {name!r} in sample {sample!r}")
                named.add(name)
                stype = slot_types.get(name, "AMAZON.SearchQuery")
                pattern = self.types[stype].pattern() if stype in self.types else BUILTIN_SLOT_PATTERNS.get(stype, r".+?")
                out.append(f"(?P<{name}>{pattern})")
            else:
                norm = normalise(part)
                literal += len(norm.replace(" ", ""))
                if norm:
                    out.append(re.escape(norm).replace(r"\ ", " "))
        body = " ".join(o for o in out if o)
        return Pattern(rf"^{body}$"), literal

    def _add_rule(self, intent: str, sample: str, slot_types: dict[str, str]) -> None:
        rx, literal = self._compile(sample, slot_types)
        # Custom slot values count as matched words; free-text slots count for nothing.
        custom = sum(1 for n, t in slot_types.items() if "{" + n + "}" in sample and t in self.types)
        head = sample.strip().split(" ", 1)[0] if sample.strip() else ""
        spelled = normalise(head).split()
        first = spelled[0] if spelled and "{" not in head else None
        self.by_first.setdefault(first, []).append(len(self.rules))
        self.rules.append((intent, rx, slot_types, literal * 10 + custom * 5))

    def _slot(self, name: str, stype: str, value: str) -> dict[str, Any]:
        if stype in self.types:
            found = self.types[stype].values.get(normalise(value))
            if found:
                return alexa.slot(name, value, resolved_id=found[0], resolved_name=found[1], slot_type=stype)
            return alexa.slot(name, value, slot_type=stype)
        if stype == "AMAZON.NUMBER" and value in NUMBER_WORDS:
            value = str(NUMBER_WORDS[value])
        if stype == "AMAZON.TIME":
            value = time_value(value)
        if stype == "AMAZON.FOUR_DIGIT_NUMBER":
            value = "".join(DIGIT_WORDS.get(w, w) for w in value.split())
        if stype == "AMAZON.DURATION":
            value = duration_value(value)
        return alexa.slot(name, value)

    def understand(self, text: str) -> Match:
        said = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", normalise(text))  # "check-in" is said as "check in"
        said = " ".join(self.spelling.get(w, w) for w in said.split())
        best: Match | None = None
        words = said.split()
        tried = sorted([*self.by_first.get(words[0] if words else "", []), *self.by_first.get(None, [])])
        for intent, rx, slot_types, score in (self.rules[i] for i in tried):
            m = rx.match(said)
            if not m:
                continue
            if best is None or score > best.score:
                slots = {n: alexa.slot(n, None) for n in slot_types}
                for name, value in m.groupdict().items():
                    if value is not None:
                        slots[name] = self._slot(name, slot_types.get(name, ""), value)
                best = Match(intent, slots, score)
        if best is None:
            return Match("AMAZON.FallbackIntent", {}, 0)
        return best

    def elicited(self, text: str, intent: str, slot_name: str) -> Match:
        """The answer to a Dialog.ElicitSlot: built-in escapes still work, the rest fills the slot."""
        said = normalise(text)
        for escape in ESCAPES:
            if said in BUILTIN_PHRASES.get(escape, []):
                return Match(escape, {}, 0)
        slot_types = self.intents.get(intent, {})
        stype = slot_types.get(slot_name, "AMAZON.SearchQuery")
        slots = {n: alexa.slot(n, None) for n in slot_types}
        if stype == "AMAZON.SearchQuery":
            slots[slot_name] = alexa.slot(slot_name, text.strip())
            return Match(intent, slots, 0)
        for rx in self.slot_rules.get((intent, slot_name), []):
            m = rx.match(said)
            if m and m.groupdict().get(slot_name):
                slots[slot_name] = self._slot(slot_name, stype, m.group(slot_name))
                return Match(intent, slots, 0)
        return self.understand(text)


def time_value(value: str) -> str:
    """What Alexa sends for AMAZON.TIME, as HH:MM: "noon" 12:00, "half past eight pm" 20:30."""
    v = value.replace("a m", "am").replace("p m", "pm").replace("o'clock", "").strip()
    v = re.sub(r"\s+", " ", v)
    if v in ("noon", "midday"):
        return "12:00"
    if v == "midnight":
        return "00:00"
    for said, half in ((" in the morning", "am"), (" in the afternoon", "pm"), (" in the evening", "pm"), (" at night", "pm"),
                       (" tonight", "pm")):
        if v.endswith(said):
            v = v[: -len(said)].strip()
            v = v if v.endswith(("am", "pm")) else f"{v} {half}"
    hundred = re.fullmatch(r"(.+?) hundred(?: hours)?", v)
    if hundred:  # "twenty hundred hours": the hour on a twenty-four hour clock
        v = f"{int(count_of(hundred.group(1))):02d}:00"
    offset = 0
    rel = re.fullmatch(r"(half|quarter|.+?) (?:minutes )?(past|to) (.+)", v) or re.fullmatch(r"(half)() (.+)", v)
    if rel:
        amount = {"half": 30, "quarter": 15}.get(rel.group(1)) or int(count_of(rel.group(1)))
        offset = -amount if rel.group(2) == "to" else amount  # "half seven": half past seven
        v = rel.group(3)
    m = re.fullmatch(r"(\d{1,2}|[a-z]+)(?::(\d{2})| (?!am$|pm$)(.+?))? ?(am|pm)?", v)
    if not m:
        return value
    hour_text, minute_digits, minute_words, half = m.groups()
    if not hour_text.isdigit() and hour_text not in NUMBER_WORDS:
        return value
    hour = int(hour_text) if hour_text.isdigit() else NUMBER_WORDS[hour_text]
    minute = int(minute_digits) if minute_digits else int(count_of(minute_words.replace("oh ", ""))) if minute_words else 0
    if half == "pm" and hour < 12:
        hour += 12
    if half == "am" and hour == 12:
        hour = 0
    total = (hour * 60 + minute + offset) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"
