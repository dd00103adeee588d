"""Atomic writes, safe file names and paths that stay inside their folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from osallisuus_cli.errors import DataError, UsageError
from osallisuus_cli.files.fsutil import atomic_write, inside, slugify


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Nuorten Ääni / Jyväskylä", "nuorten-aani-jyvaskyla"),
        ("../../etc/passwd", "etc-passwd"),
        ("Åbo Akademi", "abo-akademi"),
        ("   ", "vastaukset"),
        ("Café №5", "cafe-no5"),
        ("x" * 200, "x" * 60),
        ("Søren Ørsted", "soren-orsted"),
        ("Ærø Straße", "aero-strasse"),
        ("CON", "con-1"),
        ("lpt1", "lpt1-1"),
    ],
)
def test_slugify_gives_safe_portable_names(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_inside_refuses_paths_that_leave_the_folder(tmp_path: Path) -> None:
    assert inside(tmp_path, "a.yaml") == (tmp_path / "a.yaml").resolve()
    for bad in ("../a.yaml", "/etc/passwd", "sub/../../a.yaml"):
        with pytest.raises(UsageError):
            inside(tmp_path, bad)


def test_inside_refuses_symlinks_out_of_the_folder(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "link").symlink_to(tmp_path / "out")
    with pytest.raises(UsageError):
        inside(tmp_path / "in", "link/a.yaml")


def test_atomic_write_replaces_and_leaves_no_temp_files(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    atomic_write(path, "one\n")
    atomic_write(path, "two\n")
    assert path.read_text() == "two\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]


def test_a_name_as_long_as_the_file_system_allows_can_be_written(tmp_path: Path) -> None:
    path = tmp_path / ("ä" * 120 + ".yaml")  # 245 bytes: fits, but not with a temporary prefix and suffix around it
    atomic_write(path, "x\n")
    assert path.read_text() == "x\n"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_private_files_are_readable_by_the_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    atomic_write(path, "x", private=True)
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_failed_write_keeps_the_old_file_and_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.yaml"
    atomic_write(path, "old\n")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(DataError) as info:
        atomic_write(path, "new\n")
    assert info.value.key == "common.write_failed"
    assert path.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]


def test_an_interrupted_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.yaml"
    atomic_write(path, "old\n")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(path, "new\n")
    assert path.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]
