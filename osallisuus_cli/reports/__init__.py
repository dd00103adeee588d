"""Reports: the figures behind them and the documents themselves.

``scoring`` (one function per measure), ``report_model`` and ``report`` (the report as data), ``bars`` (a
distribution as drawn), ``setfacts`` (what the team report and the portfolio both say about the question set, made
once), ``periods`` (which phase the report describes for each project), ``report_render`` (Jinja2 into Markdown and
HTML) and ``template_helpers`` (the filters and charts its templates call), ``charts`` (inline SVG), ``funder``
(plain text in blocks for a funder's web form), ``workshops`` (a team's workshops, apart from its respondents) and
``demo`` (an example team run through the whole chain). The portfolio of many projects builds on these parts in its
own package. A user's templates run bounded, and free text is made safe for Markdown, in ``templating``. May import
``templating``, ``teamwork``, ``model``, ``files``, ``errors`` and ``i18n``; never the CLI or its prompts.
"""
