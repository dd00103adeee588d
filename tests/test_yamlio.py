"""Strict, safe YAML: what the loader refuses and how it says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from osallisuus_cli.errors import DataError
from osallisuus_cli.files import yamlemit, yamlio


def refusal(text: str) -> DataError:
    with pytest.raises(DataError) as info:
        yamlio.parse(text, file="x.yaml", what="answers")
    return info.value


def test_plain_mappings_lists_and_timestamps_load() -> None:
    data = yamlio.parse("a: 1\nb: [x, y]\nc: 2026-11-27T10:00:00+02:00\n", file="x.yaml", what="answers")
    assert data["a"] == 1
    assert data["b"] == ["x", "y"]
    assert data["c"].isoformat() == "2026-11-27T10:00:00+02:00"


def test_duplicate_keys_are_refused_with_both_lines() -> None:
    error = refusal("a: 1\nb: 2\na: 3\n")
    assert error.line == 3
    assert error.lines("en") == ["x.yaml:3: key 'a' appears twice (also on line 1) — remove one of them"]


def test_billion_laughs_is_refused_before_it_expands() -> None:
    bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        bomb += f"{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
    assert refusal(bomb).key == "common.yaml_alias"


def test_python_object_tags_are_refused() -> None:
    error = refusal("a: !!python/object/apply:os.system ['echo hacked']\n")
    assert error.key in ("common.yaml_tag", "common.yaml_syntax")
    assert error.line == 1


def test_custom_tags_are_refused() -> None:
    assert refusal("a: !secret value\n").key == "common.yaml_tag"


def test_deep_nesting_is_refused() -> None:
    assert refusal("a: " + "[" * 200 + "]" * 200 + "\n").key == "common.yaml_too_deep"


@pytest.mark.parametrize("text", ["? [a, b]\n: 1\n", "{[a]: 1}\n", "a: 1\n? {b: 1}\n: 2\n"])
def test_a_list_or_mapping_as_a_key_is_refused_in_the_users_language(text: str) -> None:
    error = refusal(text)
    assert error.key == "common.yaml_complex_key"
    assert error.line == text.count("\n", 0, text.index("[" if "[" in text else "{")) + 1
    assert "constructing" not in error.lines("fi")[0]


def test_syntax_errors_name_the_line() -> None:
    error = refusal("a: 1\nb: [unclosed\nc: 3\n")
    assert error.key == "common.yaml_syntax"
    assert error.line is not None
    assert error.line >= 2


def test_empty_document_and_several_documents_are_refused() -> None:
    assert refusal("").key == "common.empty_file"
    assert refusal("# only a comment\n").key == "common.empty_file"
    assert refusal("a: 1\n---\nb: 2\n").key == "common.yaml_multiple_documents"


def test_read_text_accepts_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "notepad.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: \xc3\xa4\r\nb: 2\r\n")
    assert yamlio.parse(yamlio.read_text(path), file=str(path), what="answers") == {"a": "ä", "b": 2}


def test_read_text_refuses_latin1_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("a: 1\nb: Jyväskylä\n".encode("latin-1"))
    with pytest.raises(DataError) as info:
        yamlio.read_text(path)
    assert info.value.key == "common.not_utf8"
    assert info.value.line == 2


def test_read_text_refuses_huge_files_before_reading_them(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(yamlio.MAX_BYTES + 1)
    with pytest.raises(DataError) as info:
        yamlio.read_text(path)
    assert info.value.key == "common.too_large"


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(DataError) as info:
        yamlio.read_text(tmp_path / "nope.yaml")
    assert info.value.key == "common.file_not_found"
    with pytest.raises(DataError) as info:
        yamlio.read_text(tmp_path)
    assert info.value.key == "common.is_directory"


def test_dump_keeps_order_letters_and_multiline_blocks() -> None:
    text = yamlemit.emit({"zeta": "Jyväskylä", "alpha": "rivi 1\nrivi 2\n", "n": 3})
    assert text.index("zeta") < text.index("alpha")
    assert "Jyväskylä" in text
    assert "alpha: |\n  rivi 1\n  rivi 2\n" in text
    assert yamlio.parse(text, file="x", what="x") == {"zeta": "Jyväskylä", "alpha": "rivi 1\nrivi 2\n", "n": 3}


def test_text_written_again_is_written_for_its_own_place() -> None:
    """Short text is remembered once written; a block depends on its depth, and forgetting changes nothing."""
    data = {"a": "rivi 1\nrivi 2", "b": {"c": "rivi 1\nrivi 2", "d": "sama: teksti"}, "e": "sama: teksti", "f": "true"}
    expected = (
        'a: |-\n  rivi 1\n  rivi 2\nb:\n  c: |-\n    rivi 1\n    rivi 2\n  d: "sama: teksti"\n'
        'e: "sama: teksti"\nf: "true"\n'
    )
    assert yamlemit.emit(data) == expected
    assert yamlemit.emit(data) == expected
    yamlemit.emit({f"avain {n}": f"arvo: {n}" for n in range(10_000)})  # more than is remembered
    assert yamlemit.emit(data) == expected


@pytest.mark.timeout(5)
def test_line_map_walks_an_alias_once() -> None:
    """line_map composes nodes without the parser's checks: an alias bomb must not explode there either."""
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for prev, name in zip("abcdefghijklmnop", "bcdefghijklmnopq", strict=True):
        bomb += f"{name}: &{name} [{', '.join([f'*{prev}'] * 10)}]\n"
    lines = yamlio.line_map(bomb)
    assert lines[("q",)] == 17
    assert lines[("b",)] == 2


def test_line_map_locates_nested_keys_and_items() -> None:
    lines = yamlio.line_map("a:\n  b:\n    - x\n    - y\nc: 1\n")
    assert lines[("a", "b")] == 2
    assert lines[("a", "b", 1)] == 4
    assert yamlio.nearest_line(lines, ("a", "b", 1, "missing")) == 4


def test_dump_writes_emoji_as_they_are() -> None:
    data = {"how": "Kiitos 🎉 kaikille", "next_step": "rivi 1\nrivi 2 🙂\n", "path": "C:\\Users\\U1"}
    text = yamlemit.emit(data)
    assert "🎉" in text
    assert "🙂" in text
    assert "\\U0001" not in text
    assert yamlio.parse(text, file="x", what="x") == data
