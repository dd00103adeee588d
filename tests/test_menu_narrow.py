"""A menu in a narrow terminal (30 columns, a phone's SSH app, a split pane): every option's label is shown whole,
going on under itself between words, and the option chosen is the one whose key was typed."""

from __future__ import annotations

import io
import re
import threading

import pytest
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output
from rich.console import Console

from osallisuus_cli.cli.prompts import flow
from osallisuus_cli.cli.prompts.rich_ui import RichFrontend
from osallisuus_cli.i18n import set_language
from osallisuus_cli.questionsets.framework import QuestionSet
from tests.test_assess_prompts import GENEROUS, _Drawing, _strip


def drawn_menu(qs: QuestionSet, columns: int, keys: str) -> tuple[object, str]:
    """The level menu drawn at ``columns`` wide, then ``keys`` typed: what was chosen and the screen's text."""
    drawn = _Drawing()
    output = Vt100_Output(drawn, lambda: Size(rows=40, columns=columns), term="xterm")
    with create_pipe_input() as pipe:
        ui = RichFrontend(input=pipe, output=output, console=Console(file=io.StringIO(), width=columns))

        def type_after_the_first_drawing() -> None:
            if drawn.flushed.wait(GENEROUS):
                pipe.send_text(keys)
            pipe.close()

        typist = threading.Thread(target=type_after_the_first_drawing, daemon=True)
        typist.start()
        chosen = ui.choose("Taso", flow.level_options(qs), special=flow.special_options(qs), default=None)
        typist.join(GENEROUS)
    return chosen, _strip(drawn.getvalue())


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
