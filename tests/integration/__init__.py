"""Integration tests: the skill against moto's server over HTTP."""
