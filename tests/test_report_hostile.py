"""Hostile free text is shown as text: it never runs, never loads anything and never breaks the layout."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from conftest import hostile_payloads
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markupsafe import escape

from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.reports.report import build_report, render
from osallisuus_cli.templating import mdtext

TITLE = "</title><script>window.__pwned='title'</script>\"; } @page { x"
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "main", "nav", "footer", "section", "article",
    "div", "p", "h1", "h2", "h3", "h4", "h5", "dl", "dt", "dd", "ul", "ol", "li", "a", "strong", "span",
    "table", "caption", "thead", "tbody", "tr", "th", "td", "svg", "desc", "rect", "line", "text", "tspan",
}  # fmt: skip


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def md_parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


@pytest.fixture
def hostile_reports(qs: QuestionSet, hostile_team):
    out = {}
    for lang in ("fi", "sv", "en"):
        model = build_report(hostile_team, qs, lang, title=TITLE)
        for template in ("report", "innokyla", "summary"):
            for fmt in ("md", "html"):
                if (template, fmt) != ("summary", "html"):
                    out[(lang, template, fmt)] = render(model, fmt=fmt, template=template)
    return out


def test_html_holds_only_our_own_elements_and_attributes(hostile_reports) -> None:
    for key, page in hostile_reports.items():
        if key[2] != "html":
            continue
        parser = Elements()
        parser.feed(page)
        tags = [tag for tag, _ in parser.tags]
        assert set(tags) <= ALLOWED_TAGS, key
        assert tags.count("style") == 1
        assert tags.count("script") == 0
        for tag, attrs in parser.tags:
            assert not any(name.startswith("on") for name in attrs), (key, tag, attrs)
            assert "style" not in attrs
            href = attrs.get("href")
            assert href is None or href.startswith(("#", "https://thl.fi/")), (key, href)
        assert page.count("</style>") == 1
        assert page.count("<title>") == 1


def test_every_payload_is_shown_as_written_in_html(hostile_reports) -> None:
    for key, page in hostile_reports.items():
        if key[2] != "html":
            continue
        for name, payload in hostile_payloads().items():
            shown = str(escape(payload.replace("\r\n", "\n").strip()))
            assert shown in page, (key, name)
        assert str(escape(TITLE)) in page


def test_the_title_in_the_print_footer_is_an_escaped_css_string(hostile_reports) -> None:
    css = re.search(r"<style>(.*?)</style>", hostile_reports[("fi", "report", "html")], re.S).group(1)
    footer = re.search(r"@bottom-left \{\s*content: (\"[^\"]*\");", css).group(1)
    assert re.fullmatch(r'"([A-Za-z0-9 ]|\\[0-9a-f]{6} )*"', footer)
    decoded = re.sub(r"\\([0-9a-f]{6}) ", lambda m: chr(int(m.group(1), 16)), footer[1:-1])
    assert decoded == TITLE


def test_markdown_renders_payloads_as_plain_text(hostile_reports) -> None:
    for key, text in hostile_reports.items():
        if key[2] != "md":
            continue
        tokens = md_parser().parse(text)
        inline = [child for token in tokens if token.children for child in token.children]
        for token in [*tokens, *inline]:
            assert token.type not in ("html_block", "fence", "code_block", "code_inline", "image", "s_open"), key
            if token.type == "html_inline":
                assert token.content == "<br>", key
            if token.type == "link_open":
                assert token.attrs["href"].startswith("https://thl.fi/"), key
        h1 = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h1"]
        assert len(h1) == 1, key
        rendered = md_parser().render(text)
        for name, payload in hostile_payloads().items():
            if key[1] == "summary":
                continue  # the summary leaves the free text out
            first_line = payload.replace("\r\n", "\n").strip().split("\n")[0].strip()
            assert html.escape(first_line, quote=False) in rendered.replace("&quot;", '"'), (key, name)


def _roundtrip(text: str, cell: bool = False) -> str:
    """What a reader sees of ``text`` after escaping it, in a list item or a table cell."""
    source = f"| a | b |\n|---|---|\n| {mdtext.inline(text)} | z |\n" if cell else f"- {mdtext.inline(text)}\n"
    tokens = md_parser().parse(source)
    inline = next(t for t in tokens if t.type == "inline" and (not cell or t.content != "a"))
    if cell:
        cells = [t for t in tokens if t.type == "td_open"]
        assert len(cells) == 2, text  # the payload did not add or swallow a column
        inline = [t for t in tokens if t.type == "inline"][2]
    out = []
    for child in inline.children or []:
        assert child.type in ("text", "softbreak", "html_inline", "link_open", "link_close"), (text, child.type)
        if child.type == "html_inline":
            assert child.content == "<br>"
            out.append("\n")
        elif child.type == "link_open":  # only an http(s) autolink a respondent typed as plain text
            assert child.attrs["href"].startswith(("http://", "https://")), text
        elif child.type == "text":
            out.append(child.content)
    return "".join(out)


def _expected(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in lines))


def test_every_payload_survives_markdown_escaping_in_lists_and_table_cells() -> None:
    for name, payload in hostile_payloads().items():
        clean = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", payload)
        for cell in (False, True):
            assert _roundtrip(payload, cell) == _expected(clean), (name, cell)


MARKDOWN_ALPHABET = st.sampled_from([*list("#*_`[]()<>|!\\-+=.~$&;:/ 1aä\n"), "javascript:", "<script>", "&lt;", "1."])


@given(st.lists(MARKDOWN_ALPHABET, max_size=40).map("".join))
def test_any_text_survives_markdown_escaping(text: str) -> None:
    if not _expected(text):
        return  # empty answers are left out of reports
    assert _roundtrip(text) == _expected(text)
    assert _roundtrip(text, cell=True) == _expected(text)
