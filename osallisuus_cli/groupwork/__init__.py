"""Group work: features that combine answering with team work, such as a team answering the questions together.

A workshop session answers the questions as a group (``answering``'s rules for one answer) and ends in a file the
team's tools read (``teamwork``). Neither of those packages may import the other, so what needs both lives here.

``session`` (a workshop as events on its file: seats, silent ratings, the reveal, the agreed texts; saved after
every event, resumed from the file).

May import ``files``, ``model``, ``answering``, ``teamwork``, ``errors`` and ``i18n``; never reports or the CLI.
"""
