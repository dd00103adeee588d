"""Rendering the report model with Jinja2: template lookup, escaping and the HTML security policy (the filters and
charts templates call are ``template_helpers``).

Templates come from ``--templates DIR`` first (a file there overrides the built-in one of the same name), then from
the built-in folder: ``osallisuus_cli/templates`` in an installed package, ``templates/`` in a source checkout.
The built-in ones are also reachable as ``builtin/NAME``, so an override can extend the template it replaces.

Escaping is on for every format. HTML uses Jinja2's autoescape. Markdown uses the same mechanism with Markdown
rules: every value printed with ``{{ }}`` passes through ``mdtext.inline`` unless it is already ``Markup`` (filters
that build markup, macros, ``|safe``), so a template cannot forget to escape free text.

The HTML page carries a Content-Security-Policy that allows nothing but its own stylesheet, identified by hash:
no script, no external request, no inline ``style`` attribute. The stylesheet is rendered first (from
``report.css.j2``, overridable like any template) so its hash always matches.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from markupsafe import Markup

from osallisuus_cli.errors import OsallisuusError, UsageError
from osallisuus_cli.files.fsutil import shipped_dir
from osallisuus_cli.i18n import speaking, t, tn
from osallisuus_cli.reports.report_model import FORMATS
from osallisuus_cli.reports.template_helpers import FILTERS, Charts, css_string
from osallisuus_cli.templating import mdtext
from osallisuus_cli.templating import run as template_run
from osallisuus_cli.templating.bounds import BoundedSandbox, TemplateTooLarge

TEMPLATE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
CSS_TEMPLATE = "report.css.j2"
OWN_STYLESHEET = {"portfolio": "portfolio.css.j2"}  # templates whose page has more to style than the report
BUILTIN_PREFIX = "builtin"
_BLANK_LINES = re.compile(r"\n{3,}")


def builtin_templates_dir() -> Path:
    """The built-in templates: inside the installed package, or at the top of a source checkout."""
    found = shipped_dir("templates")
    if found is None:
        raise UsageError("report.err_templates_missing", file=str(Path(__file__).resolve().parents[1] / "templates"))
    return found


def _md_finalize(value: Any) -> Any:
    if isinstance(value, Markup):
        return value
    return Markup(mdtext.inline(str(value)))  # noqa: S704 - escaped for Markdown just now


def _css_finalize(value: Any) -> Any:
    # The stylesheet only prints numbers, keywords and css_string() results; anything else is a template error.
    return value if isinstance(value, Markup) else css_string(str(value))


MAX_TEMPLATE_BYTES = 1024 * 1024
MAX_OUTPUT = 20_000_000  # characters a user's template may write (the shipped report of 10,000 people: ~1 MB)


class _UserTemplates(jinja2.BaseLoader):
    """Templates from ``--templates DIR``: regular files inside the folder only (a symlink out of it, a FIFO or a
    device is refused, never read), at most ``MAX_TEMPLATE_BYTES`` each."""

    def __init__(self, folder: str) -> None:
        self.root = Path(folder)

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        from jinja2.loaders import split_template_path

        from osallisuus_cli.files.readfile import read_regular

        path = self.root.joinpath(*split_template_path(template))  # a name with '..' is not found
        if not os.path.lexists(path):
            raise jinja2.TemplateNotFound(template)
        try:
            real = path.resolve()
        except (OSError, RuntimeError):  # a symlink loop
            real = None
        if real is None or self.root not in real.parents:
            raise UsageError("safety.template_outside", name=template, folder=str(self.root))
        raw = read_regular(real, max_bytes=MAX_TEMPLATE_BYTES)
        try:
            source = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise UsageError("common.not_utf8", file=str(path)) from None
        return source, str(path), lambda: True


@lru_cache(maxsize=16)
def _environment(kind: str, override: str | None) -> jinja2.Environment:
    builtin = str(builtin_templates_dir())
    finalize = {"md": _md_finalize, "css": _css_finalize}.get(kind)
    loaders: list[jinja2.BaseLoader] = [_UserTemplates(override)] if override else []
    loaders += [
        jinja2.FileSystemLoader(builtin, encoding="utf-8"),
        # "builtin/report.md.j2" is always the shipped file, even where report.md.j2 itself is overridden
        jinja2.PrefixLoader({BUILTIN_PREFIX: jinja2.FileSystemLoader(builtin, encoding="utf-8")}),
    ]
    loader = jinja2.ChoiceLoader(loaders)
    # A user's templates run in Jinja2's immutable sandbox: no attribute of Python's internals (the classic
    # ``lipsum.__globals__`` escape to os.popen), no changing of the report's data, and no value past the bounds of
    # ``templating.bounds``. The shipped templates are ours.
    environment = BoundedSandbox if override else jinja2.Environment
    env = environment(
        loader=loader,
        autoescape=True,  # HTML by Jinja's rules; Markdown and CSS through their own finalize
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        finalize=finalize,
    )
    env.filters.update(FILTERS)
    if isinstance(env, BoundedSandbox):
        env.bound_filters()
    return env


def _csp(css: str) -> str:
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; style-src 'sha256-{digest}'; img-src data:; base-uri 'none'; form-action 'none'"


@speaking
def render_template(report: Any, *, fmt: str, template: str, templates_dir: Path | None) -> str:
    """``report`` through the template ``template`` in ``fmt``: a user's template (from ``templates_dir``) in a
    process of its own, bounded in time, memory and output (see ``templating.run``); the shipped ones here."""
    check_template(fmt=fmt, template=template, templates_dir=templates_dir)
    override = str(templates_dir.resolve()) if templates_dir is not None else None
    if override is None:
        return _render(report, fmt, template, None)
    name = f"{template}.{fmt}.j2"
    return template_run.run_bounded(_render, (report, fmt, template, override), name=name)


def check_template(*, fmt: str, template: str, templates_dir: Path | None) -> None:
    """What ``render_template`` refuses about the template asked for (its format, its name, a folder that is not
    there, a shipped template in another format only): a command says it before it reads any answers."""
    if fmt not in FORMATS:
        raise UsageError("report.err_format", value=fmt)
    if not TEMPLATE_NAME.match(template):
        raise UsageError("report.err_template_name", name=template)
    if templates_dir is not None and not templates_dir.resolve().is_dir():
        raise UsageError("report.err_templates_dir", file=str(templates_dir))
    if templates_dir is None:
        _shipped_in(template, fmt)


def _shipped_in(template: str, fmt: str) -> None:
    """A shipped template that exists in another format only (summary is Markdown only): say so in the user's words,
    not with the name of a file inside the tool."""
    shipped = builtin_templates_dir()
    if (shipped / f"{template}.{fmt}.j2").is_file():
        return
    others = [other for other in FORMATS if other != fmt and (shipped / f"{template}.{other}.j2").is_file()]
    if others:
        raise UsageError("report.err_template_format", template=template, formats=", ".join(others), fmt=fmt)
    raise UsageError("report.err_template_unknown", template=template)


def _render(report: Any, fmt: str, template: str, override: str | None) -> str:
    lang = report.lang

    def tr(key: str, /, **params: Any) -> str:
        return t(key, lang, **params)

    def tr_count(key: str, count: int, /, **params: Any) -> str:
        return tn(key, count, lang, **params)

    context: dict[str, Any] = {"report": report, "lang": lang, "t": tr, "tn": tr_count, "version": _version()}
    name = f"{template}.{fmt}.j2"
    limit = None if override is None else MAX_OUTPUT
    try:
        if fmt == "html":
            context["charts"] = Charts(report, tr)
            css_name = OWN_STYLESHEET.get(template, CSS_TEMPLATE)
            css = _written(_environment("css", override).get_template(css_name), context, limit, name)
            context["css"] = Markup(css)  # noqa: S704 - our stylesheet; its values went through css_string
            context["csp"] = Markup(_csp(css))  # noqa: S704 - built here from a hash: no outside text
            return _written(_environment("html", override).get_template(name), context, limit, name)
        text = _written(_environment("md", override).get_template(name), context, limit, name)
        # Template logic leaves runs of blank lines; Markdown reads one blank line the same, so tidy them up.
        return _BLANK_LINES.sub("\n\n", text).lstrip("\n")
    except jinja2.TemplateNotFound as exc:
        raise UsageError("report.err_template_missing", name=exc.name or name) from None
    except jinja2.TemplateSyntaxError as exc:
        raise UsageError(
            "report.err_template_syntax", file=exc.filename or exc.name or name, line=exc.lineno, detail=exc.message
        ) from None
    except jinja2.UndefinedError as exc:
        raise UsageError("report.err_template_undefined", name=name, detail=str(exc)) from None
    except OsallisuusError:
        raise
    except SecurityError as exc:
        file, line = _template_position(exc)
        raise UsageError("safety.template_unsafe", file=file or name, line=line) from None
    except TemplateTooLarge as exc:
        file, line = _template_position(exc)
        raise UsageError("safety.template_too_large", file=file or name, line=line, limit=exc.limit) from None
    except MemoryError:
        raise UsageError("safety.template_memory", name=name, limit=template_run.MEMORY // (1 << 20)) from None
    except RecursionError:
        raise UsageError("report.err_template_recursion", name=name, builtin=f"{BUILTIN_PREFIX}/{name}") from None
    except Exception as exc:
        # A mistake in a user's template (a division by zero, an unknown text key in t(…)) is theirs to fix, not
        # a bug of the tool: say where it is, as for a syntax error.
        file, line = _template_position(exc)
        detail = f"{type(exc).__name__}: {exc}"
        raise UsageError("report.err_template_syntax", file=file or name, line=line, detail=detail) from None


def _written(template: jinja2.Template, context: dict[str, Any], limit: int | None, name: str) -> str:
    """The template's text; past ``limit`` characters the render stops and nothing of it is kept."""
    if limit is None:
        return template.render(context)
    parts: list[str] = []
    size = 0
    for part in template.generate(context):
        size += len(part)
        if size > limit:
            raise UsageError("safety.template_output", name=name, limit=limit // 1_000_000)
        parts.append(part)
    return "".join(parts)


def _template_position(exc: BaseException) -> tuple[str | None, int | None]:
    """The template file and line where ``exc`` was raised (Jinja2 puts template lines into the traceback)."""
    import traceback

    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(".j2"):
            return frame.filename, frame.lineno
    return None, None


def _version() -> str:
    from osallisuus_cli import __version__

    return __version__
