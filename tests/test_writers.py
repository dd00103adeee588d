"""Every command that writes a file follows one rule: an existing file is replaced only with --force, and a folder is
never an output. Checked before any work is done, so a refused command leaves everything as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
from tests.conftest import make_answers, write_answers

WRITERS = {
    "merge": ["merge", "answers"],
    "export": ["export", "answers"],
    "report": ["report", "answers"],
    "assess --no-input": ["assess", "--no-input", "--from", "answers/aino.yaml"],
}
KEPT = "kept as it was\n"


@pytest.fixture(autouse=True)
def _team(qs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_answers(tmp_path / "answers" / "aino.yaml", make_answers(qs, {"q01": 2}), qs)


@pytest.mark.parametrize("command", WRITERS.values(), ids=WRITERS.keys())
def test_an_existing_output_is_kept_without_force(runner, tmp_path, command) -> None:
    out = tmp_path / "out.md"
    out.write_text(KEPT, encoding="utf-8")
    result = runner.invoke(app, [*command, "-o", str(out), "--lang", "en"])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"error: {out}: " + t("common.exists", "en") + "\n"
    assert out.read_text(encoding="utf-8") == KEPT


@pytest.mark.parametrize("command", WRITERS.values(), ids=WRITERS.keys())
def test_force_replaces_it(runner, tmp_path, command) -> None:
    out = tmp_path / "out.md"
    out.write_text(KEPT, encoding="utf-8")
    result = runner.invoke(app, [*command, "-o", str(out), "--force", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") != KEPT


@pytest.mark.parametrize("command", WRITERS.values(), ids=WRITERS.keys())
def test_a_folder_is_never_an_output(runner, tmp_path, command) -> None:
    (tmp_path / "folder").mkdir()
    result = runner.invoke(app, [*command, "-o", "folder", "--force", "--lang", "en"])
    assert result.exit_code == 2, result.output
    assert result.stderr == "error: folder: " + t("team.err_output_is_folder", "en") + "\n"
    assert list((tmp_path / "folder").iterdir()) == []


def test_assess_no_input_still_normalises_its_own_file_in_place(runner, tmp_path) -> None:
    """Writing back to the --from file is what --no-input is for: no --force needed, named as -o or not."""
    source = tmp_path / "answers" / "aino.yaml"
    source.write_text("# a comment that normalising drops\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["assess", "--no-input", "--from", str(source), "-o", "answers/./aino.yaml"])
    assert result.exit_code == 0, result.output
    assert not source.read_text(encoding="utf-8").startswith("#")
