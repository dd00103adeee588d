"""The one YAML writer of the tool: answers, team and project files (mappings, lists, text, integers, booleans).

PyYAML's representer builds a node for every value in Python; for a team file of thousands of responses that
costs several times more than reading all the answer files, and its two emitters (libyaml and pure Python) quote
and escape differently (the pure one turns U+0085 into a space). The data written here is simple and known, so it
is written directly: block mappings and lists indented by two, plain words where
YAML reads them back as the same text, literal blocks (``|``) for multi-line free text, and double-quoted text
with escapes for everything else. Every choice errs on the side of quoting; a property-based test checks that
``yamlio.parse(emit(data)) == data`` for arbitrary text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import yaml

# A plain scalar: starts with a word character (or a path's "." or "/"), holds only characters that mean nothing
# special inside a plain scalar, and does not end in a space. ':' and '#' never appear, so ': ' and ' #' cannot either.
# A path ("../sarjat/oma.yaml", "/srv/x") may start with "." or "/", but not with "..." (at the start of a line it
# would end the document).
_PLAIN = re.compile(r"(?!\.\.\.)[\w./](?:[\w .,()/'’!?%&+\-–]*[\w.,()/'’!?%&+\-–])?")
# What a literal block cannot carry as it is: controls, line breaks other than \n, BOM, non-characters, and a space
# at the end of a line (it would be invisible, and a line of spaces could be read as indentation).
_NOT_BLOCK = re.compile(r"[^\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\ufeff]| (?:\n|\Z)")
_PAD_ONLY = re.compile(r"^ +$", re.MULTILINE)
# Characters that must be escaped inside double quotes beyond what JSON escapes (YAML reads them as breaks or
# refuses them as unprintable).
_ESCAPE = re.compile(r"[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")

_resolver = yaml.resolver.Resolver()
_TYPED_FIRST = frozenset(key for key in _resolver.yaml_implicit_resolvers if key)
_STR = "tag:yaml.org,2002:str"


def _reads_as_text(value: str) -> bool:
    if value[0] not in _TYPED_FIRST:
        return True
    return _resolver.resolve(yaml.ScalarNode, value, (True, False)) == _STR


def quoted(value: str) -> str:
    text = json.dumps(value, ensure_ascii=False)
    if _ESCAPE.search(text):
        text = _ESCAPE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
    return text


def _blockable(body: str) -> bool:
    """Whether ``_NOT_BLOCK`` finds nothing in ``body``. Printable text (``str.isprintable``: no controls, no
    separators other than the space, no surrogates or non-characters) is decided without the regular expression,
    which costs more than the rest of writing a team file's free text."""
    if body.replace("\n", "").isprintable() and " \n" not in body and not body.endswith(" "):
        return True
    return _NOT_BLOCK.search(body) is None


def _block(value: str, indent: int) -> str | None:
    """``value`` as a literal block indented by ``indent``, or None when a block could not carry it exactly."""
    clip = value.endswith("\n")
    body = value[:-1] if clip else value
    if body.endswith("\n") or not _blockable(body):
        return None
    first = body.lstrip("\n")
    if not first or first.startswith(" "):
        return None  # a leading space would be taken for indentation
    pad = " " * indent
    lines = pad + body.replace("\n", "\n" + pad)
    if "\n\n" in body or body.startswith("\n"):
        lines = _PAD_ONLY.sub("", lines)  # empty lines stay empty, without trailing spaces
    return ("|\n" if clip else "|-\n") + lines


# One line of text is written the same way at any indent. Keys, levels, times and names recur in file after file
# (every answer of an answers file repeats its time), so short ones are remembered.
_MEMO: dict[str, str] = {}
_MEMO_LONGEST = 80
_MEMO_SIZE = 4096


def scalar(value: Any, indent: int = 0) -> str:
    """``value`` as it follows ``key: `` (a block scalar continues on the next lines, indented by ``indent``)."""
    if type(value) is str:
        written = _MEMO.get(value)
        if written is not None:
            return written
        written = _text_scalar(value, indent)
        if len(value) <= _MEMO_LONGEST and "\n" not in value:
            if len(_MEMO) >= _MEMO_SIZE:
                _MEMO.clear()  # what recurs now is seen again soon: one file's time, the keys
            _MEMO[value] = written
        return written
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return str(value)
    if type(value) is float:
        if value != value:
            return ".nan"
        if value in (float("inf"), float("-inf")):
            return ".inf" if value > 0 else "-.inf"
        return repr(value)
    if not isinstance(value, str):
        raise TypeError(f"cannot write {type(value).__name__} as YAML")
    return _text_scalar(value, indent)


def _text_scalar(value: str, indent: int) -> str:
    if _PLAIN.fullmatch(value) and _reads_as_text(value):
        return value
    if "\n" in value:
        block = _block(value, indent)
        if block is not None:
            return block
    return quoted(value)


def key(value: Any) -> str:
    """A mapping key: plain or quoted, never a block."""
    if isinstance(value, str) and "\n" in value:
        return quoted(value)
    return scalar(value)


def text(value: str, indent: int) -> str:
    """Free text (``scalar`` for a ``str``, taking the shortest route for multi-line text)."""
    if "\n" in value:
        block = _block(value, indent)
        if block is not None:
            return block
        return quoted(value)
    return scalar(value, indent)


def mapping_lines(data: dict[str, Any], indent: int) -> Iterator[str]:
    """The lines (each ending in a newline) of a block mapping indented by ``indent``."""
    pad = " " * indent
    for name_value, value in data.items():
        name = key(name_value)
        if isinstance(value, dict):
            if value:
                yield f"{pad}{name}:\n"
                yield from mapping_lines(value, indent + 2)
            else:
                yield f"{pad}{name}: {{}}\n"
        elif isinstance(value, list):
            if value:
                yield f"{pad}{name}:\n"
                yield from sequence_lines(value, indent + 2)
            else:
                yield f"{pad}{name}: []\n"
        else:
            yield f"{pad}{name}: {scalar(value, indent + 2)}\n"


def sequence_lines(items: list[Any], indent: int) -> Iterator[str]:
    """The lines of a block sequence whose dashes stand at ``indent``."""
    pad = " " * indent
    inner = indent + 2
    for item in items:
        if isinstance(item, dict) and item:
            lines = mapping_lines(item, inner)
            first = next(lines)
            yield f"{pad}- {first[inner:]}"
            yield from lines
        elif isinstance(item, list) and item:
            lines = sequence_lines(item, inner)
            first = next(lines)
            yield f"{pad}- {first[inner:]}"
            yield from lines
        elif isinstance(item, dict):
            yield f"{pad}- {{}}\n"
        elif isinstance(item, list):
            yield f"{pad}- []\n"
        else:
            yield f"{pad}- {scalar(item, inner)}\n"


def emit(data: Any) -> str:
    """A whole YAML document for ``data``."""
    if isinstance(data, dict) and data:
        return "".join(mapping_lines(data, 0))
    if isinstance(data, list) and data:
        return "".join(sequence_lines(data, 0))
    if isinstance(data, dict):
        return "{}\n"
    if isinstance(data, list):
        return "[]\n"
    return scalar(data, 2) + "\n"
