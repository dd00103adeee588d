"""What a coordinator does with a team's files: set up the folder, check, merge and export.

``initproject`` (``osallisuus init``), ``filecheck`` (``validate``: every problem in every file), ``merge`` (answers
and team files into one team file), ``teamsummary`` (how each section was answered) and ``export`` (CSV and JSON
rows). May import ``model``, ``files``, ``errors`` and ``i18n``; never reports or the CLI.
"""
