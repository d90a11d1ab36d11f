"""Speech that fits the ear, measured on every response the certification walk reaches (issue 15).

Each kind of turn has a word budget (tests/support/speech.py; ``bench/speech_budget.py`` prints the
distribution). No sentence runs into the next word, and a topic's title always reads as a noun
phrase in the sentence that carries it.
"""

from __future__ import annotations

import re

import pytest

from steady_ground.config import LOCALES
from steady_ground.guidance import TOPICS, topic_key
from steady_ground.render import Renderer
from tests.support.speech import (
    BUDGETS,
    FIRST_NUMBER_WITHIN,
    first_number_at,
    glued,
    measure,
    not_noun_phrase,
    title_reads_as_noun_phrase,
)
from tests.support.walk import Walk, shared_walk, walk_everything

RENDERER = Renderer()
SEEDS = range(24)  # enough request seeds to hear every phrasing of a three- or four-way pick


@pytest.fixture(scope="module")
def walk() -> Walk:
    return walk_everything()


@pytest.fixture(scope="module")
def measured(walk):
    return measure(walk.replies)


# Kinds not yet within budget (none now: every kind is guarded). Strict: the mark fails as soon as a kind
# fits, so it must then be removed.
OVER_BUDGET_STILL: set[str] = set()


@pytest.mark.parametrize(
    "kind",
    [pytest.param(k, marks=pytest.mark.xfail(strict=True, reason="not yet within budget")) if k in OVER_BUDGET_STILL
     else k for k in sorted(BUDGETS)],
)
def test_every_kind_of_turn_keeps_its_word_budget(measured, kind):
    budget = BUDGETS[kind]
    mine = [m for m in measured if m.kind == kind]
    over = sorted((m for m in mine if m.words > budget), key=lambda m: -m.words)
    shown = "\n".join(f"{m.words}: {m.text[:160]}  [{', '.join(m.keys)}]" for m in over[:8])
    assert not over, f"{len(over)} of {len(mine)} {kind} turns over {budget} words:\n{shown}"


def test_the_walk_hears_every_kind_of_turn(measured):
    heard = {m.kind for m in measured}
    assert heard == set(BUDGETS), f"never heard: {set(BUDGETS) - heard}"


def test_the_safety_answer_gives_a_number_early(measured):
    safety = [m for m in measured if m.kind == "safety"]
    assert safety
    for m in safety:
        at = first_number_at(m.text)
        assert at is not None and at <= FIRST_NUMBER_WITHIN, f"first number at word {at}: {m.text[:120]}"


@pytest.mark.parametrize(("locale", "market"), [*((loc, None) for loc in LOCALES if loc != "en-US"),
                                                ("en-AU", "en-NZ"), ("en-GB", "en-IE")])
def test_every_market_keeps_the_word_budgets_and_gives_its_first_number_early(locale, market):
    """Each market's own words (its numbers said its way, its spellings, its idiom) walked and
    measured like en-US's: a longer local number must not push a turn over its budget. New Zealand
    and Ireland are walked as their homes run Alexa (en-AU, en-GB) with their own numbers."""
    measured = measure(shared_walk(locale, market).replies)
    over = sorted((m for m in measured if m.words > BUDGETS[m.kind]), key=lambda m: -m.words)
    shown = "\n".join(f"{m.kind} {m.words}: {m.text[:160]}  [{', '.join(m.keys)}]" for m in over[:8])
    assert not over, f"{locale} {market}: {len(over)} turns over budget:\n{shown}"
    safety = [m for m in measured if m.kind == "safety"]
    assert {"safety/resources", "safety/help_now"} <= {k for m in safety for k in m.keys}
    for m in safety:
        at = first_number_at(m.text)
        assert at is not None and at <= FIRST_NUMBER_WITHIN, f"{locale}: first number at word {at}: {m.text[:120]}"
    if market is not None:  # the walk spoke the market's numbers, not the locale's
        sign = {"en-NZ": "seventeen thirty-seven", "en-IE": "Women's Aid"}[market]
        assert all(sign in m.text for m in safety if "safety/resources" in m.keys)


def test_no_response_runs_one_sentence_into_the_next(walk):
    bad = {}
    for reply in walk.replies:
        for ssml in (reply.ssml, reply.reprompt or ""):
            for place in glued(ssml):
                bad.setdefault(place, f"{reply.where} <- {reply.label}")
    assert not bad, "\n".join(f"{place!r} at {where}" for place, where in list(bad.items())[:10])


def test_no_response_puts_a_question_where_a_noun_phrase_belongs(walk):
    bad = {}
    for reply in walk.replies:
        for place in not_noun_phrase(reply.ssml):
            bad.setdefault(place, f"{reply.where} <- {reply.label}")
    assert not bad, "\n".join(f"{place!r} at {where}" for place, where in list(bad.items())[:10])


def _templates_with_a_title() -> list[tuple[str, str]]:
    """(key, block) for every template block that speaks a topic's title."""
    found = []
    for key in RENDERER.keys("en-US"):
        if key.startswith("guidance/topics/"):
            continue
        source = RENDERER.env.loader.get_source(RENDERER.env, f"en-US/{key}.ssml.j2")[0]  # type: ignore[union-attr]
        if re.search(r"\btitles?\b", source):
            found += [(key, block) for block in RENDERER.template("en-US", key).blocks]
    return found


@pytest.mark.parametrize("topic", TOPICS)
def test_every_title_reads_as_a_noun_phrase_in_every_phrasing_of_every_slot(topic):
    from markupsafe import Markup

    title = Markup(RENDERER.block("en-US", topic_key(topic), "title"))
    assert title_reads_as_noun_phrase(str(title)), title
    others = [Markup(RENDERER.block("en-US", topic_key(t), "title")) for t in TOPICS if t != topic][:3]
    slots = _templates_with_a_title()
    assert len(slots) >= 6
    for key, block in slots:
        for seed in SEEDS:
            text = RENDERER.block(
                "en-US", key, block, _seed=seed, title=title, titles=[title, *others], page=0, reason=None, inside=False,
            )
            assert not not_noun_phrase(text), (key, block, text)
            assert not glued(text), (key, block, text)


def test_the_checks_catch_what_a_listener_would_hear():
    assert glued("That's everything on this one.Would you like the next topic?")
    assert glued("Here it is,again.")
    assert not glued("Call <say-as>988</say-as>. Or text. At 8 p.m. we talk.")
    assert not_noun_phrase("Let's talk about is this a deal breaker.")
    assert not_noun_phrase("I've sent a summary of should I stay to your Alexa app.")
    assert not not_noun_phrase("Here's a short piece on deciding whether it's a deal breaker.")
    assert not title_reads_as_noun_phrase("is this a deal breaker")


STOCK_LINES = ("builtins/goodbye", "builtins/fallback", "menu/anything_else", "guidance/offer", "launch/welcome")


@pytest.mark.parametrize("key", STOCK_LINES)
def test_stock_lines_have_at_least_three_phrasings(key):
    said = {
        RENDERER.block("en-US", key, _seed=seed, place_kept=False, more_left=True, has_next=True, said_done=False)
        for seed in SEEDS
    }
    assert len(said) >= 3, said
