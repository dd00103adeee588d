"""The three-way merge of two sessions on one answers file, clause by clause of ``answering.ondisk``'s promise.

Each test states one rule of the merge on plain answers files (no terminal, no timing): what counts as the same
file, what counts as the same change, and which time the merged file keeps.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from osallisuus_cli.answering import ondisk
from osallisuus_cli.i18n import t
from osallisuus_cli.model.answers import Answer, AnswersFile
from tests.conftest import HELSINKI, make_answers

BASE_TIME = datetime(2026, 11, 2, 10, 0, tzinfo=HELSINKI)
PATH = Path("answers/aino.yaml")


def edited(doc: AnswersFile, *, at: datetime, **levels: int | str) -> AnswersFile:
    """``doc`` with the given answers set as a session sets them: each answer and the file stamped ``at``."""
    changed = doc.model_copy(deep=True)
    for qid, level in levels.items():
        changed.answers[qid] = Answer(level=level, updated=at)
    changed.updated = at
    return changed


@pytest.fixture
def base(qs) -> AnswersFile:
    return make_answers(qs, {"q01": 1, "q02": 2}, when=BASE_TIME)


def test_another_file_that_reuses_the_respondent_id_is_never_merged_into(qs, base):
    """Same person id, but created at another moment: a different file now has this name (a new assessment)."""
    ours = edited(base, at=BASE_TIME + timedelta(minutes=5), q03=3)
    newcomer = make_answers(qs, {"q01": 4}, when=BASE_TIME + timedelta(days=1))
    assert newcomer.respondent.id == base.respondent.id
    assert newcomer.created != base.created
    with pytest.raises(ondisk.ChangedElsewhere) as caught:
        ondisk.merge(PATH, base, ours, newcomer)
    assert caught.value.part == "file"
    assert caught.value.lines("en")[0].startswith(f"{PATH}: ")


def test_a_file_of_another_respondent_is_never_merged_into(qs, base):
    ours = edited(base, at=BASE_TIME + timedelta(minutes=5), q03=3)
    other = make_answers(qs, {"q01": 4}, when=BASE_TIME, respondent_id="22222222-2222-4222-8222-222222222222")
    with pytest.raises(ondisk.ChangedElsewhere):
        ondisk.merge(PATH, base, ours, other)


def test_the_same_change_made_in_both_sessions_is_no_conflict(base):
    ours = edited(base, at=BASE_TIME + timedelta(minutes=5), q07=3)
    theirs = edited(base, at=BASE_TIME + timedelta(minutes=6), q07=3)
    merged = ondisk.merge(PATH, base, ours, theirs)
    assert merged.answers["q07"].level == 3


def test_an_answers_own_time_does_not_make_two_equal_answers_different(base):
    """Both sessions set q01 to the same level at different moments, and one of them also answered q05."""
    ours = edited(base, at=BASE_TIME + timedelta(minutes=5), q01=2, q05=1)
    theirs = edited(base, at=BASE_TIME + timedelta(minutes=9), q01=2)
    merged = ondisk.merge(PATH, base, ours, theirs)
    assert {qid: a.level for qid, a in merged.answers.items()} == {"q01": 2, "q02": 2, "q05": 1}


def test_different_levels_for_one_question_are_a_conflict_naming_both(base):
    ours = edited(base, at=BASE_TIME + timedelta(minutes=5), q07=1)
    theirs = edited(base, at=BASE_TIME + timedelta(minutes=6), q07=4)
    with pytest.raises(ondisk.ChangedElsewhere) as caught:
        ondisk.merge(PATH, base, ours, theirs)
    assert (caught.value.part, caught.value.ours.level, caught.value.theirs.level) == ("q07", 1, 4)


@pytest.mark.parametrize("later", ["ours", "theirs"])
def test_the_merged_file_keeps_the_later_of_the_two_times(base, later):
    """``updated`` never goes back in time, whichever session saved last."""
    early, late = BASE_TIME + timedelta(minutes=5), BASE_TIME + timedelta(minutes=50)
    ours = edited(base, at=late if later == "ours" else early, q03=3)
    theirs = edited(base, at=early if later == "ours" else late, q04=4)
    merged = ondisk.merge(PATH, base, ours, theirs)
    assert merged.updated == late
    assert {qid: a.level for qid, a in merged.answers.items()} == {"q01": 1, "q02": 2, "q03": 3, "q04": 4}


def test_an_answer_removed_elsewhere_and_untouched_here_stays_removed(base):
    ours = edited(base, at=BASE_TIME + timedelta(minutes=5), q03=3)
    theirs = base.model_copy(deep=True)
    del theirs.answers["q02"]
    merged = ondisk.merge(PATH, base, ours, theirs)
    assert sorted(merged.answers) == ["q01", "q03"]


def test_details_changed_on_both_sides_differently_are_a_conflict(base):
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.respondent = ours.respondent.model_copy(update={"role": "ohjaaja"})
    theirs.respondent = theirs.respondent.model_copy(update={"role": "koordinaattori"})
    with pytest.raises(ondisk.ChangedElsewhere) as caught:
        ondisk.merge(PATH, base, ours, theirs)
    assert caught.value.part == "details"


# --- the file on disk: what a session compares, and what it says when it cannot -----------------------------------


def saved(qs, path: Path, doc: AnswersFile) -> ondisk.Seen:
    from osallisuus_cli.model.answers import save_answers

    save_answers(path, doc, qs)
    return ondisk.seen(path, path.read_bytes(), doc)


def test_what_a_session_saw_is_the_file_as_written(qs, base, tmp_path):
    path = tmp_path / "a.yaml"
    last = saved(qs, path, base)
    status = path.stat()
    on_disk = (status.st_mtime_ns, status.st_size, ondisk.digest(path.read_bytes()))
    assert (last.mtime_ns, last.size, last.sha256) == on_disk
    assert last.doc == base
    assert last.doc is not base, "the base of the next merge is a copy, not the session's live document"
    loaded, seen = ondisk.load(path, qs)
    assert loaded == base
    assert (seen.mtime_ns, seen.size, seen.sha256) == (last.mtime_ns, last.size, last.sha256)
    assert ondisk.catch_up(path, qs, base, seen) is None, "unchanged: nothing to merge"


def test_a_second_change_elsewhere_is_merged_against_the_first(qs, base, tmp_path):
    """After catching up once, what the session saw is the other session's file: the next change elsewhere is
    merged against that, not against the first version."""
    from osallisuus_cli.model.answers import save_answers

    path = tmp_path / "a.yaml"
    last = saved(qs, path, base)
    ours = edited(base, at=BASE_TIME + timedelta(minutes=1), q10=1)
    first = edited(base, at=BASE_TIME + timedelta(minutes=2), q11=2)
    save_answers(path, first, qs)
    merged, last = ondisk.catch_up(path, qs, ours, last)
    assert sorted(merged.answers) == ["q01", "q02", "q10", "q11"]
    assert last.doc == first
    assert last.sha256 == ondisk.digest(path.read_bytes())
    assert (last.mtime_ns, last.size) == (path.stat().st_mtime_ns, path.stat().st_size)
    second = edited(first, at=BASE_TIME + timedelta(minutes=3), q12=3)
    save_answers(path, second, qs)
    merged, last = ondisk.catch_up(path, qs, merged, last)
    assert {qid: a.level for qid, a in merged.answers.items()} == {"q01": 1, "q02": 2, "q10": 1, "q11": 2, "q12": 3}


def _refusal(qs, path: Path, base: AnswersFile, last: ondisk.Seen | None) -> ondisk.ChangedElsewhere:
    with pytest.raises(ondisk.ChangedElsewhere) as caught:
        ondisk.catch_up(path, qs, base, last)
    error = caught.value
    assert error.part == "file"
    assert error.params["part"] == "file"
    assert error.lines("en")[0].startswith(f"{path}: ")
    return error


def test_a_file_that_appeared_since_the_session_began_is_someone_elses(qs, base, tmp_path):
    path = tmp_path / "a.yaml"
    saved(qs, path, base)
    assert _refusal(qs, path, base, None).params["reason"] == ""


def test_a_file_made_unreadable_elsewhere_says_why(qs, base, tmp_path):
    path = tmp_path / "a.yaml"
    last = saved(qs, path, base)
    path.write_text("format: osallisuus/answers/v1\nanswers: [\n", encoding="utf-8")
    error = _refusal(qs, path, base, last)
    reason = error.params["reason"]
    assert reason
    assert str(path) in reason, "the first line of the reader's own message"


def test_a_path_that_cannot_be_opened_says_the_systems_reason(qs, base, tmp_path):
    blocker = tmp_path / "answers"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    last = ondisk.Seen(0, 0, "", base)
    error = _refusal(qs, blocker / "a.yaml", base, last)
    assert error.params["reason"] == "Not a directory"


def test_a_pipe_put_in_the_files_place_is_refused_at_once(qs, base, tmp_path):
    """Opening a FIFO for reading would wait for a writer forever; it is opened without waiting and refused."""
    import os
    import threading

    path = tmp_path / "a.yaml"
    last = saved(qs, path, base)
    path.unlink()
    os.mkfifo(path)
    outcome: list[BaseException] = []
    worker = threading.Thread(target=lambda: outcome.append(_try(lambda: ondisk.catch_up(path, qs, base, last))))
    worker.daemon = True
    worker.start()
    worker.join(5)
    if worker.is_alive():  # unblock the reader so the test process can end, then fail
        with open(path, "wb"):
            pass
        pytest.fail("reading a pipe in the file's place blocked")
    assert isinstance(outcome[0], ondisk.ChangedElsewhere)
    assert outcome[0].part == "file"
    assert outcome[0].lines("en")[0].startswith(f"{path}: ")


def _try(action) -> BaseException | None:
    try:
        action()
    except BaseException as exc:  # handed to the test thread, which asserts on it
        return exc
    return None


def test_a_file_of_exactly_the_size_limit_is_read_whole_and_one_byte_more_is_too_large(qs, base, tmp_path):
    from osallisuus_cli.errors import DataError
    from osallisuus_cli.files import yamlio

    path = tmp_path / "a.yaml"
    last = saved(qs, path, base)
    changed = edited(base, at=BASE_TIME + timedelta(minutes=2), q11=2)
    text = changed.to_yaml(qs)
    padding = yamlio.MAX_BYTES - len(text.encode("utf-8")) - 1
    path.write_text(text + "#" + "x" * padding, encoding="utf-8")
    assert path.stat().st_size == yamlio.MAX_BYTES
    merged, _ = ondisk.catch_up(path, qs, base, last)
    assert merged.answers["q11"].level == 2
    path.write_text(text + "#" + "x" * (padding + 1), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        ondisk.catch_up(path, qs, base, last)
    assert str(path) in caught.value.lines("en")[0]


def test_details_changed_only_elsewhere_are_taken(base):
    ours = edited(base, at=BASE_TIME + timedelta(minutes=5), q03=3)
    theirs = base.model_copy(deep=True)
    theirs.respondent = theirs.respondent.model_copy(update={"role": "koordinaattori"})
    theirs.project = theirs.project.model_copy(update={"code": "S30123"})
    merged = ondisk.merge(PATH, base, ours, theirs)
    assert (merged.respondent.role, merged.project.code) == ("koordinaattori", "S30123")
    assert merged.answers["q03"].level == 3


@pytest.mark.parametrize("part", ["respondent", "project", "answer"])
def test_a_conflict_names_the_file_and_the_part(base, part):
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    if part == "respondent":
        ours.respondent = ours.respondent.model_copy(update={"name": "Aino V."})
        theirs.respondent = theirs.respondent.model_copy(update={"name": "Aino Virtanen"})
    elif part == "project":
        ours.project = ours.project.model_copy(update={"code": "S1"})
        theirs.project = theirs.project.model_copy(update={"code": "S2"})
    else:
        ours, theirs = edited(base, at=BASE_TIME, q09=0), edited(base, at=BASE_TIME, q09=4)
    with pytest.raises(ondisk.ChangedElsewhere) as caught:
        ondisk.merge(PATH, base, ours, theirs)
    expected = "q09" if part == "answer" else "details"
    assert caught.value.part == expected
    assert caught.value.lines("en") == [f"{PATH}: " + t("answering.err_changed_elsewhere", "en", part=expected)]


def test_a_conflict_found_while_catching_up_names_the_file(qs, base, tmp_path):
    from osallisuus_cli.model.answers import save_answers

    path = tmp_path / "a.yaml"
    last = saved(qs, path, base)
    save_answers(path, edited(base, at=BASE_TIME + timedelta(minutes=2), q04=4), qs)
    with pytest.raises(ondisk.ChangedElsewhere) as caught:
        ondisk.catch_up(path, qs, edited(base, at=BASE_TIME + timedelta(minutes=1), q04=0), last)
    assert caught.value.lines("en")[0].startswith(f"{path}: ")


@pytest.mark.parametrize("text", ["format: osallisuus/answers/v1\nanswers: [\n", "\xff\xfe"])
def test_a_file_that_cannot_be_continued_is_named(qs, tmp_path, text):
    from osallisuus_cli.errors import DataError

    path = tmp_path / "a.yaml"
    path.write_bytes(text.encode("latin-1"))
    with pytest.raises(DataError) as caught:
        ondisk.load(path, qs)
    assert all(line.startswith(str(path)) for line in caught.value.lines("en"))
