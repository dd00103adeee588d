"""The portfolio: many projects side by side, for whoever coordinates the coordinators.

``build`` (one merged team of many projects into a portfolio: the figures, the changes between phases, the questions
most often weak, strong or disputed), ``model`` (the portfolio as plain data, which the portfolio templates lay out)
and ``export`` (its projects × sections table as flat records: ``export --by project``). Builds on the team report's
parts (``reports``: scoring, the question set's facts, workshops, rendering); may import ``reports``, ``teamwork``,
``model``, ``files``, ``errors`` and ``i18n``; never the CLI.
"""
