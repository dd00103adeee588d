"""What importing an export again would change in an answers file already there, and how the change is told: only
what a person answered counts (never the times), a file that is no answers file is one change, and the message
names each change in the user's language, the first six of them and how many more."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from osallisuus_cli.i18n import t
from osallisuus_cli.importing.identity import Change, changes, describe
from tests.conftest import make_answers

LATER = datetime(2026, 11, 20, 15, 30, tzinfo=ZoneInfo("Europe/Helsinki"))


def text(qs, levels, **fields) -> str:
    return make_answers(qs, levels, **fields).to_yaml(qs)


def test_the_same_answers_at_other_times_are_no_change(qs):
    before = text(qs, {"q01": 2, "q02": "na"})
    after = text(qs, {"q01": 2, "q02": "na"}, when=LATER)
    assert before != after, "the two files differ in their times"
    assert changes(before.encode("utf-8"), after) == []


def test_each_answered_field_that_differs_is_one_change_with_its_old_and_new_value(qs):
    before = text(qs, {"q01": 2, "q02": 1, "q03": 4}, how={"q02": "Kahvila"}, phase="toteutus")
    after = text(qs, {"q01": 3, "q02": 1, "q04": 0}, how={"q02": "Kerho"}, phase="arviointi", when=LATER)
    assert changes(before.encode("utf-8"), after) == [
        Change("project.phase", "toteutus", "arviointi"),
        Change("q01.level", 2, 3),
        Change("q02.how", "Kahvila", "Kerho"),
        Change("q04.level", None, 0),  # answered now, not before: the new answers first, in the new file's order
        Change("q03.level", 4, None),  # answered before, not now
    ]


def test_a_changed_name_or_language_is_a_change_of_the_person(qs):
    before = text(qs, {"q01": 2}, name="Aino", language="fi")
    after = text(qs, {"q01": 2}, name="Aila", language="sv")
    assert changes(before.encode("utf-8"), after) == [
        Change("respondent.name", "Aino", "Aila"),
        Change("language", "fi", "sv"),
    ]


@pytest.mark.parametrize(
    "there",
    [b"\xff\xfe not text", b"answers: [unclosed\n", b"- a list\n- of lines\n", b"format: x\nanswers: 3\n", b"x: 1\n"],
    ids=["not-utf8", "not-yaml", "a-list", "answers-not-a-mapping", "no-answers"],
)
def test_a_file_there_that_is_no_answers_file_is_one_change_of_the_whole_file(qs, there):
    assert changes(there, text(qs, {"q01": 2})) == [Change("file")]


def test_the_changes_are_told_in_the_users_language(qs):
    found = [
        Change("file"),
        Change("q03.level", 2, 3),
        Change("q05.level", None, "na"),
        Change("q06.level", "dont_know", None),
        Change("project.phase", "toteutus", "arviointi"),
        Change("q07.how", "a", "b"),
    ]
    for lang in ("fi", "sv", "en"):
        assert describe(found, lang).split("; ") == [
            t("importing.change_file", lang),
            "q03: 2 → 3",
            f"q05: {t('importing.change_none', lang)} → {t('importing.change_na', lang)}",
            f"q06: {t('importing.change_dont_know', lang)} → {t('importing.change_none', lang)}",
            "project.phase: toteutus → arviointi",
            t("importing.change_text", lang, question="q07", field=t("importing.field_how", lang)),
        ]


@pytest.mark.parametrize("count", [6, 7, 9])
def test_six_changes_are_told_and_the_rest_counted(count):
    found = [Change(f"q{number:02}.level", 1, 2) for number in range(1, count + 1)]
    parts = describe(found, "en").split("; ")
    assert parts[:6] == [f"q{number:02}: 1 → 2" for number in range(1, 7)]
    assert parts[6:] == ([t("importing.more_changes", "en", count=count - 6)] if count > 6 else [])


def test_a_long_value_is_shortened_to_forty_characters_on_one_line():
    forty = "x" * 40
    told = describe([Change("respondent.role", forty, "y" * 30 + "\n" + "z" * 20)], "en")
    assert told == f"respondent.role: {forty} → {'y' * 30} {'z' * 8}…"
    assert len(told.split(" → ")[1]) == 40


def test_an_update_without_time_columns_keeps_the_files_start_and_each_unchanged_answers_time(qs):
    from osallisuus_cli.importing.identity import kept_times
    from osallisuus_cli.model.answers import parse_answers

    earlier = datetime(2026, 9, 1, 8, 0, tzinfo=ZoneInfo("Europe/Helsinki"))
    there = make_answers(qs, {"q01": 2, "q02": 1}, when=earlier)
    planned = make_answers(qs, {"q01": 3, "q02": 1}, when=LATER)  # the export file's time on every answer
    kept = parse_answers(
        kept_times(there.to_yaml(qs).encode("utf-8"), planned.to_yaml(qs), qs, where="a.yaml"), qs, file="a.yaml"
    )
    assert kept.created == earlier, "the file's start is the earlier file's"
    assert kept.answers["q02"].updated == earlier, "an answer the update leaves as it was keeps its time"
    assert kept.answers["q01"].updated == LATER
    assert kept.updated == LATER, "the file's update is its latest answer's"
