"""Where things are in a YAML file: the line of each key and item, found from the parser's events.

Only needed when there is an error to report, so the happy path never pays for it; kept apart from the strict
reader (``yamlio``), which re-exports these names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - only without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 40  # levels of nesting a data file may have (the reader refuses deeper; no line is sought deeper)
_MISS = object()


def line_map(
    text: str, keep: Callable[[tuple[Any, ...]], bool] | None = None, stop_at: tuple[Any, ...] | None = None
) -> dict[tuple[Any, ...], int]:
    """Line of every key and item by its path, e.g. ('answers', 'q01', 'level') → 12.

    Found from the parser's events, without composing the document (a node tree of a large team file costs
    several times the memory of its data). ``keep(path)`` limits the map to the paths wanted and what lies below
    them: in a file of many responses only the few with problems are looked up. Only built when there is an error
    to report, so the common path stays fast. The walk ends at the item ``stop_at`` (nothing after it is wanted).
    """
    lines: dict[tuple[Any, ...], int] = {}
    loader = _Loader(text)
    # One frame per open collection: [path, is_mapping, next index or pending key, recorded].
    stack: list[list[Any]] = []
    try:
        loader.get_event()  # stream start
        while True:
            event = loader.get_event()
            kind = type(event)
            if kind in (yaml.MappingEndEvent, yaml.SequenceEndEvent):
                stack.pop()
                continue
            if kind in (yaml.DocumentStartEvent, yaml.DocumentEndEvent):
                if kind is yaml.DocumentEndEvent:
                    break
                continue
            if kind is yaml.StreamEndEvent:
                break
            starts = kind in (yaml.MappingStartEvent, yaml.SequenceStartEvent)
            if not stack:  # the root
                if starts:
                    stack.append(_frame((), kind, recorded=True))
                continue
            frame = stack[-1]
            path, is_mapping, slot, recorded = frame
            line = event.start_mark.line + 1
            if is_mapping and slot is _MISS:
                _key(frame, event, stack, lines, keep)
                continue
            if is_mapping:
                child, frame[2] = slot, _MISS
            else:
                child, frame[2] = (*path, slot), slot + 1
                if child == stop_at:
                    break
                if recorded and (keep is None or keep(child)):
                    lines[child] = line
            if starts:
                if not (recorded and len(stack) < MAX_DEPTH and (keep is None or keep(child))):
                    _skip(loader)  # nothing wanted below: only the nesting is followed
                    continue
                stack.append(_frame(child, kind, recorded=True))
    except yaml.YAMLError:
        pass  # the lines found before the error are still right
    finally:
        loader.dispose()
    return lines


def _frame(path: tuple[Any, ...], kind: type, *, recorded: bool) -> list[Any]:
    """The frame of a collection just started: [path, is_mapping, next index or pending key, recorded]."""
    mapping = kind is yaml.MappingStartEvent
    return [path, mapping, _MISS if mapping else 0, recorded]


def _key(
    frame: list[Any],
    event: Any,
    stack: list[list[Any]],
    lines: dict[tuple[Any, ...], int],
    keep: Callable[[tuple[Any, ...]], bool] | None,
) -> None:
    """A key of the mapping in ``frame``: its line noted (when wanted), and its value is what comes next."""
    path, _, _, recorded = frame
    kind = type(event)
    name = event.value if kind is yaml.ScalarEvent else None
    child = (*path, name)
    if recorded and name is not None and (keep is None or keep(child)):
        lines[child] = event.start_mark.line + 1
    frame[2] = child
    if kind in (yaml.MappingStartEvent, yaml.SequenceStartEvent):  # a complex key, refused when read
        stack.append(_frame(child, kind, recorded=False))  # nothing below it is located


def _skip(loader: Any) -> None:
    """Read past the collection just started."""
    depth = 1
    get_event = loader.get_event
    starts = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
    ends = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    while depth:
        kind = type(get_event())
        if kind in starts:
            depth += 1
        elif kind in ends:
            depth -= 1


def nearest_line(lines: dict[tuple[Any, ...], int], path: tuple[Any, ...]) -> int | None:
    """The line of ``path`` or of its closest known parent (a missing key is reported at its parent).

    A number is an item's place in a list, or a key of a mapping as YAML read it (``2: 3`` under ``counts``): the
    line map knows such a key by its text.
    """
    for end in range(len(path), 0, -1):
        key = tuple(str(p) if not isinstance(p, int) else p for p in path[:end])
        if key in lines:
            return lines[key]
        last = key[-1]
        if isinstance(last, int) and not isinstance(last, bool) and (*key[:-1], str(last)) in lines:
            return lines[(*key[:-1], str(last))]
    return None


class LineFinder:
    """``at(*path)``: the line of a key in ``text``, with the line map built on first use (errors only).

    ``keep`` limits the map to the paths wanted (see ``line_map``).
    """

    def __init__(
        self,
        text: str | None,
        keep: Callable[[tuple[Any, ...]], bool] | None = None,
        stop_at: tuple[Any, ...] | None = None,
    ) -> None:
        self.text = text
        self.keep, self.stop_at = keep, stop_at
        self._lines: dict[tuple[Any, ...], int] | None = None

    def at(self, *path: Any) -> int | None:
        if self.text is None:
            return None
        if self._lines is None:
            self._lines = line_map(self.text, self.keep, self.stop_at)
        return nearest_line(self._lines, path)


def no_line(*path: Any) -> None:
    """An ``at`` that locates nothing: for a first pass that only finds out which parts have problems."""
    return None


__all__ = ["LineFinder", "line_map", "nearest_line", "no_line"]
