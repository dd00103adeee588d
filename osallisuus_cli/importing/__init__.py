"""The import of survey exports (Microsoft Forms, Webropol, a sheet typed in from paper, this tool's own export).

``surveykit`` (the texts to build the survey and the mapping that matches them), ``mapping`` (the import mapping
file: which column holds what), ``shape`` (what every reader gives: a table of cells, odd values, the size limits),
``tables`` (an export read as one table, whatever its format), ``xlsx`` (one XLSX sheet, with openpyxl),
``sheetxml`` (what the workbook's XML says beyond openpyxl's public reader), ``cells`` (one row, cell by cell),
``rows`` (rows into checked answers files), ``identity`` (which row is which respondent, and what importing it again
would change), ``reimport`` (this tool's own exports read back) and ``run`` (one import from start to end: read,
plan, write). May import ``teamwork`` (the parallel pool, the export's
columns), ``model``, ``files``, ``errors`` and ``i18n``; never reports or the CLI.
"""
