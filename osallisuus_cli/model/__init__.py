"""The data model: answers files, team files and the project file, with their strict readers.

``phases`` (the phases and the one reader of a phase in any language or number), ``history`` (a respondent's
file of each phase: where it is, and a later phase's new file), ``answers``, ``team``, ``project`` and
``projectpath`` (the files and their pydantic models), ``teamread`` (a team file checked response by response,
streamed when large), ``inputfile`` (the one way a data file given to a command is read: regular file, byte limit,
hash, decode, parse, dispatch on ``format``), ``tally`` (the one answer counter), ``validation`` (pydantic errors
as ``file:line: field.path: message`` problems) and ``workshop`` (a team's session on the questions: ratings per
level and what the group agreed). The question sets they are read against live in ``questionsets``. May import
``questionsets``, ``files``, ``errors`` and ``i18n``; never team operations, reports, or the CLI.
"""
