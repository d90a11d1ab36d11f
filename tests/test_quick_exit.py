"""The quick-exit recogniser on labelled corpora of how people say "I have to stop, now"."""

from __future__ import annotations

import pytest
from tools.corpus import read as _rows

from steady_ground.quick_exit import is_quick_exit


@pytest.mark.parametrize(("exit_", "said"), _rows("quick_exit_tuning.tsv"), ids=lambda v: str(v))
def test_the_tuning_corpus_is_read_as_labelled(exit_: bool, said: str):
    assert is_quick_exit(said) is exit_, said


def test_the_held_out_corpus_catches_most_exits_and_takes_no_answer_for_one():
    rows = _rows("quick_exit_heldout.tsv")
    exits = [s for e, s in rows if e]
    answers = [s for e, s in rows if not e]
    caught = [s for s in exits if is_quick_exit(s)]
    assert len(caught) >= 0.9 * len(exits), sorted(set(exits) - set(caught))
    assert [s for s in answers if is_quick_exit(s)] == []  # an answer must never be thrown away


@pytest.mark.parametrize("said", ["He\u2019s home!", "HOLD ON.", "um, sorry, I have to go, bye", "gotta go... he's back"])
def test_punctuation_case_and_curly_apostrophes_do_not_matter(said: str):
    assert is_quick_exit(said)


@pytest.mark.parametrize("said", [None, "", "   ", "he " * 60 + "is home"])
def test_nothing_or_a_long_answer_is_not_an_exit(said: str | None):
    assert not is_quick_exit(said)
