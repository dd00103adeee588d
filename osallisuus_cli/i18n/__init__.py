"""Languages of the user interface: message catalogues, language resolution and number/date formatting.

Every string the tool shows lives in a catalogue module beside this file. A key's first part names the module
(``assess.ask_level`` lives in ``assess.py``), so a command loads only the catalogues it uses. Each entry maps a
language code to a ``str.format`` template.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
CATALOGUES: tuple[str, ...] = ("common", "assess", "questions", "team", "report")

_current = DEFAULT_LANGUAGE
_loaded: dict[str, Mapping[str, Mapping[str, str]]] = {}


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def get_language() -> str:
    return _current


def catalogue(area: str) -> Mapping[str, Mapping[str, str]]:
    if area not in _loaded:
        _loaded[area] = importlib.import_module(f"osallisuus_cli.i18n.{area}").MESSAGES
    return _loaded[area]


def t(key: str, lang: str | None = None, /, **params: Any) -> str:
    """The message ``key`` in ``lang`` (default: the current language), filled with ``params``."""
    entry = catalogue(key.partition(".")[0])[key]
    text = entry.get(lang or _current) or entry[DEFAULT_LANGUAGE]
    return text.format(**params) if params else text


def system_language(environ: Mapping[str, str] = os.environ) -> str | None:
    """fi, sv or en when the POSIX locale variables name one of them, else None."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var, "")
        if value:
            code = value.split("_", 1)[0].split(".", 1)[0].lower()
            return code if code in LANGUAGES else None
    return None


def resolve_language(
    flag: str | None,
    *,
    recorded: str | None = None,
    project: str | None = None,
    environ: Mapping[str, str] = os.environ,
) -> str:
    """--lang > OSALLISUUS_LANG > the answers file's language > the project file > the system locale > Finnish.

    Values that are not fi/sv/en are skipped (``--lang`` itself is checked by the CLI before it gets here).
    """
    for candidate in (flag, environ.get("OSALLISUUS_LANG"), recorded, project, system_language(environ)):
        if candidate:
            code = candidate.strip().lower()
            if code in LANGUAGES:
                return code
    return DEFAULT_LANGUAGE


def format_number(value: float, lang: str | None = None, digits: int = 1) -> str:
    """1.5 → '1,5' in Finnish and Swedish, '1.5' in English."""
    text = f"{value:.{digits}f}"
    if (lang or _current) in ("fi", "sv"):
        text = text.replace(".", ",")
    return text.replace("-", "\u2212") if value < 0 and (lang or _current) in ("fi", "sv") else text


def format_percent(value: float, lang: str | None = None) -> str:
    """0.625 → '63 %' (fi, sv) or '63%' (en)."""
    number = f"{round(value * 100):d}"
    return f"{number}\u00a0%" if (lang or _current) in ("fi", "sv") else f"{number}%"


def format_date(value: date | datetime, lang: str | None = None) -> str:
    """27.11.2026 in Finnish and Finland-Swedish, 27 Nov 2026 in English."""
    lang = lang or _current
    if lang in ("fi", "sv"):
        return f"{value.day}.{value.month}.{value.year}"
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{value.day} {months[value.month - 1]} {value.year}"
