"""How the data check's findings are said, rule by rule: a report has one line per kind, in a fixed order and in the
report's language whatever the terminal's, with at most five details (a pseudonym, never a file name); a terminal
shows at most five findings of a kind and then how many more."""

from __future__ import annotations

import pytest

from osallisuus_cli.errors import Key
from osallisuus_cli.i18n import set_language, t
from osallisuus_cli.teamwork.datacheck_lines import CAP, NOTE, WARNING, Finding, capped, report_lines


def incomplete(public: str | None, answered: int = 20) -> Finding:
    params = {"answered": answered, "total": 24}
    return Finding("incomplete", "datacheck.incomplete", params, "a.yaml", WARNING, public)


def phase_differs(public: str | None, phase: str = "suunnittelu") -> Finding:
    params = {"phase": Key(f"team.phase.{phase}"), "expected": Key("team.phase.toteutus")}
    return Finding("phase_differs", "datacheck.phase_differs", params, "b.yaml", WARNING, public)


SMALL = Finding(
    "small_group",
    "datacheck.small_group",
    {
        "project": "Nuorten ääni",
        "phase": Key("team.phase_in.arviointi"),
        "count": 1,
        "other": Key("team.phase_in.toteutus"),
        "other_n": 6,
    },
)
NOBODY = Finding("respondents", "datacheck.no_respondents", {}, None, WARNING)
COUNTS = Finding("respondents", "datacheck.respondents", {"project": "P", "counts": "", "total": 3}, None, NOTE)
DUPLICATE = Finding("duplicate", "datacheck.duplicate", {}, "c.yaml", WARNING)


@pytest.fixture
def finnish_terminal():
    set_language("fi")
    yield
    set_language(None)


def phase_in(phase: str, lang: str) -> str:
    return t(f"team.phase.{phase}", lang)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_one_line_per_kind_in_a_fixed_order_in_the_reports_language(finnish_terminal, lang):
    findings = [DUPLICATE, incomplete(None, 21), phase_differs("R2"), COUNTS, incomplete("R1"), SMALL, NOBODY]
    small = {
        "project": "Nuorten ääni",
        "phase": t("team.phase_in.arviointi", lang),
        "count": 1,
        "other": t("team.phase_in.toteutus", lang),
        "other_n": 6,
    }
    assert report_lines(findings, lang) == [
        t("datacheck.no_respondents", lang),
        t("datacheck.report_small_group", lang, **small),
        t(
            "datacheck.report_phase_differs",
            lang,
            count=1,
            details=f" (R2: {phase_in('suunnittelu', lang)})",
            expected=phase_in("toteutus", lang),
        ),
        t("datacheck.report_incomplete", lang, count=2, details=" (21/24, R1 20/24)"),
        t("datacheck.report_duplicate", lang, count=1, details=""),
    ]


def test_notes_are_no_lines_of_a_report():
    assert report_lines([COUNTS], "fi") == []


def test_a_phase_without_a_pseudonym_is_its_detail_alone():
    (line,) = report_lines([phase_differs(None, "arviointi")], "en")
    details = f" ({phase_in('arviointi', 'en')})"
    assert line == t(
        "datacheck.report_phase_differs", "en", count=1, details=details, expected=phase_in("toteutus", "en")
    )


@pytest.mark.parametrize("count", [CAP, CAP + 1])
def test_five_details_are_shown_and_more_are_an_ellipsis(count):
    findings = [incomplete(f"R{number}") for number in range(1, count + 1)]
    shown = ", ".join(f"R{number} 20/24" for number in range(1, CAP + 1)) + (", …" if count > CAP else "")
    assert report_lines(findings, "fi") == [t("datacheck.report_incomplete", "fi", count=count, details=f" ({shown})")]


@pytest.mark.parametrize("count", [CAP - 1, CAP, CAP + 1, CAP + 3])
def test_a_terminal_shows_five_of_a_kind_then_how_many_more(count):
    findings = [incomplete(f"R{number}") for number in range(count)] + [DUPLICATE]
    shown = capped(findings)
    assert shown[: min(count, CAP)] == findings[: min(count, CAP)]
    assert shown[min(count, CAP) :] == ([count - CAP] if count > CAP else []) + [DUPLICATE]


def test_probable_copies_name_their_pseudonyms_and_nothing_when_there_are_none():
    def copy(public: str | None) -> Finding:
        return Finding("probable_copy", "datacheck.probable_copy", {}, "d.yaml", WARNING, public)

    assert report_lines([copy("R1"), copy("R4")], "en") == [
        t("datacheck.report_probable_copy", "en", count=2, details=" (R1, R4)")
    ]
    assert report_lines([copy(None), copy(None)], "en") == [
        t("datacheck.report_probable_copy", "en", count=2, details="")
    ]
