"""Bounds on what a user's template may compute: no value, width or number past a limit, checked before it is made.

Jinja2's sandbox keeps a template away from Python's internals, but not from asking for ten gigabytes in one line
(``'x' * 10**10``, ``center(10**10)``, ``'{:>1000000000}'.format(1)``, ``join`` with a huge separator). Here every
operation that can make something much larger than its inputs is checked *before* it runs:

* the operators ``*``, ``**``, ``+``, ``%`` and ``~`` (sizes of texts and lists, bits of whole numbers, printf widths);
* every call and every filter: no number argument past ``MAX_LENGTH``; for those whose result grows with the product
  of two inputs (``indent``, ``join``, ``replace``, ``wordwrap``, ``expandtabs``, ``sum``, ``lipsum``) the product;
* format specifications (``str.format``, the ``format`` filter, ``%``): widths and precisions;
* text made of nested lists (``{{ x }}``, ``string``, ``pprint``, ``tojson`` …), counted before it is written out;
* what a filter reads from a generator (``range(…)|map(…)|list``), counted as it is read;
* and after every call and filter, the size of what came back.

A template that breaks a bound gets ``TemplateTooLarge``, which the renderer reports with the template's file and
line. Time and memory as a whole are bounded apart from this, by rendering in a process of its own
(``run``): loops that merely run long are stopped there.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Iterator
from functools import update_wrapper
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedFormatter
from jinja2.utils import generate_lorem_ipsum
from markupsafe import EscapeFormatter, Markup

MAX_LENGTH = 1_000_000  # characters or items of one value; also the largest number a call or filter is given
MAX_INT_BITS = 100_000  # a whole number of about 30,000 digits
_SIZED = (str, bytes, list, tuple, dict, set, frozenset)
_PRINTF = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d*)(?:\.(\*|\d*))?[hlL]?[a-zA-Z%]")
_DIGITS = re.compile(r"\d+")


class TemplateTooLarge(Exception):
    """A user's template asked for a value past the bounds (``limit`` characters, items or bits)."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


def _check(size: int, limit: int = MAX_LENGTH) -> None:
    if size > limit:
        raise TemplateTooLarge(limit)


def text_size(value: Any, budget: int = MAX_LENGTH) -> int:
    """About how many characters ``value`` becomes as text, counting nested lists, tuples and dicts (each item as
    often as it appears); raises ``TemplateTooLarge`` as soon as it passes ``budget`` (so a list nested in itself
    forty times is not walked two to the fortieth times)."""
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, (str, bytes)):
            total += len(item)
        elif isinstance(item, dict):
            total += 2 * len(item) + 2
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            total += 2 * len(item) + 2
            stack.extend(item)
        elif isinstance(item, int) and not isinstance(item, bool):
            total += item.bit_length() // 3 + 1
        else:
            total += 1
        _check(total, budget)
    return total


def _length(value: Any) -> int:
    return len(value) if isinstance(value, _SIZED) else 0


def _check_numbers(args: Iterable[Any]) -> None:
    for arg in args:
        if isinstance(arg, int) and not isinstance(arg, bool):
            _check(abs(arg))


def _check_printf(fmt: str, args: Any) -> None:
    """A ``%`` format: no width or precision past the limit, nor one given as ``*`` by a large argument."""
    starred = False
    for match in _PRINTF.finditer(fmt):
        for part in match.groups():
            if part == "*":
                starred = True
            elif part:
                _check(int(part))
    if starred:
        _check_numbers(args if isinstance(args, tuple) else (args,))
    text_size(args)


def _check_format_spec(spec: str) -> None:
    # A width or precision is the only number of a format specification that makes text longer; the fill
    # character may be a digit, which only makes the check stricter.
    for digits in _DIGITS.findall(spec):
        _check(int(digits) if len(digits) < 10 else MAX_LENGTH + 1)


def _checked_binop(operator: str, left: Any, right: Any) -> None:
    if operator == "*":
        for seq, times in ((left, right), (right, left)):
            if isinstance(times, int) and isinstance(seq, _SIZED):
                _check(_length(seq) * max(times, 0))
        if isinstance(left, int) and isinstance(right, int):
            _check(left.bit_length() + right.bit_length(), MAX_INT_BITS)
    elif operator == "**":
        if isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1:
            _check(left.bit_length() * right, MAX_INT_BITS)
    elif operator == "+":
        _check(_length(left) + _length(right))
    elif operator == "%" and isinstance(left, str):
        _check_printf(left, right)


# --- the filters and methods whose result grows with the product of their inputs ---------------------------------


def _indent_size(value: Any, width: Any = 4, *_: Any, **kwargs: Any) -> int:
    width = kwargs.get("width", width)
    text = str(value) if isinstance(value, str) else ""
    pad = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
    return len(text) + (text.count("\n") + 1) * pad


def _join_size(value: Any, d: Any = "", *_: Any, **kwargs: Any) -> int:
    sep = kwargs.get("d", d)
    items = value if isinstance(value, (list, tuple, str, range)) else ()
    return sum(text_size(item) for item in items) + max(len(items) - 1, 0) * _length(sep)


def _replace_size(value: Any, old: Any = "", new: Any = "", *_: Any, **__: Any) -> int:
    if not isinstance(value, str) or not isinstance(old, str) or not isinstance(new, str):
        return 0
    found = value.count(old) if old else len(value) + 1
    return len(value) + found * max(len(new) - len(old), 0)


def _wordwrap_size(value: Any, width: Any = 79, *args: Any, **kwargs: Any) -> int:
    wrap = kwargs.get("wrapstring", args[1] if len(args) > 1 else "\n")
    text = value if isinstance(value, str) else ""
    lines = len(text) // max(width if isinstance(width, int) else 1, 1) + 1
    return len(text) + lines * _length(wrap)


def _sum_size(value: Any, *_: Any, **kwargs: Any) -> int:
    if not isinstance(value, (list, tuple)):
        return 0
    return sum(_length(item) for item in value) + _length(kwargs.get("start"))


def _lipsum_size(n: Any = 5, html: Any = True, min: Any = 20, max: Any = 100, **_: Any) -> int:
    words = [w for w in (n, min, max) if isinstance(w, int)]
    _check_numbers(words)
    return (n if isinstance(n, int) else 5) * (max if isinstance(max, int) else 100) * 12


GROWS: dict[str, Callable[..., int]] = {
    "indent": _indent_size,
    "join": _join_size,
    "replace": _replace_size,
    "wordwrap": _wordwrap_size,
    "sum": _sum_size,
}
# filters that turn nested data into text: what they are given is counted as text first
TEXT_FILTERS = frozenset({"string", "pprint", "tojson", "e", "escape", "forceescape", "urlencode", "xmlattr", "safe"})


def _method_size(method: Any, args: tuple[Any, ...]) -> int:
    """The size a ``str`` method called from a template would give, for the methods that can multiply."""
    owner = getattr(method, "__self__", None)
    name = getattr(method, "__name__", "")
    if not isinstance(owner, str):
        return 0
    if name == "join":
        return _join_size(args[0] if args else (), owner)
    if name == "replace":
        return _replace_size(owner, *args[:2])
    if name == "expandtabs":
        size = args[0] if args and isinstance(args[0], int) else 8
        return len(owner) + owner.count("\t") * max(size, 0)
    return 0


class _BoundedFormatter(SandboxedFormatter):
    def format_field(self, value: Any, format_spec: str) -> Any:
        _check_format_spec(format_spec)
        text_size(value)
        return super().format_field(value, format_spec)


class _BoundedEscapeFormatter(_BoundedFormatter, EscapeFormatter):
    pass


class _BoundedCodeGenerator(CodeGenerator):
    """Jinja2's code generator, with ``~`` going through ``BoundedSandbox.joined`` (the sandbox has no hook for it)."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            join = "markup_join"
        else:
            join = "str_join"
        self.write(f"environment.joined({join}, (")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """Jinja2's immutable sandbox with the bounds above. Call ``bound_filters`` once every filter is registered."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _BoundedCodeGenerator

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        finalize = kwargs.pop("finalize", None)

        def bounded_finalize(value: Any) -> Any:
            text_size(value)
            return value if finalize is None else finalize(value)

        super().__init__(*args, finalize=bounded_finalize, **kwargs)
        self.globals["lipsum"] = self._bounded_lipsum(generate_lorem_ipsum)

    @staticmethod
    def _bounded_lipsum(lipsum: Callable[..., Any]) -> Callable[..., Any]:
        def bounded(*args: Any, **kwargs: Any) -> Any:
            _check(_lipsum_size(*args, **kwargs))
            return lipsum(*args, **kwargs)

        return update_wrapper(bounded, lipsum)

    def bound_filters(self) -> None:
        """Wrap every registered filter: numbers given to it, its known growth, and the size of its result."""
        for name, function in list(self.filters.items()):
            self.filters[name] = _bounded_filter(name, function)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _checked_binop(operator, left, right)
        result = super().call_binop(context, operator, left, right)
        _check(_length(result))
        return result

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        args = tuple(_listed(arg) for arg in args)  # a generator given to a call is counted before it is used
        _check_numbers(args)
        _check_numbers(kwargs.values())
        _check(_method_size(__obj, args))
        result = super().call(__context, __obj, *args, **kwargs)
        _check(_length(result))
        return result

    def joined(self, join: Callable[[Iterable[Any]], str], parts: tuple[Any, ...]) -> str:
        _check(sum(text_size(part) for part in parts))
        return join(parts)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        # Jinja2's own wrapper, but with a formatter that checks each field's width and precision first.
        if super().wrap_str_format(value) is None:
            return None
        owner: str = value.__self__
        formatter: string.Formatter
        if isinstance(owner, Markup):
            formatter = _BoundedEscapeFormatter(self, escape=owner.escape)
        else:
            formatter = _BoundedFormatter(self)
        if value.__name__ == "format_map":

            def bounded_map(mapping: Any) -> str:
                return type(owner)(formatter.vformat(owner, (), mapping))

            return update_wrapper(bounded_map, value)

        def bounded(*args: Any, **kwargs: Any) -> str:
            return type(owner)(formatter.vformat(owner, args, kwargs))

        return update_wrapper(bounded, value)


def _bounded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    grows = GROWS.get(name)
    as_text = name in TEXT_FILTERS

    def bounded(*args: Any, **kwargs: Any) -> Any:
        # context, eval context or environment come first for some filters; the value and arguments follow
        first = next((i for i, arg in enumerate(args) if not _is_jinja_state(arg)), len(args))
        if first < len(args) and isinstance(args[first], Iterator):
            # a generator (map, select …): listed where the growth is counted first, else counted as it is read
            counted = _listed(args[first]) if grows is not None else _counted(args[first])
            args = (*args[:first], counted, *args[first + 1 :])
        values = list(args[first:])
        _check_numbers(values[1:])
        _check_numbers(kwargs.values())
        if values and as_text:
            text_size(values[0])
        if grows is not None and values:
            _check(grows(*values, **kwargs))
        if name == "format" and values and isinstance(values[0], str):
            _check_printf(values[0], tuple(values[1:]) or kwargs)
        result = function(*args, **kwargs)
        _check(_length(result))
        return result

    return update_wrapper(bounded, function)


def _listed(value: Any) -> Any:
    """A generator (``map``, ``select`` …) as a list, so that what a filter would make of it can be counted first."""
    if isinstance(value, Iterator):
        return list(_counted(value))
    return value


def _counted(items: Iterator[Any]) -> Iterator[Any]:
    """``items`` as they come, stopped once together they pass ``MAX_LENGTH`` as text: each item of a generator is
    within the bounds, but a hundred thousand of them collected by ``list`` or ``join`` would not be."""
    total = 0
    for item in items:
        total += text_size(item)
        _check(total)
        yield item


def _is_jinja_state(value: Any) -> bool:
    from jinja2 import Environment
    from jinja2.nodes import EvalContext
    from jinja2.runtime import Context

    return isinstance(value, (Context, EvalContext, Environment))
