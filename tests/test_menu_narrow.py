"""A menu in a narrow terminal (30 columns, a phone's SSH app, a split pane): every option's label is shown whole,
going on under itself between words, and the option chosen is the one whose key was typed."""

from __future__ import annotations

import re

import pytest

from osallisuus_cli.cli.prompts import flow
from osallisuus_cli.i18n import set_language
from osallisuus_cli.questionsets.framework import QuestionSet
from tests.test_assess_prompts import drawn_menu


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_at_thirty_columns_every_label_is_shown_whole_between_words(qs: QuestionSet, lang: str) -> None:
    set_language(lang)
    chosen, menu = drawn_menu(qs, 30, "2\r")
    assert chosen == 2
    options = [*flow.level_options(qs), *flow.special_options(qs)]
    long = [option for option in options if len(option.label) > 30 - 7]
    assert long, "the built-in scale has labels wider than 30 columns in every language"
    for option in options:
        words = option.label.split()
        # the label's words in order, each whole, with only spaces and line breaks between them
        pattern = re.escape(f"{option.key}  {words[0]}") + "".join(r"\s+" + re.escape(word) for word in words[1:])
        assert re.search(pattern, menu), (option.label, menu)
