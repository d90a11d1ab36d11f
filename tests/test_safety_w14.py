"""Wave 14: defiance over an errand is a row, not coercion; defiance over her body, or with pictures, stays danger."""

from __future__ import annotations

import pytest

from steady_ground import safety


@pytest.mark.parametrize(
    "everyday",
    [
        "i told him not to buy it and he did it anyway",
        "i asked her not to invite her brother but she went ahead",
    ],
)
def test_defied_over_an_errand_is_not_asked_are_you_safe(everyday):
    assert safety.screen(everyday, "en-US") is None, everyday


@pytest.mark.parametrize(
    "danger",
    [
        "i told him not to touch me and he did it anyway",
        "i told him not to buy it and he did it anyway and then he shoved me into the door",
        "i asked him not to order the pictures of me off that site and he did it anyway",
    ],
)
def test_defied_over_her_body_or_her_pictures_is_still_heard(danger):
    assert safety.screen(danger, "en-US") is not None, danger
