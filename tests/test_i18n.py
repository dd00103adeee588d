"""Languages: the locale's, how numbers and dates look, and that everything exists in fi, sv and en.

The completeness checks find the catalogue modules on disk, so a catalogue added later is checked without anyone
remembering to list it here.
"""

from __future__ import annotations

import importlib
import re
import string
from datetime import date, datetime, timedelta, timezone

import pytest
from typer.testing import CliRunner

from osallisuus_cli import i18n
from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import (
    LANGUAGES,
    catalogue,
    catalogue_names,
    format_date,
    format_number,
    format_percent,
    system_language,
    t,
)
from osallisuus_cli.questionsets.framework import QuestionSet
from tests.conftest import REPO, set_texts

# Words that are the same in every language. A text counts as "left untranslated" when, with placeholders,
# digits and punctuation removed, it still has words and is identical to the Finnish.
SAME_IN_EVERY_LANGUAGE = frozenset(
    {"THL", "Sokra", "CSV", "JSON", "JSONL", "YAML", "HTML", "Markdown", "Innokylä", "ESF"}
)


def _words(text: str) -> set[str]:
    without_fields = re.sub(r"\{[^{}]*\}", " ", text)
    return {word for word in re.findall(r"[^\W\d_]+", without_fields) if len(word) > 1}  # "n", "a)" are symbols


def untranslated(fi: str, other: str) -> bool:
    return other == fi and not _words(fi) <= SAME_IN_EVERY_LANGUAGE


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


# --- the system locale: the last tier before Finnish (every tier: tests/test_language_choice.py) ---------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "fi_FI.UTF-8"}, "fi"),
        ({"LANG": "sv_FI"}, "sv"),
        ({"LANG": "en-GB"}, "en"),
        ({"LANG": "fi_FI@euro"}, "fi"),
        ({"LC_MESSAGES": "sv_SE.UTF-8", "LANG": "en_US.UTF-8"}, "sv"),
        ({"LC_ALL": "C", "LANG": "sv_FI.UTF-8"}, None),
        ({"LANG": "POSIX", "LANGUAGE": "sv"}, None),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:sv:en"}, "sv"),
        ({"LANG": "de_DE.UTF-8"}, None),
        ({}, None),
    ],
)
def test_system_language_reads_the_locale_like_gettext(environ: dict[str, str], expected: str | None) -> None:
    assert system_language(environ) == expected


def test_an_unsupported_flag_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["questions", "list", "--lang", "de"])
    assert result.exit_code == 2
    assert result.stderr == t("common.error_prefix") + ": " + t("common.bad_language", value="de") + "\n"


# --- numbers and dates ---------------------------------------------------------------------------------------


def test_dates() -> None:
    day = date(2026, 11, 27)
    assert [format_date(day, lang) for lang in LANGUAGES] == ["27.11.2026", "27.11.2026", "27 Nov 2026"]
    moment = datetime(2026, 3, 5, 23, 30, tzinfo=timezone(timedelta(hours=2)))
    assert format_date(moment, "fi") == "5.3.2026"


def test_decimal_comma_in_finnish_and_swedish() -> None:
    assert [format_number(2.25, lang) for lang in LANGUAGES] == ["2,3", "2,3", "2.3"]
    assert [format_number(3, lang) for lang in LANGUAGES] == ["3,0", "3,0", "3.0"]
    assert format_number(1.005, "fi", 2) == "1,01", "rounded half up as by hand"
    assert format_number(7, "sv", 0) == "7"


def test_negative_numbers_use_a_true_minus_sign_in_finnish_and_swedish() -> None:
    assert format_number(-1.5, "fi") == "\u22121,5"
    assert format_number(-1.5, "en") == "-1.5"
    assert format_number(-0.04, "fi") == "0,0", "no minus sign on a zero"


def test_large_numbers_are_grouped() -> None:
    assert format_number(12345.678, "fi") == "12\u00a0345,7"
    assert format_number(12345.678, "en") == "12,345.7"
    assert format_number(1234, "fi", 0) == "1234", "four digits stay together"


def test_percentages() -> None:
    assert [format_percent(0.625, lang) for lang in LANGUAGES] == ["63\u00a0%", "63\u00a0%", "63%"]
    assert format_percent(1, "sv") == "100\u00a0%"


def test_formatting_follows_the_current_language() -> None:
    from osallisuus_cli.i18n import set_language

    set_language("en")
    assert (format_number(1.5), format_date(date(2026, 1, 2))) == ("1.5", "2 Jan 2026")
    set_language("sv")
    assert (format_number(1.5), format_date(date(2026, 1, 2))) == ("1,5", "2.1.2026")


# --- completeness: the built-in question set ------------------------------------------------------------------


def test_the_builtin_set_is_complete_in_every_language(qs: QuestionSet) -> None:
    assert qs.languages.available == list(LANGUAGES)
    for loc, value in set_texts(qs):
        for lang in LANGUAGES:
            assert value.get(lang, "").strip(), (loc, lang)


def test_no_text_of_the_builtin_set_is_left_in_finnish(qs: QuestionSet) -> None:
    left = [
        (loc, lang) for loc, value in set_texts(qs) for lang in ("sv", "en") if untranslated(value["fi"], value[lang])
    ]
    assert left == []


# --- completeness: the message catalogues ---------------------------------------------------------------------

CATALOGUES = catalogue_names()


def test_the_catalogues_are_found_on_disk() -> None:
    on_disk = sorted(p.stem for p in (REPO / "osallisuus_cli" / "i18n").glob("*.py") if not p.stem.startswith("_"))
    assert on_disk == CATALOGUES
    assert {"common", "questions"} <= set(CATALOGUES)


def test_the_declared_catalogues_are_the_ones_on_disk() -> None:
    """``i18n.CATALOGUES`` tells message keys from plain words (yamlio.parse's ``what``): a new catalogue goes there."""
    assert sorted(i18n.CATALOGUES) == CATALOGUES


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_key_lives_in_its_own_catalogue(name: str) -> None:
    messages = importlib.import_module(f"osallisuus_cli.i18n.{name}").MESSAGES
    assert messages, f"{name} has no messages"
    assert [key for key in messages if not key.startswith(f"{name}.")] == []


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_message_exists_in_finnish_swedish_and_english(name: str) -> None:
    incomplete = {
        key: sorted(set(LANGUAGES) - {lang for lang, text in entry.items() if isinstance(text, str) and text.strip()})
        for key, entry in catalogue(name).items()
    }
    assert {key: missing for key, missing in incomplete.items() if missing} == {}
    extra = {key: sorted(set(entry) - set(LANGUAGES)) for key, entry in catalogue(name).items()}
    assert {key: langs for key, langs in extra.items() if langs} == {}


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_translation_has_the_same_placeholders_as_the_finnish(name: str) -> None:
    different = {
        (key, lang): (sorted(placeholders(entry["fi"])), sorted(placeholders(text)))
        for key, entry in catalogue(name).items()
        if "fi" in entry
        for lang, text in entry.items()
        if placeholders(text) != placeholders(entry["fi"])
    }
    assert different == {}


@pytest.mark.parametrize("name", CATALOGUES)
def test_no_translation_is_the_finnish_text_by_accident(name: str) -> None:
    same = [
        (key, lang)
        for key, entry in catalogue(name).items()
        for lang in ("sv", "en")
        if lang in entry and "fi" in entry and untranslated(entry["fi"], entry[lang])
    ]
    assert same == []


def test_the_untranslated_check_allows_only_names_and_placeholders() -> None:
    assert not untranslated("{label} (n = {n})", "{label} (n = {n})")
    assert not untranslated("CSV", "CSV")
    assert untranslated("Vastausasteikko", "Vastausasteikko")
    assert untranslated("THL:n sarja {id}", "THL:n sarja {id}")


COUNTED = frozenset({"tn", "plural_key"})  # functions that take a count-aware key (key.one / key.other)


def test_every_message_key_used_in_the_code_exists() -> None:
    """Keys written out in calls (t("…"), DataError("…"), Key("…"), …) in the code and the report templates."""
    areas = "|".join(map(re.escape, CATALOGUES))
    call = re.compile(r"""\b([A-Za-z_]+)\(\s*['"]((?:""" + areas + r""")\.[a-z0-9_-]+(?:\.[a-z0-9_-]+)*)['"]""")
    sources = [*(REPO / "osallisuus_cli").rglob("*.py"), *(REPO / "templates").rglob("*.j2")]
    used = set()
    for path in sources:
        if "i18n" in path.parts:
            continue
        for match in call.finditer(path.read_text(encoding="utf-8")):
            function, key = match.groups()
            where = str(path.relative_to(REPO))
            if function in COUNTED:  # a count-aware text: both of its forms
                used |= {(f"{key}.one", where), (f"{key}.other", where)}
            else:
                used.add((key, where))
    assert len(used) > 50, "the scan finds the keys the code uses"
    known = {key for name in CATALOGUES for key in catalogue(name)}
    counted = {key.rpartition(".")[0] for key in known if key.endswith(".one") and f"{key[:-4]}.other" in known}
    assert sorted((key, where) for key, where in used if key not in known | counted) == []


def test_every_message_renders_in_every_language() -> None:
    for name in CATALOGUES:
        for key, entry in catalogue(name).items():
            params = dict.fromkeys(placeholders(entry["fi"]), "X")
            for lang in LANGUAGES:
                assert t(key, lang, **params)


def test_one_thousands_rule_for_reports_and_messages() -> None:
    """A report's counts (the template filter ``whole``) group thousands exactly as every other number does."""
    from jinja2.runtime import new_context

    from osallisuus_cli.reports.report_render import _environment

    environment = _environment("md", None)
    for lang in LANGUAGES:
        context = new_context(environment, "t", {}, {"lang": lang})
        for value in (7, 1234, 9999, 10_000, 123_456):
            assert environment.filters["whole"](context, value) == format_number(value, lang, 0), (lang, value)
    assert format_number(1234, "fi", 0) == "1234", "four digits stay together"
    assert format_number(12_345, "en", 0) == "12,345"
