"""`osallisuus import`: Forms exports (English and Finnish interface, shuffled, quiz), CSV dialects, the survey kit.

Exports are built here with openpyxl in the layout Microsoft Forms documents; expectations come from the same cells
the export was built from and from the catalogues, never from copied output.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
from osallisuus_cli.importing import surveykit
from osallisuus_cli.importing.mapping import normalise
from osallisuus_cli.model.answers import load_answers
from tests.forms import forms_rows, kit_headers, response, shuffled, write_xlsx


def expected_level(qs, label: str):
    options = surveykit.level_options(qs, "fi") + surveykit.level_options(qs, "sv") + surveykit.level_options(qs, "en")
    values = [level.value for level in qs.scale.levels] + [special.value for special in qs.scale.special]
    return values[options.index(label) % len(values)]


def imported(folder: Path, qs) -> list:
    return sorted((load_answers(path, qs) for path in folder.glob("*.yaml")), key=lambda doc: doc.created)


def run(runner, *args: str):
    return runner.invoke(app, ["import", *args])


@pytest.mark.parametrize(
    ("ui", "quiz", "mix"),
    [("en", False, False), ("fi", False, True), ("en", True, True)],
    ids=["english-forms", "finnish-forms-shuffled", "quiz-shuffled"],
)
def test_a_forms_export_becomes_one_checked_answers_file_per_response(runner, qs, tmp_path, ui, quiz, mix) -> None:
    header, rows = forms_rows(qs, ui=ui, rows=4, quiz=quiz)
    if mix:
        header, rows = shuffled(header, rows)
    source = write_xlsx(tmp_path / "forms.xlsx", header, rows)
    result = run(runner, str(source), "-o", str(tmp_path / "answers"))
    assert result.exit_code == 0, result.output
    docs = imported(tmp_path / "answers", qs)
    assert len(docs) == 4
    for index, doc in enumerate(docs, start=1):
        cells = response(qs, "fi", index)
        for question in qs.questions:
            assert doc.answers[question.id].level == expected_level(qs, cells[f"{question.id}.level"])
            assert doc.answers[question.id].how == cells.get(f"{question.id}.how")
            assert doc.answers[question.id].next_step == cells.get(f"{question.id}.next_step")
        assert doc.project.name == "Nuorten ääni"
        assert doc.project.phase == "toteutus"
        assert doc.respondent.role == "nuoriso-ohjaaja"
        assert doc.respondent.name is None, "names are not copied without --keep-names"
        assert doc.language == "fi"
    assert "Points" not in result.stderr, "quiz columns are left aside quietly"
    assert t("importing.names_left_out") in result.stderr


def test_a_sheet_without_its_size_is_read_once(runner, qs, tmp_path, monkeypatch) -> None:
    """openpyxl's files carry no ``<dimension>``; looking for it would parse the whole sheet an extra time."""
    from openpyxl.worksheet._reader import WorkSheetParser

    def parse_dimensions(self):
        raise AssertionError("the sheet was parsed for its size")

    source = write_xlsx(tmp_path / "forms.xlsx", *forms_rows(qs, rows=3))
    monkeypatch.setattr(WorkSheetParser, "parse_dimensions", parse_dimensions)
    result = run(runner, str(source), "-o", str(tmp_path / "answers"))
    assert result.exit_code == 0, result.output
    assert len(imported(tmp_path / "answers", qs)) == 3


def test_answers_files_are_private_and_named_without_personal_data(runner, qs, tmp_path) -> None:
    source = write_xlsx(tmp_path / "forms.xlsx", *forms_rows(qs, rows=2))
    assert run(runner, str(source), "-o", str(tmp_path / "out")).exit_code == 0
    for path in (tmp_path / "out").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert path.name.startswith("vastaus-")
        assert "vastaaja" not in path.read_text(encoding="utf-8").lower()
        assert "example.fi" not in path.read_text(encoding="utf-8")
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")], "no temporary file left"


def test_keep_names_copies_the_name_but_never_the_email(runner, qs, tmp_path) -> None:
    source = write_xlsx(tmp_path / "forms.xlsx", *forms_rows(qs, rows=2))
    result = run(runner, str(source), "-o", str(tmp_path / "out"), "--keep-names")
    assert result.exit_code == 0, result.output
    assert [doc.respondent.name for doc in imported(tmp_path / "out", qs)] == ["Vastaaja 1", "Vastaaja 2"]
    assert t("importing.names_kept") in result.stderr
    assert not any("example.fi" in p.read_text(encoding="utf-8") for p in (tmp_path / "out").iterdir())


def test_importing_the_same_export_twice_writes_the_same_files_and_merge_sees_no_duplicates(
    runner, qs, tmp_path
) -> None:
    source = write_xlsx(tmp_path / "forms.xlsx", *forms_rows(qs, rows=3))
    first, second = tmp_path / "a", tmp_path / "b"
    assert run(runner, str(source), "-o", str(first)).exit_code == 0
    again = run(runner, str(source), "-o", str(first))
    assert again.exit_code == 0, again.output
    assert t("importing.done", count=3, source=str(source), folder=f"{first}/", written=0, unchanged=3) in again.stderr
    assert run(runner, str(source), "-o", str(second)).exit_code == 0
    assert {p.name: p.read_bytes() for p in first.iterdir()} == {p.name: p.read_bytes() for p in second.iterdir()}
    merged = runner.invoke(app, ["merge", str(first), str(second), "-o", str(tmp_path / "team.yaml")])
    assert merged.exit_code == 0, merged.output


def test_a_later_export_of_the_same_form_adds_only_the_new_responses(runner, qs, tmp_path) -> None:
    header, rows = forms_rows(qs, rows=5)
    monday = write_xlsx(tmp_path / "Kysely(1-3).xlsx", header, rows[:3])
    friday = write_xlsx(tmp_path / "Kysely(1-5).xlsx", *shuffled(header, rows))
    folder = tmp_path / "answers"
    assert run(runner, str(monday), "-o", str(folder)).exit_code == 0
    result = run(runner, str(friday), "-o", str(folder))
    assert result.exit_code == 0, result.output
    assert (
        t("importing.done", count=5, source=str(friday), folder=f"{folder}/", written=2, unchanged=3) in result.stderr
    )
    assert len(list(folder.iterdir())) == 5


def test_a_changed_file_is_not_overwritten_without_force(runner, qs, tmp_path) -> None:
    source = write_xlsx(tmp_path / "forms.xlsx", *forms_rows(qs, rows=2))
    folder = tmp_path / "answers"
    assert run(runner, str(source), "-o", str(folder)).exit_code == 0
    victim = sorted(folder.iterdir())[0]
    # another role (another phase is never replaced: test_phase_history)
    victim.write_text(victim.read_text(encoding="utf-8").replace("nuoriso-ohjaaja", "ohjaaja"), encoding="utf-8")
    refused = run(runner, str(source), "-o", str(folder))
    assert refused.exit_code == 2
    assert "--force" in refused.stderr
    assert "role: ohjaaja" in victim.read_text(encoding="utf-8")
    assert run(runner, str(source), "-o", str(folder), "--force").exit_code == 0
    assert "role: ohjaaja" not in victim.read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["symlink", "folder"])
def test_a_name_taken_by_a_link_or_a_folder_stops_the_import_before_anything_is_written(
    runner, qs, tmp_path, kind
) -> None:
    source = write_xlsx(tmp_path / "forms.xlsx", *forms_rows(qs, rows=3))
    assert run(runner, str(source), "-o", str(tmp_path / "first")).exit_code == 0
    taken = sorted(path.name for path in (tmp_path / "first").iterdir())[1]
    folder = tmp_path / "answers"
    folder.mkdir()
    elsewhere = tmp_path / "elsewhere.yaml"
    elsewhere.write_text("mine\n", encoding="utf-8")
    if kind == "symlink":
        (folder / taken).symlink_to(elsewhere)
    else:
        (folder / taken).mkdir()
    result = run(runner, str(source), "-o", str(folder))
    assert result.exit_code == 1, result.output
    assert t("importing.err_not_regular_target", file=str(folder / taken)) in result.stderr
    assert [path.name for path in folder.iterdir()] == [taken], "nothing written"
    assert elsewhere.read_text(encoding="utf-8") == "mine\n"


def _as_csv_cells(row: list, *, finnish: bool) -> list[str]:
    out = []
    for value in row:
        if value is None:
            out.append("")
        elif hasattr(value, "hour"):
            out.append(
                f"{value.day}.{value.month}.{value.year} {value.hour}.{value.minute:02d}.00" if finnish else str(value)
            )
        else:
            out.append(str(value))
    return out


@pytest.mark.parametrize(
    ("delimiter", "encoding", "newline", "finnish"),
    [
        (";", "cp1252", "\r\n", True),  # Finnish Excel's "CSV (semicolon separated)"
        (",", "utf-8-sig", "\n", False),  # CSV UTF-8 with a byte-order mark
        ("\t", "utf-16", "\r\n", True),  # Excel's "Unicode text"
        (";", "utf-8", "\r\n", True),
    ],
    ids=["finnish-excel", "utf8-bom-comma", "utf16-tab", "utf8-semicolon"],
)
def test_csv_dialects_give_the_same_files_as_the_xlsx(runner, qs, tmp_path, delimiter, encoding, newline, finnish):
    import csv
    import io

    header, rows = forms_rows(qs, rows=3, ui="fi")
    reference = tmp_path / "from-xlsx"
    assert run(runner, str(write_xlsx(tmp_path / "forms.xlsx", header, rows)), "-o", str(reference)).exit_code == 0
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerow(header)
    writer.writerows(_as_csv_cells(row, finnish=finnish) for row in rows)
    source = tmp_path / "forms.csv"
    source.write_bytes(buffer.getvalue().encode(encoding))
    result = run(runner, str(source), "-o", str(tmp_path / "from-csv"))
    assert result.exit_code == 0, result.output
    assert (t("importing.note_cp1252") in result.stderr) == (encoding == "cp1252")
    expected = {p.name: p.read_bytes() for p in reference.iterdir()}
    assert {p.name: p.read_bytes() for p in (tmp_path / "from-csv").iterdir()} == expected


def test_kit_then_survey_then_import_with_the_kit_mapping(runner, qs, tmp_path) -> None:
    kit = runner.invoke(app, ["questions", "kit", "--lang", "sv", "-o", str(tmp_path / "kit")])
    assert kit.exit_code == 0, kit.output
    sheet = (tmp_path / "kit" / "osallisuus-kysely-sv.md").read_text(encoding="utf-8")
    mapping = tmp_path / "kit" / "osallisuus-kysely-sv.mapping.yaml"
    headers = kit_headers(qs, "sv")
    for title in headers.values():
        assert f"`{title}`" in sheet, "every column header of the export is a text of the sheet"
    for option in surveykit.level_options(qs, "sv"):
        assert f"`{option}`" in sheet
    header, rows = forms_rows(qs, lang="sv", rows=2)
    source = write_xlsx(tmp_path / "enkat.xlsx", *shuffled(header, rows))
    result = run(runner, str(source), "--mapping", str(mapping), "-o", str(tmp_path / "svar"))
    assert result.exit_code == 0, result.output
    docs = imported(tmp_path / "svar", qs)
    assert [doc.language for doc in docs] == ["sv", "sv"]
    cells = response(qs, "sv", 1)
    assert docs[0].answers["q24"].level == expected_level(qs, cells["q24.level"])


def test_the_kit_refuses_to_overwrite_without_force(runner, tmp_path) -> None:
    assert runner.invoke(app, ["questions", "kit", "-o", str(tmp_path)]).exit_code == 0
    again = runner.invoke(app, ["questions", "kit", "-o", str(tmp_path)])
    assert again.exit_code == 2
    assert runner.invoke(app, ["questions", "kit", "-o", str(tmp_path), "--force"]).exit_code == 0


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_kit_carries_each_question_whole_with_thls_examples(qs, lang: str) -> None:
    """Forms and Webropol respondents answer the same question the report prints: its text and THL's examples."""
    sheet = surveykit.sheet_text(qs, lang, mapping_file="m.yaml")
    with_examples = [q for q in qs.questions if q.examples]
    assert [q.number for q in with_examples] == [9, 10, 15, 18, 19, 22, 23, 24]
    for question in with_examples:
        assert f"`{qs.text(question.examples, lang)}`" in sheet, question.id
    assert sheet.count(t("importing.kit_examples", lang)) == len(with_examples)
    domain = qs.domains[1]
    assert f"## {domain.id} {qs.text(domain.title, lang)}" in sheet, "domain 2 is named above 2A and 2B"
    assert f"### 2A {qs.section_title(domain.sections[0], lang)}" in sheet
    assert f"## {t('importing.kit_about_heading', lang)}" in sheet


def test_a_webropol_style_sheet_with_its_own_mapping(runner, qs, tmp_path) -> None:
    """Numbered option texts of its own, a respondent-number column, project and phase from the options."""
    mapping = tmp_path / "webropol.yaml"
    mapping.write_text(
        "format: osallisuus/import-mapping/v1\n"
        "language: fi\n"
        "columns:\n"
        "  respondent.id: Vastaajan numero\n"
        "  q01.level: [Kysymys 1, K1]\n"
        "  q01.how: Kysymys 1 – miten\n"
        "  q02.level: Kysymys 2\n"
        "labels:\n"
        "  Täysin vakiintunut: 4\n",
        encoding="utf-8",
    )
    source = write_xlsx(
        tmp_path / "webropol.xlsx",
        ["Vastaajan numero", "K1", "Kysymys 1 – miten", "Kysymys 2", "Vastausaika"],
        [["w-17", "Täysin vakiintunut", "Kerhossa", "3", None], ["w-18", 2, None, "en osaa sanoa", None]],
    )
    args = [
        str(source),
        "--mapping",
        str(mapping),
        "--project",
        "Kerho",
        "--phase",
        "arviointi",
        "-o",
        str(tmp_path / "a"),
    ]
    result = run(runner, *args)
    assert result.exit_code == 0, result.output
    docs = {doc.respondent.id: doc for doc in imported(tmp_path / "a", qs)}
    assert docs["w-17"].answers["q01"].level == 4
    assert docs["w-17"].answers["q01"].how == "Kerhossa"
    assert docs["w-17"].answers["q02"].level == 3
    assert docs["w-18"].answers["q02"].level == "dont_know"
    assert docs["w-18"].project.phase == "arviointi"
    assert "Vastausaika" in result.stderr, "the unused column is named"


def test_skip_bad_rows_writes_the_good_rows_and_lists_the_bad(runner, qs, tmp_path) -> None:
    header, rows = forms_rows(qs, rows=3)
    rows[1][header.index(kit_headers(qs, "fi")["q03.level"])] = "Joskus"
    source = write_xlsx(tmp_path / "forms.xlsx", header, rows)
    refused = run(runner, str(source), "-o", str(tmp_path / "a"))
    assert refused.exit_code == 1
    assert not (tmp_path / "a").exists(), "nothing is written while a row fails"
    assert f"{source}:3:" in refused.stderr, "the problem names the file and the row"
    result = run(runner, str(source), "-o", str(tmp_path / "a"), "--skip-bad-rows")
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "a").iterdir())) == 2
    assert t("importing.skipped_rows", count=1, rows="3") in result.stderr


def test_header_text_is_matched_by_its_normalised_form(qs) -> None:
    title = surveykit.question_title(qs, "q07", "fi")
    assert normalise("  " + title.upper().replace(" ", "  ") + "\u200b") == normalise(title)
    assert normalise("3 – Toteutuu") == normalise("3 - toteutuu") == normalise("3 — TOTEUTUU")


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_hidden_sheets_are_skipped_and_said_so(runner, qs, tmp_path, state) -> None:
    from openpyxl import Workbook

    header, rows = forms_rows(qs, rows=1)
    workbook = Workbook()
    secret = workbook.active
    secret.title = "Laskelmat"
    secret.sheet_state = state
    secret.append(["ei vastauksia"])
    sheet = workbook.create_sheet("Form1")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(tmp_path / "forms.xlsx")
    result = run(runner, str(tmp_path / "forms.xlsx"), "-o", str(tmp_path / "a"))
    assert result.exit_code == 0, result.output
    assert t("importing.note_hidden_sheets", sheets="Laskelmat") in result.stderr
    assert len(list((tmp_path / "a").glob("*.yaml"))) == 1, "only the visible sheet's response"


def test_a_reason_column_is_kept_with_na_and_refused_with_a_level(runner, qs, tmp_path) -> None:
    mapping = tmp_path / "map.yaml"
    mapping.write_text(
        "format: osallisuus/import-mapping/v1\ncolumns:\n  q01.level: Kysymys 1\n  q01.reason: Miksi ei?\n",
        encoding="utf-8",
    )
    rows = [[1, "Ei koske toimintaamme", "Emme tee etsivää työtä"], [2, "3", "Vahingossa"]]
    source = write_xlsx(tmp_path / "taulukko.xlsx", ["ID", "Kysymys 1", "Miksi ei?"], rows)
    args = [
        str(source),
        "--mapping",
        str(mapping),
        "--project",
        "Kerho",
        "--phase",
        "toteutus",
        "-o",
        str(tmp_path / "a"),
    ]
    refused = run(runner, *args)
    assert refused.exit_code == 1
    assert f"{source}:3:C: " in refused.stderr, "the reason's own cell is named"
    result = run(runner, *args, "--skip-bad-rows")
    assert result.exit_code == 0, result.output
    (doc,) = imported(tmp_path / "a", qs)
    assert doc.answers["q01"].level == "na"
    assert doc.answers["q01"].reason == "Emme tee etsivää työtä"


def test_a_write_failing_half_way_leaves_no_file_and_no_temporary_file(qs, tmp_path, monkeypatch) -> None:
    import os

    from osallisuus_cli.errors import DataError
    from osallisuus_cli.importing.rows import Defaults
    from osallisuus_cli.importing.run import plan_import, write_plan

    source = write_xlsx(tmp_path / "forms.xlsx", *forms_rows(qs, rows=4))
    plan = plan_import(source, qs, mapping=None, defaults=Defaults(), language="fi", keep_names=False)
    real_replace, calls = os.replace, []

    def failing_replace(src, dst):
        calls.append(dst)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    folder = tmp_path / "answers"
    with pytest.raises(DataError) as caught:
        write_plan(plan, folder, force=False)
    assert caught.value.key == "common.write_failed"
    assert list(folder.iterdir()) == [], "the two files already moved into place are removed, the rest never appear"


def test_a_survey_built_from_an_earlier_wording_of_the_kit_still_imports(runner, qs, tmp_path) -> None:
    header, rows = forms_rows(qs, lang="en", rows=1)
    now = kit_headers(qs, "en")
    renamed = {now["project.name"]: "Projektin tai toiminnan nimi", now["q03.how"]: "3. How in practice?"}
    source = write_xlsx(tmp_path / "old.xlsx", [renamed.get(text, text) for text in header], rows)
    result = run(runner, str(source), "-o", str(tmp_path / "a"))
    assert result.exit_code == 0, result.output
    (doc,) = imported(tmp_path / "a", qs)
    assert doc.project.name == "Nuorten ääni"
    assert doc.answers["q03"].how == response(qs, "en", 1).get("q03.how")


def test_a_library_caller_imports_what_the_command_imports(runner, qs, tmp_path) -> None:
    """``importing.run.import_answers`` is ``osallisuus import`` without Typer: the same files, byte for byte."""
    from osallisuus_cli.importing.run import ImportRequest, import_answers

    header, rows = forms_rows(qs, rows=3)
    rows[1][header.index(kit_headers(qs, "fi")["q03.level"])] = "Joskus"
    source = write_xlsx(tmp_path / "forms.xlsx", header, rows)
    assert run(runner, str(source), "-o", str(tmp_path / "cli"), "--skip-bad-rows").exit_code == 0
    heard = []
    request = ImportRequest(file=source, folder=tmp_path / "lib", language="fi", skip_bad_rows=True)
    done = import_answers(request, on_plan=heard.append)
    assert heard == [done.plan]
    assert (done.summary.written, done.summary.unchanged, done.skipped_rows) == (2, 0, [3])
    assert {p.name: p.read_bytes() for p in (tmp_path / "cli").iterdir()} == {
        p.name: p.read_bytes() for p in (tmp_path / "lib").iterdir()
    }


def test_an_import_of_only_bad_rows_lists_fifty_problems_then_how_many_more_and_writes_nothing(qs, tmp_path) -> None:
    from osallisuus_cli.errors import DataError
    from osallisuus_cli.importing.run import MAX_SHOWN, ImportRequest, import_answers

    header, rows = forms_rows(qs, rows=MAX_SHOWN + 6)
    column = header.index(kit_headers(qs, "fi")["q03.level"])
    for row in rows:
        row[column] = "Joskus"
    source = write_xlsx(tmp_path / "forms.xlsx", header, rows)
    for skip in (False, True):
        with pytest.raises(DataError) as refused:
            import_answers(ImportRequest(file=source, folder=tmp_path / "a", language="en", skip_bad_rows=skip))
        lines = refused.value.lines("en")
        assert len(lines) == MAX_SHOWN + 2
        assert all(f"{source}:" in line for line in lines[:MAX_SHOWN])
        assert lines[MAX_SHOWN] == t("importing.more_problems", "en", count=MAX_SHOWN + 6 - MAX_SHOWN)
        key = "importing.nothing_written"  # no row is good: skipping the bad ones would leave nothing
        rows_said = t("importing.in_rows", "en", count=MAX_SHOWN + 6)
        assert refused.value.key == key
        assert lines[-1] == f"{source}: " + t(key, "en", rows=rows_said, count=MAX_SHOWN + 6)
        assert not (tmp_path / "a").exists()
