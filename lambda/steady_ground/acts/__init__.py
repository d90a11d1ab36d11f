"""Speech acts that need only a turn: the safety answer, the consent question, free-text capture,
and the short replies every room shares. Nothing here knows about exercises or feature rooms."""
