"""The assessment session without any terminal: what is asked, in which order, and that every answer is saved."""

from __future__ import annotations

import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from osallisuus_cli.answering.session import (
    ContinuePoint,
    Session,
    clean_text,
    default_output,
    display_path,
    free_path,
    resolve_sections,
    summarize,
    total_of,
)
from osallisuus_cli.cli.commandline import program, resume_command
from osallisuus_cli.cli.settings import Settings, load_settings
from osallisuus_cli.errors import UsageError
from osallisuus_cli.model import answers as answers_mod
from tests.conftest import HELSINKI, make_answers, write_answers


class Ticking:
    """A clock that moves one minute per reading, so every change has its own timestamp."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 9, 0, tzinfo=HELSINKI)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def new_session(qs, path: Path, sections=None) -> Session:
    doc = make_answers(qs, {})
    return Session(qs, doc, path, sections=sections, clock=Ticking())


# --- which questions, in which order ------------------------------------------------------------------------


def test_all_24_questions_in_the_sets_order(qs, tmp_path):
    session = new_session(qs, tmp_path / "a.yaml")
    assert [q.id for q in session.questions] == [f"q{n:02d}" for n in range(1, 25)]


def test_sections_narrow_the_questions_and_keep_the_sets_order(qs):
    assert resolve_sections(qs, ["R", "1"]) == ["1", "R"]
    assert resolve_sections(qs, ["2a"]) == ["2A"]
    assert resolve_sections(qs, ["2"]) == ["2A", "2B"], "a domain id stands for all its sections"
    assert resolve_sections(qs, []) is None
    assert resolve_sections(qs, None) is None


def test_unknown_section_is_a_usage_error_listing_the_valid_ones(qs):
    with pytest.raises(UsageError) as caught:
        resolve_sections(qs, ["4"])
    assert caught.value.exit_code == 2
    message = caught.value.lines("en")[0]
    assert "'4'" in message
    assert "1, 2A, 2B, 3, R" in message


def test_session_with_sections_asks_only_those(qs, tmp_path):
    session = new_session(qs, tmp_path / "a.yaml", sections=["2B", "R"])
    assert [q.number for q in session.questions] == [15, 16, 17, 18, 19, 20, 24]


def test_resume_starts_at_the_first_unanswered_question(qs, tmp_path):
    doc = make_answers(qs, {f"q{n:02d}": 2 for n in range(1, 8)})
    session = Session(qs, doc, tmp_path / "a.yaml")
    assert session.pending()[0].id == "q08"
    assert session.answered_count == 7
    assert session.pending()


# --- applying answers -----------------------------------------------------------------------------------------


def test_every_level_is_on_disk_as_soon_as_it_is_set(qs, tmp_path):
    path = tmp_path / "answers" / "aino.yaml"
    session = new_session(qs, path)
    assert session.set_level("q01", 3)
    assert answers_mod.load_answers(path, qs).answers["q01"].level == 3
    assert session.set_level("q02", "na")
    assert session.set_level("q03", "dont_know")
    on_disk = answers_mod.load_answers(path, qs)
    assert {qid: a.level for qid, a in on_disk.answers.items()} == {"q01": 3, "q02": "na", "q03": "dont_know"}


def test_texts_update_the_saved_answer(qs, tmp_path):
    path = tmp_path / "a.yaml"
    session = new_session(qs, path)
    session.set_level("q05", 2)
    assert session.set_text("q05", "how", "  Kerran viikossa\r\nja lisäksi kesällä  ")
    assert session.set_text("q05", "next_step", "Kysytään nuorilta")
    saved = answers_mod.load_answers(path, qs).answers["q05"]
    assert (saved.level, saved.how, saved.next_step) == (2, "Kerran viikossa\nja lisäksi kesällä", "Kysytään nuorilta")
    assert "how: |-" in path.read_text(encoding="utf-8"), "multi-line text is kept as a readable block"


def test_empty_text_clears_and_changing_the_level_keeps_the_texts(qs, tmp_path):
    session = new_session(qs, tmp_path / "a.yaml")
    session.set_level("q05", 2)
    session.set_text("q05", "how", "Kerran viikossa")
    session.set_text("q05", "next_step", "Kysytään")
    session.set_level("q05", 4)
    assert session.answer("q05").how == "Kerran viikossa"
    assert session.set_text("q05", "next_step", "   ")
    assert session.answer("q05").next_step is None


def test_nothing_is_written_when_nothing_changes(qs, tmp_path):
    path = tmp_path / "a.yaml"
    session = new_session(qs, path)
    session.set_level("q01", 1)
    session.set_text("q01", "how", "x")
    before = path.read_bytes()
    stamp = session.answer("q01").updated
    assert not session.set_level("q01", 1)
    assert not session.set_text("q01", "how", "x ")
    assert not session.set_text("q01", "next_step", "")
    assert not session.set_project(name=session.doc.project.name)
    assert not session.set_respondent(name="Aino", role=None)
    assert path.read_bytes() == before
    assert session.answer("q01").updated == stamp


def test_changes_carry_their_own_timestamps(qs, tmp_path):
    session = new_session(qs, tmp_path / "a.yaml")
    session.set_level("q01", 1)
    first = session.answer("q01").updated
    session.set_level("q02", 1)
    assert session.answer("q02").updated > first
    assert session.doc.updated == session.answer("q02").updated
    assert session.doc.created < first


def test_levels_off_the_scale_and_texts_before_a_level_are_refused(qs, tmp_path):
    session = new_session(qs, tmp_path / "a.yaml")
    with pytest.raises(ValueError):
        session.set_level("q01", 7)
    with pytest.raises(KeyError):
        session.set_level("q99", 1)
    with pytest.raises(KeyError):
        session.set_text("q01", "how", "no level yet")
    assert not (tmp_path / "a.yaml").exists()


def test_a_later_phase_moves_to_a_file_of_its_own_and_the_earlier_one_stays(qs, tmp_path):
    path = tmp_path / "a.yaml"
    session = new_session(qs, path)
    session.set_level("q01", 2)
    before = path.read_bytes()
    assert session.change_phase("arviointi", with_defaults=True)
    assert session.set_project(name="Nuorten ääni 2")
    assert session.set_respondent(name="Aino", role="ohjaaja")
    assert path.read_bytes() == before
    saved = answers_mod.load_answers(tmp_path / "a-arviointi.yaml", qs)
    assert (saved.project.phase, saved.project.name) == ("arviointi", "Nuorten ääni 2")
    assert saved.respondent.role == "ohjaaja"
    assert saved.answers == {}, "nothing is answered for her until she confirms it"
    assert session.default_answer("q01") == session.earlier.answers["q01"]


def test_answers_files_are_private_to_their_owner(qs, tmp_path):
    path = tmp_path / "a.yaml"
    new_session(qs, path).set_level("q01", 0)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_clean_text():
    assert clean_text(None) is None
    assert clean_text(" \n ") is None
    assert clean_text(" a\r\nb ") == "a\nb"


# --- the summary ---------------------------------------------------------------------------------------------


def test_summary_counts_levels_na_dont_know_and_missing_per_section(qs):
    doc = make_answers(qs, {"q01": 0, "q02": 4, "q03": "na", "q04": "dont_know", "q08": "na", "q24": 3})
    rows = {row.section_id: row for row in summarize(doc, qs)}
    assert [row.section_id for row in summarize(doc, qs)] == ["1", "2A", "2B", "3", "R"]
    one = rows["1"]
    assert (one.total, one.answered, one.na, one.dont_know, one.missing) == (7, 2, 1, 1, 3)
    assert (rows["2A"].na, rows["2A"].missing) == (1, 6)
    assert (rows["R"].answered, rows["R"].missing) == (1, 0)
    total = total_of(rows.values())
    assert (total.total, total.answered, total.na, total.dont_know, total.missing) == (24, 3, 2, 1, 18)


# --- where the file goes and how to come back ----------------------------------------------------------------


def test_default_output_is_named_after_the_respondent_else_the_project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = Settings()
    assert default_output(settings, name="Äimä Öljynen", project="X") == tmp_path / "answers" / "aima-oljynen.yaml"
    assert default_output(settings, name=None, project="Nuorten ääni / Jyväskylä") == (
        tmp_path / "answers" / "nuorten-aani-jyvaskyla.yaml"
    )
    assert default_output(settings, name="../../etc/passwd", project="X").parent == tmp_path / "answers"


def test_default_output_uses_the_project_folders_answers_dir(tmp_path, monkeypatch):
    (tmp_path / "osallisuus.yaml").write_text("name: Nuorten ääni\nanswers_dir: vastaukset\n", encoding="utf-8")
    below = tmp_path / "tiimi" / "aino"
    below.mkdir(parents=True)
    monkeypatch.chdir(below)
    settings = load_settings()
    assert default_output(settings, name="Aino", project="x") == tmp_path / "vastaukset" / "aino.yaml"


def test_free_path_never_overwrites(tmp_path):
    path = tmp_path / "aino.yaml"
    assert free_path(path) == path
    path.write_text("x")
    (tmp_path / "aino-2.yaml").write_text("x")
    assert free_path(path) == tmp_path / "aino-3.yaml"


def test_resume_command_is_exact_and_shell_safe(tmp_path):
    path = tmp_path / "vastaukset" / "Aino V.yaml"
    command = resume_command(path, sections=["1", "R"], lang="sv", plain=True, cwd=tmp_path)
    assert command == "osallisuus assess -o 'vastaukset/Aino V.yaml' --section 1 --section R --lang sv --plain"
    assert resume_command(tmp_path / "a.yaml", cwd=tmp_path / "elsewhere") == f"osallisuus assess -o {tmp_path}/a.yaml"


def test_the_program_is_named_as_it_can_be_run_from_here(tmp_path):
    """After the README's install the command is .venv/bin/osallisuus, not on the PATH: the printed commands say so."""
    venv_script = str(tmp_path / ".venv" / "bin" / "osallisuus")
    on_path = {"osallisuus": "/usr/local/bin/osallisuus", "python3": "/usr/bin/python3"}
    found = on_path.get
    assert program("/usr/local/bin/osallisuus", which=found, cwd=tmp_path) == ["osallisuus"]
    assert program(venv_script, which=found, cwd=tmp_path) == [".venv/bin/osallisuus"]
    assert program(".venv/bin/osallisuus", which=lambda name: None, cwd=tmp_path) == [".venv/bin/osallisuus"]
    assert program(str(tmp_path / "osallisuus"), which=found, cwd=tmp_path) == ["./osallisuus"], "never a bare name"
    assert program("/opt/tool/bin/osallisuus", which=found, cwd=tmp_path) == ["/opt/tool/bin/osallisuus"]
    main = "/x/site-packages/osallisuus_cli/__main__.py"
    venv_python = str(tmp_path / ".venv" / "bin" / "python3")
    assert program(main, which=found, executable=venv_python, cwd=tmp_path) == [
        ".venv/bin/python3",
        "-m",
        "osallisuus_cli",
    ]
    assert program(main, which=found, executable="/usr/bin/python3", cwd=tmp_path) == [
        "python3",
        "-m",
        "osallisuus_cli",
    ]
    assert program("/work/venv/bin/pytest", which=found, cwd=tmp_path) == ["osallisuus"], (
        "embedded: the documented name"
    )


def test_resume_command_names_the_program_as_started(tmp_path):
    command = resume_command(tmp_path / "a.yaml", program_words=[".venv/bin/osallisuus"], cwd=tmp_path)
    assert command == ".venv/bin/osallisuus assess -o a.yaml"


def test_display_path_is_relative_inside_the_current_folder(tmp_path):
    assert display_path(tmp_path / "answers" / "a.yaml", tmp_path) == "answers/a.yaml"
    assert display_path(Path("/somewhere/else.yaml"), tmp_path) == "/somewhere/else.yaml"


def test_a_saved_session_reloads_identically(qs, tmp_path):
    path = tmp_path / "a.yaml"
    session = new_session(qs, path)
    for n in range(1, 25):
        session.set_level(f"q{n:02d}", n % 5)
    text = path.read_text(encoding="utf-8")
    again = answers_mod.load_answers(path, qs)
    assert again.to_yaml(qs) == text
    write_answers(tmp_path / "b.yaml", again, qs)
    assert (tmp_path / "b.yaml").read_text(encoding="utf-8") == text


def test_a_stopped_session_continues_at_the_question_it_was_on(qs, tmp_path):
    """The rule the printed command follows: a question with an answer (its texts still to come) is continued at; one
    without is asked again from the first pending question; a review names the question it was reviewing."""
    session = new_session(qs, tmp_path / "a.yaml")
    assert session.continues_at() == ContinuePoint(tmp_path / "a.yaml")
    session.at = "q03"
    assert session.continues_at().question is None, "no answer yet: the pending questions start with it"
    session.set_level("q03", 2)
    assert session.continues_at() == ContinuePoint(tmp_path / "a.yaml", question=3)
    session.at, session.reviewing = "q05", True
    assert session.continues_at() == ContinuePoint(tmp_path / "a.yaml", review=True, question=5)


def test_a_later_phases_review_continues_from_the_earlier_file_in_its_own_phase(qs, tmp_path):
    session = new_session(qs, tmp_path / "b.yaml")
    session.earlier_path = tmp_path / "a.yaml"
    session.at = "q01"
    assert session.continues_at().path == tmp_path / "b.yaml", "outside a review the file is this phase's own"
    session.reviewing = True
    point = session.continues_at()
    assert (point.path, point.phase, point.question) == (tmp_path / "a.yaml", session.doc.project.phase, 1)
