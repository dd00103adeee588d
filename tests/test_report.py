"""The report model and its rendering: figures, phases and rounds, languages, determinism, edge cases."""

from __future__ import annotations

import base64
import hashlib
import html
import random
import re
from datetime import datetime

import pytest
from conftest import HELSINKI, make_answers
from markdown_it import MarkdownIt

from osallisuus_cli.i18n import t
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.reports.report import build_report, render

IDS = [f"{i:08d}-1111-4111-8111-111111111111" for i in range(12)]
SPRING = datetime(2026, 3, 10, 9, 0, tzinfo=HELSINKI)
AUTUMN = datetime(2026, 10, 5, 9, 0, tzinfo=HELSINKI)


def section(report, section_id):
    return next(s for s in report.summary if s.id == section_id)


def question(report, qid):
    return next(q for s in report.sections for q in s.questions if q.id == qid)


@pytest.fixture
def team(qs: QuestionSet, make_team):
    """Three respondents in one phase with known answers in section 1 and the structures section."""
    return make_team(
        [
            make_answers(qs, {"q01": 4, "q02": 2, "q03": "na", "q24": 1}, respondent_id=IDS[0]),
            make_answers(
                qs,
                {"q01": 2, "q02": "dont_know", "q03": "na", "q24": 1},
                respondent_id=IDS[1],
                how={"q01": "Jalkaudumme kirjastoon."},
                next_step={"q24": "Kumppanuuspöytä kuntaan."},
            ),
            make_answers(qs, {"q01": 3, "q02": 2}, respondent_id=IDS[2], how={"q01": "Jalkaudumme kirjastoon."}),
        ]
    )


def test_section_figures_exclude_na_and_dont_know(qs: QuestionSet, team) -> None:
    report = build_report(team, qs, "fi")
    one = section(report, "1")
    assert one.mean == pytest.approx((4 + 2 + 3 + 2 + 2) / 5)
    assert one.median == 2
    assert (one.counts.answered, one.counts.respondents) == (3, 3)
    assert (one.counts.na, one.counts.dont_know) == (2, 1)
    q03 = question(report, "q03")
    assert q03.mean is None
    assert q03.counts.na == 2
    assert q03.counts.missing == 1
    assert section(report, "R").mean == 1.0
    assert section(report, "R").counts.answered == 2


def test_question_figures_distribution_and_discuss_flag(qs: QuestionSet, team) -> None:
    report = build_report(team, qs, "fi")
    q01 = question(report, "q01")
    assert (q01.mean, q01.median, q01.low, q01.high, q01.spread) == (3.0, 3, 2, 4, 2)
    assert q01.disputed
    assert q01.percent == 75
    assert [(bar.value, bar.count) for bar in q01.bars] == [
        (0, 0),
        (1, 0),
        (2, 1),
        (3, 1),
        (4, 1),
        ("na", 0),
        ("dont_know", 0),
        ("missing", 0),
    ]
    assert not question(report, "q02").disputed
    assert [(item.text, item.count) for item in q01.how] == [("Jalkaudumme kirjastoon.", 2)]
    assert [q.id for q in report.disputed] == ["q01"]


def test_domain_with_parts_is_also_summarised_as_a_whole(qs: QuestionSet, make_team) -> None:
    team = make_team([make_answers(qs, {"q08": 4, "q15": 2}, respondent_id=IDS[0])])
    report = build_report(team, qs, "fi")
    assert [s.id for s in report.summary] == ["1", "2A", "2B", "2", "3", "R"]
    whole = section(report, "2")
    assert whole.kind == "domain"
    assert whole.mean == 3.0
    assert "2A + 2B" in whole.title


def test_strengths_development_and_disputed(qs: QuestionSet, make_team) -> None:
    docs = [
        make_answers(qs, {"q01": 4, "q02": 0, "q03": 3, "q04": 1, "q05": 2}, respondent_id=IDS[0]),
        make_answers(qs, {"q01": 4, "q02": 1, "q03": 3, "q04": 3, "q05": 2}, respondent_id=IDS[1]),
    ]
    report = build_report(make_team(docs), qs, "fi")
    assert [q.id for q in report.strengths] == ["q01", "q03", "q04"]
    assert [q.id for q in report.development] == ["q02", "q05"]
    assert [q.id for q in report.disputed] == ["q04"]
    assert report.disputed_count == 1


def test_action_plan_groups_next_steps_by_section(qs: QuestionSet, team) -> None:
    report = build_report(team, qs, "fi")
    actions = {s.id: [(i.text, i.question_number) for i in s.actions] for s in report.sections if s.actions}
    assert actions == {"R": [("Kumppanuuspöytä kuntaan.", 24)]}


def test_latest_phase_is_described_and_phases_are_compared(qs: QuestionSet, make_team) -> None:
    docs = [
        make_answers(qs, {"q01": 1, "q24": 0}, respondent_id=IDS[0], phase="suunnittelu", when=SPRING),
        make_answers(qs, {"q01": 1, "q24": 1}, respondent_id=IDS[1], phase="suunnittelu", when=SPRING),
        make_answers(qs, {"q01": 3, "q24": 2}, respondent_id=IDS[2], phase="toteutus", when=AUTUMN),
    ]
    report = build_report(make_team(docs), qs, "fi")
    assert report.respondents == 1
    assert report.responses_total == 3
    assert report.phases == ["Toteutus"]
    assert question(report, "q01").mean == 3
    trend = report.trend
    assert trend is not None
    assert [(p.phase, p.respondents) for p in trend.periods] == [("suunnittelu", 2), ("toteutus", 1)]
    row = next(r for r in trend.questions if r.key == "q01")
    assert row.means == [1.0, 3.0]
    assert row.change == 2.0
    r_row = next(r for r in trend.sections if r.key == "R")
    assert r_row.means == [0.5, 2.0]
    assert r_row.change == 1.5


def test_repeated_answers_in_one_phase_are_rounds(qs: QuestionSet, make_team) -> None:
    docs = [
        make_answers(qs, {"q01": 1}, respondent_id=IDS[0], when=SPRING),
        make_answers(qs, {"q01": 3}, respondent_id=IDS[0], when=AUTUMN),
    ]
    report = build_report(make_team(docs), qs, "en")
    assert report.trend is not None
    assert [(p.phase, p.round, p.several_rounds) for p in report.trend.periods] == [
        ("toteutus", 1, True),
        ("toteutus", 2, True),
    ]
    assert question(report, "q01").mean == 3
    assert "Implementation, round 2" in render(report, fmt="md")


def test_several_projects_are_kept_apart_in_free_text(qs: QuestionSet, make_team) -> None:
    docs = [
        make_answers(qs, {"q01": 2}, respondent_id=IDS[0], project="Alfa", how={"q01": "Sama"}),
        make_answers(qs, {"q01": 3}, respondent_id=IDS[1], project="Beeta", how={"q01": "Sama"}),
    ]
    report = build_report(make_team(docs), qs, "fi")
    assert [p.name for p in report.projects] == ["Alfa", "Beeta"]
    assert [(i.project, i.text) for i in question(report, "q01").how] == [("Alfa", "Sama"), ("Beeta", "Sama")]
    assert report.title == t("report.default_title", "fi", project="Alfa, Beeta")


def test_date_range_comes_from_the_files(qs: QuestionSet, make_team) -> None:
    docs = [
        make_answers(qs, {"q01": 2}, respondent_id=IDS[0], when=SPRING),
        make_answers(qs, {"q01": 3}, respondent_id=IDS[1], when=AUTUMN),
    ]
    text = render(build_report(make_team(docs), qs, "fi"), fmt="md")
    assert "10.3.2026–5.10.2026" in text


# --- rendering ---------------------------------------------------------------------------------------------------


def test_markdown_is_gfm_with_tables(qs: QuestionSet, team) -> None:
    text = render(build_report(team, qs, "fi", title="Testiraportti"), fmt="md")
    assert text.startswith("# Testiraportti\n")
    assert text.endswith("\n")
    assert not text.endswith("\n\n")
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    tables = [t for t in tokens if t.type == "table_open"]
    assert len(tables) >= 25  # the summary and one distribution per question
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"]
    assert headings == [
        t("report.h_summary", "fi"),
        "Vahvuudet ja kehittämiskohteet",
        "Vastaajien ehdottamat seuraavat askeleet",
        "Tulokset kysymyksittäin",
        "Muutos vaiheesta toiseen",
        "Menetelmä ja tulkinta",
    ]
    assert "| 1 Osallisuus omassa elämässä | 2,6 | 65\u00a0% | 2 | 3/3 | 2 | 1 |" in text


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_markdown_heading_stands_apart_from_the_text_above(qs: QuestionSet, make_team, lang: str) -> None:
    """A heading right under a paragraph renders, but the plain text a coordinator pastes or reads loses the break:
    every heading (the change section's included, in a report of two phases) has an empty line before it."""
    docs = [
        make_answers(qs, {"q01": 1, "q24": 0}, respondent_id=IDS[0], phase="suunnittelu", when=SPRING),
        make_answers(qs, {"q01": 3, "q24": 2}, respondent_id=IDS[0], phase="toteutus", when=AUTUMN),
        make_answers(qs, {"q01": 2, "q24": 1}, respondent_id=IDS[1], phase="toteutus", when=AUTUMN),
    ]
    text = render(build_report(make_team(docs), qs, lang), fmt="md")
    lines = text.splitlines()
    assert f"### {t('report.h_trend_sections', lang)}" in lines
    for number, line in enumerate(lines[1:], start=1):
        if line.startswith("#"):
            assert lines[number - 1] == "", f"no empty line before {line!r}: {lines[number - 1]!r}"


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_each_projects_phase_line_is_an_item_of_its_own(qs: QuestionSet, make_team, lang: str) -> None:
    """A report over two projects says for each which phase it describes, one list item a project (the second ran
    on at the end of the first line: '… 1 vastaaja.- **Kylätalo:** …')."""
    docs = [
        make_answers(qs, {"q01": 3}, respondent_id=IDS[0], project="Kylätalo"),
        make_answers(qs, {"q01": 2}, respondent_id=IDS[1], project="Kylätalo"),
        make_answers(qs, {"q01": 1}, respondent_id=IDS[2], project="Nuorten ääni"),
    ]
    text = render(build_report(make_team(docs), qs, lang), fmt="md")
    lines = text.splitlines()
    for project in ("Kylätalo", "Nuorten ääni"):
        (line,) = [line for line in lines if line.startswith(f"- **{project}:** ")]
        assert line.count("- **") == 1, line
    assert not any(" - **" in line or ".- **" in line for line in lines)
    dates = next(i for i, line in enumerate(lines) if line.startswith(f"- **{t('report.dates', lang)}:**"))
    assert lines[dates - 1].startswith("- **"), "the facts stay one list"


def test_html_is_self_contained_with_a_matching_content_security_policy(qs: QuestionSet, team) -> None:
    page = render(build_report(team, qs, "sv"), fmt="html")
    assert page.startswith('<!DOCTYPE html>\n<html lang="sv">')
    css = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert policy.startswith("default-src 'none'; style-src 'sha256-" + digest + "'")
    assert page.count("<style>") == 1
    assert " style=" not in page
    assert "<script" not in page
    assert "<link" not in page
    assert "<img" not in page
    assert not re.search(r'(src|href)="(?!#|https://thl\.fi/)', page)  # nothing loaded, links only to THL
    # the summary chart twice (a wide layout and one for phones, one shown at a time) and one chart per question
    assert page.count('role="img"') == 2 + 24
    assert page.count("<title id=") == 26
    assert "@page" in css
    assert "@media print" in css


def test_the_report_language_is_independent_of_the_respondents(qs: QuestionSet, make_team) -> None:
    docs = [
        make_answers(qs, {"q01": 2}, respondent_id=IDS[0], language="fi", how={"q01": "Käymme kirjastossa."}),
        make_answers(qs, {"q01": 3}, respondent_id=IDS[1], language="sv", how={"q01": "Vi besöker biblioteket."}),
        make_answers(qs, {"q01": 4}, respondent_id=IDS[2], language="en", how={"q01": "We visit the library."}),
    ]
    team = make_team(docs)
    expected = {
        "fi": (t("report.h_summary", "fi"), "Osallisuus omassa elämässä", "Keskiarvo"),
        "sv": (t("report.h_summary", "sv"), qs.text(qs.domains[0].title, "sv"), "Medelvärde"),
        "en": (t("report.h_summary", "en"), qs.text(qs.domains[0].title, "en"), "Average"),
    }
    for lang, (heading, domain, mean) in expected.items():
        report = build_report(team, qs, lang)
        for fmt in ("md", "html"):
            text = render(report, fmt=fmt)
            if fmt == "html":
                text = html.unescape(text)
            assert heading in text
            assert domain in text
            assert mean in text
            for answer in ("Käymme kirjastossa.", "Vi besöker biblioteket.", "We visit the library."):
                assert answer in text  # free text as written
            if lang == "fi":
                assert report.translation_note == ""
            else:
                assert report.unofficial_translation
                assert report.translation_note in text


def test_output_is_byte_identical_whatever_the_order_of_the_input(qs: QuestionSet, make_team) -> None:
    docs = [
        make_answers(qs, {"q01": i % 5, "q02": "na"}, respondent_id=IDS[i], how={"q01": f"vastaus {i}"})
        for i in range(8)
    ]
    first = {fmt: render(build_report(make_team(docs), qs, "fi"), fmt=fmt) for fmt in ("md", "html")}
    random.Random(4).shuffle(docs)
    team = make_team(docs)
    team.responses.reverse()
    for fmt, text in first.items():
        assert render(build_report(team, qs, "fi"), fmt=fmt) == text


# --- edge cases ----------------------------------------------------------------------------------------------------


def test_empty_team_renders_a_clear_note(qs: QuestionSet, make_team) -> None:
    report = build_report(make_team([]), qs, "fi")
    assert report.respondents == 0
    assert report.first_date is None
    assert report.trend is None
    for template in ("report", "innokyla"):
        for fmt in ("md", "html"):
            assert "Vastauksia ei ole vielä." in render(report, fmt=fmt, template=template)


def test_one_respondent_has_no_spread(qs: QuestionSet, make_team) -> None:
    levels = {q.id: i % 5 for i, q in enumerate(qs.questions)}
    report = build_report(make_team([make_answers(qs, levels, respondent_id=IDS[0])]), qs, "fi")
    assert report.disputed == []
    assert report.disputed_count == 0
    text = render(report, fmt="md")
    assert "Yhden vastaajan itsearviointi" in text, "C5: one person is not called the team"
    assert "Tiimin itsearviointi" not in text
    assert "**Tunnusluvut:** 1 vastaaja, " in text
    assert "keskusteltavaksi" not in text.split("## ")[0], "no count of disagreements for one person"
    assert t("figures.describes", "fi", phase=t("team.phase_obj.toteutus", "fi"), respondents="1 vastaaja") in text
    assert "Arvio **2** · vastanneet 1/1" in text
    questions = text.split("## Tulokset kysymyksittäin")[1].split("## ")[0]
    assert "mediaani" not in questions, "no spread statistics for one answer"
    assert "vaihteluväli" not in questions
    assert "Kaikki vastaukset ovat samasta vaiheesta." in text


def test_a_range_of_one_level_is_that_level(qs: QuestionSet, make_team) -> None:
    docs = [make_answers(qs, {"q01": 3, "q02": 1}, respondent_id=IDS[0]), make_answers(qs, {"q01": 3, "q02": 4})]
    report = build_report(make_team(docs), qs, "fi")
    md = render(report, fmt="md")
    assert "vaihteluväli 3 ·" in md
    assert "vaihteluväli 1–4 ·" in md
    assert "3–3" not in md
    page = render(report, fmt="html")
    assert "<dt>vaihteluväli</dt><dd>3</dd>" in page
    assert "<dt>vaihteluväli</dt><dd>1–4</dd>" in page


def test_a_next_step_shows_its_question_and_how_many_wrote_it_in_one_bracket(qs: QuestionSet, make_team) -> None:
    step = {"q08": "Nuorten raati syksyllä."}
    docs = [make_answers(qs, {"q08": 2}, respondent_id=rid, next_step=step) for rid in IDS[:2]]
    docs.append(make_answers(qs, {"q09": 2}, respondent_id=IDS[2], next_step={"q09": "Palaute kerran kuussa."}))
    report = build_report(make_team(docs), qs, "fi")
    md = render(report, fmt="md")
    assert "- Nuorten raati syksyllä. (kysymys 8, 2 vastaajaa)" in md
    assert "- Palaute kerran kuussa. (kysymys 9)" in md
    page = render(report, fmt="html")
    assert 'Nuorten raati syksyllä. <span class="muted">(kysymys 8, 2 vastaajaa)</span>' in page
    appendix = render(build_report(make_team(docs), qs, "sv"), fmt="md", template="innokyla")
    assert "osallisuus report" not in appendix, "an appendix for readers of Innokylä names no command"


def test_all_na_section_shows_no_mean_instead_of_zero(qs: QuestionSet, make_team) -> None:
    levels = {"q21": "na", "q22": "na", "q23": "na", "q01": 3}
    report = build_report(make_team([make_answers(qs, levels, respondent_id=IDS[0])]), qs, "fi")
    three = section(report, "3")
    assert three.mean is None
    assert three.counts.na == 3
    assert three.counts.answered == 0
    md = render(report, fmt="md")
    assert "| 3 Osallisuus yhteisestä hyvästä | – | – | – | 0/1 | 3 | 0 |" in md
    page = render(report, fmt="html")
    assert "ei arvioita" in page


def test_ten_thousand_respondents(qs: QuestionSet) -> None:
    from osallisuus_cli.model.answers import FrameworkRef, Project, Respondent
    from osallisuus_cli.model.team import Provenance, Response, TeamAnswer, TeamFile

    rng = random.Random(10_000)
    texts = ["Käymme kirjastossa.", "Etsivä työ.", "Yhteiset ruokaillat.", "Kumppanuuspöytä."]
    responses = []
    for i in range(10_000):
        answers = {
            q.id: TeamAnswer(rng.choice([0, 1, 2, 3, 4, 4, 3, "na", "dont_know"]), how=rng.choice([None, *texts]))
            for q in qs.questions
        }
        responses.append(
            Response(
                Respondent(id=f"R{i + 1}"),
                Project(name="Iso hanke", phase="toteutus"),
                "fi",
                SPRING,
                AUTUMN,
                answers,
                Provenance(None, f"{i:064x}"),
            )
        )
    team = TeamFile(framework=FrameworkRef(id=qs.id, version=qs.version), responses=responses, anonymized=True)
    report = build_report(team, qs, "fi")
    md, page = render(report, fmt="md"), render(report, fmt="html")
    assert report.respondents == 10_000
    assert section(report, "1").counts.respondents == 10_000
    assert "10\u00a0000" in md
    assert "(2" in md
    assert page.count("<article") == 24
