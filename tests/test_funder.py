"""`report --template funder`: plain text blocks for a funder's web form, each within its length, as safe as the
report (small groups, anonymity) and with free text neutralised."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import LANGUAGES, format_number, t
from osallisuus_cli.model import answers
from osallisuus_cli.reports.funder import BLOCK_LIMIT, funder_blocks, funder_text, plain
from osallisuus_cli.reports.report import build_report
from tests.conftest import make_answers

IDS = [f"{n}{n}{n}{n}{n}{n}{n}{n}-1111-4111-8111-111111111111" for n in range(1, 10)]


@pytest.fixture
def team(qs, make_team):
    docs = [
        make_answers(
            qs,
            {"q01": 3, "q02": 1, "q03": level},
            respondent_id=IDS[index],
            name=f"Vastaaja {index}",
            next_step={"q02": f"Askel {index}: kutsutaan naapurit mukaan."},
        )
        for index, level in enumerate([2, 3, 4])
    ]
    return make_team(docs)


def _headed(text: str) -> list[tuple[str, int, str]]:
    """(title, count said in the heading, body) for each block of the text."""
    parts = re.split(r"^=== (.+) \((.+?)\) ===\n", text, flags=re.MULTILINE)
    return [
        (parts[i], int(re.sub(r"\D", "", parts[i + 1].split("/")[0])), parts[i + 2].rstrip("\n"))
        for i in range(1, len(parts), 3)
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_block_says_its_own_length_and_fits_a_form_field(qs, team, lang: str) -> None:
    report = build_report(team, qs, lang)
    text = funder_text(report)
    blocks = _headed(text)
    assert [title for title, _, _ in blocks] == [block.title for block in funder_blocks(report)]
    assert len(blocks) == 5
    for title, said, body in blocks:
        assert said == len(body), title
        assert len(body) <= BLOCK_LIMIT, title
    limit = format_number(BLOCK_LIMIT, lang, 0)
    assert f"({t('funder.count', lang, count=len(blocks[0][2]), limit=limit)})" in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_what_was_assessed_who_answered_and_how_the_figures_were_collected(qs, team, lang: str) -> None:
    report = build_report(team, qs, lang)
    text = funder_text(report)
    assert report.facts.citation in text, "THL's questions by their own title"
    assert t("funder.collected", lang) in text, "collected data, not a sample or an estimate"
    phase = t("team.phase_in.toteutus", lang)
    assert t("funder.respondents_in", lang, count=3, phase=phase) in text
    assert t("funder.steps_intro", lang) in text
    assert "Askel 2: kutsutaan naapurit mukaan." in text
    assert not any(f"Vastaaja {index}" in text for index in range(3)), "no names"


def test_the_text_is_plain(qs, team) -> None:
    text = funder_text(build_report(team, qs, "fi"))
    assert not re.search(r"\*\*|^#|<[a-z/]|\]\(|^\|", text, flags=re.MULTILINE)


def test_a_small_group_gives_no_figures_and_no_free_text(qs, team) -> None:
    report = build_report(team, qs, "en", min_group=5)
    text = funder_text(report)
    assert "Askel" not in text
    assert qs.text(qs.question("q01").text, "en") not in text
    assert t("funder.suppressed", "en", count=3, min=5) in text
    assert t("funder.none_shown", "en", min=5) in text


def test_free_text_is_hostile(qs, make_team) -> None:
    hostile = "Alku\u202e\u2066 piilotettu\x1b[31m punainen\r\nrivi\u2028loppu\x00"
    doc = make_answers(qs, {"q01": 2}, next_step={"q01": hostile})
    text = funder_text(build_report(make_team([doc]), qs, "fi"))
    assert plain(hostile) == "Alku piilotettu [31m punainen rivi loppu"
    assert f"– {plain(hostile)}" in text
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]", text)


def test_long_lists_are_cut_to_the_limit_and_say_how_many_more(qs, make_team) -> None:
    docs = [
        make_answers(
            qs,
            {"q01": 2},
            respondent_id=f"{index:08d}-1111-4111-8111-111111111111",
            next_step={"q01": f"{index} " + "sana " * 40},
        )
        for index in range(30)
    ]
    report = build_report(make_team(docs), qs, "sv")
    steps = funder_blocks(report)[-1]
    assert len(steps.body) <= BLOCK_LIMIT
    shown = steps.body.count("\n– ")
    assert steps.body.endswith(t("funder.more_steps", "sv", count=30 - shown))


def test_the_command_writes_plain_text_only(runner, qs, team, tmp_path: Path) -> None:
    folder = tmp_path / "answers"
    folder.mkdir()
    for index, response in enumerate(["2", "3"]):
        answers.save_answers(
            folder / f"v{index}.yaml", make_answers(qs, {"q01": int(response)}, respondent_id=IDS[index]), qs
        )
    out = tmp_path / "rahoittajalle.txt"
    result = runner.invoke(app, ["report", str(folder), "--template", "funder", "-o", str(out), "--lang", "sv"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith(t("report.default_title", "sv", project="Nuorten ääni"))
    html = runner.invoke(app, ["report", str(folder), "--template", "funder", "-o", str(tmp_path / "x.html")])
    assert html.exit_code == 2
    assert t("funder.err_plain_text", "fi", suffix=".html") in html.stderr
    assert not (tmp_path / "x.html").exists()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_respondent_is_not_called_the_team(qs, make_team, lang: str) -> None:
    """One person's ratings go to a funder as one person's: no 'team's average' over one answer file."""
    doc = make_answers(qs, {q.id: index % 5 for index, q in enumerate(qs.questions)}, respondent_id=IDS[0])
    text = funder_text(build_report(make_team([doc]), qs, lang))
    assert t("funder.single", lang) in text
    assert t("funder.strengths_intro_single", lang) in text
    assert t("funder.development_intro_single", lang) in text
    assert t("funder.strengths_intro", lang) not in text
    assert t("funder.development_intro", lang) not in text


def test_a_team_keeps_the_team_wording(qs, team) -> None:
    text = funder_text(build_report(team, qs, "fi"))
    assert t("funder.single", "fi") not in text
    assert t("funder.strengths_intro", "fi") in text
