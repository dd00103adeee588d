"""The HTML reports in a real browser (headless Chromium): accessible, inert and self-contained.

For the demo report (fi, sv, en), its Innokylä appendix and the hostile-text report: 0 axe-core violations for
WCAG 2.1 A and AA, no script ran (the payloads would set ``window.__pwned``), no console errors, no request beyond
the file itself, and a screenshot under the test's temp folder. In CI a missing Chromium is a failure, not a skip.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.reports.demo import write_demo
from osallisuus_cli.reports.report import build_report, render

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="module")
def demo_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from osallisuus_cli.questionsets.reading import load_question_set

    qs = load_question_set()
    pages = {}
    for lang in ("fi", "sv", "en"):
        folder = tmp_path_factory.mktemp(f"demo-{lang}")
        files = write_demo(folder, qs, lang=lang)
        pages[lang] = files.reports[("report", "html")]
        pages[f"innokyla-{lang}"] = files.reports[("innokyla", "html")]
    return pages


def open_page(browser: Any, path: Path, *, bypass_csp: bool = False) -> tuple[Any, Any, dict[str, list[str]]]:
    seen: dict[str, list[str]] = {"console": [], "errors": [], "requests": []}
    context = browser.new_context(viewport={"width": 1024, "height": 1400}, bypass_csp=bypass_csp)

    def route(request_route: Any) -> None:
        url = request_route.request.url
        if url != path.as_uri():
            seen["requests"].append(url)
            request_route.abort()
        else:
            request_route.continue_()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda message: seen["console"].append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: seen["errors"].append(str(error)))
    page.goto(path.as_uri(), wait_until="load")
    return context, page, seen


def axe_violations(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}, "resultTypes": ["violations"]})
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in results.response["violations"]]


def check(browser: Any, path: Path, lang: str, shot: Path, *, bypass_csp: bool = False, axe: bool = True) -> Any:
    context, page, seen = open_page(browser, path, bypass_csp=bypass_csp)
    try:
        assert page.evaluate("document.documentElement.lang") == lang
        assert page.evaluate("window.__pwned") is None
        assert page.evaluate("document.scripts.length") == 0
        if axe:
            assert axe_violations(page) == []
        assert seen == {"console": [], "errors": [], "requests": []}
        page.screenshot(path=str(shot))  # the first screen: full pages of this length take seconds each
        assert shot.stat().st_size > 10_000
        return page.evaluate("document.body.scrollWidth <= window.innerWidth")
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_demo_report_is_accessible_and_inert(
    browser: Any, demo_pages: dict[str, Path], lang: str, tmp_path: Path
) -> None:
    fits = check(browser, demo_pages[lang], lang, tmp_path / f"demo-{lang}.png")
    assert fits  # nothing wider than the window


def test_innokyla_appendix_is_accessible(browser: Any, demo_pages: dict[str, Path], tmp_path: Path) -> None:
    assert check(browser, demo_pages["innokyla-fi"], "fi", tmp_path / "innokyla-fi.png")


def test_hostile_text_never_runs_even_without_the_security_policy(
    browser: Any, qs: QuestionSet, hostile_team: Any, tmp_path: Path
) -> None:
    title = "<script>window.__pwned='title'</script>"
    page = tmp_path / "hostile.html"
    page.write_text(render(build_report(hostile_team, qs, "fi", title=title), fmt="html"), encoding="utf-8")
    # With the policy (as delivered) and without it: escaping alone keeps every payload inert.
    for bypass in (False, True):
        fits = check(browser, page, "fi", tmp_path / f"hostile-{bypass}.png", bypass_csp=bypass, axe=not bypass)
        assert fits  # a 2,000-character word does not widen the page


def test_the_report_prints_to_a4(browser: Any, demo_pages: dict[str, Path], tmp_path: Path) -> None:
    context, page, seen = open_page(browser, demo_pages["fi"])
    try:
        pdf = tmp_path / "report.pdf"
        page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF")
        pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
        assert 6 <= pages <= 30
        assert re.search(rb"/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]", data)  # A4 in points
        assert seen["errors"] == []
        assert seen["requests"] == []
    finally:
        context.close()


@pytest.mark.parametrize("name", ["fi", "innokyla-fi"])
def test_in_print_a_heading_and_its_introduction_stay_with_what_follows(
    browser: Any, demo_pages: dict[str, Path], name: str
) -> None:
    """No page may end with a section's heading, its introduction or its level, the content on the next page."""
    context, page, _ = open_page(browser, demo_pages[name])
    try:
        page.emulate_media(media="print")
        lead_ins = page.evaluate(
            """() => [...document.querySelectorAll('main h2, main h3, main .section-intro, main .level')]
                .filter(el => el.nextElementSibling)
                .map(el => [el.tagName + '.' + el.className, getComputedStyle(el).breakAfter,
                            el.tagName === 'P' ? getComputedStyle(el).breakInside : 'avoid'])"""
        )
        assert any(tag.endswith("section-intro") for tag, *_ in lead_ins)
        assert name == "fi" or any(tag.endswith(".level") for tag, *_ in lead_ins)
        assert [item for item in lead_ins if item[1:] != ["avoid", "avoid"]] == []
    finally:
        context.close()


PHONE_CHECK = """() => {
  const small = [];
  for (const svg of document.querySelectorAll('svg.chart')) {
    if (svg.getBoundingClientRect().width === 0) continue;  // the other layout, not shown at this width
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    for (const text of svg.querySelectorAll('text')) {
      if (getComputedStyle(text).display === 'none') continue;
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      const where = svg.getAttribute('aria-labelledby');
      if (size < 11) small.push(`${where}: ${text.textContent} ${size.toFixed(1)}px`);
    }
  }
  const cut = [];
  for (const caption of document.querySelectorAll('caption')) {
    const box = caption.getBoundingClientRect();
    if (box.width > 0 && box.right > window.innerWidth + 0.5) cut.push(caption.textContent.slice(0, 40));
  }
  return {scroll: document.documentElement.scrollWidth - window.innerWidth, small: small.slice(0, 5), cut};
}"""


@pytest.mark.parametrize("name", ["fi", "innokyla-fi"])
def test_on_a_phone_nothing_scrolls_sideways_and_chart_text_stays_readable(
    browser: Any, demo_pages: dict[str, Path], name: str, tmp_path: Path
) -> None:
    """D1: at 390 px no sideways scroll, chart text at 11 px or more, no table caption cut at the edge."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(demo_pages[name].as_uri(), wait_until="load")
        assert page.evaluate(PHONE_CHECK) == {"scroll": 0, "small": [], "cut": []}
        assert axe_violations(page) == []
        page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    finally:
        context.close()


REFLOW_CHECK = """() => {
  const past = [];
  for (const element of document.querySelectorAll('h1, h2, h3, h4, dd, a, p, li')) {
    const range = document.createRange();
    range.selectNodeContents(element);
    const right = range.getBoundingClientRect().right;
    if (right > document.documentElement.clientWidth + 0.5) past.push(element.textContent.trim().slice(0, 40));
  }
  return {scroll: document.documentElement.scrollWidth - window.innerWidth, past: past.slice(0, 5)};
}"""


@pytest.mark.parametrize("name", ["fi", "sv", "en", "innokyla-fi", "innokyla-sv", "innokyla-en"])
def test_at_320_px_no_text_runs_past_the_screen(browser: Any, demo_pages: dict[str, Path], name: str) -> None:
    """WCAG 1.4.10 reflow: at 320 CSS px nothing scrolls sideways and no text runs past the edge — a long word in a
    heading ('toimintamallikuvaukseen') or the source's address breaks instead (tables scroll in their own box)."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        page.goto(demo_pages[name].as_uri(), wait_until="load")
        assert page.evaluate(REFLOW_CHECK) == {"scroll": 0, "past": []}
    finally:
        context.close()
