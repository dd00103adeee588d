"""Answering: the state of one person's assessment, independent of any front end.

``session`` decides which question comes next, records each answer and saves the answers file after every answer.
The terminal prompts (``cli.prompts``) drive it. May import ``model``, ``files``, ``errors`` and ``i18n``; never
team operations, reports, or the CLI.
"""
