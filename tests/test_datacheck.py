"""The data check: odd data is named out loud — in the core function, and by validate, merge, report and export."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import format_moment, t
from osallisuus_cli.model import answers
from osallisuus_cli.teamwork.datacheck import check_inputs
from osallisuus_cli.teamwork.datacheck_lines import capped, failing, report_lines
from osallisuus_cli.teamwork.filecheck import check_paths
from osallisuus_cli.teamwork.merge import collect_team
from tests.conftest import make_answers

ALL = 24


def every(qs, level: int = 2) -> dict[str, int]:
    return {q.id: level for q in qs.questions}


def entries_of(paths: list[Path], qs) -> list:
    return [entry for report in check_paths(paths, qs) for entry in report.entries]


def codes(findings) -> list[str]:
    return [finding.code for finding in findings]


# --- fixtures: the situations of the issue -------------------------------------------------------------------------


@pytest.fixture
def mixed_phase(tmp_path: Path, qs) -> Path:
    """Seven people in toteutus; one of them later said arviointi (the phase menu, or --review)."""
    folder = tmp_path / "mixed" / "answers"
    folder.mkdir(parents=True)
    for index in range(7):
        phase = "arviointi" if index == 0 else "toteutus"
        doc = make_answers(qs, every(qs, index % 5), respondent_id=f"r{index}", name=f"V{index}", phase=phase)
        answers.save_answers(folder / f"v{index}.yaml", doc, qs)
    return folder


@pytest.fixture
def with_empty(tmp_path: Path, qs) -> Path:
    """Two complete answers, one person who gave a name and stopped before question 1, one half-way."""
    folder = tmp_path / "empty" / "answers"
    folder.mkdir(parents=True)
    answers.save_answers(folder / "aino.yaml", make_answers(qs, every(qs, 3), respondent_id="a"), qs)
    answers.save_answers(folder / "eero.yaml", make_answers(qs, every(qs, 1), respondent_id="e"), qs)
    answers.save_answers(folder / "kalle.yaml", make_answers(qs, {}, respondent_id="k", name="Kalle"), qs)
    half = {q.id: 2 for q in qs.questions[:15]}
    answers.save_answers(folder / "liisa.yaml", make_answers(qs, half, respondent_id="l"), qs)
    return folder


@pytest.fixture
def team_inside(tmp_path: Path, qs, runner) -> Path:
    """An anonymised team file inside answers/, and then one of its sources changed (B5)."""
    folder = tmp_path / "answers"
    folder.mkdir()
    for index in range(3):
        when = make_answers(qs, {}).created + timedelta(minutes=index)
        doc = make_answers(qs, every(qs, index + 1), respondent_id=f"r{index}", when=when)
        answers.save_answers(folder / f"v{index}.yaml", doc, qs)
    team = tmp_path / "tiimi.yaml"
    assert runner.invoke(app, ["merge", str(folder), "-o", str(team), "--anonymize"]).exit_code == 0
    shutil.move(team, folder / "tiimi.yaml")
    changed = answers.load_answers(folder / "v0.yaml", qs)
    changed.answers["q01"] = answers.Answer(level=4)
    changed.updated = changed.updated + timedelta(days=1)
    answers.save_answers(folder / "v0.yaml", changed, qs)
    return folder


@pytest.fixture
def nameless(tmp_path: Path, qs) -> Path:
    """Before each nameless run got its own file, the file was named after the project and offered to everyone."""
    folder = tmp_path / "answers"
    folder.mkdir()
    doc = make_answers(qs, every(qs), project="Youth Voice", name=None, respondent_id="n1")
    answers.save_answers(folder / "youth-voice.yaml", doc, qs)
    other = make_answers(qs, every(qs), project="Youth Voice", name=None, respondent_id="n2")
    answers.save_answers(folder / "youth-voice-2f3a.yaml", other, qs)
    return folder


# --- the core function ---------------------------------------------------------------------------------------------


def test_a_mixed_phase_team_is_counted_per_phase_and_the_small_phase_named(mixed_phase: Path, qs) -> None:
    findings = check_inputs(entries_of([mixed_phase], qs), qs, project_phase="toteutus")
    assert codes(findings) == ["respondents", "small_group", "phase_differs"]
    counts, small, differs = findings
    assert counts.level == "note"
    assert small.level == differs.level == "warning"
    assert counts.message("en") == "Respondents – Nuorten ääni: implementation 6, evaluation 1 (7 in all)"
    assert small.message("fi").startswith("Nuorten ääni: arviointivaiheessa on vain 1 vastaaja, toteutusvaiheessa 6")
    assert "report --phase" in small.message("fi"), "what to do"
    assert differs.where == str(mixed_phase / "v0.yaml")
    assert differs.message("en").startswith("the phase is evaluation, but the project file says implementation")


def test_without_a_project_phase_only_the_small_group_is_named(mixed_phase: Path, qs) -> None:
    assert codes(check_inputs(entries_of([mixed_phase], qs), qs)) == ["respondents", "small_group"]


def test_two_phases_of_similar_size_are_no_small_group(tmp_path: Path, qs) -> None:
    for index in range(6):
        phase = "arviointi" if index % 2 else "toteutus"
        doc = make_answers(qs, every(qs), respondent_id=f"r{index}", phase=phase)
        answers.save_answers(tmp_path / f"v{index}.yaml", doc, qs)
    assert codes(check_inputs(entries_of([tmp_path], qs), qs)) == ["respondents"]


def test_empty_and_incomplete_files_are_named_one_line_each(with_empty: Path, qs) -> None:
    findings = check_inputs(entries_of([with_empty], qs), qs)
    assert codes(findings) == ["respondents", "empty", "incomplete"]
    assert findings[0].params["total"] == 3, "the empty file is no respondent"
    empty, half = findings[1:]
    assert empty.render("en") == f"{with_empty / 'kalle.yaml'}: {t('datacheck.empty', 'en', total=24)}"
    assert half.where == str(with_empty / "liisa.yaml")
    assert half.params == {"answered": 15, "total": ALL}


def test_a_team_file_inside_answers_with_a_changed_source_is_caught(team_inside: Path, qs) -> None:
    findings = check_inputs(entries_of([team_inside], qs), qs)
    assert "team_sources_changed" in codes(findings)
    changed = next(f for f in findings if f.code == "team_sources_changed")
    assert changed.where == str(team_inside / "tiimi.yaml")
    assert changed.params == {"count": 1, "files": str(team_inside / "v0.yaml")}
    assert "counted twice" in changed.message("en")


def test_a_team_file_given_with_unchanged_sources_is_named_too(tmp_path: Path, qs, runner) -> None:
    folder = tmp_path / "answers"
    folder.mkdir()
    for index in range(2):
        doc = make_answers(qs, every(qs), respondent_id=f"r{index}", name=f"N{index}")
        answers.save_answers(folder / f"v{index}.yaml", doc, qs)
    assert runner.invoke(app, ["merge", str(folder), "-o", str(tmp_path / "t.yaml")]).exit_code == 0
    findings = check_inputs(entries_of([folder, tmp_path / "t.yaml"], qs), qs)
    assert codes(findings) == ["respondents", "team_with_sources"]
    assert findings[1].params == {"count": 2}


def test_nameless_respondents_in_the_old_shared_file_are_named(nameless: Path, qs) -> None:
    findings = check_inputs(entries_of([nameless], qs), qs)
    assert codes(findings) == ["respondents", "shared_file"]
    assert findings[1].where == str(nameless / "youth-voice.yaml"), "only the file named after the project"


def test_duplicates_stay_in_the_same_list(tmp_path: Path, qs) -> None:
    first = make_answers(qs, every(qs), respondent_id="aino")
    later = make_answers(qs, every(qs, 4), respondent_id="aino", when=first.created + timedelta(hours=2))
    answers.save_answers(tmp_path / "a.yaml", first, qs)
    answers.save_answers(tmp_path / "b.yaml", later, qs)
    result = collect_team([tmp_path], qs, on_duplicate="latest")
    findings = check_inputs(result.entries, qs, kept=result.team.responses, merge_warnings=result.warnings)
    assert codes(findings) == ["respondents", "duplicate"]
    assert findings[0].params["total"] == 1
    assert findings[1].key == "team.warn_duplicate_latest"


def test_strict_fails_warnings_and_require_complete_fails_completeness(with_empty: Path, mixed_phase, qs) -> None:
    findings = check_inputs(entries_of([with_empty], qs), qs)
    assert failing(findings) == []
    assert codes(failing(findings, require_complete=True)) == ["empty", "incomplete"]
    assert codes(failing(findings, strict=True)) == ["empty", "incomplete"], "notes never fail"
    mixed = check_inputs(entries_of([mixed_phase], qs), qs)
    assert failing(mixed, require_complete=True) == []
    assert codes(failing(mixed, strict=True)) == ["small_group"]


def test_repeated_findings_are_capped_with_a_count(tmp_path: Path, qs) -> None:
    for index in range(8):
        answers.save_answers(tmp_path / f"v{index}.yaml", make_answers(qs, {"q01": 1}, respondent_id=f"r{index}"), qs)
    shown = capped(check_inputs(entries_of([tmp_path], qs), qs))
    assert [item if isinstance(item, int) else item.code for item in shown] == ["respondents"] + ["incomplete"] * 5 + [
        3
    ]


def test_report_lines_name_no_files(with_empty: Path, qs) -> None:
    lines = report_lines(check_inputs(entries_of([with_empty], qs), qs), "fi")
    assert lines == [
        t("datacheck.report_empty", "fi", count=1),
        "Vastaajia, jotka vastasivat vain osaan kysymyksistä: 1 (15/24). Puuttuvat vastaukset eivät ole luvuissa.",
    ]
    assert not any("kalle" in line or "liisa" in line for line in lines)


def test_findings_are_the_same_whatever_the_order_of_the_inputs(with_empty: Path, mixed_phase: Path, qs) -> None:
    files = sorted([*with_empty.glob("*.yaml"), *mixed_phase.glob("*.yaml")])
    forward = [f.render("en") for f in check_inputs(entries_of(files, qs), qs)]
    backward = [f.render("en") for f in check_inputs(entries_of(list(reversed(files)), qs), qs)]
    assert sorted(forward) == sorted(backward)


# --- the commands --------------------------------------------------------------------------------------------------

EMPTY_EN = t("datacheck.empty", "en", total=24).partition(" (")[0]  # "empty answer file"


def test_validate_names_the_situations_and_strict_fails(runner, with_empty: Path) -> None:
    result = runner.invoke(app, ["validate", str(with_empty), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert f"warning: {with_empty / 'kalle.yaml'}: {EMPTY_EN}" in result.stderr
    assert f"warning: {with_empty / 'liisa.yaml'}: 15/24 questions answered" in result.stderr
    strict = runner.invoke(app, ["validate", str(with_empty), "--strict", "--lang", "en"])
    assert strict.exit_code == 1
    assert f"error: {with_empty / 'kalle.yaml'}: {EMPTY_EN}" in strict.stderr
    assert "the data check did not pass: 2 errors" in strict.stderr
    data = json.loads(runner.invoke(app, ["validate", str(with_empty), "--json", "--strict"]).stdout)
    assert data["valid"] is False
    assert [f["code"] for f in data["datacheck"]] == ["respondents", "empty", "incomplete"]


def test_merge_leaves_an_empty_file_out_and_names_it(runner, with_empty: Path, tmp_path: Path, qs) -> None:
    """B6: the person who stopped before question 1 is no respondent."""
    result = runner.invoke(app, ["merge", str(with_empty), "-o", str(tmp_path / "t.yaml"), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert f"warning: {with_empty / 'kalle.yaml'}: {EMPTY_EN}" in result.stderr
    assert "Respondents – Nuorten ääni: implementation 3 (3 in all)" in result.stderr
    team = collect_team([tmp_path / "t.yaml"], qs).team
    assert sorted(r.respondent.id for r in team.responses) == ["a", "e", "l"]


@pytest.mark.parametrize("name", ["tiimi.yaml", "TIIMI.YML", "alakansio/tiimi.yaml"])
def test_merge_into_an_input_folder_is_refused(runner, with_empty: Path, name: str) -> None:
    """B5: a team file written into answers/ (or a folder inside it) would be read back as more respondents; a
    folder read takes in .yaml and .yml whatever their capitals, so the rule does too."""
    target = with_empty / name
    target.parent.mkdir(exist_ok=True)
    result = runner.invoke(app, ["merge", str(with_empty), "-o", str(target), "--anonymize", "--lang", "en"])
    assert result.exit_code == 2
    said = t("datacheck.err_output_in_input_folder", "en", folder=str(with_empty))
    assert f"{target}: {said}" in " ".join(result.stderr.split())  # the output named first, as the line's place
    assert not target.exists()


@pytest.mark.parametrize("name", [".tiimi.yaml", "tiimi.csv"])
def test_what_a_folder_read_never_takes_in_may_be_written_inside_it(runner, with_empty: Path, name: str) -> None:
    """A hidden file, or a file that is no YAML, is never read from a folder: nothing would be counted twice."""
    target = with_empty / name
    command = ["merge", str(with_empty), "-o", str(target)] if name.endswith(".yaml") else ["export", str(with_empty)]
    result = runner.invoke(app, [*command, *(["-o", str(target)] if name.endswith(".csv") else []), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert target.exists()


def test_report_counts_a_team_file_inside_answers_only_with_a_warning(runner, team_inside: Path) -> None:
    result = runner.invoke(app, ["report", str(team_inside), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "counted twice" in result.stderr
    assert "### Data check" in result.stdout


def test_report_and_export_of_an_anonymised_team_warn_of_nothing(runner, mixed_phase: Path, tmp_path: Path) -> None:
    """C2: the README's recommended path (a report of an anonymised team file) prints no warning."""
    for path in mixed_phase.glob("v[1-6].yaml"):
        shutil.move(path, tmp_path / path.name)
    team = tmp_path / "tiimi.yaml"
    folder = tmp_path / "kaikki"
    folder.mkdir()
    for path in tmp_path.glob("v*.yaml"):
        shutil.move(path, folder / path.name)
    assert runner.invoke(app, ["merge", str(folder), "--anonymize", "-o", str(team)]).exit_code == 0
    report = runner.invoke(app, ["report", str(team), "-o", str(tmp_path / "r.html")])
    assert report.exit_code == 0, report.output
    assert t("common.warning_prefix") not in report.stderr
    export = runner.invoke(app, ["export", str(team), "-o", str(tmp_path / "r.csv")])
    assert export.exit_code == 0
    assert t("common.warning_prefix") not in export.stderr


def test_commands_without_arguments_use_the_answers_folder_assess_wrote(
    runner, with_empty: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """B9: the README tour's folder has no osallisuus.yaml, but assess wrote ./answers/ there."""
    monkeypatch.chdir(with_empty.parent)
    for args in (["validate"], ["merge"], ["report"], ["export"]):
        result = runner.invoke(app, [*args, "--lang", "en"])
        assert result.exit_code == 0, (args, result.output)
        assert EMPTY_EN in result.stderr, args
    shutil.rmtree(with_empty)
    result = runner.invoke(app, ["validate", "--lang", "en"])
    assert result.exit_code == 2
    assert "no files given" in result.stderr


def test_a_phase_unlike_the_project_files_is_named_by_every_command(
    runner, mixed_phase: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """B3: one worker picked arviointi while the project file says toteutus: every command says so."""
    project = mixed_phase.parent
    (project / "osallisuus.yaml").write_text(
        "format: osallisuus/project/v1\nname: Nuorten ääni\nphase: toteutus\n", encoding="utf-8"
    )
    monkeypatch.chdir(project)
    for args in (["validate"], ["merge"], ["report"], ["export"]):
        result = runner.invoke(app, [*args, "--lang", "en"])
        assert result.exit_code == 0, (args, result.output)
        assert "answers/v0.yaml: the phase is evaluation, but the project file says implementation" in result.stderr
    report = runner.invoke(app, ["report", "--lang", "en"])
    assert "The report describes the implementation phase: 6 respondents. The phase was chosen" in report.stdout


def test_every_finding_names_its_project_for_the_portfolio(tmp_path: Path, qs) -> None:
    """By the response it is about, by the project named in a merge warning, by the file a warning names."""
    first = make_answers(qs, every(qs), respondent_id="aino", project="Kylätalo")
    later = make_answers(qs, every(qs, 4), respondent_id="aino", project="Kylätalo", when=first.created + timedelta(1))
    empty = make_answers(qs, {}, respondent_id="eino", project="Nuorten ääni")
    answers.save_answers(tmp_path / "a.yaml", first, qs)
    answers.save_answers(tmp_path / "b.yaml", later, qs)
    answers.save_answers(tmp_path / "c.yaml", empty, qs)
    result = collect_team([tmp_path], qs, on_duplicate="latest")
    findings = check_inputs(result.entries, qs, kept=result.team.responses, merge_warnings=result.warnings)
    about = {(finding.code, finding.project) for finding in findings if finding.level == "warning"}
    assert about == {("duplicate", "Kylätalo"), ("empty", "Nuorten ääni")}


def test_the_team_format_docs_name_every_code_of_the_data_check() -> None:
    from osallisuus_cli.teamwork.datacheck_lines import CODES

    docs = (Path(__file__).parent.parent / "docs" / "team-format.md").read_text(encoding="utf-8")
    assert [code for code in CODES if f"`{code}`" not in docs] == []


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_newest_kept_is_dated_as_people_write_dates(tmp_path: Path, qs, runner, lang: str) -> None:
    """merge --on-duplicate latest names the time of the answers it kept as the report writes times
    (6.10.2026 klo 11.02), not as ISO 8601, in the terminal lines of merge and validate alike."""
    folder = tmp_path / "answers"
    folder.mkdir()
    first = make_answers(qs, every(qs), respondent_id="aino")
    later = make_answers(qs, every(qs, 4), respondent_id="aino", when=first.created + timedelta(hours=2))
    answers.save_answers(folder / "a.yaml", first, qs)
    answers.save_answers(folder / "b.yaml", later, qs)
    moment = format_moment(later.updated, lang)
    for command in (["merge", str(folder), "-o", str(tmp_path / "t.yaml")], ["validate", str(folder)]):
        result = runner.invoke(app, [*command, "--on-duplicate", "latest", "--lang", lang])
        assert result.exit_code == 0, result.output
        line = next(line for line in result.stderr.splitlines() if str(folder / "b.yaml") in line)
        assert f"({moment})" in line, line
        assert str(later.updated) not in line
        assert later.updated.isoformat() not in line


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_same_file_twice_is_counted_once_and_named(tmp_path: Path, qs, runner, lang: str) -> None:
    """A byte-for-byte copy of an answer file (a copy in the folder, an attachment saved twice) is one respondent,
    and validate says where both are, as a note: the numbers are right, so --strict still passes."""
    folder = tmp_path / "answers"
    folder.mkdir()
    for index in range(2):
        doc = make_answers(qs, every(qs), respondent_id=f"r{index}", name=f"N{index}")
        answers.save_answers(folder / f"v{index}.yaml", doc, qs)
    shutil.copyfile(folder / "v0.yaml", folder / "v0-kopio.yaml")
    findings = check_inputs(entries_of([folder], qs), qs)
    assert codes(findings) == ["respondents", "same_file"]
    (same,) = [finding for finding in findings if finding.code == "same_file"]
    assert same.level == "note"
    assert same.where == str(folder / "v0-kopio.yaml")
    assert same.params == {"count": 1, "others": str(folder / "v0.yaml")}
    assert findings[0].params["total"] == 2, "the copy is not a respondent"
    result = runner.invoke(app, ["validate", str(folder), "--strict", "--lang", lang])
    assert result.exit_code == 0, result.output
    line = t("datacheck.same_file", lang, count=1, others=str(folder / "v0.yaml"))
    assert f"{folder / 'v0-kopio.yaml'}: {line}" in result.stderr.splitlines()
    shutil.copyfile(folder / "v0.yaml", folder / "v0-toinen.yaml")
    (same,) = [f for f in check_inputs(entries_of([folder], qs), qs) if f.code == "same_file"]
    assert same.params["count"] == 2
