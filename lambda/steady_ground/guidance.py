"""The eight guidance topics, in the order of our source text. Pure: no SDK imports."""

from __future__ import annotations

TOPICS: tuple[str, ...] = (
    "why_resist",
    "fears_stigma",
    "start_talk",
    "try_together",
    "work_on_yourself",
    "boundaries",
    "individual_therapy",
    "deal_breaker",
)
MORE_BLOCKS: tuple[str, ...] = ("more_1", "more_2", "more_3")
MENU_PAGE = 4


def topic_key(topic: str) -> str:
    return f"guidance/topics/{topic}"


def is_topic(value: object) -> bool:
    return isinstance(value, str) and value in TOPICS


def next_topic(topic: str) -> str | None:
    i = TOPICS.index(topic)
    return TOPICS[i + 1] if i + 1 < len(TOPICS) else None


def previous_topic(topic: str) -> str | None:
    i = TOPICS.index(topic)
    return TOPICS[i - 1] if i > 0 else None


def menu_page(page: int) -> tuple[str, ...]:
    start = (page % 2) * MENU_PAGE
    return TOPICS[start : start + MENU_PAGE]
