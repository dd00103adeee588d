"""Special files where a YAML file is expected: FIFOs, devices, symlinks (loops, out of the folder), NUL in paths.

Every command must refuse them at once with one clear line: never hang on a FIFO, never read a device without end,
never follow a link out of an answers folder. These files cannot live in git, so each test makes its own.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.errors import DataError
from osallisuus_cli.files import readfile, yamlio
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers
from tests.conftest import make_answers

pytestmark = [pytest.mark.timeout(60), pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")]

NOT_REGULAR = t("safety.not_regular_file", "en")
LOOP = t("safety.symlink_loop", "en")


@pytest.fixture
def folder(tmp_path: Path, qs) -> Path:
    """An answers folder with one good file."""
    answers_dir = tmp_path / "answers"
    answers_dir.mkdir()
    answers.save_answers(answers_dir / "aino.yaml", make_answers(qs, {"q01": 3}), qs)
    return answers_dir


def team_commands(tmp_path: Path) -> list[list[str]]:
    return [
        ["validate"],
        ["merge", "-o", str(tmp_path / "team.yaml")],
        ["report", "-o", str(tmp_path / "report.html")],
        ["export", "-o", str(tmp_path / "export.csv")],
    ]


def run_everywhere(runner, tmp_path: Path, target: Path, expected: str) -> None:
    for command in team_commands(tmp_path):
        result = runner.invoke(app, [*command, "--lang", "en", str(target)])
        assert result.exit_code == 1, (command, result.output)
        assert "Traceback" not in result.output
        assert expected in result.stderr, (command, result.stderr)
    assert not (tmp_path / "team.yaml").exists()
    assert not (tmp_path / "report.html").exists()


def test_a_fifo_in_an_answers_folder_is_refused_without_waiting(runner, tmp_path: Path, folder: Path) -> None:
    os.mkfifo(folder / "putki.yaml")
    run_everywhere(runner, tmp_path, folder, f"putki.yaml: {NOT_REGULAR}")


def test_a_fifo_named_on_the_command_line_is_refused(runner, tmp_path: Path) -> None:
    fifo = tmp_path / "putki.yaml"
    os.mkfifo(fifo)
    run_everywhere(runner, tmp_path, fifo, NOT_REGULAR)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_behind_a_symlink_is_not_read(runner, tmp_path: Path) -> None:
    link = tmp_path / "zero.yaml"
    link.symlink_to("/dev/zero")
    run_everywhere(runner, tmp_path, link, NOT_REGULAR)


def test_a_symlink_loop_in_an_answers_folder(runner, tmp_path: Path, folder: Path) -> None:
    (folder / "kehä.yaml").symlink_to(folder / "kehä.yaml")
    (folder / "a.yaml").symlink_to(folder / "b.yaml")
    (folder / "b.yaml").symlink_to(folder / "a.yaml")
    run_everywhere(runner, tmp_path, folder, f"kehä.yaml: {LOOP}")
    result = runner.invoke(app, ["validate", "--lang", "en", "--json", str(folder)])
    codes = {(Path(f["file"]).name, p["code"]) for f in json.loads(result.stdout)["files"] for p in f["problems"]}
    assert codes == {
        ("kehä.yaml", "safety.symlink_loop"),
        ("a.yaml", "safety.symlink_loop"),
        ("b.yaml", "safety.symlink_loop"),
    }


def test_a_fifo_as_question_set_or_starting_point(runner, tmp_path: Path, folder: Path) -> None:
    fifo = tmp_path / "putki.yaml"
    os.mkfifo(fifo)
    result = runner.invoke(app, ["validate", "--lang", "en", "--framework", str(fifo), str(folder)])
    assert result.exit_code == 1
    assert NOT_REGULAR in result.stderr
    result = runner.invoke(app, ["questions", "list", "--lang", "en", "--framework", str(fifo)])
    assert result.exit_code == 1
    assert NOT_REGULAR in result.stderr
    out = tmp_path / "uusi.yaml"
    result = runner.invoke(app, ["assess", "--no-input", "--lang", "en", "--from", str(fifo), "-o", str(out)])
    assert result.exit_code == 1
    assert NOT_REGULAR in result.stderr
    assert not out.exists()


def test_a_fifo_named_in_the_project_file(runner, tmp_path: Path, folder: Path, monkeypatch) -> None:
    os.mkfifo(tmp_path / "kysymykset.yaml")
    (tmp_path / "osallisuus.yaml").write_text(
        "format: osallisuus/project/v1\nname: Testi\nframework: kysymykset.yaml\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["validate", "--lang", "en", "answers"])
    assert result.exit_code == 1
    assert NOT_REGULAR in result.stderr


@pytest.mark.parametrize("value", ["a\\0b", "answers\\n", "\\x1b[2J"])
def test_control_characters_in_a_project_path_are_refused_by_validate(runner, tmp_path, monkeypatch, value) -> None:
    for key in ("answers_dir", "framework"):
        project = tmp_path / "osallisuus.yaml"
        project.write_text(f'format: osallisuus/project/v1\nname: Testi\n{key}: "{value}"\n', encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        for command in (["validate", str(project)], ["merge"], ["report"]):
            result = runner.invoke(app, [*command, "--lang", "en"])
            assert result.exit_code == 1, result.output
            assert "control character" in result.stderr
            assert "Traceback" not in result.output


def test_a_nul_in_a_path_is_one_clear_line() -> None:
    with pytest.raises(DataError) as info:
        readfile.read_regular("a\0b.yaml", max_bytes=100)
    assert info.value.key == "safety.path_has_nul"


@pytest.mark.parametrize("value", [".", "./", "~/vastaukset", "~"])
def test_answers_dir_that_is_the_team_folder_or_home_is_refused_by_validate(runner, tmp_path, monkeypatch, value):
    project = tmp_path / "osallisuus.yaml"
    project.write_text(f'format: osallisuus/project/v1\nname: Testi\nanswers_dir: "{value}"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for command in (["validate", str(project)], ["validate"], ["merge"]):
        result = runner.invoke(app, [*command, "--lang", "en"])
        assert result.exit_code == 1, result.output
        assert "osallisuus.yaml:3: answers_dir: the answers folder" in result.stderr


def test_a_symlinked_answers_dir_cannot_lead_out_of_the_team_folder(runner, tmp_path, qs, monkeypatch) -> None:
    elsewhere = tmp_path / "muualla"
    elsewhere.mkdir()
    answers.save_answers(elsewhere / "aino.yaml", make_answers(qs, {"q01": 3}), qs)
    team = tmp_path / "tiimi"
    team.mkdir()
    (team / "answers").symlink_to(elsewhere)
    (team / "osallisuus.yaml").write_text(
        "format: osallisuus/project/v1\nname: Testi\nanswers_dir: answers\n", encoding="utf-8"
    )
    monkeypatch.chdir(team)
    for command in (["validate"], ["merge", "-o", "team.yaml"], ["report", "-o", "r.html"]):
        result = runner.invoke(app, [*command, "--lang", "en"])
        assert result.exit_code == 2, result.output
        assert t("team.err_answers_dir_outside", "en", value="answers") in " ".join(result.stderr.split())
    assert sorted(p.name for p in team.iterdir()) == ["answers", "osallisuus.yaml"]


def test_symlinks_inside_an_answers_folder_are_followed_only_inside_it(runner, tmp_path, folder, qs) -> None:
    secret = tmp_path / "salainen.yaml"
    answers.save_answers(secret, make_answers(qs, {"q01": 1}, respondent_id="22222222-2222-4222-8222-222222222222"), qs)
    (folder / "linkki.yaml").symlink_to(secret)
    (folder / "sama.yaml").symlink_to("aino.yaml")  # inside: a copy of a response, read as such
    result = runner.invoke(app, ["merge", "--lang", "en", str(folder), "-o", str(tmp_path / "team.yaml")])
    assert result.exit_code == 1
    assert "linkki.yaml: the symbolic link leads out of the folder" in result.stderr
    assert "sama.yaml" not in result.stderr
    # named on the command line, the same file is the user's explicit choice
    result = runner.invoke(app, ["merge", "--lang", "en", str(folder / "aino.yaml"), str(folder / "linkki.yaml")])
    assert result.exit_code == 0, result.output


def test_reads_are_capped_by_bytes_read_not_by_the_size_claimed(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"x" * 101)
    with pytest.raises(DataError) as info:
        readfile.read_regular(path, max_bytes=100)
    assert info.value.key == "common.too_large"
    assert readfile.read_regular(path, max_bytes=101) == b"x" * 101
    assert stat.S_ISREG(path.stat().st_mode)


def test_a_size_just_over_the_limit_does_not_read_as_equal_to_it(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"#" * (yamlio.MAX_BYTES + 1000))
    with pytest.raises(DataError) as info:
        yamlio.read_bytes(path)
    size, limit = info.value.params["size"], info.value.params["limit"]
    assert size != limit
    assert float(size) > float(limit)


def test_a_symlink_loop_where_a_file_is_to_be_written_is_one_clear_error(tmp_path: Path) -> None:
    from osallisuus_cli.files import fsutil

    (tmp_path / "kehä").symlink_to(tmp_path / "kehä")
    with pytest.raises(DataError) as info:
        fsutil.inside(tmp_path, "kehä/aino.yaml")
    assert info.value.key == "safety.symlink_loop"


def test_an_answers_dir_that_is_a_link_to_the_team_folder_itself_is_refused(runner, tmp_path, qs, monkeypatch) -> None:
    """Read as the answers folder, the team folder would take in the team's own files and outputs as answers."""
    team = tmp_path / "tiimi"
    team.mkdir()
    answers.save_answers(team / "aino.yaml", make_answers(qs, {"q01": 3}), qs)
    (team / "answers").symlink_to(".")
    (team / "osallisuus.yaml").write_text(
        "format: osallisuus/project/v1\nname: Testi\nanswers_dir: answers\n", encoding="utf-8"
    )
    monkeypatch.chdir(team)
    for command in (["validate"], ["merge", "-o", "team.yaml"], ["report", "-o", "r.html"]):
        result = runner.invoke(app, [*command, "--lang", "en"])
        assert result.exit_code == 2, result.output
        assert t("safety.answers_dir_is_project", "en", value="answers") in result.stderr
    assert sorted(p.name for p in team.iterdir()) == ["aino.yaml", "answers", "osallisuus.yaml"]
