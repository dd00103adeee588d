"""Strict reading of parsed YAML into plain values, every problem recorded with its field path.

Used for question sets, which every command loads. Not pydantic, though Typer imports it for every command anyway:
building pydantic validators for a question set costs 120–260 ms in a fresh process against about 1 ms for this
reader (``benchmarks/questionset.py`` measures both), and that would be paid on every start. The rules and the messages
are the same as for the pydantic-based files (``validation.py``): unknown keys are errors, nothing is coerced
between types (``"1"`` is not ``1``, ``true`` is not ``1``), and every problem is collected, not only the first.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from osallisuus_cli.errors import Key, Problem, printable
from osallisuus_cli.files import yamlio

Loc = tuple[Any, ...]


def dotted(loc: Loc) -> str:
    """('domains', 0, 'title') → 'domains[0].title': how every field path is spelled in messages."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


class Reader:
    """Checks values against simple rules and collects one problem per wrong field.

    Each ``read_*`` method returns the value when it is acceptable and ``None`` (after recording a problem) when
    it is not, so a caller can go on reading the rest of the document and report everything at once.
    """

    def __init__(self, *, file: str, text: str | None) -> None:
        self.file = file
        self.source_text = text
        self._found: list[tuple[str, dict[str, Any], Loc]] = []

    # --- recording ---------------------------------------------------------------------------------------------

    def problem(self, key: str, loc: Loc, **params: Any) -> None:
        self._found.append((key, params, loc))

    @property
    def ok(self) -> bool:
        return not self._found

    def problems(self) -> list[Problem]:
        """The problems found so far, in the order of the file, each with its line where the source text is known."""
        lines = yamlio.line_map(self.source_text) if self.source_text is not None and self._found else {}
        found = [
            Problem(key, params, self.file, yamlio.nearest_line(lines, loc), dotted(loc) or None)
            for key, params, loc in self._found
        ]
        return sorted(found, key=lambda p: p.line or 0)

    def _wrong_type(self, value: Any, loc: Loc, expected: str) -> None:
        self.problem("common.v.type", loc, expected=Key(expected), found=Key(yamlio.kind_of(value)))

    # --- values --------------------------------------------------------------------------------------------------

    def read_mapping(
        self, value: Any, loc: Loc, *, required: Collection[str] = (), optional: Collection[str] = ()
    ) -> dict[str, Any] | None:
        """A mapping with only the named keys; a missing required key and every unknown key is a problem."""
        if not isinstance(value, dict):
            self._wrong_type(value, loc, "common.kind.mapping")
            return None
        allowed = {*required, *optional}
        for key in value:
            if key not in allowed:
                self.problem("common.v.extra_forbidden", (*loc, str(key)))
        for key in required:
            if key not in value:
                self.problem("common.v.missing", (*loc, key))
        return value

    def read_list(self, value: Any, loc: Loc, *, min_items: int = 0, max_items: int | None = None) -> list[Any]:
        """A list (empty when the value is not one); too few or too many items is a problem."""
        if not isinstance(value, list):
            self._wrong_type(value, loc, "common.kind.list")
            return []
        if len(value) < min_items:
            self.problem("common.v.too_few", loc, min=min_items)
        elif max_items is not None and len(value) > max_items:
            self.problem("common.v.too_many", loc, max=max_items)
        return value

    def read_str(
        self, value: Any, loc: Loc, *, pattern: re.Pattern[str] | None = None, max_length: int = 5000
    ) -> str | None:
        """Non-blank text, at most ``max_length`` characters, optionally matching ``pattern`` in full."""
        if not isinstance(value, str):
            self._wrong_type(value, loc, "common.kind.text")
            return None
        if not value.strip():
            self.problem("common.v.too_short", loc)
            return None
        if len(value) > max_length:
            self.problem("common.v.too_long", loc, max=max_length)
            return None
        if pattern is not None and not pattern.fullmatch(value):
            self.problem("common.v.pattern", loc, value=repr(value), pattern=pattern.pattern)
            return None
        if not value.isprintable() and printable(value, lines=True) != value:  # the first test is the fast one
            # Only a quoted YAML escape ("\e", "\u202e") puts one there; shown in a terminal it would act, not read.
            char = next(c for c in value if printable(c, lines=True) != c)
            self.problem("common.v.control_character", loc, char=printable(char))
            return None
        return value

    def read_int(self, value: Any, loc: Loc, *, minimum: int | None = None, maximum: int | None = None) -> int | None:
        """A whole number (not a boolean, not text) within the bounds."""
        if isinstance(value, bool) or not isinstance(value, int):
            self._wrong_type(value, loc, "common.kind.integer")
            return None
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            low = "" if minimum is None else minimum
            high = "" if maximum is None else maximum
            self.problem("common.v.range", loc, value=value, min=low, max=high)
            return None
        return value

    def read_choice(self, value: Any, loc: Loc, allowed: Iterable[str]) -> str | None:
        options = tuple(allowed)
        if value not in options or not isinstance(value, str):
            self.problem("common.v.choice", loc, value=repr(value), allowed=", ".join(repr(o) for o in options))
            return None
        return value

    def read_str_list(self, value: Any, loc: Loc, *, pattern: re.Pattern[str] | None = None) -> list[str]:
        items = []
        for i, item in enumerate(self.read_list(value, loc)):
            checked = self.read_str(item, (*loc, i), pattern=pattern)
            if checked is not None:
                items.append(checked)
        return items

    def read_text_map(
        self, value: Any, loc: Loc, *, lang_pattern: re.Pattern[str], max_length: int = 5000
    ) -> dict[str, str] | None:
        """A text in several languages: ``{fi: "…", sv: "…"}``, at least one language."""
        if not isinstance(value, Mapping):
            self._wrong_type(value, loc, "common.kind.mapping")
            return None
        if not value:
            self.problem("common.v.too_short", loc)
            return None
        texts: dict[str, str] = {}
        for code, text in value.items():
            if not isinstance(code, str) or not lang_pattern.fullmatch(code):
                self.problem("common.v.pattern", (*loc, str(code)), value=repr(code), pattern=lang_pattern.pattern)
                continue
            checked = self.read_str(text, (*loc, code), max_length=max_length)
            if checked is not None:
                texts[code] = checked
        return texts
