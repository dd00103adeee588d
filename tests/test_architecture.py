"""The layers of the package, checked on every import statement (module level and inside functions).

    files, templating < questionsets < model < answering, teamwork < groupwork, importing, reports < portfolio
        < pipeline < cli
    (errors and i18n are shared by all; main and __main__ are the entry points)

``ALLOWED`` below is the exact rule: ``groupwork`` combines answering with team work; ``importing`` (survey exports
into answers files) uses team work's pool and export columns but not answering; ``reports`` reads team work's merged
data, not answering's sessions nor the import; ``portfolio`` builds many projects side by side on the report's
parts; ``pipeline`` composes team work and reports into what a command does
from start to end, so the CLI only parses options and makes one call.

A package may import the packages to its left, never those to its right; only ``cli`` may import a CLI toolkit.
A second test imports every core module in a fresh interpreter and looks at what actually got loaded, so that a
toolkit brought in indirectly (through a third-party library) is caught too.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "osallisuus_cli"
SHARED = {"errors", "i18n", "__version__"}
# What each package may import from the project, besides the shared modules and itself.
ALLOWED: dict[str, set[str]] = {
    "files": set(),
    "templating": set(),
    "questionsets": {"files"},
    "model": {"files", "questionsets"},
    "answering": {"files", "model", "questionsets"},
    "teamwork": {"files", "model", "questionsets"},
    "groupwork": {"files", "model", "questionsets", "answering", "teamwork"},
    "importing": {"files", "model", "questionsets", "teamwork"},
    "reports": {"files", "model", "questionsets", "teamwork", "templating"},
    "portfolio": {"files", "model", "questionsets", "teamwork", "templating", "reports"},
    "pipeline": {"files", "model", "questionsets", "teamwork", "templating", "reports", "portfolio"},
    "cli": {
        *("files", "questionsets", "model", "answering", "teamwork", "groupwork", "importing", "templating"),
        *("reports", "portfolio", "pipeline"),
    },
    "errors": set(),
    "i18n": set(),
}
CLI_TOOLKITS = ("typer", "click", "questionary", "prompt_toolkit", "rich")
CORE_PACKAGES = (
    *("files", "templating", "questionsets", "model", "answering", "teamwork", "groupwork", "importing"),
    *("reports", "portfolio", "pipeline"),
)


def project_imports(path: Path) -> set[tuple[str, int]]:
    """(top-level package under osallisuus_cli, line) for every import of the project in ``path``."""
    found: set[tuple[str, int]] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".")
            if parts[0] != "osallisuus_cli":
                continue
            if len(parts) > 1:
                found.add((parts[1], node.lineno))
            else:  # from osallisuus_cli import x, y
                found.update((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "osallisuus_cli" and len(parts) > 1:
                    found.add((parts[1], node.lineno))
    return found


def third_party_imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
    return names


def layer_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def modules_of(package: str) -> list[Path]:
    return sorted((PACKAGE / package).rglob("*.py"))


def test_every_module_lives_in_a_package_that_says_what_it_does() -> None:
    loose = sorted(p.name for p in PACKAGE.glob("*.py") if p.stem not in {"__init__", "__main__", "main", "errors"})
    assert loose == [], "put new modules into one of the packages (files, model, … reports, cli): see ALLOWED"
    for package in ALLOWED:
        if (PACKAGE / package).is_dir():
            init = PACKAGE / package / "__init__.py"
            assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), f"{init} says what lives there"


@pytest.mark.parametrize("package", (*CORE_PACKAGES, "cli"))
def test_a_package_docstring_names_every_module_in_it(package: str) -> None:
    """A newcomer reads one paragraph per package to find her way: a module it does not name is a module lost."""
    docstring = ast.get_docstring(ast.parse((PACKAGE / package / "__init__.py").read_text(encoding="utf-8"))) or ""
    named = set(re.findall(r"``([a-z_]+)``", docstring))
    modules = {path.stem for path in (PACKAGE / package).glob("*.py") if path.stem != "__init__"}
    modules |= {path.name for path in (PACKAGE / package).iterdir() if (path / "__init__.py").is_file()}
    assert sorted(modules - named) == []


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_a_package_imports_only_the_layers_below_it(package: str) -> None:
    paths = modules_of(package) if (PACKAGE / package).is_dir() else [PACKAGE / f"{package}.py"]
    assert paths, f"{package} has modules"
    wrong = [
        f"{path.relative_to(REPO)}:{line} imports osallisuus_cli.{target}"
        for path in paths
        for target, line in sorted(project_imports(path))
        if target not in SHARED | ALLOWED[package] | {package}
    ]
    assert wrong == []


@pytest.mark.parametrize("package", CORE_PACKAGES)
def test_no_core_package_names_a_cli_toolkit(package: str) -> None:
    wrong = {
        str(path.relative_to(REPO)): sorted(third_party_imports(path) & set(CLI_TOOLKITS))
        for path in modules_of(package)
    }
    assert {name: kits for name, kits in wrong.items() if kits} == {}


def test_the_core_packages_bring_in_no_cli_toolkit_when_imported() -> None:
    """Each core module imported in turn in one fresh interpreter: which toolkit did any of them bring in?"""
    names = [
        ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        for package in CORE_PACKAGES
        for path in modules_of(package)
    ]
    assert len(names) > 25, "the core modules are found on disk"
    probe = (
        "import importlib, json, sys\n"
        f"toolkits = {CLI_TOOLKITS!r}\n"
        "brought = {}\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "    brought[name] = [t for t in toolkits if t in sys.modules]\n"
        "    if brought[name]: break\n"
        "print(json.dumps(brought))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    culprits = {name: kits for name, kits in json.loads(result.stdout).items() if kits}
    assert culprits == {}


def test_the_layer_check_catches_a_forbidden_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("def f():\n    from osallisuus_cli.cli.settings import load_settings\n", encoding="utf-8")
    assert project_imports(module) == {("cli", 2)}
    assert "cli" not in ALLOWED["reports"]


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")


def module_graph() -> tuple[dict[str, set[str]], list[str]]:
    """Which project module imports which (every import statement: module level, in functions, for the type checker
    only), and every private name (``_name``) imported from another module, as ``module:line name``."""
    paths = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
    graph: dict[str, set[str]] = {name: set() for name in paths}
    private: list[str] = []
    for name, path in paths.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("osallisuus_cli"):
                for alias in node.names:
                    submodule = f"{node.module}.{alias.name}"
                    graph[name].add(submodule if submodule in paths else node.module)
                    if alias.name.startswith("_") and not alias.name.startswith("__") and submodule not in paths:
                        private.append(f"{name}:{node.lineno} {alias.name}")
            elif isinstance(node, ast.Import):
                graph[name].update(alias.name for alias in node.names if alias.name in paths)
        graph[name].discard(name)
        # a package's __init__ is imported with each of its modules: importing it is no arrow back
        graph[name] = {target for target in graph[name] if target in paths and not name.startswith(target + ".")}
    return graph, private


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round a circle (Tarjan's strongly connected
    components, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph.get(target, ())))))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_modules_import_each_other() -> None:
    """A circle of imports, even one closed inside a function or only for the type checker, means two modules are
    one module split in two: what both need belongs in a third, below them."""
    graph, _ = module_graph()
    assert len(graph) > 90, "the modules are found"
    assert cycles(graph) == []


def test_no_private_name_is_imported_from_another_module() -> None:
    """A name with a leading underscore is its module's own; another module that needs it needs a public name."""
    _, private = module_graph()
    assert private == []


def test_the_cycle_check_finds_a_circle_of_three() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"d"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


MAX_FUNCTION_LINES = 60


def long_functions(path: Path, limit: int = MAX_FUNCTION_LINES) -> list[str]:
    """``file:line name (n lines)`` of every function or method in ``path`` longer than ``limit`` lines, counted from
    its first decorator (else its ``def``) to its last line, docstring and option declarations included."""
    name = path.relative_to(REPO) if path.is_relative_to(REPO) else path.name
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            first = min([node.lineno, *(decorator.lineno for decorator in node.decorator_list)])
            length = (node.end_lineno or node.lineno) - first + 1
            if length > limit:
                found.append(f"{name}:{node.lineno} {node.name} ({length} lines)")
    return found


def test_no_function_is_over_sixty_lines() -> None:
    """A function a reader cannot see whole does several things: split it by what its parts do (the checks of its
    options, one core call, what it prints), with names that say so. Every function and method of the package
    counts, a command's option declarations too (an option several commands take is declared once, in
    ``cli/commands/_common.py``). The i18n catalogues are data, module-level dictionaries of messages, and are not
    measured: their length is the number of messages."""
    wrong = [found for path in sorted(PACKAGE.rglob("*.py")) for found in long_functions(path)]
    assert wrong == []


MAX_MODULE_LINES = 420  # "about 400": a little room, so that a fix is not blocked by a docstring's line


def test_no_module_is_much_over_four_hundred_lines() -> None:
    """A module over about 400 lines holds more than one idea: split it by meaning, each new module named in its
    package's docstring. The i18n catalogues are data (their length is the number of messages) and are not measured."""
    code = [path for path in sorted(PACKAGE.rglob("*.py")) if layer_of(path) != "i18n" or path.stem == "__init__"]
    assert len(code) > 90, "the modules are found"
    lines = {str(path.relative_to(REPO)): len(path.read_text(encoding="utf-8").splitlines()) for path in code}
    assert {name: count for name, count in lines.items() if count > MAX_MODULE_LINES} == {}


def test_the_length_check_finds_a_long_method_and_counts_its_decorator(tmp_path: Path) -> None:
    module = tmp_path / "long.py"
    body = "".join(f"        x = {n}\n" for n in range(57))
    # g: decorator, def, 57 lines, return = 60 lines; f: the same with a second decorator = 61 lines
    module.write_text(
        f"class A:\n    @staticmethod\n    def g():\n{body}        return x\n\n"
        f"    @staticmethod\n    @other\n    def f():\n{body}        return x\n",
        encoding="utf-8",
    )
    assert long_functions(module) == ["long.py:65 f (61 lines)"]
