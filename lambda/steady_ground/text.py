"""Text as heard, made safe to keep and to speak.

XML 1.0 forbids NUL, most other control characters, lone surrogates and U+FFFE/U+FFFF; one of them in
a note used to break every later SSML answer that read it. Slot text is cleaned when it is heard
(``Turn.slot``), and every rendered block once more, so text stored before the cleaning can't either.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Outside XML 1.0's Char production, plus DEL and the C1 controls it only discourages: none is speech.
_FORBIDDEN = re.compile("[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML forbids (tab, newline and carriage return stay)."""
    return _FORBIDDEN.sub("", text)


def cut_at_word(text: str, limit: int, cost: Callable[[str], int] = len) -> tuple[str, bool]:
    """The start of ``text`` that fits ``limit`` as ``cost`` measures it (its length, or its length in
    SSML, where "&" is five characters), cut between words, and whether it was cut. A first word too
    long to fit is cut inside."""
    if cost(text) <= limit:
        return text, False
    kept: list[str] = []
    used = 0
    for word in text.split(" "):
        used += cost(word) + 1
        if used > limit:
            break
        kept.append(word)
    if kept:
        return " ".join(kept), True
    head = text[:limit]
    while cost(head) > limit:
        head = head[:-1]
    return head, True
