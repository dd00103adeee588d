"""Broken inputs: every case is a clear one-line message per problem, exit 1, no traceback, nothing written.

The files live in tests/corpus/; the few that must be made at test time (a 50 MB file, unreadable files, an empty
folder) are made in tmp_path. Each case is run through `validate` (which names every problem, with its code in
--json) and through `merge` (which must refuse and write nothing).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.files import yamlio
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers
from tests.conftest import make_answers

CORPUS = Path(__file__).parent / "corpus"

# file → (message code, line) of every problem, in the order validate reports them.
EXPECTED: dict[str, list[tuple[str, int | None]]] = {
    "empty.yaml": [("common.empty_file", None)],
    "only-comment.yaml": [("common.empty_file", None)],
    "not-yaml-unclosed-brace.yaml": [("common.yaml_syntax", 3)],
    "tab-indentation.yaml": [("common.yaml_syntax", 3)],
    "nul-byte.yaml": [("common.yaml_syntax", 1)],
    "top-level-list.yaml": [("common.not_mapping", None)],
    "plain-text.yaml": [("common.not_mapping", None)],
    "wrong-format.yaml": [("team.err_format", 1)],
    "missing-format.yaml": [("team.err_format_missing", None)],
    "says-team-but-is-answers.yaml": [("team.err_team_holds_answers", 1)],
    "unknown-framework.yaml": [("team.err_framework_id", 3)],
    "wrong-version.yaml": [("team.err_framework_version", 4)],
    "unknown-question.yaml": [("team.err_unknown_question", 19)],
    "level-out-of-scale.yaml": [("common.v.choice", 17)],
    "level-negative.yaml": [("common.v.choice", 17)],
    "level-text.yaml": [("common.v.type", 17)],
    "level-decimal.yaml": [("common.v.type", 17)],
    "level-boolean.yaml": [("common.v.type", 17)],
    "level-quoted-number.yaml": [("common.v.type", 17)],
    "duplicate-key.yaml": [("common.yaml_duplicate_key", 13)],
    "duplicate-question.yaml": [("common.yaml_duplicate_key", 19)],
    "missing-respondent.yaml": [("common.v.missing", None)],
    "missing-project-name.yaml": [("common.v.missing", 9)],
    "empty-respondent-id.yaml": [("common.v.too_short", 6)],
    "bad-phase.yaml": [("common.v.choice", 11)],
    "bad-language.yaml": [("common.v.choice", 12)],
    "bad-timestamp.yaml": [("common.v.datetime", 13)],
    "timestamp-without-offset.yaml": [("common.v.datetime", 13)],
    "impossible-date.yaml": [("safety.not_a_value", 13)],
    "unknown-field.yaml": [("common.v.extra_forbidden", 13)],
    "answer-is-a-list.yaml": [("common.v.type", 19)],
    "answers-is-text.yaml": [("common.v.type", 15), ("common.v.extra_forbidden", 16)],
    "text-too-long.yaml": [("common.v.too_long", 18)],
    "alias-bomb.yaml": [("common.yaml_alias", 3)],
    "alias-reuse.yaml": [("common.yaml_alias", 20)],
    "python-object-tag.yaml": [("common.yaml_tag", 21)],
    "custom-tag.yaml": [("common.yaml_tag", 21)],
    "merge-key.yaml": [("common.yaml_merge_key", 7)],
    "deep-nesting.yaml": [("common.yaml_too_deep", 21)],
    "deeper-than-libyaml-allows.yaml": [("common.yaml_too_deep", 2)],
    "multiple-documents.yaml": [("common.yaml_multiple_documents", 21)],
    "latin1.yaml": [("common.not_utf8", 2)],
    "utf16.yaml": [("common.not_utf8", 1)],
    "team-bad-hash.yaml": [("common.v.pattern", 19), ("common.v.pattern", 38)],
    "team-other-version.yaml": [("team.err_framework_version", 4)],
    "team-two-bad-responses.yaml": [("common.v.choice", 22), ("common.v.choice", 32)],
    "team-anonymized-not-boolean.yaml": [("common.v.type", 5)],
    "team-anonymized-with-name.yaml": [("team.err_name_in_anonymized", 7)],
    "project-file.yaml": [("common.v.phase", 3)],  # the one phase reader: names every accepted phase
    "reason-with-level.yaml": [("answering.err_reason_with_level", 18)],
    # YAML 1.1 reads these as 8, 90, 3 and 10: a level is only ever the scale's value as written
    "level-octal.yaml": [("common.v.type", 17)],
    "level-sexagesimal.yaml": [("common.v.type", 17)],
    "level-hex.yaml": [("common.v.type", 17)],
    "level-underscore.yaml": [("common.v.type", 17)],
    # messages that carried Python's or PyYAML's English
    "level-too-many-digits.yaml": [("safety.number_too_long", 17)],  # 5,000 digits: Python refuses, in English
    "timestamp-offset-out-of-range.yaml": [("safety.not_a_value", 14)],
    "answer-key-is-number.yaml": [("safety.key_not_text", 16)],
    # valid, but past the year 9999 in UTC: refused here, or merge and report would fail later
    "timestamp-overflows-utc.yaml": [("safety.time_out_of_range", 14)],
}


def test_the_corpus_has_at_least_thirty_cases_and_each_is_listed() -> None:
    files = sorted(path.name for path in CORPUS.glob("*.yaml"))
    assert len(files) >= 30
    assert files == sorted(EXPECTED), "every corpus file has an expectation and every expectation a file"


def check_messages(stderr: str, expected_lines: int) -> None:
    lines = stderr.strip().splitlines()
    assert "Traceback" not in stderr
    assert len(lines) == expected_lines, stderr
    for line in lines:
        assert line.strip(), line
        assert len(line) < 400, line


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_validate_names_every_problem_on_its_own_line(runner, name: str) -> None:
    result = runner.invoke(app, ["validate", "--json", "--lang", "en", str(CORPUS / name)])
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    found = [(p["code"], p["line"]) for p in report["files"][0]["problems"]]
    assert found == EXPECTED[name]
    check_messages(result.stderr, len(EXPECTED[name]) + 1)  # the problems, then the summary line
    for line in result.stderr.splitlines()[:-1]:
        assert line.startswith(str(CORPUS / name)), "each line names the file"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_merge_refuses_and_writes_nothing(runner, tmp_path: Path, name: str) -> None:
    out = tmp_path / "team.yaml"
    result = runner.invoke(app, ["merge", str(CORPUS / name), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert all(line.startswith("virhe: ") for line in result.stderr.strip().splitlines()), result.stderr
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == [], "no output and no temporary file"


def test_a_bad_file_among_good_ones_stops_the_merge_and_names_only_the_bad_one(runner, qs, tmp_path):
    folder = tmp_path / "answers"
    folder.mkdir()
    answers.save_answers(folder / "aino.yaml", make_answers(qs, {"q01": 3}), qs)
    shutil.copy(CORPUS / "level-out-of-scale.yaml", folder / "eero.yaml")
    result = runner.invoke(app, ["merge", str(folder), "-o", str(tmp_path / "team.yaml")])
    assert result.exit_code == 1
    assert "eero.yaml:17: answers.q01.level:" in result.stderr
    assert "aino.yaml" not in result.stderr
    assert not (tmp_path / "team.yaml").exists()


def test_a_fifty_megabyte_file_is_refused_unread(runner, tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:
        handle.write(b"format: osallisuus/answers/v1\nnote: ")
        handle.truncate(50 * 1024 * 1024)
    for command in (["validate"], ["merge", "-o", str(tmp_path / "out.yaml")]):
        result = runner.invoke(app, [*command, str(huge), "--lang", "en"])
        assert result.exit_code == 1
        assert "too large (52.4 MB, at most 5.2 MB)" in result.stderr
    assert not (tmp_path / "out.yaml").exists()


def test_a_large_file_claiming_to_be_a_team_is_still_checked(runner, tmp_path: Path) -> None:
    """Over the answers file's limit (5.2 MB), a file saying it is a team is read under the team file's limit, and
    checked: every problem is named. (The size comes from a comment, which costs the reader nothing: the test is
    about which limit applies and that checking happens, not about the reader's speed — benchmarks/ measure that.)"""
    padding = b"# " + b"x" * (9 * 1024 * 1024) + b"\n"
    headless = tmp_path / "headless.yaml"
    headless.write_bytes(b"format: osallisuus/team/v1\n" + padding + b"responses: [1, 2, 3]\n")
    numbers = tmp_path / "numbers.yaml"
    numbers.write_bytes(
        b'format: osallisuus/team/v1\nframework: {id: thl-osallisuus-24, version: "1.0"}\n'
        + padding
        + b"responses: [1, 2, 3]\n"
    )
    result = runner.invoke(app, ["validate", str(headless), str(numbers), "--lang", "en", "--json"])
    assert result.exit_code == 1
    files = {Path(f["file"]).name: f for f in json.loads(result.stdout)["files"]}
    assert {f["kind"] for f in files.values()} == {"team"}, "not refused as an answers file that is too large"
    assert "common.v.missing" in {p["code"] for p in files["headless.yaml"]["problems"]}  # no framework line
    wrong = files["numbers.yaml"]["problems"]
    assert [p["path"] for p in wrong] == ["responses[0]", "responses[1]", "responses[2]"], "numbers are not responses"
    assert {p["line"] for p in wrong} == {4}


def test_a_folder_without_yaml_files(runner, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("ei vastauksia")
    for command in (["validate"], ["merge"]):
        result = runner.invoke(app, [*command, str(tmp_path / "empty"), "--lang", "en"])
        assert result.exit_code == 1
        assert "the folder holds no answer files" in result.stderr
        check_messages(result.stderr, 2 if command == ["validate"] else 1)


def test_unreadable_files(runner, tmp_path: Path) -> None:
    (tmp_path / "dangling.yaml").symlink_to(tmp_path / "gone.yaml")
    (tmp_path / "folder.yaml").mkdir()
    result = runner.invoke(app, ["validate", "--lang", "en", str(tmp_path / "dangling.yaml"), str(tmp_path / "x.yml")])
    assert result.exit_code == 1
    assert result.stderr.count("file not found") == 2
    result = runner.invoke(app, ["merge", "--lang", "en", str(tmp_path / "dangling.yaml")])
    assert result.exit_code == 1
    assert "dangling.yaml: file not found" in result.stderr
    # a folder named like a file is read as a folder: here an empty one (nobody has answered yet)
    result = runner.invoke(app, ["merge", "--lang", "en", str(tmp_path / "folder.yaml")])
    assert result.exit_code == 1
    assert t("team.err_no_answers_yet", "en") in result.stderr
    with pytest.raises(Exception) as info:
        yamlio.read_bytes(tmp_path / "folder.yaml")
    assert getattr(info.value, "key", None) == "common.is_directory"


def test_a_file_without_read_permission(runner, tmp_path: Path, qs) -> None:
    locked = tmp_path / "locked.yaml"
    answers.save_answers(locked, make_answers(qs, {"q01": 2}), qs)
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running with privileges that read any file")
        result = runner.invoke(app, ["validate", "--lang", "en", str(locked)])
        assert result.exit_code == 1
        assert "cannot read the file: permission denied" in result.stderr
    finally:
        locked.chmod(0o600)


def test_names_with_spaces_and_finnish_letters_work(runner, qs, tmp_path: Path) -> None:
    folder = tmp_path / "Äänekosken vastaukset"
    folder.mkdir()
    answers.save_answers(folder / "Aino Ääninen.yaml", make_answers(qs, {"q01": 3}), qs)
    shutil.copy(CORPUS / "bad-phase.yaml", folder / "Örjan Åberg.yml")
    result = runner.invoke(app, ["validate", str(folder), "--lang", "en"])
    assert result.exit_code == 1
    assert f"{folder / 'Örjan Åberg.yml'}:11: project.phase:" in result.stderr
    (folder / "Örjan Åberg.yml").unlink()
    result = runner.invoke(app, ["merge", str(folder), "-o", str(tmp_path / "tiimi ä.yaml")])
    assert result.exit_code == 0, result.output
    assert "file: Aino Ääninen.yaml" in (tmp_path / "tiimi ä.yaml").read_text(encoding="utf-8")


def test_bom_and_windows_line_ends_are_accepted(runner, qs, tmp_path: Path) -> None:
    """Notepad and Excel write these; they are harmless, so such files load as they are."""
    text = make_answers(qs, {"q01": 3}, how={"q01": "Rivi yksi.\nRivi kaksi."}).to_yaml(qs)
    path = tmp_path / "notepad.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    loaded = answers.load_answers(path, qs)
    assert loaded.answers["q01"].how == "Rivi yksi.\nRivi kaksi."
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output


def test_duplicate_respondent_names_both_files(runner, qs, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for name in ("aino.yaml", "aino-kopio.yaml"):
        doc = make_answers(qs, {"q01": 3 if name == "aino.yaml" else 2})
        answers.save_answers(tmp_path / "in" / name, doc, qs)
    result = runner.invoke(
        app, ["merge", str(tmp_path / "in"), "-o", str(tmp_path / "out" / "team.yaml"), "--lang", "en"]
    )
    assert result.exit_code == 1
    check_messages(result.stderr, 1)
    assert "aino-kopio.yaml" in result.stderr
    assert "aino.yaml" in result.stderr
    assert "--on-duplicate latest or keep-both" in result.stderr
    assert not (tmp_path / "out").exists()
