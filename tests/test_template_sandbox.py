"""User templates (``report --templates DIR``) run sandboxed and read only regular files inside their folder."""

from __future__ import annotations

import os
import sys
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


# --- bounds: every one-line template that asks for too much time, memory or output gets a clear message ----------

TOO_LARGE = [
    "{{ 'x' * 10**10 }}",
    "{{ ([1] * 10**9)|length }}",
    "{{ 'x'|center(10**10) }}",
    "{{ 'x'.center(10**10) }}",
    "{{ ('x' * 1000)|indent(10**9) }}",
    "{{ ('\\n' * 100000)|indent(1000) }}",
    "{{ '{:>1000000000}'.format(1) }}",
    "{{ '{:{}}'.format(1, 10**9) }}",
    "{{ '%1000000000d' % 1 }}",
    "{{ '%*d' % (10**9, 1) }}",
    "{{ '%.1000000000f'|format(1) }}",
    "{{ range(100000)|join('x' * 100000) }}",
    "{{ ('y' * 100000).join(range(100000)) }}",
    "{{ ('a' * 100000)|replace('a', 'b' * 100000) }}",
    "{{ ('\\t' * 100000).expandtabs(100000) }}",
    "{{ lipsum(10**6) }}",
    "{{ lipsum(1, max=10**9) }}",
    "{{ 9 ** 1000000000 }}",
    "{{ range(100000)|map('string')|join('x' * 100000) }}",
    "{% set ns = namespace(s='x' * 1000) %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
    "{% set ns = namespace(s='x' * 1000) %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}{% endfor %}",
    "{% set ns = namespace(n=10**100) %}{% for i in range(40) %}{% set ns.n = ns.n * ns.n %}{% endfor %}",
    "{% set ns = namespace(l=[1]) %}{% for i in range(60) %}{% set ns.l = [ns.l, ns.l] %}{% endfor %}{{ ns.l }}",
    "{% set ns = namespace(l=[1]) %}{% for i in range(60) %}{% set ns.l = [ns.l, ns.l] %}{% endfor %}{{ ns.l|pprint }}",
    "{{ ([[1] * 100000] * 100000)|sum(start=[]) }}",
    "{{ ([1] * 1000)|batch(10**9, 0)|list }}",
    "{{ range(100000)|map('center', 1000000)|list|length }}",
    "{{ range(100000)|map('string')|map('center', 100000)|join }}",
    "{{ (range(100000)|map('center', 100000)|list)[0] }}",
]


def own_template(tmp_path: Path, body: str) -> Path:
    own = tmp_path / "omat"
    own.mkdir(exist_ok=True)
    (own / "report.md.j2").write_text("alku\n" + body + "\n", encoding="utf-8")
    return own


@pytest.mark.parametrize("body", TOO_LARGE)
def test_a_template_asking_for_a_huge_value_is_refused_before_it_is_made(
    runner, answers_dir: Path, tmp_path: Path, body: str
) -> None:
    out = tmp_path / "raportti.md"
    result = report(runner, answers_dir, own_template(tmp_path, body), "-o", str(out))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    from osallisuus_cli.templating.bounds import MAX_INT_BITS, MAX_LENGTH

    said = {t("safety.template_too_large", "en", line=2, limit=limit) for limit in (MAX_LENGTH, MAX_INT_BITS)}
    assert any(result.stderr.rstrip("\n").endswith(message) for message in said), result.stderr
    assert not out.exists(), "nothing written"


def test_values_within_the_bounds_still_work(runner, answers_dir: Path, tmp_path: Path) -> None:
    body = (
        "{{ ('ab' * 3)|center(10)|length }}|{{ '{:_>5}'.format(7) }}|{{ '%05.1f' % 2.25 }}|{{ '%3d'|format(4) }}|"
        "{{ range(3)|join(', ') }}|{{ 2 ** 10 }}|{{ 'x'|indent(2, first=True)|length }}|{{ ([1, 2] + [3])|sum }}|"
        "{{ 'a' ~ 'b' }}|{{ lipsum(2, html=False)|length > 100 }}"
    )
    result = report(runner, answers_dir, own_template(tmp_path, body))
    assert result.exit_code == 0, result.output
    assert result.stdout == "alku\n10|\\_\\_\\_\\_7|002.2|  4|0, 1, 2|1024|3|6|ab|True\n"


SLOW = [
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{% for i in range(100000) %}{% for j in range(100000) %}{{ lipsum(1) }}{% endfor %}{% endfor %}",
]


@pytest.mark.parametrize("body", SLOW)
def test_a_template_that_runs_too_long_is_stopped_at_the_deadline(
    runner, answers_dir: Path, tmp_path: Path, body: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from osallisuus_cli.templating import run as template_run

    monkeypatch.setattr(template_run, "SECONDS", 2.0)
    out = tmp_path / "raportti.md"
    result = report(runner, answers_dir, own_template(tmp_path, body), "-o", str(out))
    assert result.exit_code == 2, result.output
    said = t("safety.template_timeout", "en", name="report.md.j2", seconds=2)
    assert result.stderr.rstrip("\n").endswith(said), result.stderr
    assert not out.exists()


def test_a_template_writing_too_much_is_stopped(
    runner, answers_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from osallisuus_cli.reports import report_render

    body = "{% for i in range(100000) %}{% for j in range(100000) %}{{ 'x' * 1000 }}{% endfor %}{% endfor %}"
    out = tmp_path / "raportti.md"
    result = report(runner, answers_dir, own_template(tmp_path, body), "-o", str(out))
    assert result.exit_code == 2, result.output
    limit = report_render.MAX_OUTPUT // 1_000_000
    assert result.stderr.rstrip("\n").endswith(t("safety.template_output", "en", name="report.md.j2", limit=limit))
    assert not out.exists()


@pytest.mark.skipif(sys.platform == "win32" or sys.platform == "darwin", reason="the system limits memory (RLIMIT_AS)")
def test_a_template_that_builds_up_too_much_memory_is_stopped(qs, make_team, tmp_path: Path) -> None:
    """Each value within the bounds, but a hundred of them together past the process's memory limit."""
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.reports.report_render import _render
    from osallisuus_cli.templating import run as template_run

    body = (
        "{% set ns = namespace(l=[]) %}"
        "{% for i in range(400) %}{% set ns.l = ns.l + [('x' * 999000) ~ i] %}{% endfor %}"
    )
    own = own_template(tmp_path, body)
    model = _report_model(qs, make_team)
    with pytest.raises(UsageError) as caught:
        template_run.run_bounded(_render, (model, "md", "report", str(own)), name="report.md.j2", memory=300 << 20)
    assert caught.value.key == "safety.template_memory"


def test_the_render_runs_in_a_spawned_process_and_gives_the_same_bytes(qs, make_team, tmp_path: Path) -> None:
    from osallisuus_cli.reports.report import render

    own = tmp_path / "omat"
    own.mkdir()
    (own / "report.md.j2").write_text('{% extends "builtin/report.md.j2" %}\n', encoding="utf-8")
    model = _report_model(qs, make_team)
    assert render(model, templates_dir=own) == render(model)


def _report_model(qs, make_team):
    from osallisuus_cli.reports.report import build_report

    how = {"q01": "Nuoret suunnittelivat kyläjuhlat"}
    return build_report(make_team([make_answers(qs, {"q01": 3, "q02": 2}, how=how)]), qs, "fi")
