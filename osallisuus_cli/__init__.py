"""osallisuus — assess how well an activity promotes participation, with THL's 24 helper questions."""

__version__ = "0.1.0"
