"""Screening free text for words of danger, crisis or self-harm. Pure: no SDK imports.

Phrase lists are per language and per class. A match hands the turn to the safety answer before
anything else happens with the text (nothing is saved). The lists favour catching real danger, but
everyday speech ("I'm done arguing about the dishes", "this traffic is killing me") must pass:
``tests/test_safety_phrases.py`` pins true and false positives for every class.
"""

from __future__ import annotations

import re

SELF_HARM = "self_harm"
PARTNER_DANGER = "partner_danger"
FEAR_CONTROL = "fear_control"
ASKS_FOR_HELP = "asks_for_help"
CLASSES: tuple[str, ...] = (SELF_HARM, PARTNER_DANGER, FEAR_CONTROL, ASKS_FOR_HELP)

# Building blocks (English). Text is lowercased, curly apostrophes straightened, punctuation other
# than apostrophes dropped, and spaces collapsed before matching.
_WHO = (
    r"(?:he|she|they|him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend|spouse|fianc[eé]e?|ex)"
    r"|my (?:partner|husband|wife|boyfriend|girlfriend|spouse)'s family)"
)
_SUBJ = r"(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|spouse|fianc[eé]e?|ex))"
_OBJ = r"(?:him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend|spouse|fianc[eé]e?|ex))"
_AUX = r"(?:(?:'s|'d|'ll|is|was|has|had|have|keeps|kept|just|always|sometimes|often|still|even|again|started|starts|been|will|would|did|does) )*"
_HARM_VERB = (
    r"(?:hit|hits|hitting|beat|beats|beating|beat up|beats up|chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)"
    r"|kick(?:s|ed|ing)?|push(?:es|ed|ing)?|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|shov(?:e|es|ed|ing)|hurt(?:s|ing)?"
    r"|threaten(?:s|ed|ing)?|grab(?:s|bed|bing)?|attack(?:s|ed|ing)?|rap(?:e|es|ed)|burn(?:s|ed)?"
    r"|bit|bites|smack(?:s|ed)?|abus(?:e|es|ed|ing)|assault(?:s|ed)?)"
)
_HARM_PAST = (
    r"(?:hit|beaten|beat up|choked|strangled|kicked|punched|slapped|shoved|pushed|hurt|threatened|grabbed|"
    r"attacked|raped|burned|abused|assaulted|smacked)"
)
_FEAR = r"(?:scared|afraid|frightened|terrified|fearful)"
_I_AM = r"(?:i'm|im|i am|i feel|i'm feeling|i am feeling)"
_DONT = r"(?:don't|dont|do not|no longer|never)"
_KIN = r"(?:friends|family|mom|mum|mother|dad|father|sister|brother|parents|kids|children|son|daughter)"

_PATTERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        SELF_HARM: [
            r"\b(?:kill|hurt|harm|cut|end|starve|poison) myself\b",
            r"\b(?:killing|hurting|harming|cutting|ending) myself\b",
            r"\bself[ -]?harm",
            r"\bsuicid",
            r"\bend(?:ing)? (?:it all|my life|my own life|everything)\b",
            r"\bend it\b(?! with| between| for| off)$",
            r"\b(?:thinking|thought) (?:of|about) ending it\b(?! (?:with|between|for|off))",
            rf"\b{_DONT} want to (?:live|be alive|exist|go on|be here anymore|be around anymore|wake up(?: again| anymore)?$)",
            r"\b(?:want|wanted|wanna|going) to die\b",
            r"\bwish i (?:was|were) dead\b",
            r"\bwish i (?:had )?never (?:been born|woken up)\b",
            r"\bdone with (?:life|living|being alive)\b",
            r"\b(?:no|no more) reason to (?:live|go on|keep going)\b",
            r"\bnothing (?:left )?to live for\b",
            r"\bbetter off dead\b",
            r"\b(?:everyone|everybody|they|he|she|my family|the kids|the world)(?: would|'d| will) be better off without me\b",
            r"\bcan't (?:go on|keep going) (?:anymore|living)\b",
            r"\b(?:take|taking|took|swallow) (?:all )?(?:my|the|those) (?:pills|tablets)\b",
            r"\boverdos(?:e|ing)\b",
            r"\bnot worth living\b",
            r"\bdisappear forever\b",
        ],
        PARTNER_DANGER: [
            rf"\b{_SUBJ}(?:'s|'d|'ll)? {_AUX}{_HARM_VERB} me\b",
            rf"\b(?:was|got|been|being|get|gets) {_HARM_PAST} (?:up )?by {_WHO}\b",
            rf"\b{_SUBJ}(?:'s|'d|'ll)? {_AUX}(?:threaten|threatens|threatened|threatening) to (?:kill|hurt|harm|take the kids|take my kids|burn)\b",
            rf"\b{_SUBJ}(?:'s|'ll| is| will| are| was)? (?:going to|gonna|will|could|might) (?:kill|hurt|harm) me\b",
            rf"\b{_SUBJ} (?:has|had|pulled|grabbed|got|keeps) (?:a|his|her|the) (?:gun|knife|weapon)\b",
            rf"\b{_I_AM} (?:not|un) ?safe\b",
            rf"\bi {_DONT} feel safe\b",
            r"\bnot safe (?:at home|in my (?:own )?home|with (?:him|her|them|my))",
            r"\b(?:i'm|im|i am) in danger\b",
            r"\bmy (?:life|kids|children) (?:is|are) in danger\b",
            r"\bdomestic (?:violence|abuse)\b",
            rf"\b{_SUBJ}(?:'s|'d|'ll)? {_AUX}(?:gets|got|get|is|was|being|becomes|turns) (?:violent|physical)\b",
            rf"\b{_SUBJ} forced me\b",
            r"\bsexually assault",
            r"\b(?:i'm|im|i am|i was|i've been|i have been) being (?:abused|hit|beaten|hurt|threatened|choked|strangled|attacked)\b",
            r"\b(?:i'm|im|i am|i was|i've been|i have been) (?:abused|beaten|choked|strangled|attacked|raped)\b",
            r"\bforced me to have sex\b",
        ],
        FEAR_CONTROL: [
            rf"\b{_FEAR} (?:of|for) (?:{_OBJ}|my life|my safety|my kids|my children)\b",
            rf"\b{_FEAR} (?:of )?what {_SUBJ}(?: will|'ll| might| would|'d| could| is going to|'s going to) do\b",
            rf"\b{_FEAR} {_SUBJ}(?: will|'ll| might| would|'d| could| is going to|'s going to) (?:hurt|kill|harm|hit)\b",
            rf"\b{_FEAR} (?:to go|of going) home\b",
            r"\bafraid for my (?:life|safety|kids|children)\b",
            r"\bwon't let me (?:leave|go)(?= *$| (?:the house|home|him|her|them|the relationship|the room|without|when|and|or|because|if|until|at all|ever|alone|out|outside)\b)",
            rf"\bwon't let me (?:see|call|talk to|visit) (?:my )?{_KIN}\b",
            r"\bwon't let me (?:have|use|touch|keep) (?:my |any |a |the )?(?:phone|money|car|keys|bank card|job|own money)\b",
            r"\bwon't let me (?:work|get a job|go to work|out of (?:the|his|her) sight)\b",
            rf"\b{_SUBJ}(?:'s|'d|'ll)? {_AUX}(?:takes|took|controls|hides|hid|keeps|locks up|locked up) (?:away )?my (?:phone|keys|car keys|passport|money|bank card|id|paycheck|wallet)\b",
            rf"\b{_SUBJ}(?:'s|'d|'ll)? {_AUX}(?:locks|locked|shuts|shut) me (?:in|out|up)\b",
            rf"\b{_SUBJ}(?:'s|'d|'ll)? {_AUX}(?:tracks|tracked|tracking|monitors|monitored|monitoring) my (?:phone|location|every move|messages)\b",
            rf"\b{_SUBJ}(?:'s|'d|'ll)? {_AUX}(?:follows|followed|following) me everywhere\b",
            rf"\b{_SUBJ}(?:'s|'d|'ll)? {_AUX}(?:cut|cuts|isolates|isolated|keeps) me (?:off )?(?:from|away from) (?:my )?{_KIN}\b",
            rf"\b{_SUBJ}(?:'s|'d|'ll)? {_AUX}isolat(?:es|ed|ing) me\b",
            rf"\b{_SUBJ}(?:'s|'d|'ll)? {_AUX}(?:stalks|stalked|stalking) me\b",
        ],
        ASKS_FOR_HELP: [
            r"^(?:for |i need |please |get me )?(?:help|help me)(?: please)? (?:now|right now|urgently)$",
            r"^(?:please )?i need help(?: please)?$",
            r"^(?:i need help|help me|please help)\b.*\b(?:scared|terrified|frightened|afraid|in danger)\b",
            r"\b(?:i'm|im|i am) in (?:a )?crisis\b",
            r"\bsomeone to talk to (?:right )?now\b",
            r"\b(?:crisis|suicide|abuse|violence) (?:line|hotline|number|numbers)\b",
            r"\bhotline\b",
            r"\bemergency (?:number|numbers|services)\b",
            r"\bcall (?:the police|911|nine one one|999|112)\b",
        ],
    },
}
# Everyday idioms that look like danger words; blanked out before matching.
_IDIOMS: dict[str, list[str]] = {
    "en": [
        r"\bbeat(?:s)? me (?:at|to it|to the|in an? (?:race|game|match|argument))\b",
        r"\bhit(?:s)? me up\b",
        r"\bpush(?:es|ed|ing)? me (?:to|into|too|harder|away|forward)\b",
        r"\bgrab(?:s|bed)? me (?:a|an|some|one)\b",
        r"\bhit me (?:with|like) (?:the news|a question|a ton of bricks|that)\b",
        r"\bkick(?:s|ed)? me (?:out of bed|under the table)\b",
    ],
}
_COMPILED: dict[str, dict[str, list[re.Pattern[str]]]] = {}
_COMPILED_IDIOMS: dict[str, re.Pattern[str]] = {}


def _patterns(lang: str) -> tuple[dict[str, list[re.Pattern[str]]], re.Pattern[str] | None]:
    """A language's compiled phrases, built on first use: only turns that carry free text pay."""
    compiled = _COMPILED.get(lang)
    if compiled is None:
        # One alternation per class: a few searches per text instead of one per phrase.
        compiled = {
            cls: [re.compile("|".join(f"(?:{p})" for p in patterns))] for cls, patterns in _PATTERNS[lang].items()
        }
        _COMPILED[lang] = compiled
        if lang in _IDIOMS:
            _COMPILED_IDIOMS[lang] = re.compile("|".join(_IDIOMS[lang]))
    return compiled, _COMPILED_IDIOMS.get(lang)


def _normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = re.sub(r"[^\w' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _language(locale: str | None) -> str:
    lang = (locale or "en").split("-")[0].lower() if isinstance(locale, str) else "en"
    return lang if lang in _PATTERNS else "en"


def crisis_class(text: str | None, locale: str | None) -> str | None:
    """The first class whose phrases the text contains (self-harm first), or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    lang = _language(locale)
    said = _normalise(text)
    compiled, idioms = _patterns(lang)
    if idioms is not None:
        said = idioms.sub(" ~ ", said)
    for cls, patterns in compiled.items():
        if any(pattern.search(said) for pattern in patterns):
            return cls
    return None


def is_crisis(text: str | None, locale: str | None) -> bool:
    return crisis_class(text, locale) is not None


def phrase_counts(locale: str | None = "en") -> dict[str, int]:
    """How many patterns each class holds, for the closing note and the tests."""
    return {cls: len(patterns) for cls, patterns in _PATTERNS[_language(locale)].items()}
