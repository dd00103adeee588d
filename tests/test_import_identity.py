"""One row, one respondent, however often and in whatever format an export is imported (docs/import.md).

A grown export imported again adds only its new rows; a corrected cell is an update that says what changes and
needs ``--force``; the same Forms export as .xlsx and as Finnish Excel's CSV is the same people; two forms with the
same row numbers, or two surveys without times, are never taken for one; an export without a row id is refused.
Expectations come from the catalogues and from the cells the exports were built from.
"""

from __future__ import annotations

import csv
import io
import os
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
from osallisuus_cli.importing import surveykit
from osallisuus_cli.importing.identity import Change, describe
from osallisuus_cli.importing.tables import column_letter
from osallisuus_cli.model.answers import load_answers
from tests.conftest import make_answers, write_answers
from tests.forms import forms_rows, kit_headers, write_xlsx


def run(runner, *args: str):
    return runner.invoke(app, ["import", *args])


def docs_in(folder: Path, qs) -> dict[str, object]:
    return {path.name: load_answers(path, qs) for path in sorted(folder.glob("*.yaml"))}


def webropol_rows(qs, rows: int, *, seed: int = 0) -> tuple[list[str], list[list]]:
    """A Webropol-like export: an ``ID`` column, the kit's questions, no time, e-mail or name columns."""
    header, body = forms_rows(qs, rows=rows, seed=seed)
    keep = [0, *range(6, len(header))]
    return [header[i] for i in keep], [[row[i] for i in keep] for row in body]


def write_csv(path: Path, header: list[str], rows: list[list], *, finnish_times: bool = False) -> Path:
    """What Finnish Excel saves as "CSV UTF-8": ``;``, a byte-order mark, CRLF, times without seconds."""

    def cell(value) -> str:
        if value is None:
            return ""
        if hasattr(value, "hour"):
            return f"{value.day}.{value.month}.{value.year} {value.hour}.{value.minute:02d}"
        return str(value)

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([cell(value) for value in row] for row in rows)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return path


def done(source: Path, folder: Path, *, count: int, written: int, unchanged: int) -> str:
    return t(
        "importing.done", count=count, source=str(source), folder=f"{folder}/", written=written, unchanged=unchanged
    )


def test_a_grown_export_without_times_imported_again_adds_only_the_new_row(runner, qs, tmp_path) -> None:
    header, rows = webropol_rows(qs, 6)
    folder = tmp_path / "answers"
    first = write_csv(tmp_path / "webropol-ma.csv", header, rows[:5])
    assert run(runner, str(first), "-o", str(folder)).exit_code == 0
    grown = write_csv(tmp_path / "webropol-pe.csv", header, rows)
    os.utime(grown, (first.stat().st_mtime + 86_400 * 4,) * 2)  # saved four days later
    result = run(runner, str(grown), "-o", str(folder))
    assert result.exit_code == 0, result.output
    assert done(grown, folder, count=6, written=1, unchanged=5) in result.stderr
    assert len(docs_in(folder, qs)) == 6
    merged = runner.invoke(app, ["merge", str(folder), "-o", str(tmp_path / "tiimi.yaml")])
    assert merged.exit_code == 0, merged.output


def test_a_corrected_cell_is_an_update_named_per_file_that_needs_force(runner, qs, tmp_path) -> None:
    header, rows = webropol_rows(qs, 6)
    folder = tmp_path / "answers"
    assert run(runner, str(write_csv(tmp_path / "a.csv", header, rows)), "-o", str(folder)).exit_code == 0
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    level_at = header.index(kit_headers(qs, "fi")["q03.level"])
    options = surveykit.level_options(qs, "fi")
    rows[3][level_at] = options[(options.index(rows[3][level_at]) + 1) % 4]  # row 5 of the file
    corrected = write_csv(tmp_path / "b.csv", header, rows)
    os.utime(corrected, (corrected.stat().st_mtime + 86_400,) * 2)  # saved a day later: its time is the file's

    refused = run(runner, str(corrected), "-o", str(folder))
    assert refused.exit_code == 2, refused.output
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == before, "nothing written"

    forced = run(runner, str(corrected), "-o", str(folder), "--force")
    assert forced.exit_code == 0, forced.output
    after = {path.name: path.read_bytes() for path in folder.iterdir()}
    assert len(after) == 6, "the correction is applied to the same respondent, not added as a seventh"
    (name,) = [name for name in after if after[name] != before[name]]
    (tmp_path / "before.yaml").write_bytes(before[name])
    old, new = load_answers(tmp_path / "before.yaml", qs), load_answers(folder / name, qs)
    assert old.answers["q03"].level != new.answers["q03"].level
    assert {qid: a for qid, a in old.answers.items() if qid != "q03"} == {
        qid: a for qid, a in new.answers.items() if qid != "q03"
    }, "the answers the correction leaves as they were keep their times too"
    assert old.created == new.created
    assert new.answers["q03"].updated > old.answers["q03"].updated
    change = describe([Change("q03.level", old.answers["q03"].level, new.answers["q03"].level)])
    assert f"{folder / name}: {t('importing.would_change', row=5, changes=change)}" in refused.stderr
    assert f"{folder / name}: {t('importing.updated', row=5, changes=change)}" in forced.stderr
    assert done(corrected, folder, count=6, written=1, unchanged=5) in forced.stderr


def test_the_same_forms_export_as_xlsx_and_as_finnish_excel_csv_is_the_same_seven_people(runner, qs, tmp_path) -> None:
    header, rows = forms_rows(qs, rows=7, ui="fi")
    for index, row in enumerate(rows):  # Forms keeps seconds; Finnish Excel's CSV drops them
        row[1] += timedelta(seconds=7 * index + 5)
        row[2] += timedelta(seconds=3 * index + 11)
    folder = tmp_path / "vastaukset"
    xlsx = write_xlsx(tmp_path / "Forms_export.xlsx", header, rows)
    assert run(runner, str(xlsx), "-o", str(folder)).exit_code == 0
    fi_csv = write_csv(tmp_path / "Forms_fi_excel_utf8bom.csv", header, rows, finnish_times=True)
    assert fi_csv.read_bytes().startswith(b"\xef\xbb\xbf")
    result = run(runner, str(fi_csv), "-o", str(folder))
    assert result.exit_code == 0, result.output
    assert done(fi_csv, folder, count=7, written=0, unchanged=7) in result.stderr
    assert len(docs_in(folder, qs)) == 7
    checked = runner.invoke(app, ["validate", str(folder), "--strict"])
    assert checked.exit_code == 0, checked.output


def test_two_forms_whose_rows_have_the_same_numbers_stay_two_groups_of_people(runner, qs, tmp_path) -> None:
    folder = tmp_path / "answers"
    for seed, days in ((0, 0), (1, 21)):
        header, rows = forms_rows(qs, rows=3, seed=seed)
        for row in rows:
            row[1] += timedelta(days=days)
            row[2] += timedelta(days=days)
        source = write_xlsx(tmp_path / f"lomake-{seed}.xlsx", header, rows)
        assert run(runner, str(source), "-o", str(folder)).exit_code == 0
    assert len(docs_in(folder, qs)) == 6


def test_another_survey_without_times_is_never_taken_for_a_correction_silently(runner, qs, tmp_path) -> None:
    folder = tmp_path / "answers"
    header, rows = webropol_rows(qs, 3, seed=0)
    assert run(runner, str(write_csv(tmp_path / "kevat.csv", header, rows)), "-o", str(folder)).exit_code == 0
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    other = write_csv(tmp_path / "syksy.csv", *webropol_rows(qs, 3, seed=5))
    refused = run(runner, str(other), "-o", str(folder))
    assert refused.exit_code == 2
    assert t("importing.err_exists", count=3, files="").split("(")[0] in refused.stderr
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == before


def test_an_export_without_a_row_id_is_refused_and_id_column_names_one(runner, qs, tmp_path) -> None:
    header, rows = webropol_rows(qs, 3)
    header[0] = "Lomakkeen nro"  # paper forms typed in, numbered by hand
    source = write_xlsx(tmp_path / "paperit.xlsx", header, rows)
    refused = run(runner, str(source), "-o", str(tmp_path / "a"))
    assert refused.exit_code == 1
    assert t("importing.err_no_id_column") in refused.stderr
    assert not (tmp_path / "a").exists()
    missing = run(runner, str(source), "-o", str(tmp_path / "a"), "--id-column", "Nro")
    assert missing.exit_code == 1
    assert t("importing.err_id_column_missing", header="Nro") in missing.stderr
    for _ in range(2):
        result = run(runner, str(source), "-o", str(tmp_path / "a"), "--id-column", " lomakkeen NRO ")
        assert result.exit_code == 0, result.output
    assert len(docs_in(tmp_path / "a", qs)) == 3


def test_id_column_with_an_osallisuus_export_is_refused_not_ignored(runner, qs, tmp_path) -> None:
    """An export names its respondents in its own column: --id-column there would silently do nothing."""
    answers = tmp_path / "answers"
    write_answers(answers / "aino.yaml", make_answers(qs, {q.id: 2 for q in qs.questions}), qs)
    export = tmp_path / "vastaukset.csv"
    assert runner.invoke(app, ["export", str(answers), "--format", "csv", "-o", str(export)]).exit_code == 0
    refused = run(runner, str(export), "-o", str(tmp_path / "a"), "--id-column", "Nro")
    assert refused.exit_code == 2
    assert t("importing.err_id_column_export") in refused.stderr
    assert not (tmp_path / "a").exists()
    assert run(runner, str(export), "-o", str(tmp_path / "a")).exit_code == 0


def test_a_row_without_its_id_is_named_at_its_cell(runner, qs, tmp_path) -> None:
    header, rows = webropol_rows(qs, 3)
    rows[1][0] = None
    source = write_xlsx(tmp_path / "w.xlsx", header, rows)
    result = run(runner, str(source), "-o", str(tmp_path / "a"))
    assert result.exit_code == 1
    assert f"{source}:3:A: {t('importing.err_empty_id', header='ID')}" in result.stderr


@pytest.mark.parametrize("second", ["Tunnus", "ID"])
def test_two_id_columns_are_an_error_naming_both(runner, qs, tmp_path, second) -> None:
    header, rows = webropol_rows(qs, 2)
    header.append(second)
    for row in rows:
        row.append(row[0] + 100)
    source = write_xlsx(tmp_path / "w.xlsx", header, rows)
    result = run(runner, str(source), "-o", str(tmp_path / "a"))
    assert result.exit_code == 1
    last = column_letter(len(header) - 1)
    message = t("importing.err_two_id_columns", first="A 'ID'", second=f"{last} '{second}'")
    assert f"{source}:1:{last}: {message}" in result.stderr
    assert not (tmp_path / "a").exists()


def test_webropols_respondent_number_identifies_the_row(runner, qs, tmp_path) -> None:
    header, rows = webropol_rows(qs, 3)
    header[0] = "Vastaajan numero"
    folder = tmp_path / "a"
    assert run(runner, str(write_csv(tmp_path / "w1.csv", header, rows[:2])), "-o", str(folder)).exit_code == 0
    grown = write_csv(tmp_path / "w2.csv", header, rows)
    result = run(runner, str(grown), "-o", str(folder))
    assert result.exit_code == 0, result.output
    assert done(grown, folder, count=3, written=1, unchanged=2) in result.stderr
    assert len(docs_in(folder, qs)) == 3


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(
    exports=st.lists(
        st.tuples(
            st.sets(st.integers(0, 5), min_size=1),  # which of the six responses the export holds
            st.sampled_from(["xlsx", "finnish-csv"]),
            st.randoms(use_true_random=False),  # the order of its rows
        ),
        min_size=1,
        max_size=4,
    )
)
def test_however_a_survey_is_exported_and_imported_each_response_is_one_file(qs, exports) -> None:
    """Any sequence of exports of one Forms survey — any subset of its responses, in any order, as .xlsx or as
    Finnish Excel's CSV — imported into one folder gives one file per response seen, and the same file whichever
    export brought it."""
    import tempfile

    from osallisuus_cli.importing.rows import Defaults
    from osallisuus_cli.importing.run import plan_import, write_plan

    header, rows = forms_rows(qs, rows=6)
    for index, row in enumerate(rows):
        row[1] += timedelta(seconds=5 + 9 * index)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "answers"
        seen: set[int] = set()
        texts: dict[str, bytes] = {}
        for number, (chosen, kind, order) in enumerate(exports):
            picked = sorted(chosen)
            order.shuffle(picked)
            body = [rows[index] for index in picked]
            if kind == "xlsx":
                source = write_xlsx(root / f"e{number}.xlsx", header, body)
            else:
                source = write_csv(root / f"e{number}.csv", header, body, finnish_times=True)
            plan = plan_import(source, qs, mapping=None, defaults=Defaults(), language="fi", keep_names=False)
            assert plan.problems == []
            write_plan(plan, folder, force=False)
            seen |= chosen
            for item in plan.planned:
                texts.setdefault(item.name, (folder / item.name).read_bytes())
        assert len(list(folder.iterdir())) == len(seen)
        assert {path.name: path.read_bytes() for path in folder.iterdir()} == texts, "the first import's file stays"


def test_only_times_differ_is_no_change_but_a_text_that_looks_like_a_time_is_one(qs) -> None:
    from osallisuus_cli.importing.identity import changes
    from tests.conftest import make_answers

    first = make_answers(qs, {"q01": 3, "q02": "na"}, how={"q01": "Kerho"})
    later = make_answers(qs, {"q01": 3, "q02": "na"}, how={"q01": "Kerho"}, when=first.created + timedelta(hours=5))
    assert changes(first.to_yaml(qs).encode(), later.to_yaml(qs)) == []
    sly = "Kerho\nupdated: 2026-11-02T10:00:00+02:00"
    one = make_answers(qs, {"q01": 3}, how={"q01": sly})
    other = make_answers(qs, {"q01": 3}, how={"q01": "Kerho\nupdated: 2027-01-01T10:00:00+02:00"})
    assert changes(one.to_yaml(qs).encode(), other.to_yaml(qs)) == [Change("q01.how", sly, other.answers["q01"].how)]
