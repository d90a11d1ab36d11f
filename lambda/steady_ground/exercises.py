"""Imports every exercise module so each registers its spec with the exercise room."""

from steady_ground import boundary_spec  # noqa: F401  (the boundary-setting exercise)
