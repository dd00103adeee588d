"""An import that writes nothing says why, rule by rule: the rows' problems one per line up to fifty and then how
many more, the count of problems and of rows in the user's language, and the way out when some rows were good."""

from __future__ import annotations

import pytest

from osallisuus_cli.errors import Problem
from osallisuus_cli.i18n import set_language, t
from osallisuus_cli.importing.rows import ImportPlan, Planned
from osallisuus_cli.importing.run import MAX_SHOWN, refused


def plan_with(problems: int, *, good_rows: int = 0) -> ImportPlan:
    plan = ImportPlan("forms.xlsx")
    for number in range(problems):
        row = 2 + number // 2  # two problems on each bad row
        plan.problems.append(
            Problem(
                "importing.err_unknown_label",
                {"value": str(number), "header": "K1", "allowed": "0–4"},
                f"forms.xlsx:{row}",
            )
        )
        plan.bad_rows.append(row)
    plan.planned = [Planned(f"vastaus-{n}.yaml", "", 100 + n, f"r{n}") for n in range(good_rows)]
    return plan


@pytest.mark.parametrize("count", [1, MAX_SHOWN, MAX_SHOWN + 1, MAX_SHOWN + 7])
def test_fifty_problems_are_listed_and_the_rest_counted(count):
    error = refused(plan_with(count), "en")
    listed = error.problems[:-1]
    assert listed[: min(count, MAX_SHOWN)] == plan_with(count).problems[:MAX_SHOWN]
    more = [(p.key, p.params) for p in listed[MAX_SHOWN:]]
    assert more == ([("importing.more_problems", {"count": count - MAX_SHOWN})] if count > MAX_SHOWN else [])


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_last_line_counts_the_problems_and_their_rows_in_the_users_language(lang):
    set_language("fi")
    error = refused(plan_with(5), lang)
    rows = t("importing.in_rows", lang, count=3)  # five problems, two on each bad row: rows 2, 3 and 4
    assert (error.key, error.file, error.params) == (
        "importing.nothing_written",
        "forms.xlsx",
        {"rows": rows, "count": 5},
    )
    assert (error.problems[-1].key, error.problems[-1].params, error.problems[-1].file) == (
        "importing.nothing_written",
        {"rows": rows, "count": 5},
        "forms.xlsx",
    )


def test_when_some_rows_were_good_the_way_out_is_to_skip_the_bad_ones():
    assert refused(plan_with(2, good_rows=3), "en").key == "importing.nothing_written_skip"
    assert refused(plan_with(2), "en").key == "importing.nothing_written"
