"""The rule engine reads what a search of every rule would read: anchors and windows only skip work.

A blank ("pushed me to ", "hit me up with") can end inside a run of letters, so its "~" is glued to the
word after it ("he ~kill myself"). The rules read that word as a word (a "~" is not a letter); the
anchor index must find it there too, or the danger after an idiom is never heard.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from steady_ground import safety

ROOT = Path(__file__).resolve().parent.parent
TUNING = sorted((ROOT / "tests" / "corpora" / "safety").glob("tuning*.tsv"))
LEADS = ("he pushed me to ", "she pushed me to ", "my husband pushes me to ")  # blanked whole, the "~" glued on


def _danger() -> list[str]:
    rows: list[dict[str, str]] = []
    for path in TUNING:
        with path.open(encoding="utf-8", newline="") as f:
            rows.extend(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r["text"] for r in rows if not r["class"].startswith("safe_")]


def _everything(said: str) -> str | None:
    """The class of the first rule, in order, that a search of the whole text finds (no index)."""
    rules = safety._rules_for("en-US")
    return next((cls for _, cls, src in rules.rules if rules.compiled(src).search(said)), None)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("he pushed me to kill myself", safety.SELF_HARM),
        ("my husband pushed me to hurt myself", safety.SELF_HARM),
    ],
)
def test_danger_right_after_an_idiom_is_heard(text: str, cls: str) -> None:
    said, _ = safety.normalise(text, "en-US")
    assert "~" in said  # the idiom was blanked, its "~" glued to the danger that follows
    found = safety.screen(text, "en-US")
    assert found is not None and found.cls == cls and found.clear


def test_a_word_glued_to_a_blank_reaches_the_rules_a_search_of_everything_reaches() -> None:
    texts = [lead + text.lower() for text in _danger()[::3] for lead in LEADS]
    glued = 0
    for text in texts:
        said, _ = safety.normalise(text, "en-US")
        glued += "~" in said and " ~ " not in f" {said} "
        found = safety.screen(text, "en-US", use_model=False)
        assert (found.cls if found else None) == _everything(said), text
    assert glued > len(texts) // 2  # the texts do glue a "~" to a word
