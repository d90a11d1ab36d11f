"""Imports every exercise module so each registers its spec with the exercise room."""
