"""A row's respondent id and its file's name never change between versions of the tool: an export imported again
after an upgrade must find the files it wrote before, not write the same people a second time. The values below
were made by the tool as it is; a change to them is a change every earlier import would pay for."""

from __future__ import annotations

from datetime import datetime

from osallisuus_cli.importing.identity import row_respondent, survey_fingerprint
from osallisuus_cli.importing.rows import file_name

PROJECT = {"name": "Nuorten ääni", "code": None, "phase": "toteutus"}
SURVEY = "fe283650bc55497e48e1cd21831cd3cf837449a3f6bd05f3adb47cce42a5782f"
STARTED = datetime(2026, 11, 2, 9, 17, 45)


def test_a_survey_is_known_by_its_headers_in_any_order_case_and_spacing():
    assert survey_fingerprint(["Projekti", "Kysymys 1"]) == SURVEY
    assert survey_fingerprint(["kysymys  1", "PROJEKTI"]) == SURVEY
    assert survey_fingerprint(["Projekti", "Kysymys 2"]) != SURVEY


def test_a_rows_respondent_id_is_the_same_in_every_version():
    assert row_respondent(SURVEY, " 7 ", PROJECT, STARTED) == "174bc6f5-dc10-5232-9838-980cff1faa1a"
    assert row_respondent(SURVEY, "7", PROJECT, STARTED.replace(second=0)) == "174bc6f5-dc10-5232-9838-980cff1faa1a"
    assert row_respondent(SURVEY, "7", PROJECT, None) == "a6b42ac1-5f50-5319-b4a7-1aa8022e7aa4"
    with_code = {**PROJECT, "code": "S30"}
    assert row_respondent(SURVEY, "7", with_code, STARTED) == "1439e7f5-dd6a-55f2-b314-a0351c3e65fa"


def test_a_files_name_is_the_same_in_every_version_and_holds_nothing_personal():
    respondent = "174bc6f5-dc10-5232-9838-980cff1faa1a"
    assert file_name(respondent, PROJECT) == "vastaus-fd4ad6b9bb2c.yaml"
    assert file_name(respondent, {**PROJECT, "code": "S30"}) == "vastaus-9fa2139b2f06.yaml"
