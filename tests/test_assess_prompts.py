"""The assess interview driven through real prompts: keystrokes go into a prompt_toolkit pipe, answers come out.

The pipe is closed after the keys are sent, so a prompt that waits for a key nobody typed ends at once with EOFError
instead of hanging. Nothing here is timed: tests wait for events (a drawing, a thread's end) with bounds generous
enough for a machine under heavy load; the bounds only keep a broken prompt from hanging the suite.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from prompt_toolkit.output.vt100 import Vt100_Output
from rich.console import Console

from osallisuus_cli.answering.session import Session
from osallisuus_cli.cli.app import app
from osallisuus_cli.cli.commands.assess import Continuing, _interview
from osallisuus_cli.cli.prompts import flow, opening
from osallisuus_cli.cli.prompts.base import key_summary
from osallisuus_cli.cli.prompts.plain import PlainFrontend
from osallisuus_cli.cli.prompts.rich_ui import RichFrontend
from osallisuus_cli.cli.settings import Settings
from osallisuus_cli.errors import Interrupted
from osallisuus_cli.i18n import set_language, t
from osallisuus_cli.model import answers as answers_mod
from osallisuus_cli.questionsets.reading import builtin_path, load_question_set
from tests.conftest import HELSINKI, make_answers, write_answers

pytestmark = pytest.mark.timeout(300)
GENEROUS = 120.0  # seconds: how long a prompt that should stop at once may take on an overloaded machine

DONE = "\r"  # the closing menu has "done" preselected
REVIEW = "1\r"


def meta(project: str = "Nuorten ääni", phase: str = "2", name: str = "Aino", role: str = "") -> str:
    """Keys for the opening questions: project name, phase (1–3), name and role."""
    return f"{project}\r{phase}\r{name}\r{role}\r"


def answer(level: str, how: str = "", next_step: str = "") -> str:
    """Keys for one question: the level's key (0–4, - or ?), then the two texts (empty = skipped with Enter)."""
    return f"{level}\r{how}\r{next_step}\r"


class Ticking:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 9, 0, tzinfo=HELSINKI)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@dataclass
class Run:
    session: Session | None
    shown: str  # what the rich console printed
    prompts: str  # what prompt_toolkit drew (only when captured), without escape codes

    @property
    def doc(self) -> answers_mod.AnswersFile:
        assert self.session is not None
        return self.session.doc


@contextmanager
def rich_ui(keys: str, *, capture_prompts: bool = False) -> Iterator[tuple[RichFrontend, io.StringIO, io.StringIO]]:
    drawn = io.StringIO()
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        pipe.close()
        output: Any = (
            Vt100_Output(drawn, lambda: Size(rows=60, columns=160), term="xterm") if capture_prompts else DummyOutput()
        )
        shown = io.StringIO()
        console = Console(file=shown, width=160, no_color=True, highlight=False)
        yield RichFrontend(input=pipe, output=output, console=console), shown, drawn


def interview(
    qs: Any,
    keys: str,
    *,
    output: Path | None = None,
    sections: list[str] | None = None,
    review: bool = False,
    capture_prompts: bool = False,
    start: str | None = None,
) -> Run:
    """open → run → finish, exactly as the command does, with the given keystrokes (``start``: --question)."""
    plan = opening.Plan(
        settings=Settings(), output=output, sections=sections, review=review, clock=Ticking(), start=start
    )
    with rich_ui(keys, capture_prompts=capture_prompts) as (ui, shown, drawn):
        session = opening.open_session(ui, qs, plan)
        flow.run(ui, session, review=review, start=start)
        flow.finish(ui, session)
    return Run(session, shown.getvalue(), _strip(drawn.getvalue()))


def _strip(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\r", "", text)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def all_levels(doc: answers_mod.AnswersFile) -> dict[str, Any]:
    return {qid: a.level for qid, a in doc.answers.items()}


# --- whole runs ------------------------------------------------------------------------------------------------


def test_full_run_answers_all_24_and_saves_them(qs, tmp_path):
    keys = meta(role="ohjaaja")
    keys += answer("3", "Kerran kuussa avoin ilta", "Kysytään nuorilta")
    for n in range(2, 25):
        keys += answer(str(n % 5))
    run = interview(qs, keys + DONE)

    path = tmp_path / "answers" / "aino.yaml"
    assert run.session is not None
    assert run.session.path == path
    saved = answers_mod.load_answers(path, qs)
    assert len(saved.answers) == 24
    assert saved.answers["q01"].level == 3
    assert saved.answers["q01"].how == "Kerran kuussa avoin ilta"
    assert saved.answers["q01"].next_step == "Kysytään nuorilta"
    assert all_levels(saved) == {"q01": 3} | {f"q{n:02d}": n % 5 for n in range(2, 25)}
    assert (saved.project.name, saved.project.phase) == ("Nuorten ääni", "toteutus")
    assert (saved.respondent.name, saved.respondent.role, saved.language) == ("Aino", "ohjaaja", "fi")
    # each question is shown with its place, the summary and the file at the end
    assert "Kysymys 1/24" in run.shown
    assert "Kysymys 24/24" in run.shown
    assert "Osa-alue 1: Osallisuus omassa elämässä" in run.shown
    assert "Osio 2A: Yhdessä suunnittelu ja yhteiskehittäminen" in run.shown
    assert "Yhteenveto" in run.shown
    assert "answers/aino.yaml" in run.shown
    assert "osallisuus report answers/aino.yaml -o aino-raportti.html" in run.shown


@pytest.mark.parametrize("plain", [False, True])
def test_printed_commands_are_never_broken_across_lines(qs, tmp_path, plain):
    """A command cut in two by wrapping would run without its last words when copied (`... -o` + newline)."""
    set_language("sv")  # the unofficial-translation note names a command too
    path = write_answers(tmp_path / "vastaukset" / "aino-virtanen.yaml", make_answers(qs, {"q01": 1}), qs)
    session = Session(qs, answers_mod.load_answers(path, qs), path, clock=Ticking())
    shown = io.StringIO()
    if plain:
        ui: Any = PlainFrontend(stdin=io.StringIO(), stdout=shown, width=50)
    else:
        ui = RichFrontend(input=None, output=DummyOutput(), console=Console(file=shown, width=50, no_color=True))
    flow._language_notes(ui, qs)
    flow.finish(ui, session)
    lines = shown.getvalue().splitlines()
    for command in [
        "osallisuus report vastaukset/aino-virtanen.yaml -o aino-virtanen-rapport.html",
        "osallisuus assess -o vastaukset/aino-virtanen.yaml --review",
        "osallisuus questions show NUMMER --lang fi",
    ]:
        assert any(command in line for line in lines), (command, lines)


def test_the_suggested_report_command_works_again_after_another_round(qs, tmp_path, runner):
    """Her own report made once already: the suggestion replaces it (--force) instead of stopping at 'exists'."""
    path = write_answers(tmp_path / "answers" / "aino.yaml", make_answers(qs, {"q01": 1}), qs)
    session = Session(qs, answers_mod.load_answers(path, qs), path, clock=Ticking())
    page = t("assess.report_file", name="aino")

    def suggested() -> list[str]:
        shown = io.StringIO()
        ui = PlainFrontend(stdin=io.StringIO(), stdout=shown, width=200)
        flow.finish(ui, session)
        line = next(line for line in shown.getvalue().splitlines() if f" report answers/aino.yaml -o {page}" in line)
        return line[line.index("report ") :].split()

    for round_ in range(2):
        command = suggested()
        assert ("--force" in command) == (round_ == 1), command
        result = runner.invoke(app, command)
        assert result.exit_code == 0, result.output
        assert (tmp_path / page).is_file()


def test_a_pasted_name_with_line_breaks_becomes_one_line(qs):
    paste = "\x1b[200~{}\x1b[201~\r".format  # a terminal's bracketed paste keeps the line breaks in the text
    keys = paste("Nuorten\nääni ") + "2\r" + paste("Aino\r\nVirtanen") + paste("nuoriso-\n  ohjaaja") + answer("1")
    run = interview(qs, keys + DONE, sections=["R"])
    assert run.doc.project.name == "Nuorten ääni"
    assert (run.doc.respondent.name, run.doc.respondent.role) == ("Aino Virtanen", "nuoriso- ohjaaja")
    assert run.session is not None
    assert run.session.path.name == "aino-virtanen.yaml"


def test_examples_are_shown_as_a_hint_under_the_question(qs):
    run = interview(qs, meta() + answer("1") + DONE, sections=["R"])
    text = run.shown
    question = text.index("Millaisia osallisuutta lisääviä rakenteita")
    examples = text.index("Esimerkkejä rakenteista: osallisuusohjelma")
    assert question < examples


def test_text_answers_can_be_skipped_with_enter(qs, tmp_path):
    run = interview(qs, meta() + answer("2") + answer("4") + answer("1") + DONE, sections=["3"])
    assert run.session is not None
    saved_text = run.session.path.read_text(encoding="utf-8")
    assert "how:" not in saved_text
    assert "next_step:" not in saved_text
    assert all_levels(run.doc) == {"q21": 2, "q22": 4, "q23": 1}


def reasoned(level: str, reason: str = "") -> str:
    """Keys for one question answered N/A (-) or don't know (?): the key, then the one text asked, the reason."""
    return f"{level}\r{reason}\r"


def test_na_and_dont_know_are_their_own_answers(qs):
    keys = meta() + reasoned("-", "Ei nuorisotyötä") + reasoned("?") + answer("0")
    run = interview(qs, keys + DONE, sections=["3"])
    assert all_levels(run.doc) == {"q21": "na", "q22": "dont_know", "q23": 0}
    assert run.doc.answers["q21"].reason == "Ei nuorisotyötä"
    assert run.doc.answers["q21"].how is None, "a reason is not a description of practice"
    rows = {row.section_id: row for row in run.session.summary()}
    assert (rows["3"].answered, rows["3"].na, rows["3"].dont_know, rows["3"].missing) == (1, 1, 1, 0)


def test_the_menu_front_end_shows_control_characters_as_text(qs):
    with rich_ui("") as (ui, shown, _):
        ui.say("Nuoret\x1b[31m")
        ui.show_question(flow.QuestionView("q01", "Kysymys 1/24", "Teksti\x1b]0;otsikko\x07", examples="Esim.\x1b[2J"))
    assert "\x1b" not in shown.getvalue()
    assert "\x07" not in shown.getvalue()
    assert "Nuoret\\x1b[31m" in shown.getvalue()


def test_the_arrow_keys_work(qs):
    down, up = "\x1b[B", "\x1b[A"
    # nothing is pointed at first: the first Down points at the top of the scale, Up at the bottom of the list
    run = interview(qs, meta() + down * 3 + "\r\r\r" + DONE, sections=["R"])
    assert run.doc.answers["q24"].level == 2
    run = interview(qs, meta(name="Eero") + up + "\r\r" + DONE, sections=["R"])
    assert run.doc.answers["q24"].level == "dont_know"


ESC_ENTER, ALT_ENTER, CTRL_J = "\x1b\r", "\x1b\r", "\n"  # Alt-Enter reaches a terminal as Esc then Enter


def menu_keys(qs: Any) -> str:
    return key_summary([o.key for o in [*flow.level_options(qs), *flow.special_options(qs)]])


def choose_level(qs: Any, keys: str, default: Any = None) -> tuple[Any, str]:
    """The level menu alone, driven by ``keys``: what was chosen and the lines printed above the menu."""
    with rich_ui(keys) as (ui, shown, _):
        chosen = ui.choose("Taso", flow.level_options(qs), special=flow.special_options(qs), default=default)
    return chosen, shown.getvalue()


@pytest.mark.parametrize("keys", [ESC_ENTER, "\x1b\x1b\r", CTRL_J, "\x1b" + CTRL_J])
@pytest.mark.parametrize("default", [None, 3, "na"])
def test_esc_then_enter_in_a_menu_answers_nothing_and_the_menu_stays(qs, keys, default):
    chosen, shown = choose_level(qs, keys + "2\r", default=default)
    assert chosen == 2, "the menu stayed open and took the next key"
    keys_hint = t("assess.menu_keys", keys=menu_keys(qs))
    assert keys_hint in shown.replace("\n", " ")


def test_esc_then_enter_in_the_interview_is_no_answer_and_no_crash(qs, tmp_path):
    """The whole flow (it crashed with "'' is not on the scale"), fresh and in a review of a saved answer."""
    run = interview(qs, meta() + ESC_ENTER + answer("1") + DONE, sections=["R"])
    assert run.doc.answers["q24"].level == 1
    path = tmp_path / "answers" / "aino.yaml"
    before = path.read_bytes()
    run = interview(qs, "\r" * 4 + ALT_ENTER + "\r\r\r" + DONE, output=path, sections=["R"], review=True)
    assert run.doc.answers["q24"].level == 1
    assert path.read_bytes() == before


@pytest.mark.parametrize("key", ["x", "7", "q", "ä"])
def test_a_key_that_chooses_nothing_says_so_once(qs, key):
    chosen, shown = choose_level(qs, key * 3 + "4\r")
    line = t("assess.plain_invalid", value=key, keys=menu_keys(qs))
    assert chosen == 4
    assert shown.replace("\n", " ").count(line) == 1, "one line, however often the key is pressed"


def test_enter_before_any_choice_says_what_to_do(qs):
    chosen, shown = choose_level(qs, "\r\r1\r")
    assert chosen == 1
    assert shown.replace("\n", " ").count(t("assess.menu_choose_first")) == 1


@pytest.mark.parametrize(("default", "expected"), [(None, 2), (3, 3)])
def test_a_word_typed_into_a_menu_does_not_move_the_choice(qs, default, expected):
    """j and k are letters of words ("jokin", "kyllä"), not keys that move the choice."""
    keys = "jokin kyllä\r" + ("2\r" if default is None else "")
    chosen, shown = choose_level(qs, keys, default=default)
    assert chosen == expected
    assert t("assess.plain_invalid", value="j", keys=menu_keys(qs)) in shown.replace("\n", " ")


def drawn_menu(qs: Any, columns: int, keys: str) -> tuple[Any, str]:
    """The level menu drawn on a terminal ``columns`` wide, then ``keys`` typed (they arrive only after the first
    drawing): what was chosen and the screen's text."""
    drawn = _Drawing()
    output = Vt100_Output(drawn, lambda: Size(rows=40, columns=columns), term="xterm")
    with create_pipe_input() as pipe:
        ui = RichFrontend(input=pipe, output=output, console=Console(file=io.StringIO(), width=columns))

        def keys_after_the_first_drawing() -> None:
            if drawn.flushed.wait(GENEROUS):
                pipe.send_text(keys)
            pipe.close()  # without a drawing the menu ends with EOFError, and the test fails

        typist = threading.Thread(target=keys_after_the_first_drawing, daemon=True)
        typist.start()
        chosen = ui.choose("Taso", flow.level_options(qs), special=flow.special_options(qs), default=None)
        typist.join(GENEROUS)
    return chosen, _strip(drawn.getvalue())


def test_the_menu_shows_the_scale_with_its_keys_and_the_special_answers_apart(qs):
    """The menu as drawn before any key is pressed."""
    chosen, menu = drawn_menu(qs, 120, "?\r")
    assert chosen == "dont_know"
    assert "(nuolinäppäimet tai 0–4, -, ?; Enter valitsee)" in menu
    positions = [menu.index(f"{key}  {label}") for key, label in [("0", "Ei vielä"), ("4", "Vakiintunut osaksi")]]
    separator = menu.index("\u2500" * 6)
    specials = [menu.index("-  Ei koske toimintaamme"), menu.index("?  En osaa sanoa")]
    assert positions[0] < positions[1] < separator < specials[0] < specials[1]


@pytest.mark.parametrize(
    ("lang", "counter", "level_prompt", "how_prompt", "summary"),
    [
        ("fi", "Kysymys 24/24", "Miten pitkällä tämä on toiminnassanne?", "Miten käytännössä?", "Yhteenveto"),
        (
            "sv",
            "Fråga 24/24",
            "Hur långt har ni kommit med detta i er verksamhet?",
            "Hur gör ni i praktiken?",
            "Sammanfattning",
        ),
        (
            "en",
            "Question 24 of 24",
            "How far along is this in your activity?",
            "How do you do this in practice?",
            "Summary",
        ),
    ],
)
def test_assess_in_each_language(qs, lang, counter, level_prompt, how_prompt, summary):
    set_language(lang)
    run = interview(qs, meta() + answer("4", "x") + DONE, sections=["R"], capture_prompts=True)
    assert run.doc.language == lang
    assert counter in run.shown
    assert summary in run.shown
    assert level_prompt in run.prompts
    assert how_prompt in run.prompts
    # the question and the scale labels come from the set in the same language
    assert qs.text(qs.question("q24").text, lang)[:40] in run.shown
    assert qs.text(qs.scale.levels[4].label, lang) in run.prompts
    unofficial = {"fi": False, "sv": True, "en": True}[lang]
    assert ("THL" in run.shown and "--lang fi" in run.shown) is unofficial, "unofficial translations say so once"
    assert run.shown.count("--lang fi") == (1 if unofficial else 0)


# --- stopping and continuing --------------------------------------------------------------------------------------


@pytest.mark.parametrize("k", [0, 1, 5])
def test_ctrl_c_after_question_k_keeps_exactly_k_answers(qs, tmp_path, k):
    path = tmp_path / "a.yaml"
    keys = meta() + "".join(answer(str(n % 5), f"vastaus {n}") for n in range(1, k + 1)) + "\x03"
    plan = opening.Plan(settings=Settings(), output=path, clock=Ticking())
    with rich_ui(keys) as (ui, _, _), pytest.raises(Interrupted) as caught:
        _interview(ui, qs, plan, Continuing(plan.sections, None, None, False))
    assert caught.value.exit_code == 130
    assert caught.value.lines("en") == ["Your answers are saved — continue with: osallisuus assess -o a.yaml"]
    saved = answers_mod.load_answers(path, qs)
    assert sorted(saved.answers) == [f"q{n:02d}" for n in range(1, k + 1)]
    assert all(saved.answers[f"q{n:02d}"].how == f"vastaus {n}" for n in range(1, k + 1))
    assert not list(tmp_path.glob(".*.tmp")), "no temporary file is left behind"


def test_ctrl_c_before_anything_is_saved_says_so(qs, tmp_path):
    plan = opening.Plan(settings=Settings(), output=tmp_path / "a.yaml")
    with rich_ui("Nuorten ääni\r\x03") as (ui, _, _), pytest.raises(Interrupted) as caught:
        _interview(ui, qs, plan, Continuing(plan.sections, None, None, False))
    assert "nothing was saved" in caught.value.lines("en")[0]
    assert not (tmp_path / "a.yaml").exists()


CTRL_D = "\x04"


@pytest.mark.parametrize(
    ("where", "keys", "saved_levels"),
    [
        ("phase menu", "Nuorten ääni\r" + CTRL_D, None),
        ("level menu", meta() + answer("2") + CTRL_D, {"q21": 2}),
        (
            "closing menu",
            meta() + answer("2") + answer("3") + reasoned("?") + CTRL_D,
            {"q21": 2, "q22": 3, "q23": "dont_know"},
        ),
        ("review: a text with its old value", "\r" * 4 + "\r" + CTRL_D, {"q21": 2}),
        ("review: the project name", CTRL_D, {"q21": 2}),
    ],
)
def test_ctrl_d_stops_like_ctrl_c_wherever_it_is_pressed(qs, tmp_path, where, keys, saved_levels):
    """Ctrl-D (end of input) stops every prompt, menus and prefilled texts too, not only an empty text line.

    The input stays open, so a prompt that ignored Ctrl-D would wait for more keys and the timeout would fail it.
    """
    path = tmp_path / "a.yaml"
    review = where.startswith("review")
    if review:
        write_answers(path, make_answers(qs, {"q21": 2}, how={"q21": "Vanha"}), qs)
    before = path.read_bytes() if review else None
    plan = opening.Plan(settings=Settings(), output=path, sections=["3"], review=review)
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        ui = RichFrontend(input=pipe, output=DummyOutput(), console=Console(file=io.StringIO()))
        with pytest.raises(Interrupted) as caught:
            _run_with_timeout(lambda: _interview(ui, qs, plan, Continuing(plan.sections, None, None, False)))
    assert caught.value.exit_code == 130
    if saved_levels is None:
        assert not path.exists()
    else:
        assert all_levels(answers_mod.load_answers(path, qs)) == saved_levels
    if before is not None:
        assert path.read_bytes() == before


def _run_with_timeout(call: Any, seconds: float = GENEROUS) -> None:
    """Run ``call`` in a thread; re-raise what it raised, or fail when it is still waiting for input.

    The thread signals its end with an event; the bound is generous (a prompt that honours Ctrl-D returns in
    milliseconds), so only a prompt that really waits for more keys fails, not a slow machine.
    """
    outcome: list[BaseException] = []
    finished = threading.Event()

    def target() -> None:
        try:
            call()
        except BaseException as exc:  # handed back to the test
            outcome.append(exc)
        finally:
            finished.set()

    threading.Thread(target=target, daemon=True).start()
    assert finished.wait(seconds), "the prompt ignored Ctrl-D and is still waiting"
    if outcome:
        raise outcome[0]


class _Drawing(io.StringIO):
    """A terminal's screen for prompt_toolkit: ``flushed`` is set once the first drawing has been written."""

    def __init__(self) -> None:
        super().__init__()
        self.flushed = threading.Event()

    def flush(self) -> None:
        super().flush()
        if self.getvalue():
            self.flushed.set()


def test_ctrl_c_when_asked_about_an_existing_file_names_that_file(qs, tmp_path):
    """Stopping at "continue that file or start a new one?" loses nothing and must not say "nothing was saved"."""
    path = write_answers(tmp_path / "answers" / "aino.yaml", make_answers(qs, {"q24": 2}, name="Aino"), qs)
    before = path.read_bytes()
    plan = opening.Plan(settings=Settings(), sections=["R"])
    with rich_ui(meta() + "\x03") as (ui, _, _), pytest.raises(Interrupted) as caught:
        _interview(ui, qs, plan, Continuing(plan.sections, None, None, False))
    assert caught.value.lines("en") == [
        "Your answers are saved — continue with: osallisuus assess -o answers/aino.yaml --section R"
    ]
    assert path.read_bytes() == before
    assert list(path.parent.iterdir()) == [path]


def test_the_level_is_saved_before_the_texts_are_asked_and_a_cut_text_is_kept(qs, tmp_path):
    path = tmp_path / "a.yaml"
    plan = opening.Plan(settings=Settings(), output=path, sections=["R"])
    with rich_ui(meta() + "3\rpuoliksi kirjoit\x03") as (ui, shown, _), pytest.raises(Interrupted) as caught:
        _interview(ui, qs, plan, Continuing(plan.sections, None, None, False))
    saved = answers_mod.load_answers(path, qs)
    assert saved.answers["q24"].level == 3
    assert saved.answers["q24"].how == "puoliksi kirjoit", "the text is kept as far as it was typed"
    assert t("answering.cut_saved") in shown.getvalue()
    assert "--question 24" in caught.value.lines()[0], "the command continues at the question that was cut off"


def test_resume_starts_at_the_question_after_the_last_answer(qs, tmp_path):
    k = 20
    earlier = make_answers(qs, {f"q{n:02d}": 1 for n in range(1, k + 1)}, how={"q03": "vanha"})
    path = write_answers(tmp_path / "a.yaml", earlier, qs)
    keys = "".join(answer("4") for _ in range(k + 1, 25)) + DONE
    run = interview(qs, keys, output=path)  # no opening questions: the file's metadata is kept

    assert f"Kysymys {k + 1}/24" in run.shown
    assert f"Kysymys {k}/24" not in run.shown
    assert f"Jatketaan kysymyksestä {k + 1}." in run.shown
    saved = answers_mod.load_answers(path, qs)
    assert all_levels(saved) == {f"q{n:02d}": 1 if n <= k else 4 for n in range(1, 25)}
    for n in range(1, k + 1):  # the earlier answers are untouched, timestamps included
        assert saved.answers[f"q{n:02d}"] == earlier.answers[f"q{n:02d}"]
    assert (saved.respondent.id, saved.created) == (earlier.respondent.id, earlier.created)


def test_resume_through_the_default_file_name_asks_before_continuing(qs, tmp_path):
    earlier = make_answers(qs, {"q24": 2}, name="Aino")
    earlier.respondent.role = "ohjaaja"
    write_answers(tmp_path / "answers" / "aino.yaml", earlier, qs)
    named = "Nuorten ääni\r2\rAino\r"  # project, phase and name: her file is found before the role is asked
    # "continue that file" is preselected; it is complete, so the closing menu follows at once
    run = interview(qs, named + "\r" + DONE, sections=["R"], capture_prompts=True)
    assert run.session is not None
    assert run.session.path == tmp_path / "answers" / "aino.yaml"
    assert "Kysymys 24/24" not in run.shown
    assert "Osion R kysymyksiin on vastattu. Mitä seuraavaksi?" in run.prompts
    assert "on vastattu" not in run.shown, "said in the menu, not once more above it"
    assert t("assess.ask_role") not in run.prompts, "her role is in her file: continuing asks nothing more"
    assert run.session.doc.respondent.role == "ohjaaja"

    fresh = interview(qs, named + "2\r" + "kokemusasiantuntija\r" + answer("0") + DONE, sections=["R"])
    assert fresh.session is not None
    assert fresh.session.path == tmp_path / "answers" / "aino-2.yaml"
    assert fresh.session.doc.respondent.role == "kokemusasiantuntija", "a new file asks the role after the menu"
    assert answers_mod.load_answers(tmp_path / "answers" / "aino.yaml", qs).answers["q24"].level == 2


def test_another_person_whose_name_makes_the_same_file_name_gets_a_file_of_her_own(qs, tmp_path):
    """ "Äino" and "Aino" both make aino.yaml; names without Latin letters all fall back to the same name. Another
    respondent must never be offered someone else's answers (with "continue" preselected)."""
    first = write_answers(tmp_path / "answers" / "aino.yaml", make_answers(qs, {"q24": 2}, name="Aino"), qs)
    before = first.read_bytes()
    session, shown = plain_interview(qs, ["P", "1", "Äino", "", "3", "", "", ""], sections=["R"])
    assert session.path == tmp_path / "answers" / "aino-2.yaml"
    assert "on jo olemassa" not in shown
    assert session.doc.respondent.name == "Äino"
    assert session.doc.answers["q24"].level == 3
    assert first.read_bytes() == before

    again, shown = plain_interview(qs, ["P", "1", "äino", "", "", ""], sections=["R"])  # Enter: continue, done
    assert again.path == tmp_path / "answers" / "aino-2.yaml", "the same person finds her own file again"
    assert "answers/aino-2.yaml on jo olemassa" in shown


def test_an_invalid_file_to_continue_is_refused_and_left_alone(qs, tmp_path):
    path = tmp_path / "a.yaml"
    text = write_answers(path, make_answers(qs, {"q01": 1}), qs).read_text(encoding="utf-8")
    path.write_text(text.replace("level: 1", "level: 9"), encoding="utf-8")
    before = path.read_bytes()
    from osallisuus_cli.errors import DataError

    with pytest.raises(DataError) as caught:
        interview(qs, "", output=path)
    assert "answers.q01.level" in caught.value.lines("en")[0]
    assert path.read_bytes() == before


# --- review ------------------------------------------------------------------------------------------------------


# A review goes through section 1 (q01–q07: a text on q03, N/A on q07) of a complete file: the rules are the same
# for every section, and 7 questions take a quarter of the keys of 24.
SECTION_1 = ["1"]
ENTER_THROUGH_SECTION_1 = (
    "\r" * 4 + "\r\r\r" * 6 + "\r\r"
)  # opening questions, q01–q06 (level, 2 texts), q07 (N/A, reason)


def complete_file(qs: Any, path: Path) -> answers_mod.AnswersFile:
    levels: dict[str, int | str] = {f"q{n:02d}": n % 5 for n in range(1, 25)}
    levels["q07"] = "na"
    doc = make_answers(
        qs, levels, how={"q03": "Vanha kuvaus"}, next_step={"q03": "Vanha askel"}, phase="suunnittelu", name="Aino"
    )
    write_answers(path, doc, qs)
    return doc


def test_review_keeps_every_old_value_as_the_default(qs, tmp_path):
    path = tmp_path / "a.yaml"
    complete_file(qs, path)
    before = path.read_bytes()
    keys = ENTER_THROUGH_SECTION_1 + DONE  # Enter everywhere: accept every default
    run = interview(qs, keys, output=path, sections=SECTION_1, review=True, capture_prompts=True)
    assert "Miten käytännössä? (Enter pitää tekstin; tyhjennä rivi poistaaksesi sen) Vanha kuvaus" in run.prompts
    assert path.read_bytes() == before, "accepting every default changes nothing, not even a timestamp"


HOSTILE_TEXT = "Vanha\u202e kuvaus \x1b]52;c;UFdORUQ=\x07\x1b[2J\u2066loppu\t "


def test_a_kept_text_is_shown_escaped_and_given_back_byte_for_byte(qs):
    with rich_ui("\r", capture_prompts=True) as (ui, _, drawn):
        kept = ui.text("Miten?", default=HOSTILE_TEXT, max_length=2000)
    assert kept == HOSTILE_TEXT, "Enter keeps the old text exactly as it was"
    screen = drawn.getvalue()
    for raw in ("\u202e", "\u2066", "\x1b]52", "\x1b[2J", "\x07"):
        assert raw not in screen, f"{raw!r} reached the terminal"
    assert "Vanha\\u202e kuvaus \\x1b]52;c;UFdORUQ=" in screen, "the person sees what is there, as text"


def test_review_with_enter_everywhere_keeps_a_hostile_text_byte_for_byte(qs, tmp_path):
    path = tmp_path / "a.yaml"
    levels: dict[str, int | str] = {f"q{n:02d}": n % 5 for n in range(1, 25)}
    write_answers(path, make_answers(qs, levels, how={"q03": HOSTILE_TEXT}, phase="suunnittelu", name="Aino"), qs)
    before = path.read_bytes()
    interview(qs, "\r" * 4 + "\r\r\r" * 7 + DONE, output=path, sections=SECTION_1, review=True)
    assert path.read_bytes() == before


def test_review_changes_only_what_the_user_changes(qs, tmp_path):
    path = tmp_path / "a.yaml"
    earlier = complete_file(qs, path)
    keys = "\r\r\r\r"  # phase, project name, name and role kept
    for n in range(1, 8):
        if n == 3:
            keys += "4\r" + "\x15Uusi kuvaus\r" + "\r"  # Ctrl-U clears the prefilled old text
        elif n == 7:
            keys += "?\r\r"  # N/A → don't know: its reason is asked
        else:
            keys += "\r\r\r"
    run = interview(qs, keys + DONE, output=path, sections=SECTION_1, review=True)
    saved = answers_mod.load_answers(path, qs)
    assert (saved.answers["q03"].level, saved.answers["q03"].how) == (4, "Uusi kuvaus")
    assert saved.answers["q03"].next_step == "Vanha askel"
    assert saved.answers["q07"].level == "dont_know"
    unchanged = [f"q{n:02d}" for n in range(1, 25) if n not in (3, 7)]
    assert all(saved.answers[q] == earlier.answers[q] for q in unchanged)
    assert run.session is not None
    assert run.session.doc.updated > earlier.updated


def test_a_review_in_a_later_phase_keeps_the_earlier_phase_and_saves_beside_it(qs, tmp_path):
    """N5: choosing a later phase in a review used to rewrite the file's phase, and the earlier phase was lost."""
    path = tmp_path / "a.yaml"
    earlier = complete_file(qs, path)
    before = path.read_bytes()
    keys = "3\r\r\r\r"  # phase → arviointi; project name, name and role kept
    for n in range(1, 25):
        keys += "4\r\x15Uusi kuvaus\r\r" if n == 3 else ("\r\r" if n == 7 else "\r\r\r")  # q07 N/A: one text
    run = interview(qs, keys + DONE, output=path, review=True)
    assert path.read_bytes() == before, "the earlier phase's file stays byte for byte"
    later_path = tmp_path / "a-arviointi.yaml"
    later = answers_mod.load_answers(later_path, qs)
    assert run.session is not None
    assert run.session.path == later_path
    assert later.project.phase == "arviointi"
    assert later.respondent == earlier.respondent, "the same respondent: the report counts her in both phases"
    assert (later.answers["q03"].level, later.answers["q03"].how) == (4, "Uusi kuvaus")
    assert later.answers["q02"] == earlier.answers["q02"].model_copy(update={"updated": later.answers["q02"].updated})
    assert {q: a.level for q, a in later.answers.items() if q != "q03"} == {
        q: a.level for q, a in earlier.answers.items() if q != "q03"
    }, "Enter keeps the earlier phase's answer as this phase's"
    assert t("assess.saved_to", "fi", file="a-arviointi.yaml") in run.shown.replace("\n", " ")


def test_review_clears_a_text_when_the_line_is_emptied(qs, tmp_path):
    path = tmp_path / "a.yaml"
    complete_file(qs, path)
    keys = "\r" * 4 + "\r\r\r" * 2 + "\r\x15\r\r" + "\r\r\r" * 3 + "\r\r" + DONE
    interview(qs, keys, output=path, sections=SECTION_1, review=True)
    saved = answers_mod.load_answers(path, qs).answers["q03"]
    assert (saved.how, saved.next_step) == (None, "Vanha askel")


def partial_file(qs: Any, path: Path) -> bytes:
    """Questions 1–3 of section 1 answered, 4–7 not yet."""
    write_answers(path, make_answers(qs, {"q01": 3, "q02": "na", "q03": 1}, how={"q01": "Vanha"}), qs)
    return path.read_bytes()


def test_review_of_a_partly_answered_file_never_answers_for_the_user(qs, tmp_path):
    """ "Enter keeps them" must hold: pressing Enter through a review leaves the unanswered questions unanswered."""
    path = tmp_path / "a.yaml"
    before = partial_file(qs, path)
    keys = "\r" * 4 + "\r\r\r" + "\r\r" + "\r\r\r" + "3\r"  # Enter through the review (q02 is N/A: one text), "done"
    run = interview(qs, keys, output=path, sections=["1"], review=True, capture_prompts=True)
    assert path.read_bytes() == before
    assert "Kysymys 3/24" in run.shown
    assert "Kysymys 4/24" not in run.shown
    assert "Vastaamatta olevia kysymyksiä: 4. Mitä seuraavaksi?" in run.prompts
    assert "loput kysymykset" in run.shown, "the summary says how to answer the rest later"


def test_after_a_review_the_closing_menu_leads_to_the_unanswered_questions(qs, tmp_path):
    path = tmp_path / "a.yaml"
    partial_file(qs, path)
    keys = "\r" * 4 + "\r\r\r" + "\r\r" + "\r\r\r" + "\r" + answer("2") * 4 + DONE  # Enter: "answer the rest"
    run = interview(qs, keys, output=path, sections=["1"], review=True)
    assert all_levels(run.doc) == {"q01": 3, "q02": "na", "q03": 1, "q04": 2, "q05": 2, "q06": 2, "q07": 2}
    assert run.doc.answers["q01"].how == "Vanha"


def test_review_of_a_new_file_asks_the_opening_questions_once(qs, tmp_path):
    run = interview(qs, meta() + answer("4") + DONE, sections=["R"], review=True)
    assert run.doc.answers["q24"].level == 4, "the keys fit: no second round of opening questions"


def test_review_saves_the_project_name_before_the_next_question(qs, tmp_path):
    path = tmp_path / "a.yaml"
    complete_file(qs, path)
    plan = opening.Plan(settings=Settings(), output=path, review=True, clock=Ticking())
    with rich_ui("\r\x15Nuorten ääni 2027\r" + "\x03") as (ui, _, _), pytest.raises(Interrupted):
        _interview(ui, qs, plan, Continuing(plan.sections, None, None, False))  # phase kept; Ctrl-C at the name
    saved = answers_mod.load_answers(path, qs)
    assert (saved.project.name, saved.project.phase) == ("Nuorten ääni 2027", "suunnittelu")


def test_the_closing_menu_offers_a_review(qs, tmp_path):
    keys = meta() + answer("1", "eka") + REVIEW + "\r" * 4 + "3\r\r\r" + DONE
    run = interview(qs, keys, sections=["R"])
    assert run.doc.answers["q24"].level == 3
    assert run.doc.answers["q24"].how == "eka"


# --- the plain front end, through the same flow ----------------------------------------------------------------


def plain_interview(qs: Any, lines: list[str], **plan: Any) -> tuple[Session, str]:
    stdin = io.StringIO("".join(line + "\n" for line in lines))
    stdout = io.StringIO()
    ui = PlainFrontend(stdin=stdin, stdout=stdout)
    settings = Settings()
    session = opening.open_session(ui, qs, opening.Plan(settings=settings, clock=Ticking(), **plan))
    flow.run(ui, session, review=plan.get("review", False))
    flow.finish(ui, session)
    return session, stdout.getvalue()


def test_plain_mode_numbers_every_choice_and_never_redraws(qs):
    lines = ["Nuorten ääni", "3", "", "", "x", "", "?", "Kysytään kunnalta", ""]
    session, shown = plain_interview(qs, lines, sections=["R"])
    assert session.doc.answers["q24"].level == "dont_know"
    assert session.doc.answers["q24"].reason == "Kysytään kunnalta"
    assert session.doc.project.phase == "arviointi"
    assert "\x1b" not in shown, "no escape codes"
    assert "\r" not in shown, "no carriage returns"
    assert "  1  Suunnittelu" in shown
    assert "  0  Ei vielä" in shown
    assert "  ?  En osaa sanoa" in shown
    assert "'x' ei ole vaihtoehto — kirjoita jokin näistä: 0–4, -, ?" in shown
    assert (
        "R Osallisuutta edistävien rakenteiden luominen: 0 arvioitu asteikolla · 0 ei koske · 1 en osaa sanoa · "
        "0 vastaamatta" in shown
    )


@pytest.mark.parametrize(
    ("lang", "name_prompt", "how_prompt"),
    [
        ("fi", "Nimesi (vapaaehtoinen, Enter ohittaa): ", "Miten käytännössä? (Enter ohittaa): "),
        ("sv", "Ditt namn (frivilligt, Enter hoppar över): ", "Hur gör ni i praktiken? (Enter hoppar över): "),
        ("en", "Your name (optional, Enter to skip): ", "How do you do this in practice? (Enter to skip): "),
    ],
)
def test_optional_prompts_read_as_one_phrase(qs, lang, name_prompt, how_prompt):
    """One pair of brackets per prompt: "Nimesi (vapaaehtoinen, Enter ohittaa)", not "(vapaaehtoinen) (Enter …)"."""
    set_language(lang)
    _, shown = plain_interview(qs, ["P", "1", "", "", "2", "", "", ""], sections=["R"])
    assert name_prompt in shown
    assert how_prompt in shown
    assert ") (" not in shown
    run = interview(qs, meta() + answer("1") + DONE, sections=["R"], capture_prompts=True)
    assert name_prompt.rstrip(": ") in run.prompts
    assert ") (" not in run.prompts


@pytest.mark.parametrize("width", [60, 100])
def test_plain_mode_in_a_terminal_wraps_at_word_boundaries(qs, width):
    """A terminal cuts long lines anywhere ("luoda / an"); a screen reader reading by rows then reads broken words."""
    stdout = io.StringIO()
    ui = PlainFrontend(stdin=io.StringIO("P\n1\n\n\n2\n\n\n\n"), stdout=stdout, width=width)
    session = opening.open_session(ui, qs, opening.Plan(settings=Settings(), sections=["R"], clock=Ticking()))
    flow.run(ui, session)
    shown = stdout.getvalue()
    assert max(len(line) for line in shown.splitlines()) < width
    examples = qs.text(qs.question("q24").examples, "fi")
    assert " ".join(shown.split()).count(examples) == 1, "every word whole, in order"
    # without a terminal (a pipe, a file) lines are left whole
    _, piped = plain_interview(qs, ["Q", "1", "", "", "2", "", "", ""], sections=["R"])
    assert examples in piped


def test_plain_review_keeps_with_enter_and_clears_with_a_dash(qs, tmp_path):
    path = tmp_path / "a.yaml"
    doc = make_answers(qs, {"q24": 2}, how={"q24": "Vanha"}, next_step={"q24": "Askel"})
    write_answers(path, doc, qs)
    session, shown = plain_interview(qs, ["", "", "", "", "", "-", "", ""], output=path, sections=["R"], review=True)
    answer_now = session.doc.answers["q24"]
    assert (answer_now.level, answer_now.how, answer_now.next_step) == (2, None, "Askel")
    assert "Nykyinen: Vanha" in shown
    assert "Valintasi (0–4, -, ?; Enter = 2 Kokeiltu tai osittain käytössä)" in shown


def test_the_question_set_yaml_for_a_custom_set_is_used(tmp_path):
    """--framework sets work the same way: their own scale labels and question texts are shown."""
    data = yaml.safe_load(builtin_path().read_text(encoding="utf-8"))
    data["id"] = "oma-sarja"
    data["scale"]["levels"] = data["scale"]["levels"][:3]
    data["scale"]["levels"][2]["label"] = dict.fromkeys(data["languages"]["available"], "Hyvin")
    data["scale"]["levels"][2]["description"] = dict.fromkeys(data["languages"]["available"], "Toimii joka viikko")
    custom = tmp_path / "oma.yaml"
    custom.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    qs = load_question_set(custom)
    run = interview(qs, meta() + answer("2") + DONE, sections=["R"], capture_prompts=True)
    assert run.doc.framework.id == "oma-sarja"
    assert run.doc.answers["q24"].level == 2
    assert "2  Hyvin" in run.prompts
    _, shown = plain_interview(qs, ["Toinen", "1", "", "", "2", "", "", ""], sections=["R"])
    assert "  2  Hyvin — Toimii joka viikko\n" in shown
    assert "Valintasi (0–2, -, ?)" in shown


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("width", [30, 45, 60, 80])
def test_a_prompt_wider_than_the_terminal_breaks_between_words(lang: str, width: int) -> None:
    """prompt_toolkit breaks '? question (instruction)' at the last column, in mid-word ('Ente' / 'r valitsee'):
    the menus and text prompts get their line breaks between words, within the width, the words unchanged."""
    from osallisuus_cli.cli.prompts.rich_ui import fit_prompt

    prompts = [
        (t("assess.ask_phase", lang), t("assess.choose_instruction", lang, keys="1–3")),
        (t("assess.ask_level", lang), t("assess.choose_instruction", lang, keys="0–4, -, ?")),
        (f"{t('assess.ask_name', lang)} {t('assess.hint_optional', lang)}", ""),
    ]
    for message, instruction in prompts:
        fitted, fitted_instruction = fit_prompt(message, instruction, width)
        shown = f"? {fitted} {fitted_instruction}".rstrip(" ") if instruction else f"? {fitted}"
        plain = f"? {message} {instruction}".rstrip(" ") if instruction else f"? {message}"
        assert shown.split() == plain.split(), "only spaces become line breaks"
        assert fitted.replace("\n", " ") == message
        for line in shown.split("\n"):
            assert len(line) <= width or " " not in line.strip(), (width, line)
        assert ("\n" in shown) == (len(plain) > width)
