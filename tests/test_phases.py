"""One reader of a phase: its code, its name in fi, sv or en, or its number, wherever a phase is read.

Names come from the catalogues (``team.phase.*``), never copied here; an unknown phase is a usage error (exit 2)
that lists the accepted names in the user's language.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osallisuus_cli.cli.app import app
from osallisuus_cli.errors import DataError
from osallisuus_cli.i18n import LANGUAGES, t
from osallisuus_cli.model.answers import load_answers
from osallisuus_cli.model.phases import PHASES, parse_phase, phase_choices, phase_named
from osallisuus_cli.model.project import load_project_file
from tests.conftest import error_line, make_answers, write_answers
from tests.forms import write_xlsx

SPACES = st.text(alphabet=" \t\u00a0\u3000", max_size=3)


@st.composite
def spellings(draw: st.DrawFn) -> tuple[str, str]:
    """(phase, a way a person may write it): code, a name in any language or the number, any case, any spaces."""
    number = draw(st.integers(min_value=1, max_value=3))
    phase = PHASES[number - 1]
    name = draw(st.sampled_from([phase, str(number), *(t(f"team.phase.{phase}", lang) for lang in LANGUAGES)]))
    name = "".join(char.upper() if draw(st.booleans()) else char for char in name)
    if draw(st.booleans()):
        name = unicodedata.normalize("NFD", name)  # ö as o and a combining mark, as a Mac may type it
    return phase, draw(SPACES) + name + draw(SPACES)


@given(spellings())
def test_every_spelling_of_a_phase_names_it(case: tuple[str, str]) -> None:
    phase, written = case
    assert phase_named(written) == phase
    assert parse_phase(written) == phase


@pytest.mark.parametrize("value", ["", "0", "4", "valmis", "toteutus arviointi", "phase 2", None, True, 2.0, []])
def test_anything_else_names_no_phase(value: object) -> None:
    assert phase_named(value) is None


def test_an_integer_is_the_menu_number() -> None:
    assert [phase_named(n) for n in (1, 2, 3)] == list(PHASES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_accepted_names_are_listed_in_the_users_language(lang: str) -> None:
    from osallisuus_cli.i18n import set_language

    set_language(lang)
    names = [t(f"team.phase.{phase}", lang) for phase in PHASES]
    assert phase_choices() == f"1 {names[0]}, 2 {names[1]}, 3 {names[2]}"


# --- every command that takes --phase -------------------------------------------------------------------------


def _webropol(tmp_path: Path) -> list[str]:
    """A sheet without a phase column (the phase comes from --phase), and its mapping."""
    mapping = tmp_path / "map.yaml"
    mapping.write_text(
        "format: osallisuus/import-mapping/v1\ncolumns:\n  respondent.id: Numero\n  q01.level: Kysymys 1\n",
        encoding="utf-8",
    )
    source = write_xlsx(tmp_path / "kysely.xlsx", ["Numero", "Kysymys 1"], [["w-1", 3], ["w-2", 2]])
    return [str(source), "--mapping", str(mapping), "--project", "Kerho"]


@pytest.mark.parametrize("given_phase", ["genomförande", "Implementation", " 2 ", "TOTEUTUS"])
def test_import_takes_the_phase_as_its_help_offers_it(runner, qs, tmp_path: Path, given_phase: str) -> None:
    out = tmp_path / "a"
    result = runner.invoke(app, ["import", *_webropol(tmp_path), "--phase", given_phase, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert {load_answers(path, qs).project.phase for path in out.glob("*.yaml")} == {"toteutus"}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    "command",
    [
        ["init", "{tmp}/p", "--no-input", "--name", "X"],
        ["import", "{source}", "--mapping", "{mapping}", "--project", "Kerho", "-o", "{tmp}/a"],
        ["report", "{team}"],
        ["assess", "-o", "{tmp}/uusi.yaml", "--plain"],
        ["export", "{team}", "--by", "project"],
        ["report", "{team}", "-t", "portfolio"],
    ],
    ids=["init", "import", "report", "assess", "export", "portfolio"],
)
def test_an_unknown_phase_is_a_usage_error_naming_the_accepted_ones(
    runner, qs, tmp_path: Path, lang: str, command: list[str]
) -> None:
    source, _, mapping, *_ = _webropol(tmp_path)
    team = write_answers(tmp_path / "aino.yaml", make_answers(qs, {"q01": 3}), qs)
    args = [part.format(tmp=tmp_path, source=source, mapping=mapping, team=team) for part in command]
    result = runner.invoke(app, [*args, "--phase", "valmis", "--lang", lang])
    assert result.exit_code == 2, result.output
    message = t("common.err_phase", lang, option="--phase", value="valmis", allowed=phase_choices(lang))
    assert result.stderr == error_line(message, lang)
    assert not [path.name for path in tmp_path.iterdir() if path.name in ("p", "a", "uusi.yaml")], "nothing written"


def test_report_takes_the_phase_by_its_number(runner, qs, tmp_path: Path) -> None:
    folder = tmp_path / "answers"
    folder.mkdir()
    write_answers(folder / "a.yaml", make_answers(qs, {"q01": 3}, phase="toteutus"), qs)
    write_answers(folder / "b.yaml", make_answers(qs, {"q01": 1}, phase="arviointi", respondent_id="b"), qs)
    by_number = runner.invoke(app, ["report", str(folder), "--phase", "2", "--format", "md"])
    by_name = runner.invoke(app, ["report", str(folder), "--phase", "genomförande", "--format", "md"])
    by_code = runner.invoke(app, ["report", str(folder), "--phase", "toteutus", "--format", "md"])
    other = runner.invoke(app, ["report", str(folder), "--phase", "3", "--format", "md"])
    assert by_number.exit_code == by_name.exit_code == other.exit_code == 0, by_number.output
    assert by_number.stdout == by_name.stdout == by_code.stdout != other.stdout


# --- the project file and a survey's phase column ----------------------------------------------------------------


@pytest.mark.parametrize("written", ["Genomförande", "implementation", "2", "toteutus"])
def test_the_project_file_takes_the_phase_as_the_menus_offer_it(tmp_path: Path, written: str) -> None:
    path = tmp_path / "osallisuus.yaml"
    path.write_text(f"format: osallisuus/project/v1\nname: Kerho\nphase: {written}\n", encoding="utf-8")
    assert load_project_file(path)["phase"] == "toteutus"


def test_a_project_file_with_an_unknown_phase_names_the_line_and_the_phases(tmp_path: Path) -> None:
    path = tmp_path / "osallisuus.yaml"
    path.write_text("format: osallisuus/project/v1\nname: Kerho\nphase: valmis\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_project_file(path)
    line = caught.value.lines("fi")[0]
    assert line == f"{path}:3: phase: " + t("common.v.phase", "fi", value="'valmis'", allowed=phase_choices("fi"))


@pytest.mark.parametrize("cell", ["Utvärdering", "evaluation", "3", " ARVIOINTI "])
def test_a_survey_phase_column_takes_any_language_or_number(runner, qs, tmp_path: Path, cell: str) -> None:
    mapping = tmp_path / "map.yaml"
    mapping.write_text(
        "format: osallisuus/import-mapping/v1\ncolumns:\n  respondent.id: Numero\n  project.phase: Vaihe\n"
        "  q01.level: Kysymys 1\n",
        encoding="utf-8",
    )
    source = write_xlsx(tmp_path / "kysely.xlsx", ["Numero", "Vaihe", "Kysymys 1"], [["w-1", cell, 3]])
    out = tmp_path / "a"
    result = runner.invoke(app, ["import", str(source), "--mapping", str(mapping), "--project", "K", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [load_answers(path, qs).project.phase for path in out.glob("*.yaml")] == ["arviointi"]


def test_an_unknown_phase_in_a_survey_cell_lists_the_phases_in_the_users_language(runner, qs, tmp_path: Path) -> None:
    mapping = tmp_path / "map.yaml"
    mapping.write_text(
        "format: osallisuus/import-mapping/v1\ncolumns:\n  project.phase: Vaihe\n  q01.level: Kysymys 1\n"
        "phases:\n  Jatkohanke: arviointi\n",
        encoding="utf-8",
    )
    rows = [["Jatkohanke", 3, 1], ["Valmis", 2, 2]]
    source = write_xlsx(tmp_path / "kysely.xlsx", ["Vaihe", "Kysymys 1", "ID"], rows)
    result = runner.invoke(
        app, ["import", str(source), "--mapping", str(mapping), "--project", "K", "-o", str(tmp_path / "a")]
    )
    assert result.exit_code == 1
    allowed = f"{phase_choices('fi')}, jatkohanke"
    assert t("importing.err_unknown_phase", "fi", value="Valmis", allowed=allowed) in result.stderr
    assert f"{source}:3:A" in result.stderr


@given(spellings())
def test_the_project_file_reads_every_spelling_and_writes_it_back_as_its_code(case: tuple[str, str]) -> None:
    """Read as written by a person, written as init writes it, read again: the same file, the phase as its code."""
    import tempfile

    from osallisuus_cli.files import yamlemit
    from osallisuus_cli.model.project import ProjectFile, project_file_text

    phase, written = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "osallisuus.yaml"
        path.write_text(yamlemit.emit({"format": "osallisuus/project/v1", "name": "Kerho", "phase": written}), "utf-8")
        values = load_project_file(path)
        assert values["phase"] == phase
        path.write_text(project_file_text(ProjectFile.model_validate(values)), encoding="utf-8")
        assert load_project_file(path) == values
