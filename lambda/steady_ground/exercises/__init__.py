"""The guided exercises: the shared runtime (``runtime``), one module per exercise (its spec and
what it reads from the world), and ``all.EXERCISES``, the explicit, ordered tuple of them."""
