"""``osallisuus assess`` on the command line: scripts (--no-input --from), errors and exit codes, and plain mode."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.model import answers as answers_mod
from tests.conftest import make_answers, write_answers

pytestmark = pytest.mark.timeout(30)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def plain_lines(*lines: str) -> str:
    return "".join(line + "\n" for line in lines)


# --- no terminal -----------------------------------------------------------------------------------------------


def test_without_a_terminal_it_names_the_way_for_scripts(runner):
    result = runner.invoke(app, ["assess"])
    assert result.exit_code == 2
    assert "--no-input --from" in result.stderr
    assert "--plain" in result.stderr, "plain mode works without a terminal: the message says so"
    assert result.stderr.count("\n") == 1, "one line, no traceback"
    assert not Path("answers").exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--no-input"], "--from"),
        (["--from", "a.yaml"], "--no-input"),
        (["--no-input", "--from", "a.yaml", "--review"], "--review"),
        (["--section", "4"], "1, 2A, 2B, 3, R"),
        (["--lang", "de"], "fi, sv"),
    ],
)
def test_usage_errors_exit_2_with_one_line(runner, args, expected):
    result = runner.invoke(app, ["assess", *args])
    assert result.exit_code == 2, result.output
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# --- --no-input --from: validate and normalise -----------------------------------------------------------------


def messy_file(qs, path: Path) -> str:
    """A valid answers file as a person might have edited it: keys out of order, escaped letters."""
    doc = make_answers(qs, {"q02": 1, "q01": "na"}, how={"q02": "Nuorisotila\navoinna"})
    text = write_answers(path, doc, qs).read_text(encoding="utf-8")
    body = text.replace("language: fi\n", "").replace("format: osallisuus/answers/v1\n", "")
    messy = "language: fi\n" + body + "format: osallisuus/answers/v1\n"
    messy = messy.replace("Nuorten ääni", '"Nuorten \\xE4\\xE4ni"')
    path.write_text(messy, encoding="utf-8")
    return text


def test_no_input_normalises_the_file_in_place(runner, qs, tmp_path):
    path = tmp_path / "aino.yaml"
    normal = messy_file(qs, path)
    result = runner.invoke(app, ["assess", "--no-input", "--from", str(path)])
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == normal
    assert "kunnossa" in result.stderr
    assert "1 arvioitu asteikolla · 1 ei koske" in result.stderr
    assert "22 vastaamatta" in result.stderr
    assert "aino.yaml" in result.stderr
    assert result.stdout == ""

    again = runner.invoke(app, ["assess", "--no-input", "--from", str(path)])
    assert again.exit_code == 0
    assert "ei muutoksia" in again.stderr
    assert path.read_text(encoding="utf-8") == normal


def test_no_input_normalises_a_file_saved_by_a_windows_editor_with_comments(runner, qs, tmp_path):
    path = tmp_path / "aino.yaml"
    normal = messy_file(qs, path)
    edited = "# muokattu käsin\n" + path.read_text(encoding="utf-8").replace("level: 1", "level: 1  # tarkistettu")
    path.write_bytes(b"\xef\xbb\xbf" + edited.replace("\n", "\r\n").encode("utf-8"))
    result = runner.invoke(app, ["assess", "--no-input", "--from", "aino.yaml"])
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == normal.encode("utf-8"), "no BOM, Unix line ends, no comments, the tool's key order"
    again = runner.invoke(app, ["assess", "--no-input", "--from", "aino.yaml"])
    assert "ei muutoksia" in again.stderr
    assert path.read_bytes() == normal.encode("utf-8")


def test_no_input_writes_to_output_and_leaves_the_source_alone(runner, qs, tmp_path):
    source = tmp_path / "aino.yaml"
    normal = messy_file(qs, source)
    before = source.read_bytes()
    result = runner.invoke(app, ["assess", "--no-input", "--from", "aino.yaml", "-o", "out/aino.yaml", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "aino.yaml").read_text(encoding="utf-8") == normal
    assert source.read_bytes() == before
    assert "saved to out/aino.yaml" in result.stderr


def test_no_input_refuses_a_bad_file_with_one_line_per_problem_and_keeps_it(runner, qs, tmp_path):
    path = tmp_path / "aino.yaml"
    text = write_answers(path, make_answers(qs, {"q01": 1, "q02": 2}), qs).read_text(encoding="utf-8")
    text = text.replace("level: 1", "level: 1\n    huomio: x").replace("level: 2", "level: kyllä")
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["assess", "--no-input", "--from", str(path), "-o", "normal.yaml"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"virhe: {path}:") for line in lines)
    assert "answers.q01.huomio" in lines[0]
    assert "answers.q02.level" in lines[1]
    assert path.read_text(encoding="utf-8") == text
    assert not (tmp_path / "normal.yaml").exists()


def test_no_input_refuses_another_framework_version(runner, qs, tmp_path):
    path = tmp_path / "a.yaml"
    text = write_answers(path, make_answers(qs, {}), qs).read_text(encoding="utf-8")
    path.write_text(text.replace('version: "1.0"', 'version: "0.9"'), encoding="utf-8")
    result = runner.invoke(app, ["assess", "--no-input", "--from", str(path), "--lang", "en"])
    assert result.exit_code == 1
    assert "version 0.9" in result.stderr
    assert "framework.version" in result.stderr


def test_no_input_with_a_missing_file(runner):
    result = runner.invoke(app, ["assess", "--no-input", "--from", "ei-ole.yaml"])
    assert result.exit_code == 1
    assert "ei-ole.yaml" in result.stderr
    assert "Traceback" not in result.output


# --- plain mode reads lines, so it runs here without a terminal ---------------------------------------------------


def test_plain_mode_full_short_run(runner, qs, tmp_path):
    lines = plain_lines("Nuorten ääni", "2", "Aino Virtanen", "ohjaaja", "3", "Kumppanuuspöytä", "", "")
    result = runner.invoke(app, ["assess", "--plain", "--section", "R"], input=lines)
    assert result.exit_code == 0, result.output
    path = tmp_path / "answers" / "aino-virtanen.yaml"
    saved = answers_mod.load_answers(path, qs)
    assert saved.answers["q24"].level == 3
    assert saved.answers["q24"].how == "Kumppanuuspöytä"
    assert "Kysymys 24/24" in result.stdout
    assert "Yhteenveto" in result.stdout
    suggested = next(line for line in result.stdout.splitlines() if "raportti:" in line)
    assert suggested.split()[1:] == [
        "osallisuus",
        "report",
        "answers/aino-virtanen.yaml",
        "-o",
        "aino-virtanen-raportti.html",
    ]
    report = runner.invoke(app, suggested.split()[2:])
    assert report.exit_code == 0, report.output
    assert (tmp_path / "aino-virtanen-raportti.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "\x1b" not in result.stdout


@pytest.mark.parametrize("variable", ["OSALLISUUS_PLAIN", "ACCESSIBLE"])
def test_plain_mode_from_the_environment(runner, tmp_path, variable):
    lines = plain_lines("P", "1", "", "", "?", "", "", "")
    result = runner.invoke(app, ["assess", "-s", "R", "-o", "a.yaml"], input=lines, env={variable: "1"})
    assert result.exit_code == 0, result.output
    assert "dont_know" in (tmp_path / "a.yaml").read_text(encoding="utf-8")


def test_closing_the_input_stops_like_ctrl_c_with_the_command_to_continue(runner, qs, tmp_path):
    lines = plain_lines("Nuorten ääni", "1", "Aino", "", "2", "", "", "4", "", "")
    result = runner.invoke(app, ["assess", "--plain", "-s", "1", "--lang", "en"], input=lines)
    assert result.exit_code == 130
    assert result.stderr.strip() == (
        "Your answers are saved — continue with: osallisuus assess -o answers/aino.yaml --section 1 --lang en --plain"
    )
    saved = answers_mod.load_answers(tmp_path / "answers" / "aino.yaml", qs)
    assert {qid: a.level for qid, a in saved.answers.items()} == {"q01": 2, "q02": 4}

    rest = plain_lines(*(["0", "", ""] * 5), "")
    resumed = runner.invoke(app, ["assess", "-o", "answers/aino.yaml", "--section", "1", "--plain"], input=rest)
    assert resumed.exit_code == 0, resumed.output
    assert "Question 3 of 24" in resumed.stdout, "continues at the next question, in the file's language"
    assert "Question 2 of 24" not in resumed.stdout, "continues at the next question, in the file's language"
    assert len(answers_mod.load_answers(tmp_path / "answers" / "aino.yaml", qs).answers) == 7


def test_project_file_gives_the_defaults_and_the_answers_folder(runner, qs, tmp_path, monkeypatch):
    (tmp_path / "osallisuus.yaml").write_text(
        "name: Nuorten ääni\nphase: arviointi\ncode: S30123\nlang: sv\nanswers_dir: svar\n", encoding="utf-8"
    )
    (tmp_path / "tiimi").mkdir()
    monkeypatch.chdir(tmp_path / "tiimi")
    lines = plain_lines("", "", "Aino", "", "1", "", "", "")  # Enter accepts the project's name and phase
    result = runner.invoke(app, ["assess", "--plain", "-s", "R"], input=lines)
    assert result.exit_code == 0, result.output
    assert "Fråga 24/24" in result.stdout, "the project's language"
    saved = answers_mod.load_answers(tmp_path / "svar" / "aino.yaml", qs)
    assert (saved.project.name, saved.project.phase, saved.project.code) == ("Nuorten ääni", "arviointi", "S30123")
    assert saved.language == "sv"


def test_a_file_to_continue_that_is_invalid_is_left_untouched(runner, qs, tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("format: osallisuus/answers/v1\nlanguage: fi\n", encoding="utf-8")
    result = runner.invoke(app, ["assess", "--plain", "-o", str(path)], input="\n")
    assert result.exit_code == 1
    assert "respondent" in result.stderr
    assert path.read_text(encoding="utf-8") == "format: osallisuus/answers/v1\nlanguage: fi\n"


def test_text_from_the_file_cannot_drive_the_terminal(runner, qs, tmp_path):
    """A shared answers file may hold escape codes; shown as text (\\x1b), they cannot recolour or clear the screen."""
    doc = make_answers(qs, {"q24": 2}, how={"q24": "Vanha\x1b[2J"})
    doc.project = doc.project.model_copy(update={"name": "Nuoret\x1b[31m"})
    path = write_answers(tmp_path / "a.yaml", doc, qs)
    result = runner.invoke(app, ["assess", "--plain", "-o", "a.yaml", "--review", "-s", "R"], input="\n" * 8)
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    assert "Nuoret\\x1b[31m" in result.stdout
    assert "Nykyinen: Vanha\\x1b[2J" in result.stdout
    assert answers_mod.load_answers(path, qs).answers["q24"].how == "Vanha\x1b[2J", "the text itself is kept"


def test_the_counts_on_resuming_and_in_the_summary_mean_the_same(runner, qs, tmp_path):
    """ "vastattu 2/7" on resuming and then "vastattu 1" in the summary would contradict each other: the summary
    counts answers on the scale apart from "does not apply" and "don't know", and says so."""
    write_answers(tmp_path / "a.yaml", make_answers(qs, {"q01": 3, "q02": "na"}), qs)
    result = runner.invoke(app, ["assess", "--plain", "-o", "a.yaml", "-s", "1"], input="")
    assert "vastattu 2/7" in result.stdout
    done = runner.invoke(app, ["assess", "--plain", "-o", "a.yaml", "-s", "1"], input="4\n\n\n" * 5 + "\n")
    summary = "1 Osallisuus omassa elämässä: 6 arvioitu asteikolla · 1 ei koske · 0 en osaa sanoa · 0 vastaamatta"
    assert summary in done.stdout
    check = runner.invoke(app, ["assess", "--no-input", "--from", "a.yaml", "--lang", "en"])
    assert "6 rated on the scale · 1 N/A · 0 don't know · 17 unanswered" in check.stderr


def test_a_read_only_answers_file_is_refused_before_any_question(runner, qs, tmp_path):
    path = write_answers(tmp_path / "a.yaml", make_answers(qs, {"q01": 1}), qs)
    path.chmod(0o444)
    before = path.read_bytes()
    result = runner.invoke(app, ["assess", "--plain", "-o", "a.yaml", "--lang", "en"], input="2\n" * 5)
    assert result.exit_code == 1, result.output
    assert result.stderr.strip() == (
        "error: a.yaml: the file is read-only, so answers cannot be saved in it — "
        "allow writing to it or give another file with -o"
    )
    assert result.stdout == "", "nothing is asked"
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def test_no_input_does_not_replace_a_read_only_file_that_needs_normalising(runner, qs, tmp_path):
    path = tmp_path / "aino.yaml"
    messy_file(qs, path)
    path.chmod(0o444)
    before = path.read_bytes()
    result = runner.invoke(app, ["assess", "--no-input", "--from", "aino.yaml", "--lang", "en"])
    assert result.exit_code == 1
    assert "read-only" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before
    elsewhere = runner.invoke(app, ["assess", "--no-input", "--from", "aino.yaml", "-o", "ok.yaml"])
    assert elsewhere.exit_code == 0, "reading it is fine"


def test_an_output_inside_a_file_is_refused_before_any_question(runner, tmp_path):
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["assess", "--plain", "-o", "notes.txt/a.yaml", "--lang", "en"], input="P\n1\n\n\n")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "error: notes.txt/a.yaml: notes.txt is a file, not a folder, so the answer file cannot be created there — "
        "give -o another path"
    )
    assert result.stdout == ""


def test_an_output_in_a_folder_that_cannot_be_written_is_refused_before_any_question(runner, tmp_path, monkeypatch):
    import os

    locked = tmp_path / "lukittu"
    locked.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path).resolve() != locked and real_access(path, mode))
    result = runner.invoke(app, ["assess", "--plain", "-o", "lukittu/uusi/a.yaml"], input="P\n1\n\n\n")
    assert result.exit_code == 1
    assert "lukittu" in result.stderr
    assert "-o" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert result.stdout == ""
    assert not (locked / "uusi").exists()

    monkeypatch.chdir(locked)
    default = runner.invoke(app, ["assess", "--plain", "--lang", "en"], input="P\n1\n\n\n")
    assert default.exit_code == 1
    assert default.stderr.startswith(f"error: answers: the folder {locked} cannot be written to"), default.stderr


def test_a_complete_file_goes_straight_to_the_closing_menu(runner, qs, tmp_path):
    doc = make_answers(qs, {f"q{n:02d}": 2 for n in range(1, 25)})
    path = write_answers(tmp_path / "a.yaml", doc, qs)
    before = path.read_bytes()
    result = runner.invoke(app, ["assess", "--plain", "-o", "a.yaml"], input="2\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Kaikkiin kysymyksiin on vastattu. Mitä seuraavaksi?") == 1
    assert "on jo vastattu" not in result.stdout, "the menu says it; no second line saying the same"
    assert "Yhteensä: 24 arvioitu asteikolla · 0 ei koske · 0 en osaa sanoa · 0 vastaamatta" in result.stdout
    assert path.read_bytes() == before


def test_every_assess_message_exists_in_fi_sv_and_en_with_the_same_parameters():
    import re
    import string

    from osallisuus_cli.i18n.assess import MESSAGES

    sources = [Path("osallisuus_cli/answering/session.py"), Path("osallisuus_cli/cli/commands/assess.py")]
    sources += sorted(Path("osallisuus_cli/prompts").glob("*.py"))
    repo = Path(__file__).resolve().parent.parent
    used = set()
    for source in sources:
        used |= set(re.findall(r'"(assess\.[a-z_]+)"', (repo / source).read_text(encoding="utf-8")))
    used |= {f"assess.phase_{phase}" for phase in answers_mod.PHASES}
    used |= {f"assess.menu_title_{variant}" for variant in ("section", "sections")}
    assert used <= set(MESSAGES), sorted(used - set(MESSAGES))

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, entry in MESSAGES.items():
        assert set(entry) == {"fi", "sv", "en"}, key
        assert fields(entry["fi"]) == fields(entry["sv"]) == fields(entry["en"]), key
        assert entry["sv"] != entry["fi"], key
        assert entry["en"] != entry["fi"], key
