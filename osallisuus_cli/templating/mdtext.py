"""Text that is safe inside GitHub-flavoured Markdown: shown as written, never as markup.

Free text from answers may hold anything — ``<script>``, ``|`` that would split a table cell, backticks, a leading
``#`` or ``1.`` that would start a heading or a list, ``[links](javascript:…)``. ``inline`` escapes it so that any
CommonMark/GFM renderer (GitHub, GitLab, pandoc) shows exactly the characters typed, on one line that is also safe in
a table cell (line breaks become ``<br>``, the one piece of HTML we add).
"""

from __future__ import annotations

import re

# Characters with a meaning inside a line: emphasis, code, links, tables, strike-through, math, escapes.
_PUNCTUATION = re.compile(r"([\\`*_{}\[\]|~$])")
# An ampersand that would start an entity (&lt; &#60; &#x3C;) is written as &amp; so the entity shows as typed.
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# What opens a block at the start of a line: an ATX heading, a bullet or an ordered-list marker (each followed by
# white space or the end), or a line of only -, =, * or _ (setext underline, thematic break). "1.3.2026" or "#tag"
# open nothing and stay as they are.
_LINE_START = re.compile(r"^(#{1,6}|[+\-*]|\d{1,9}(?=[.)]))(?=[.)]?(\s|$))|^[-=*_][-=*_ ]*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_RUN = re.compile(r"\n{3,}")


def _line_start(line: str) -> str:
    match = _LINE_START.match(line)
    if not match:
        return line
    if line[0].isdigit():  # "1. text" → "1\. text": the digits stay, the list marker is escaped
        end = match.end()
        return line[:end] + "\\" + line[end:]
    return "\\" + line


def inline(text: str) -> str:
    """``text`` as one line of literal Markdown (paragraph, list item or table cell)."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    text = _BLANK_RUN.sub("\n\n", text)
    text = _PUNCTUATION.sub(r"\\\1", text)
    text = _ENTITY.sub("&amp;", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return "<br>".join(_line_start(line.strip()) for line in text.split("\n"))
