"""How a counted message is chosen (i18n.t, the rule of fi, sv and en alike): exactly one takes the singular, every
other count — none, two, twelve thousand — the plural, whether the count is a number or already written out."""

from __future__ import annotations

import pytest

from osallisuus_cli.i18n import LANGUAGES, catalogue, format_number, t, tn


def counted_keys() -> list[str]:
    """Every message of the catalogues that has a singular and a plural form."""
    from osallisuus_cli.i18n import catalogue_names

    keys = {key.rpartition(".")[0] for name in catalogue_names() for key in catalogue(name) if key.endswith(".one")}
    return sorted(keys)


@pytest.mark.parametrize(("count", "form"), [(0, "other"), (1, "one"), (2, "other"), (12345, "other")])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_exactly_one_takes_the_singular_and_every_other_count_the_plural(lang, count, form) -> None:
    entry = catalogue("assess")[f"assess.intro.{form}"][lang]
    expected = entry.format(count=format_number(count, lang, 0), publisher="THL")
    assert t("assess.intro", lang, count=count, publisher="THL") == expected
    assert tn("assess.intro", count, lang, publisher="THL") == expected


@pytest.mark.parametrize(
    ("written", "form"), [("0", "other"), ("1", "one"), ("12\u00a0345", "other"), ("12,345", "other")]
)
def test_a_count_already_written_out_takes_the_form_of_its_number(written, form) -> None:
    entry = catalogue("assess")[f"assess.intro.{form}"]["en"]
    assert t("assess.intro", "en", count=written, publisher="THL") == entry.format(count=written, publisher="THL")


def test_every_counted_message_has_both_forms_in_every_language() -> None:
    for key in counted_keys():
        for form in ("one", "other"):
            entry = catalogue(key.partition(".")[0])[f"{key}.{form}"]
            assert all(entry.get(lang) for lang in LANGUAGES), f"{key}.{form}"
