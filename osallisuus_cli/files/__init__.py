"""File plumbing: reading and writing the tool's files safely, and nothing about what they mean.

``fsutil`` (atomic writes, owner-only modes, safe file names, the shipped data folders), ``staging`` (where a write
is prepared, and how what a killed write left is found and removed), ``readfile`` (regular
files only, never more bytes than the limit, never a hang), ``yamlio`` (the strict, fast YAML reader), ``yamllines``
(the line of each key, for messages), ``yamlemit`` (the one YAML writer, for every file) and ``strictread``
(field-by-field checking of parsed documents with line numbers). May import only ``errors``, ``i18n`` and the
standard library plus PyYAML: never the model, team operations, reports or the CLI.
"""
