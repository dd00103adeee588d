"""The rules of the text for a funder's form, each stated once: a block never longer than the 1000 characters
docs/workshop.md promises, figures that say how many rated of how many answered, the same answer counted, dates an
anonymized team keeps only as months, a small group's steps not shown, several projects' respondents by project."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from osallisuus_cli.i18n import LANGUAGES, format_date, format_month, format_number, t
from osallisuus_cli.reports.funder import funder_blocks, funder_text
from osallisuus_cli.reports.report import build_report
from tests.conftest import make_answers

HELSINKI = ZoneInfo("Europe/Helsinki")
DOCUMENTED_LIMIT = 1000  # docs/workshop.md: "enintään 1000 merkkiä"


def _id(index: int) -> str:
    return f"{index:08d}-1111-4111-8111-111111111111"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_text_names_the_documented_limit_of_a_block(qs, make_team, lang: str) -> None:
    report = build_report(make_team([make_answers(qs, {"q01": 2})]), qs, lang)
    limit = format_number(DOCUMENTED_LIMIT, lang, 0)
    assert t("funder.intro", lang, limit=limit) in funder_text(report)


def test_no_block_is_longer_than_the_documented_limit_whatever_the_length_of_the_lines(qs, make_team) -> None:
    """The last line kept and the '… and N more' line together still fit: tried at every line length that puts
    the cut in a different place."""
    for extra in range(0, 60, 3):
        docs = [
            make_answers(qs, {"q01": 2}, respondent_id=_id(index), next_step={"q01": f"{index} " + "x" * (40 + extra)})
            for index in range(40)
        ]
        steps = funder_blocks(build_report(make_team(docs), qs, "fi"))[-1]
        assert len(steps.body) <= DOCUMENTED_LIMIT, extra
        assert steps.body.count("\n– ") < 40, "the list was cut"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_question_says_how_many_rated_it_of_how_many_answered(qs, make_team, lang: str) -> None:
    """q01 is rated 4 by two of three respondents (the third does not know): the strength says 2 of 3."""
    levels = [{"q01": 4, "q02": 1}, {"q01": 4, "q02": 1}, {"q01": "dont_know", "q02": 1}]
    docs = [make_answers(qs, given, respondent_id=_id(index)) for index, given in enumerate(levels)]
    text = funder_text(build_report(make_team(docs), qs, lang))
    figures = t("funder.question_figures", lang, mean=format_number(4.0, lang), n=2, total=3)
    assert figures in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_same_step_written_by_several_respondents_says_how_many(qs, make_team, lang: str) -> None:
    docs = [
        make_answers(qs, {"q01": 2}, respondent_id=_id(index), next_step={"q01": "Kutsutaan naapurit."})
        for index in range(2)
    ]
    steps = funder_blocks(build_report(make_team(docs), qs, lang))[-1].body
    assert f"– Kutsutaan naapurit. {t('report.times', lang, count=2)}" in steps.splitlines()


@pytest.mark.parametrize("anonymized", [False, True])
def test_an_anonymized_team_gives_months_only(qs, make_team, anonymized: bool) -> None:
    when = datetime(2026, 11, 17, 10, 0, tzinfo=HELSINKI)
    docs = [make_answers(qs, {"q01": 2}, respondent_id=_id(index), when=when) for index in range(2)]
    answered = funder_blocks(build_report(make_team(docs, anonymized=anonymized), qs, "fi"))[1].body
    day, month = format_date(when, "fi"), format_month(when, "fi")
    if anonymized:
        assert month in answered
        assert day not in answered
    else:
        assert day in answered


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_small_group_shows_no_next_steps_and_says_why(qs, make_team, lang: str) -> None:
    docs = [make_answers(qs, {"q01": 2}, respondent_id=_id(index), next_step={"q01": "Askel"}) for index in range(2)]
    steps = funder_blocks(build_report(make_team(docs), qs, lang, min_group=3))[-1]
    assert steps.title == t("funder.h_steps", lang)
    assert steps.body == t("funder.none_shown", lang, min=3)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_several_projects_say_whose_respondents_are_whose(qs, make_team, lang: str) -> None:
    docs = [
        make_answers(qs, {"q01": 2}, respondent_id=_id(index), project=project)
        for index, project in enumerate(["Kylätalo", "Kylätalo", "Nuorten ääni"])
    ]
    answered = funder_blocks(build_report(make_team(docs), qs, lang))[1].body.splitlines()
    phase = t("team.phase_in.toteutus", lang)
    assert f"Kylätalo: {t('funder.respondents_in', lang, count=2, phase=phase)}" in answered
    assert f"Nuorten ääni: {t('funder.respondents_in', lang, count=1, phase=phase)}" in answered


def test_answers_of_one_day_give_that_day_and_of_several_days_the_range(qs, make_team) -> None:
    first = datetime(2026, 11, 2, 10, 0, tzinfo=HELSINKI)
    later = datetime(2026, 11, 9, 10, 0, tzinfo=HELSINKI)
    one_day = [make_answers(qs, {"q01": 2}, respondent_id=_id(index), when=first) for index in range(2)]
    answered = funder_blocks(build_report(make_team(one_day), qs, "fi"))[1].body
    assert f"{t('report.dates', 'fi')}: {format_date(first, 'fi')}." in answered.splitlines()
    two_days = [
        make_answers(qs, {"q01": 2}, respondent_id=_id(index), when=when) for index, when in enumerate([first, later])
    ]
    answered = funder_blocks(build_report(make_team(two_days), qs, "fi"))[1].body
    span = t("report.date_range", "fi", first=format_date(first, "fi"), last=format_date(later, "fi"))
    assert f"{t('report.dates', 'fi')}: {span}." in answered.splitlines()


def test_an_anonymized_teams_workshops_are_dated_by_month_only(qs, make_team) -> None:
    from osallisuus_cli.model.answers import FrameworkRef, Project
    from osallisuus_cli.model.team import Provenance, TeamWorkshop
    from osallisuus_cli.model.workshop import QuestionResult, WorkshopFile

    held = datetime(2026, 11, 17, 10, 0, tzinfo=HELSINKI)
    qid = qs.questions[0].id
    workshop = WorkshopFile(
        format="osallisuus/workshop/v1",
        framework=FrameworkRef(id=qs.id, version=qs.version),
        project=Project(name="Nuorten ääni", phase="toteutus"),
        language="fi",
        created=held,
        updated=held,
        min_group=3,
        participants=4,
        plan=[qid],
        results={qid: QuestionResult(phones=4, room=0, counts={2: 4}, revealed=held)},
    )
    docs = [make_answers(qs, {"q01": 2}, respondent_id=_id(index)) for index in range(3)]
    for anonymized in (False, True):
        team = make_team(docs, anonymized=anonymized)
        team.workshops = [TeamWorkshop(workshop, Provenance(None, "a" * 64))]
        block = funder_blocks(build_report(team, qs, "fi"))[2]
        assert block.title == t("workshop.fd_heading", "fi")
        assert (format_date(held, "fi") in block.body) is not anonymized
        assert (format_month(held, "fi") in block.body) is anonymized
