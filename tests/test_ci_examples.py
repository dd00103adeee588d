"""The CI examples in docs/ci/ run commands that really work: each script step is run here as CI would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from osallisuus_cli.i18n import t
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.reports.demo import write_demo

DOCS = Path(__file__).resolve().parent.parent / "docs" / "ci"
BIN = Path(sys.executable).parent


def github_scripts() -> list[str]:
    workflow = yaml.safe_load((DOCS / "github-actions.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["report"]["steps"]
    # Installing the tool is the runner's business; everything after it is run here.
    return [step["run"] for step in steps if "run" in step and not step.get("name", "").startswith("Install")]


def gitlab_scripts() -> list[str]:
    pipeline = yaml.safe_load((DOCS / "gitlab-ci.yml").read_text(encoding="utf-8"))
    return [*pipeline["report"]["script"], *pipeline["pages"]["script"]]


UNFINISHED = "toteutus/samir.yaml"  # the demo's one respondent who answered 23 of 24: a data-check finding


@pytest.fixture
def repository(tmp_path: Path, qs: QuestionSet) -> Path:
    """A team's repository: answer files in answers/ (the demo team's), every one of them finished."""
    write_demo(tmp_path / "demo", qs, lang="fi")
    repo = tmp_path / "repo"
    repo.mkdir()
    (tmp_path / "demo" / "answers").rename(repo / "answers")
    (repo / "answers" / UNFINISHED).rename(tmp_path / "unfinished.yaml")
    return repo


def run_step(script: str, repo: Path, summary: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "GITHUB_STEP_SUMMARY": str(summary),
        "CI": "true",
    }
    return subprocess.run(
        ["bash", "-eo", "pipefail", "-c", script], cwd=repo, env=env, capture_output=True, text=True, timeout=120
    )


def test_github_actions_example_validates_builds_and_summarises(repository: Path, tmp_path: Path) -> None:
    summary = tmp_path / "step-summary.md"
    scripts = github_scripts()
    assert any("osallisuus validate" in s for s in scripts)
    assert any("GITHUB_STEP_SUMMARY" in s for s in scripts)
    for script in scripts:
        result = run_step(script, repository, summary)
        assert result.returncode == 0, (script, result.stderr)
    site = repository / "site"
    assert sorted(p.name for p in site.iterdir()) == [
        "index.html",
        "innokyla-liite.html",
        "innokyla-liite.md",
        "raportti.md",
    ]
    assert (site / "index.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith(f"# {t('report.default_title', 'fi', project='Kylätalo kaikille')}")
    assert f"## {t('report.h_summary', 'fi')}" in text
    assert "## Tulokset kysymyksittäin" not in text  # the short summary
    assert len(text.encode()) < 64 * 1024  # far below the job summary limit


def test_gitlab_example_builds_public_folder(repository: Path, tmp_path: Path) -> None:
    for script in gitlab_scripts():
        result = run_step(script, repository, tmp_path / "unused.md")
        assert result.returncode == 0, (script, result.stderr)
    assert (repository / "public" / "index.html").is_file()
    assert (repository / "public" / "yhteenveto.md").read_text(encoding="utf-8").startswith("# ")
    assert (
        (repository / "public" / "raportti.md").read_text(encoding="utf-8").startswith(f"# {t('report.title', 'fi')}")
    )


def test_a_broken_answer_file_fails_the_validation_step(repository: Path, tmp_path: Path) -> None:
    (repository / "answers" / "rikki.yaml").write_text("format: osallisuus/answers/v1\nlevel: [\n", encoding="utf-8")
    validate = next(s for s in github_scripts() if "osallisuus validate" in s)
    result = run_step(validate, repository, tmp_path / "summary.md")
    assert result.returncode == 1
    assert "rikki.yaml" in result.stderr


def test_a_respondent_who_answered_twice_fails_the_validation_step_not_the_build(
    repository: Path, tmp_path: Path
) -> None:
    first = sorted((repository / "answers").rglob("*.yaml"))[0]
    text = first.read_text(encoding="utf-8")
    assert "level: 2" in text
    (first.parent / f"{first.stem} (1).yaml").write_text(text.replace("level: 2", "level: 3", 1), encoding="utf-8")
    validate = next(s for s in github_scripts() if "osallisuus validate" in s)
    result = run_step(validate, repository, tmp_path / "summary.md")
    assert result.returncode == 1
    assert f"{first.stem} (1).yaml" in result.stderr


@pytest.mark.parametrize("scripts", [github_scripts, gitlab_scripts])
def test_a_data_check_finding_fails_the_validation_step(scripts, repository: Path, tmp_path: Path) -> None:
    """An unfinished answers file passes a plain validate with a warning; the examples' --strict stops the run."""
    (tmp_path / "unfinished.yaml").rename(repository / "answers" / UNFINISHED)
    validate = next(s for s in scripts() if "osallisuus validate" in s)
    assert "--strict" in validate
    result = run_step(validate, repository, tmp_path / "summary.md")
    assert result.returncode == 1
    assert "samir.yaml" in result.stderr
    assert result.stderr.count(t("common.error_prefix", "fi") + ":") == 1
    lenient = run_step(validate.replace(" --strict", ""), repository, tmp_path / "summary.md")
    assert lenient.returncode == 0
