"""The two checks of a wave's rule-family pairs, asked of the rules alone (``use_model=False``)."""

from __future__ import annotations

from steady_ground import safety


def assert_narrowed(family: str, everyday: str, danger: tuple[str, str]) -> None:
    """Everyday talk passes, and danger in the same words is still heard at its class."""
    text, cls = danger
    assert safety.screen(everyday, "en-US", use_model=False) is None, (family, everyday)
    found = safety.screen(text, "en-US", use_model=False)
    assert found is not None and found.cls == cls, (family, text, found)


def assert_added(family: str, danger: tuple[str, str, str], near_miss: str) -> None:
    """Danger is heard at its class and tier, and the family's near miss passes."""
    text, cls, tier = danger
    found = safety.screen(text, "en-US", use_model=False)
    assert found is not None and (found.cls, found.tier) == (cls, tier), (family, text, found)
    assert safety.screen(near_miss, "en-US", use_model=False) is None, (family, near_miss)


def narrowed_cases(table: dict[str, list[tuple[str, tuple[str, str]]]]) -> list[tuple[str, str, tuple[str, str]]]:
    """A table of family -> [(everyday, (danger, class))] as one (family, everyday, danger) case a pair."""
    return [(family, everyday, danger) for family, pairs in table.items() for everyday, danger in pairs]


def added_cases(table: dict[str, list[tuple[tuple[str, str, str], str]]]) -> list[tuple[str, tuple[str, str, str], str]]:
    """A table of family -> [((danger, class, tier), near miss)] as one (family, danger, near miss) case a pair."""
    return [(family, danger, near) for family, pairs in table.items() for danger, near in pairs]
