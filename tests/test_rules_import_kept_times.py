"""An update from an export without time columns (docs/import.md): only an answer the update leaves exactly as it was
keeps its earlier time; a changed text or reason is a change, dated by the update, even when the level stays."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from osallisuus_cli.importing.identity import kept_times
from osallisuus_cli.model.answers import parse_answers
from tests.conftest import make_answers

EARLIER = datetime(2026, 9, 1, 8, 0, tzinfo=ZoneInfo("Europe/Helsinki"))
EXPORTED = datetime(2026, 10, 3, 9, 30, tzinfo=ZoneInfo("Europe/Helsinki"))


@pytest.mark.parametrize(
    ("there", "planned"),
    [
        ({"how": {"q01": "Kysymme."}}, {"how": {"q01": "Kysymme joka kerta."}}),
        ({"next_step": {"q01": "Palaute."}}, {"next_step": {"q01": "Palautelaatikko."}}),
        ({}, {"how": {"q01": "Uusi teksti."}}),
    ],
)
def test_an_answer_whose_text_changed_is_dated_by_the_update_though_its_level_stayed(qs, there, planned) -> None:
    before = make_answers(qs, {"q01": 2, "q02": 1}, when=EARLIER, **there)
    after = make_answers(qs, {"q01": 2, "q02": 1}, when=EXPORTED, **planned)
    kept = parse_answers(kept_times(before.to_yaml(qs).encode(), after.to_yaml(qs), qs, where="a.yaml"), qs, file="a")
    assert kept.answers["q01"].updated == EXPORTED
    assert kept.answers["q02"].updated == EARLIER
    assert kept.updated == EXPORTED


def test_a_changed_reason_is_a_change(qs) -> None:
    before = make_answers(qs, {"q01": "na"}, when=EARLIER, reason={"q01": "Ei koske meitä."})
    after = make_answers(qs, {"q01": "na"}, when=EXPORTED, reason={"q01": "Ei koske tätä hanketta."})
    kept = parse_answers(kept_times(before.to_yaml(qs).encode(), after.to_yaml(qs), qs, where="a.yaml"), qs, file="a")
    assert kept.answers["q01"].updated == EXPORTED
