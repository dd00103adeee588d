"""A workshop in every output besides the report: the summary, the Innokylä appendix (Markdown and HTML), the text
for a funder's form and the portfolio each say that a workshop was held and what it gave, in their own words, with
the numbers a hand count of the ratings gives."""

from __future__ import annotations

import html
import re
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import format_date, t, tn
from osallisuus_cli.model.workshop import level_order, load_workshop
from osallisuus_cli.questionsets.framework import QuestionSet
from tests.conftest import make_answers, write_answers
from tests.test_workshop_report import NOTES, PHONES, ROOM, hand_count, run_workshop

LANGS = ("fi", "sv", "en")
PLANNED = 7  # section 1
# by hand: q01 rated 1 … 4 (two or more levels apart); q02 2 … 3 and one "na" from the room; q03 0 … 1
RATINGS = sum(len(PHONES[qid]) + sum(ROOM[qid].values()) for qid in PHONES)  # 5 + 6 + 2
PARTICIPANTS = 6  # five phones, and one more in the room on q02
APART = [1]  # question numbers whose ratings were two or more levels apart


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from osallisuus_cli.questionsets.reading import load_question_set

    qs = load_question_set()
    answers = tmp_path_factory.mktemp("outputs") / "answers"
    answers.mkdir()
    for index, level in enumerate([2, 3, 3]):
        doc = make_answers(qs, {q.id: level for q in qs.questions}, name=None, respondent_id=str(uuid.uuid4()))
        write_answers(answers / f"vastaaja-{index}.yaml", doc, qs)
    run_workshop(answers / "tyopaja.yaml", qs)
    return answers


def render(folder: Path, template: str, lang: str, fmt: str = "md") -> str:
    target = folder.parent / f"{template}-{lang}.{fmt}"
    args = ["report", str(folder), "--template", template, "--lang", lang, "-o", str(target), "--force"]
    if template != "funder":
        args += ["--format", fmt]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    if fmt == "html":  # what a reader sees: the page's text without its markup
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return text


def held(folder: Path, lang: str) -> str:
    created = load_workshop(folder / "tyopaja.yaml", _qs()).created.date()
    return format_date(created, lang)


def _qs() -> QuestionSet:
    from osallisuus_cli.questionsets.reading import load_question_set

    return load_question_set()


def distribution(qid: str, lang: str) -> str:
    """A question's ratings as the summary writes them: every level someone chose, with how many chose it."""
    qs = _qs()
    counts = hand_count(qid)
    return " · ".join(
        f"{level if isinstance(level, int) else qs.level_label(level, lang)}: {counts[level]}"
        for level in sorted(counts, key=level_order)
        if counts[level]
    )


@pytest.mark.parametrize("lang", LANGS)
def test_the_summary_gives_each_workshop_a_line_and_a_small_table(folder: Path, lang: str) -> None:
    text = render(folder, "summary", lang)
    part = text[text.index(f"## {t('workshop.r_heading', lang)}") : text.index(f"## {t('report.h_method', lang)}")]
    line = t(
        "workshop.s_line",
        lang,
        participants=tn("workshop.r_participants", PARTICIPANTS, lang),
        done=len(PHONES),
        planned=PLANNED,
        ratings=tn("workshop.s_ratings", RATINGS, lang),
    )
    assert line in part
    assert tn("workshop.s_disagreements", len(APART), lang, numbers="1") in part
    assert f"| 1 | 5 | {distribution('q01', lang)} | Seuraava askel q01 |" in part
    assert f"| 2 | 6 | {distribution('q02', lang)} | Seuraava askel q02 |" in part
    assert f"| 3 | 2 | {t('workshop.s_spread', lang, low=0, high=1, min=3)} | – |" in part  # below min_group
    assert NOTES["q01"] not in part  # the practice texts are the full report's, the summary stays short
    assert "####" not in part


@pytest.mark.parametrize(("lang", "fmt"), [(lang, fmt) for lang in LANGS for fmt in ("md", "html")])
def test_the_innokyla_appendix_says_what_the_workshop_wrote_down_by_domain(folder: Path, lang: str, fmt: str) -> None:
    text = render(folder, "innokyla", lang, fmt)
    part = text[text.index(t("workshop.r_heading", lang), text.index(t("report.innokyla_practices", lang))) :]
    participants = tn("workshop.r_participants", PARTICIPANTS, lang)
    date = held(folder, lang)
    assert t("workshop.i_held", lang, date=date, participants=participants, done=len(PHONES), planned=PLANNED) in part
    assert t("workshop.i_apart", lang) in part
    domain = _qs().domains[0]
    assert f"{domain.id} {_qs().text(domain.title, lang)}" in part
    for qid, number in (("q01", 1), ("q02", 2)):
        item = f"{NOTES[qid]} ({t('workshop.i_ref', lang, number=number, date=date)})"
        assert item in part.replace("\\.", ".")  # Markdown escapes a full stop that could start a list
        assert f"Seuraava askel {qid}" in part


@pytest.mark.parametrize("lang", LANGS)
def test_the_funders_text_has_a_workshop_block_that_fits_the_form(folder: Path, lang: str) -> None:
    text = render(folder, "funder", lang, "txt")
    title = t("workshop.fd_heading", lang)
    block = text[text.index(f"=== {title}") :]
    block = block[block.index("\n") + 1 : block.index("\n===")].strip()
    expected = t(
        "workshop.fd_held",
        lang,
        date=held(folder, lang),
        participants=tn("workshop.r_participants", PARTICIPANTS, lang),
        done=len(PHONES),
        planned=PLANNED,
        ratings=tn("workshop.s_ratings", RATINGS, lang),
    )
    assert block.startswith(expected + " " + tn("workshop.s_disagreements", 1, lang, numbers="1"))
    assert t("workshop.fd_method", lang) in block
    steps = block[block.index(t("workshop.fd_steps_intro", lang)) :].splitlines()[1:]
    refs = [t("report.question_ref", lang, number=number).capitalize() for number in (1, 2)]
    assert steps == [f"– {refs[0]}: Seuraava askel q01", f"– {refs[1]}: Seuraava askel q02"]
    assert len(block) <= 1000
    assert "**" not in block  # plain text, to paste


@pytest.mark.parametrize(("lang", "fmt"), [(lang, fmt) for lang in LANGS for fmt in ("md", "html")])
def test_the_portfolio_lists_the_workshop_apart_from_the_respondents(folder: Path, lang: str, fmt: str) -> None:
    text = render(folder, "portfolio", lang, fmt)
    part = text[text.index(t("workshop.pf_intro", lang)) :]
    phase = t("team.phase.toteutus", lang)
    figures = [PARTICIPANTS, f"{len(PHONES)}/{PLANNED}", RATINGS, len(APART), len(NOTES)]
    if fmt == "md":
        row = f"| Nuorten ääni | {held(folder, lang)} | {phase} | " + " | ".join(map(str, figures)) + " |"
        assert row in part
    else:
        assert "Nuorten ääni" + held(folder, lang) + phase + "".join(map(str, figures)) in part.replace("\n", "")
    assert f"{t('workshop.r_took_part', lang).lower()}: {PARTICIPANTS}" in text  # among the key facts


@pytest.fixture(scope="module")
def workshop_only(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A team that held a workshop and has no answers files of its own."""
    answers = tmp_path_factory.mktemp("workshop-only") / "answers"
    answers.mkdir()
    run_workshop(answers / "tyopaja.yaml", _qs())
    return answers


def _block(text: str, title: str) -> str:
    block = text[text.index(f"=== {title} (") :]
    block = block[block.index("\n") + 1 :]
    return block[: block.index("\n===")].strip() if "\n===" in block else block.strip()


@pytest.mark.parametrize("lang", LANGS)
def test_the_funders_text_of_a_workshop_alone_says_the_figures_rest_on_the_workshop(
    workshop_only: Path, lang: str
) -> None:
    text = render(workshop_only, "funder", lang, "txt")
    answered = _block(text, t("funder.h_answered", lang))
    took_part = t("workshop.r_title", lang, date=held(workshop_only, lang), project="Nuorten ääni")
    assert answered.splitlines() == [
        t("funder.collected_workshop", lang),
        f"{took_part}: {tn('workshop.r_participants', PARTICIPANTS, lang)}.",
    ]
    assert t("funder.collected", lang) not in text  # no one's own answers to rest on
    assert _block(text, t("funder.h_assessed", lang)).startswith(t("funder.assessed_text_workshop", lang)[:40])
    workshop = _block(text, t("workshop.fd_heading", lang))
    assert t("workshop.fd_method_alone", lang) in workshop
    assert t("workshop.fd_method", lang) not in workshop  # there are no respondents' figures above
    pointer = t("funder.workshop_only", lang, heading=t("workshop.fd_heading", lang))
    for title in (t("report.h_strengths", lang), t("report.h_development", lang), t("funder.h_steps", lang)):
        assert _block(text, title) == pointer


@pytest.mark.parametrize("lang", LANGS)
def test_the_funders_text_with_answers_and_a_workshop_rests_on_the_answers(folder: Path, lang: str) -> None:
    text = render(folder, "funder", lang, "txt")
    assert _block(text, t("funder.h_answered", lang)).startswith(t("funder.collected", lang))
    assert t("funder.collected_workshop", lang) not in text
    assert t("workshop.fd_method", lang) in text
