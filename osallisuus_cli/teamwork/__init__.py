"""What a coordinator does with a team's files: set up the folder, check, merge, export and import.

``initproject`` (``osallisuus init``), ``filecheck`` (``validate``: every problem in every file), ``merge`` (answers
and team files into one team file), ``copies`` (which copy of one answers file a merge keeps), ``parallel`` (reading
and writing many files on every core), ``datacheck`` (what in the inputs would change the numbers) and
``datacheck_lines`` (how that is said in a terminal and in a report), ``teamsummary`` (how each section was answered)
and ``export`` (CSV and JSON rows). The import of survey exports: ``surveykit`` (the texts to build the survey and
the mapping that matches them), ``importmap`` (the mapping file), ``tables`` and ``xlsxsheet`` (an export read as
one table; XLSX with openpyxl), ``importcells`` (one row, cell by cell), ``importing`` (rows into answers files),
``importrun`` (one import from start to end) and ``reimport`` (this tool's own exports read back). May import
``model``, ``files``, ``errors`` and ``i18n``; never reports or the CLI.
"""
