"""Everything the command line takes from Typer beyond its documented API, in one module.

Typer 0.29 vendors Click as ``typer._click``, a private module: the parameter sources (where a value came from: the
command line, the environment, the project file), the current context, the usage-error classes, the help formatter,
and the gettext hook through which Typer's help screen says its few words ("Options", "[default: …]"). Every other
module imports these from here, so a Typer upgrade is checked in one place; ``pyproject.toml`` bounds Typer to the
versions tested, and ``tests/test_toolkit.py`` checks that the Click messages ``cli.help`` translates are still the
ones the installed Click writes.
"""

from __future__ import annotations

from collections.abc import Callable

from typer import core as _typer_core
from typer._click import exceptions as click_exceptions
from typer._click.core import Context, ParameterSource
from typer._click.exceptions import ClickException
from typer._click.formatting import HelpFormatter
from typer._click.globals import get_current_context
from typer.core import TyperGroup

__all__ = [
    "ClickException",
    "Context",
    "HelpFormatter",
    "ParameterSource",
    "TyperGroup",
    "click_exceptions",
    "get_current_context",
    "install_gettext",
]


def install_gettext(translate: Callable[[str], str]) -> None:
    """Typer's help screen takes its headings and notes from a module-level gettext ``_``: answer it from ours."""
    _typer_core._ = translate  # type: ignore[attr-defined,assignment]
