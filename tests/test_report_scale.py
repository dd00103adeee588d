"""Big inputs stay small: free texts are capped per question (the most frequent first, the rest counted)."""

from __future__ import annotations

import pytest
from conftest import make_answers

from osallisuus_cli.i18n import t
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.reports.report import build_report, render
from osallisuus_cli.reports.report_model import TEXT_CAP


def test_free_texts_past_the_cap_show_the_most_frequent_and_count_the_rest(qs: QuestionSet, make_team) -> None:
    docs = []
    distinct = TEXT_CAP + 10
    for i in range(distinct + 5):
        text = f"Tapa {i % distinct}" if i < distinct else "Yleisin tapa"  # five people write the same answer
        docs.append(
            make_answers(
                qs,
                {"q01": 2},
                respondent_id=f"{i:08d}-3333-4333-8333-333333333333",
                how={"q01": text},
                next_step={"q01": f"Askel {i}"},
            )
        )
    report = build_report(make_team(docs), qs, "fi")
    how = report.sections[0].questions[0].how
    assert len(how) == TEXT_CAP
    assert how[0].text == "Yleisin tapa"
    assert how[0].count == 5
    assert how.more == distinct - (TEXT_CAP - 1)  # every answer left out is counted, one each here
    assert sum(item.count for item in how) + how.more == len(docs)
    actions = report.sections[0].actions
    assert actions.more == len(docs) - TEXT_CAP
    practices = report.domains[0].practices
    assert practices.more == how.more
    more = t("portfolio.texts_more", "fi", count=how.more)
    for fmt in ("md", "html"):
        assert more in render(report, fmt=fmt)
        assert more in render(report, fmt=fmt, template="innokyla")
    again = build_report(make_team(list(reversed(docs))), qs, "fi")
    assert render(again, fmt="html") == render(report, fmt="html")


def test_under_the_cap_every_text_is_shown_in_team_order(qs: QuestionSet, make_team) -> None:
    docs = [
        make_answers(qs, {"q01": 1}, respondent_id=f"{i:08d}-4444-4444-8444-444444444444", how={"q01": f"T{i}"})
        for i in range(3)
    ]
    how = build_report(make_team(docs), qs, "en").sections[0].questions[0].how
    assert [item.text for item in how] == ["T0", "T1", "T2"]
    assert how.more == 0


def test_a_large_team_file_is_read_response_by_response_with_the_same_result(
    qs: QuestionSet, make_team, tmp_path, monkeypatch
) -> None:
    from conftest import hostile_payloads, read_team

    from osallisuus_cli.errors import DataError
    from osallisuus_cli.model import team as team_mod
    from osallisuus_cli.model import teamread

    docs = [
        make_answers(
            qs,
            {q.id: (i + n) % 5 for n, q in enumerate(qs.questions)},
            respondent_id=f"{i:08d}-5555-4555-8555-555555555555",
            how={"q02": text, "q05": "Yhteinen tapa"},
            next_step={"q03": text},
        )
        for i, text in enumerate(hostile_payloads().values())
    ]
    path = tmp_path / "tiimi.yaml"
    team_mod.save_team(path, make_team(docs), qs)
    usual = read_team(path, qs)
    monkeypatch.setattr(teamread, "STREAM_FROM", 0)
    streamed = teamread.stream_team(path.read_bytes(), qs, file=str(path))
    assert streamed is not None
    assert streamed == usual
    assert team_mod.dump_team(streamed, qs) == path.read_text(encoding="utf-8")
    # a problem anywhere: the file is read the usual way, so every message names its line
    broken = tmp_path / "rikki.yaml"
    broken.write_text(path.read_text(encoding="utf-8").replace("level: 3", "level: 7", 1), encoding="utf-8")
    assert teamread.stream_team(broken.read_bytes(), qs, file=str(broken)) is None
    with pytest.raises(DataError) as caught:
        read_team(broken, qs)
    assert caught.value.problems[0].line is not None
