"""Steady Ground: an Alexa skill for people whose partner won't go to therapy."""
