"""How a team file is read, rule by rule (docs/team-format.md): every problem of every response at once, the first
fifty listed in file order and the rest counted; an anonymized team holds no names; a large valid file read response
by response gives exactly what the usual reading gives, and anything amiss sends it to the usual reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from osallisuus_cli.errors import MAX_PROBLEMS, DataError
from osallisuus_cli.files import yamlio
from osallisuus_cli.i18n import t
from osallisuus_cli.model import teamread
from osallisuus_cli.model.team import dump_team
from tests.conftest import make_answers
from tests.test_rules_inputfile import empty_workshop


def team_text(qs, make_team, count: int = 3, *, anonymized: bool = False) -> str:
    docs = [
        make_answers(qs, {"q01": n % 5, "q02": "na"}, respondent_id=f"R{n}", name=None, how={"q01": f"Kahvila {n}"})
        for n in range(1, count + 1)
    ]
    return dump_team(make_team(docs, anonymized=anonymized), qs)


def read(text: str, qs):
    """The team as the usual reading gives it, or its problems."""
    data = yamlio.parse(text, file="tiimi.yaml", what="team.what_answers_or_team")
    return teamread.validate_team_data(data, qs, file="tiimi.yaml", text=text)


def problems(text: str, qs) -> list[tuple[str, int | None, str | None]]:
    with pytest.raises(DataError) as caught:
        read(text, qs)
    assert {p.file for p in caught.value.problems} == {"tiimi.yaml"}
    return [(p.key, p.line, p.path) for p in caught.value.problems]


def line_of(text: str, needle: str, nth: int = 1) -> int:
    found = [number for number, line in enumerate(text.splitlines(), 1) if needle in line]
    return found[nth - 1]


# --- every problem, at its place ----------------------------------------------------------------------------------


def test_past_fifty_problems_the_responses_with_problems_are_counted_and_good_ones_kept_out_of_the_count(qs, make_team):
    text = team_text(qs, make_team, MAX_PROBLEMS + 8).replace("level: na", "level: 9")
    found = problems(text, qs)
    assert len(found) == MAX_PROBLEMS + 1
    assert found[:MAX_PROBLEMS] == [
        ("common.v.choice", line_of(text, "level: 9", n), f"responses[{n - 1}].answers.q02.level")
        for n in range(1, MAX_PROBLEMS + 1)
    ]
    assert found[-1] == ("safety.more_responses", None, None)
    with pytest.raises(DataError) as caught:
        read(text, qs)
    assert caught.value.problems[-1].params == {"count": 8}
    assert t("safety.more_responses.other", "en").format(count=8) in caught.value.problems[-1].render("en")


def test_responses_with_many_problems_each_list_the_first_fifty_in_line_order_and_count_the_rest(qs, make_team):
    levels = {q.id: 2 for q in qs.questions}
    docs = [make_answers(qs, levels, respondent_id=f"R{n}", name=None) for n in (1, 2, 3, 4)]
    text = dump_team(make_team(docs), qs).replace("level: 2", "level: 9")
    with pytest.raises(DataError) as caught:
        read(text, qs)
    found = caught.value.problems
    assert len(found) == MAX_PROBLEMS + 2
    lines = [p.line for p in found[:MAX_PROBLEMS]]
    assert lines == sorted(lines)
    assert lines[0] == line_of(text, "level: 9")
    assert [(p.key, p.params) for p in found[MAX_PROBLEMS:]] == [
        ("safety.more_problems", {"count": 3 * len(levels) - MAX_PROBLEMS, "shown": MAX_PROBLEMS}),
        ("safety.more_responses", {"count": 1}),
    ]


def test_past_the_listed_problems_a_bad_response_of_any_kind_is_counted_and_a_good_one_is_not(qs, make_team):
    """The responses after the fiftieth listed problem are checked quickly, but by the same rules: a response
    missing a key, of the wrong kind, with a bad level or with a name in an anonymized team is counted."""
    text = team_text(qs, make_team, MAX_PROBLEMS + 6, anonymized=True)
    head, _, rest = text.partition("responses:\n")
    items = rest.split("  - respondent:\n")[1:]
    bad = [item.replace("level: na", "level: 9") for item in items[:MAX_PROBLEMS]]
    tail = items[MAX_PROBLEMS:]
    tail[0] = tail[0].replace("    language:", "    created_by: x\n    language:")  # an unknown key
    tail[1] = tail[1].replace("level: na", "level: 7")
    tail[2] = tail[2].replace("      id: R", "      name: Aino\n      id: R")  # a name though anonymized
    tail[3] = tail[3].split("    source:\n")[0]  # no source at all
    broken = head + "responses:\n" + "".join(f"  - respondent:\n{item}" for item in bad + tail)
    broken += "  - just words\n"
    with pytest.raises(DataError) as caught:
        read(broken, qs)
    assert caught.value.problems[-1].key == "safety.more_responses"
    assert caught.value.problems[-1].params == {"count": 5}, "four bad responses and the line of words; two good"


def test_the_problems_are_listed_in_the_order_of_their_lines_whatever_the_order_of_a_responses_keys(qs, make_team):
    head, _, rest = team_text(qs, make_team, count=1).partition("responses:\n")
    moved = rest.replace('    updated: "2026-11-02T10:00:00+02:00"\n', "", 1).replace("      id: R1", "      id: 5")
    text = head + "responses:\n" + moved.replace("  - respondent:", "  - updated: soon\n    respondent:", 1)
    assert [(key, line) for key, line, _path in problems(text, qs)] == [
        ("common.v.datetime", line_of(text, "updated: soon")),
        ("common.v.type", line_of(text, "id: 5")),
    ]


def test_a_name_in_an_anonymized_team_is_named_at_the_responses_respondent(qs, make_team):
    text = team_text(qs, make_team, anonymized=True)
    named = text.replace("      id: R2", "      id: R2\n      role: ohjaaja", 1)
    line = line_of(named, "  - respondent:", 2)
    assert problems(named, qs) == [("team.err_name_in_anonymized", line, None)]
    assert read(text.replace("anonymized: true", "anonymized: false"), qs).responses[1].respondent.role is None
    head, _, rest = named.partition("responses:\n")
    first, second, third = rest.split("  - respondent:\n")[1:]
    respondent, project = second.split("    project:\n")
    reordered = "".join(
        [
            "  - respondent:\n" + first,
            "  - project:\n" + project.replace("    language:", "    respondent:\n" + respondent + "    language:"),
            "  - respondent:\n" + third,
        ]
    )
    assert problems(head + "responses:\n" + reordered, qs) == [
        ("team.err_name_in_anonymized", line_of(head + "responses:\n" + reordered, "    respondent:"), None)
    ], "at the respondent's own line wherever it stands in the response"


def test_one_respondents_answers_labelled_as_a_team_file_are_named_at_the_format_line(qs, tmp_path):
    doc = make_answers(qs, {"q01": 2})
    text = doc.to_yaml(qs).replace("osallisuus/answers/v1", "osallisuus/team/v1")
    assert problems(text, qs) == [("team.err_team_holds_answers", line_of(text, "format:"), "format")]
    respondent_only = text.split("answers:")[0]
    assert "respondent:" in respondent_only
    assert problems(respondent_only, qs) == [("team.err_team_holds_answers", 1, "format")]
    answers_only = text.replace("respondent:", "vastaaja:")
    assert [key for key, _line, _path in problems(answers_only, qs)] == ["team.err_team_holds_answers"]


def test_a_team_file_without_responses_is_a_team_of_none_and_a_stray_key_in_one_is_only_a_stray_key(qs, make_team):
    head = team_text(qs, make_team).split("responses:")[0]
    assert read(head, qs).responses == []
    stray = team_text(qs, make_team) + "answers: {}\nrespondent: {}\n"
    assert problems(stray, qs) == [
        ("common.v.extra_forbidden", line_of(stray, "answers: {}"), "answers"),
        ("common.v.extra_forbidden", line_of(stray, "respondent: {}"), "respondent"),
    ]


def test_a_response_with_a_bad_key_and_a_bad_level_has_both_named_at_their_lines(qs, make_team):
    text = team_text(qs, make_team).replace("      id: R2", "      id: R2\n      colour: red", 1)
    text = text.replace("level: na", "level: 9")
    assert problems(text, qs) == [
        ("common.v.choice", line_of(text, "level: 9", 1), "responses[0].answers.q02.level"),
        ("common.v.extra_forbidden", line_of(text, "colour: red"), "responses[1].respondent.colour"),
        ("common.v.choice", line_of(text, "level: 9", 2), "responses[1].answers.q02.level"),
        ("common.v.choice", line_of(text, "level: 9", 3), "responses[2].answers.q02.level"),
    ]


def named_either_way(text: str, qs, expected: list) -> None:
    """The problems are named alike whether the text is at hand or only the lines the parse located."""
    assert problems(text, qs) == expected
    header: dict = {}
    data = yamlio.parse(text, file="tiimi.yaml", what="team.what_answers_or_team", header=header)
    with pytest.raises(DataError) as caught:
        teamread.validate_team_data(data, qs, file="tiimi.yaml", text=None, header=header)
    assert [(p.key, p.line, p.path) for p in caught.value.problems] == expected


def test_a_bad_key_above_the_responses_is_named_at_its_line_whether_or_not_the_parse_located_it(qs, make_team):
    text = team_text(qs, make_team).replace("anonymized:", "anonymised:", 1)
    expected = [("common.v.extra_forbidden", line_of(text, "anonymised:"), "anonymised")]
    named_either_way(text, qs, expected)


def test_a_team_file_of_another_version_of_the_set_is_named_at_its_version_line(qs, make_team):
    text = team_text(qs, make_team).replace(f'version: "{qs.version}"', 'version: "0.9"', 1)
    expected = [("team.err_framework_version", line_of(text, 'version: "0.9"'), "framework.version")]
    named_either_way(text, qs, expected)


def test_a_bad_workshop_in_a_team_file_is_named_by_its_place_in_the_team(qs, make_team):
    from osallisuus_cli.model.team import Provenance, TeamWorkshop

    team = make_team([make_answers(qs, {"q01": 2})])
    team.workshops = [TeamWorkshop(empty_workshop(qs), Provenance("paja.yaml", "d" * 64))] * 3
    text = dump_team(team, qs)
    assert [w.source.file for w in read(text, qs).workshops] == ["paja.yaml"] * 3
    head, *items = text.split("  - source:\n")
    items[0] = items[0].replace("sha256: " + "d" * 64, "sha256: d5")
    items[1] = items[1].replace("participants: 0", "participants: 0\n      participants_max: 3")
    items[2] = items[2].replace("  - q01", "  - q99")
    broken = "  - source:\n".join([head, *items])
    assert [(key, path) for key, _line, path in problems(broken, qs)] == [
        ("common.v.pattern", "workshops[0].source.sha256"),
        ("common.v.extra_forbidden", "workshops[1].workshop.participants_max"),
        ("workshop.v_unknown_question", "workshops[2].workshop"),
    ], "each problem at its workshop's place, spelled as every field path is"
    every = text.replace("sha256: " + "d" * 64, "sha256: d5")
    assert [path for _key, _line, path in problems(every, qs)] == [
        f"workshops[{index}].source.sha256" for index in range(3)
    ], "every bad workshop, not only the last"


def test_a_workshop_in_a_team_file_is_read_whole_with_its_source_and_without_a_live_block(qs, make_team):
    """A team file holds finished workshops: a live block written into one by hand is not kept."""
    team = make_team([make_answers(qs, {"q01": 2})])
    team.workshops = [workshop_record(qs)]
    text = dump_team(team, qs)
    live = "      live:\n        participant_token: " + "a" * 22 + "\n        facilitator_token: " + "b" * 22 + "\n"
    with_live = text + live
    (found,) = read(with_live, qs).workshops
    assert found.workshop.live is None
    assert found.workshop == empty_workshop(qs)
    assert (found.source.file, found.source.sha256) == ("paja.yaml", "d" * 64)
    streamed = teamread.stream_team(with_live.encode(), qs, file="tiimi.yaml")
    assert streamed is not None
    assert streamed.workshops == read(with_live, qs).workshops


def test_an_anonymized_team_keeps_no_workshops_file_name(qs, make_team):
    from osallisuus_cli.model.team import Provenance, TeamWorkshop

    team = make_team([make_answers(qs, {"q01": 2}, name=None)], anonymized=True)
    team.workshops = [TeamWorkshop(empty_workshop(qs), Provenance(None, "d" * 64))]
    text = dump_team(team, qs).replace("  - source:\n", "  - source:\n      file: paja.yaml\n")
    assert "file: paja.yaml" in text
    assert read(text, qs).workshops[0].source.file is None
    streamed = teamread.stream_team(text.encode(), qs, file="tiimi.yaml")
    assert streamed is not None
    assert streamed.workshops[0].source.file is None


# --- a large file, streamed ---------------------------------------------------------------------------------------


def test_a_large_team_file_begins_with_its_format_line_whatever_its_line_ends_or_byte_order_mark():
    for head in (
        b"format: osallisuus/team/v1\nframework:",
        b"\xef\xbb\xbfformat: osallisuus/team/v1\r\nframework:",
        b"# tiimi\nformat: osallisuus/team/v1\n",
    ):
        assert teamread.looks_like_team_file(head), head
    for head in (
        b"format: osallisuus/answers/v1\n",
        b"format: osallisuus/team/v10\n",
        b"  format: osallisuus/team/v1\n",
        b"xformat: osallisuus/team/v1\n",
        b"format: osallisuus/team/v1",
    ):
        assert not teamread.looks_like_team_file(head), head


def test_utf8_is_checked_a_piece_at_a_time_across_the_pieces_borders():
    text = "Nuorten ääni ja yhteinen hyvä — 😀".encode()
    for piece in (1, 2, 3, 5, 1 << 20):
        assert teamread.is_utf8(text, piece)
        assert not teamread.is_utf8(text[:-1], piece), "a character cut at the end is no UTF-8"
        assert not teamread.is_utf8(text[:4] + b"\xff" + text[4:], piece)
    assert teamread.is_utf8(b"")
    assert not teamread.is_utf8(b"\xc3")


def test_a_valid_team_file_streamed_is_what_the_usual_reading_gives(qs, make_team):
    team = make_team([make_answers(qs, {"q01": 2}, respondent_id=f"R{n}", name=f"N{n}") for n in (10, 2, 1)])
    team.workshops = [workshop_record(qs)]
    text = dump_team(team, qs)
    streamed = teamread.stream_team(text.encode(), qs, file="tiimi.yaml")
    assert streamed is not None
    assert streamed == read(text, qs)
    assert [r.respondent.id for r in streamed.responses] == ["R1", "R2", "R10"], "in the documented order"
    anonymized = team_text(qs, make_team, anonymized=True)
    assert teamread.stream_team(anonymized.encode(), qs, file="tiimi.yaml") == read(anonymized, qs)


def test_a_response_without_a_language_or_answers_is_a_response_read_streamed_or_not(qs, make_team):
    """`language` and `answers` may be left out (an anonymized team keeps no language; someone who answered
    nothing yet): such a response is read, and after fifty listed problems it is not counted among the bad ones."""
    head, _, rest = team_text(qs, make_team, count=1).partition("responses:\n")
    bare = rest.split("    answers:")[0].replace("    language: fi\n", "")
    assert "language:" not in bare
    lean = head + "responses:\n" + bare
    streamed = teamread.stream_team(lean.encode(), qs, file="tiimi.yaml")
    assert streamed is not None
    assert streamed == read(lean, qs)
    assert streamed.responses[0].answers == {}
    bad = rest.replace("level: na", "level: 9")
    with pytest.raises(DataError) as caught:
        read(head + "responses:\n" + bad * (MAX_PROBLEMS + 2) + bare * 3, qs)
    assert caught.value.problems[-1].key == "safety.more_responses"
    assert caught.value.problems[-1].params == {"count": 2}


def workshop_record(qs):
    from osallisuus_cli.model.team import Provenance, TeamWorkshop

    return TeamWorkshop(empty_workshop(qs), Provenance("paja.yaml", "d" * 64))


def _broken_team_texts(qs, make_team) -> dict[str, bytes]:
    text = team_text(qs, make_team)
    anonymized = team_text(qs, make_team, anonymized=True)
    with_workshop = make_team([make_answers(qs, {"q01": 2})])
    with_workshop.workshops = [workshop_record(qs)]
    workshop_text = dump_team(with_workshop, qs)
    return {
        "not UTF-8": text.replace("Kahvila 1", "Kahvila \udcff", 1).encode("utf-8", "surrogateescape"),
        "a response that is no mapping": text.replace("responses:\n", "responses:\n  - just words\n").encode(),
        "a response without a key": text.replace("    updated:", "    modified:", 1).encode(),
        "a response of the wrong kind": text.replace("      id: R1", "      id: 5", 1).encode(),
        "a level not on the scale": text.replace("level: na", "level: 9", 1).encode(),
        "a name in an anonymized team": anonymized.replace("      id: R2", "      id: R2\n      name: Aino").encode(),
        "another version of the set": text.replace(f'version: "{qs.version}"', 'version: "0.9"', 1).encode(),
        "an unknown key above the responses": text.replace("anonymized:", "anonymised:", 1).encode(),
        "no list of responses": text.split("responses:")[0].encode() + b"responses: 5\n",
        "no mapping at all": b"- format: osallisuus/team/v1\n",
        "a bad workshop": workshop_text.replace("  - q01", "  - q99").encode(),
        "a YAML mistake": text.replace("    answers:\n", "    answers: [\n", 1).encode(),
    }


def test_anything_amiss_in_a_streamed_team_file_sends_it_to_the_usual_reading(qs, make_team):
    broken = _broken_team_texts(qs, make_team)
    assert "version:" in team_text(qs, make_team)
    for what, raw in broken.items():
        assert teamread.stream_team(raw, qs, file="tiimi.yaml") is None, what


def test_a_name_in_a_team_not_anonymized_is_streamed(qs, make_team):
    text = team_text(qs, make_team).replace("      id: R2", "      id: R2\n      name: Aino")
    streamed = teamread.stream_team(text.encode(), qs, file="tiimi.yaml")
    assert streamed is not None
    assert streamed.responses[1].respondent.name == "Aino"


def test_a_file_over_five_megabytes_is_read_only_when_its_first_lines_say_it_is_a_team_file(tmp_path: Path):
    team = tmp_path / "tiimi.yaml"
    raw = b"format: osallisuus/team/v1\n" + b"#" * (yamlio.MAX_BYTES + 10) + b"\n"
    team.write_bytes(raw)
    assert teamread.read_input(team) == raw
    answers = tmp_path / "a.yaml"
    answers.write_bytes(b"format: osallisuus/answers/v1\n" + b"#" * (yamlio.MAX_BYTES + 10) + b"\n")
    with pytest.raises(DataError):
        teamread.read_input(answers)
