"""Labelled corpora of what people say (``tests/corpora/*.tsv``): ``label<TAB>utterance`` a line,
``#`` comments; label 1 means the utterance is a case of the thing measured, 0 that it is not."""

from __future__ import annotations

from pathlib import Path

CORPORA = Path(__file__).resolve().parent.parent / "tests" / "corpora"


def read(name: str) -> list[tuple[bool, str]]:
    rows = []
    for line in (CORPORA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, said = line.split("\t", 1)
            rows.append((label == "1", said))
    return rows
