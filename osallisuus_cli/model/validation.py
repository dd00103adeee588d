"""Strict data models and pydantic errors flattened into readable ``file:line: field.path: message`` problems."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from osallisuus_cli.errors import Key, Problem
from osallisuus_cli.files import yamlio
from osallisuus_cli.files.strictread import dotted


class Strict(BaseModel):
    """Base of every data model: unknown keys are errors, values are not coerced between types."""

    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)


# The names pydantic gives the members of a union in an error's location: a type ("int", "float", "list[int]",
# "dict[str,int]"), a constrained or strict type ("constrained-int"), a checking function ("function-after[...]"),
# a choice ("literal['na']") or a union inside ("union[...]"). The user wrote none of them.
_MEMBER_NAMES = frozenset(("int", "str", "float", "bool", "[key]"))
_MEMBER_PATTERN = re.compile(r"[a-z][a-z-]*\[.*\]|(constrained|strict|lax)-[a-z]+", re.DOTALL)


def _clean_loc(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """The location as the user wrote it: keys and positions only, without the union members pydantic names.

    A model as a member is named by its class, followed by the place inside it; a class name at the very end is
    kept, since it may be a key the user wrote (an unknown field is named last).
    """
    models = _model_names()
    return tuple(
        part
        for index, part in enumerate(loc)
        if not (
            isinstance(part, str)
            and (part in _MEMBER_NAMES or _MEMBER_PATTERN.fullmatch(part) or (part in models and index < len(loc) - 1))
        )
    )


def _model_names() -> set[str]:
    """The class names of this package's data models (every one derives from ``Strict``)."""
    found: set[str] = set()
    waiting: list[type] = [Strict]
    while waiting:
        model = waiting.pop()
        found.add(model.__name__)
        waiting += model.__subclasses__()
    return found


def _problem_for(error: Any) -> tuple[str, dict[str, Any]]:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "common.v.missing", {}
    if kind == "invalid_key" or (kind == "string_type" and error["loc"][-1:] == ("[key]",)):
        return "safety.key_not_text", {"value": repr(error.get("input"))}
    if kind == "extra_forbidden":
        return "common.v.extra_forbidden", {}
    if kind in ("literal_error", "enum"):
        # pydantic joins the choices with an English "or"; the messages list them with commas in every language
        allowed = str(ctx.get("expected", "")).replace(" or ", ", ")
        return "common.v.choice", {"value": repr(error.get("input")), "allowed": allowed}
    if kind == "string_too_short":
        return "common.v.too_short", {}
    if kind == "string_too_long":
        return "common.v.too_long", {"max": ctx.get("max_length", "")}
    if kind == "string_pattern_mismatch":
        return "common.v.pattern", {"value": repr(error.get("input")), "pattern": ctx.get("pattern", "")}
    if kind.startswith(("datetime", "timezone")):
        return "common.v.datetime", {}
    expected = {
        "dict_type": "common.kind.mapping",
        "model_type": "common.kind.mapping",
        "list_type": "common.kind.list",
        "string_type": "common.kind.text",
        "int_type": "common.kind.integer",
        "float_type": "common.kind.number",
        "bool_type": "common.kind.boolean",
    }.get(kind)
    if expected:
        return "common.v.type", {"expected": Key(expected), "found": Key(yamlio.kind_of(error.get("input")))}
    if kind == "value_error" and isinstance(ctx.get("error"), ProblemValue):
        err = ctx["error"]
        return err.key, err.params
    return "common.v.other", {"detail": error.get("msg", kind)}


class ProblemValue(ValueError):
    """Raised inside model validators to report a translated message (key + params) instead of English text."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key, self.params = key, params


def problems_from(
    exc: ValidationError,
    *,
    file: str,
    text: str | None,
    prefix: tuple[Any, ...] = (),
    at: Callable[..., int | None] | None = None,
) -> list[Problem]:
    """One Problem per pydantic error, with the YAML line where the source text is known.

    ``prefix`` locates the validated value inside a bigger document (e.g. one response of a team file); ``at``
    finds lines in that document (see ``yamlio.LineFinder``) so its line map is built once for all its parts.
    """
    at = at or yamlio.LineFinder(text).at
    problems = []
    seen = set()
    for error in exc.errors(include_url=False):
        loc = (*prefix, *_clean_loc(tuple(error["loc"])))
        key, params = _problem_for(error)
        if error["type"] == "value_error" and isinstance((error.get("ctx") or {}).get("error"), ProblemValue):
            extra_loc = error["ctx"]["error"].params.pop("_loc", ())
            loc = (*loc, *extra_loc)
        if loc in seen:  # a union reports the same place once per member: the first says enough
            continue
        seen.add(loc)
        problems.append(Problem(key, params, file, at(*loc), dotted(loc) or None))
    return problems
