"""The workshop's pages: the facilitator's (projected on the wall), the phones', and the printable level cards.

Each page is one self-contained HTML document: its stylesheet and scripts (``templates/workshop``) are written into
it when it is rendered, and its Content-Security-Policy allows exactly those, each by its SHA-256 hash, and nothing
else: no other script or style, no inline handler, no asset from anywhere (the room may have no internet). Both
pages draw the revealed distribution with one shared script, ``distribution.js``. Data travels as a JSON block
that is never executed, every ``<`` in it escaped. The QR code is an SVG drawn by segno, shown as a ``data:`` image.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from markupsafe import Markup

from osallisuus_cli.errors import UsageError
from osallisuus_cli.files import fsutil
from osallisuus_cli.groupwork.views import level_key, scale_levels
from osallisuus_cli.i18n import LANGUAGES, catalogue, t

if TYPE_CHECKING:
    from starlette.responses import Response

    from osallisuus_cli.groupwork.session import Session
    from osallisuus_cli.questionsets.framework import QuestionSet

ASSETS = "workshop"
SHARED_SCRIPT = "distribution.js"  # the distribution table, drawn the same way on the projector and the phones
STYLESHEET = "workshop.css"


def _assets_dir() -> Path:
    found = fsutil.shipped_dir("templates")
    if found is None:
        raise UsageError("report.err_templates_missing", file=str(Path(__file__).resolve().parents[1] / "templates"))
    return found


@dataclass(frozen=True)
class Inline:
    """A stylesheet or a script written into a page, and the hash its policy allows it by."""

    text: Markup
    source: str  # the CSP source expression: 'sha256-…'


@dataclass(frozen=True)
class Page:
    """A rendered page and the policy that goes with it (sent as its Content-Security-Policy header)."""

    html: str
    csp: str


@cache
def inline(name: str) -> Inline:
    """A file of ``templates/workshop`` as the body of a ``<script>`` or ``<style>`` element. It may not close its
    element early (``</``), which would let the rest be read as markup; the hash is over exactly the bytes written."""
    text = (_assets_dir() / ASSETS / name).read_text(encoding="utf-8")
    if "</" in text:
        raise ValueError(f"{name} contains '</', which would end its element early")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Inline(Markup(text), f"'sha256-{digest}'")  # noqa: S704 - our own file, checked above


def page_csp(scripts: list[Inline], styles: list[Inline]) -> str:
    """The policy of one page: its own scripts and styles by hash, ``data:`` images (the QR code), requests to the
    server it came from (the event stream and the POSTs), and nothing else."""
    script_src = " ".join(item.source for item in scripts)
    style_src = " ".join(item.source for item in styles)
    return (
        f"default-src 'none'; script-src {script_src}; style-src {style_src}; img-src data:; connect-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )


def _render(template: str, script: str, context: dict[str, Any]) -> Page:
    scripts = [inline(SHARED_SCRIPT), inline(script)]
    style = inline(STYLESHEET)
    context = {**context, "scripts": scripts, "style": style}
    return Page(_environment().get_template(template).render(context), page_csp(scripts, [style]))


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_assets_dir() / ASSETS), encoding="utf-8"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )


def json_block(data: Any) -> Markup:
    """JSON that cannot close its ``<script>`` block: ``<``, ``>`` and ``&`` become ``\\u`` escapes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))  # noqa: S704


def _raw(key: str, lang: str) -> str:
    entry = catalogue(key.partition(".")[0])[key]
    return entry.get(lang) or entry["fi"]


# Texts a page's HTML says itself, filled in here: its script never reads them, so its data does not carry them
SAID_BY_THE_HTML = frozenset({"workshop.f_phones_off", "workshop.f_qr_alt"})


def page_texts(prefix: str, languages: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """The catalogue entries a page's script uses (``workshop.<prefix>*`` but those its HTML says), unfilled.

    The shared ``workshop.page_*`` texts (the title and the no-script note) are the HTML's too.
    """
    keys = [
        key for key in catalogue("workshop") if key.startswith(f"workshop.{prefix}") and key not in SAID_BY_THE_HTML
    ]
    return {lang: {key.removeprefix("workshop."): _raw(key, lang) for key in keys} for lang in languages}


def questions_data(session: Session, languages: tuple[str, ...]) -> dict[str, Any]:
    """The session's questions and the scale, in the languages asked for."""
    qs = session.qs

    def texts(value: dict[str, str] | None) -> dict[str, str] | None:
        return {lang: qs.text(value, lang) for lang in languages} if value else None

    return {
        "questions": {
            qid: {
                "number": qs.question(qid).number,
                "text": texts(qs.question(qid).text),
                "examples": texts(qs.question(qid).examples),
                "section": texts(_section_title(qs, qid)),
            }
            for qid in session.doc.plan
        },
        "levels": [{"value": level_key(level), "label": texts(_label(qs, level))} for level in scale_levels(qs)],
    }


def _section_title(qs: QuestionSet, qid: str) -> dict[str, str]:
    section = qs.section_of(qid)
    return {lang: qs.section_title(section, lang) for lang in qs.languages.available}


def _label(qs: QuestionSet, level: Any) -> dict[str, str]:
    return {lang: qs.level_label(level, lang) for lang in qs.languages.available}


def qr_data_uri(url: str) -> str:
    import segno

    return str(segno.make_qr(url, error="m").svg_data_uri(scale=8, border=2, dark="#000", light="#fff"))


def facilitator_page(session: Session, participant_url: str | None, resume_command: str = "") -> Page:
    lang = session.doc.language
    title = t("workshop.page_title", lang, project=session.doc.project.name)
    data = {
        "lang": lang,
        "ui": page_texts("f_", (lang,))[lang],
        "participantUrl": participant_url,
        **questions_data(session, (lang,)),
    }
    context = {
        "lang": lang,
        "title": title,
        "data": json_block(data),
        "qr": qr_data_uri(participant_url) if participant_url else None,
        "participant_url": participant_url,
        "qr_alt": t("workshop.f_qr_alt", lang, url=participant_url or ""),
        "phones_off": t("workshop.f_phones_off", lang),
        "resume_command": resume_command,
        "noscript": t("workshop.page_noscript", lang),
    }
    return _render("facilitator.html.j2", "facilitator.js", context)


def phone_page(session: Session) -> Page:
    lang = session.doc.language
    data = {
        "lang": lang,
        "languages": list(LANGUAGES),
        "ui": page_texts("p_", LANGUAGES),
        "translationNote": {code: session.qs.translation_note(code) for code in LANGUAGES},
    }
    data.update(questions_data(session, LANGUAGES))
    context = {
        "lang": lang,
        "title": t("workshop.p_title", lang),
        "data": json_block(data),
        "noscript": [(code, t("workshop.page_noscript", code)) for code in LANGUAGES],
    }
    return _render("phone.html.j2", "phone.js", context)


def cards_page(qs: QuestionSet, lang: str) -> str:
    """Printable A4 level cards: one card per level of the scale, its number and label large, in ``lang``."""
    levels = [(level_key(level), qs.level_label(level, lang)) for level in scale_levels(qs)]
    numbered = [(value, label) for value, label in levels if value.isdigit()]
    context = {
        "lang": lang,
        "title": t("workshop.cards_title", lang, set=qs.text(qs.title, lang)),
        "levels": numbered,
        "special": [(value, label) for value, label in levels if not value.isdigit()],
        "css": Markup((_assets_dir() / ASSETS / "cards.css").read_text(encoding="utf-8")),  # noqa: S704 - ours
        "csp": Markup(_cards_csp()),  # noqa: S704 - built from a hash only
        "intro": t("workshop.cards_intro", lang),
        "scale_note": qs.text(qs.source.note, lang),
    }
    return _environment().get_template("cards.html.j2").render(context)


def _cards_csp() -> str:
    css = (_assets_dir() / ASSETS / "cards.css").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; style-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"


def html_response(page: Page) -> Response:
    from starlette.responses import HTMLResponse

    return HTMLResponse(page.html, headers={"content-security-policy": page.csp})
