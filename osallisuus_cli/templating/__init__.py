"""Templates run safely: a user's own report templates, and the free text every template prints.

``bounds`` (Jinja2's sandbox, with every operation that would make a huge value refused before it runs), ``run``
(a render in a process of its own, stopped at a deadline and held to a memory limit) and ``mdtext`` (free text made
safe inside Markdown: shown as typed, never as markup). Knows nothing of reports or answers; imports only
``errors``.
"""
