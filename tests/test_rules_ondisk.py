"""The three-way merge of two sessions on one answers file, clause by clause of ``answering.ondisk``'s promise.

Each test states one rule of the merge on plain answers files (no terminal, no timing): what counts as the same
file, what counts as the same change, and which time the merged file keeps.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from osallisuus_cli.answering import ondisk
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
