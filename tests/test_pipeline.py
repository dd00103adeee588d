"""The pipeline as a library: read these folders → check → build → render, without the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import make_answers, write_answers
from typer.testing import CliRunner

from osallisuus_cli.cli.app import app
from osallisuus_cli.errors import UsageError
from osallisuus_cli.i18n import t, tn
from osallisuus_cli.model.projectpath import Settings
from osallisuus_cli.pipeline.exporting import ExportRequest, export_answers
from osallisuus_cli.pipeline.reporting import ReportRequest, choose_format, make_report
from osallisuus_cli.pipeline.validating import validate_files
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.teamwork.datacheck_lines import Finding


def answers_folder(tmp_path: Path, qs: QuestionSet) -> Path:
    folder = tmp_path / "answers"
    folder.mkdir()
    for n, (project, phase) in enumerate(
        [("Nuorten ääni", "toteutus"), ("Nuorten ääni", "toteutus"), ("Kylä", "arviointi")]
    ):
        levels: dict[str, int | str] = {q.id: (n + q.number) % 5 for q in qs.questions if q.number != 5 or n}
        doc = make_answers(
            qs, levels, project=project, phase=phase, respondent_id=f"{n:08d}-1111-4111-8111-111111111111"
        )
        write_answers(folder / f"r{n}.yaml", doc, qs)
    return folder


@pytest.mark.parametrize(("template", "suffix", "lang"), [("report", ".html", "sv"), ("portfolio", ".md", "en")])
def test_a_library_caller_gets_the_bytes_the_command_writes(
    tmp_path: Path, qs: QuestionSet, monkeypatch: pytest.MonkeyPatch, template: str, suffix: str, lang: str
) -> None:
    folder = answers_folder(tmp_path, qs)
    monkeypatch.chdir(tmp_path)
    out = tmp_path / f"out{suffix}"
    result = CliRunner().invoke(app, ["report", str(folder), "-t", template, "--lang", lang, "-o", str(out)])
    assert result.exit_code == 0, result.output
    request = ReportRequest(
        paths=[folder], settings=Settings(), lang=lang, fmt=choose_format(None, out), template=template
    )
    made = make_report(request)
    assert made.text == out.read_text(encoding="utf-8")
    assert made.projects == 2
    assert made.model.lang == lang


def test_the_data_check_is_heard_before_the_report_is_built(tmp_path: Path, qs: QuestionSet) -> None:
    """A caller sees the findings even when building then fails (here: a phase nobody answered in)."""
    folder = answers_folder(tmp_path, qs)
    heard: list[list[Finding]] = []
    request = ReportRequest(paths=[folder], settings=Settings(), lang="en", phase="suunnittelu", phase_required=True)
    with pytest.raises(UsageError):
        make_report(request, on_findings=heard.append)
    assert len(heard) == 1
    assert {finding.code for finding in heard[0]} >= {"incomplete"}


def test_the_pipeline_runs_without_any_cli_toolkit(tmp_path: Path, qs: QuestionSet) -> None:
    folder = answers_folder(tmp_path, qs)
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from osallisuus_cli.model.projectpath import Settings\n"
        "from osallisuus_cli.pipeline.reporting import ReportRequest, make_report\n"
        f"made = make_report(ReportRequest(paths=[Path({str(folder)!r})], settings=Settings(), lang='fi'))\n"
        "assert made.text.startswith('# ')\n"
        "print(sorted(m for m in ('typer', 'click', 'rich', 'questionary') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("strict", [False, True])
def test_a_library_caller_gets_what_validate_prints_as_json(
    tmp_path: Path, qs: QuestionSet, monkeypatch: pytest.MonkeyPatch, strict: bool
) -> None:
    """``validate_files`` is ``osallisuus validate``: the same files, problems, data check and verdict."""
    folder = answers_folder(tmp_path, qs)  # one answer missing: the data check warns
    (folder / "empty.yaml").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    args = ["validate", str(folder), "--json", "--lang", "en"] + (["--strict"] if strict else [])
    result = CliRunner().invoke(app, args)
    validation = validate_files([folder], Settings(), None, strict=strict)
    assert json.loads(result.stdout) == validation.as_dict()
    assert result.exit_code == 1
    assert validation.failed
    assert validation.counts == {"files": 4, "valid": 3, "invalid": 1, "problems": 1}
    assert [finding.code for finding in validation.errors] == (["incomplete"] if strict else [])


def test_validation_fails_on_the_data_check_only_when_strict(tmp_path: Path, qs: QuestionSet) -> None:
    folder = answers_folder(tmp_path, qs)
    relaxed = validate_files([folder], Settings(), None)
    strict = validate_files([folder], Settings(), None, strict=True)
    assert relaxed.warned == strict.warned == 1
    assert (relaxed.failed, strict.failed) == (False, True)
    assert (relaxed.as_dict()["valid"], strict.as_dict()["valid"]) == (True, False)


def test_validate_and_import_run_without_any_cli_toolkit(tmp_path: Path, qs: QuestionSet) -> None:
    """A library caller checks a folder and imports a survey export as the commands do, and no CLI toolkit loads."""
    import csv

    from tests.forms import forms_rows

    folder = answers_folder(tmp_path, qs)
    header, rows = forms_rows(qs, rows=2)
    export = tmp_path / "forms.csv"
    with export.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows([header, *rows])
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from osallisuus_cli.importing.run import ImportRequest, import_answers\n"
        "from osallisuus_cli.model.projectpath import Settings\n"
        "from osallisuus_cli.pipeline.validating import validate_files\n"
        f"checked = validate_files([Path({str(folder)!r})], Settings(), None)\n"
        f"done = import_answers(ImportRequest(Path({str(export)!r}), Path({str(tmp_path / 'imported')!r}), 'fi'))\n"
        "print(checked.counts['valid'], done.summary.written)\n"
        "print(sorted(m for m in ('typer', 'click', 'rich', 'questionary', 'prompt_toolkit') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.split("\n")[:2] == ["3 2", "[]"]


@pytest.mark.parametrize(("fmt", "excel"), [("csv", False), ("csv", True), ("json", False), ("jsonl", False)])
def test_a_library_caller_gets_the_export_the_command_writes(
    tmp_path: Path, qs: QuestionSet, monkeypatch: pytest.MonkeyPatch, fmt: str, excel: bool
) -> None:
    """``export_answers`` is ``osallisuus export``: the same bytes, and as many rows as it says."""
    folder = answers_folder(tmp_path, qs)
    monkeypatch.chdir(tmp_path)
    out = tmp_path / f"out.{fmt}"
    args = ["export", str(folder), "-F", fmt, "-o", str(out)] + (["--excel"] if excel else [])
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    made = export_answers(ExportRequest(paths=[folder], settings=Settings(), fmt=fmt, excel=excel))
    assert b"".join(made.pieces) == out.read_bytes()
    assert made.rows == 3 * len(qs.questions)
    assert len(made.team.responses) == 3
    if fmt == "jsonl":
        assert len(out.read_bytes().splitlines()) == made.rows


def test_the_export_refuses_an_output_among_its_inputs_before_reading(tmp_path: Path, qs: QuestionSet) -> None:
    folder = answers_folder(tmp_path, qs)
    inside = folder / "r0.yaml"
    before = inside.read_bytes()
    with pytest.raises(UsageError):
        export_answers(ExportRequest(paths=[folder], settings=Settings(), output=inside, force=True))
    assert inside.read_bytes() == before


def test_the_export_runs_without_any_cli_toolkit(tmp_path: Path, qs: QuestionSet) -> None:
    folder = answers_folder(tmp_path, qs)
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from osallisuus_cli.model.projectpath import Settings\n"
        "from osallisuus_cli.pipeline.exporting import ExportRequest, export_answers\n"
        f"made = export_answers(ExportRequest(paths=[Path({str(folder)!r})], settings=Settings(), fmt='jsonl'))\n"
        "print(len(b''.join(made.pieces).splitlines()) == made.rows)\n"
        "print(sorted(m for m in ('typer', 'click', 'rich', 'questionary', 'prompt_toolkit') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.split("\n")[:2] == ["True", "[]"]


@pytest.mark.parametrize("given", [None, []])
def test_no_paths_given_means_the_answers_folder(
    tmp_path: Path, qs: QuestionSet, monkeypatch: pytest.MonkeyPatch, given: list[Path] | None
) -> None:
    """A library caller with no paths (None or an empty list) reads the answers folder, as the commands do."""
    from osallisuus_cli.pipeline.paths import input_paths

    answers_folder(tmp_path, qs)
    monkeypatch.chdir(tmp_path)
    assert input_paths(given, Settings()) == [Path("answers")]
    made = export_answers(ExportRequest(paths=given, settings=Settings()))
    assert len(made.team.responses) == 3


@pytest.mark.parametrize(("given", "policy"), [("error", "error"), (" Latest ", "latest"), ("KEEP-BOTH", "keep-both")])
def test_the_duplicate_policy_is_read_as_people_type_it(given: str, policy: str) -> None:
    """--on-duplicate (or OSALLISUUS_ON_DUPLICATE) in any capitals, spaces around it ignored; anything else refused."""
    from osallisuus_cli.pipeline.team import duplicate_policy

    assert duplicate_policy(given) == policy
    with pytest.raises(UsageError) as refused:
        duplicate_policy("newest")
    assert refused.value.key == "team.err_on_duplicate"


@pytest.mark.parametrize(("given", "size"), [(None, 1), ("1", 1), (" 5 ", 5), (3, 3)])
def test_the_small_group_rule_is_a_whole_number_of_at_least_one(given: str | int | None, size: int) -> None:
    from osallisuus_cli.pipeline.team import min_group_setting

    assert min_group_setting(given) == size
    for wrong in ("0", "-2", "2.5", "kolme", ""):
        with pytest.raises(UsageError) as refused:
            min_group_setting(wrong)
        assert refused.value.key == "portfolio.err_min_group"


def test_merge_report_and_export_name_a_workshop_beside_answers_in_their_data_check(
    tmp_path: Path, qs: QuestionSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every door to a team's numbers says that a workshop was read, and that answers of its phase stand beside it."""
    from tests.test_workshop_report import run_workshop

    folder = answers_folder(tmp_path, qs)  # two respondents in toteutus, one in arviointi
    run_workshop(folder / "tyopaja.yaml", qs)
    heard: list[list[Finding]] = []
    make_report(ReportRequest(paths=[folder], settings=Settings(), lang="en"), on_findings=heard.append)
    export_answers(ExportRequest(paths=[folder], settings=Settings()), on_findings=heard.append)
    for findings in heard:
        assert [finding.code for finding in findings if finding.code.startswith("workshop")] == [
            "workshop",
            "workshop_with_answers",
        ]
    monkeypatch.chdir(tmp_path)
    merged = CliRunner().invoke(app, ["merge", str(folder), "-o", "tiimi.yaml", "--lang", "en"])
    assert merged.exit_code == 0, merged.output
    said = " ".join(merged.stderr.split())
    assert (
        tn("datacheck.workshop_with_answers", 2, "en", project="Nuorten ääni", phase=t("team.phase_in.toteutus", "en"))
        in said
    )


def test_names_asked_for_from_an_anonymised_team_are_refused_out_loud_by_export(
    tmp_path: Path, qs: QuestionSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--no-anonymize cannot bring back names a team file no longer has: export says so, merge's own warning."""
    folder = answers_folder(tmp_path, qs)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["merge", str(folder), "-o", "anon.yaml", "--anonymize"]).exit_code == 0
    warning = tn("team.warn_result_anonymized", 1, "en", files="anon.yaml")
    asked = runner.invoke(app, ["export", "anon.yaml", "--no-anonymize", "-o", "out.csv", "--lang", "en"])
    assert asked.exit_code == 0, asked.output
    assert warning in " ".join(asked.stderr.split())
    quiet = runner.invoke(app, ["export", "anon.yaml", "-o", "out2.csv", "--lang", "en"])
    assert warning not in " ".join(quiet.stderr.split())
    assert Path("out.csv").read_bytes() == Path("out2.csv").read_bytes()


@pytest.mark.parametrize(
    ("fmt", "output", "template", "chosen"),
    [
        (None, None, "report", "md"),
        (None, "-", "report", "md"),
        (None, "r.md", "report", "md"),
        (None, "R.MARKDOWN", "report", "md"),
        (None, "r.html", "report", "html"),
        (None, "r.HTM", "innokyla", "html"),
        (" HTML ", None, "report", "html"),
        ("md", "r.md", "report", "md"),
        (None, None, "funder", "txt"),
        (None, "hakemus.txt", "funder", "txt"),
    ],
)
def test_the_format_comes_from_the_option_else_the_file_name(
    fmt: str | None, output: str | None, template: str, chosen: str
) -> None:
    assert choose_format(fmt, Path(output) if output else None, template) == chosen


@pytest.mark.parametrize(
    ("fmt", "output", "template", "key"),
    [
        ("pdf", None, "report", "report.err_format"),
        ("md", "r.html", "report", "report.err_format_conflict"),
        (None, "r.docx", "report", "report.err_suffix"),
        (None, "hakemus.md", "funder", "funder.err_plain_text"),
        ("md", None, "funder", "funder.err_plain_text"),
    ],
)
def test_a_format_that_cannot_be_written_is_refused(
    fmt: str | None, output: str | None, template: str, key: str
) -> None:
    with pytest.raises(UsageError) as refused:
        choose_format(fmt, Path(output) if output else None, template)
    assert refused.value.key == key


def test_a_phase_nobody_answered_in_is_refused_naming_the_phases_there_are(tmp_path: Path, qs: QuestionSet) -> None:
    from osallisuus_cli.pipeline.reporting import require_phase
    from osallisuus_cli.teamwork.merge import collect_team

    team = collect_team([answers_folder(tmp_path, qs)], qs).team  # toteutus twice, arviointi once
    require_phase(team, "arviointi", "en")
    with pytest.raises(UsageError) as refused:
        require_phase(team, "suunnittelu", "sv")
    assert refused.value.key == "figures.err_phase_empty"
    assert refused.value.params == {
        "phase": t("team.phase.suunnittelu", "sv"),
        "found": f"{t('team.phase.toteutus', 'sv')}, {t('team.phase.arviointi', 'sv')}",  # in the phases' order
    }
    team.responses.clear()
    require_phase(team, "suunnittelu", "en")  # no answers at all: the report says that, not this


def test_the_project_files_phase_nobody_answered_in_gives_way_to_the_answers(tmp_path: Path, qs: QuestionSet) -> None:
    """Only a phase asked for on purpose (--phase) must have answers; the project file's is a preference."""
    folder = answers_folder(tmp_path, qs)
    preferred = ReportRequest(paths=[folder], settings=Settings(), lang="en", phase="suunnittelu")
    made = make_report(preferred)
    assert made.text.startswith("# ")
    with pytest.raises(UsageError) as refused:
        make_report(replace(preferred, phase_required=True))
    assert refused.value.key == "figures.err_phase_empty"


def test_a_renamed_project_with_the_same_code_is_one_project(tmp_path: Path, qs: QuestionSet) -> None:
    """A project is its code, else its name: the report says how many projects its answers come from that way."""
    folder = tmp_path / "answers"
    folder.mkdir()
    for n, name in enumerate(["Nuorten ääni", "Nuorten ääni 2027", "Kylä"]):
        doc = make_answers(qs, {"q01": 2}, project=name, respondent_id=f"{n:08d}-3333-4333-8333-333333333333")
        doc.project = doc.project.model_copy(update={"code": "S-1" if n < 2 else None})
        write_answers(folder / f"r{n}.yaml", doc, qs)
    made = make_report(ReportRequest(paths=[folder], settings=Settings(), lang="en"))
    assert made.projects == 2


def test_a_library_caller_gets_the_commands_safe_defaults(tmp_path: Path, qs: QuestionSet) -> None:
    """Without force an existing output is refused; a team file among the inputs is never the output unless merge
    says so; and an input that is not there does not stop the others from being compared with the output."""
    from osallisuus_cli.pipeline.paths import check_output, refuse_output_among_inputs

    folder = answers_folder(tmp_path, qs)
    existing = folder / "r0.yaml"
    with pytest.raises(UsageError):
        check_output(existing)
    check_output(existing, force=True)
    runner = CliRunner()
    team = tmp_path / "tiimi.yaml"
    assert runner.invoke(app, ["merge", str(folder), "-o", str(team)]).exit_code == 0
    with pytest.raises(UsageError) as refused:
        refuse_output_among_inputs(team, [team])
    assert refused.value.key == "team.err_output_is_input"
    assert refuse_output_among_inputs(team, [team], team_files_allowed=True) == [team]
    with pytest.raises(UsageError):
        refuse_output_among_inputs(existing, [tmp_path / "missing.yaml", folder])


def test_export_by_workshop_gives_one_row_per_workshop_question_and_level(tmp_path: Path, qs: QuestionSet) -> None:
    """The rows said are the rows written; a workshop is exported apart, never among the respondents' rows."""
    from tests.test_workshop_report import run_workshop

    folder = answers_folder(tmp_path, qs)
    run_workshop(folder / "tyopaja.yaml", qs)
    heard: list[tuple[str, int, int]] = []
    request = ExportRequest(paths=[folder], settings=Settings(), fmt="jsonl", by_workshop=True)
    made = export_answers(replace(request, progress=lambda what, done, total: heard.append((what, done, total))))
    lines = b"".join(made.pieces).splitlines()
    assert made.rows == len(lines) > 0
    assert {json.loads(line)["workshop"] for line in lines} == {made.team.workshops[0].workshop.created.isoformat()}
    assert len(made.team.responses) == 3
    assert [finding.code for finding in made.findings if finding.code.startswith("workshop")] == [
        "workshop",
        "workshop_with_answers",
    ]
    assert heard[-1][1:] == (4, 4)  # the four files read were counted as they were read
    respondents = export_answers(ExportRequest(paths=[folder], settings=Settings(), fmt="jsonl"))
    assert respondents.rows == 3 * len(qs.questions) == len(b"".join(respondents.pieces).splitlines())
