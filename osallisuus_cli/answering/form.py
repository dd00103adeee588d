"""The answer form: one self-contained HTML page that writes the same answers file as ``osallisuus assess``.

The page holds everything it needs: the question set in every language it has, the page's texts from the
``form`` catalogue in fi/sv/en, a stylesheet, js-yaml (vendored in ``templates/form/vendor``) to open answers files,
and the form's own scripts. Its Content-Security-Policy allows nothing else — no request of any kind — and names the
stylesheet and each script by its SHA-256 hash. The data travels as a JSON block that is never executed; every
``<`` in it is escaped, so no text from a question set can end the block.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from osallisuus_cli.errors import UsageError
from osallisuus_cli.files import fsutil, yamlio
from osallisuus_cli.i18n import LANGUAGES, catalogue, t
from osallisuus_cli.model.answers import FORMAT, MAX_SHORT_TEXT, MAX_TEXT, PHASES, Answer
from osallisuus_cli.questionsets.framework import QuestionSet, Text

TEMPLATE = "form.html.j2"
ASSETS = "form"
JS_YAML = "vendor/js-yaml.min.js"
JS_YAML_VERSION = "4.3.2"
STYLESHEET = "form.css"
SCRIPTS = (JS_YAML, "form-core.js", "form-drafts.js", "form-app.js")
PROJECT_FIELDS = ("name", "code", "organisation", "region", "phase")
# Texts of ``assess`` and the answering session the page shares, so that both front ends ask in the same words.
SHARED_KEYS = (
    "assess.ask_project",
    "assess.ask_phase",
    *(f"assess.phase_{phase}" for phase in PHASES),
    *(f"team.phase_of.{phase}" for phase in PHASES),
    "assess.ask_name",
    "assess.ask_role",
    "assess.domain_heading",
    "assess.structures_heading",
    "assess.part_heading",
    "assess.counter",
    "assess.ask_level",
    "assess.ask_how",
    "assess.ask_next_step",
    "answering.ask_reason_na",
    "answering.ask_reason_dont_know",
)
# The answers model's field for the reason given with "does not apply" and "don't know", when it has one.
REASON_FIELD: str | None = "reason" if "reason" in Answer.model_fields else None


def _assets_dir() -> Path:
    found = fsutil.shipped_dir("templates")
    if found is None:
        raise UsageError("report.err_templates_missing", file=str(Path(__file__).resolve().parents[1] / "templates"))
    return found


def _read_asset(name: str) -> str:
    return (_assets_dir() / ASSETS / name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def csp(css: str, scripts: list[str]) -> str:
    """The page's policy: its own stylesheet and scripts by hash, nothing from anywhere, no forms, no base."""
    script_src = " ".join(_sha256(script) for script in scripts)
    return (
        f"default-src 'none'; script-src {script_src}; style-src {_sha256(css)}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


def _script_text(text: str) -> str:
    """A script as it may stand inside ``<script>``: our own files, checked rather than trusted."""
    lowered = text.lower()
    if "</script" in lowered or "<!--" in lowered:
        raise ValueError("a form script must not contain '</script' or '<!--'")
    return text


def _json_block(data: Any) -> str:
    """JSON that cannot close its ``<script>`` block: ``<``, ``>`` and ``&`` become ``\\u`` escapes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _texts(value: Text | None) -> Text | None:
    return dict(value) if value else None


def set_data(qs: QuestionSet) -> dict[str, Any]:
    """The question set as the page reads it: every text in every language the set has."""
    return {
        "languages": {
            "default": qs.languages.default,
            "available": list(qs.languages.available),
            "authoritative": qs.languages.authoritative,
            "unofficial": list(qs.languages.unofficial),
        },
        "title": _texts(qs.title),
        "description": _texts(qs.description),
        "publisher": _texts(qs.source.publisher),
        "note": _texts(qs.source.note),
        "translationNote": _texts(qs.source.translation_note),
        "levels": [
            {"value": level.value, "label": _texts(level.label), "description": _texts(level.description)}
            for level in qs.scale.levels
        ],
        "special": [{"value": special.value, "label": _texts(special.label)} for special in qs.scale.special],
        "domains": [
            {
                "id": domain.id,
                "kind": domain.kind,
                "title": _texts(domain.title),
                "description": _texts(domain.description),
                "sections": [
                    {
                        "id": section.id,
                        "title": _texts(section.title),
                        "description": _texts(section.description),
                        "questions": [
                            {
                                "id": question.id,
                                "number": question.number,
                                "text": _texts(question.text),
                                "examples": _texts(question.examples),
                            }
                            for question in section.questions
                        ],
                    }
                    for section in domain.sections
                ],
            }
            for domain in qs.domains
        ],
    }


def ui_texts() -> dict[str, dict[str, str]]:
    """The page's own texts in every language: the whole ``form`` catalogue and the shared ``assess`` prompts."""
    keys = [*catalogue("form"), *SHARED_KEYS]
    return {lang: {key: _raw(key, lang) for key in keys} for lang in LANGUAGES}


def _raw(key: str, lang: str) -> str:
    """The template of a message, placeholders unfilled (the page fills them)."""
    entry = catalogue(key.partition(".")[0])[key]
    return entry.get(lang) or entry["fi"]


def project_defaults(settings: Any) -> dict[str, str]:
    """Project details from the project file, cut to what an answers file accepts; the phase only when valid."""
    values: dict[str, str] = {}
    for key in PROJECT_FIELDS:
        value = settings.get(key)
        if value is None or not str(value).strip():
            continue
        text = " ".join(str(value).split())[:MAX_SHORT_TEXT]
        if key != "phase" or text in PHASES:
            values[key] = text
    return values


def form_data(qs: QuestionSet, *, lang: str, project: dict[str, str], version: str) -> dict[str, Any]:
    """Everything the page needs, as JSON-ready data."""
    identity = json.dumps([qs.id, qs.version, project], ensure_ascii=False, sort_keys=True)
    return {
        "format": FORMAT,
        "framework": {"id": qs.id, "version": qs.version},
        "phases": list(PHASES),
        "maxText": MAX_TEXT,
        "shortText": MAX_SHORT_TEXT,
        "maxBytes": yamlio.MAX_BYTES,
        "reasonField": REASON_FIELD,
        "version": version,
        "lang": lang,
        "languages": list(LANGUAGES),
        # Browsers share storage between all pages opened from files: a draft belongs to one set and project.
        "draftKey": hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16],
        "questionIds": [question.id for question in qs.questions],
        "project": project,
        "ui": ui_texts(),
        "set": set_data(qs),
    }


def render_form(qs: QuestionSet, *, lang: str, project: dict[str, str] | None = None) -> str:
    """The whole page. Same inputs, same bytes."""
    from osallisuus_cli import __version__

    project = project or {}
    css = _read_asset(STYLESHEET)
    scripts = [_script_text(_read_asset(name)) for name in SCRIPTS]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_assets_dir()), encoding="utf-8"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    title = t("form.page_title", lang, title=qs.text(qs.title, lang))
    context = {
        "lang": lang,
        "title": title,
        "csp": Markup(csp(css, scripts)),  # noqa: S704 - built here from hashes only
        "css": Markup(css),  # noqa: S704 - our own stylesheet, shipped with the package
        "scripts": [Markup(script) for script in scripts],  # noqa: S704 - our own scripts, checked above
        "data": Markup(_json_block(form_data(qs, lang=lang, project=project, version=__version__))),  # noqa: S704
        "noscript": [(code, t("form.noscript", code)) for code in (lang, *(c for c in LANGUAGES if c != lang))],
        "version": __version__,
    }
    return env.get_template(TEMPLATE).render(context)


def default_name(lang: str, qs: QuestionSet, project: dict[str, str]) -> str:
    """``lomake-<project>.html`` (``blankett-`` in Swedish, ``form-`` in English); the set's id without a project."""
    stem = t("form.file_stem", lang)
    return f"{stem}-{fsutil.slugify(project.get('name') or qs.id)}.html"
