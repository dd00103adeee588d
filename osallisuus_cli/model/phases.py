"""The project's phases, and the one reader of a phase wherever a person types or a file gives one.

A phase is stored by its Finnish code (``suunnittelu``, ``toteutus``, ``arviointi``). A person may name it in any
of the three languages or by its number in the menus (``init`` and ``assess`` offer 1 suunnittelu, 2 toteutus,
3 arviointi): ``Genomförande``, `` implementation `` and ``2`` all mean ``toteutus``. Every command option, the
project file and a survey's phase column read it here, so what one accepts, all accept.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

from osallisuus_cli.errors import UsageError
from osallisuus_cli.i18n import LANGUAGES, t

PHASES: tuple[str, ...] = ("suunnittelu", "toteutus", "arviointi")
Phase = Literal["suunnittelu", "toteutus", "arviointi"]


def _folded(value: str) -> str:
    # NFC first: a name typed on a Mac may spell ö as o and a combining mark; any run of spaces is one space
    return " ".join(unicodedata.normalize("NFC", value).casefold().split())


def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for number, phase in enumerate(PHASES, start=1):
        names[str(number)] = phase
        names[phase] = phase
        for lang in LANGUAGES:
            names[_folded(t(f"team.phase.{phase}", lang))] = phase
    return names


def phase_named(value: object) -> str | None:
    """The phase ``value`` names (its code, its name in fi, sv or en, or its number 1–3, in any case, with any
    spaces around it), or None when it names none."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return _names().get(_folded(str(value)))


def phase_choices(lang: str | None = None) -> str:
    """The phases as the menus offer them, in the user's language: ``1 suunnittelu, 2 toteutus, 3 arviointi``."""
    return ", ".join(f"{number} {t(f'team.phase.{phase}', lang)}" for number, phase in enumerate(PHASES, start=1))


def parse_phase(value: str, *, option: str = "--phase") -> str:
    """A phase given on the command line as its stored code; anything else is a usage error (exit 2) that lists
    the accepted names in the user's language."""
    phase = phase_named(value)
    if phase is None:
        raise UsageError("common.err_phase", option=option, value=value, allowed=phase_choices())
    return phase
