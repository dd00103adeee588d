"""How a change to an answers file already there is told, and what an update from an export without time columns
keeps (docs/import.md): every part of the message in the language asked for, a value of up to forty characters
shown whole and a longer one cut to forty, and the earlier file's times kept for what the update leaves as it was."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from osallisuus_cli.errors import DataError
from osallisuus_cli.i18n import t
from osallisuus_cli.importing.identity import Change, describe, kept_times
from osallisuus_cli.model.answers import parse_answers
from tests.conftest import make_answers

HELSINKI = ZoneInfo("Europe/Helsinki")
EARLIER = datetime(2026, 9, 1, 8, 0, tzinfo=HELSINKI)
LATER = datetime(2026, 11, 20, 15, 30, tzinfo=HELSINKI)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_part_of_the_told_changes_is_in_the_language_asked_for(lang: str) -> None:
    found = [
        Change("file"),
        Change("q01.level", None, "na"),
        Change("q02.level", "dont_know", 3),
        Change("q03.reason", "a", "b"),
        Change("q04.next_step", None, "c"),
        Change("q05.how", "d", None),
        Change("q06.level", 1, 2),
        Change("q07.level", 2, 1),
    ]
    assert describe(found, lang, limit=6).split("; ") == [
        t("importing.change_file", lang),
        f"q01: {t('importing.change_none', lang)} → {t('importing.change_na', lang)}",
        f"q02: {t('importing.change_dont_know', lang)} → 3",
        t("importing.change_text", lang, question="q03", field=t("importing.field_reason", lang)),
        t("importing.change_text", lang, question="q04", field=t("importing.field_next_step", lang)),
        t("importing.change_text", lang, question="q05", field=t("importing.field_how", lang)),
        t("importing.more_changes", lang, count=2),
    ]


def test_the_number_of_changes_told_by_name_can_be_chosen() -> None:
    found = [Change(f"q0{n}.level", 1, 2) for n in range(1, 5)]
    assert describe(found, "fi", limit=2).split("; ") == [
        "q01: 1 → 2",
        "q02: 1 → 2",
        t("importing.more_changes", "fi", count=2),
    ]
    assert describe(found, "fi", limit=4) == "q01: 1 → 2; q02: 1 → 2; q03: 1 → 2; q04: 1 → 2"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("x" * 40, "x" * 40),
        ("x" * 41, "x" * 39 + "…"),
        ("  kaksi   sanaa \n ja  rivi ", "kaksi sanaa ja rivi"),
        ("y" * 39 + "  z", "y" * 39 + "…"),  # its spaces made one before it is measured: 41 characters
    ],
    ids=["forty", "forty-one", "spaces", "forty-one-after-spaces"],
)
def test_a_value_of_up_to_forty_characters_is_shown_whole_and_a_longer_one_cut_to_forty(value, shown) -> None:
    assert describe([Change("respondent.role", value, None)], "en") == f"respondent.role: {shown} → (no answer)"


def test_a_person_field_that_changed_is_named_by_its_whole_path() -> None:
    told = describe([Change("project.name", "Nuorten ääni", "Nuorten ääni 2"), Change("language", "fi", "sv")], "sv")
    assert told == "project.name: Nuorten ääni → Nuorten ääni 2; language: fi → sv"


# --- an update from an export without time columns ------------------------------------------------------------------


def _kept(qs, there, planned):
    text = kept_times(there.to_yaml(qs).encode("utf-8"), planned.to_yaml(qs), qs, where="vastaukset/a.yaml")
    return parse_answers(text, qs, file="a.yaml")


def test_an_answer_whose_any_text_changed_takes_the_updates_time(qs) -> None:
    levels = {"q01": 2, "q02": 1, "q03": "na", "q04": 4, "q05": "dont_know"}
    there = make_answers(
        qs,
        levels,
        how={"q02": "Kerho"},
        reason={"q03": "syy", "q05": "ei tiedä"},
        next_step={"q04": "askel"},
        when=EARLIER,
    )
    planned = make_answers(
        qs,
        levels,
        how={"q02": "Kerho!"},
        reason={"q03": "syy", "q05": "en tiedä"},
        next_step={"q04": "toinen"},
        when=LATER,
    )
    kept = _kept(qs, there, planned)
    assert {qid: answer.updated for qid, answer in kept.answers.items()} == {
        "q01": EARLIER,
        "q02": LATER,
        "q03": EARLIER,
        "q04": LATER,
        "q05": LATER,
    }
    assert (kept.created, kept.updated) == (EARLIER, LATER)


def test_an_update_that_changes_no_answer_only_the_person_keeps_every_time(qs) -> None:
    there = make_answers(qs, {"q01": 2}, name="Aino", when=EARLIER)
    planned = make_answers(qs, {"q01": 2}, name="Aila", when=LATER)
    kept = _kept(qs, there, planned)
    assert (kept.created, kept.updated, kept.answers["q01"].updated) == (EARLIER, EARLIER, EARLIER)
    assert kept.respondent.name == "Aila"


def test_a_file_there_that_is_no_valid_answers_file_is_named_by_its_place(qs) -> None:
    planned = make_answers(qs, {"q01": 2}, when=LATER).to_yaml(qs)
    broken = planned.replace("level: 2", "level: 9").encode("utf-8")
    with pytest.raises(DataError) as refused:
        kept_times(broken, planned, qs, where="vastaukset/a.yaml")
    assert refused.value.problems[0].file == "vastaukset/a.yaml"
    with pytest.raises(DataError) as refused:
        kept_times(b"- a list\n", planned, qs, where="vastaukset/a.yaml")
    assert refused.value.file == "vastaukset/a.yaml"
    assert refused.value.params.get("what") == "team.what_answers"


@pytest.mark.parametrize(
    ("there", "key"),
    [(b"answers: [unclosed\n", "common.yaml_syntax"), (b"\tx: 1\n", "common.not_this_kind")],
    ids=["yaml-syntax", "no-yaml-of-this-tool"],
)
def test_a_file_there_that_is_no_yaml_of_an_answers_file_is_named_by_its_place_and_kind(qs, there, key) -> None:
    planned = make_answers(qs, {"q01": 2}, when=LATER).to_yaml(qs)
    with pytest.raises(DataError) as refused:
        kept_times(there, planned, qs, where="vastaukset/a.yaml")
    assert (refused.value.key, refused.value.file) == (key, "vastaukset/a.yaml")
    if key == "common.not_this_kind":
        assert refused.value.params == {"what": "team.what_answers"}
