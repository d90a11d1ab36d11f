"""The daily check-in: how today felt (a word or 1 to 5), a few optional words, one small practice.

Pure: no SDK, no storage, no clock. What the check-in needs from the world (today's local date, the
streak so far, whether to offer a reminder) is put into the starting state by the handler that
starts it (``handlers/checkin.py``). Saving is an effect the exercise room performs; "saved" and the
streak are only said after the room feeds back ``SAVED``.
"""

from __future__ import annotations

import enum
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from steady_ground.conversation.machine import MAX_RETRIES, Ev, Event, Line, SaveNote, Step

NAME = "checkin"

# One small practice a day, drawn from the source text. Seven of them, rotated by the date, so a
# practice never comes back within a week.
PRACTICES: tuple[str, ...] = (
    "phones_away",  # phones put away at meals
    "morning_touch",  # a moment of touch to start the day
    "i_statement",  # one "I" statement
    "journal",  # a journaling prompt
    "listening",  # ten minutes of active listening
    "walk_alone",  # a walk on your own
    "small_plan",  # a small shared plan: the source's weekly date night, at home
)

RATINGS = range(1, 6)
STREAK_WORTH_SAYING = 2
OFFER_AT = {"time": "8 p.m.", "part": "evening"}  # the reminder offered after a check-in (20:00)

# How people say how a day felt, by rating. The interaction model's MoodType is built from this
# (ids "1" to "5"), and free text at the mood question is read with it too, as are a mood slot's words
# Alexa could not resolve. A word kept out of the model because it means something else elsewhere
# ("grand" is also "that's grand, thanks") is still read here, where only a mood is asked for.
MOOD_WORDS: dict[int, tuple[str, ...]] = {
    1: ("awful", "terrible", "horrible", "really bad", "really hard", "very hard", "the worst", "miserable",
        "painful", "very bad", "rubbish", "dire", "absolutely dire", "pretty dire", "horrendous", "horrific",
        "atrocious", "a nightmare", "a total nightmare", "hellish", "devastating", "heartbreaking", "shocking",
        "bloody awful", "gutted", "couldn't have been worse", "one of the worst", "the worst day in ages",
        "dreadful", "horrid", "unbearable", "the pits", "as bad as it gets", "about as bad as it gets", "worst ever",
        "rock bottom"),
    2: ("hard", "bad", "not great", "not good", "tense", "difficult", "tough", "strained", "distant", "lonely",
        "sad", "rough", "a bit off", "bit off", "rocky", "a bit rocky", "shaky", "iffy", "a bit iffy", "poor",
        "pretty poor", "lousy", "crap", "crappy", "frosty", "a bit cold", "chilly", "heavy", "a bit heavy",
        "hard work", "draining", "tough going", "awkward", "a bit awkward", "bumpy", "a bit bumpy", "on edge",
        "walking on eggshells", "disconnected", "grumpy", "snappy", "not brilliant", "not amazing",
        "not so great", "not too great", "not really good", "not very well", "not a great day",
        "not a good day", "not the best day", "a rough one", "bit of a rough one", "a bit of a rough one",
        "rough going", "we had words", "we had a fight", "we had a falling out", "we fell out",
        "we barely talked", "we barely spoke", "we didn't speak", "we argued a lot", "we bickered",
        "could be better", "we were bickering",
        "worse", "a bit worse", "a little worse", "worse than yesterday", "worse than usual", "we fought", "we argued",
        "heated", "stressful", "exhausting", "the silent treatment", "silent treatment", "cold shoulder",
        "he ignored me", "she ignored me", "he shouted", "she shouted", "he yelled", "she yelled", "went badly",
        "no fun", "no fun at all"),
    3: ("okay", "so so", "fine", "alright", "mixed", "meh", "average", "up and down", "neutral", "not bad",
        "in between", "ok ish", "okayish", "rollercoaster", "a rollercoaster", "a bit of a rollercoaster",
        "mixed bag", "a mixed bag", "a bit mixed", "nothing to write home about", "same old",
        "same old same old", "same as always", "a quiet day", "fairly quiet", "pretty quiet", "uneventful",
        "just normal", "pretty normal", "a normal day", "middle of the road", "fifty fifty", "half and half",
        "manageable", "bearable", "tolerable", "we got through it", "we didn't fight", "we didn't argue",
        "no fights", "no arguments", "nothing happened", "nothing much", "grand", "pretty grand",
        "grand really", "grand I suppose", "could be worse", "could have been worse",
        "good and bad", "bad and good", "a bit of both", "bit of both", "some good some bad", "ups and downs",
        "highs and lows", "swings and roundabouts", "middling", "all right", "so and so", "in the middle",
        # the young say a so-so day is "mid" (wave 14)
        "mid", "pretty mid", "a bit mid",
        "somewhere in the middle", "hit and miss",
        # no better and no worse than usual, said as people say it ("about the same as yesterday")
        "nothing special", "nothing special really", "about the same", "much the same", "pretty much the same",
        "same as yesterday", "the same as yesterday", "same as usual", "the usual", "same as ever", "no different",
        "nothing different", "neither good nor bad", "not good not bad", "not bad not good", "nothing to report",
        "just okay"),
    4: ("good", "pretty good", "nice", "better", "warm", "calm", "peaceful", "connected", "close", "happy",
        "hopeful", "solid", "pretty solid", "chilled", "easy going", "easygoing", "a lot calmer", "much calmer",
        "calm and easy", "not bad at all", "really not bad", "fairly decent", "decent enough",
        "better than usual", "better than normal", "easier", "lighter", "cosy", "cozy", "affectionate",
        "loving", "a good one", "we had a nice evening", "we had a nice time", "we had a good talk",
        "we talked properly", "we laughed", "we laughed together", "we had dinner together", "we got on well",
        "we got on",
        "laughed", "had a laugh", "we hugged", "we cuddled", "held hands", "he listened", "she listened",
        "he helped", "she helped", "we talked", "went well", "it went well", "a lot better", "much better",
        "relaxed", "relaxing", "fun", "pleasant", "settled", "sweet",
        # a laugh had, or a good day said with "-ish" (wave 17)
        "a proper laugh", "a good laugh", "good ish", "goodish",
        # regional words for a good day (wave 15): Welsh "tidy", northern English "champion"
        "tidy", "pretty tidy", "champion"),
    5: ("great", "really good", "wonderful", "amazing", "very good", "fantastic", "excellent", "lovely",
        "the best", "really great", "brilliant", "ace", "magic", "top notch", "couldn't be better",
        "could not be better", "absolutely brilliant", "fab", "terrific", "full marks", "blissful", "beautiful",
        "a dream", "like a dream", "the best it's been", "really really good day", "we had a lovely day",
        "we had a wonderful time",
        "perfect", "best in ages", "best day in ages", "the best in ages", "incredible", "so good", "really lovely",
        "over the moon", "best day ever"),
}
# "Really good" can be heard as how a talk went (TalkOutcomeIntent, its outcome's id): at the mood
# question it is a mood, read from that id. Only "went well" or "was hard"; "not yet" is no mood.
OUTCOME_RATINGS = {"well": 4, "hard": 2}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _plain(text: str) -> str:
    """Words as the mood reading compares them: lower case, "n't", "'ve" and "'m" said in full, no punctuation."""
    text = text.lower().replace("’", "'").replace("n't", " not").replace("'ve", " have").replace("'m", " am")
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", text).split())


_BY_WORD = {_plain(w): r for r, words in MOOD_WORDS.items() for w in words}
_LONGEST = max(len(w.split()) for w in _BY_WORD)
# "Not" before a mood word turns it: "not amazing" is a hard day, "not terrible" an okay one.
_NEGATIONS = ("not", "not very", "not really", "not so", "not too", "not that", "not as", "not exactly", "not much",
              "not particularly", "not all that", "never", "hardly")
_NEGATED = {1: 3, 2: 3, 3: 2, 4: 2, 5: 2}
# A self-correction: the rating said after it is the one meant ("good, no actually just okay").
_CORRECTIONS = frozenset({"no", "actually", "wait", "sorry", "mean", "rather"})


def practice_for(day: date) -> str:
    """Today's practice: consecutive days get consecutive practices, so none repeats in 7 days."""
    return PRACTICES[day.toordinal() % len(PRACTICES)]


class CheckInStep(str, enum.Enum):
    MOOD = "mood"
    WORDS = "words"
    OFFER_REMINDER = "offer_reminder"  # answered by handlers/reminders.py (it calls the API)
    DONE = "done"


@dataclass(frozen=True)
class CheckIn:
    VERSION = 1

    version: int = 1
    step: CheckInStep = CheckInStep.MOOD
    day: str = ""  # the local date, ISO, set at start
    weekday: str = ""  # e.g. "Tuesday", set at start
    streak_before: int = 0  # consecutive days up to yesterday with a check-in
    offer_reminder: bool = False
    rating: int | None = None
    words: str | None = None
    retries: int = 0


def start_state(day: date, streak_before: int, offer_reminder: bool) -> CheckIn:
    return CheckIn(day=day.isoformat(), weekday=day.strftime("%A"), streak_before=streak_before,
                   offer_reminder=offer_reminder)


def rating_of(event: Event) -> int | None:
    """A mood word resolves to its id ("1".."5"); a bare number arrives unresolved (AMAZON.NUMBER);
    free text ("it's been pretty good"), or a mood slot's words Alexa could not resolve ("pretty dire"),
    is read for a number or a mood word."""
    found = reading_of(event)
    return found[0] if found else None


def reading_of(event: Event) -> tuple[int, bool] | None:
    """The rating heard, and whether it was said as between that and the next one up ("two and a
    half", "2.5", "a two or a three", "seven out of ten"): the lower one is kept, and said back as
    between the two."""
    if event.kind not in (Ev.CHOICE, Ev.NOMATCH, Ev.ANSWER) or not event.value:
        return None
    halves = _HALF_DIGITS.sub(r"\1 and a half", event.value.lower())  # "2.5" before the point is lost
    text = _plain(halves)
    if text.isdigit():
        return (int(text), False) if int(text) in RATINGS else None
    if event.kind == Ev.CHOICE:
        outcome = OUTCOME_RATINGS.get(text)
        return (outcome, False) if outcome else None
    return _read_mood(text.split())


# "2.5", "3,5": a rating and a half, as a number.
_HALF_DIGITS = re.compile(r"\b([1-5])[.,]5\b")
_NUMBERS = {**{str(n): n for n in range(11)}, **NUMBER_WORDS, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "zero": 0, "nought": 0, "nil": 0}
# A number said with these counts something ("we argued three times", "one of those days").
_UNITS = frozenset({"times", "hours", "hour", "minutes", "days", "weeks", "kids", "children", "of",
                    "people", "years", "year", "o", "oclock", "am", "pm"})
# "One" after these names a thing ("a lovely one", "the other one"); after a mood word too.
_ONE_AFTER = frozenset({"the", "that", "this", "which", "another", "other", "every", "each", "no", "any"})
# Said after a number, these make it half a step higher.
_AND_A_HALF = (("and", "a", "half"), ("and", "half"), ("point", "five"), ("and", "a", "bit"))
# Said between two numbers next to each other, the day was between them ("a two or a three").
_BETWEEN = frozenset({"or", "to", "and", "maybe", "possibly"})
# Words that join two halves of a day that went both ways ("a rough morning but a lovely evening").
_BOTH_WAYS = frozenset({"but", "and", "then", "though", "although", "yet", "some"})
# Said before "and" and a mood word, these only warm it ("lovely and calm" is a calm day).
_WARMING = frozenset({"lovely", "nice"})
# Said between "we" and what they did, these only colour it ("we actually laughed", "he even listened").
_STORY_ADVERBS = frozenset({"actually", "even", "finally", "really", "properly", "both", "all", "just"})
_SUBJECTS = frozenset({"we", "he", "she", "they", "i"})


def _numbers(words: list[str]) -> tuple[list[str], tuple[int, bool] | None]:
    """A number said as a score: "x out of ten" on our scale, "two and a half" and "a two or a three"
    as between two. Returns the words with the score's words taken out, and the score; or no score."""
    found: list[tuple[int, float]] = []  # (where, value on our scale)
    rest: list[str] = []
    i = 0
    while i < len(words):
        value = _NUMBERS.get(words[i])
        after = words[i + 1] if i + 1 < len(words) else ""
        if value is None or after in _UNITS or (words[i] == "one" and i and (
                words[i - 1] in _ONE_AFTER or words[i - 1] in _BY_WORD)):
            rest.append(words[i])
            i += 1
            continue
        score = float(value)
        j = i + 1
        for tail in _AND_A_HALF:
            if tuple(words[j : j + len(tail)]) == tail:
                score += 0.5
                j += len(tail)
                break
        if words[j : j + 2] == ["out", "of"] and j + 2 < len(words) and _NUMBERS.get(words[j + 2]):
            scale = _NUMBERS[words[j + 2]]
            score = score * 5 / scale if scale != 5 else score
            j += 3
        found.append((len(rest), score))
        rest.append("#")  # the number's place, so a correction before or after it is still seen
        i = j
    if not found:
        return words, None
    # "Two, no, make that three": the number said after a correction is the one meant.
    at, score = found[0]
    if len(found) > 1 and any(w in _CORRECTIONS for w in rest[at + 1 : found[-1][0]]):
        at, score = found[-1]
    elif len(found) == 2 and abs(found[1][1] - found[0][1]) == 1 and all(
            w in _BETWEEN or w == "a" for w in rest[found[0][0] + 1 : found[1][0]]):
        score = min(found[0][1], found[1][1]) + 0.5  # "a two or a three", "two to three"
    if 0 < score < 1:
        score = 1.0  # "half out of five" is the lowest; a zero stays off the scale
    low = math.floor(score)
    if low not in RATINGS:
        return [w for w in rest if w != "#"], None
    half = score - low >= 0.25 and low < 5
    return [w for w in rest if w != "#"], (low, half)


def _read_mood(words: list[str]) -> tuple[int, bool] | None:
    """The rating in a few words. A number said as a score is the rating, whatever words are around
    it ("a solid two"). Otherwise each longest known phrase in turn, turned by a "not" before it; the
    first one, unless a self-correction comes after it ("good, no, actually just okay"), the day went
    both ways ("a rough morning but a lovely evening": a middle day), or it was said again more
    strongly on the same side ("rough, about as bad as it gets")."""
    words, score = _numbers(words)
    if score is not None:
        return score
    # "We actually laughed at dinner": what they did, without the word that colours it.
    words = [w for i, w in enumerate(words)
             if not (w in _STORY_ADVERBS and 0 < i < len(words) - 1 and words[i - 1] in _SUBJECTS)]
    # "Lovely and calm", "nice and quiet": the first word only warms the second, which is the day (wave 15).
    words = [w for i, w in enumerate(words)
             if not (w in _WARMING and words[i + 1 : i + 2] == ["and"] and " ".join(words[i + 2 : i + 3]) in _BY_WORD)
             and not (w == "and" and i and words[i - 1] in _WARMING and " ".join(words[i + 1 : i + 2]) in _BY_WORD)]
    hits: list[tuple[int, int]] = []  # (where it starts, rating)
    i = 0
    while i < len(words):
        for size in range(min(_LONGEST, len(words) - i), 0, -1):
            found = _BY_WORD.get(" ".join(words[i : i + size]))
            if found is not None:
                before = " ".join(words[max(0, i - 2) : i])
                if any(before == n or before.endswith(" " + n) for n in _NEGATIONS) and words[i] != "not":
                    found = _NEGATED[found]
                hits.append((i, found))
                i += size
                break
        else:
            i += 1
    if not hits:
        return None
    first_at, first = hits[0]
    between = words[first_at + 1 : hits[-1][0]]
    if any(w in _CORRECTIONS for w in between):
        return hits[-1][1], False
    ratings = {r for _, r in hits}
    if min(ratings) <= 2 and max(ratings) >= 4 and any(w in _BOTH_WAYS for w in between):
        return 3, False  # good and bad: a middle day
    if max(ratings) <= 2:  # "rough, about as bad as it gets": said again more strongly, the stronger
        return min(ratings), False
    if min(ratings) >= 4:
        return max(ratings), False
    return first, False


def number_off_scale(event: Event) -> int | None:
    """A bare number outside the scale ("six", "zero", "ten"): heard clearly, but not a rating; or None."""
    if event.kind not in (Ev.CHOICE, Ev.NOMATCH, Ev.ANSWER) or not event.value:
        return None
    text = re.sub(r"[^a-z0-9 ]+", " ", event.value.lower()).strip()
    return int(text) if text.isdigit() and int(text) not in RATINGS else None


def _practice(state: CheckIn) -> str:
    try:
        return practice_for(date.fromisoformat(state.day))
    except ValueError:
        return PRACTICES[0]


def _ask(state: CheckIn) -> Line:
    if state.step == CheckInStep.MOOD:
        return Line("checkin/ask_mood")
    if state.step == CheckInStep.WORDS:
        return Line("checkin/ask_words")
    return Line("reminders/offer", OFFER_AT)


def _again(state: CheckIn, key: str, **params: object) -> Step[CheckIn]:
    """Say something short, then the current question again."""
    return Step(state, say=(Line(key, params),), ask=_ask(state), free_text=state.step == CheckInStep.WORDS)


def _save(state: CheckIn) -> Step[CheckIn]:
    practice = _practice(state)
    data = {"rating": state.rating, "practice": practice, "day": state.day, "weekday": state.weekday,
            "has_words": bool(state.words)}
    return Step(state, say=(Line("checkin/practice", {"practice": practice}),),
                save=SaveNote(kind=NAME, text=state.words or "", data=data))


def _after_save(state: CheckIn, event: Event) -> Step[CheckIn]:
    done = replace(state, step=CheckInStep.DONE)
    if event.kind == Ev.NOTES_OFF:
        return Step(done, say=(Line("checkin/not_kept"),), finished=True)
    if event.kind == Ev.SAVE_REFUSED:
        if state.words:  # the words couldn't be kept (too long): offer a shorter go, or none
            back = replace(state, step=CheckInStep.WORDS, words=None)
            return Step(back, say=(Line("checkin/too_long"),), ask=Line("checkin/ask_words_shorter"), free_text=True)
        return Step(done, say=(Line("checkin/not_kept"),), finished=True)  # nothing of theirs to shorten
    if event.kind == Ev.SAVE_FAILED:
        return Step(done, say=(Line("checkin/not_saved"),), finished=True)
    streak = state.streak_before + 1
    said = Line("checkin/saved", {"streak": streak if streak >= STREAK_WORTH_SAYING else 0})
    if state.offer_reminder:
        offer = replace(state, step=CheckInStep.OFFER_REMINDER)
        return Step(offer, say=(said,), ask=_ask(offer))
    return Step(done, say=(said,), finished=True)


def next_state(state: CheckIn, event: Event) -> Step[CheckIn]:
    kind = event.kind
    if kind in (Ev.SAVED, Ev.SAVE_FAILED, Ev.SAVE_REFUSED, Ev.NOTES_OFF):
        return _after_save(state, event)
    if kind == Ev.START:
        fresh = replace(state, step=CheckInStep.MOOD, rating=None, words=None, retries=0)
        return Step(fresh, say=(Line("checkin/intro"),), ask=_ask(fresh))
    if kind in (Ev.REPEAT, Ev.WHAT_QUESTION, Ev.RESUME):
        return Step(state, ask=_ask(state), free_text=state.step == CheckInStep.WORDS)
    if kind == Ev.HELP:  # help explains the question, then asks it in its short form
        return _again(state, "checkin/help", step=state.step.value).asking_again()
    if kind == Ev.PAUSE:
        return Step(state, say=(Line("checkin/paused"),), paused=True)
    if kind == Ev.START_OVER:
        return next_state(state, Event(Ev.START))
    if state.step == CheckInStep.MOOD:
        return _mood(state, event)
    if state.step == CheckInStep.WORDS:
        return _words(state, event)
    if state.step == CheckInStep.OFFER_REMINDER:
        # Yes and no are answered by the reminders handler; anything else closes the check-in.
        return Step(replace(state, step=CheckInStep.DONE), say=(Line("reminders/not_set_offer"),), finished=True)
    return Step(state, finished=True)


def _mood(state: CheckIn, event: Event) -> Step[CheckIn]:
    reading = reading_of(event)
    if reading is not None:
        rating, half = reading
        answered = replace(state, step=CheckInStep.WORDS, rating=rating, retries=0)
        return Step(answered, say=(Line("checkin/heard_rating", {"rating": rating, "half": half}),),
                    ask=_ask(answered), free_text=True)
    if event.kind == Ev.BACK:
        return _again(state, "checkin/first_question")
    if event.kind in (Ev.SKIP, Ev.NO):
        return Step(replace(state, step=CheckInStep.DONE), say=(Line("checkin/skipped"),), finished=True)
    retries = state.retries + 1
    if retries > MAX_RETRIES:
        return Step(replace(state, step=CheckInStep.DONE), say=(Line("checkin/gave_up"),), finished=True)
    off_scale = number_off_scale(event)
    if off_scale is not None:  # heard, but off the scale: say the scale, not "I missed that"; it counts as a try
        return Step(replace(state, retries=retries), ask=Line("checkin/off_scale", {"said": off_scale}))
    # Better, not louder: a short re-ask with an example, then two concrete choices; each is the question.
    return Step(replace(state, retries=retries), ask=Line("checkin/not_a_rating", {"attempt": retries}))


def _words(state: CheckIn, event: Event) -> Step[CheckIn]:
    if event.kind == Ev.ANSWER and event.value:
        return _save(replace(state, words=event.value.strip()))
    if event.kind in (Ev.SKIP, Ev.NO, Ev.NOMATCH):
        return _save(replace(state, words=None))
    if event.kind == Ev.REQUEST:  # "delete all my notes" as the words: never kept; asked again, within the limit
        retries = state.retries + 1
        if retries > MAX_RETRIES:
            return _save(replace(state, words=None))
        return Step(replace(state, retries=retries), ask=_ask(state), free_text=True)
    if event.kind == Ev.BACK:
        back = replace(state, step=CheckInStep.MOOD, rating=None)
        return Step(back, ask=_ask(back))
    if event.kind == Ev.YES:  # "yes" to "would you like to add a few words?": listen for them
        return _again(state, "checkin/go_ahead")
    return _save(replace(state, words=None))


def progress_params(state: CheckIn) -> dict[str, object]:
    return {"step": state.step.value}


# -- the week, in two sentences ----------------------------------------------------------------
_STOP = set(
    ["about", "after", "again", "also", "always", "because", "been", "before", "being", "could", "didn't", "does", "doing", "don't", "even", "every", "feel", "felt", "from", "going", "gonna", "have", "having", "here", "just", "know", "like", "little", "made", "make", "more", "much", "never", "nothing", "only", "really", "said", "some", "something", "still", "than", "that", "that's", "their", "them", "then", "there", "they", "thing", "things", "think", "this", "today", "very", "want", "wanted", "was", "wasn't", "well", "were", "what", "when", "which", "while", "with", "would", "yeah", "your", "you're", "again", "into", "over", "felt", "feeling", "kind", "sort", "lot", "lots", "quite", "pretty"]
)


@dataclass(frozen=True)
class WeekSummary:
    count: int
    typical: int | None  # the rating heard most often
    hardest_day: str | None  # the weekday of the lowest rating, when the ratings differ
    easiest_day: str | None
    topic: str | None  # the word written about most, in at least two check-ins


def summarize(entries: Sequence[tuple[int | None, str, str]]) -> WeekSummary:
    """entries: (rating, weekday, words) for each check-in of the week, newest first."""
    ratings = [(r, day) for r, day, _ in entries if isinstance(r, int) and r in RATINGS]
    typical = hardest = easiest = None
    if ratings:
        counts = Counter(r for r, _ in ratings)
        typical = max(sorted(counts, reverse=True), key=lambda r: counts[r])
        low = min(r for r, _ in ratings)
        high = max(r for r, _ in ratings)
        if low != high:
            hardest = next(day for r, day in reversed(ratings) if r == low)
            easiest = next(day for r, day in reversed(ratings) if r == high)
    return WeekSummary(len(entries), typical, hardest, easiest, _topic([w for _, _, w in entries]))


def _topic(texts: Sequence[str]) -> str | None:
    seen: Counter[str] = Counter()
    for text in texts:
        words = {w for w in re.findall(r"[a-z']+", (text or "").lower()) if len(w) >= 4 and w not in _STOP}
        seen.update(words)
    if not seen:
        return None
    word, times = max(sorted(seen.items()), key=lambda kv: kv[1])
    return word if times >= 2 else None
