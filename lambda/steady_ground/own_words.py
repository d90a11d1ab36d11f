"""Where a person's own words point, when Alexa twice understood nothing at the menu. Pure.

The words are screened for danger first (``steady_ground.safety``); only then does ``route`` look
for an exercise or a guidance topic. None: nothing fits, the menu is offered again.
"""

from __future__ import annotations

import re

# (pattern, ("exercise" | "topic", name)): the first that matches wins.
ROUTES: tuple[tuple[re.Pattern[str], tuple[str, str]], ...] = tuple(
    (re.compile(p), target)
    for p, target in (
        (
            r"\b(?:set|setting|make|draw|hold) (?:a |some |my )?(?:boundary|boundaries|limit|limits)\b",
            ("exercise", "boundary"),
        ),
        (r"\b(?:check in|check-in|checkin|how my day|my day was|rate my day)\b", ("exercise", "checkin")),
        (
            r"\b(?:reflect|reflection|deal breaker|deal-breaker|dealbreaker|stay or (?:go|leave)|should i (?:stay|leave))\b",
            ("exercise", "reflection"),
        ),
        (r"\b(?:boundary|boundaries)\b", ("topic", "boundaries")),
        (
            r"\b(?:scared of|afraid of|embarrass\w*|ashamed|stigma|judged)\b.*\b(?:therapy|therapist|counsel\w*)\b",
            ("topic", "fears_stigma"),
        ),
        (r"\b(?:how (?:do|can|should) i|how to) (?:ask|tell|bring|talk|raise|start)\b", ("topic", "start_talk")),
        (r"\b(?:together|couples? (?:therapy|counsel\w*)|as a couple)\b", ("topic", "try_together")),
        (
            r"\b(?:therapy|therapist|counsel\w*) (?:for me|on my own|by myself|alone)\b|\b(?:go|going) (?:to therapy )?(?:on my own|by myself|alone)\b",
            ("topic", "individual_therapy"),
        ),
        (r"\b(?:work on myself|myself|self care|look after me)\b", ("topic", "work_on_yourself")),
        (
            r"\b(?:won't|will not|wont|refuses?|refusing|doesn't want|does not want)\b.*\b(?:therapy|therapist|counsel\w*)\b|\bwhy\b.*\b(?:therapy|counsel\w*)\b",
            ("topic", "why_resist"),
        ),
        (r"\b(?:therapy|therapist|counsel\w*)\b", ("topic", "why_resist")),
    )
)


def route(text: str) -> tuple[str, str] | None:
    said = " ".join(text.lower().replace("\u2019", "'").split())
    for pattern, target in ROUTES:
        if pattern.search(said):
            return target
    return None
