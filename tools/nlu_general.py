"""A stand-in for Alexa's language understanding that generalises from the model's samples.

The literal matcher (``tools.nlu.Nlu``) hears only the model's own sentences: a lower bound on what
Alexa will get. Alexa's NLU is trained on the samples and hears far more. This mode is a rough,
explainable approximation of that:

1. What the literal matcher hears, it keeps (Alexa gets its own samples right).
2. Otherwise the sentence is reduced to content words: slang and apostrophe-less forms said in full
   ("dunno", "wanna", "whats"), only what follows a self-correction kept ("the first, no wait, the
   second"), fillers, interjections, a greeting, an interruption before a whole request ("wait,
   hang on"), polite wrappers ("I was wondering if you could", "to be honest") and a reason clause
   after the answer ("yes, because I want to try") dropped, a name for the listener said last ("sure,
   pal") dropped, a change of mind ("on second thoughts", "the fourth, no, the second") keeping what
   follows it and the half of the day said before it, small words dropped, contractions expanded, a light stemmer, and a few synonyms that mean the same to this skill ("counseling" and
   "therapy", "husband" and "partner", "yeah" and "yes").
3. Slot values are spotted in the sentence: a custom slot's value or synonym said whole, or most of
   its content words said (the topic finder: "why won't he go" finds "why he won't go"); numbers and
   times by pattern (a bare hour too when a part of the day goes with it and "at", "about", "say"
   or "make it" comes before it).
4. Every sample is scored against the sentence by shared content words, weighted by how rare a word
   is across intents (a Dice score, with a spotted slot counting as a strong shared word). The best
   sample wins if it scores at least ``THRESHOLD``; the rest goes to AMAZON.FallbackIntent.
   Words no sample knows count more against a sample matched on one word ("play some jazz" is not
   "play my notes"); a slot value said in several words weighs as much as they do; equal scores go
   to the sample sharing more of the small words too.
5. Before scoring, sentences built from the model's own: one of its sentences, then a clause of its
   own ("no, she would hear it"; unless the clause alone is heard as urgent), several sentences of
   one intent ("I guess so, yeah, that's fine"), a request at the end after something that asks
   nothing ("I'm not sure which, can you help me"), and a free-text carrier with another joining
   word ("make a note saying ...").
6. After a Dialog.ElicitSlot for free text, the whole utterance fills the slot, except the escapes
   (stop, cancel, help: Alexa's phrases and the model's own sentences for them, one after another)
   said plainly, with or without a filler around them, or said as a clause of their own before a new
   one ("cancel, I've changed my mind"; not "stop shouting at me").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from tools import alexa
from tools.nlu import (
    BUILTIN_PHRASES,
    ESCAPES,
    HOUR_PATTERN,
    NUMBER_WORDS,
    TIME_PATTERN,
    Match,
    Nlu,
    normalise,
    time_value,
)

THRESHOLD = 0.4
SLOT_WEIGHT = 4.0  # a spotted slot value, as one shared word
FUZZY_VALUE = 0.6  # share of a slot value's content words that must be said for it to count
OPENER_BONUS = 0.2
OPENS = {"yes": "AMAZON.YesIntent", "no": "AMAZON.NoIntent", "thank": "ThanksIntent"}
NEGATION = frozenset({"no", "not"})
NEGATION_MISMATCH = 0.7  # "I don't think so" is not "I think so": one negated and one not, marked down  # a sample with the yes or no the sentence opens with
EXTRA_WORDS = 1.0  # how much the sentence's words beyond the sample count against it
SAMPLE_COVERAGE = 0.6
UNKNOWN_EXTRA = 2.0  # a word no sample knows counts this much more against a match on one word


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Sounds and politeness that carry no meaning for choosing an intent.
FILLERS = _wordset(
    "um umm uh uhh er erm hmm hm ah oh so like just please pls actually honestly basically "
    "alexa hey kindly exactly indeed simply truly certainly even also still ugh aw aww eish ag gosh jeez"
)
STOPWORDS = _wordset(
    "a an the i me my mine we us our you your it its is am are was were be been being to of for on "
    "in at and or but do does did that this these those there here with by from as any some "
    "can could would will shall should may might must have has had having get got gonna wanna let let's about "
    "one thing stuff kind sort bit little lot really very quite rather wee"
)
# Small words that are also verbs: "a bit" says little, "he bit me" says a lot.
VERBS_TOO = _wordset("bit")
DEGREE = _wordset("a little tiny wee")
# Said first, they only open the sentence; inside one they are words ("not well", "right now").
LEADING = _wordset("ok okay alright right now well mm mmm")  # "mm" before more words is thinking (wave 19: "mm a one")
# Words kept although small: they decide between intents.
KEEP = _wordset("no not yes more next back again stop what why how when which who all last first this was were")

SYNONYMS = {
    "yeah": "yes", "sure": "yes", "yep": "yes", "yup": "yes", "ya": "yes", "yea": "yes", "aye": "yes",
    "nah": "no", "nope": "no",
    "counseling": "therapy", "counselling": "therapy", "counsel": "therapy", "therapies": "therapy",
    "therapist": "therapy", "therapists": "therapy", "counselor": "therapy", "counsellor": "therapy",
    "counselors": "therapy", "counsellors": "therapy", "marriage": "couple", "couples": "couple",
    "marital": "couple", "see": "go",
    "husband": "partner", "wife": "partner", "boyfriend": "partner", "girlfriend": "partner",
    "spouse": "partner", "he": "partner", "she": "partner", "him": "partner", "her": "partner",
    "his": "partner", "hers": "partner", "they": "partner", "them": "partner", "their": "partner",
    "guys": "partner", "men": "partner", "people": "partner", "partners": "partner",
    "myself": "alone", "own": "alone", "solo": "alone", "individually": "alone", "individual": "alone",
    "argument": "fight", "arguments": "fight", "argue": "fight", "arguing": "fight", "fighting": "fight",
    "fights": "fight", "row": "fight", "quarrel": "fight", "argued": "fight",
    "conversation": "talk", "conversations": "talk", "discuss": "talk", "discussion": "talk",
    "discussions": "talk", "chat": "talk", "talking": "talk", "talks": "talk",
    "raise": "bring", "suggest": "bring", "mention": "bring", "broach": "bring",
    "scared": "fear", "afraid": "fear", "frightened": "fear", "fears": "fear", "worried": "fear",
    "worry": "fear", "anxious": "fear", "nervous": "fear",
    "embarrassed": "stigma", "ashamed": "stigma", "shame": "stigma", "judged": "stigma", "crazy": "stigma",
    "refuses": "refuse", "refusing": "refuse", "refused": "refuse", "resist": "refuse", "resists": "refuse",
    "against": "refuse", "rejects": "refuse",
    "thanks": "thank", "cheers": "thank", "appreciate": "thank", "grateful": "thank", "obliged": "thank",
    "erase": "delete", "remove": "delete", "wipe": "delete", "scratch": "delete",
    "reminder": "remind", "reminders": "remind", "reminding": "remind",
    "telephone": "phone", "mobile": "phone", "cell": "phone",
    "topics": "topic", "subject": "topic", "subjects": "topic",
    "following": "next", "proceed": "next", "continue": "more", "further": "more",
    "previous": "back", "before": "back", "prior": "back",
    "limits": "boundary", "limit": "boundaries",
    "advice": "guidance", "options": "choice", "option": "choice", "choices": "choice",
    "goodbye": "bye", "goodnight": "bye", "farewell": "bye", "finished": "done", "through": "done",
    "wish": "want", "desire": "want", "begin": "start", "commence": "start", "explain": "tell",
    "describe": "tell", "attend": "go", "attending": "go", "seeing": "go", "visit": "go",
    "growth": "grow", "growing": "grow", "cannot": "not",
    "recent": "last", "latest": "last", "final": "last",
    # Everyday and regional words for the same things.
    "fella": "partner", "bloke": "partner", "hubby": "partner", "missus": "partner", "missis": "partner",
    "wifey": "partner", "bf": "partner", "gf": "partner", "man": "partner", "guy": "partner",
    "program": "skill", "programme": "skill",
    "shrink": "therapy", "quit": "stop",
    # How speech-to-text writes "counselling" when it mishears it (wave 15).
    "consoling": "therapy", "councelling": "therapy", "counceling": "therapy", "councilling": "therapy",
    "counciling": "therapy", "expand": "more", "elaborate": "more", "tips": "idea", "ideas": "idea", "suggestions": "idea",
}
_VOWELS = frozenset("aeiou")
# Said in nearly every sentence here: never enough, with one other word, to name a slot value.
GENERIC = frozenset({"partner"})


# Words whose "-ly" is no adverb's: cut, they would become another word a slot value is made of ("partly" a
# "part", "weekly" a "week"), so "that part" or "this week" read as a hedge or a frequency. Alexa matches
# the whole word a synonym says, never a stem of it.
_LY_WORDS = frozenset({"partly", "weekly", "monthly", "nightly", "yearly", "hourly"})


def stem(word: str) -> str:
    """A light stemmer: plurals, -ing, -ed, -ly (notes -> note, setting -> set, refused -> refus)."""
    word = SYNONYMS.get(word, word)
    if len(word) <= 4 or "'" in word:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            root = word[: -len(suffix)]
            if len(root) > 3 and root[-1] == root[-2] and root[-1] not in _VOWELS | {"l", "s"}:
                root = root[:-1]  # setting -> set, stopped -> stop
            return root
    if word.endswith("ly") and len(word) > 5 and word not in _LY_WORDS:
        return word[:-2]
    return word


# Politeness around a request and a greeting before it, said in many words: "I was wondering if you
# could read my notes", "good evening, what is this". Dropped whole (the request is what is left).
WRAPPERS = tuple(
    phrase.split()
    for phrase in (
        "i was wondering if you could", "i was wondering if we could", "i was wondering if i could",
        "i was wondering whether you could", "i was wondering if", "i wonder if you could", "would you mind",
        "would you be able to", "would it be possible to", "is it possible to", "if you do not mind",
        "if you would not mind", "if that is alright", "if that is okay", "if i may", "if i am honest",
        "if i am being honest", "to be honest", "to be fair", "in all honesty",
    )
)
# "Not at the moment, thanks": an answer said kindly (but "that was helpful, thank you" is thanks).
THANKS_AFTER = (("thank", "you"), ("thanks",))
REGRETS = (("i", "am", "afraid"), ("sadly",), ("unfortunately",), ("i", "am", "sorry", "to", "say"))
# "A one, no question", "five, no doubt about it": certainty said after an answer is emphasis, no "no"
# (wave 19; not after "have", "got" or "any": "I have no question").
EMPHASES = tuple(p.split() for p in ("no question", "no question about it", "no doubt", "no doubt about it",
                                     "without a doubt", "no two ways about it", "hands down"))
NOT_EMPHASIS_AFTER = frozenset({"have", "got", "any", "a", "is", "there"})
ANSWER_OPENERS = frozenset({"yes", "yeah", "yep", "sure", "no", "nope", "nah", "not", "okay", "ok", "alright"})
NEW_CLAUSE = _wordset("i there please thanks thank now that this it we sorry")
GREETINGS = tuple(p.split() for p in ("good morning", "good afternoon", "good evening", "hello", "hi", "hey there"))
# "Wait, what was the question", "hang on, who are you": an interruption before a whole request (but
# "hold on a minute" is itself the request).
# An apology or a call for attention before a whole request is dropped the same way ("I'm sorry, what
# can I do here"; but "sorry?" alone asks for the question again).
# Irish English opens a statement with these, as others say "well" ("ah sure it was grand", "sure look, it
# was fine"): no yes (wave 15). Dropped only before a whole statement, so "ah sure" alone stays a yes.
DISCOURSE = tuple(p.split() for p in ("ah sure look", "ah sure", "sure look"))
# A greeting said alone, with fillers or an opener ("aye, hello there, em", "oh hi um"): a person saying
# hello, not a yes to what was asked (wave 16). Nothing to act on: heard as nothing.
GREETING_HEADS = _wordset("hello hi hiya hey howdy hullo")
GREETING_ONLY = GREETING_HEADS | FILLERS | _wordset("well there again good morning afternoon evening aye yes yeah och right")
# "No thanks, not right now, bye": a farewell said last, after a no or thanks, is leaving (wave 16).
FAREWELLS = tuple(p.split() for p in ("bye bye", "bye now", "goodbye", "bye", "cheerio", "see you", "see ya"))
FAREWELL_AFTER = frozenset({"AMAZON.NoIntent", "ThanksIntent", "AMAZON.StopIntent"})

INTERRUPTIONS = tuple(p.split() for p in ("wait", "hang on", "hold on", "wait a second", "i am sorry",
                                          "excuse me"))
WHOLE_REQUEST = 3  # words that must follow an interruption for it to be dropped
# A reason or purpose after the answer ("yes because I want to try", "no, as he is home") does not
# change what the answer is.
REASONS = frozenset({"because", "cause", "cos", "coz", "since"})
PURPOSE = (("so", "that"), ("so", "i", "can"), ("so", "i", "could"))


# ... but "small" after these says a size ("it was small", "too small").
SMALL_AS_SIZE = _wordset("a the too so very is was were are it's quite really pretty that this")
TAG_VERBS = _wordset("would will could can")
QUESTION_WORDS = _wordset("what how who which where when why")


def _drop(found: list[str], phrase: list[str], anywhere: bool) -> list[str]:
    n = len(phrase)
    starts = range(len(found) - n + 1) if anywhere else range(1 if len(found) > n else 0)
    for i in starts:
        if found[i : i + n] == phrase and len(found) > n:
            return found[:i] + found[i + n :]
    return found


# How people say words in a hurry, and how speech-to-text writes them (no apostrophes): said out in
# full, as Alexa's recogniser and NLU hear them ("dunno" is "do not know", "whats" is "what is").
SPOKEN = {
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "cant": "cannot", "wont": "will not",
    "isnt": "is not", "arent": "are not", "wasnt": "was not", "havent": "have not", "wouldnt": "would not",
    "couldnt": "could not", "shouldnt": "should not", "whats": "what is", "thats": "that is",
    "hes": "he is", "shes": "she is", "youre": "you are", "theyre": "they are", "ive": "i have",
    "id": "i would", "lets": "let us", "oclock": "o'clock", "everyday": "every day",
    "gonna": "going to", "wanna": "want to", "gotta": "got to", "dunno": "do not know", "lemme": "let me",
    "gimme": "give me", "kinda": "kind of", "sorta": "sort of", "tbh": "to be honest",
    "ngl": "to be honest", "tbf": "to be fair", "idk": "i do not know",
    "ja": "yes", "yeh": "yes", "yah": "yes", "naw": "no", "cuz": "because", "ta": "thanks",
    # Scots, said out as the words they stand for (wave 15): "she's no wanting tae go", "I dinnae ken why".
    "tae": "to", "dinnae": "do not", "didnae": "did not", "cannae": "cannot", "wouldnae": "would not",
    "couldnae": "could not", "isnae": "is not", "wasnae": "was not", "disnae": "does not", "ken": "know",
    "em": "um",
}
# Words that join a free-text carrier to its text, one as good as another ("a note that", "a note saying").
CONNECTORS = _wordset("that saying says about")
# What a sentence's first part may be heard as for a request at its end to be the request.
UNSURE = frozenset({"AMAZON.FallbackIntent", "MaybeAnswerIntent", "AMAZON.HelpIntent", "HelpMeChooseIntent"})
# How a request at the end of a sentence starts ("..., can you help me").
REQUEST_STARTS = _wordset("can could would will help tell what how")
# What a clause after an answer is heard as first: it is never lost behind the answer.
URGENT = frozenset({"SafetyIntent", "QuickExitIntent"})
# A clause after an answer that asks to leave is what the person wants ("no thank you, that will be all").
LEAVING = frozenset({"AMAZON.StopIntent"})
URGENT_SCORE = 60  # how well the clause alone must be heard as urgent (a Match's score, in hundredths)
APPROVING = {("would", "be"), ("sounds",), ("sounds", "really"), ("seems",), ("is", "fine")}
APPROVED = _wordset("good great nice lovely fine perfect best helpful ideal grand brilliant wonderful handy useful excellent")
# Thanks said after a request's approval ("a check in would be lovely, thanks a million").
THANKS_TAIL = tuple(p.split() for p in ("thanks a million", "thanks a lot", "thank you so much", "thank you", "thanks",
                                        "cheers"))
POINTING = _wordset("that this it i")
# The words a new clause starts with, after a whole sentence of the model ("no, he might find it").
CLAUSE_SUBJECTS = _wordset("i he she they we it there his her their")
# ... or with a word that joins a clause of its own to it ("yeah, when it's calm it's lovely").
SUBORDINATORS = _wordset("when if once while unless though although whenever")
# ... but "once" before these counts how often ("maybe once a week", "once or twice", "once in a while").
ONCE_AS_COUNT = _wordset("a an or in every per more again")
HEDGES = frozenset({"maybe", "perhaps", "possibly"})
# Said before a yes or no, they leave it a yes or no ("mostly yes", "probably not").
ANSWER_HEDGES = _wordset("mostly probably generally largely mainly definitely absolutely")
HEDGED = _wordset("you we i could can would should might")
# "The first, no wait, the second": a speaker who corrects themselves means what comes after.
CORRECTIONS = tuple(p.split() for p in ("no wait", "no sorry", "sorry no", "i mean", "or rather", "no actually",
                                       "no make it", "no make that", "no hang on make it"))


def _spoken(text: str) -> list[str]:
    return " ".join(SPOKEN.get(w, w) for w in normalise(text).split()).split()


# -- Changing one's mind mid-sentence (wave 12, uf) ------------------------------------------------
# More ways of taking back what was just said: "the reflection, no hang on, the notes", "yes, on second
# thought, no", "I meant to hear my notes but you know what, a check in" (not "scratch that": it is also
# "scratch that last note").
CHANGES_OF_MIND = tuple(p.split() for p in (
    "no hang on", "no hold on", "wait no", "actually no", "on second thought", "on second thoughts",
    "but you know what",
))
# "Yeah, actually no problem" is no change of mind: what follows the marker is part of an idiom.
_NOT_A_CHANGE = _wordset("problem problems worries bother")
# The half of the day said before the change of mind still holds after it, unless a new one is said:
# "ten pm, no wait, make it half ten" is half past ten in the evening.
_HALF_OF_DAY = (("in", "the", "morning"), ("in", "the", "afternoon"), ("in", "the", "evening"), ("at", "night"),
                ("tonight",), ("pm",), ("am",), ("p", "m"), ("a", "m"))


def _half_of_day(toks: list[str]) -> tuple[str, ...] | None:
    for i in range(len(toks)):
        for half in _HALF_OF_DAY:
            if tuple(toks[i : i + len(half)]) == half:
                return half
    return None


def _kept_half_of_day(before: list[str], after: list[str]) -> list[str]:
    """The words after a change of mind, with the half of the day said before it when they name an hour
    and no half of the day of their own."""
    half = _half_of_day(before)
    if half is None or _half_of_day(after) is not None or not _TIME_IN.search(" ".join(after)):
        return after
    return [*after, *half]


# A bare "no" between two picks from a list or two hours is a change of mind too: "the fourth, no, the
# second one", "seven, no, eight" (but "the first one, no thanks" is no new pick, nor "no one" anyone).
_PICKS = _wordset("first second third fourth fifth sixth last final one two three four five six seven eight nine "
                  "ten eleven twelve")


def _bare_no_between_picks(found: list[str], i: int) -> bool:
    return (found[i] == "no" and found[i - 1] in _PICKS | {"am", "pm", "o'clock"} and found[i + 1 : i + 2] != ["one"]
            and bool(set(found[i + 1 : i + 4]) & _PICKS))


# "Let's do the chicken, sorry, the check in", "the third sorry the second one": a bare "sorry" between a word
# and the same kind of word again, said anew from its article or as a pick, corrects the first (wave 20). Not an
# apology ("I'm sorry", "he said sorry", "so sorry") nor "sorry" with a clause after it ("sorry I'm late").
_SORRY_RESTARTS = _PICKS | _wordset("the a an my our his her that this")
_SORRY_NOT_AFTER = _wordset("i am i'm so really very too feel felt be being say said says saying was is are were not "
                            "you he she we they get got sound sounded look looked truly deeply")
# "Mummy's on the phone, sweetie, hang on, um, the second one": an aside to someone in the room, then "hang on"
# or "hold on" and the request: the request is what is meant (wave 20; not "hang on to that", "hold on a sec").
_ASIDE_ENDS = (("hang", "on"), ("hold", "on"))
_NOT_AFTER_ASIDE = _wordset("to a tight in for tae let")
ASIDE_BEFORE = 2  # words said to someone else before the marker


def _sorry_corrects(found: list[str], i: int) -> bool:
    return (found[i] == "sorry" and i >= 2 and found[i - 1] not in _SORRY_NOT_AFTER
            and len(found) - i - 1 >= 1 and found[i + 1] in _SORRY_RESTARTS)


def _aside_ends(found: list[str], i: int) -> bool:
    after = [w for w in found[i + 2 :] if w not in FILLERS]
    return (i >= ASIDE_BEFORE and tuple(found[i : i + 2]) in _ASIDE_ENDS and len(after) >= 2
            and after[0] not in _NOT_AFTER_ASIDE and found[i + 2] not in _NOT_AFTER_ASIDE)


def corrected(found: list[str]) -> list[str]:
    """What is said after the last self-correction, when something came before it and after it."""
    for i in range(len(found) - 1, 0, -1):
        for marker in CORRECTIONS + CHANGES_OF_MIND:
            end = i + len(marker)
            if found[i:end] == marker and end < len(found) and found[end] not in _NOT_A_CHANGE:
                return _kept_half_of_day(found[:i], found[end:])
        if _bare_no_between_picks(found, i) or _sorry_corrects(found, i):  # "the first, no wait, the second"
            return _kept_half_of_day(found[:i], found[i + 1 :])
        if _aside_ends(found, i):
            return found[i + 2 :]
    return found


# "He came home late again and we had words, so I'd say hard": after a story, the answer said last,
# after one of these, is the answer (a few words; a reason after the marker is no answer).
CONCLUSIONS = tuple(p.split() for p in ("so i would say", "i would say", "so i would call it", "i would call it",
                                       "so i guess", "so i would give it", "i would give it", "so let us say",
                                       "so overall", "all in all"))
STORY_BEFORE = 3  # words of story before the marker
ANSWER_AFTER = 5  # at most this many words after it


def concluded(found: list[str]) -> list[str]:
    for i in range(len(found) - 1, STORY_BEFORE - 1, -1):
        for marker in CONCLUSIONS:
            end = i + len(marker)
            after = found[end:]
            if (found[i:end] == marker and 0 < len(after) <= ANSWER_AFTER
                    and after[0] not in REASONS | {"that", "it", "he", "she", "we", "they"}):
                return after
    return found


# "My sister says I should leave him, what do you think?": asking the skill's view of what was just said
# asks nothing more; the request is what came before.
TAG_QUESTIONS = tuple(p.split() for p in ("what do you think", "what do you reckon", "what would you say",
                                         "what say you", "do you think"))


def untagged(found: list[str]) -> list[str]:
    for tag in TAG_QUESTIONS:
        if len(found) > len(tag) + 2 and found[-len(tag):] == tag:
            return found[: -len(tag)]
    return found


# Australian and New Zealand English: "nah yeah" agrees and "yeah nah" declines; the last word is the answer.
MIXED_OPENERS: dict[tuple[str, ...], str] = {
    ("nah", "yeah"): "yes", ("no", "yeah"): "yes", ("nah", "yes"): "yes",
    ("yeah", "nah"): "no", ("yeah", "no"): "no", ("yes", "nah"): "no",
}


def unmixed(found: list[str]) -> list[str]:
    said = MIXED_OPENERS.get(tuple(found[:2]))
    if said is None or (found[2:3] and found[2] in _NOT_A_CHANGE):  # "yeah, no worries" is no "no"
        return found
    return [said, *found[2:]]


# "So yeah, we've been together eleven years ...", "um so yeah I think I'd like to hear ...": "so yeah" said
# before a whole statement or request only moves the talk on, as "so" alone does; it answers no question (wave
# 20). Said first only: after a story, "so yes, keep going" is the answer.
SO_YEAH = frozenset({"yeah", "yes", "yep", "aye"})


def _without_so_yeah(found: list[str]) -> list[str]:
    i = next((k for k, w in enumerate(found) if w not in FILLERS - {"so"}), len(found))  # after "um", "oh"
    after = [w for w in found[i + 2 :] if w not in FILLERS]
    if found[i : i + 1] == ["so"] and found[i + 1 : i + 2] and found[i + 1] in SO_YEAH and len(after) >= WHOLE_REQUEST:
        return found[:i] + found[i + 2 :]
    return found


def words(text: str) -> list[str]:
    """Normalised words: fillers, a greeting and polite wrappers dropped (and a leading "okay" when
    more follows)."""
    found = unmixed(untagged(concluded(corrected(_without_so_yeah(_spoken(text))))))
    # "Aye hello there, my wife's ...", "yeah hi, um ...": a yes said with a greeting is part of the hello (wave 20).
    if len(found) > 2 and found[0] in SO_YEAH and any(found[1 : 1 + len(g)] == list(g) for g in GREETINGS):
        found = found[1:]
    for greeting in GREETINGS:
        found = _drop(found, greeting, anywhere=False)
    for marker in DISCOURSE:
        if len(found) - len(marker) >= WHOLE_REQUEST and found[: len(marker)] == marker:
            found = found[len(marker) :]
            break
    # Nigerian English says "please" as "I beg" ("I beg, go back"; not "I beg your pardon").
    for i in range(len(found) - 2):
        if found[i : i + 2] == ["i", "beg"] and found[i + 2] not in ("your", "you", "to"):
            found = found[:i] + found[i + 2 :]
            break
    # West African English says "a little" as "small", after the request ("go back small", "wait small").
    if len(found) > 2 and found[-1] == "small" and found[-2] not in SMALL_AS_SIZE:
        found = found[:-1]
    for interruption in INTERRUPTIONS:
        if len(found) - len(interruption) >= WHOLE_REQUEST:
            found = _drop(found, interruption, anywhere=False)
    for wrapper in WRAPPERS:
        found = _drop(found, wrapper, anywhere=True)
    # "One, I'm afraid", "not really, sadly": regret said after an answer is politeness.
    for regret in REGRETS:
        if len(found) > len(regret) and tuple(found[-len(regret) :]) == regret:
            found = found[: -len(regret)]
    for emphasis in EMPHASES:
        n = len(emphasis)
        if len(found) > n and found[-n:] == emphasis and found[-n - 1] not in NOT_EMPHASIS_AFTER:
            found = found[:-n]
            break
    for thanks in THANKS_AFTER:
        answer = bool(found) and found[0] in ANSWER_OPENERS
        if answer and len(found) > len(thanks) and tuple(found[-len(thanks) :]) == thanks:
            found = found[: -len(thanks)]
    # "A short check in sounds good": what is named before an approval is the request (but "that
    # sounds good" is a yes).
    body = found
    for said_last in THANKS_TAIL:
        if len(found) > len(said_last) + 2 and found[-len(said_last):] == said_last:
            body = found[: -len(said_last)]
            break
    for n in (3, 2):
        tail = body[-n:]
        if (len(body) > n and tail[-1] in APPROVED and tuple(tail[:-1]) in APPROVING
                and body[0] not in ANSWER_OPENERS | POINTING):
            found = body[:-n]
            break
    # "Expand on that a bit, would you": a tag question after a request asks nothing more.
    if (len(found) > 3 and found[-2] in TAG_VERBS and found[-1] == "you"
            and not {found[0], found[-3]} & (TAG_VERBS | QUESTION_WORDS)):
        found = found[:-2]
    found = [w for w in found if w not in FILLERS]
    # "Could you maybe tell me more": a hedge inside a request softens it; it is no answer of maybe.
    found = [w for i, w in enumerate(found)
             if not (w in HEDGES and 0 < i < len(found) - 1 and found[i - 1] in HEDGED)]
    while len(found) > 1 and found[0] in LEADING and found[:2] != ["now", "and"]:  # "now and then" is said whole
        found = found[1:]
    return found


# -- Calling the listener a name (wave 12, uf) -----------------------------------------------------
# "Sure thing bud", "go on then mate", "yes please sir": a name for the listener said last carries no
# meaning ("love" is left out: "we're still in love"). Dropped from what people say only: the model's own
# "go on then dear" stays a sample of its own, never one more "go on then".
VOCATIVES = _wordset("bud buddy mate pal hun hon dear darling sweetheart lass lad sir madam ma'am chief boss")

# ... unless it is a noun there ("my best mate", "the boss").
_BEFORE_A_NOUN = _wordset("my a an the his her our your their best good old new dear")


def _without_vocative(found: list[str]) -> list[str]:
    if len(found) > 1 and found[-1] in VOCATIVES and found[-2] not in _BEFORE_A_NOUN:
        return found[:-1]
    return found


def main_clause(toks: list[str]) -> list[str]:
    """The words before a reason or purpose clause, when something comes before it."""
    for i, tok in enumerate(toks):
        if i and (tok in REASONS or any(toks[i : i + len(p)] == list(p) for p in PURPOSE)):
            return toks[:i]
    return toks


def content(tokens: list[str]) -> list[str]:
    return [stem(t) for i, t in enumerate(tokens)
            if t in KEEP or t not in STOPWORDS or (t in VERBS_TOO and (i == 0 or tokens[i - 1] not in DEGREE))]


@dataclass
class Value:
    type: str
    id: str
    canonical: str
    phrase: str
    tokens: frozenset[str]


@dataclass
class Sample:
    intent: str
    tokens: frozenset[str]
    slots: dict[str, str]  # slot name -> slot type, for the slots this sample names
    small: frozenset[str] = frozenset()  # its small words too ("what ARE the choices")


@dataclass
class Spotted:
    slot_type: str
    raw: str
    id: str | None
    canonical: str | None
    used: frozenset[str]  # the content words this value accounts for
    confidence: float


_TIME_IN = re.compile(rf"\b(?:{TIME_PATTERN})\b")
SINCE = _wordset("until till til since")
# What in a time already says which half of the day it is.
_MARKED = re.compile(r"\b(?:am|pm|a m|p m|morning|afternoon|evening|night|tonight|noon|midday|midnight|hundred)\b")
# A part of the day said anywhere in the sentence ("every evening at seven") places the hour.
_DAY_PART = re.compile(r"\b(?P<part>morning|afternoon|evening|night|tonight)\b")
# The generalising parts, built once a model (keyed by the literal matcher's cached model object).
_GENERAL: dict[int, dict[str, Any]] = {}
# A number said with a unit is an amount ("ten minutes", "five times", "eleven years"), not an answer
# of a number (Alexa hears it as a duration, or as part of the sentence).
# ... and so is a range of them ("three or four times a week", "two to three nights a week").
_NUMBER = re.compile(r"\b(\d+|" + "|".join(NUMBER_WORDS) + r")\b(?!(?: (?:or|to) (?:\d+|" + "|".join(NUMBER_WORDS)
                     + r"))? (?:minutes?|mins?|hours?|hrs?|seconds?|secs?|times|years?|days|nights|weeks|months|of)\b)")
# "the two of us" counts people, it is no answer


# "The final one", "that one": "one" after these stands for a thing, it is no number.
ONE_AFTER = _wordset("the that this which last final first second third next other another same new middle")


class GeneralNlu(Nlu):
    """The generalising mode. Same interface as the literal ``Nlu``."""

    def __init__(self, locale: str = "en-US", model_path: Path | None = None) -> None:
        super().__init__(locale, model_path)
        cached = _GENERAL.get(id(self.model))
        if cached is None:
            self._build_general()
            _GENERAL[id(self.model)] = {k: self.__dict__[k] for k in ("values", "telling", "escape_phrases", "carriers", "phrases", "samples", "weight", "unknown_weight")}
        else:
            self.__dict__.update(cached)

    def _build_general(self) -> None:
        lm = self.model["interactionModel"]["languageModel"]
        # The escapes' sentences, Alexa's own and the model's ("what should I say" is help), heard
        # while free text is elicited.
        self.escape_phrases = {e: {tuple(words(p)) for p in BUILTIN_PHRASES.get(e, [])} for e in ESCAPES}
        for it in lm["intents"]:
            if it["name"] in ESCAPES:
                self.escape_phrases[it["name"]] |= {tuple(words(p)) for p in it.get("samples", [])}
        self.values: dict[str, list[Value]] = {}
        for t in lm.get("types", []):
            found = []
            for v in t["values"]:
                vid = v.get("id") or v["name"]["value"]
                canonical = v["name"]["value"]
                for phrase in [canonical, *v["name"].get("synonyms", [])]:
                    toks = frozenset(content(words(phrase)))
                    found.append(Value(t["name"], vid, canonical, normalise(phrase), toks))
            self.values[t["name"]] = found
        # How telling a word is among one slot type's values: "alone" names one topic, "partner" most.
        self.telling: dict[str, dict[str, float]] = {}
        for stype, found in self.values.items():
            ids_with: dict[str, set[str]] = {}
            for v in found:
                for tok in v.tokens:
                    ids_with.setdefault(tok, set()).add(v.id)
            n_ids = len({v.id for v in found})
            self.telling[stype] = {tok: math.log(1 + n_ids / len(ids)) for tok, ids in ids_with.items()}
        self.samples: list[Sample] = []
        for it in lm["intents"]:
            slot_types = {s["name"]: s["type"] for s in it.get("slots", [])}
            for sample in list(it.get("samples", [])) + BUILTIN_PHRASES.get(it["name"], []):
                names = re.findall(r"\{(\w+)\}", sample)
                plain = re.sub(r"\{\w+\}", " ", sample)
                said = set(content(words(plain))) | {f"<{slot_types.get(n, 'AMAZON.SearchQuery')}>" for n in names}
                self.samples.append(Sample(it["name"], frozenset(said), {n: slot_types.get(n, "") for n in names},
                                           frozenset(words(plain))))
        # Free-text carriers whose lead-in ends in a connector ("make a note that {text}"): the lead-in's
        # words, then any connector, then the free text ("make a note saying we had a calm dinner").
        self.carriers: dict[frozenset[str], tuple[str, str]] = {}
        for it in lm["intents"]:
            free = [s["name"] for s in it.get("slots", []) if s["type"] == "AMAZON.SearchQuery"]
            for sample in it.get("samples", []):
                lead, _, after = sample.partition("{")
                heard = words(lead)
                if free and after.rstrip("}") in free and len(heard) > 1 and heard[-1] in CONNECTORS:
                    self.carriers.setdefault(frozenset(content(heard[:-1])), (it["name"], after.rstrip("}")))
        # Each intent's own sentences without slots, as heard ("i guess so", "that is fine").
        self.phrases: dict[str, set[tuple[str, ...]]] = {}
        for it in lm["intents"]:
            for sample in list(it.get("samples", [])) + BUILTIN_PHRASES.get(it["name"], []):
                if "{" not in sample and words(sample):
                    self.phrases.setdefault(it["name"], set()).add(tuple(words(sample)))
        # How telling a word is: rarer across intents weighs more.
        intents_with: dict[str, set[str]] = {}
        for s in self.samples:
            for tok in s.tokens:
                intents_with.setdefault(tok, set()).add(s.intent)
        n = len({s.intent for s in self.samples})
        self.weight = {tok: math.log(1 + n / len(found)) for tok, found in intents_with.items()}
        self.unknown_weight = 1.5 * math.log(1 + n)  # a word no sample knows counts against a match

    # -- scoring -------------------------------------------------------------------------------
    def _w(self, tok: str) -> float:
        if tok.startswith("<"):
            return SLOT_WEIGHT
        return self.weight.get(tok, self.unknown_weight)

    def _unknown(self, tok: str) -> bool:
        return not tok.startswith("<") and tok not in self.weight

    def _spot(self, said: str, tokens: frozenset[str]) -> dict[str, Spotted]:
        """The best value of every slot type heard in the sentence."""
        spotted: dict[str, Spotted] = {}
        gone_by = _PAST_TIME.sub(" ", said)
        if gone_by != said:
            tokens = tokens - (set(said.split()) - set(gone_by.split()))
            said = " ".join(gone_by.split())
        padded = f" {said} "
        w_said = math.fsum(self._w(t) for t in tokens)
        for stype, values in self.values.items():
            best: tuple[float, Spotted] | None = None
            for v in values:
                last_word = " " not in v.phrase and said.endswith(f" {v.phrase}")  # "turn private mode on"
                if not v.tokens and v.phrase != said and not last_word:
                    continue  # "a bit" names a value said alone; in "struggling a bit" it is a degree
                if v.phrase and f" {v.phrase} " in padded:
                    confidence = 1.0  # said whole
                    shared = v.tokens & tokens
                elif v.tokens and tokens:
                    shared = v.tokens & tokens
                    if not shared:
                        continue
                    if len(shared - GENERIC) < 2 and " " in v.phrase:
                        continue  # one shared word of a longer phrase ("time" of "at times") is too little
                    w_shared = math.fsum(self._w(t) for t in shared)
                    confidence = w_shared / math.fsum(self._w(t) for t in v.tokens)
                    if confidence < FUZZY_VALUE or w_shared < 1.5:
                        continue
                else:
                    continue
                # The value that accounts for most of the sentence wins; a whole phrase, then the longer.
                telling = self.telling[stype]
                explains = math.fsum(self._w(t) * telling.get(t, 0.0) for t in shared) / w_said if w_said else 0.0
                key = confidence * (1 + explains) + len(v.phrase) / 10000
                if best is None or key > best[0]:
                    best = (key, Spotted(stype, v.phrase, v.id, v.canonical, shared, confidence))
            if best is not None:
                spotted[stype] = _said_twice_over(best[1], values, tokens)
        number = next((n for n in _NUMBER.finditer(said)
                       if n.group(1) != "one" or _word_before(said, n.start()) not in ONE_AFTER), None)
        if number:
            value = number.group(1)
            value = str(NUMBER_WORDS.get(value, value))
            spotted["AMAZON.NUMBER"] = Spotted("AMAZON.NUMBER", value, None, None, frozenset({number.group(1)}), 1.0)
        time = _spot_time(said)
        if time:
            spotted["AMAZON.TIME"] = time
        return spotted

    def _score(self, sample: Sample, tokens: frozenset[str], spotted: dict[str, Spotted]) -> float:
        have = set(tokens)
        conf = 1.0
        # A slot value said in several words weighs as much as they do ("why they resist"), and at
        # least SLOT_WEIGHT.
        slot_w: dict[str, float] = {}
        for stype in sample.slots.values():
            found = spotted.get(stype)
            if found is None:
                return 0.0
            have -= found.used
            have.add(f"<{stype}>")
            many = len(found.used) > 1
            slot_w[f"<{stype}>"] = max(SLOT_WEIGHT, math.fsum(self._w(t) for t in found.used) if many else 0.0)
            conf *= min(found.confidence, 1.0)

        def w(tok: str) -> float:
            return slot_w.get(tok) or self._w(tok)

        if "<AMAZON.SearchQuery>" in sample.tokens:
            return 0.0  # a free-text carrier ("note that ..."): only as written (the literal matcher)
        shared = sample.tokens & have
        if not shared:
            return 0.0
        w_shared = math.fsum(w(t) for t in shared)
        w_sample = math.fsum(w(t) for t in sample.tokens)
        if w_shared < SAMPLE_COVERAGE * w_sample:
            return 0.0  # most of what the sample says must be said
        # A word no sample knows, said where the sample has a word that was not said, when only one
        # word is shared ("play some jazz" for "play my notes"), is another request, not this one in
        # other words.
        unknown = UNKNOWN_EXTRA if len(shared) == 1 and shared != sample.tokens else 1.0
        w_extra = math.fsum(self._w(t) * (unknown if self._unknown(t) else 1.0) for t in have - shared)
        dice = 2 * w_shared / (w_sample + w_shared + EXTRA_WORDS * w_extra)
        if bool(NEGATION & have) != bool(NEGATION & sample.tokens):
            dice *= NEGATION_MISMATCH
        return dice * conf

    def understand(self, text: str) -> Match:
        literal = super().understand(text)
        if literal.intent != "AMAZON.FallbackIntent":
            return literal
        said = _spoken(text)
        if said and set(said) <= GREETING_ONLY and set(said) & GREETING_HEADS:
            return literal  # a hello is not an answer
        for farewell in FAREWELLS:
            n = len(farewell)
            if len(said) > n and said[-n:] == list(farewell):
                before = self.understand(" ".join(said[:-n]))
                if before.intent in FAREWELL_AFTER:
                    return Match("AMAZON.StopIntent", {}, before.score)
                break
        toks = _without_vocative(words(text))
        main = _without_vocative(words(" ".join(main_clause(normalise(text).split()))))  # before "so" is dropped
        for shorter in (toks, main):
            stripped = " ".join(shorter)
            if stripped and stripped != normalise(text):
                again = super().understand(stripped)
                if again.intent != "AMAZON.FallbackIntent":
                    return again
        toks = main if len(main) < len(toks) else toks
        leading = self._leading(toks) or self._carried(toks) or self._repeated(toks) or self._trailing(toks)
        if leading is not None:
            return leading
        stripped = " ".join(toks)
        tokens = frozenset(content(toks))
        if not tokens:
            return literal
        spotted = self._spot(stripped, tokens)
        # "No, I'm good", "yeah, tell me more": a sentence that opens with yes or no leans that way.
        hedged = toks[1:] if len(toks) > 1 and toks[0] in ANSWER_HEDGES else toks  # "mostly yes, ..."
        opener = stem(hedged[0]) if hedged and stem(hedged[0]) in ("yes", "no") else None
        if opener is None and len(toks) > 2 and stem(toks[-1]) in ("yes", "no") and toks[-2] not in NEGATION:
            opener = stem(toks[-1])  # "that's grand, yes"
        # "Thanks, I needed that", "that's lovely, thank you": thanks said first or last is thanks.
        if opener is None and toks and "thank" in (stem(toks[0]), stem(toks[-1]), stem(toks[-2]) if len(toks) > 1 else ""):
            opener = "thank"
        # Equal scores: the sample that shares more of the small words too ("what are the choices" is
        # help's "what are my choices", not "what were the choices").
        everything = frozenset(toks)
        best: tuple[float, float, Sample] | None = None
        for sample in self.samples:
            score = self._score(sample, tokens, spotted)
            if opener and score and sample.intent == OPENS[opener]:
                score += OPENER_BONUS
            if score <= 0:
                continue
            key = (round(score, 9), len(sample.small & everything) / len(sample.small | everything))
            if best is None or key > best[:2]:
                best = (*key, sample)
        if best is None or best[0] < THRESHOLD:
            return Match("AMAZON.FallbackIntent", {}, 0)
        score, _, sample = best
        slot_types = self.intents.get(sample.intent, {})
        slots = {n: alexa.slot(n, None) for n in slot_types}
        for name, stype in sample.slots.items():
            if stype == "AMAZON.SearchQuery":
                slots[name] = alexa.slot(name, _free_text(stripped, sample))
                continue
            found = spotted[stype]
            if found.id is not None and stype in OPEN_TYPES and not _whole(found, sample, tokens, stripped):
                # Alexa fills an open slot with the words said and resolves them only when they are one
                # of its values: "worse than yesterday" or "we actually laughed at dinner" arrive as said,
                # for the skill to read, never as the nearest value ("better than yesterday").
                slots[name] = alexa.slot(name, stripped)
            elif found.id is not None:
                slots[name] = alexa.slot(name, found.raw, resolved_id=found.id,
                                         resolved_name=found.canonical, slot_type=stype)
            else:
                slots[name] = alexa.slot(name, found.raw)
        return Match(sample.intent, slots, int(score * 100))

    def _leading(self, toks: list[str]) -> Match | None:
        """A sentence of the model said first, then a clause of its own: "help me please, I don't know
        how this works", "I'd rather not, he might see it", "no, he might find it" (the longest such
        opening; one word only when it is an answer, and a new clause starts with its subject)."""
        for k in range(len(toks) - 1, 0, -1):
            subjects = CLAUSE_SUBJECTS | SUBORDINATORS
            if toks[k] not in subjects or (k == 1 and toks[0] not in ANSWER_OPENERS):
                continue
            if toks[k] == "once" and toks[k + 1 : k + 2] and toks[k + 1] in ONCE_AS_COUNT:
                continue
            found = super().understand(" ".join(toks[:k]))
            if found.intent != "AMAZON.FallbackIntent":
                rest = self.understand(" ".join(toks[k:]))
                urgent = rest.intent in URGENT | LEAVING and rest.score >= URGENT_SCORE
                if urgent:
                    return rest  # "no, he hurts me" is for safety first; "no, stop" stops
                open_slots = [n for n, t in self.intents.get(found.intent, {}).items() if t in OPEN_TYPES]
                if open_slots and rest.intent == found.intent:
                    # The same answer said twice over ("worse than yesterday, it was awful"): an open slot
                    # holds every word said, for the skill to read as a whole, as Alexa's would.
                    said = " ".join(toks)
                    return Match(found.intent, {**found.slots, **{n: alexa.slot(n, said) for n in open_slots}},
                                 found.score)
                return found
        return None

    def _trailing(self, toks: list[str]) -> Match | None:
        """What was said first, then a request of the model at the end: "I don't really know what to
        do, can you help me" (the longest such request)."""
        for k in range(1, len(toks) - 1):
            if toks[k] not in REQUEST_STARTS:
                continue
            found = super().understand(" ".join(toks[k:]))
            if found.intent != "AMAZON.FallbackIntent":
                before = self.understand(" ".join(toks[:k])).intent
                # What came first asks nothing itself ("I'm not sure which"), or the whole sentence
                # decides ("my wife refuses to see a counselor, what am I supposed to do").
                return found if before in UNSURE else None
        return None

    def _repeated(self, toks: list[str]) -> Match | None:
        """Two or more of one intent's sentences, one after another: "I guess so, yeah, that's fine"."""
        for intent, phrases in self.phrases.items():
            if len(toks) > 1 and tuple(toks) not in phrases and _spoken_as(toks, phrases):
                return Match(intent, {n: alexa.slot(n, None) for n in self.intents.get(intent, {})}, 0)
        return None

    def _carried(self, toks: list[str]) -> Match | None:
        """A free-text carrier's lead-in, a connector, then at least two words of free text."""
        for i in range(1, len(toks) - 2):
            if toks[i] not in CONNECTORS:
                continue
            lead = frozenset(content(toks[:i]))
            found = self.carriers.get(lead)
            if found is not None and (len(lead) > 1 or i == 1):  # "note that ...", not "the note about ..."
                intent, slot_name = found
                rest = toks[i:]
                while len(rest) > 2 and rest[0] in CONNECTORS:
                    rest = rest[1:]
                slots = {n: alexa.slot(n, None) for n in self.intents.get(intent, {})}
                slots[slot_name] = alexa.slot(slot_name, " ".join(rest))
                return Match(intent, slots, 0)
        return None

    def elicited(self, text: str, intent: str, slot_name: str) -> Match:
        """Free text after an ElicitSlot: the escapes said plainly still escape, fillers aside."""
        said = " ".join(w for w in words(text) if w not in ("now", "right", "wait"))
        toks = said.split()
        opened_no = bool(toks) and toks[0] in NO_WORDS
        while len(toks) > 1 and toks[0] in ANSWER_OPENERS:
            toks = toks[1:]  # "no, stop, I can't do this"
        if opened_no and tuple(toks) in NOTHING_MORE:
            return super().elicited(text, intent, slot_name)  # "nah, that's all": nothing to add, no escape
        for escape in ESCAPES:
            if said in BUILTIN_PHRASES.get(escape, []) or _spoken_as(toks, self.escape_phrases[escape]):
                return Match(escape, {}, 0)
            # "Cancel, I've changed my mind": the escape word said as a clause of its own, then a new
            # clause (not "stop shouting at me", where "stop" governs what follows).
            if len(toks) > 1 and toks[0] in BUILTIN_PHRASES.get(escape, []) and toks[1] in NEW_CLAUSE:
                return Match(escape, {}, 0)
        return super().elicited(text, intent, slot_name)


NO_WORDS = _wordset("no nope nah not")
# Said after a no where words were asked for, these say there is nothing to add ("nah, that's all"), not
# that the person wants to leave.
NOTHING_MORE = frozenset(tuple(p.split()) for p in (
    "that is all", "that is it", "that is everything", "that will be all", "nothing else", "nothing more",
    "that is all really", "that is it really"))


# Slot types whose words the skill reads itself when Alexa could not resolve them (the check-in's mood).
OPEN_TYPES = frozenset({"MoodType"})


def _whole(found: Spotted, sample: Sample, tokens: frozenset[str], said: str) -> bool:
    """Whether a spotted value is all the slot would hold: said whole, with no word beyond it and the
    sample's, and not turned by a negation just before it ("wasn't the worst" is no "the worst")."""
    turned = re.search(rf"\b(?:not|never|hardly)\s+(?:\w+\s+)?{re.escape(found.raw)}\b", said)
    return found.confidence >= 1.0 and not (tokens - found.used - sample.tokens) and not turned


def _spoken_as(toks: list[str], phrases: set[tuple[str, ...]]) -> bool:
    """Whether the words are one or more of these phrases, one after another ("never mind, cancel
    that" is two ways of saying cancel)."""
    if not toks:
        return False
    can_end = [True] + [False] * len(toks)
    for end in range(1, len(toks) + 1):
        can_end[end] = any(can_end[start] and tuple(toks[start:end]) in phrases for start in range(end))
    return can_end[-1]


def _free_text(said: str, sample: Sample) -> str:
    """The words after the sample's own lead-in ("note that ..."): the free text."""
    lead = sorted(sample.tokens - {"<AMAZON.SearchQuery>"})
    toks = said.split()
    last = 0
    for i, tok in enumerate(toks):
        if stem(tok) in lead:
            last = i + 1
    return " ".join(toks[last:]) or said


# A time gone by ("last night", "yesterday morning", "the other evening") names no value the person
# asks for: its words are set aside before slot values are spotted.
_PAST_TIME = re.compile(
    r"\b(?:last|yesterday|the other|earlier this) (?:night|morning|afternoon|evening|week|weekend|month|year"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


def _said_twice_over(found: Spotted, values: list[Value], tokens: frozenset[str]) -> Spotted:
    """A value said again in other words of its own ("daily, it's constant", "every week, weekly"): the
    words of every synonym of the same value that were said are accounted for by it, so the second way of
    saying it weighs for the slot, not against it (wave 14, un). Not for moods: their synonyms are everyday
    words ("okay", "the same") that often stand side by side in an answer to another question."""
    if found.id is None or found.slot_type == "MoodType":
        return found
    also = [v.tokens for v in values
            if v.id == found.id and v.tokens and v.tokens <= tokens and v.tokens - GENERIC]
    used = found.used.union(*also)
    return found if used == found.used else replace(found, used=used)


def _word_before(said: str, at: int) -> str:
    return (said[:at].split() or [""])[-1]


# A bare hour is a time when a part of the day goes with it and a word before it says a time is coming:
# "at nine tonight", and (wave 12, uf) "about ten of an evening", "say seven, once it's evening", "make it
# six tonight".
_BARE_HOUR_CUE = re.compile(r"\b(?:at|around|about|say|make it)(?: like)? $")


def _spot_time(said: str) -> Spotted | None:
    """A time said anywhere in the sentence, read as the literal stand-in reads AMAZON.TIME (one
    pattern, one reading); a part of the day said elsewhere places the hour ("every evening at
    seven"); a bare number is a number, not a time, unless a part of the day or "at" goes with it."""
    for m in _TIME_IN.finditer(said):
        if _word_before(said, m.start()) in SINCE:
            continue  # "we stay up until three in the morning" tells how long, it asks for no time
        value = time_value(m.group(0))
        if not re.fullmatch(r"\d\d:\d\d", value):
            continue
        hour, minute = int(value[:2]), int(value[3:])
        marked = _MARKED.search(m.group(0))
        part = _DAY_PART.search(said)
        bare = re.fullmatch(HOUR_PATTERN, m.group(0)) and ":" not in m.group(0)
        if not marked and part and (not bare or _BARE_HOUR_CUE.search(said[: m.start()])):
            if part.group("part") != "morning" and hour < 12:
                hour += 12  # "every evening at seven", "at nine tonight"
            elif part.group("part") == "morning" and hour == 12:
                hour = 0
        elif bare:
            continue  # a bare number is a number, not a time
        used = frozenset(stem(w) for w in m.group(0).split())
        return Spotted("AMAZON.TIME", f"{hour:02d}:{minute:02d}", None, None, used, 1.0)
    return None


def make_nlu(mode: str, locale: str = "en-US") -> Any:
    """``literal`` (the model's own sentences only) or ``general`` (generalising, closer to Alexa)."""
    if mode == "literal":
        return Nlu(locale)
    if mode == "general":
        return GeneralNlu(locale)
    raise ValueError(f"unknown NLU mode {mode!r}: literal or general")
