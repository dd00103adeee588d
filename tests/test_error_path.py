"""The error path of large files: problems capped per file, messages bounded, lines found without a node tree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from osallisuus_cli.cli.app import app
from osallisuus_cli.errors import MAX_PROBLEMS, MAX_VALUE, Problem, capped
from osallisuus_cli.files import yamlio
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers
from osallisuus_cli.model.team import FORMAT
from tests.conftest import make_answers

CORPUS = Path(__file__).parent / "corpus"


def composed_lines(text: str) -> dict[tuple, int]:
    """The reference: every key's and item's line, from PyYAML's composed node tree."""
    lines: dict[tuple, int] = {}

    def walk(node, path):
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                lines[(*path, key.value)] = key.start_mark.line + 1
                walk(value, (*path, key.value))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                lines[(*path, index)] = item.start_mark.line + 1
                walk(item, (*path, index))

    walk(yaml.compose(text, Loader=yaml.SafeLoader), ())
    return lines


@pytest.mark.parametrize(
    "name",
    [
        "team-two-bad-responses.yaml",
        "team-bad-hash.yaml",
        "answers-is-text.yaml",
        "unknown-question.yaml",
    ],
)
def test_lines_from_parser_events_match_the_composed_document(name: str) -> None:
    text = (CORPUS / name).read_text(encoding="utf-8")
    assert yamlio.line_map(text) == composed_lines(text)


def test_lines_of_flow_collections_and_complex_keys() -> None:
    text = "a: [1, {b: 2}]\nc:\n  - x\n  - {d: e}\n? [z]\n: 3\nf: 1\n"
    assert yamlio.line_map(text) == {
        ("a",): 1, ("a", 0): 1, ("a", 1): 1, ("a", 1, "b"): 1, ("c",): 2, ("c", 0): 3, ("c", 1): 4,
        ("c", 1, "d"): 4, ("f",): 7,
    }  # fmt: skip


def junk_team(responses: int, framework: str = "thl-osallisuus-24") -> bytes:
    head = f"format: {FORMAT}\nframework: {{id: {framework}, version: '1.0'}}\nresponses:\n".encode()
    return head + b"  - junk\n" * responses


def test_a_team_file_of_junk_responses_lists_fifty_and_counts_the_rest(runner, tmp_path: Path) -> None:
    path = tmp_path / "team.yaml"
    path.write_bytes(junk_team(20_000))
    result = runner.invoke(app, ["validate", "--lang", "en", "--json", str(path)])
    assert result.exit_code == 1
    problems = json.loads(result.stdout)["files"][0]["problems"]
    assert len(problems) == MAX_PROBLEMS + 1
    assert [p["line"] for p in problems[:3]] == [4, 5, 6]
    assert problems[-1]["code"] == "safety.more_responses"
    assert problems[-1]["message"] == t("safety.more_responses", "en", count=20_000 - MAX_PROBLEMS)
    assert len(result.stderr.splitlines()) == MAX_PROBLEMS + 2  # the problems, the count, the summary
    result = runner.invoke(app, ["merge", "--lang", "en", str(path)])
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == MAX_PROBLEMS + 1


JUNK_RESPONSES = {
    "mappings": b"  - {a: 1, b: 2}\n",
    "half-responses": b"  - respondent: {id: x}\n    answers: {q01: {level: 9}}\n",
}


@pytest.mark.parametrize("kind", list(JUNK_RESPONSES))
@pytest.mark.parametrize(
    "command", [["validate"], ["merge", "-o", "team.yaml"], ["report", "-o", "r.md"], ["export", "-o", "e.csv"]]
)
def test_a_large_team_file_of_junk_responses_is_refused_cleanly_by_every_command(
    runner, tmp_path: Path, monkeypatch, kind: str, command: list[str]
) -> None:
    """Over the size from which team files are streamed: each command names the first fifty, counts the rest and
    writes nothing, without checking a million junk items one by one against the full schema."""
    from osallisuus_cli.model import teamread

    monkeypatch.chdir(tmp_path)
    item = JUNK_RESPONSES[kind]
    count = teamread.STREAM_FROM // len(item) + 1000
    head = f"format: {FORMAT}\nframework: {{id: thl-osallisuus-24, version: '1.0'}}\nresponses:\n".encode()
    Path("junk.yaml").write_bytes(head + item * count)
    checked = 0
    real = teamread.ResponseSchema.model_validate

    def counting(*args, **kwargs):
        nonlocal checked
        checked += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(teamread.ResponseSchema, "model_validate", counting)
    result = runner.invoke(app, [*command, "--lang", "en", "junk.yaml"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) <= MAX_PROBLEMS + 3
    counted = t("safety.more_responses.other", "en", count="\0").split("\0")[0]  # "… and "
    assert any(counted in line for line in lines), "the rest are counted"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["junk.yaml"], "nothing written"
    assert checked <= 2 * MAX_PROBLEMS + 2, "junk is counted, not checked item by item against the schema"


def test_the_last_bad_response_of_a_large_team_is_located(qs, tmp_path: Path, runner) -> None:
    folder = tmp_path / "answers"
    folder.mkdir()
    for number in range(120):
        doc = make_answers(qs, {"q01": 3, "q02": 2}, respondent_id=f"r{number}", name=None)
        answers.save_answers(folder / f"r{number}.yaml", doc, qs)
    team = tmp_path / "team.yaml"
    assert runner.invoke(app, ["merge", str(folder), "-o", str(team)]).exit_code == 0
    lines = team.read_text(encoding="utf-8").splitlines(keepends=True)
    last = max(i for i, line in enumerate(lines) if line.strip() == "level: 2")
    lines[last] = lines[last].replace("level: 2", "level: 9")
    team.write_text("".join(lines), encoding="utf-8")
    result = runner.invoke(app, ["validate", "--lang", "en", "--json", str(team)])
    problems = json.loads(result.stdout)["files"][0]["problems"]
    assert [(p["line"], p["path"]) for p in problems] == [(last + 1, "responses[119].answers.q02.level")]


def test_the_header_of_a_huge_team_file_is_located_without_reading_it_twice(runner, tmp_path: Path) -> None:
    path = tmp_path / "team.yaml"
    path.write_bytes(junk_team(1000, framework="toinen"))
    result = runner.invoke(app, ["validate", "--lang", "en", "--json", str(path)])
    problems = json.loads(result.stdout)["files"][0]["problems"]
    assert [(p["code"], p["line"]) for p in problems] == [("team.err_framework_id", 2)]


def test_problems_are_capped_with_a_count() -> None:
    many = [Problem("common.v.missing", {}, "a.yaml", line) for line in range(120)]
    shown = capped(many)
    assert len(shown) == MAX_PROBLEMS + 1
    assert shown[-1].params == {"count": 70, "shown": MAX_PROBLEMS}
    assert capped(many[:3]) == many[:3]


def test_an_answers_file_with_thousands_of_unknown_questions(runner, tmp_path: Path, qs) -> None:
    text = answers.save_answers  # the file is written by the tool, then given 5,000 bogus answers by hand
    path = tmp_path / "a.yaml"
    text(path, make_answers(qs, {"q01": 3}), qs)
    body = path.read_text(encoding="utf-8") + "".join(f"  x{n}:\n    level: 1\n" for n in range(5000))
    path.write_text(body, encoding="utf-8")
    result = runner.invoke(app, ["validate", "--lang", "en", "--json", str(path)])
    problems = json.loads(result.stdout)["files"][0]["problems"]
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[-1]["message"] == t("safety.more_problems", "en", count=5000 - MAX_PROBLEMS, shown=MAX_PROBLEMS)


def test_long_keys_and_values_are_shortened_in_messages(runner, tmp_path: Path, qs) -> None:
    path = tmp_path / "a.yaml"
    answers.save_answers(path, make_answers(qs, {"q01": 3}), qs)
    long_key = "k" * 50_000
    path.write_text(path.read_text(encoding="utf-8") + f"{long_key}: 1\nformat: x\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", "--lang", "en", str(path)])
    assert result.exit_code == 1
    assert all(len(line) < 3 * MAX_VALUE + 200 for line in result.stderr.splitlines())
