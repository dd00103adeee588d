"""The reusable GitHub Action (action.yml): its steps run here as a runner runs them, and the workflows pass actionlint.

A runner runs each ``run`` step with ``bash --noprofile --norc -eo pipefail``, no terminal and no standard input,
the step's ``env`` filled in from the inputs, and ``GITHUB_STEP_SUMMARY`` and ``GITHUB_OUTPUT`` as files it created.
Installing the tool is left out (it is installed here already); everything after it runs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from osallisuus_cli.i18n import t
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.reports.demo import write_demo
from tests.conftest import REPO

ACTION = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
BIN = Path(sys.executable).parent
INPUT = re.compile(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}")


def filled(value: str, inputs: dict[str, str]) -> str:
    """``value`` with every ``${{ inputs.NAME }}`` replaced as the runner would."""
    text = INPUT.sub(lambda match: inputs[match.group(1)], value)
    assert "${{" not in text, f"an expression the test does not know: {value}"
    return text


def run_action(repo: Path, tmp_path: Path, **given: str) -> tuple[list[subprocess.CompletedProcess[str]], Path, Path]:
    """Every step after the install, in order, until one fails; the job summary and the step outputs files."""
    inputs = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    inputs.update({name.replace("_", "-"): value for name, value in given.items()})
    summary, outputs = tmp_path / "step_summary", tmp_path / "github_output"
    summary.write_text("", encoding="utf-8")  # the runner creates both files before the step
    outputs.write_text("", encoding="utf-8")
    done = []
    for step in ACTION["runs"]["steps"]:
        if "run" not in step or step.get("name", "").startswith("Install"):
            continue
        assert step["shell"] == "bash"
        env = {
            **{key: value for key, value in os.environ.items() if not key.startswith("OSALLISUUS_")},
            "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
            "CI": "true",
            "GITHUB_ACTIONS": "true",
            "GITHUB_ACTION_PATH": str(REPO),
            "GITHUB_STEP_SUMMARY": str(summary),
            "GITHUB_OUTPUT": str(outputs),
            **{key: filled(str(value), inputs) for key, value in step.get("env", {}).items()},
        }
        result = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
            cwd=repo,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
            start_new_session=True,  # no controlling terminal, as on a runner
        )
        done.append(result)
        if result.returncode != 0:
            break
    return done, summary, outputs


@pytest.fixture
def repository(tmp_path: Path, qs: QuestionSet) -> Path:
    """A team's repository with the demo's answers, the one unfinished file set aside."""
    write_demo(tmp_path / "demo", qs, lang="fi")
    repo = tmp_path / "repo"
    repo.mkdir()
    (tmp_path / "demo" / "answers").rename(repo / "answers")
    (repo / "answers" / "toteutus" / "samir.yaml").rename(tmp_path / "unfinished.yaml")
    return repo


def test_the_action_validates_reports_and_summarises(repository: Path, tmp_path: Path) -> None:
    steps, summary, outputs = run_action(repository, tmp_path)
    assert [step.returncode for step in steps] == [0, 0]
    assert all(step.stdout == "" for step in steps)  # data goes to files; stdout is the runner's log
    reports = repository / "osallisuus-report"
    assert sorted(p.name for p in reports.iterdir()) == ["index.html", "raportti.md"]
    assert (reports / "index.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith(f"# {t('report.default_title', 'fi', project='Kylätalo kaikille')}")
    assert "## Tulokset kysymyksittäin" not in text  # the short summary
    assert outputs.read_text(encoding="utf-8") == "html=osallisuus-report/index.html\n"
    upload = next(step for step in ACTION["runs"]["steps"] if step.get("uses", "").startswith("actions/upload"))
    assert filled(upload["with"]["path"], {"output": "osallisuus-report"}) == "osallisuus-report"


def test_the_action_stops_at_a_data_check_finding(repository: Path, tmp_path: Path) -> None:
    (tmp_path / "unfinished.yaml").rename(repository / "answers" / "toteutus" / "samir.yaml")
    steps, summary, _ = run_action(repository, tmp_path)
    assert [step.returncode for step in steps] == [1]  # nothing is built from data that failed the check
    assert "samir.yaml" in steps[0].stderr
    assert summary.read_text(encoding="utf-8") == ""
    assert not (repository / "osallisuus-report").exists()


def test_the_action_takes_its_inputs(repository: Path, tmp_path: Path) -> None:
    steps, summary, outputs = run_action(
        repository,
        tmp_path,
        answers="answers/suunnittelu answers/toteutus",
        output="site/reports",
        lang="en",
        min_group="5",
    )
    assert [step.returncode for step in steps] == [0, 0], steps[-1].stderr
    assert (repository / "site" / "reports" / "index.html").is_file()
    text = summary.read_text(encoding="utf-8")
    assert text.startswith(f"# {t('report.default_title', 'en', project='Kylätalo kaikille')}")
    assert outputs.read_text(encoding="utf-8") == "html=site/reports/index.html\n"


def test_every_input_is_used_and_every_use_is_an_input() -> None:
    text = (REPO / "action.yml").read_text(encoding="utf-8")
    assert set(INPUT.findall(text)) == set(ACTION["inputs"])


USING_THE_ACTION = """
name: Osallisuusraportti
on: [push, pull_request]
permissions:
  contents: read
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - id: osallisuus
        uses: ./
        with:
          answers: answers/
          lang: fi
          min-group: "3"
      - run: echo "${{ steps.osallisuus.outputs.report }}"
"""


def test_the_workflows_pass_actionlint(tmp_path: Path) -> None:
    """actionlint checks the example workflows and, through a workflow that uses it, the action's own metadata.

    It is a Go program: ``actionlint`` must be on the PATH (see docs/reports.md, "In CI"); without it this is skipped.
    """
    actionlint = shutil.which("actionlint")
    if actionlint is None:
        pytest.skip("actionlint is not installed")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)  # actionlint looks for the repository's root
    workflows = tmp_path / ".github" / "workflows"
    workflows.mkdir(parents=True)
    shutil.copy(REPO / "action.yml", tmp_path / "action.yml")
    shutil.copy(REPO / "docs" / "ci" / "github-actions.yml", workflows / "example.yml")
    (workflows / "using-the-action.yml").write_text(USING_THE_ACTION, encoding="utf-8")
    result = subprocess.run(
        [actionlint, "-no-color", "-shellcheck=", "-pyflakes="],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # and it does find a mistake: an input the action does not have
    (workflows / "using-the-action.yml").write_text(
        USING_THE_ACTION.replace("min-group", "min_groups"), encoding="utf-8"
    )
    wrong = subprocess.run([actionlint, "-no-color"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert wrong.returncode == 1
    assert "min_groups" in wrong.stdout
