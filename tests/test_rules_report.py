"""The team report's rules, each stated once: free texts in the order met until there are more than the cap, then
the most frequent first and every answer left out counted; how many questions to discuss counts all of them, not the
few listed; a mean between two levels is named by the lower one; the answering time runs from the first start."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from osallisuus_cli.i18n import t
from osallisuus_cli.reports.report import build_report, render
from osallisuus_cli.reports.report_model import TEXT_CAP, TOP
from osallisuus_cli.reports.scoring import DISPUTE_RANGE
from tests.conftest import make_answers

HELSINKI = ZoneInfo("Europe/Helsinki")


def _id(index: int) -> str:
    return f"{index:08d}-2222-4222-8222-222222222222"


def test_texts_up_to_the_cap_keep_the_order_they_were_met_in(qs, make_team) -> None:
    """Exactly ``TEXT_CAP`` distinct texts are all shown as met, even when the last one was written twice."""
    texts = [f"Tapa {index}" for index in range(TEXT_CAP)] + [f"Tapa {TEXT_CAP - 1}"]
    docs = [make_answers(qs, {"q01": 2}, respondent_id=_id(i), how={"q01": text}) for i, text in enumerate(texts)]
    how = build_report(make_team(docs), qs, "fi").sections[0].questions[0].how
    shown = [item.text for item in how]
    assert sorted(shown) == sorted(set(texts))
    assert how.more == 0
    counts = {item.text: item.count for item in how}
    assert counts[f"Tapa {TEXT_CAP - 1}"] == 2
    assert how[0].count == 1, "no reordering by frequency while every text is shown"


def test_every_answer_left_out_past_the_cap_is_counted_not_every_distinct_text(qs, make_team) -> None:
    distinct = TEXT_CAP + 2
    docs = [
        make_answers(qs, {"q01": 2}, respondent_id=_id(i), how={"q01": f"Tapa {i % distinct}"})
        for i in range(2 * distinct)
    ]
    report = build_report(make_team(docs), qs, "fi")
    how = report.sections[0].questions[0].how
    assert len(how) == TEXT_CAP
    assert how.more == 4, "two texts left out, each written twice"
    assert sum(item.count for item in how) + how.more == len(docs)
    assert t("portfolio.texts_more", "fi", count=4) in render(report, fmt="md")


def test_the_number_of_questions_to_discuss_counts_every_disputed_question(qs, make_team) -> None:
    """Two respondents a whole scale apart on every question: all of them are to be discussed, though only the
    ``TOP`` most disputed are listed."""
    low, high = qs.scale.minimum, qs.scale.maximum
    assert high - low >= DISPUTE_RANGE
    docs = [
        make_answers(qs, dict.fromkeys((q.id for q in qs.questions), level), respondent_id=_id(index))
        for index, level in enumerate([low, high])
    ]
    report = build_report(make_team(docs), qs, "en")
    assert len(report.disputed) == TOP
    assert report.disputed_count == len(qs.questions)
    figure = f"{len(qs.questions)} {t('report.kf_discuss.other', 'en')}"
    assert figure in render(report, fmt="md")


def test_a_mean_halfway_between_two_levels_is_named_by_the_lower_one(qs, make_team) -> None:
    section = qs.sections[0]
    levels = [qs.scale.levels[2].value, qs.scale.levels[3].value]
    docs = [
        make_answers(qs, {q.id: level for q in section.questions}, respondent_id=_id(index))
        for index, level in enumerate(levels)
    ]
    domain = build_report(make_team(docs), qs, "en").domains[0]
    assert domain.mean == (levels[0] + levels[1]) / 2
    assert domain.nearest_level == qs.text(qs.scale.levels[2].label, "en")


def test_the_answering_time_runs_from_the_first_start_to_the_last_save(qs, make_team) -> None:
    started = datetime(2026, 10, 1, 9, 0, tzinfo=HELSINKI)
    saved = datetime(2026, 11, 20, 9, 0, tzinfo=HELSINKI)
    doc = make_answers(qs, {"q01": 2}, when=started)
    doc.updated = saved
    report = build_report(make_team([doc]), qs, "fi")
    assert (report.first_date, report.last_date) == (started.date(), saved.date())


def test_a_domain_in_several_parts_is_described_over_all_its_parts(qs, make_team) -> None:
    """The Innokylä appendix's domain 2 is 2A and 2B together: rated low in one part and high in the other, its mean
    is over every question of both."""
    domain = next(d for d in qs.domains if len(d.sections) > 1)
    low, high = qs.scale.minimum, qs.scale.maximum
    levels = {q.id: (low if index == 0 else high) for index, s in enumerate(domain.sections) for q in s.questions}
    report = build_report(make_team([make_answers(qs, levels)]), qs, "fi")
    result = next(d for d in report.domains if d.id == domain.id)
    assert result.mean == sum(levels.values()) / len(levels)
    assert result.counts.answered == 1
    assert result.counts.possible == len(levels)


def test_a_blank_title_gives_the_projects_name(qs, make_team) -> None:
    report = build_report(make_team([make_answers(qs, {"q01": 2})]), qs, "sv", title="   ")
    assert report.title == t("report.default_title", "sv", project="Nuorten ääni").strip()


def test_a_projects_code_is_found_whichever_response_carries_it(qs, make_team) -> None:
    for coded in range(2):
        docs = []
        for index in range(2):
            doc = make_answers(qs, {"q01": 2}, respondent_id=_id(index))
            if index == coded:
                doc.project = doc.project.model_copy(update={"code": "ESR-123", "region": "Keski-Suomi"})
            docs.append(doc)
        (project,) = build_report(make_team(docs), qs, "fi").projects
        assert (project.code, project.region) == ("ESR-123", "Keski-Suomi"), coded
