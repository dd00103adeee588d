"""Front ends of ``osallisuus assess``: questionary menus (default) or plain numbered line prompts (``--plain``)."""

from __future__ import annotations

from typing import Any

from osallisuus_cli.cli.prompts.base import Frontend, Option, QuestionView, SummaryRow


def make_frontend(plain: bool, **kwargs: Any) -> Frontend:
    """The plain front end for screen readers and pipes, else the menu-based one."""
    if plain:
        from osallisuus_cli.cli.prompts.plain import PlainFrontend

        return PlainFrontend(**kwargs)
    from osallisuus_cli.cli.prompts.rich_ui import RichFrontend

    return RichFrontend(**kwargs)


__all__ = ["Frontend", "Option", "QuestionView", "SummaryRow", "make_frontend"]
