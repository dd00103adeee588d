"""Answering: the state of one person's assessment, independent of any front end.

``session`` decides which question comes next, records each answer and saves the answers file after every answer.
``ondisk`` notices changes made to the file elsewhere (another session, a shared drive) and merges them per answer.
``normalform`` checks an answers file and writes it in normal form with no one at the keys (``assess --no-input``).
``form`` writes the browser front end: one offline HTML page that saves the same answers file. The terminal prompts
(``cli.prompts``) drive the session. May import ``model``, ``files``, ``errors`` and ``i18n``; never team operations,
reports, or the CLI.
"""
