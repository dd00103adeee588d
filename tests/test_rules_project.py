"""The project file and the phases, rule by rule: a file that is no mapping is named as a project file, its header
speaks the project's language, an existing file is kept unless forced, settings are found from a folder upwards and
an empty value is no value, and the phases are listed in the user's language."""

from __future__ import annotations

import pytest

from osallisuus_cli.errors import DataError, Key, UsageError
from osallisuus_cli.i18n import set_language, t
from osallisuus_cli.model.phases import phase_choices, phase_named
from osallisuus_cli.model.project import ProjectFile, load_project_file, project_file_text, write_project_file
from osallisuus_cli.model.projectpath import Settings, load_settings


@pytest.mark.parametrize(
    ("text", "found"), [("- a\n- list\n", "common.kind.list"), ("just text\n", "common.kind.text")]
)
def test_a_project_file_that_is_no_mapping_is_named_as_a_project_file(tmp_path, text, found):
    path = tmp_path / "osallisuus.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_project_file(path)
    assert (caught.value.key, caught.value.file) == ("common.not_mapping", str(path))
    assert caught.value.params == {"found": Key(found), "what": Key("team.what_project")}


def test_an_empty_project_file_is_named_as_a_project_file(tmp_path):
    path = tmp_path / "osallisuus.yaml"
    path.write_text("", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_project_file(path)
    assert caught.value.file == str(path)
    assert caught.value.params["what"] == "team.what_project"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_files_header_speaks_the_projects_language(lang):
    set_language("fi")
    text = project_file_text(ProjectFile(name="Nuorten ääni", lang=lang))
    header = "".join(f"# {line}\n" for line in t("team.project_file_header", lang).split("\n"))
    assert text.startswith(header)


def test_an_existing_project_file_is_kept_unless_forced(tmp_path):
    path = tmp_path / "osallisuus.yaml"
    path.write_text("name: Vanha\n", encoding="utf-8")
    with pytest.raises(UsageError):
        write_project_file(path, ProjectFile(name="Uusi"))
    assert path.read_text(encoding="utf-8") == "name: Vanha\n"
    write_project_file(path, ProjectFile(name="Uusi"), force=True)
    assert load_project_file(path)["name"] == "Uusi"


def test_settings_are_found_from_the_given_folder_upwards(tmp_path, monkeypatch):
    (tmp_path / "osallisuus.yaml").write_text("name: Nuorten ääni\nregion: Uusimaa\n", encoding="utf-8")
    inner = tmp_path / "vastaukset" / "kevät"
    inner.mkdir(parents=True)
    elsewhere = tmp_path.parent / f"{tmp_path.name}-muualla"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    settings = load_settings(inner)
    assert settings.project_file == tmp_path / "osallisuus.yaml"
    assert (settings.get("name"), settings.get("region")) == ("Nuorten ääni", "Uusimaa")
    assert load_settings().project_file is None, "the current folder has none"


@pytest.mark.parametrize(("value", "got"), [("", "oletus"), (None, "oletus"), ("x", "x"), (0, 0)])
def test_an_empty_setting_is_no_setting(value, got):
    assert Settings(project={"key": value}).get("key", "oletus") == got


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_phases_are_listed_numbered_in_the_users_language(lang):
    set_language("fi")
    names = [t(f"team.phase.{phase}", lang) for phase in ("suunnittelu", "toteutus", "arviointi")]
    assert phase_choices(lang) == f"1 {names[0]}, 2 {names[1]}, 3 {names[2]}"


@pytest.mark.parametrize("value", [True, False, None, 2.0, ["toteutus"]])
def test_only_a_text_or_a_whole_number_names_a_phase(value):
    assert phase_named(value) is None


@pytest.mark.parametrize(("value", "phase"), [(2, "toteutus"), ("2", "toteutus"), (" ARVIOINTI ", "arviointi")])
def test_a_phase_is_named_by_its_number_or_its_name_in_any_case(value, phase):
    assert phase_named(value) == phase
