"""Imports every exercise module so each registers its spec with the exercise room."""

from steady_ground import boundary_spec  # noqa: F401  (the boundary-setting exercise)
from steady_ground.handlers import (
    checkin,  # noqa: F401  (the daily check-in)
    reflection,  # noqa: F401  (the deal-breaker reflection)
)
