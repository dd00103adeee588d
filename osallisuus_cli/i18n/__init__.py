"""Languages of the user interface: message catalogues, language resolution and number/date formatting.

Every string the tool shows lives in a catalogue module beside this file. A key's first part names the module
(``assess.ask_level`` lives in ``assess.py``), so a command loads only the catalogues it uses. Each entry maps a
language code to a ``str.format`` template, Finnish first.

A text that depends on a count comes in two entries, ``<key>.one`` and ``<key>.other``: Finnish, Swedish and
English all use the singular for exactly one and the plural form for everything else, zero included ("1 vastaaja",
"0 vastaajaa", "2 vastaajaa"). ``t`` picks the form itself when it is given ``count`` for such a key (so a message
key stored in an error or a data-check finding needs nothing more), and ``tn`` says so explicitly. A message with a
second count takes that count as an already counted phrase ("1 rivillä", "3 rivillä") made the same way.

Which language to speak is decided in one place, ``resolve_language``: the --lang flag, then OSALLISUUS_LANG, then
the language of an answers file being continued, then the project file's ``lang:``, then the system locale, then
Finnish — the precedence of every setting (flag > environment > project file > default). The command line gives it
what it knows (before parsing, for help; from Click's parameters, for a command), and so can a library user.

The language travels one way: ``t`` and the formatters take it as a parameter, and without one they use the
language of the current context (``contextvars``: one per thread and per task, never shared across them). A command
sets it once (``set_language``); code that makes a document in a language of its own runs inside
``using_language(lang)`` (the reports do, through ``speaking``), so whatever it calls speaks that language, in any
thread, whatever the command around it speaks.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import inspect
import os
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from datetime import date, datetime
from typing import Any, ParamSpec, TypeVar

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
LANGUAGE_VARIABLE = "OSALLISUUS_LANG"  # the environment's tier of the language
CATALOGUES: tuple[str, ...] = (
    "common",
    "assess",
    "answering",
    "questions",
    "team",
    "report",
    "portfolio",
    "form",
    "importing",
    "help",
    "datacheck",
    "figures",
    "safety",
    "workshop",
    "funder",
)

_current: ContextVar[str] = ContextVar("osallisuus_language", default=DEFAULT_LANGUAGE)
_loaded: dict[str, Mapping[str, Mapping[str, str]]] = {}
P = ParamSpec("P")
R = TypeVar("R")


def set_language(lang: str) -> None:
    """The language of this context from now on (a command's, once it has settled it)."""
    _current.set(lang if lang in LANGUAGES else DEFAULT_LANGUAGE)


def get_language() -> str:
    return _current.get()


@contextlib.contextmanager
def using_language(lang: str) -> Iterator[None]:
    """Speak ``lang`` inside the block, and the language before it again after it."""
    token = _current.set(lang if lang in LANGUAGES else DEFAULT_LANGUAGE)
    try:
        yield
    finally:
        _current.reset(token)


def speaking(func: Callable[P, R]) -> Callable[P, R]:
    """Run ``func`` in the language it is given: its ``lang`` argument, else the ``lang`` of its first argument (a
    report model being rendered). Whatever it calls without a language then speaks the document's."""
    signature = inspect.signature(func)

    @functools.wraps(func)
    def in_its_language(*args: P.args, **kwargs: P.kwargs) -> R:
        arguments = signature.bind_partial(*args, **kwargs).arguments
        lang = arguments.get("lang") or getattr(next(iter(arguments.values()), None), "lang", None)
        if not isinstance(lang, str):
            return func(*args, **kwargs)
        with using_language(lang):
            return func(*args, **kwargs)

    return in_its_language


def catalogue(area: str) -> Mapping[str, Mapping[str, str]]:
    if area not in _loaded:
        _loaded[area] = importlib.import_module(f"osallisuus_cli.i18n.{area}").MESSAGES
    return _loaded[area]


def catalogue_names() -> list[str]:
    """Every catalogue module in this package, found on disk (so a new catalogue is never forgotten by checks)."""
    import pkgutil

    return sorted(info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_"))


def t(key: str, lang: str | None = None, /, **params: Any) -> str:
    """The message ``key`` in ``lang`` (default: the current language), filled with ``params``.

    A key that comes as ``key.one`` / ``key.other`` takes the form for ``params["count"]``: a whole number (written
    here for ``lang``) or a number already written out ("12 345", as a report's ``whole`` filter gives it)."""
    messages = catalogue(key.partition(".")[0])
    entry = messages.get(key)
    if entry is None and "count" in params:
        count = params["count"]
        entry = messages[plural_key(key, _counted(count))]
        if isinstance(count, int):
            params = {**params, "count": format_number(count, lang, 0)}
    if entry is None:
        raise KeyError(key)
    text = entry.get(lang or _current.get()) or entry[DEFAULT_LANGUAGE]
    return text.format(**params) if params else text


def _counted(count: Any) -> int:
    """The whole number a count stands for: 3, or '12 345' / '12,345' as numbers are written in messages."""
    if isinstance(count, int):
        return count
    digits = "".join(ch for ch in str(count) if ch.isdigit())
    return int(digits) if digits else 0


def plural_key(key: str, count: int) -> str:
    """``key.one`` for a count of exactly one, else ``key.other`` (the rule of fi, sv and en alike)."""
    return f"{key}.one" if count == 1 else f"{key}.other"


def tn(key: str, count: int, lang: str | None = None, /, **params: Any) -> str:
    """The count-aware message ``key`` for ``count``; ``{count}`` in it is the count written for ``lang``."""
    return t(key, lang, count=count, **params)


def _language_code(value: str) -> str:
    """'sv_FI.UTF-8' → 'sv', 'en-GB' → 'en', 'fi_FI@euro' → 'fi'."""
    return value.split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0].strip().lower()


def system_language(environ: Mapping[str, str] = os.environ) -> str | None:
    """fi, sv or en when the system locale names one of them, else None.

    As gettext does: the locale is the first of LC_ALL, LC_MESSAGES and LANG that is set; under the "C" or
    "POSIX" locale nothing is translated; otherwise LANGUAGE, a list of preferences like "sv:en", comes first.
    """
    locale = next((environ[var] for var in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(var)), "")
    if not locale or _language_code(locale) in ("c", "posix"):
        return None
    for preference in environ.get("LANGUAGE", "").split(":"):
        code = _language_code(preference)
        if code in LANGUAGES:
            return code
    code = _language_code(locale)
    return code if code in LANGUAGES else None


def language_code(value: object) -> str | None:
    """'sv' (also ' SV ') for a language the tool speaks, else None."""
    if not isinstance(value, str):
        return None
    code = value.strip().lower()
    return code if code in LANGUAGES else None


def resolve_language(
    flag: str | None = None,
    *,
    recorded: str | None = None,
    project: str | None = None,
    environ: Mapping[str, str] = os.environ,
) -> str:
    """The language to speak: the first of these that names fi, sv or en.

    1. ``flag``: --lang as typed;
    2. OSALLISUUS_LANG in ``environ``;
    3. ``recorded``: the language of the answers file being continued (a person's own choice, made earlier);
    4. ``project``: ``lang:`` of the project file;
    5. the system locale in ``environ`` (``system_language``);
    6. Finnish.

    A value that is no language is passed over here; saying so (a typed one is bad usage, the environment's a
    warning) is for whoever gathered it.
    """
    for candidate in (flag, environ.get(LANGUAGE_VARIABLE), recorded, project):
        if (code := language_code(candidate)) is not None:
            return code
    return system_language(environ) or DEFAULT_LANGUAGE


def _round_half_up(value: float, digits: int) -> str:
    """Round as people do by hand (2.25 → 2.3, 62.5 → 63), not to even as float formatting does."""
    from decimal import ROUND_HALF_UP, Decimal

    return str(Decimal(repr(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


GROUP_FROM = 10_000  # 1234 stays as it is; 12 345 is grouped (the Finnish and Swedish convention)


def format_number(value: float, lang: str | None = None, digits: int = 1) -> str:
    """1.5 → '1,5' in Finnish and Swedish, '1.5' in English; 12345 → '12 345' / '12,345'; a true minus sign in fi/sv."""
    lang = lang or _current.get()
    text = _round_half_up(value, digits).lstrip("-")
    whole, _, decimals = text.partition(".")
    nordic = lang in ("fi", "sv")
    if abs(value) >= GROUP_FROM:
        whole = f"{int(whole):,}".replace(",", "\u00a0" if nordic else ",")
    text = whole + (("," if nordic else ".") + decimals if decimals else "")
    if value < 0 and any(ch not in "0,." for ch in text):  # no "-0,0"
        text = ("\u2212" if nordic else "-") + text
    return text


def format_percent(value: float, lang: str | None = None) -> str:
    """0.625 → '63 %' (fi, sv) or '63%' (en)."""
    number = format_number(value * 100, lang, 0)
    return f"{number}\u00a0%" if (lang or _current.get()) in ("fi", "sv") else f"{number}%"


def format_date(value: date | datetime, lang: str | None = None) -> str:
    """27.11.2026 in Finnish and Finland-Swedish, 27 Nov 2026 in English."""
    lang = lang or _current.get()
    if lang in ("fi", "sv"):
        return f"{value.day}.{value.month}.{value.year}"
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{value.day} {months[value.month - 1]} {value.year}"


_MONTHS = {
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
}


def format_month(value: date | datetime, lang: str | None = None) -> str:
    """marraskuu 2026, november 2026, November 2026: what an anonymized team keeps of a date."""
    lang = lang or _current.get()
    return f"{_MONTHS.get(lang, _MONTHS['en']).split()[value.month - 1]} {value.year}"


def format_moment(value: datetime, lang: str | None = None) -> str:
    """A moment in its own offset as people write it: 6.10.2026 klo 11.02, 6.10.2026 kl. 11.02, 6 Oct 2026 11:02."""
    lang = lang or _current.get()
    if lang == "fi":
        return f"{format_date(value, lang)} klo {value.hour}.{value.minute:02d}"
    if lang == "sv":
        return f"{format_date(value, lang)} kl. {value.hour}.{value.minute:02d}"
    return f"{format_date(value, lang)} {value.hour:02d}:{value.minute:02d}"
