"""Request handlers, split by phase. The routing table is ``steady_ground.skill.HANDLERS``."""
