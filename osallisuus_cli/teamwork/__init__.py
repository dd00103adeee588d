"""What a coordinator does with a team's files: set up the folder, check, merge and export.

``initproject`` (``osallisuus init``), ``inputs`` (which files a command reads: the folders walked), ``filecheck``
(``validate``: every problem in every file), ``merge`` (answers and team files into one team file), ``entries`` (one
response as a merge meets it, and who is who), ``copies`` (which copy of one answers file a merge keeps),
``parallel`` (reading and writing many files on every core), ``datacheck`` (what in the inputs would change the
numbers), ``likeness`` (which responses are probably one person counted twice, or two people under one id) and
``datacheck_lines`` (a finding, and how it is said in a terminal and in a report), ``teamsummary`` (how each section
was answered) and ``export`` (CSV and JSON rows). The import of survey exports has a package of its own
(``importing``). May import ``model``, ``files``, ``errors`` and ``i18n``; never reports or the CLI.
"""
