"""`osallisuus report` on the command line: inputs, formats, templates, languages, errors."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from conftest import HELSINKI, error_line, make_answers, write_answers
from typer.testing import CliRunner

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
from osallisuus_cli.questionsets.framework import QuestionSet

IDS = [f"{i:08d}-2222-4222-8222-222222222222" for i in range(6)]


@pytest.fixture
def answers_dir(tmp_path: Path, qs: QuestionSet) -> Path:
    folder = tmp_path / "answers"
    for i in range(3):
        levels = {q.id: (i + n) % 5 for n, q in enumerate(qs.questions)}
        levels["q03"] = "na"
        doc = make_answers(qs, levels, respondent_id=IDS[i], name=f"Vastaaja {i}", how={"q01": f"Tapa {i}"})
        write_answers(folder / f"vastaaja-{i}.yaml", doc, qs)
    return folder


def run(runner: CliRunner, *args: str) -> object:
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_markdown_on_stdout_by_default(runner: CliRunner, answers_dir: Path) -> None:
    result = run(runner, "report", str(answers_dir))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"# {t('report.default_title', 'fi', project='Nuorten ääni')}\n")
    assert "Tapa 2" in result.stdout
    assert "Vastaaja 2" not in result.stdout
    assert result.stderr == ""


def test_format_from_the_output_suffix_and_written_atomically(
    runner: CliRunner, answers_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "raportti.html"
    result = run(runner, "report", str(answers_dir), "-o", str(out), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert result.stdout == ""
    assert str(out) in result.stderr
    assert [p.name for p in out.parent.iterdir()] == ["raportti.html"]  # no temporary files left


def test_identical_input_gives_identical_bytes(runner: CliRunner, answers_dir: Path, tmp_path: Path) -> None:
    files = sorted(answers_dir.iterdir())
    outputs = []
    for order, name in ((files, "a"), (files[::-1], "b")):
        for suffix in ("md", "html"):
            out = tmp_path / f"{name}.{suffix}"
            assert run(runner, "report", *map(str, order), "-o", str(out)).exit_code == 0
            outputs.append(out.read_bytes())
    assert outputs[0] == outputs[2]
    assert outputs[1] == outputs[3]


def test_a_team_file_reports_the_same_as_its_answer_files(
    runner: CliRunner, answers_dir: Path, tmp_path: Path, qs: QuestionSet
) -> None:
    from osallisuus_cli.teamwork.merge import collect_team, save_team

    team = tmp_path / "team.yaml"
    save_team(team, collect_team([answers_dir], qs).team, qs)
    direct = run(runner, "report", str(answers_dir)).stdout
    assert run(runner, "report", str(team)).stdout == direct


@pytest.mark.parametrize(
    ("args", "key", "params"),
    [
        (["--format", "pdf"], "report.err_format", {"value": "pdf"}),
        (["-o", "x.html", "--format", "md"], "report.err_format_conflict", {"fmt": "md", "suffix": ".html"}),
        (["-o", "x.pdf"], "report.err_suffix", {"suffix": ".pdf"}),
        (["--template", "../etc"], "report.err_template_name", {"name": "../etc"}),
        (["--template", "puuttuu"], "report.err_template_unknown", {"template": "puuttuu"}),
        (
            ["--template", "summary", "--format", "html"],
            "report.err_template_format",
            {"template": "summary", "formats": "md", "fmt": "html"},
        ),
        (["--lang", "de"], "common.bad_language", {"value": "de"}),
    ],
)
def test_usage_errors_are_one_line_exit_2(
    runner: CliRunner, answers_dir: Path, tmp_path: Path, args: list[str], key: str, params: dict[str, str]
) -> None:
    args = [a.replace("x.", str(tmp_path / "x.")) for a in args]
    result = run(runner, "report", str(answers_dir), *args)
    assert result.exit_code == 2
    assert result.stderr == error_line(t(key, "fi", **params))
    assert not list(tmp_path.glob("x.*"))


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize(
    ("args", "key", "params"),
    [
        (["--template", "puuttuu"], "report.err_template_unknown", {"template": "puuttuu"}),
        (
            ["--template", "summary", "-o", "x.html"],
            "report.err_template_format",
            {"template": "summary", "formats": "md", "fmt": "html"},
        ),
    ],
)
def test_a_template_that_cannot_be_made_is_refused_before_the_answers_are_read(
    runner: CliRunner,
    answers_dir: Path,
    tmp_path: Path,
    qs: QuestionSet,
    lang: str,
    args: list[str],
    key: str,
    params: dict[str, str],
) -> None:
    """With an unfinished answer file among the inputs, the refusal is still the one line: the data check's
    warnings would say the answers were read (and checked) for a report that could never be made."""
    write_answers(answers_dir / "kesken.yaml", make_answers(qs, {"q01": 2}, respondent_id=IDS[3], name="Kesken"), qs)
    args = [a.replace("x.", str(tmp_path / "x.")) for a in args]
    result = run(runner, "report", str(answers_dir), *args, "--lang", lang)
    assert result.exit_code == 2
    assert result.stderr == error_line(t(key, lang, **params), lang)
    assert not list(tmp_path.glob("x.*"))


def test_bad_answers_file_is_a_data_error_and_nothing_is_written(
    runner: CliRunner, answers_dir: Path, tmp_path: Path
) -> None:
    (answers_dir / "rikki.yaml").write_text("format: osallisuus/answers/v1\nanswers: [\n", encoding="utf-8")
    out = tmp_path / "r.md"
    result = run(runner, "report", str(answers_dir), "-o", str(out))
    assert result.exit_code == 1
    assert "rikki.yaml" in result.stderr
    assert not out.exists()


def test_refuses_to_write_over_an_input(runner: CliRunner, answers_dir: Path) -> None:
    target = answers_dir / "vastaaja-0.yaml"
    before = target.read_bytes()
    result = run(runner, "report", str(target), "-o", str(target), "--format", "md", "--force")
    assert result.exit_code == 2, "never over an input, even with --force"
    assert result.stderr == error_line(f"{target}: {t('team.err_output_is_input', 'fi')}")
    assert target.read_bytes() == before


def test_duplicates_follow_the_merge_rules(runner: CliRunner, tmp_path: Path, qs: QuestionSet) -> None:
    folder = tmp_path / "answers"
    early = datetime(2026, 3, 1, 9, 0, tzinfo=HELSINKI)
    late = datetime(2026, 9, 1, 9, 0, tzinfo=HELSINKI)
    write_answers(folder / "kevat.yaml", make_answers(qs, {"q01": 1}, respondent_id=IDS[0], when=early), qs)
    write_answers(folder / "syksy.yaml", make_answers(qs, {"q01": 3}, respondent_id=IDS[0], when=late), qs)
    assert run(runner, "report", str(folder)).exit_code == 1
    both = run(runner, "report", str(folder), "--on-duplicate", "keep-both", "--lang", "en")
    assert both.exit_code == 0
    assert "warning" in both.stderr
    assert "Implementation, round 1 (n\u00a0=\u00a01)" in both.stdout
    assert "| +2.0 |" in both.stdout
    latest = run(runner, "report", str(folder), "--on-duplicate", "latest")
    assert latest.exit_code == 0
    assert "Kaikki vastaukset ovat samasta vaiheesta." in latest.stdout


def test_duplicates_policy_comes_from_the_environment_like_for_merge(
    runner: CliRunner, tmp_path: Path, qs: QuestionSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A CI job sets OSALLISUUS_ON_DUPLICATE once; report must follow it as merge, export and validate do."""
    folder = tmp_path / "answers"
    early = datetime(2026, 3, 1, 9, 0, tzinfo=HELSINKI)
    late = datetime(2026, 9, 1, 9, 0, tzinfo=HELSINKI)
    write_answers(folder / "kevat.yaml", make_answers(qs, {"q01": 1}, respondent_id=IDS[0], when=early), qs)
    write_answers(folder / "syksy.yaml", make_answers(qs, {"q01": 3}, respondent_id=IDS[0], when=late), qs)
    monkeypatch.setenv("OSALLISUUS_ON_DUPLICATE", "latest")
    result = run(runner, "report", str(folder))
    assert result.exit_code == 0, result.stderr
    assert "pidettiin uusin vastaus" in result.stderr
    assert "Arvio **3**" in result.stdout
    assert run(runner, "report", str(folder), "--on-duplicate", "error").exit_code == 1, "the flag still wins"
    monkeypatch.setenv("OSALLISUUS_ON_DUPLICATE", "newest")
    result = run(runner, "report", str(folder))
    assert result.exit_code == 2
    assert "'newest'" in result.stderr


def test_a_project_without_its_answers_folder_names_the_folder(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "osallisuus.yaml").write_text("format: osallisuus/project/v1\nname: Testi\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for command in ("report", "merge", "validate"):
        result = run(runner, command)
        assert result.exit_code == 1, (command, result.stderr)
        assert f"answers: {t('common.file_not_found', 'fi')}" in result.stderr, (command, result.stderr)


def test_templates_folder_overrides_by_file_name(runner: CliRunner, answers_dir: Path, tmp_path: Path) -> None:
    own = tmp_path / "omat"
    own.mkdir()
    (own / "report.md.j2").write_text(
        "{{ t('report.respondents') }}: {{ report.respondents }} — {{ report.title }}\n", encoding="utf-8"
    )
    (own / "oma.md.j2").write_text("{% extends 'summary.md.j2' %}{% block actions %}OMA{% endblock %}", "utf-8")
    result = run(runner, "report", str(answers_dir), "--templates", str(own), "--title", "Otsikko | *x*")
    assert result.stdout == f"{t('report.respondents', 'fi')}: 3 — Otsikko \\| \\*x\\*\n"
    # The summary is built on report.md.j2, so it picks the override up as well.
    assert run(runner, "report", str(answers_dir), "--templates", str(own), "-t", "oma").stdout.startswith(
        t("report.respondents", "fi")
    )
    innokyla = run(runner, "report", str(answers_dir), "--templates", str(own), "-t", "innokyla")
    assert innokyla.stdout.startswith(f"# {t('report.innokyla_title', 'fi')}\n")  # built-in, not overridden


def test_template_mistakes_are_reported_with_file_and_line(
    runner: CliRunner, answers_dir: Path, tmp_path: Path
) -> None:
    own = tmp_path / "omat"
    own.mkdir()
    (own / "report.md.j2").write_text("ok\n{% if %}\n", encoding="utf-8")
    result = run(runner, "report", str(answers_dir), "--templates", str(own))
    assert result.exit_code == 2
    assert "report.md.j2:2:" in result.stderr
    (own / "report.md.j2").write_text("{{ report.no_such_field }}\n", encoding="utf-8")
    result = run(runner, "report", str(answers_dir), "--templates", str(own))
    assert result.exit_code == 2
    assert "no_such_field" in result.stderr


def test_an_override_can_build_on_the_builtin_template_of_the_same_name(
    runner: CliRunner, answers_dir: Path, tmp_path: Path
) -> None:
    own = tmp_path / "omat"
    own.mkdir()
    (own / "report.md.j2").write_text(
        '{% extends "builtin/report.md.j2" %}{% block questions %}OMA OSIO\n\n{% endblock %}', encoding="utf-8"
    )
    result = run(runner, "report", str(answers_dir), "--templates", str(own))
    assert result.exit_code == 0, result.stderr
    assert "OMA OSIO" in result.stdout
    assert f"## {t('report.h_summary', 'fi')}\n" in result.stdout
    assert f"## {t('report.h_questions', 'fi')}\n" not in result.stdout
    # a template that extends itself would never end: one clear line instead
    looping = tmp_path / "kehä"
    looping.mkdir()
    (looping / "report.md.j2").write_text('{% extends "report.md.j2" %}', encoding="utf-8")
    result = run(runner, "report", str(answers_dir), "--templates", str(looping), "--lang", "en")
    assert result.exit_code == 2, result.stderr
    assert result.stderr.count("\n") == 1
    recursion = t("report.err_template_recursion", "en", name="report.md.j2", builtin="builtin/report.md.j2")
    assert result.stderr.endswith(f": {recursion}\n"), result.stderr


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ("ok\n{{ 1 / 0 }}\n", "ZeroDivisionError"),
        ("ok\n\n{{ t('report.no_such_text') }}\n", "report.no_such_text"),
    ],
)
def test_a_template_that_fails_while_rendering_names_its_line(
    runner: CliRunner, answers_dir: Path, tmp_path: Path, body: str, detail: str
) -> None:
    own = tmp_path / "omat"
    own.mkdir()
    (own / "oma.md.j2").write_text(body, encoding="utf-8")
    out = tmp_path / "raportti.md"
    result = run(runner, "report", str(answers_dir), "--templates", str(own), "-t", "oma", "-o", str(out))
    assert result.exit_code == 2, result.stderr
    line = body.rstrip("\n").count("\n") + 1
    assert f"oma.md.j2:{line}:" in result.stderr, result.stderr
    assert detail in result.stderr, result.stderr
    assert "--debug" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert not out.exists()


def test_innokyla_appendix_in_both_formats(runner: CliRunner, answers_dir: Path, tmp_path: Path) -> None:
    md = run(runner, "report", str(answers_dir), "--template", "innokyla", "--lang", "sv").stdout
    assert md.startswith(f"# {t('report.innokyla_title', 'sv')}\n")
    assert t("report.innokyla_level", "sv", mean="\0", high="", label="", n="", total="").partition("\0")[0] in md
    assert "Tapa 1 (fråga 1)" in md
    out = tmp_path / "liite.html"
    assert run(runner, "report", str(answers_dir), "-t", "innokyla", "-o", str(out)).exit_code == 0
    assert t("report.innokyla_practices", "fi") in out.read_text(encoding="utf-8")


def test_project_answers_folder_is_the_default_input(
    runner: CliRunner, answers_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (answers_dir.parent / "osallisuus.yaml").write_text(
        "format: osallisuus/project/v1\nname: Nuorten ääni\nlang: sv\n", encoding="utf-8"
    )
    monkeypatch.chdir(answers_dir.parent)
    result = run(runner, "report")
    assert result.exit_code == 0, result.stderr
    assert t("report.h_summary", "sv") in result.stdout
