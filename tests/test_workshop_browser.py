"""A workshop in real browsers (headless Chromium): the facilitator's page and phones, each its own browser context,
against the command itself on 127.0.0.1. Every page fails the test on a script error, a console error or a request
to anywhere but the workshop's own address. Texts are the catalogue's; numbers are checked against a hand count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t, tn
from osallisuus_cli.model.workshop import load_workshop
from osallisuus_cli.questionsets.reading import load_question_set
from tests.test_browser import axe_violations
from tests.workshops import Running

pytestmark = [pytest.mark.browser, pytest.mark.slow]
TIMEOUT = 8000  # ms: every wait is for an event, this is only how long before it counts as missing


class Page:
    """One page in a browser context of its own (a phone, or the projector), with what went wrong while it was open.

    Opening a page costs a renderer process, which is most of a browser test's time on a busy machine, so the pages
    of a module are kept and lent to its tests (``Pages``): each test opens its own server's address, a new origin
    whose storage starts empty, and the page is wiped and left on a blank page when the test hands it back.
    """

    def __init__(self, browser: Any) -> None:
        self.problems: list[str] = []
        self.base = ""
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.set_default_timeout(TIMEOUT)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda error: self.problems.append(f"error: {error}"))
        self.page.on("console", lambda m: self.problems.append(f"console: {m.text}") if m.type == "error" else None)
        self.page.on("request", self._requested)

    def _requested(self, request: Any) -> None:
        if not request.url.startswith((self.base, "data:", "about:")):
            self.problems.append(f"request {request.url}")

    def open(self, url: str, *, width: int, base: str) -> Page:
        self.problems.clear()
        self.base = base
        self.page.set_viewport_size({"width": width, "height": 900})
        self.page.goto(url)
        return self

    def text(self, selector: str) -> str:
        return str(self.page.locator(selector).text_content() or "")

    def wait_text(self, selector: str, expected: str) -> None:
        self.page.wait_for_function(
            "([selector, expected]) => (document.querySelector(selector)?.textContent || '').includes(expected)",
            arg=[selector, expected],
        )

    def wipe(self) -> None:
        """Forget this origin's storage and leave the page (its event stream ends with it)."""
        if self.page.url.startswith("http"):
            self.page.evaluate("() => window.localStorage.clear()")
        self.page.goto("about:blank")

    def close(self) -> None:
        """Hand the page back; nothing may have gone wrong while this test had it."""
        self.wipe()
        assert self.problems == []


class Pages:
    """The module's pages, lent to one test at a time (see ``Page``).

    The six a workshop of five phones needs are opened with the module's browser, as part of setting it up, so that
    a test's time is the time of what it tests.
    """

    def __init__(self, browser: Any, *, ready: int = 6) -> None:
        self.browser = browser
        self.free: list[Page] = [Page(browser) for _ in range(ready)]
        self.lent: list[Page] = []

    def open(self, url: str, *, width: int, base: str) -> Page:
        page = self.free.pop() if self.free else Page(self.browser)
        self.lent.append(page)
        return page.open(url, width=width, base=base)

    def give_back(self) -> None:
        for page in self.lent:
            page.wipe()
            page.problems.clear()
        self.free += self.lent
        self.lent = []


@pytest.fixture(scope="module")
def pool(browser: Any) -> Iterator[Pages]:
    yield Pages(browser)  # the contexts close with the browser, all at once


@pytest.fixture
def pages(pool: Pages) -> Iterator[Pages]:
    yield pool
    pool.give_back()


def bars(page: Page) -> dict[str, int]:
    """The revealed distribution as the page shows it: level (its number, or its label) → the number beside it."""
    rows = page.page.locator("#bars tbody tr")
    shown = {}
    for index in range(rows.count()):
        head = str(rows.nth(index).locator("th").text_content())
        shown[head.split(" – ")[0]] = int(str(rows.nth(index).locator(".count").text_content()))
    return shown


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Running]:
    server = Running(tmp_path, "--project", "Nuorten ääni", "-o", "paja.yaml", "--section", "1")
    yield server
    server.stop()


def test_five_phones_three_questions_end_to_end(pages: Pages, workshop: Running, tmp_path: Path) -> None:
    ratings: dict[str, list[int | str]] = {"q01": [1, 2, 2, 3, 4], "q02": [3, 3, 3, 3, 2], "q03": [0, 0, 1, "na", 4]}
    qs = load_question_set()
    projector = pages.open(workshop.facilitator, width=1280, base=workshop.base)
    phones = [pages.open(workshop.participant, width=390, base=workshop.base) for _ in range(5)]
    projector.wait_text("#status", t("workshop.f_rated", rated=0, seats=5))
    for position, (qid, levels) in enumerate(ratings.items()):
        for phone, level in zip(phones, levels, strict=True):
            # the choices stay disabled from the last reveal until this question reaches the phone
            phone.page.check(f"#level-{level}")
            assert phone.text("#counter") == t("workshop.p_counter", n=position + 1, total=7)
        phones[-1].wait_text("#saved", t("workshop.p_saved", level=qs.level_label(levels[-1], "fi")))
        projector.wait_text("#status", t("workshop.f_rated", rated=5, seats=5))
        assert projector.page.locator("#result").is_hidden()  # silent until the reveal
        projector.page.click("#reveal")
        projector.page.wait_for_selector("#result:not([hidden])")
        counts = {str(level): levels.count(level) for level in set(levels)}
        shown = {key: value for key, value in bars(projector).items() if value}
        assert {key if key.isdigit() else "na": value for key, value in shown.items()} == counts
        assert projector.page.locator("#disagreement").is_visible() == (qid in ("q01", "q03"))
        for phone in phones:  # the result, the hint to talk, and no choice left open: one look per phone
            phone.page.wait_for_function(
                "([status, hint]) => document.getElementById('status').textContent.includes(status)"
                " && document.getElementById('hint').textContent === hint"
                " && document.querySelectorAll('input[type=radio]:enabled').length === 0",
                arg=[t("workshop.p_revealed", rated=5), t("workshop.p_wait")],
            )
        projector.page.fill("#note-how", f"Käytäntö {qid}")
        projector.page.fill("#note-next_step", f"Askel {qid}")
        projector.page.click("#save-notes")
        projector.wait_text("#notes-status", t("workshop.f_notes_saved"))
        if position < 2:
            projector.page.click("#next")
            projector.wait_text("#counter", t("workshop.f_counter", n=position + 2, total=7))
    projector.page.click("#finish")
    projector.page.click("#finish")  # the second press confirms
    assert workshop.wait() == 0
    for phone in phones:
        phone.wait_text("#status", t("workshop.p_closed"))
        phone.close()
    projector.close()

    runner = CliRunner()
    assert runner.invoke(app, ["validate", str(workshop.path)]).exit_code == 0
    team = tmp_path / "tiimi.yaml"
    assert runner.invoke(app, ["merge", str(workshop.path), "-o", str(team)]).exit_code == 0
    report = runner.invoke(app, ["report", str(team), "--lang", "en"])
    assert report.exit_code == 0
    assert tn("workshop.r_participants", 5, "en") in report.stdout
    doc = load_workshop(workshop.path, load_question_set())
    for qid, levels in ratings.items():
        result = doc.results[qid]
        assert result.counts is not None
        assert {level: count for level, count in result.counts.items() if count} == {
            level: levels.count(level) for level in set(levels)
        }
        assert result.how == f"Käytäntö {qid}"
        assert "| 4 " in report.stdout


def test_room_mode_with_typed_counts_and_the_keyboard_alone(pages: Pages, workshop: Running) -> None:
    projector = pages.open(workshop.facilitator, width=1280, base=workshop.base)
    projector.wait_text("#status", t("workshop.f_rated_none"))
    # the command that continues with phones: whole when copied, no option broken over two lines
    command = projector.page.evaluate(
        "() => [...document.querySelectorAll('.command .option')]"
        ".map((option) => [option.textContent, option.getClientRects().length])"
    )
    assert [option for option, _ in command][-2:] == ["--resume", "--lan"]
    assert all(lines == 1 for _, lines in command), command
    assert projector.text(".command code").split()[-3:] == ["--resume", workshop.path.name, "--lan"]
    keyboard = projector.page.keyboard

    def tab_to(element_id: str) -> None:
        for _ in range(60):
            keyboard.press("Tab")
            if projector.page.evaluate("document.activeElement && document.activeElement.id") == element_id:
                return
        raise AssertionError(f"{element_id} cannot be reached with Tab")

    for level, count in ((1, "2"), (3, "4"), ("dont_know", "1")):
        tab_to(f"room-{level}")
        keyboard.type(count)
    tab_to("reveal")
    keyboard.press("Enter")
    projector.page.wait_for_selector("#result:not([hidden])")
    shown = bars(projector)
    assert (shown["1"], shown["3"], shown["0"]) == (2, 4, 0)
    assert projector.text("#result-total") == t("workshop.f_result_total", rated=7, phones=0, room=7)
    tab_to("note-differ")
    keyboard.type("Eri ryhmät")
    tab_to("save-notes")
    keyboard.press("Space")
    projector.wait_text("#notes-status", t("workshop.f_notes_saved"))
    tab_to("next")
    keyboard.press("Enter")
    projector.wait_text("#counter", t("workshop.f_counter", n=2, total=7))
    assert projector.page.evaluate("document.activeElement.id") == "question"  # focus follows the new question
    tab_to("room-2")
    keyboard.type("2")  # two ratings, fewer than min_group (3): only the spread
    tab_to("reveal")
    keyboard.press("Enter")
    projector.wait_text("#spread", t("workshop.f_spread_only", min=3, low=2, high=2))
    projector.close()
    doc = load_workshop(workshop.path, load_question_set())
    first = doc.results["q01"]
    assert first.counts is not None
    assert (first.room, first.counts[1], first.counts[3], first.counts["dont_know"]) == (7, 2, 4, 1)
    assert first.differ == "Eri ryhmät"
    assert doc.results["q02"].counts is None


def test_a_phone_that_reloads_keeps_its_seat_and_its_rating(pages: Pages, workshop: Running) -> None:
    phone = pages.open(workshop.participant, width=390, base=workshop.base)
    phone.page.check("#level-3")
    phone.wait_text("#saved", t("workshop.p_saved", level=load_question_set().level_label(3, "fi")))
    phone.page.reload()
    phone.wait_text("#status", t("workshop.p_rated", rated=1, seats=1))
    assert phone.page.is_checked("#level-3")
    other = pages.open(workshop.participant, width=390, base=workshop.base)  # a late joiner
    other.wait_text("#status", t("workshop.p_rated", rated=1, seats=2))
    assert not other.page.is_checked("#level-3")
    phone.page.select_option("#language", "sv")  # each picks her own language
    phone.wait_text("#counter", t("workshop.p_counter", "sv", n=1, total=7))
    assert phone.page.evaluate("document.documentElement.lang") == "sv"
    assert phone.page.locator("#translation-note").is_visible()  # the Swedish questions are the tool's own
    phone.close()
    other.close()
    assert len(workshop.data["live"]["seats"]) == 2


def test_after_the_reveal_a_phone_shows_its_own_choice_and_nobody_elses(pages: Pages, workshop: Running) -> None:
    qs = load_question_set()
    first = pages.open(workshop.participant, width=390, base=workshop.base)
    second = pages.open(workshop.participant, width=390, base=workshop.base)
    projector = pages.open(workshop.facilitator, width=1280, base=workshop.base)
    first.page.check("#level-3")
    second.page.check("#level-1")
    projector.wait_text("#status", t("workshop.f_rated", rated=2, seats=2))
    projector.page.fill("#room-2", "2")  # two more on cards: four ratings, enough for the counts
    projector.page.click("#reveal")
    for phone, level in ((first, 3), (second, 1)):
        phone.page.wait_for_selector("#result:not([hidden])")
        name = f"{level} – {qs.level_label(level, 'fi')}"
        assert phone.text("#own") == t("workshop.p_own", level=name)
        marked = phone.page.locator("#bars tr.own")
        assert marked.count() == 1  # her own row, and no one else's
        assert str(marked.locator("th").text_content()) == name
        assert t("workshop.p_own_mark") in str(marked.text_content())
        assert phone.page.is_checked(f"#level-{level}")
        assert phone.page.is_disabled(f"#level-{level}")
        assert t("workshop.p_own", level=name) in phone.text("#status")  # a screen reader hears it too
        assert phone.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # nothing off screen
    assert bars(first) == bars(projector)
    assert projector.page.locator("#own, #bars tr.own, .mine").count() == 0  # the projector shows no one's choice
    first.page.reload()  # the server no longer knows who chose what; the phone still knows its own
    first.page.wait_for_selector("#result:not([hidden])")
    assert first.text("#own") == t("workshop.p_own", level=f"3 – {qs.level_label(3, 'fi')}")
    late = pages.open(workshop.participant, width=390, base=workshop.base)  # joined after the reveal: no choice
    late.page.wait_for_selector("#result:not([hidden])")
    assert late.page.locator("#own").is_hidden()
    assert late.page.locator("#bars tr.own").count() == 0
    projector.page.click("#finish")
    projector.page.click("#finish")
    first.wait_text("#status", t("workshop.p_closed"))
    assert first.page.evaluate("Object.keys(localStorage).filter((key) => key.includes('-own:'))") == []
    for page in (first, second, late, projector):
        page.close()


def test_a_rating_dropped_by_moving_on_is_not_shown_as_the_phones_choice(pages: Pages, workshop: Running) -> None:
    """The facilitator leaves a question unrevealed (its ratings are dropped) and comes back to it: the phone's old
    choice is gone from the count, so it must not be shown as hers when the question is revealed."""
    phone = pages.open(workshop.participant, width=390, base=workshop.base)
    projector = pages.open(workshop.facilitator, width=1280, base=workshop.base)
    phone.page.check("#level-3")
    projector.wait_text("#status", t("workshop.f_rated", rated=1, seats=1))
    projector.page.click("#next")
    projector.page.click("#next")  # the second press drops the rating
    phone.wait_text("#counter", t("workshop.p_counter", n=2, total=7))
    projector.page.click("#previous")
    phone.wait_text("#counter", t("workshop.p_counter", n=1, total=7))
    assert not phone.page.is_checked("#level-3")
    projector.page.fill("#room-2", "3")
    projector.page.click("#reveal")
    phone.page.wait_for_selector("#result:not([hidden])")
    assert phone.page.locator("#own").is_hidden()
    assert phone.page.locator("#bars tr.own").count() == 0
    phone.close()
    projector.close()


@pytest.mark.parametrize("revealed", [False, True], ids=["before-the-reveal", "after-the-reveal"])
@pytest.mark.parametrize("width", [390, 1280])
def test_axe_finds_nothing(pages: Pages, workshop: Running, width: int, revealed: bool) -> None:
    projector = pages.open(workshop.facilitator, width=width, base=workshop.base)
    phone = pages.open(workshop.participant, width=width, base=workshop.base)
    phone.wait_text("#status", t("workshop.p_rated", rated=0, seats=1))
    projector.wait_text("#status", t("workshop.f_rated", rated=0, seats=1))
    if revealed:
        phone.page.check("#level-2")
        projector.wait_text("#status", t("workshop.f_rated", rated=1, seats=1))
        projector.page.fill("#room-2", "1")
        projector.page.fill("#room-4", "2")
        projector.page.click("#reveal")
        projector.page.wait_for_selector("#result:not([hidden])")
        phone.page.wait_for_selector("#own:not([hidden])")  # the phone's own choice beside the distribution
    assert axe_violations(projector.page) == []
    assert axe_violations(phone.page) == []
    for page in (projector, phone):  # nothing runs off the screen: no sideways scrolling at any width
        assert page.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    projector.close()
    phone.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_the_question_is_the_largest_text_of_the_facilitators_page(pages: Pages, workshop: Running, width: int) -> None:
    """On a narrow screen too, the instruction under the question is set smaller than the question itself."""
    projector = pages.open(workshop.facilitator, width=width, base=workshop.base)
    projector.page.wait_for_selector("#status:not(:empty)")
    projector.page.wait_for_selector("h1:not(:empty)")
    size = "(selector) => parseFloat(getComputedStyle(document.querySelector(selector)).fontSize)"
    assert projector.page.evaluate(size, "#status") < projector.page.evaluate(size, "h1")
    projector.close()


def test_hostile_question_set_and_notes_stay_text(pages: Pages, tmp_path: Path) -> None:
    from tests.conftest import hostile_payloads
    from tests.test_form_browser import hostile_set

    payloads = {name: text for name, text in hostile_payloads().items() if not re.search("[\u202e\u2066]", text)}
    own = hostile_set(tmp_path, payloads)
    server = Running(tmp_path, "--framework", str(own), "--project", "<b>P</b>", "-o", "paja.yaml")
    try:
        projector = pages.open(server.facilitator, width=1280, base=server.base)
        phone = pages.open(server.participant, width=390, base=server.base)
        first = next(iter(payloads.values()))
        projector.wait_text("#question", first[:40])
        phone.wait_text("#question", first[:40])
        phone.page.check("#level-1")
        projector.wait_text("#status", t("workshop.f_rated", rated=1, seats=1))
        projector.page.fill("#room-1", "3")
        projector.page.click("#reveal")
        projector.page.wait_for_selector("#result:not([hidden])")
        projector.page.fill("#note-how", '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>')
        projector.page.click("#save-notes")
        projector.wait_text("#notes-status", t("workshop.f_notes_saved"))
        projector.page.reload()
        projector.page.wait_for_selector("#result:not([hidden])")
        for page in (projector, phone):
            assert page.page.evaluate("window.__pwned") is None
            assert page.page.locator("img[src=x]").count() == 0
            assert page.page.locator("script").count() == 3  # the data block and the page's own two scripts
        assert projector.page.input_value("#note-how").startswith("<img src=x")
        projector.close()
        phone.close()
    finally:
        server.stop()


def test_level_cards_are_printable_and_in_the_sessions_language(
    pages: Pages, tmp_path: Path, runner: CliRunner
) -> None:
    target = tmp_path / "kort.html"
    result = runner.invoke(app, ["workshop", "--cards", "-o", str(target), "--lang", "sv"])
    assert result.exit_code == 0, result.output
    qs = load_question_set()
    page = pages.open(target.as_uri(), width=1280, base="file://")
    labels = [str(text) for text in page.page.locator(".card .label").all_text_contents()]
    assert labels == [qs.level_label(level.value, "sv") for level in qs.scale.levels] + [
        qs.level_label(special.value, "sv") for special in qs.scale.special
    ]
    assert page.page.evaluate("document.documentElement.lang") == "sv"
    assert axe_violations(page.page) == []
    page.close()


def test_level_cards_print_one_card_to_an_a4_sheet(pages: Pages, tmp_path: Path, runner: CliRunner) -> None:
    """The instructions first, then every level on a sheet of its own: a card that ran onto a second sheet would
    leave the room holding half-cards."""
    target = tmp_path / "kortit.html"
    assert runner.invoke(app, ["workshop", "--cards", "-o", str(target)]).exit_code == 0
    qs = load_question_set()
    page = pages.open(target.as_uri(), width=1280, base="file://")
    printed = page.page.pdf(format="A4")
    sheets = len(re.findall(rb"/Type\s*/Page[^s]", printed))
    assert sheets == 1 + len(qs.scale.levels) + len(qs.scale.special)
    page.close()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_level_cards_fit_a_phone_screen(pages: Pages, tmp_path: Path, runner: CliRunner, lang: str) -> None:
    """A facilitator who opens the cards on a phone sees each card whole: no label runs past the screen's edge."""
    target = tmp_path / "cards.html"
    assert runner.invoke(app, ["workshop", "--cards", "-o", str(target), "--lang", lang]).exit_code == 0
    page = pages.open(target.as_uri(), width=390, base="file://")
    past_edge = page.page.evaluate(
        "[...document.querySelectorAll('.card, .card *')]"
        ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)"
        ".map(e => e.textContent.trim())"
    )
    assert past_edge == []
    assert page.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.close()
