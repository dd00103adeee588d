"""The built wheel carries the question sets and templates: install it into a fresh venv and use it elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import REPO

# building and installing a wheel takes a minute on a quiet machine; the subprocess bounds below stop a real hang
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel (not the source tree) installed; returns its bin folder."""
    work = tmp_path_factory.mktemp("wheel")
    dist = work / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(REPO)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheels = list(dist.glob("osallisuus-*.whl"))
    assert len(wheels) == 1
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bin_dir = env_dir / "bin"
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheels[0])],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return bin_dir


def _run(bin_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OSALLISUUS_")}
    env["NO_COLOR"] = "1"
    return subprocess.run(
        [str(bin_dir / "osallisuus"), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )


def test_installed_command_finds_the_builtin_question_set(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = _run(installed, "questions", "list", "--json", cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert '"id": "thl-osallisuus-24"' in result.stdout
    assert result.stdout.count('"number":') == 24


def test_question_set_and_templates_are_inside_the_installed_package(installed: Path, tmp_path: Path) -> None:
    probe = (
        "import json, pathlib, osallisuus_cli\n"
        "root = pathlib.Path(osallisuus_cli.__file__).parent\n"
        "print(root)\n"
        "print(json.dumps(sorted(p.name for p in (root / 'questions').iterdir())))\n"
        "print(json.dumps(sorted(p.name for p in (root / 'templates').iterdir())))\n"
    )
    result = subprocess.run(
        [str(installed / "python"), "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    root, questions, templates = result.stdout.splitlines()
    assert "site-packages" in root, "the wheel, not the source tree, must be imported"
    assert "thl-osallisuus-24.yaml" in json.loads(questions)
    assert any(name.endswith(".j2") for name in json.loads(templates))


def test_installed_version_matches_the_source(installed: Path, tmp_path: Path) -> None:
    from osallisuus_cli import __version__

    result = _run(installed, "--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"osallisuus {__version__}"
