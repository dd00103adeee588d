"""The built wheel carries the question sets and templates: install it into a fresh venv and use it elsewhere."""

from __future__ import annotations

import ast
import importlib.metadata
import json
import os
import re
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

# building a wheel and installing it takes seconds; the subprocess bounds below stop a real hang
pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from the source tree, as a release is built."""
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(REPO)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    (built,) = dist.glob("osallisuus-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel (not the source tree) installed; returns its bin folder.

    The libraries the wheel needs are lent from the environment running the tests (a path line, which Python reads
    after the new environment's own packages): downloading them again would take most of a minute and test the
    package index, not the wheel. That the wheel declares every library it imports is its own test below.
    """
    env_dir = tmp_path_factory.mktemp("wheel") / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    bin_dir = env_dir / "bin"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(bin_dir / "python"),
            "install",
            "--quiet",
            "--no-deps",
            "--disable-pip-version-check",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    (site,) = env_dir.glob("lib/python*/site-packages")
    (site / "lent-libraries.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return bin_dir


def _imported_libraries() -> set[str]:
    """The top-level modules the package imports when it runs (not those named only for the type checker)."""
    found: set[str] = set()
    for path in (REPO / "osallisuus_cli").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                node.body = []  # ast.walk has not entered it yet
            elif isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"osallisuus_cli"}


def test_the_wheel_declares_every_library_it_imports(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (metadata,) = [name for name in archive.namelist() if name.endswith(".dist-info/METADATA")]
        lines = archive.read(metadata).decode("utf-8").splitlines()
    declared = {
        re.split(r"[\s;<>=!~\[(]", line.removeprefix("Requires-Dist:").strip())[0].lower().replace("_", "-")
        for line in lines
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    }
    providers = importlib.metadata.packages_distributions()
    needed = {
        module: {name.lower().replace("_", "-") for name in providers.get(module, [module])}
        for module in _imported_libraries()
    }
    undeclared = {module: names for module, names in needed.items() if not names & declared}
    assert undeclared == {}
    assert {"typer", "jinja2", "pydantic", "openpyxl"} <= {name for names in needed.values() for name in names}


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
