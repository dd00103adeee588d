"""The report's first screen says, under the key figures, which question is strongest and which has most to develop:
the first of the report's own strengths and development areas, with the figures they rest on and a link to both lists.
"""

from __future__ import annotations

import re

import pytest
from conftest import make_answers

from osallisuus_cli.i18n import t
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.reports.report import build_report, render

IDS = [f"{i:08d}-2222-4222-8222-222222222222" for i in range(3)]
LEVELS = [
    {"q01": 2, "q02": 0, "q03": 4, "q04": 1, "q05": 2},
    {"q01": 2, "q02": 1, "q03": 3, "q04": "na", "q05": 3},
    {"q01": 3, "q02": 0, "q03": 4, "q05": 2},
]


def glance_lines(text: str, lang: str) -> list[str]:
    """The lines that start with the two labels, as a reader sees them (tags, list marks and emphasis taken off)."""
    labels = (t("report.glance_strongest", lang), t("report.glance_weakest", lang))
    lines = (re.sub(r"<[^>]+>", "", line).replace("**", "").strip().removeprefix("- ") for line in text.splitlines())
    return [line for line in lines if line.startswith(labels)]


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_strongest_and_the_weakest_question_are_named_on_the_first_screen(
    qs: QuestionSet, make_team, fmt: str, lang: str
) -> None:
    team = make_team([make_answers(qs, levels, respondent_id=rid) for levels, rid in zip(LEVELS, IDS, strict=True)])
    report = build_report(team, qs, lang)
    text = render(report, fmt=fmt)
    strongest, weakest = report.strengths[0], report.development[0]
    assert (strongest.id, weakest.id) == ("q03", "q02")  # means 3.67 and 0.33 by hand
    expected = []
    for label, q, figures in (
        (
            "report.glance_strongest",
            strongest,
            t("report.item_figures", lang, mean="3,7" if lang != "en" else "3.7", n=3, total=3),
        ),
        (
            "report.glance_weakest",
            weakest,
            t("report.item_figures", lang, mean="0,3" if lang != "en" else "0.3", n=3, total=3),
        ),
    ):
        expected.append(f"{t(label, lang)}: {t('report.question_ref', lang, number=q.number)} – {q.text} ({figures})")
    assert glance_lines(text, lang) == expected
    # before the data check and the contents: the first thing read after the key figures
    assert text.index(t("report.glance_strongest", lang)) < text.index(t("report.h_strengths_development", lang))
    if fmt == "html":
        assert f'<a href="#{strongest.id}">' in text
        assert '<a href="#strengths">' in text


def test_nothing_is_named_for_a_group_too_small_to_show(qs: QuestionSet, make_team) -> None:
    team = make_team([make_answers(qs, LEVELS[0], respondent_id=IDS[0])])
    report = build_report(team, qs, "en", min_group=3)
    assert report.suppressed
    for fmt in ("md", "html"):
        assert t("report.glance_strongest", "en") not in render(report, fmt=fmt)
