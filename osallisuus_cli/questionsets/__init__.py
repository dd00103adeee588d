"""Question sets: THL's 24 helper questions, or a set of one's own, as every part of the tool reads them.

``framework`` (a question set as plain data: domains, sections, questions, the scale and its levels), ``reading``
(reading and checking a set file, the built-in sets) and ``catalog`` (a set as plain data for JSON and templates).
May import ``files``, ``errors`` and ``i18n``; everything that reads answers builds on it.
"""
