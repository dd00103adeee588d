"""What a command does from start to end, without the command line: the pipeline a library user runs too.

``paths`` (where a command's inputs are; when its output may be written: never over an input, never a team file
inside a folder being read, an existing file only with ``force``), ``team`` (a team's files read, merged and
checked: what merge, report and export share), ``reporting`` (read → check → build → render: ``make_report``, and
the rules of the report's options), ``exporting`` (a team's answers for other tools: ``export_answers``) and
``validating`` (every file checked on its own and together, and the data check: ``validate_files``). Each command of
the CLI parses its options and makes one call here. May import ``files``, ``templating``, ``questionsets``,
``model``, ``teamwork``, ``reports``, ``portfolio``, ``errors`` and ``i18n``; never ``answering``, ``groupwork``,
``importing`` or the CLI.
"""
