"""Group work: features that combine answering with team work, such as a team answering the questions together.

A workshop session answers the questions as a group (``answering``'s rules for one answer) and ends in a file the
team's tools read (``teamwork``). Neither of those packages may import the other, so what needs both lives here.

``session`` (a workshop as events on its file: seats, silent ratings, the reveal, the agreed texts; saved after
every event, resumed from the file), ``views`` (what the projector and each phone are shown), ``server`` (the local
web server: Starlette, server-sent events, the Host, Origin and token checks), ``pages`` (the facilitator's and the
phones' pages, the printable level cards) and ``network`` (the addresses it listens on and the run until the end).

May import ``files``, ``model``, ``answering``, ``teamwork``, ``errors`` and ``i18n``; never reports or the CLI.
"""
