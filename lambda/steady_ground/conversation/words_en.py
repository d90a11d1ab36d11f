"""How English speakers say things the skill listens for: recognition patterns, not speech.

Nothing here is ever spoken (every spoken word lives in content/). ``hearing.py`` reads these
lists; another language adds its own module with the same names.
"""

from __future__ import annotations

# Sounds and words people make while thinking, before (or instead of) an answer.
FILLERS: tuple[str, ...] = (
    "um", "umm", "ummm", "uh", "uhh", "uhm", "er", "erm", "hmm", "hmmm", "mm", "mmm", "ah", "eh", "oh", "well",
    "so", "like", "you know", "i mean", "let me think", "let me see", "hang on let me think", "okay so",
    "honestly", "actually", "basically",
)

# Said as a whole answer, these steer the exercise instead of answering it.
STEER: dict[str, tuple[str, ...]] = {
    "skip": ("skip", "skip it", "skip this", "skip that", "skip this one", "pass", "next", "next one",
             "move on", "let's move on", "i'd rather not say", "i'd rather not answer",
             # asked as a question, with the step named loosely (wave 16, pending hands e, h, j)
             "can we skip this", "can we skip this bit", "can we skip this one", "can we skip this part",
             "can we skip it", "can i skip this", "can i skip this one", "can i skip it", "skip this bit",
             "skip this part", "let's skip this", "let's skip it", "let's skip this one", "i want to skip this",
             "i'd like to skip this", "could we skip this", "could we skip this one",
             # the step named in other words ("skip the question"; wave 19, pending hands e and j)
             *(f"{lead}{the} {step}" for lead in ("skip ", "can we skip ", "can i skip ", "let's skip ", "could we skip ")
               for the in ("this", "that", "the") for step in ("step", "question", "bit", "part", "one"))),
    "back": ("go back", "back", "previous", "go back one", "the last one again"),
    "start_over": ("start over", "restart", "start again", "from the top", "begin again"),
    "pause": ("pause", "let's pause", "stop for now", "let's stop here", "that's enough for today",
              "i'm gonna stop here", "i'm going to stop here", "i'm gonna stop there", "i'm going to stop there",
              "i'll stop here", "i'll stop there", "let me stop here", "let me stop there", "let's stop there",
              "i think i'll stop here", "i want to stop here", "i'd like to stop here", "i'm stopping here",
              # not up to it just now, or "stop" said where words were asked for: stop, the place kept (wave 16)
              "i can't do this right now", "i cannot do this right now", "i can't do this now", "i cannot do this now",
              "i can't do this today", "i can't do this tonight", "not up to this right now", "i'm not up to this right now",
              "i'm not up to this now", "stop", "stop stop", "stop stop stop", "stop please", "let's stop", "can we stop",
              "can we stop now", "can we stop here",
              # stop said with where, or as having to (wave 20, pending hands h, i, j and tuning)
              "stop there", "stop here", "stop now", "just stop", "stop it there",
              *(f"{lead} stop{where}" for lead in ("i have to", "i need to", "i've got to", "i'll have to", "i've to")
                for where in ("", " here", " there", " now")),
              # Alexa's cancel, said where words were asked for and captured as them: stop, the place kept, nothing
              # saved (wave 20, tuning, hands e and i: "cancel that, I've changed my mind" was saved as a note)
              "cancel", "cancel that", "cancel it", "cancel this", "cancel the note", "cancel this note", "cancel that note",
              "cancel this step", "cancel this one", "cancel this bit", "cancel the whole thing", "cancel all that"),
    "help": ("help", "help me", "i don't know", "i do not know", "i dunno", "i'm not sure", "i am not sure", "not sure",
             "no idea", "i have no idea", "dunno", "i don't understand", "i'm confused", "what do you mean",
             "what does that mean",
             # the question not understood, said in a sentence (wave 20, pending hands and tuning): the step's help
             *(f"{lead} {what}{by}" for lead in ("i don't know", "i don't really know", "i'm not sure", "i'm not really sure",
                                                 "i don't get", "i don't really get", "i don't understand",
                                                 "i don't really understand", "not sure")
               for what in ("what you mean", "what you're asking", "what you are asking", "what you want")
               for by in ("", " by that", " by it", " there")),
             "i don't get it", "i don't get the question", "i don't understand the question", "what are you asking me"),
    "repeat": ("repeat", "repeat that", "say that again", "again please", "can you repeat that", "come again",
               "one more time", "what did you say",
               # the last thing said, read back (wave 15)
               "read that back", "read that back to me", "read it back", "read it back to me", "say that back to me",
               "read that back to me again", "read that again", "say it again"),
    "what_question": ("what was the question", "what was the question again", "what's the question",
                      "what are you asking", "remind me of the question"),
    "no": ("no", "nope", "no thanks", "no thank you", "nah", "not really", "no i don't", "i'd rather not",
           # nothing to add, said where a few optional words were asked for
           "nothing", "nothing really", "no nothing", "no nothing really", "nah nothing", "nothing today",
           "nothing to add", "nothing else", "nothing much", "not today", "no words", "no words today",
           "i have nothing", "i've got nothing", "no that's all", "no that's it", "no that's everything",
           # turning the words down for now, in the ways people say it
           "not tonight", "nah not tonight", "no not tonight", "not tonight thanks", "nah not tonight thanks",
           "not now", "nah not now", "no not now", "not right now", "not now thanks", "nah not today",
           "no not today", "not today thanks", "i'll pass", "i'll pass thanks", "pass", "i'd rather not say",
           "rather not", "nah i'd rather not", "no i'd rather not", "no thanks not tonight", "no thanks not today",
           # nothing more to add, with any no before it ("nah, that's it")
           "nah that's all", "nah that's it", "nah that's everything", "nope that's all",
           "nope that's it", "no that's all really", "nah nothing else", "nope nothing else", "nothing else really",
           "no nothing more", "nothing more"),
    "yes": ("yes", "yeah", "yep", "yes please", "sure", "okay", "ok", "alright", "go ahead", "i would",
            "yes i would", "i'd like that"),
}

# Said after a steering phrase or a non-answer ("stop, stop, I can't say it, he's upstairs"), these open
# the reason for it, not an answer: the phrase before them is what the person means (wave 19).
REASON_OPENERS: tuple[str, ...] = (
    "i can't", "i cannot", "i just can't", "i'm not", "i am not", "i don't want to", "i do not want to",
    "he's", "he is", "she's", "she is", "they're", "they are", "someone's", "the kids", "my kids", "it's too",
)
# Said after a non-answer, these add nothing to it ("I don't know what to say here").
NON_ANSWER_TAILS: tuple[str, ...] = ("here", "now", "just now", "right now", "for now", "then", "please",
                                     "actually", "thanks", "thank you")  # "oh stop actually", "stop there thanks" (wave 20)
# Speech written without its apostrophes ("i cant do this", "i dont get what youre asking"): read as said.
APOSTROPHES: dict[str, str] = {
    "cant": "can't", "dont": "don't", "didnt": "didn't", "doesnt": "doesn't", "wont": "won't", "im": "i'm",
    "ive": "i've", "youre": "you're", "hes": "he's", "shes": "she's", "theyre": "they're", "isnt": "isn't",
    "thats": "that's", "whats": "what's", "lets": "let's",
}
# Said first, before a steering phrase ("ok stop there", "ugh just stop"): no answer of their own.
STEER_LEADS: tuple[str, ...] = ("ok", "okay", "ugh", "oh god", "god", "right")
# A stop said last, after the reason for it ("no, I can't do this, stop"): the reason ends on one of these, so
# "stop" is a clause of its own, not what the reason is about ("I can't make him stop" is an answer).
STOP_AFTER_REASON: tuple[str, ...] = ("this", "it", "now", "anymore", "tonight", "today", "that", "here")

# Non-answers: what a person says to the skill, not as their answer.
NON_ANSWERS: dict[str, tuple[str, ...]] = {
    # A request for an example: answered with one, never kept as the answer.
    "example": ("give me an example", "can you give me an example", "an example", "example", "for example",
                "like what", "such as", "what should i say", "what do i say", "what could i say",
                "what am i supposed to say", "what would i say", "what kind of thing", "what do you want me to say",
                "i don't know what to say", "how should i put it", "what would be an example",
                # what others would say, or an example of what the skill means (wave 19)
                "give me an example of what you mean", "an example of what you mean", "give me an example of that",
                "what do other people say", "what do other people usually say", "what do people usually say",
                "what do most people say", "what would other people say", "what would someone else say",
                "what do people normally say", "what do other people normally say",
                # what to say, write or put, asked of the thing being written (wave 20, hand h and tuning)
                *(f"what {kind}{should} i {verb}" for kind in ("", "kind of thing ", "sort of thing ", "kind of things ",
                                                               "sort of things ")
                  for should in ("should", "do", "could")
                  for verb in ("say", "write", "put", "tell you")),
                *(f"what am i supposed to {verb}" for verb in ("write", "put", "tell you")),
                *(f"i don't know what to {verb}" for verb in ("write", "put", "tell you", "tell", "say here")),
                *(f"what do i {verb} for {it}" for verb in ("say", "write", "put")
                  for it in ("a note", "the note", "this", "this one", "this bit"))),
    # "What?" on its own: the person didn't hear; say it again.
    "what": ("what", "sorry", "pardon", "pardon me", "excuse me", "huh", "say what", "what was that", "sorry what"),
    # A change of mind about the answer they were giving: a step back, nothing kept.
    "changed_mind": ("i changed my mind", "i've changed my mind", "changed my mind", "actually no",
                     "actually no i changed my mind", "no actually", "scratch that", "forget that", "never mind",
                     "nevermind", "forget it", "let me start again", "let me try again", "that's not right",
                     "that's wrong", "undo that", "take that back", "i take that back",
                     # the words just said taken back whole (wave 19)
                     "forget i said anything", "forget i said that", "forget what i said", "forget i said it",
                     "ignore that", "ignore what i said", "don't save that", "don't keep that", "don't write that down"),
    # A request to the skill, said where words were expected ("add a note", then "delete all my notes"):
    # never kept as the words, never carried out unasked; the person is told and can ask again.
    "request": ("delete all my notes", "delete my notes", "delete everything", "delete it all", "erase everything",
                "delete all notes", "delete my last note", "delete the last note", "delete that note",
                "read my notes", "read me my notes", "read my last note", "what are my notes", "play my notes",
                "stop keeping notes", "stop keeping my notes", "don't keep notes", "forget my code",
                "set a privacy code", "send that to my phone", "set a reminder", "set a daily reminder",
                "remind me every day", "cancel my reminder", "cancel the reminder"),
    # An interruption: someone walked in, the kettle boiled. Stop now, keep the place, say little.
    "interrupt": ("hold on", "hold on a second", "hold on a sec", "hang on", "hang on a second", "hang on a minute",
                  "wait", "wait a second", "wait a minute", "wait a sec", "no wait", "one moment", "one sec",
                  "one second", "just a moment", "just a second", "give me a second", "give me a minute",
                  "not now", "he's home", "she's home", "they're home", "he's back", "she's back", "someone's here",
                  "someone's coming", "i have to go", "i've got to go", "gotta go", "i need to go"),
}

# The big question ("should I leave?") said in the middle of an exercise: a warm, neutral answer
# (the decision is theirs), then the question we were on. Never kept as an answer.
DECISION: tuple[str, ...] = (
    "should i leave", "should i leave him", "should i leave her", "should i leave them", "should i stay",
    "should i stay or go", "should i divorce him", "should i divorce her", "should i get a divorce",
    "should i break up with him", "should i break up with her", "should i end it", "is that bad", "is this bad",
    "is that a bad sign", "is my relationship over", "do you think i should leave", "would you leave him",
    "would you leave her", "what would you do", "is it time to leave", "am i wrong to stay",
)

# How often the same fights come back, as people say it, by the reflection's answer id. The longest
# phrase found in the answer wins.
FREQUENCY: dict[str, tuple[str, ...]] = {
    "daily": ("daily", "every day", "everyday", "each day", "all the time", "constantly", "nearly every day", "more than once a day", "all day every day",
              "almost every day", "every single day", "day in day out", "every night", "all day", "nonstop",
              "several times a day", "many times a day", "always", "every day now", "more or less daily",
              "day after day", "every blessed day", "every single blessed day", "each and every day",
              "every single time", "every time", "each time", "all of the time"),
    "few_weekly": ("a few times a week", "few times a week", "several times a week", "a couple of times a week",
                   "couple times a week", "most days", "every couple of days", "every few days", "two or three times a week", "twice a week", "three times a week", "every other day", "often",
                   "a lot", "pretty often", "quite often", "most weeks more than once"),
    "weekly": ("weekly", "once a week", "every week", "about once a week", "once or twice a week", "each week",
               "every weekend", "at the weekends", "on weekends", "most weeks"),
    "monthly": ("monthly", "once a month", "every month", "a couple of times a month", "a few times a month",
                "twice a month", "every few weeks", "every couple of weeks", "every couple weeks", "a couple times a month",
                "couple times a month", "every other week", "now and then", "now and again",
                "occasionally", "from time to time", "every so often", "sometimes"),
    "rarely": ("rarely", "hardly ever", "almost never", "not often", "seldom", "barely", "barely ever", "not much", "never", "once in a while", "every few months",
               "hardly", "very rarely", "once in a blue moon", "not very often", "not that often"),
}

# Yes, no and the middle answers, as they sit inside a longer sentence.
YES: tuple[str, ...] = ("mostly yes", "more yes", "yes", "yeah", "sure", "okay", "ok", "yes please", "uh huh", "yep", "definitely", "absolutely", "i am", "i do", "i think so", "i guess so",
                        "probably", "for sure", "of course", "mostly", "pretty much", "totally", "he is", "she is",
                        "they are", "i would", "i could", "i'd say so", "that's right", "true")
NO: tuple[str, ...] = ("mostly no", "more no", "no", "nope", "nah", "not really", "i don't think so", "not at all", "never", "i'm not",
                       "i don't", "he isn't", "she isn't", "they aren't", "he's not", "she's not", "they're not",
                       "not much", "hardly", "i couldn't", "i wouldn't", "probably not", "definitely not", "not a chance")
SOMETIMES: tuple[str, ...] = ("sometimes", "some of the time", "now and then", "on and off", "kind of", "sort of",
                              "a bit", "a little", "in a way", "partly", "here and there", "it depends", "depends",
                              "half the time", "occasionally", "somewhat", "more or less", "at times",
                              "in some ways", "in a few ways", "now and again", "from time to time", "some days",
                              "some days yes some days no", "on occasion", "every so often", "only when he's out",
                              "only when she's out", "on good days", "on the good days",
                              # it changes from one time to the next (wave 15)
                              "it varies", "varies", "it varies a lot", "it changes", "it comes and goes", "comes and goes")
NOT_SURE: tuple[str, ...] = ("not sure", "i'm not sure", "i don't know", "no idea", "hard to say", "maybe",
                             "perhaps", "who knows", "can't say", "i can't tell", "unsure", "i really don't know",
                             "dunno", "i dunno", "hard to know", "not certain", "i'm not certain", "don't know",
                             "honestly don't know", "possibly", "cannot say", "couldn't say", "i couldn't say",
                             "difficult to say", "hard to tell", "do not know", "i'd have to think", "i would have to think", "need to think about it",
                             "uncertain", "couldn't tell you", "i couldn't tell you", "don't really know",
                             "i don't really know", "your guess is as good as mine", "i haven't a clue",
                             "haven't a clue", "not a clue", "no clue", "i've no idea", "i have no clue")

# How things have moved since before, heard anywhere in an answer.
TREND: dict[str, tuple[str, ...]] = {
    "worse": ("worse", "getting worse", "worse than before", "worse lately", "more than before", "more often now",
              "going downhill", "harder lately", "more and more", "increasing", "escalating", "worse and worse"),
    "better": ("better", "getting better", "better than before", "improving", "less than before", "less often now",
               "easing", "calmer lately", "not as bad", "less and less"),
    "same": ("about the same", "the same", "same as before", "no change", "hasn't changed", "nothing's changed",
             "just the same", "same as ever", "unchanged", "pretty much the same", "same old"),
}

# Words that turn what follows around ("not every day", "not really getting better").
NEGATIONS: tuple[str, ...] = ("not", "isn't", "aren't", "wasn't", "don't", "doesn't", "never", "no longer")

# How long, not when ("time our talk for twenty minutes", "let's keep it to half an hour"): a duration
# said where a moment was asked for. An answer is only a duration when every word is one of these and
# it names a unit; "in an hour" or "twenty minutes after dinner" stays a moment.
DURATION_UNITS: frozenset[str] = frozenset({"minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs"})
DURATION_AMOUNTS: frozenset[str] = frozenset({
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "fifteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "ninety", "half", "quarter", "couple", "few", "and", "of",
    "or", "so",
})
DURATION_CARRIERS: frozenset[str] = frozenset({
    "time", "our", "the", "talk", "talking", "it", "to", "for", "keep", "let's", "lets", "let", "us", "limit",
    "set", "timer", "about", "around", "roughly", "just", "maybe", "only", "max", "maximum", "no", "more",
    "than", "under", "within", "at", "most", "tops", "make", "we", "we'll", "should", "can", "could", "please",
    "like", "say", "i'd", "i", "want", "would", "okay", "ok", "well", "um", "uh", "probably", "long", "longer",
    "not", "over", "give", "me", "timed", "cap", "think", "guess",
})

# A request to the skill said in full where the person's own words were expected ("what topics do you
# have", "can we do the check-in instead", "how do I delete my notes"). Each pattern must match the
# whole utterance (fillers and "please" aside), so an answer that only contains such words ("I want to
# stop arguing about his mum", "when he reads my notes I leave the room") stays an answer.
# The exercises by the names people give them (after normalising: "check-in" is "check in").
EXERCISE_NAMES: dict[str, str] = {
    "checkin": r"(?:daily |quick |one minute )?check ?ins?(?: thing)?|checkin",
    "reflection": r"reflections?(?: questions?)?|reflecting|(?:stay or go )?questions",
    "boundary": r"boundary(?: exercise| thing)?|boundaries(?: exercise)?|setting a boundary",
    "plan": r"(?:talk )?plan(?:ning)?(?: for)?(?: the| a| my)? talk|talk plan(?:ning)?|plan",
}
# The same names without the bare words that are often a person's own ("boundaries", "questions", "plan").
EXERCISE_NAMES_PLAIN: dict[str, str] = {
    "checkin": EXERCISE_NAMES["checkin"],
    "reflection": r"reflections?(?: questions?)?",
    "boundary": r"boundary (?:exercise|thing)|boundaries exercise",
    "plan": r"(?:talk )?plan(?:ning)? for(?: the| a| my)? talk|talk plan(?:ning)?",
}
_ARTICLE = r"(?:the |a |my |our |your |that |this |some )?"
# Who asks to do something else, and how ("can we", "I'd rather"): one of these must lead.
_LEAD = (r"(?:(?:can|could|shall|should|may) (?:we|i|you)(?: just| please| maybe| actually)? |let's(?: just)? |lets |"
         r"i'd (?:rather|like to|prefer to) |i would (?:rather|like to|prefer to) |i want to |i wanna |"
         r"i'd rather just |how about we |maybe we could |we could )")
_VERB = (r"(?:do|try|start|switch to|go to|move to|move on to|have|jump to|change to|go back to|skip to|open|"
         r"hear|see|get|list|look at|show me|tell me|give me|read me|take me to|back to)")
_TAIL = r"(?: (?:instead|now|first|then|please|today|right now|for now|for a bit|again))*"
_TOPICS = r"(?:topics?|topic list|list of topics|other topics|subjects|guidance topics|exercises|other exercises)"
# Words that are often a person's own ("I want to have choices"): a request only when plainly asked to hear them.
_OPTIONS = r"(?:guidance|options|choices)"
_HEAR = r"(?:hear|list|show me|tell me|give me|read me|read out|go through|go over|go back to|back to|take me to)"
_ASKED = r"(?:delete|erase|remove|clear|wipe|get rid of|read|hear|see|listen to|find|turn off|stop|switch off|change|set|set up|cancel|send|save|add|make)"
# The skill asked to do something ("can you", "would you please", "I want you to").
_ASK_YOU = r"(?:(?:can|could|would|will) you(?: please| just)? |i (?:want|need|would like|'d like) you to )"
_THINGS = r"(?:notes?|reminders?|privacy code|code|data|everything|history|check ins?|reflections?|answers)"

REQUESTS: tuple[tuple[str, str], ...] = (
    # the guidance topics
    ("topics", rf"(?:what|which) (?:other |else |kind of |kinds of |sort of )?(?:{_TOPICS}|{_OPTIONS})(?: else)? "
               r"(?:do you have|have you got|are there|can you (?:do|offer|talk about|help with)|"
               r"do you (?:offer|do|cover|know about)|you got|are on offer|is there)(?: again)?"),
    ("topics", rf"(?:what are|tell me|remind me of) (?:the |your )?(?:{_TOPICS}|{_OPTIONS})(?: again)?"),
    ("topics", rf"{_LEAD}?{_VERB} {_ARTICLE}{_TOPICS}{_TAIL}"),
    ("topics", rf"{_LEAD}?{_HEAR} (?:the |your )?{_OPTIONS}{_TAIL}"),
    ("topics", rf"{_LEAD}?{_VERB} {_ARTICLE}{_OPTIONS} instead{_TAIL}"),
    # another exercise, asked for as a change of plan
    *((f"exercise:{name}", rf"(?:{_LEAD}{_VERB} {_ARTICLE}|{_ARTICLE}|(?:{_VERB} ){_ARTICLE})(?:{said})(?: exercise)? instead{_TAIL}")
      for name, said in EXERCISE_NAMES.items()),
    *((f"exercise:{name}", rf"(?:can|could|shall) (?:we|i)(?: just| please| maybe)? (?:do|try|start|switch to|go to|"
                           rf"move to|have|jump to|go back to|skip to) {_ARTICLE}(?:{said})(?: exercise)?{_TAIL}")
      for name, said in EXERCISE_NAMES.items()),
    # the same, as the plans people state ("let's do the check-in", "I want to do my check-in"): only with an
    # article and the exercise's own name ("I want to have boundaries" stays an answer)
    *((f"exercise:{name}", rf"(?:let's(?: just)?|lets|i want to|i wanna|i'd like to|i would like to) (?:do|try|start) "
                           rf"(?:the |my |a |our |this |that )(?:{said})(?: exercise)?{_TAIL}")
      for name, said in EXERCISE_NAMES_PLAIN.items()),
    # a note, asked for where words were expected ("add a note" said as the words of one)
    ("note", rf"(?:{_LEAD}|{_ASK_YOU})?(?:add|make|take|leave|write|save) (?:a |another |a new )?note(?: for me)?{_TAIL}"),
    ("note", rf"(?:{_LEAD}|{_ASK_YOU})?(?:write|jot|note|put|take) (?:something|this|that|it) down(?: for me)?{_TAIL}"),
    # the same with the note's own words after it ("add a note that I want to bring up money on Sunday",
    # "note that ...", "remember that ..."): the words are the note. "I want to note that he tries" has no
    # request in it (a person's own sentence): only the imperative, or the skill asked, leads.
    ("note", rf"(?:{_LEAD}|{_ASK_YOU})?(?:add|make|take|leave|write|save) (?:a |another |a new )?note(?: for me)?"
             rf"(?: that| saying| to say|:)? (?P<words>.+)"),
    ("note", rf"(?:{_ASK_YOU})?(?:write|jot|note|put) (?:it |this )?down(?: for me)? that (?P<words>.+)"),
    # "remember that ..." alone is often the person's own answer ("remember that he said sorry"): only when
    # the skill is asked ("can you remember that ...", "remember for me that ...") is it a note
    ("note", rf"(?:(?:{_ASK_YOU})?note(?: for me)?|{_ASK_YOU}remember(?: for me)?|remember for me) that (?P<words>.+)"),
    # what the skill can do, or what can be said, asked where words were expected: the step's own help
    ("help", r"what (?:else )?(?:can|could|do) you (?:do|actually do|help (?:me )?with|offer)(?: (?:here|exactly|for me|now|again))*"),
    ("help", r"what (?:exactly |else )?do you do(?: (?:here|exactly|again))*"),
    ("help", r"what are (?:my|the) (?:options|choices)(?: (?:here|now|again))*|what options do i have(?: here| now)?"),
    ("help", r"what (?:else )?can i (?:say|ask|ask you)(?: (?:here|now|exactly))*|what can i do here|what can i say to you"),
    # how to do something the skill does ("how do I delete my notes"): told how, nothing done unasked
    ("how", rf"how (?:do|can|would|could|should|will) (?:i|we) (?P<asked>{_ASKED}(?: all)?(?: of)? "
            rf"(?:my |the |a |your |our |all my |all the )?{_THINGS}(?: [a-z' ]+)?)"),
    ("how", rf"(?:how to|is there a way to|can i|can you) (?P<asked>(?:delete|erase|wipe|clear|get rid of)(?: all)?(?: of)? "
            rf"(?:my |the |all my )?{_THINGS}(?: [a-z' ]+)?)"),
)
