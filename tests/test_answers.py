"""The answers file: round trip, readable YAML, and validation against the question set."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from osallisuus_cli.errors import DataError
from osallisuus_cli.files import yamlemit
from osallisuus_cli.model import answers
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.questionsets.reading import load_question_set
from tests.conftest import make_answers, write_answers


def test_round_trip_keeps_everything(qs: QuestionSet, tmp_path: Path) -> None:
    doc = make_answers(
        qs,
        {"q01": 3, "q02": "na", "q24": "dont_know"},
        how={"q01": "Matalan kynnyksen kahvila.\nMukana myös iltaisin."},
        next_step={"q01": 'Kysytään kävijöiltä "mitä toivotte".'},
    )
    path = write_answers(tmp_path / "aino.yaml", doc, qs)
    loaded = answers.load_answers(path, qs)
    assert loaded == doc
    assert answers.unanswered(loaded, qs)[:2] == ["q03", "q04"]


def test_the_file_is_readable_yaml_in_the_documented_order(qs: QuestionSet, tmp_path: Path) -> None:
    doc = make_answers(qs, {"q24": 4, "q01": 3}, how={"q01": "Kävijät suunnittelevat ohjelman.\nJoka kuukausi."})
    text = write_answers(tmp_path / "a.yaml", doc, qs).read_text(encoding="utf-8")
    keys = [line.split(":")[0] for line in text.splitlines() if line and not line.startswith(" ")]
    assert keys == ["format", "framework", "respondent", "project", "language", "created", "updated", "answers"]
    assert text.index("q01:") < text.index("q24:"), "answers follow the question order"
    assert "Kävijät suunnittelevat" in text, "letters are not escaped"
    assert "how: |-\n      Kävijät suunnittelevat ohjelman.\n      Joka kuukausi.\n" in text, "a block"
    assert 'created: "2026-11-02T10:00:00+02:00"' in text


def test_a_new_file_records_framework_and_a_respondent_uuid(qs: QuestionSet) -> None:
    doc = answers.new_answers(qs, project=answers.Project(name="Kylätalo", phase="suunnittelu"), language="sv")
    assert (doc.framework.id, doc.framework.version) == (qs.id, qs.version)
    assert len(doc.respondent.id) == 36
    assert doc.created.utcoffset() is not None


def problems(qs: QuestionSet, text: str) -> list[str]:
    with pytest.raises(DataError) as info:
        answers.parse_answers(text, qs, file="a.yaml")
    return info.value.lines("en")


VALID = """\
format: osallisuus/answers/v1
framework: {id: thl-osallisuus-24, version: "1.0"}
respondent: {id: r1}
project: {name: Kylätalo, phase: toteutus}
language: fi
created: 2026-11-02T10:00:00+02:00
updated: 2026-11-02T10:00:00+02:00
answers:
  q01: {level: 3}
"""


def test_the_minimal_documented_file_is_valid(qs: QuestionSet) -> None:
    doc = answers.parse_answers(VALID, qs, file="a.yaml")
    assert doc.answers["q01"].level == 3


def test_unknown_key_names_file_line_and_field(qs: QuestionSet) -> None:
    text = VALID.replace("  q01: {level: 3}", "  q01: {level: 3, hwo: typo}")
    assert problems(qs, text) == ["a.yaml:9: answers.q01.hwo: unknown field — remove it or check the spelling"]


def test_level_out_of_the_scale(qs: QuestionSet) -> None:
    text = VALID.replace("level: 3", "level: 7")
    assert problems(qs, text) == [
        "a.yaml:9: answers.q01.level: value 7 is not valid — allowed: 0, 1, 2, 3, 4, na, dont_know"
    ]


def test_level_of_the_wrong_type(qs: QuestionSet) -> None:
    (line,) = problems(qs, VALID.replace("level: 3", 'level: "3"'))
    assert line.startswith("a.yaml:9: answers.q01.level: ")


def test_unknown_question(qs: QuestionSet) -> None:
    (line,) = problems(qs, VALID.replace("  q01:", "  q99:"))
    assert line.startswith("a.yaml:9: answers.q99: question 'q99' is not in the question set")


def test_missing_fields_are_all_listed(qs: QuestionSet) -> None:
    text = VALID.replace("project: {name: Kylätalo, phase: toteutus}\n", "").replace("language: fi\n", "")
    lines = problems(qs, text)
    assert [line.split(": ")[1] for line in lines] == ["project", "language"]


def test_another_framework_version_is_refused_clearly(qs: QuestionSet) -> None:
    (line,) = problems(qs, VALID.replace('version: "1.0"', 'version: "0.9"'))
    assert line.startswith("a.yaml:2: framework.version: the answers are for version 0.9 of thl-osallisuus-24")


def test_a_team_file_is_recognised(qs: QuestionSet) -> None:
    (line,) = problems(qs, "format: osallisuus/team/v1\nresponses: []\n")
    assert "this is a team file" in line


@pytest.mark.parametrize(
    "value", ["[osallisuus/answers/v1]", "{id: osallisuus/answers/v1}", "3", "osallisuus/answers/v2"]
)
def test_a_format_that_is_not_the_answers_format_is_one_clear_line(qs: QuestionSet, value: str) -> None:
    (line,) = problems(qs, VALID.replace("format: osallisuus/answers/v1", f"format: {value}"))
    assert line.startswith("a.yaml:1: format: ")
    assert "osallisuus/answers/v1" in line


def test_a_list_is_not_an_answers_file(qs: QuestionSet) -> None:
    (line,) = problems(qs, "- q01\n- q02\n")
    assert line == "a.yaml: the file should hold keys and values but holds a list — is this an answer file?"


def test_timestamps_need_an_offset(qs: QuestionSet) -> None:
    (line,) = problems(qs, VALID.replace("created: 2026-11-02T10:00:00+02:00", "created: 2026-11-02T10:00:00"))
    assert line.startswith("a.yaml:6: created: ")


def test_messages_follow_the_language(qs: QuestionSet) -> None:
    with pytest.raises(DataError) as info:
        answers.parse_answers(VALID.replace("level: 3", "level: 7"), qs, file="a.yaml")
    assert "sallitut: 0, 1, 2, 3, 4, na, dont_know" in info.value.lines("fi")[0]
    assert "tillåtna: 0, 1, 2, 3, 4, na, dont_know" in info.value.lines("sv")[0]


@pytest.mark.parametrize(
    ("created", "refused"),
    [
        ("0001-01-01T00:30:00+01:00", True),  # before the year 1 in UTC
        ("0001-01-01T00:30:00-01:00", False),
        ("0002-01-01T00:30:00+01:00", False),
        ("9999-12-31T23:30:00+01:00", False),
        ("9999-12-31T23:30:00-01:00", True),  # past the year 9999 in UTC
    ],
)
def test_a_time_is_refused_only_where_it_leaves_the_years_in_utc(qs: QuestionSet, created: str, refused: bool) -> None:
    text = VALID.replace("created: 2026-11-02T10:00:00+02:00", f"created: {created}")
    if refused:
        (line,) = problems(qs, text)
        assert line.startswith("a.yaml:6: created: ")
    else:
        assert answers.parse_answers(text, qs, file="a.yaml").created == datetime.fromisoformat(created)


def located(lines: list[str]) -> list[tuple[str, str]]:
    """('9', 'answers.q01.level') for each 'a.yaml:9: answers.q01.level: …' line."""
    found = []
    for line in lines:
        where, path = line.split(": ")[:2]
        found.append((where.rsplit(":", 1)[1], path))
    return found


def test_every_problem_at_once_when_the_schema_check_fails_too(qs: QuestionSet) -> None:
    """A misspelt key stops the schema check; the levels off the scale and the unknown ids are still listed,
    each at its own line, and none twice."""
    text = VALID.replace("language: fi\n", "language: fi\nextra: 1\n").replace(
        "  q01: {level: 3}\n", "  q01: {level: 7}\n  q99: {level: 2}\n  q03: {level: 9, hwo: typo}\n  q04: {level: 2}\n"
    )
    assert located(problems(qs, text)) == [
        ("6", "extra"),
        ("10", "answers.q01.level"),
        ("11", "answers.q99"),
        ("12", "answers.q03.hwo"),
        ("12", "answers.q03.level"),
    ]


def test_a_reason_is_written_and_read_back(qs: QuestionSet, tmp_path: Path) -> None:
    doc = make_answers(qs, {"q02": "na", "q03": "dont_know"}, reason={"q02": "Ei lapsia toiminnassa"})
    path = write_answers(tmp_path / "a.yaml", doc, qs)
    assert "    reason: Ei lapsia toiminnassa\n" in path.read_text(encoding="utf-8")
    assert answers.load_answers(path, qs).answers["q02"].reason == "Ei lapsia toiminnassa"


def test_another_format_names_what_the_file_says(qs: QuestionSet) -> None:
    (line,) = problems(qs, VALID.replace("format: osallisuus/answers/v1", "format: osallisuus/answers/v2"))
    assert "'osallisuus/answers/v2'" in line


def test_another_question_set_is_named_at_its_id(qs: QuestionSet) -> None:
    (line,) = problems(qs, VALID.replace("id: thl-osallisuus-24", "id: muu-sarja"))
    assert line.startswith("a.yaml:2: framework.id: ")
    assert "muu-sarja" in line


# Text that every way of writing a YAML scalar meets: plain words, words YAML would read as something else, quotes,
# colons, blocks with empty and indented lines, line separators, a time's spelling.
PIECES = ["a", "Ä", " ", "\n", ":", "#", '"', "'", "-", "\u2028", "\x85", "yes", "1.0", "null", "2026-11-02T10:00:00"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
OPTIONAL = st.one_of(st.none(), TEXT)
MOMENT = st.builds(
    lambda minutes, hours: datetime(2026, 11, 2, tzinfo=timezone(timedelta(hours=hours))) + timedelta(minutes=minutes),
    st.integers(0, 10_000),
    st.integers(-12, 14),
)
ANSWER = st.builds(
    answers.Answer.model_construct,
    level=st.one_of(st.integers(-3, 9), st.sampled_from(["na", "dont_know"]), TEXT),
    reason=OPTIONAL,
    how=OPTIONAL,
    next_step=OPTIONAL,
    unfinished=st.one_of(st.none(), st.lists(st.sampled_from(["reason", "how", "next_step"]), max_size=3)),
    updated=st.one_of(st.none(), MOMENT),
)
QUESTION_IDS = [q.id for q in load_question_set().questions]


@settings(max_examples=200)
@given(
    respondent=st.builds(answers.Respondent.model_construct, id=TEXT, name=OPTIONAL, role=OPTIONAL),
    project=st.builds(
        answers.Project.model_construct,
        name=TEXT,
        code=OPTIONAL,
        organisation=OPTIONAL,
        region=OPTIONAL,
        phase=st.sampled_from(answers.PHASES),
    ),
    created=MOMENT,
    updated=MOMENT,
    given_answers=st.dictionaries(st.one_of(st.sampled_from(QUESTION_IDS), TEXT), ANSWER, max_size=6),
    with_set=st.booleans(),
)
def test_the_written_file_is_what_the_generic_writer_makes_of_its_data(
    respondent, project, created, updated, given_answers, with_set
) -> None:
    """``to_yaml`` is written out by hand for speed; it must give exactly the text of ``emit(to_data())``."""
    qs = load_question_set() if with_set else None
    doc = answers.AnswersFile.model_construct(
        format=answers.FORMAT,
        framework=answers.FrameworkRef.model_construct(id="thl-osallisuus-24", version="1.0"),
        respondent=respondent,
        project=project,
        language="fi",
        created=created,
        updated=updated,
        answers=given_answers,
    )
    assert doc.to_yaml(qs) == yamlemit.emit(doc.to_data(qs))


def test_answer_times_at_one_moment_keep_each_its_own_offset(qs: QuestionSet) -> None:
    """The same moment written with another offset, or on the other side of a clock change, is its own text."""
    from zoneinfo import ZoneInfo

    helsinki = ZoneInfo("Europe/Helsinki")
    summer = datetime(2026, 10, 25, 3, 30, tzinfo=helsinki)  # the hour that comes twice: first in summer time
    winter = summer.replace(fold=1)
    moments = {
        "q01": summer,
        "q02": winter,  # equal to the one before as Python compares them, an hour later in fact
        "q03": summer.astimezone(UTC),
        "q04": summer,
    }
    doc = make_answers(qs, dict.fromkeys(moments, 2), when=summer)
    for qid, moment in moments.items():
        doc.answers[qid].updated = moment
    text = doc.to_yaml(qs)
    assert text == yamlemit.emit(doc.to_data(qs))
    stamps = [line.split(": ", 1)[1] for line in text.splitlines() if line.startswith("    updated: ")]
    assert stamps == [
        '"2026-10-25T03:30:00+03:00"',
        '"2026-10-25T03:30:00+02:00"',
        '"2026-10-25T00:30:00+00:00"',
        '"2026-10-25T03:30:00+03:00"',
    ]


def test_a_new_file_keeps_who_answered_and_is_for_her_eyes_only(qs: QuestionSet, tmp_path: Path) -> None:
    project = answers.Project(name="Nuorten ääni", phase="toteutus")
    doc = answers.new_answers(qs, project=project, language="sv", name="Aino", role="ohjaaja")
    path = tmp_path / "aino.yaml"
    answers.save_answers(path, doc, qs)
    assert path.stat().st_mode & 0o777 == 0o600  # answers may describe vulnerable people
    loaded = answers.load_answers(path, qs)
    assert (loaded.respondent.name, loaded.respondent.role, loaded.language) == ("Aino", "ohjaaja", "sv")
    nameless = answers.new_answers(qs, project=project, language="fi", name="", role="")
    assert (nameless.respondent.name, nameless.respondent.role) == (None, None)


def test_a_file_that_cannot_be_read_is_named_in_the_message(qs: QuestionSet, tmp_path: Path) -> None:
    path = tmp_path / "rikki.yaml"
    path.write_text("format: osallisuus/answers/v1\nanswers: [\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        answers.load_answers(path, qs)
    assert caught.value.problems[0].render().startswith(f"{path}:")
