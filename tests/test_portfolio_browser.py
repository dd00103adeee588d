"""The portfolio HTML in headless Chromium: 0 axe-core violations in fi, sv and en, inert hostile text, and a
table that scrolls inside its own region on a phone instead of widening the page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_browser import check
from test_portfolio import portfolio_docs

from osallisuus_cli.model.team import TeamFile
from osallisuus_cli.portfolio.build import build_portfolio
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.reports.report import render

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_portfolio_is_accessible_and_fits_a_phone(
    browser: Any,
    qs: QuestionSet,
    make_team: Any,
    lang: str,
    tmp_path: Path,
) -> None:
    team = make_team(portfolio_docs(qs))
    page = tmp_path / f"portfolio-{lang}.html"
    model = build_portfolio(team, qs, lang, group_by="region", min_group=2)
    page.write_text(render(model, fmt="html", template="portfolio"), encoding="utf-8")
    assert check(browser, page, lang, tmp_path / f"portfolio-{lang}.png")
    context = browser.new_context(viewport={"width": 390, "height": 900})
    try:
        phone = context.new_page()
        phone.goto(page.as_uri(), wait_until="load")
        assert phone.evaluate("document.body.scrollWidth <= window.innerWidth")
    finally:
        context.close()


def test_hostile_portfolio_never_runs(browser: Any, qs: QuestionSet, hostile_team: TeamFile, tmp_path: Path) -> None:
    page = tmp_path / "hostile-portfolio.html"
    model = build_portfolio(hostile_team, qs, "fi", title="<script>window.__pwned='title'</script>")
    page.write_text(render(model, fmt="html", template="portfolio"), encoding="utf-8")
    for bypass in (False, True):
        assert check(browser, page, "fi", tmp_path / f"hostile-{bypass}.png", bypass_csp=bypass, axe=not bypass)
