"""``osallisuus form``: the page it writes, without a browser (tests/test_form_browser.py drives it in Chromium).

One self-contained file: its policy names its own stylesheet and scripts by hash and allows nothing else; the data
block cannot be broken out of; the same inputs give the same bytes; the project file pre-fills the project; the
THL form stays under 300 KB with js-yaml inside.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
from pathlib import Path

import pytest

from osallisuus_cli.answering import form as form_mod
from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
from osallisuus_cli.questionsets.framework import QuestionSet
from tests.conftest import REPO, error_line

SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
STYLE = re.compile(r"<style>(.*?)</style>", re.S)
DATA = re.compile(r'<script type="application/json" id="form-data">(.*?)</script>', re.S)


def digest(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def page_data(page: str) -> dict:
    return json.loads(DATA.search(page).group(1))


def test_the_command_writes_the_form_named_after_the_project(runner, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "osallisuus.yaml").write_text(
        "format: osallisuus/project/v1\nname: Nuorten ääni\ncode: S30123\norganisation: Jyväskylän kaupunki\n"
        "phase: toteutus\nlang: sv\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["form"])
    assert result.exit_code == 0, result.output
    page = tmp_path / "blankett-nuorten-aani.html"  # the project file says Swedish
    assert page.is_file()
    size = (page.stat().st_size + 1023) // 1024
    assert result.output.strip() == t("form.written", "sv", file=page.name, size=size)
    data = page_data(page.read_text(encoding="utf-8"))
    assert data["project"] == {
        "name": "Nuorten ääni",
        "code": "S30123",
        "organisation": "Jyväskylän kaupunki",
        "phase": "toteutus",
    }
    assert data["lang"] == "sv"


@pytest.mark.parametrize(("lang", "name"), [("fi", "lomake"), ("sv", "blankett"), ("en", "form")])
def test_without_a_project_the_form_is_named_after_the_question_set(
    runner, tmp_path: Path, monkeypatch, lang: str, name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["form", "--lang", lang])
    assert result.exit_code == 0, result.output
    assert (tmp_path / f"{name}-thl-osallisuus-24.html").is_file()


def test_bad_usage_is_one_line(runner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["form", "--lang", "de", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2
    assert not (tmp_path / "x.html").exists()
    folder = tmp_path / "kansio"
    folder.mkdir()
    result = runner.invoke(app, ["form", "-o", str(folder)])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1


def test_the_policy_pins_every_script_and_the_stylesheet(qs: QuestionSet) -> None:
    page = form_mod.render_form(qs, lang="fi")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    scripts = SCRIPT.findall(page)
    assert len(scripts) == len(form_mod.SCRIPTS) == 4  # js-yaml, the core, the drafts and the page
    assert policy.startswith("default-src 'none'; ")
    assert f"script-src {' '.join(digest(s) for s in scripts)};" in policy
    assert f"style-src {digest(STYLE.search(page).group(1))};" in policy
    assert "unsafe" not in policy
    assert " on" not in re.sub(r"<script.*?</script>|<style>.*?</style>", "", page, flags=re.S).lower().replace(
        " only", ""
    )  # no inline event handler attribute anywhere in the markup


def test_same_inputs_same_bytes_and_the_thl_form_is_small(qs: QuestionSet) -> None:
    first = form_mod.render_form(qs, lang="fi", project={"name": "Hanke"})
    assert first == form_mod.render_form(qs, lang="fi", project={"name": "Hanke"})
    assert len(first.encode()) <= 300 * 1024
    assert form_mod.JS_YAML_VERSION in (REPO / "templates" / "form" / "vendor" / "README.md").read_text()
    assert (REPO / "templates" / "form" / "vendor" / "js-yaml.LICENSE").read_text().startswith("(The MIT License)")


def test_the_scripts_never_evaluate_text() -> None:
    for name in form_mod.SCRIPTS:
        text = (REPO / "templates" / "form" / name).read_text(encoding="utf-8")
        assert "eval(" not in text
        assert "new Function" not in text
        assert "Function(" not in text
        assert "innerHTML" not in text
        assert "insertAdjacentHTML" not in text
        assert "document.write" not in text


def test_no_text_from_a_question_set_can_close_the_data_block(qs: QuestionSet) -> None:
    hostile = "</script><script>window.__pwned=1</script><!-- & \u2028"
    qs = copy.deepcopy(qs)  # the loaded set is shared by the whole test run
    qs.questions[0].text["fi"] = hostile
    page = form_mod.render_form(qs, lang="fi", project={"name": hostile})
    block = DATA.search(page).group(1)
    assert "<" not in block
    data = json.loads(block)
    assert data["project"]["name"] == hostile
    assert data["set"]["domains"][0]["sections"][0]["questions"][0]["text"]["fi"] == hostile
    assert page.count("<script") == len(form_mod.SCRIPTS) + 1  # and the data block


def test_project_details_are_cut_to_what_an_answers_file_accepts() -> None:
    settings = {"name": "  Nuorten\n ääni ", "code": "x" * 400, "phase": "valmis", "region": ""}
    assert form_mod.project_defaults(settings) == {"name": "Nuorten ääni", "code": "x" * 300}


def test_the_page_carries_every_text_in_every_language(qs: QuestionSet) -> None:
    data = form_mod.form_data(qs, lang="fi", project={}, version="0")
    assert set(data["ui"]) == {"fi", "sv", "en"}
    assert data["ui"]["sv"]["form.save"] == t("form.save", "sv")
    assert data["ui"]["en"]["assess.counter"] == "Question {number} of {total}"
    assert data["questionIds"] == [q.id for q in qs.questions]
    assert data["format"] == "osallisuus/answers/v1"


def test_an_existing_file_is_replaced_only_with_force(runner, tmp_path: Path) -> None:
    target = tmp_path / "lomake.html"
    target.write_bytes(b"someone else's page\r\n")
    refused = runner.invoke(app, ["form", "-o", str(target)])
    assert refused.exit_code == 2
    assert refused.output == error_line(f"{target}: {t('common.exists')}")
    assert target.read_bytes() == b"someone else's page\r\n"
    assert runner.invoke(app, ["form", "-o", str(target), "--force"]).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
