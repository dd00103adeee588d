"""An import that writes nothing says why, rule by rule: the rows' problems one per line up to fifty and then how
many more, the count of problems and of rows in the user's language, and the way out when some rows were good."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from openpyxl import Workbook

from osallisuus_cli.errors import DataError, Problem, UsageError
from osallisuus_cli.i18n import set_language, t
from osallisuus_cli.importing import surveykit
from osallisuus_cli.importing.identity import Change, describe
from osallisuus_cli.importing.mapping import build_mapping
from osallisuus_cli.importing.rows import Defaults, ImportPlan, Planned
from osallisuus_cli.importing.run import (
    MAX_LISTED,
    MAX_SHOWN,
    Imported,
    ImportRequest,
    WriteSummary,
    builtin_mapping,
    import_answers,
    plan_import,
    project_defaults,
    refused,
    write_plan,
)
from osallisuus_cli.importing.tables import read_table
from osallisuus_cli.model.answers import load_answers
from osallisuus_cli.model.projectpath import Settings
from tests.conftest import REPO, make_answers
from tests.forms import forms_rows, kit_headers, write_xlsx


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


# Writing the plan: what is there already decides what is written, refused or left alone.


def planned(qs, levels: dict, *, row: int = 2, respondent: str = "r1", **fields) -> Planned:
    doc = make_answers(qs, levels, respondent_id=respondent, **fields)
    return Planned(f"vastaus-{respondent}.yaml", doc.to_yaml(qs), row, respondent)


def plan_of(qs, *items: Planned) -> ImportPlan:
    return ImportPlan("forms.xlsx", planned=list(items), qs=qs)


def contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_a_folder_that_is_a_file_is_refused_and_the_file_left_as_it_is(qs, tmp_path):
    folder = tmp_path / "answers"
    folder.write_text("mine\n", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        write_plan(plan_of(qs, planned(qs, {"q01": 2})), folder, force=False)
    assert (caught.value.key, caught.value.file) == ("importing.err_folder_is_file", str(folder))
    assert folder.read_text(encoding="utf-8") == "mine\n"


def test_a_first_import_writes_every_file_owner_only_and_counts_them(qs, tmp_path):
    items = [planned(qs, {"q01": n}, row=n + 2, respondent=f"r{n}") for n in range(3)]
    summary = write_plan(plan_of(qs, *items), tmp_path / "answers", force=False)
    assert (summary.written, summary.unchanged, summary.updated) == (3, 0, [])
    assert contents(tmp_path / "answers") == {item.name: item.text.encode("utf-8") for item in items}
    assert {stat.S_IMODE(path.stat().st_mode) for path in (tmp_path / "answers").iterdir()} == {0o600}


def test_the_same_answers_at_other_times_are_left_byte_for_byte_and_counted_unchanged(qs, tmp_path):
    folder = tmp_path / "answers"
    first = [planned(qs, {"q01": 2}), planned(qs, {"q01": 3}, respondent="r2")]
    write_plan(plan_of(qs, *first), folder, force=False)
    before = contents(folder)
    later = datetime(2026, 11, 20, 15, 30, tzinfo=UTC)
    again = [
        planned(qs, {"q01": 2}, when=later),
        planned(qs, {"q01": 3}, respondent="r2"),
        planned(qs, {}, respondent="r3"),
    ]
    summary = write_plan(plan_of(qs, *again), folder, force=False)
    assert (summary.written, summary.unchanged, summary.updated) == (1, 2, [])
    assert {name: data for name, data in contents(folder).items() if name in before} == before


def test_what_a_killed_import_left_is_removed_even_when_nothing_is_to_be_written(qs, tmp_path):
    folder = tmp_path / "answers"
    item = planned(qs, {"q01": 2})
    write_plan(plan_of(qs, item), folder, force=False)
    abandoned = folder / ".osallisuus-save.abcd1234.tmp"
    abandoned.mkdir()
    (abandoned / "lock").touch()  # a lock no process holds: the write that made it is gone
    (abandoned / item.name).write_text("half", encoding="utf-8")
    summary = write_plan(plan_of(qs, item), folder, force=False)
    assert (summary.written, summary.unchanged) == (0, 1)
    assert sorted(path.name for path in folder.iterdir()) == [item.name]


def changed_files(qs, folder: Path, count: int) -> tuple[ImportPlan, list[Path]]:
    """``count`` files there with q01 at 2, and a plan that makes it 3 in each."""
    before = [planned(qs, {"q01": 2}, row=n + 2, respondent=f"r{n:02}") for n in range(count)]
    write_plan(plan_of(qs, *before), folder, force=False)
    after = [planned(qs, {"q01": 3}, row=n + 2, respondent=f"r{n:02}") for n in range(count)]
    return plan_of(qs, *after), [folder / item.name for item in after]


@pytest.mark.parametrize("count", [1, 3, 4, MAX_LISTED, MAX_LISTED + 1])
def test_files_whose_answers_would_change_are_named_twenty_with_their_rows_and_nothing_is_written(qs, tmp_path, count):
    folder = tmp_path / "answers"
    plan, paths = changed_files(qs, folder, count)
    before = contents(folder)
    with pytest.raises(UsageError) as caught:
        write_plan(plan, folder, force=False)
    assert contents(folder) == before, "nothing written"
    *listed, last = caught.value.problems
    change = describe([Change("q01.level", 2, 3)])
    would = [(p.key, p.params, p.file) for p in listed if p.key == "importing.would_change"]
    assert would == [
        ("importing.would_change", {"row": n + 2, "changes": change}, str(paths[n]))
        for n in range(min(count, MAX_LISTED))
    ]
    more = [p.params for p in listed if p.key == "importing.more_problems"]
    assert more == ([{"count": count - MAX_LISTED}] if count > MAX_LISTED else [])
    shown = ", ".join(str(path) for path in paths[:3]) + (" …" if count > 3 else "")
    assert (caught.value.key, last.key, last.params) == (
        "importing.err_exists",
        "importing.err_exists",
        {"count": count, "files": shown},
    )


def test_with_force_the_changed_files_are_written_and_each_update_is_told(qs, tmp_path):
    folder = tmp_path / "answers"
    plan, paths = changed_files(qs, folder, 2)
    plan.planned.append(planned(qs, {"q02": 1}, row=9, respondent="new"))
    summary = write_plan(plan, folder, force=True)
    assert (summary.written, summary.unchanged) == (3, 0)
    assert [(u.path, u.row, u.changes) for u in summary.updated] == [
        (paths[n], n + 2, [Change("q01.level", 2, 3)]) for n in range(2)
    ]
    assert contents(folder) == {item.name: item.text.encode("utf-8") for item in plan.planned}


@pytest.mark.parametrize("force", [False, True])
def test_another_phases_file_is_never_replaced_not_even_with_force_and_is_named_first(qs, tmp_path, force):
    folder = tmp_path / "answers"
    ordinary, _paths = changed_files(qs, folder, 1)
    earlier = [planned(qs, {"q01": 2}, row=n + 30, respondent=f"p{n:02}") for n in range(MAX_LISTED + 1)]
    write_plan(plan_of(qs, *earlier), folder, force=False)
    later = [
        planned(qs, {"q01": 2}, row=n + 30, respondent=f"p{n:02}", phase="arviointi") for n in range(MAX_LISTED + 1)
    ]
    before = contents(folder)
    with pytest.raises(DataError) as caught:
        write_plan(plan_of(qs, *ordinary.planned, *later), folder, force=force)
    assert contents(folder) == before, "nothing written"
    assert caught.value.key == "importing.err_other_phase"
    change = describe([Change("project.phase", "toteutus", "arviointi")])
    assert [(p.key, p.params, p.file) for p in caught.value.problems] == [
        ("importing.err_other_phase", {"row": n + 30, "changes": change}, str(folder / later[n].name))
        for n in range(MAX_LISTED)
    ]


def test_writing_is_heard_file_by_file_as_written_of_all(qs, tmp_path):
    heard: list[tuple[str, int, int]] = []
    items = [planned(qs, {"q01": n}, respondent=f"r{n}") for n in range(3)]
    write_plan(plan_of(qs, *items), tmp_path / "answers", force=False, progress=lambda *said: heard.append(said))
    assert heard == [("common.progress_write_files", done, 3) for done in (1, 2, 3)]


# The import as a library caller runs it: the request, its plan and what comes back.


def kit_export(qs, path: Path, *, lang: str = "fi", rows: int = 2) -> Path:
    return write_xlsx(path, *forms_rows(qs, lang=lang, rows=rows))


@pytest.mark.parametrize("missing", ["file", "mapping"])
def test_a_missing_export_or_mapping_is_named_before_anything_is_read(qs, tmp_path, missing):
    source = kit_export(qs, tmp_path / "forms.xlsx")
    nothere = tmp_path / "nothere.yaml"
    request = ImportRequest(
        file=nothere if missing == "file" else source,
        folder=tmp_path / "answers",
        language="fi",
        mapping=nothere if missing == "mapping" else None,
    )
    with pytest.raises(UsageError) as caught:
        import_answers(request)
    assert (caught.value.key, caught.value.file) == ("common.file_not_found", str(nothere))
    assert not (tmp_path / "answers").exists()


def test_a_given_mapping_is_the_one_the_rows_are_read_with(qs, tmp_path):
    source = kit_export(qs, tmp_path / "forms.xlsx", lang="sv")
    mapping = tmp_path / "kit.mapping.yaml"
    mapping.write_text(surveykit.mapping_text(qs, "fi"), encoding="utf-8")  # the Finnish kit's: no column matches
    with pytest.raises(DataError):
        import_answers(ImportRequest(file=source, folder=tmp_path / "answers", language="sv", mapping=mapping))
    assert not (tmp_path / "answers").exists()


def test_the_plan_is_heard_before_the_rows_problems_refuse_the_import_in_the_language_asked_for(qs, tmp_path):
    header, rows = forms_rows(qs, rows=2)
    rows[0][header.index(kit_headers(qs, "fi")["q03.level"])] = "Joskus"
    source = write_xlsx(tmp_path / "forms.xlsx", header, rows)
    heard: list[ImportPlan] = []
    request = ImportRequest(file=source, folder=tmp_path / "answers", language="sv")
    with pytest.raises(DataError) as caught:
        import_answers(request, on_plan=heard.append)
    assert caught.value.key == "importing.nothing_written_skip", "the other row was good"
    assert caught.value.params == {"rows": t("importing.in_rows", "sv", count=1), "count": 1}
    (plan,) = heard
    assert (plan.bad_rows, len(plan.planned)) == ([2], 1)
    assert not (tmp_path / "answers").exists()


def test_skipping_bad_rows_when_no_row_is_good_still_refuses_the_import(qs, tmp_path):
    header, rows = forms_rows(qs, rows=2)
    for row in rows:
        row[header.index(kit_headers(qs, "fi")["q03.level"])] = "Joskus"
    source = write_xlsx(tmp_path / "forms.xlsx", header, rows)
    with pytest.raises(DataError) as caught:
        import_answers(ImportRequest(file=source, folder=tmp_path / "answers", language="fi", skip_bad_rows=True))
    assert caught.value.key == "importing.nothing_written", "skipping would leave nothing"
    assert not (tmp_path / "answers").exists()


def test_skipping_bad_rows_writes_the_good_ones_and_names_the_rows_left_out(qs, tmp_path):
    header, rows = forms_rows(qs, rows=3)
    rows[1][header.index(kit_headers(qs, "fi")["q03.level"])] = "Joskus"
    source = write_xlsx(tmp_path / "forms.xlsx", header, rows)
    done = import_answers(ImportRequest(file=source, folder=tmp_path / "answers", language="fi", skip_bad_rows=True))
    assert (done.summary.written, done.skipped_rows) == (2, [3])
    assert len(list((tmp_path / "answers").iterdir())) == 2


def test_a_forced_import_replaces_what_the_export_changes(qs, tmp_path):
    header, rows = forms_rows(qs, rows=2)
    source = write_xlsx(tmp_path / "forms.xlsx", header, rows)
    folder = tmp_path / "answers"
    import_answers(ImportRequest(file=source, folder=folder, language="fi"))
    rows[0][header.index(kit_headers(qs, "fi")["q03.level"])] = surveykit.level_options(qs, "fi")[0]
    rows[1][header.index(kit_headers(qs, "fi")["q03.level"])] = surveykit.level_options(qs, "fi")[1]
    write_xlsx(source, header, rows)
    with pytest.raises(UsageError):
        import_answers(ImportRequest(file=source, folder=folder, language="fi"))
    done = import_answers(ImportRequest(file=source, folder=folder, language="fi", force=True))
    assert (done.folder, done.summary.written, len(done.summary.updated)) == (folder, 2, 2)
    assert sorted(load_answers(path, qs).answers["q03"].level for path in folder.iterdir()) == [0, 1]


def test_rows_left_out_are_listed_once_each_in_order():
    plan = ImportPlan("forms.xlsx", bad_rows=[7, 3, 7, 5])
    assert Imported(plan, WriteSummary(), Path("answers")).skipped_rows == [3, 5, 7]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_without_a_mapping_the_kit_in_the_language_of_the_headers_reads_the_survey(qs, tmp_path, lang):
    source = kit_export(qs, tmp_path / "forms.xlsx", lang=lang)
    done = import_answers(ImportRequest(file=source, folder=tmp_path / "answers", language="fi"))
    assert done.summary.written == 2
    assert {load_answers(path, qs).language for path in (tmp_path / "answers").iterdir()} == {lang}


def test_a_table_that_matches_no_kit_is_told_the_finnish_kits_headers(qs, tmp_path):
    source = write_xlsx(tmp_path / "other.xlsx", ["ID", "Kysymys A"], [[1, "3"]])
    table = read_table(source)
    chosen = builtin_mapping(table, qs)
    assert (chosen.language, chosen.headers) == ("fi", build_mapping(surveykit.mapping_data(qs, "fi"), qs).headers)


def test_an_export_of_headers_only_has_no_rows_to_import(qs, tmp_path):
    header, _rows = forms_rows(qs, rows=0)
    source = write_xlsx(tmp_path / "forms.xlsx", header, [])
    with pytest.raises(DataError) as caught:
        plan_import(source, qs, mapping=None, defaults=Defaults(), language="fi", keep_names=False)
    assert (caught.value.key, caught.value.file) == ("importing.err_no_rows", str(source))


def test_the_sheets_notes_come_before_the_rows_notes(qs, tmp_path):
    header, rows = forms_rows(qs, rows=1)
    workbook = Workbook()
    secret = workbook.active
    secret.title = "Laskelmat"
    secret.sheet_state = "hidden"
    sheet = workbook.create_sheet("Form1")
    sheet.append([*header, "Vastausaika"])
    sheet.append([*rows[0], "12 min"])
    workbook.save(tmp_path / "forms.xlsx")
    plan = plan_import(tmp_path / "forms.xlsx", qs, mapping=None, defaults=Defaults(), language="fi", keep_names=False)
    assert [note.key for note in plan.notes] == ["importing.note_hidden_sheets", "importing.note_unused_columns"]


def test_the_project_fields_come_from_the_options_else_the_project_file():
    settings = Settings({"name": "Tiedoston hanke", "code": "S-1", "organisation": "Järjestö", "region": "Uusimaa"})
    assert project_defaults(settings) == Defaults("Tiedoston hanke", "S-1", "Järjestö", "Uusimaa", None)
    assert project_defaults(settings, name="Nuorten ääni", phase="arviointi") == Defaults(
        "Nuorten ääni", "S-1", "Järjestö", "Uusimaa", "arviointi"
    )
    assert project_defaults(Settings()) == Defaults()
    with_phase = Settings({"name": "Tiedoston hanke", "phase": "suunnittelu"})
    assert project_defaults(with_phase).phase == "suunnittelu"  # a library caller gets the project file's phase too
    assert project_defaults(with_phase, phase="arviointi").phase == "arviointi"


def test_the_rows_are_checked_against_the_question_set_asked_for(qs, tmp_path):
    own = tmp_path / "oma-kysymyssarja.yaml"
    builtin = (REPO / "questions" / "thl-osallisuus-24.yaml").read_text(encoding="utf-8")
    own.write_text(builtin.replace('version: "1.0"', 'version: "1.1"', 1), encoding="utf-8")
    source = kit_export(qs, tmp_path / "forms.xlsx", rows=1)
    import_answers(ImportRequest(file=source, folder=tmp_path / "answers", language="fi", framework=own))
    (path,) = (tmp_path / "answers").iterdir()
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["framework"] == {"id": qs.id, "version": "1.1"}


def test_the_sheet_asked_for_is_the_one_read(qs, tmp_path):
    header, rows = forms_rows(qs, rows=2)
    workbook = Workbook()
    first = workbook.active
    first.title = "Ohje"
    first.append(["Ei vastauksia"])
    sheet = workbook.create_sheet("Form1")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(tmp_path / "forms.xlsx")
    request = ImportRequest(file=tmp_path / "forms.xlsx", folder=tmp_path / "answers", language="fi", sheet="Form1")
    assert import_answers(request).summary.written == 2


def test_a_request_to_keep_names_keeps_them(qs, tmp_path):
    source = kit_export(qs, tmp_path / "forms.xlsx", rows=1)
    for keep_names in (False, True):
        folder = tmp_path / f"keep-{keep_names}"
        done = import_answers(ImportRequest(file=source, folder=folder, language="fi", keep_names=keep_names))
        (path,) = folder.iterdir()
        assert load_answers(path, qs).respondent.name == ("Vastaaja 1" if keep_names else None)
        assert done.plan.personal_data_left_out is (not keep_names)


def test_project_fields_the_survey_does_not_ask_come_from_the_request(qs, tmp_path):
    header, rows = forms_rows(qs, rows=1)
    asked = [n for n, text in enumerate(header) if text not in kit_headers(qs, "fi")["project.name"]]
    source = write_xlsx(tmp_path / "forms.xlsx", [header[n] for n in asked], [[rows[0][n] for n in asked]])
    defaults = Defaults(name="Kylätalo", code="S-7", organisation="Yhdistys ry", region="Uusimaa")
    import_answers(ImportRequest(file=source, folder=tmp_path / "answers", language="fi", defaults=defaults))
    (path,) = (tmp_path / "answers").iterdir()
    project = load_answers(path, qs).project
    assert (project.name, project.code, project.organisation, project.region) == (
        "Kylätalo",
        "S-7",
        "Yhdistys ry",
        "Uusimaa",
    )


def test_the_id_column_asked_for_identifies_the_rows(qs, tmp_path):
    header, rows = forms_rows(qs, rows=2)
    header[0] = "Lomakkeen nro"
    source = write_xlsx(tmp_path / "paper.xlsx", header, rows)
    with pytest.raises(DataError):
        import_answers(ImportRequest(file=source, folder=tmp_path / "answers", language="fi"))
    request = ImportRequest(file=source, folder=tmp_path / "answers", language="fi", id_column="Lomakkeen nro")
    assert import_answers(request).summary.written == 2


def test_a_mapping_that_names_no_language_records_the_language_asked_for(qs, tmp_path):
    data = surveykit.mapping_data(qs, "fi")
    del data["language"]
    mapping = tmp_path / "oma.yaml"
    mapping.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    source = kit_export(qs, tmp_path / "forms.xlsx", rows=1)
    import_answers(ImportRequest(file=source, folder=tmp_path / "answers", language="sv", mapping=mapping))
    (path,) = (tmp_path / "answers").iterdir()
    assert load_answers(path, qs).language == "sv"


def test_the_request_hears_the_rows_read_and_the_files_written(qs, tmp_path):
    heard: list[tuple[str, int, int]] = []
    source = kit_export(qs, tmp_path / "forms.xlsx", rows=2)
    request = ImportRequest(
        file=source, folder=tmp_path / "answers", language="fi", progress=lambda *a: heard.append(a)
    )
    import_answers(request)
    assert heard[-1] == ("common.progress_write_files", 2, 2)
    assert ("common.progress_read_rows", 2, 2) in heard


def test_an_update_from_an_export_with_times_writes_the_exports_times(qs, tmp_path):
    folder = tmp_path / "answers"
    write_plan(plan_of(qs, planned(qs, {"q01": 2, "q02": 1})), folder, force=False)
    later = datetime(2026, 11, 20, 15, 30, tzinfo=UTC)
    update = planned(qs, {"q01": 3, "q02": 1}, when=later)
    write_plan(plan_of(qs, update), folder, force=True)
    assert contents(folder) == {update.name: update.text.encode("utf-8")}


def test_an_update_from_an_export_without_times_keeps_the_files_start_and_its_unchanged_answers_times(qs, tmp_path):
    folder = tmp_path / "answers"
    before = planned(qs, {"q01": 2, "q02": 1})
    write_plan(plan_of(qs, before), folder, force=False)
    first = load_answers(folder / before.name, qs)
    later = datetime(2026, 11, 20, 15, 30, tzinfo=UTC)
    update = replace(planned(qs, {"q01": 3, "q02": 1}, when=later), file_times=True)
    write_plan(plan_of(qs, update), folder, force=True)
    written = load_answers(folder / update.name, qs)
    assert (written.created, written.answers["q02"].updated) == (first.created, first.answers["q02"].updated)
    assert written.answers["q01"].updated == later
    assert written.created != later


def test_a_file_there_that_is_no_answers_file_is_replaced_whole_with_force(qs, tmp_path):
    folder = tmp_path / "answers"
    folder.mkdir()
    update = replace(planned(qs, {"q01": 3}), file_times=True)
    (folder / update.name).write_text("muistiinpanoja: 1\n", encoding="utf-8")
    with pytest.raises(UsageError):
        write_plan(plan_of(qs, update), folder, force=False)
    summary = write_plan(plan_of(qs, update), folder, force=True)
    assert [u.changes for u in summary.updated] == [[Change("file")]]
    assert contents(folder) == {update.name: update.text.encode("utf-8")}


def test_a_folder_that_cannot_be_listed_still_never_has_a_changed_file_overwritten(qs, tmp_path, monkeypatch):
    folder = tmp_path / "answers"
    plan, _paths = changed_files(qs, folder, 2)
    before = contents(folder)
    listing = os.scandir

    def unlistable(path=".", *args):
        if Path(path) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return listing(path, *args)

    monkeypatch.setattr(os, "scandir", unlistable)
    with pytest.raises(UsageError) as caught:
        write_plan(plan, folder, force=False)
    assert caught.value.problems[-1].params["count"] == 2
    assert contents(folder) == before


@pytest.mark.parametrize("kind", ["symlink", "folder"])
def test_a_name_taken_by_a_link_or_a_folder_is_named_and_nothing_is_written(qs, tmp_path, kind):
    folder = tmp_path / "answers"
    folder.mkdir()
    items = [planned(qs, {"q01": 2}), planned(qs, {"q01": 3}, respondent="r2")]
    taken = folder / items[1].name
    if kind == "symlink":
        taken.symlink_to(tmp_path / "elsewhere.yaml")
    else:
        taken.mkdir()
    with pytest.raises(DataError) as caught:
        write_plan(plan_of(qs, *items), folder, force=True)
    assert (caught.value.key, caught.value.file) == ("importing.err_not_regular_target", str(taken))
    assert [path.name for path in folder.iterdir()] == [taken.name]


def test_an_answers_file_there_that_fails_the_check_is_named_before_an_update_keeps_its_times(qs, tmp_path):
    folder = tmp_path / "answers"
    folder.mkdir()
    update = replace(planned(qs, {"q01": 3}), file_times=True)
    broken = planned(qs, {"q01": 2, "q02": 1}).text.replace("level: 2", "level: 9")
    (folder / update.name).write_text(broken, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        write_plan(plan_of(qs, update), folder, force=True)
    assert [(p.key, p.file, p.path) for p in caught.value.problems] == [
        ("common.v.choice", str(folder / update.name), "answers.q01.level")
    ]
    assert (folder / update.name).read_text(encoding="utf-8") == broken


def test_an_id_column_for_an_export_of_this_tool_is_refused_naming_the_export(qs, tmp_path):
    source = tmp_path / "export.jsonl"
    source.write_text(
        json.dumps({"respondent": "r1", "question_id": "q01", "level": 2, "special": None}) + "\n", encoding="utf-8"
    )
    with pytest.raises(UsageError) as caught:
        plan_import(source, qs, mapping=None, defaults=Defaults(), language="fi", keep_names=False, id_column="ID")
    assert (caught.value.key, caught.value.file) == ("importing.err_id_column_export", str(source))
