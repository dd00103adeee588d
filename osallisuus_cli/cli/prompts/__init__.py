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


def menus_unavailable() -> str | None:
    """Why the menus cannot run in this terminal (the error's name), or None when they can.

    prompt_toolkit opens the console only when the first menu is drawn; on Windows, in a terminal without a console
    screen buffer (Git Bash's mintty, some editors' terminals), that fails with ``NoConsoleScreenBufferError``, a
    class that exists only there; elsewhere a terminal it cannot drive fails with an ``OSError``. Both are found
    here, before the first question, by opening the console the way the menus will.
    """
    try:
        from prompt_toolkit.input.defaults import create_input
        from prompt_toolkit.output.defaults import create_output

        create_output()
        create_input().close()
    except Exception as exc:  # NoConsoleScreenBufferError (Windows only), OSError, termios.error, and their kin
        return type(exc).__name__
    return None


__all__ = ["Frontend", "Option", "QuestionView", "SummaryRow", "make_frontend", "menus_unavailable"]
