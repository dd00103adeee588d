"""The file rules, each stated once: many files written together are all in place or none is (no new file is
left behind when one fails); a folder is inside itself; the byte limit counts what is read, even from a file whose
size the system reports as 0, and says "more than" when more came than the file claimed."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from osallisuus_cli.errors import DataError
from osallisuus_cli.files import fsutil, readfile


def test_writing_many_files_leaves_none_new_when_one_fails(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "eka.md", tmp_path / "b" / "toka.md"
    kept = tmp_path / "a" / "vanha.md"
    kept.parent.mkdir()
    kept.write_text("vanha", encoding="utf-8")
    second.mkdir(parents=True)  # a folder where the second file should go: that move fails
    with pytest.raises(DataError) as caught:
        fsutil.atomic_write_many([(first, "uusi"), (kept, "korvattu?"), (second, "uusi")])
    assert caught.value.key == "common.write_failed"
    assert not first.exists(), "a file the failed call created is removed again"
    assert sorted(p.name for p in first.parent.iterdir()) == ["vanha.md"]
    assert second.is_dir()


def test_a_folder_is_inside_itself(tmp_path: Path) -> None:
    assert fsutil.inside(tmp_path, ".") == tmp_path.resolve()
    assert fsutil.inside(tmp_path, "a/..") == tmp_path.resolve()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc reports its files' size as 0")
def test_a_file_that_claims_no_size_is_read_whole() -> None:
    """The limit counts the bytes read, never the size the file system claims: /proc's files claim 0."""
    path = Path("/proc/self/status")
    assert path.stat().st_size == 0
    data = readfile.read_regular(path, max_bytes=1_000_000)
    assert b"Name:" in data
    assert data.rstrip().count(b"\n") > 5


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc reports its files' size as 0")
def test_a_file_that_grew_past_the_limit_is_said_to_be_more_than_it(tmp_path: Path) -> None:
    path = Path("/proc/self/status")
    with pytest.raises(DataError) as caught:
        readfile.read_regular(path, max_bytes=20)
    assert caught.value.key == "common.too_large"
    assert str(caught.value.params["size"]).startswith("> ")
    # reading stopped one byte past the limit: what is read is bounded, not the whole of whatever comes
    assert caught.value.params["size"] == "> " + readfile.megabytes(21, 20)[0]


def test_a_name_cut_to_length_does_not_end_in_a_hyphen() -> None:
    assert fsutil.slugify("x" * 59 + " Jyväskylä", max_length=60) == "x" * 59
    assert fsutil.slugify("Kylä " * 30).endswith("kyla")


def test_a_file_one_may_not_read_is_said_to_be_so_in_the_users_words(tmp_path: Path) -> None:
    """Root may read anything, so the system's refusal is given as it comes: both of its spellings name the file."""
    path = tmp_path / "aino.yaml"
    path.write_text("x", encoding="utf-8")
    for number in (errno.EACCES, errno.EPERM):
        error = readfile.os_error(PermissionError(number, os.strerror(number)), str(path))
        assert error.key == "safety.permission_denied"
        assert error.file == str(path)
