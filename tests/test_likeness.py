"""Copies and duplicates are named, never absorbed: probable copies, two people under one id, the old shared file.

Expectations come from the catalogues. Each case is run through the core (which findings) and through the command
a coordinator types (validate, validate --strict, merge --on-duplicate latest).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers
from osallisuus_cli.teamwork.datacheck import check_inputs
from osallisuus_cli.teamwork.filecheck import check_paths
from osallisuus_cli.teamwork.likeness import SHARED_NAMELESS_UNTIL
from tests.conftest import HELSINKI, make_answers

LEVELS = {"q01": 3, "q02": 2, "q03": "na", "q04": 1, "q05": 4, "q06": 2}
HOW = {"q01": "Nuorisotalon kahvila torstaisin", "q05": "Nuoret suunnittelevat kesäretken itse"}
REASON = {"q03": "Emme tee yksilötyötä"}


def save(folder: Path, stem: str, qs, **kwargs) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    options = {"how": HOW, "reason": REASON} | kwargs
    levels = options.pop("levels", LEVELS)
    path = folder / f"{stem}.yaml"
    answers.save_answers(path, make_answers(qs, levels, **options), qs)
    return path


def findings_of(paths: list[Path], qs) -> list:
    entries = [entry for report in check_paths(paths, qs) for entry in report.entries]
    return check_inputs(entries, qs)


def codes(findings) -> list[str]:
    return [finding.code for finding in findings]


def test_the_same_answers_and_texts_under_two_ids_are_a_probable_copy(tmp_path, qs, runner) -> None:
    folder = tmp_path / "answers"
    save(folder, "aino", qs, respondent_id="a1", name=None)
    save(folder, "aino-kopio", qs, respondent_id="a2", name=None)
    findings = findings_of([folder], qs)
    (copy,) = [finding for finding in findings if finding.code == "probable_copy"]
    assert copy.where == str(folder / "aino-kopio.yaml") or copy.where == str(folder / "aino.yaml")
    assert copy.params["times"] == 2
    message = t("datacheck.probable_copy", "en", **copy.params)
    checked = runner.invoke(app, ["validate", str(folder), "--lang", "en"])
    assert checked.exit_code == 0, checked.output
    assert message in checked.stderr
    strict = runner.invoke(app, ["validate", str(folder), "--strict"])
    assert strict.exit_code == 1, "a probable copy fails a strict check"


def test_a_project_folder_copied_under_another_name_is_named_with_or_without_new_ids(tmp_path, qs) -> None:
    for new_ids in (False, True):
        root = tmp_path / str(new_ids)
        for index in range(3):
            how = {"q01": f"Käytäntö {index}: kerho", "q05": "Retki"}
            save(root / "a", f"v{index}", qs, respondent_id=f"r{index}", name=f"N{index}", how=how)
            copied_id = f"x{index}" if new_ids else f"r{index}"
            save(root / "b", f"v{index}", qs, respondent_id=copied_id, name=f"N{index}", how=how, project="Kylätalo")
        copies = [finding for finding in findings_of([root / "a", root / "b"], qs) if finding.code == "probable_copy"]
        assert len(copies) == 3
        assert {finding.params["projects"] for finding in copies} == {"Kylätalo, Nuorten ääni"}


def test_people_who_chose_the_same_levels_without_texts_are_not_copies(tmp_path, qs) -> None:
    folder = tmp_path / "answers"
    for index in range(4):
        save(folder, f"v{index}", qs, respondent_id=f"r{index}", name=f"N{index}", how={}, reason={})
    assert "probable_copy" not in codes(findings_of([folder], qs))


def test_one_persons_unchanged_answers_in_two_phases_are_her_history_not_a_copy(tmp_path, qs) -> None:
    folder = tmp_path / "answers"
    save(folder, "aino", qs, respondent_id="aino", phase="toteutus")
    save(folder, "aino-arviointi", qs, respondent_id="aino", phase="arviointi")
    assert "probable_copy" not in codes(findings_of([folder], qs))


def test_two_people_under_one_id_are_said_to_be_two_and_latest_drops_neither(tmp_path, qs, runner, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    folder = Path("answers")
    first = save(folder, "lomake", qs, respondent_id="sama", name="Aino")
    later = datetime(2026, 11, 2, 12, 0, tzinfo=HELSINKI)
    second = save(folder, "lomake-2", qs, respondent_id="sama", name="Björn", when=later)
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    files = ", ".join(sorted([str(first), str(second)]))
    for args in ([], ["--on-duplicate", "latest"]):
        result = runner.invoke(app, ["merge", str(folder), "-o", "t.yaml", *args, "--lang", "en"])
        assert result.exit_code == 1, result.output
        params = {"id": "sama", "project": "Nuorten ääni", "count": 2, "files": files}
        expected = t("team.err_two_people", "en", **params, phase=t("team.phase.toteutus", "en"))
        assert expected in result.stderr
        assert t("team.err_duplicate", "en", others="", **params, phase_in="").split("—")[1] not in result.stderr
        assert not (tmp_path / "t.yaml").exists(), "no one is left out silently"
    checked = runner.invoke(app, ["validate", str(folder), "--lang", "en"])
    assert checked.exit_code == 1
    assert expected in checked.stderr
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == before


def test_clearly_other_answers_and_texts_under_one_id_are_two_people_without_names(tmp_path, qs, runner) -> None:
    folder = tmp_path / "answers"
    save(folder, "a", qs, respondent_id="sama", name=None)
    other = {"q01": 0, "q02": 4, "q03": 1, "q04": 3, "q05": 0, "q06": 0}
    save(folder, "b", qs, respondent_id="sama", name=None, levels=other, how={"q02": "Oma ryhmä"}, reason={})
    result = runner.invoke(app, ["merge", str(folder), "-o", str(tmp_path / "t.yaml"), "--on-duplicate", "latest"])
    assert result.exit_code == 1
    assert not (tmp_path / "t.yaml").exists()


def test_one_person_who_saved_twice_is_still_a_duplicate_that_latest_settles(tmp_path, qs, runner) -> None:
    folder = tmp_path / "answers"
    save(folder, "a", qs, respondent_id="sama", name="Aino")
    changed = dict(LEVELS, q04=2)
    later = datetime(2026, 11, 2, 12, 0, tzinfo=HELSINKI)
    save(folder, "b", qs, respondent_id="sama", name="Aino", levels=changed, when=later)
    refused = runner.invoke(app, ["merge", str(folder), "-o", str(tmp_path / "t.yaml")])
    assert refused.exit_code == 1
    assert "err_two_people" not in refused.stderr
    kept = runner.invoke(app, ["merge", str(folder), "-o", str(tmp_path / "t.yaml"), "--on-duplicate", "latest"])
    assert kept.exit_code == 0, kept.output


def test_the_shared_nameless_file_warning_fires_only_for_files_from_before_the_fix(tmp_path, qs, runner) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    before = SHARED_NAMELESS_UNTIL - timedelta(days=30)
    since = SHARED_NAMELESS_UNTIL + timedelta(days=1)
    save(old, "nuorten-aani", qs, respondent_id="n1", name=None, when=before.astimezone(HELSINKI))
    save(new, "nuorten-aani", qs, respondent_id="n1", name=None, when=since.astimezone(HELSINKI))
    assert "shared_file" in codes(findings_of([old], qs))
    assert "shared_file" not in codes(findings_of([new], qs))
    for folder, fires in ((old, True), (new, False)):
        checked = runner.invoke(app, ["validate", str(folder)])
        assert checked.exit_code == 0, checked.output
        assert (t("datacheck.shared_file", checked="nuorten-aani-1.yaml") in checked.stderr) is fires
    (old / "nuorten-aani.yaml").rename(old / "nuorten-aani-1.yaml")  # checked: one person's answers
    assert "shared_file" not in codes(findings_of([old], qs)), "a file marked checked is not named again"
