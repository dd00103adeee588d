"""File plumbing: reading and writing the tool's files safely, and nothing about what they mean.

``fsutil`` (atomic writes, owner-only modes, safe file names, the shipped data folders), ``yamlio`` (the strict,
fast YAML reader and the writer), ``yamlemit`` (the YAML emitter for team files) and ``strictread`` (field-by-field
checking of parsed documents with line numbers). May import only ``errors``, ``i18n`` and the standard library
plus PyYAML: never the model, team operations, reports or the CLI.
"""
