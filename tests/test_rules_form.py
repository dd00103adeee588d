"""The offline form's data and ``assess --no-input``'s normal form, each rule stated once: the page's limits are
the answers file's, a draft belongs to one project, the unofficial translations are named as such; writing the
normal form back to the file itself needs no ``--force``, and the counts cover the sections asked for."""

from __future__ import annotations

from pathlib import Path

import pydantic
import pytest

from osallisuus_cli.answering import form as form_mod
from osallisuus_cli.answering.normalform import normalise
from osallisuus_cli.model import answers
from osallisuus_cli.questionsets.framework import QuestionSet
from tests.conftest import make_answers


def _data(qs: QuestionSet, project: dict[str, str] | None = None) -> dict:
    return form_mod.form_data(qs, lang="fi", project=project or {}, version="0")


def test_the_forms_text_limits_are_the_answers_files(qs: QuestionSet) -> None:
    data = _data(qs)
    answers.Answer(level=2, how="x" * data["maxText"])
    with pytest.raises(pydantic.ValidationError):
        answers.Answer(level=2, how="x" * (data["maxText"] + 1))
    answers.Project(name="x" * data["shortText"], phase="toteutus")
    with pytest.raises(pydantic.ValidationError):
        answers.Project(name="x" * (data["shortText"] + 1), phase="toteutus")


def test_a_draft_belongs_to_one_project(qs: QuestionSet) -> None:
    """Browsers share storage between pages opened from files: two projects' forms never share a draft."""
    kylatalo = _data(qs, {"name": "Kylätalo", "phase": "toteutus"})["draftKey"]
    assert kylatalo == _data(qs, {"name": "Kylätalo", "phase": "toteutus"})["draftKey"]
    assert kylatalo != _data(qs, {"name": "Nuorten ääni", "phase": "toteutus"})["draftKey"]
    assert kylatalo != _data(qs, {"name": "Kylätalo", "phase": "arviointi"})["draftKey"]


def test_the_page_knows_which_translations_are_unofficial(qs: QuestionSet) -> None:
    languages = _data(qs)["set"]["languages"]
    assert languages["unofficial"] == list(qs.languages.unofficial)
    assert languages["unofficial"], "THL publishes in Finnish only: the shipped set's other languages are ours"
    assert languages["authoritative"] not in languages["unofficial"]


def _unnormal(qs: QuestionSet, path: Path) -> Path:
    answers.save_answers(path, make_answers(qs, {"q01": 2, "q02": "na"}), qs)
    path.write_text(path.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")  # no longer in normal form
    return path


def test_the_normal_form_written_back_to_the_file_itself_needs_no_force(qs: QuestionSet, tmp_path: Path) -> None:
    path = _unnormal(qs, tmp_path / "aino.yaml")
    done = normalise(qs, path, tmp_path / "." / "aino.yaml")
    assert not done.unchanged
    assert path.read_text(encoding="utf-8") == answers.load_answers(path, qs).to_yaml(qs)


def test_the_counts_cover_only_the_sections_asked_for(qs: QuestionSet, tmp_path: Path) -> None:
    path = _unnormal(qs, tmp_path / "aino.yaml")
    first = qs.sections[0]
    counts = normalise(qs, path, None, [first.id]).counts
    assert counts.total == len(first.questions)
    assert (counts.answered, counts.na) == (1, 1)
    assert normalise(qs, path, None).counts.total == len(qs.questions)


def test_a_file_already_in_normal_form_is_not_written_again(qs: QuestionSet, tmp_path: Path) -> None:
    path = tmp_path / "aino.yaml"
    answers.save_answers(path, make_answers(qs, {"q01": 2}), qs)
    before = path.stat()
    done = normalise(qs, path, None)
    after = path.stat()
    assert done.unchanged
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
