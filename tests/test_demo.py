"""`osallisuus demo`: a complete, realistic example written through the same code paths as real use."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers
from osallisuus_cli.model.answers import load_answers
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.reports.report import build_report
from tests.conftest import make_answers, read_team

EXPECTED = [
    "answers/suunnittelu/aino.yaml",
    "answers/suunnittelu/leena.yaml",
    "answers/suunnittelu/mikko.yaml",
    "answers/suunnittelu/samir.yaml",
    "answers/toteutus/aino.yaml",
    "answers/toteutus/helmi.yaml",
    "answers/toteutus/leena.yaml",
    "answers/toteutus/mikko.yaml",
    "answers/toteutus/samir.yaml",
    "innokyla.html",
    "innokyla.md",
    "report.html",
    "report.md",
    "team.yaml",
]


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_demo_writes_everything_and_says_what_to_open(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["demo", "-o", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.stderr
    assert sorted(files(tmp_path / "demo")) == EXPECTED
    assert f"Avaa ensin: {tmp_path / 'demo' / 'report.html'}" in result.stderr
    assert "9 vastaustiedostoa (suunnittelu, toteutus)" in result.stderr


def test_demo_is_deterministic(runner: CliRunner, tmp_path: Path) -> None:
    for name in ("a", "b"):
        assert runner.invoke(app, ["demo", "-o", str(tmp_path / name)]).exit_code == 0
    assert files(tmp_path / "a") == files(tmp_path / "b")


def test_demo_team_is_realistic(runner: CliRunner, tmp_path: Path, qs: QuestionSet) -> None:
    folder = tmp_path / "demo"
    assert runner.invoke(app, ["demo", "-o", str(folder)]).exit_code == 0
    docs = [load_answers(path, qs) for path in sorted((folder / "answers").rglob("*.yaml"))]
    assert 4 <= len({d.respondent.name for d in docs}) <= 6
    assert {d.project.phase for d in docs} == {"suunnittelu", "toteutus"}
    levels = [a.level for d in docs for a in d.answers.values()]
    assert "na" in levels
    assert "dont_know" in levels
    assert any(len(d.answers) < len(qs.questions) for d in docs)  # someone skipped a question
    assert any("ä" in (a.how or "") for d in docs for a in d.answers.values())  # Finnish free text
    report = build_report(read_team(folder / "team.yaml", qs), qs, "fi")
    assert 1 <= report.disputed_count <= 3
    assert report.trend is not None
    assert [p.phase for p in report.trend.periods] == ["suunnittelu", "toteutus"]
    assert report.has_actions
    assert report.respondents == 5
    md = (folder / "report.md").read_text(encoding="utf-8")
    assert "## Muutos vaiheesta toiseen" in md
    assert "Keskusteltavaa" in md


def test_demo_refuses_to_overwrite_without_force(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    assert runner.invoke(app, ["demo", "-o", str(folder)]).exit_code == 0
    (folder / "report.md").write_text("muokattu", encoding="utf-8")
    again = runner.invoke(app, ["demo", "-o", str(folder)])
    assert again.exit_code == 2
    assert "--force" in again.stderr
    assert (folder / "report.md").read_text(encoding="utf-8") == "muokattu"
    assert runner.invoke(app, ["demo", "-o", str(folder), "--force"]).exit_code == 0
    assert (folder / "report.md").read_text(encoding="utf-8").startswith(f"# {t('report.title', 'fi')}")


def test_demo_report_in_english(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(app, ["demo", "-o", str(tmp_path), "--lang", "en"]).exit_code == 0
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page
    assert t("report.h_summary", "en") in page


def test_demo_never_writes_into_a_folder_with_other_files(runner: CliRunner, tmp_path: Path, qs: QuestionSet) -> None:
    """Made-up respondents must not join a real team's answers (nor real answers the demo's report)."""
    team = tmp_path / "tiimi"
    (team / "answers").mkdir(parents=True)
    real = team / "answers" / "aino.yaml"
    answers.save_answers(real, make_answers(qs, {"q01": 3}), qs)
    before = real.read_bytes()
    for extra in ([], ["--force"]):
        result = runner.invoke(app, ["demo", "-o", str(team), "--lang", "en", *extra])
        assert result.exit_code == 2, result.output
        assert "aino.yaml" in result.stderr
    assert sorted(p.name for p in team.rglob("*")) == ["aino.yaml", "answers"]
    assert real.read_bytes() == before
    # its own earlier output is fine to write over with --force, and an empty folder too
    (tmp_path / "tyhjä").mkdir()
    assert runner.invoke(app, ["demo", "-o", str(tmp_path / "tyhjä")]).exit_code == 0
    assert runner.invoke(app, ["demo", "-o", str(tmp_path / "tyhjä"), "--force"]).exit_code == 0
    (tmp_path / "tyhjä" / "answers" / "oma.yaml").write_text("x", encoding="utf-8")
    assert runner.invoke(app, ["demo", "-o", str(tmp_path / "tyhjä"), "--force"]).exit_code == 2


def test_demo_team_member_is_one_respondent_in_both_phases(runner: CliRunner, tmp_path: Path, qs: QuestionSet) -> None:
    """Aino answers the planning and the implementation phase: one person, one id, counted once by the data check."""
    folder = tmp_path / "demo"
    assert runner.invoke(app, ["demo", "-o", str(folder)]).exit_code == 0
    docs = [load_answers(path, qs) for path in sorted((folder / "answers").rglob("*.yaml"))]
    ids = {(d.respondent.name, d.respondent.id) for d in docs}
    assert len(ids) == len({d.respondent.name for d in docs}) == 5
    result = runner.invoke(app, ["validate", str(folder / "answers")])
    counts = t("datacheck.respondents", "fi", project="Kylätalo kaikille", counts="suunnittelu 4, toteutus 5", total=5)
    assert counts in result.stderr


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_demo_reports_are_what_report_makes_of_its_team_file(runner: CliRunner, tmp_path: Path, lang: str) -> None:
    """The demo's reports are byte for byte what `osallisuus report team.yaml` makes, data check included: the
    example shows what a coordinator will get (Samir left one question unanswered, and the report says so)."""
    folder = tmp_path / "demo"
    assert runner.invoke(app, ["demo", "-o", str(folder), "--lang", lang]).exit_code == 0
    for template in ("report", "innokyla"):
        made = tmp_path / f"{template}.md"
        args = ["report", str(folder / "team.yaml"), "--template", template, "-o", str(made), "--lang", lang]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert (folder / f"{template}.md").read_bytes() == made.read_bytes(), template
    assert f"### {t('datacheck.h_box', lang)}" in (folder / "report.md").read_text(encoding="utf-8")
