"""osallisuus — a self-assessment of how an activity promotes inclusion, with THL's 24 guiding questions."""

__version__ = "0.1.0"
