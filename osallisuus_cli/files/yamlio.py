"""Safe, strict YAML: libyaml's safe loader and dumper, no duplicate keys, no aliases, no tags, a size limit.

Data files here are small and hand-editable; anything clever in them (anchors, custom tags, huge or deeply nested
documents) is far more likely to be an attack or an accident than an intent, so it is refused with a clear message.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from osallisuus_cli.errors import DataError, Key
from osallisuus_cli.files.readfile import read_regular
from osallisuus_cli.files.yamllines import MAX_DEPTH, LineFinder, line_map, nearest_line, no_line

# libyaml is several times faster (yaml.safe_load never uses it). The loader is used only for its parser events,
# resolver and scalar constructors: ``_Builder`` makes the Python values itself, strictly. Never pass it to yaml.load.
# Every file is written by ``yamlemit``, the one writer.
try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - only without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 5 * 1024 * 1024
_SAFE_TAGS = frozenset(
    "tag:yaml.org,2002:" + name for name in ("map", "seq", "str", "int", "float", "bool", "null", "timestamp")
)


class _Refused(Exception):
    def __init__(self, message_key: str, line: int | None, **params: Any) -> None:
        super().__init__(message_key)
        self.key, self.line, self.params = message_key, line, params


def read_bytes(path: Path, *, max_bytes: int = MAX_BYTES, larger: Callable[[bytes], int] | None = None) -> bytes:
    """The bytes of the regular file at ``path``, or a DataError naming the file and what to do.

    A file over ``max_bytes`` is refused, unless ``larger`` (given the file's first 4 KiB) raises the limit.
    FIFOs, devices and sockets are refused without waiting or reading (see ``readfile``).
    """
    return read_regular(path, max_bytes=max_bytes, larger=larger)


def decode(raw: bytes, *, file: str) -> str:
    """UTF-8 text with a byte-order mark and Windows line ends (Notepad, Excel) quietly accepted."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError("common.not_utf8", file=file, line=line) from None
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n") if "\r" in text else text


def read_text(path: Path, *, max_bytes: int = MAX_BYTES) -> str:
    """The file's text, or a DataError naming the file and what to do."""
    return decode(read_bytes(path, max_bytes=max_bytes), file=str(path))


_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_MAX_DIGITS = 1000  # Python itself refuses more than 4300, in English
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_NON_SPECIFIC = (None, "!")
# Keys and short values repeat from file to file ("level", "q07", 3, timestamps): a plain scalar's value depends on
# its text alone, and every value a safe tag gives is immutable, so short ones are resolved once and shared.
_plain_cache: dict[str, Any] = {}
_CACHED_LENGTH = 64
_CACHE_SIZE = 50_000
_MISS = object()


def _refused_tag(tag: str, event: yaml.Event) -> _Refused:
    line = event.start_mark.line + 1
    if tag == "tag:yaml.org,2002:merge":
        return _Refused("common.yaml_merge_key", line)
    # Shown as written: !!python/object rather than tag:yaml.org,2002:python/object.
    return _Refused("common.yaml_tag", line, tag=tag.replace("tag:yaml.org,2002:", "!!", 1))


Stream = tuple[str, Callable[[int, Any], None]]


class _Builder:
    """Builds plain Python data straight from libyaml's parser events.

    No node tree is composed (that costs more time and memory than the parsing itself), an alias is refused the
    moment it appears (so an alias bomb never expands), and duplicate keys, unknown tags and deep nesting are
    caught on the way with their line numbers.
    """

    def __init__(
        self,
        text: str | bytes,
        *,
        track_keys: bool = False,
        stream: Stream | None = None,
        header: dict[Any, int] | None = None,
    ) -> None:
        self.loader = _Loader(text)
        self.resolvers = self.loader.yaml_implicit_resolvers
        self.track_keys = track_keys  # remember where each key is: only to report a duplicate
        self.stream = stream
        self.header = header  # where the keys of the top two levels are (cheap; a big file is not parsed twice)
        self.key_lines: list[dict[Any, int]] = []  # with track_keys: each open mapping's keys and their lines

    def scalar(self, event: yaml.ScalarEvent) -> Any:
        tag, value = event.tag, event.value
        if tag in _NON_SPECIFIC:
            if not event.implicit[0] or tag == "!":
                return value  # quoted, or marked "!": always text
            if value[:1] not in self.resolvers and value:
                result: Any = value  # no implicit type starts with this character
            else:
                tag = self.loader.resolve(yaml.ScalarNode, value, event.implicit)
                result = value if tag == _STR else self.construct(tag, event)
            if len(value) <= _CACHED_LENGTH:
                if len(_plain_cache) >= _CACHE_SIZE:
                    _plain_cache.clear()
                _plain_cache[value] = result
            return result
        return self.construct(tag, event)

    def construct(self, tag: str, event: yaml.ScalarEvent) -> Any:
        if tag not in _SAFE_TAGS or tag in (_MAP, _SEQ):
            raise _refused_tag(tag, event)
        if tag == _INT and event.tag in _NON_SPECIFIC:
            # YAML 1.1 reads 010 as 8, 0x3 as 3 and 1:30 as 90: a number is only ever what it says in decimals.
            if not _DECIMAL.fullmatch(event.value):
                return event.value
            if len(event.value.lstrip("+-")) > _MAX_DIGITS:
                raise _Refused("safety.number_too_long", event.start_mark.line + 1, digits=len(event.value))
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return self.loader.yaml_constructors[tag](self.loader, node)
        except (ValueError, OverflowError):  # 2026-02-30 looks like a date but is none; +25:00 is no UTC offset
            raise _Refused("safety.not_a_value", event.start_mark.line + 1, value=event.value) from None

    def collection_tag(self, event: yaml.CollectionStartEvent, expected: str) -> None:
        if event.tag not in _NON_SPECIFIC and event.tag != expected:
            raise _refused_tag(event.tag, event)

    def build(self, what: str, file: str) -> Any:
        """The one document's data; an empty stream or a second document is refused."""
        get_event = self.loader.get_event
        get_event()  # stream start
        event = get_event()
        if isinstance(event, yaml.StreamEndEvent):
            raise DataError("common.empty_file", file=file, what=what)
        root = self.document()
        event = get_event()
        if not isinstance(event, yaml.StreamEndEvent):
            raise DataError("common.yaml_multiple_documents", file=file, line=event.start_mark.line + 1)
        return root

    def document(self) -> Any:
        """The data of the document whose start was read: the open collections on a stack as (container,
        is_mapping, pending_key), the innermost in locals (the loop runs once per event: no attribute lookups)."""
        get_event = self.loader.get_event
        stack: list[tuple[Any, bool, Any]] = []
        container: Any = None
        is_mapping = False
        pending: Any = _MISS
        root: Any = None
        scalar_event, mapping_start, sequence_start = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
        end_events = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
        cache_get = _plain_cache.get
        scalar = self.scalar
        track_keys = self.track_keys
        stream_key, take = self.stream if self.stream is not None else (_MISS, None)
        streamed: list[Any] | None = None  # the list whose items go to ``take`` one by one
        while True:
            event = get_event()
            kind = type(event)
            if kind is scalar_event:
                if event.tag is None and not event.implicit[0]:
                    value = event.value  # quoted: always text
                else:  # a plain scalar's value is looked up first; a tagged one is always made
                    value = cache_get(event.value, _MISS) if event.tag is None else _MISS
                    if value is _MISS:
                        value = scalar(event)
            elif kind is mapping_start or kind is sequence_start:
                mapping = kind is mapping_start
                stack.append((container, is_mapping, pending))
                container, is_mapping, pending = self.opened(event, mapping, len(stack)), mapping, _MISS
                if take is not None and not mapping and _under_stream_key(stack, stream_key):
                    streamed = container
                continue
            elif kind in end_events:
                value = container
                container, is_mapping, pending = stack.pop()
                if track_keys:
                    self.key_lines.pop()
            elif kind is yaml.AliasEvent:
                raise _Refused("common.yaml_alias", event.start_mark.line + 1)
            else:  # document end
                return root
            if not is_mapping:
                if container is None:
                    root = value
                elif container is streamed:
                    take(len(container), value)  # type: ignore[misc]
                    container.append(None)  # counted, not kept
                else:
                    container.append(value)
            elif pending is _MISS:
                pending = self.key(value, event, container, stack)
            else:
                container[pending] = value
                pending = _MISS

    def opened(self, event: yaml.CollectionStartEvent, mapping: bool, depth: int) -> dict[Any, Any] | list[Any]:
        """A new mapping or sequence, once its tag and the depth it opens at are found acceptable."""
        self.collection_tag(event, _MAP if mapping else _SEQ)
        if depth > MAX_DEPTH:
            raise _Refused("common.yaml_too_deep", event.start_mark.line + 1)
        if self.track_keys:
            self.key_lines.append({})
        return {} if mapping else []

    def key(self, value: Any, event: yaml.Event, mapping: dict[Any, Any], stack: list[Any]) -> Any:
        """``value`` as the next key of ``mapping``: a scalar not seen in it before (where the keys of the top two
        levels are is noted in ``header``)."""
        if type(value) is dict or type(value) is list:
            raise _Refused("common.yaml_complex_key", event.start_mark.line + 1)
        if value in mapping:
            if not self.track_keys:
                raise _Duplicate
            line = event.start_mark.line + 1
            raise _Refused("common.yaml_duplicate_key", line, key=value, first=self.key_lines[-1][value])
        if self.track_keys:
            self.key_lines[-1][value] = event.start_mark.line + 1
        header = self.header
        if header is not None and len(stack) <= 2:
            if len(stack) == 1:  # a key of the root mapping
                header[(value,)] = event.start_mark.line + 1
            elif stack[-1][1]:  # a key of a mapping that is a value in the root mapping
                header[(stack[-1][2], value)] = event.start_mark.line + 1
        return value


def _under_stream_key(stack: list[tuple[Any, bool, Any]], stream_key: Any) -> bool:
    """A list just opened is the root mapping's value under ``stream_key``, whose items are streamed (a key of the
    root mapping that is a list is no such value: it is refused as a key)."""
    return len(stack) == 2 and stack[1][1] and stack[1][2] == stream_key


class _Duplicate(Exception):
    """A key seen twice in one mapping (the parse is then repeated with key lines kept, to name both lines)."""


def parse(
    text: str | bytes,
    *,
    file: str,
    what: str,
    stream: Stream | None = None,
    header: dict[Any, int] | None = None,
) -> Any:
    """Parse one YAML document strictly; ``what`` names the expected kind of file for messages.

    ``what`` is a message key (``team.what_answers``) or, for older callers, a plain word. ``stream=(key, take)``:
    each item of the list under ``key`` in the top-level mapping goes to ``take(index, item)`` as soon as it is
    parsed and is not kept (the list holds ``None`` in its place), so a large file is never whole in memory as data.
    ``text`` may be UTF-8 bytes that ``decode`` accepted: libyaml then reads them without a copy. ``header``, when
    given, is filled with the lines of the keys of the top two levels (``('framework', 'id')`` → 3), so that a
    problem there is located without reading a large file again.
    """
    from osallisuus_cli.i18n import CATALOGUES

    expected = Key(what) if what.partition(".")[0] in CATALOGUES else what
    try:
        return _build(text, expected, file, track_keys=False, stream=stream, header=header)
    except _Duplicate:
        return _build(text, expected, file, track_keys=True, stream=stream, header=header)


def _build(
    text: str | bytes,
    what: str,
    file: str,
    *,
    track_keys: bool,
    stream: Stream | None = None,
    header: dict[Any, int] | None = None,
) -> Any:
    builder = _Builder(text, track_keys=track_keys, stream=stream, header=header)
    try:
        return builder.build(what, file)
    except _Refused as exc:
        raise DataError(exc.key, file=file, line=exc.line, **exc.params) from None
    except yaml.YAMLError as exc:
        raise _syntax_error(exc, text, what, file) from None
    finally:
        builder.loader.dispose()


# Every file of this tool (answers, team, project file, question set) has a "format:" line and keys that are words.
_FORMAT_LINE = re.compile(r"^format\s*:", re.MULTILINE)
_KEY_LINE = re.compile(r"[A-Za-z_][\w-]*\s*:(?:\s|$)")


def _another_kind(text: str) -> bool:
    """Text with no "format:" line whose first line of content is no "key: value" (a web page, a report)."""
    if _FORMAT_LINE.search(text):
        return False
    first = next((line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")), "")
    return not _KEY_LINE.match(first)


def _syntax_error(exc: yaml.YAMLError, text: str | bytes, what: str, file: str) -> DataError:
    """One line for text that is not YAML: what to fix where, or that this is another kind of file altogether
    (a report given as -o, a document): advice to fix line 9 of someone's report would mislead."""
    if isinstance(text, bytes):  # a large file parsed straight from its bytes (already checked to be UTF-8)
        text = text.decode("utf-8", errors="replace")
    if _another_kind(text):
        return DataError("common.not_this_kind", file=file, what=what)
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        if "maximum nesting depth" in str(exc.problem):  # libyaml's own limit (1000 levels)
            return DataError("common.yaml_too_deep", file=file, line=line)
        detail = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        return DataError("common.yaml_syntax", file=file, line=line, detail=detail)
    return DataError("common.yaml_syntax", file=file, line=1, detail=str(exc).splitlines()[0])


def kind_of(value: Any) -> str:
    """The message key naming the YAML kind of ``value``."""
    if isinstance(value, dict):
        return "common.kind.mapping"
    if isinstance(value, list):
        return "common.kind.list"
    if isinstance(value, bool):
        return "common.kind.boolean"
    if isinstance(value, int):
        return "common.kind.integer"
    if isinstance(value, float):
        return "common.kind.number"
    if isinstance(value, str):
        return "common.kind.text"
    if value is None:
        return "common.kind.null"
    return "common.kind.other"


__all__ = [
    "MAX_BYTES",
    "LineFinder",
    "decode",
    "kind_of",
    "line_map",
    "nearest_line",
    "no_line",
    "parse",
    "read_bytes",
    "read_text",
]
