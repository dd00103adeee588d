"""User templates (``report --templates DIR``) run sandboxed and read only regular files inside their folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers
from tests.conftest import make_answers

ESCAPES = [
    '{{ lipsum.__globals__["os"].popen("echo PWNED").read() }}',
    "{{ cycler.__init__.__globals__.os.popen('echo PWNED').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ report.__class__.__init__.__globals__ }}",
    "{% set x = report.domains %}{{ x.append(1) }}",
    "{{ t.__globals__ }}",
]


@pytest.fixture
def answers_dir(tmp_path: Path, qs) -> Path:
    folder = tmp_path / "answers"
    folder.mkdir()
    answers.save_answers(folder / "aino.yaml", make_answers(qs, {"q01": 3}), qs)
    return folder


def report(runner: CliRunner, answers_dir: Path, own: Path, *extra: str):
    return runner.invoke(app, ["report", "--lang", "en", str(answers_dir), "--templates", str(own), *extra])


@pytest.mark.parametrize("body", ESCAPES)
def test_a_template_cannot_reach_python_internals(runner, answers_dir: Path, tmp_path: Path, body: str) -> None:
    own = tmp_path / "omat"
    own.mkdir()
    (own / "report.md.j2").write_text("alku\n" + body + "\n", encoding="utf-8")
    result = report(runner, answers_dir, own)
    assert result.exit_code == 2, result.output
    assert "PWNED" not in result.output
    assert "Traceback" not in result.output
    refused = t("safety.template_unsafe", "en", line=2)
    assert [line for line in result.stderr.splitlines() if refused in line], "the refusal, named in one line"
    assert result.stderr.rstrip("\n").endswith(refused), "it is the last word: nothing is written after it"


def test_the_sandbox_still_renders_an_ordinary_template(runner, answers_dir: Path, tmp_path: Path) -> None:
    own = tmp_path / "omat"
    own.mkdir()
    (own / "report.md.j2").write_text(
        "{{ t('report.respondents') }}: {{ report.respondents }}\n"
        "{% for d in report.domains %}{{ d.id }} {% endfor %}\n",
        encoding="utf-8",
    )
    result = report(runner, answers_dir, own)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(t("report.respondents", "en") + ": 1")


def test_a_symlink_out_of_the_template_folder_is_refused(runner, answers_dir: Path, tmp_path: Path) -> None:
    secret = tmp_path / "salainen.txt"
    secret.write_text("SALAISUUS\n", encoding="utf-8")
    own = tmp_path / "omat"
    own.mkdir()
    (own / "report.md.j2").symlink_to(secret)
    result = report(runner, answers_dir, own)
    assert result.exit_code == 2
    assert "SALAISUUS" not in result.output
    assert t("safety.template_outside", "en", name="report.md.j2", folder=str(own.resolve())) in result.stderr
    # an include through a link out is refused the same way
    (own / "report.md.j2").unlink()
    (own / "osa.md.j2").symlink_to(secret)
    (own / "report.md.j2").write_text('{% include "osa.md.j2" %}\n', encoding="utf-8")
    result = report(runner, answers_dir, own)
    assert result.exit_code == 2
    assert "SALAISUUS" not in result.output


def test_a_symlink_inside_the_template_folder_is_fine(runner, answers_dir: Path, tmp_path: Path) -> None:
    own = tmp_path / "omat"
    (own / "osat").mkdir(parents=True)
    (own / "osat" / "oma.md.j2").write_text("OMA {{ report.respondents }}\n", encoding="utf-8")
    (own / "report.md.j2").symlink_to(own / "osat" / "oma.md.j2")
    result = report(runner, answers_dir, own)
    assert result.exit_code == 0, result.output
    assert result.stdout == "OMA 1\n"


@pytest.mark.timeout(30)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_as_a_template_does_not_hang(runner, answers_dir: Path, tmp_path: Path) -> None:
    own = tmp_path / "omat"
    own.mkdir()
    os.mkfifo(own / "report.md.j2")
    result = report(runner, answers_dir, own)
    assert result.exit_code != 0
    assert t("safety.not_regular_file", "en") in result.stderr
