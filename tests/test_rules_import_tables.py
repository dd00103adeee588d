"""How a survey export becomes one table, rule by rule (docs/import.md, "What is read"): which file is which kind,
how a CSV's encoding and delimiter are found, how strictly its rows are read and where a problem is placed, what a
JSON export's records become, and how a workbook's archive is checked before anything in it is unpacked."""

from __future__ import annotations

import base64
import functools
import io
import json
import os
import random
import struct
import zipfile
from pathlib import Path

import pytest

from osallisuus_cli.errors import DataError, Key
from osallisuus_cli.importing.shape import MAX_COLUMNS, MAX_ROWS, column_letter
from osallisuus_cli.importing.tables import MAX_CSV_PROBLEMS, MAX_SOURCE_BYTES, read_table


def table(tmp_path: Path, data: bytes | str, name: str = "forms.csv", **options):
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return read_table(path, **options)


def refusal(tmp_path: Path, data: bytes | str, name: str = "forms.csv", **options) -> DataError:
    with pytest.raises(DataError) as refused:
        table(tmp_path, data, name, **options)
    return refused.value


# --- how a spreadsheet names a column ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("index", "letters"),
    [
        (0, "A"),
        (1, "B"),
        (25, "Z"),
        (26, "AA"),
        (27, "AB"),
        (51, "AZ"),
        (52, "BA"),
        (701, "ZZ"),
        (702, "AAA"),
        (16_383, "XFD"),
    ],
)
def test_columns_are_named_as_a_spreadsheet_names_them(index: int, letters: str) -> None:
    assert column_letter(index) == letters


# --- what a file is ----------------------------------------------------------------------------------------------


def test_a_folder_given_as_the_export_is_named_as_no_regular_file(tmp_path: Path) -> None:
    (tmp_path / "forms.csv").mkdir()
    with pytest.raises(DataError) as refused:
        read_table(tmp_path / "forms.csv")
    assert (refused.value.key, refused.value.file) == ("importing.err_not_regular", str(tmp_path / "forms.csv"))


@pytest.mark.parametrize("data", [b"", b"  \r\n\t\n"], ids=["empty", "blank"])
def test_a_file_of_nothing_or_only_blank_lines_is_an_empty_file(tmp_path: Path, data: bytes) -> None:
    problem = refusal(tmp_path, data)
    assert (problem.key, problem.file) == ("importing.err_empty_file", str(tmp_path / "forms.csv"))


def test_a_file_of_the_largest_size_is_read_and_one_byte_more_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    head, tail = b'[{"respondent": "r1"}', b"]"
    with path.open("wb") as handle:  # an export padded with spaces up to the limit
        handle.write(head + b" " * (MAX_SOURCE_BYTES - len(head) - len(tail)) + tail)
    assert read_table(path).rows == [["r1"]]
    with path.open("ab") as handle:
        handle.write(b" ")
    with pytest.raises(DataError) as refused:
        read_table(path)
    assert refused.value.key == "common.too_large"


def test_the_table_keeps_the_files_hash_and_its_modification_time_to_the_second(tmp_path: Path) -> None:
    import hashlib

    data = b"ID,Taso\n1,3\n"
    path = tmp_path / "forms.csv"
    path.write_bytes(data)
    os.utime(path, (1_764_000_000.75, 1_764_000_000.75))
    read = read_table(path)
    assert read.sha256 == hashlib.sha256(data).hexdigest()
    assert read.modified.timestamp() == 1_764_000_000
    assert read.modified.tzinfo is not None  # a time with its zone, as every time the import writes
    assert (read.file, read.kind) == (str(path), "csv")


def test_a_sheet_asked_of_a_csv_is_a_usage_mistake_named_as_such(tmp_path: Path) -> None:
    problem = refusal(tmp_path, "ID,Taso\n1,3\n", sheet="Vastaukset")
    assert (problem.key, problem.file) == ("importing.err_sheet_not_xlsx", str(tmp_path / "forms.csv"))


@pytest.mark.parametrize(
    ("streams", "key"),
    [
        (("EncryptionInfo", "EncryptedPackage"), "importing.err_encrypted"),
        (("EncryptionInfo",), "importing.err_encrypted"),
        (("EncryptedPackage",), "importing.err_encrypted"),
        (("Workbook",), "importing.err_xls"),
    ],
)
def test_a_compound_file_is_a_password_protected_workbook_when_either_stream_says_so(tmp_path, streams, key) -> None:
    body = b"".join(name.encode("utf-16-le") + bytes(64) for name in streams)
    problem = refusal(tmp_path, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + body, "forms.xlsx")
    assert (problem.key, problem.file) == (key, str(tmp_path / "forms.xlsx"))


@pytest.mark.parametrize(
    "head",
    [
        "format: osallisuus/answers/v1\n",
        "format: 'osallisuus/team/v1'\n",
        'format:\t"osallisuus/workshop/v1"\n',
        "# projektitiedosto\n\n   \n# katso docs/project-file.md\nformat: osallisuus/project/v1\n",
    ],
    ids=["plain", "single-quoted", "tab-double-quoted", "after-comments-and-blank-lines"],
)
def test_a_file_the_tool_wrote_itself_is_named_as_such(tmp_path: Path, head: str) -> None:
    problem = refusal(tmp_path, head + "name: Ääni\n", "tiedosto.yaml")
    assert (problem.key, problem.file) == ("importing.err_own_file", str(tmp_path / "tiedosto.yaml"))


@pytest.mark.parametrize(
    ("data", "name", "key"),
    [
        (b"PK\x05\x06" + bytes(18), "forms.xlsx", "importing.err_empty_zip"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "forms.pdf", "importing.err_pdf"),
    ],
    ids=["empty-zip", "pdf"],
)
def test_an_empty_archive_and_a_pdf_are_named_for_what_they_are(
    tmp_path: Path, data: bytes, name: str, key: str
) -> None:
    problem = refusal(tmp_path, data, name)
    assert (problem.key, problem.file) == (key, str(tmp_path / name))


def test_a_file_that_only_mentions_the_tools_format_further_down_is_read_as_csv(tmp_path: Path) -> None:
    read = table(tmp_path, "ID;Huom\n1;format: osallisuus/answers/v1\n")
    assert read.rows == [["1", "format: osallisuus/answers/v1"]]


# --- CSV: encodings ------------------------------------------------------------------------------------------------

CSV_TEXT = "ID;Kysymys, jossa pilkku;Huom\n1;3 – Toteutuu;Kylä-äänet ÅÄÖ\n"
ROWS = [["1", "3 – Toteutuu", "Kylä-äänet ÅÄÖ"]]


@pytest.mark.parametrize(
    "encoded",
    [
        CSV_TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + CSV_TEXT.encode("utf-8"),
        CSV_TEXT.encode("utf-16"),  # with its byte-order mark
        b"\xff\xfe" + CSV_TEXT.encode("utf-16-le"),
        b"\xfe\xff" + CSV_TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_utf8_and_utf16_with_a_byte_order_mark_give_the_same_table_without_a_note(tmp_path, encoded) -> None:
    read = table(tmp_path, encoded)
    assert (read.headers, read.rows, read.notes) == (["ID", "Kysymys, jossa pilkku", "Huom"], ROWS, [])


def test_windows_1252_is_read_and_said_out_loud(tmp_path: Path) -> None:
    read = table(tmp_path, CSV_TEXT.replace("–", "-").encode("cp1252"))
    assert read.rows == [["1", "3 - Toteutuu", "Kylä-äänet ÅÄÖ"]]
    assert [(note.key, note.file) for note in read.notes] == [("importing.note_cp1252", str(tmp_path / "forms.csv"))]


@pytest.mark.parametrize(
    "encoded",
    [
        b"\xff\xfe" + "ID;Taso\n".encode("utf-16-le") + b"\x00",  # UTF-16 cut in the middle of a letter
        b"\xff\xfe" + "ID;Taso\n".encode("utf-16-le") + b"\x00\xd8",  # half of a surrogate pair
        "ID;Taso\n1;3\n".encode("utf-16-le"),  # UTF-16 without a byte-order mark
        b"ID;Taso\n1;\x81\x8d\n",  # bytes that no letter of Windows-1252 is
        b"ID;Taso\n1;3\x00\n",  # a NUL in otherwise good UTF-8
        "ID;Taso\n1;3\x00\n".encode("utf-16"),  # a NUL in good UTF-16
    ],
    ids=["utf-16-cut", "utf-16-half-pair", "utf-16-without-bom", "not-windows-1252", "nul-in-utf-8", "nul-in-utf-16"],
)
def test_text_in_no_encoding_the_import_knows_is_named_as_such(tmp_path: Path, encoded: bytes) -> None:
    problem = refusal(tmp_path, encoded)
    assert (problem.key, problem.file) == ("importing.err_encoding", str(tmp_path / "forms.csv"))


# --- CSV: the delimiter --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_the_delimiter_is_the_one_that_splits_the_lines_into_the_same_columns(tmp_path, delimiter) -> None:
    lines = [["ID", "Taso", "Miten"], ["1", "3", "Kahvila"], ["2", "2", "Kerho"]]
    read = table(tmp_path, "".join(delimiter.join(line) + "\n" for line in lines))
    assert (read.headers, read.rows) == (lines[0], lines[1:])


def test_finnish_excels_semicolons_win_over_commas_left_unquoted_in_question_texts(tmp_path: Path) -> None:
    read = table(tmp_path, "ID;Miten, missä ja milloin?;Taso\n1;Kerho;3\n2;Kahvila, kirjasto;2\n")
    assert read.headers == ["ID", "Miten, missä ja milloin?", "Taso"]


def test_commas_in_the_headers_question_texts_do_not_make_the_comma_the_delimiter(tmp_path: Path) -> None:
    # split at ',' the header has more columns than at ';', but the rows do not: ';' splits every line alike
    question = "Miten, missä, milloin, kenen kanssa, kuinka usein, miksi, mihin aikaan, kenelle ja millä tavoin?"
    read = table(tmp_path, f"ID;{question};Taso\n1;Kerho;3\n2;Kahvila;2\n")
    assert read.headers == ["ID", question, "Taso"]


def test_when_semicolons_and_commas_split_the_lines_alike_the_semicolon_of_finnish_excel_wins(tmp_path) -> None:
    read = table(tmp_path, "Vastaaja;Miten, missä?\nAino;Kerho, torstaisin\nEino;Kahvila, aamulla\n")
    assert read.rows == [["Aino", "Kerho, torstaisin"], ["Eino", "Kahvila, aamulla"]]


def test_the_last_line_of_a_short_export_counts_in_choosing_its_delimiter(tmp_path: Path) -> None:
    # the header alone splits into two at ';' as at ','; its one response only at ','
    read = table(tmp_path, 'ID,"Miten; missä?"\n1,Kerho\n')
    assert (read.headers, read.rows) == (["ID", "Miten; missä?"], [["1", "Kerho"]])


def test_the_delimiter_is_chosen_from_the_first_64_kib_and_a_row_after_them_that_splits_otherwise_is_named(
    tmp_path: Path,
) -> None:
    # long answers: 47 rows fill the first 64 KiB exactly; every line splits in two at ',' and at ';' (';' wins the
    # tie) until the short row just past them, which splits in three at ';'
    header = "Tunnus, vanha;Taso\n"
    rows = [f"{n}, " + "k" * 1380 + ";3\n" for n in range(47)]
    rows[-1] = rows[-1].replace("k" * 1380, "k" * (1380 + 64 * 1024 - len(header) - sum(map(len, rows))))
    assert len(header + "".join(rows)) == 64 * 1024
    text = header + "".join(rows) + "x, a;3;4\n" + "y, " + "k" * 200 + ";3\n"
    problem = refusal(tmp_path, text).problems[0]
    assert (problem.key, problem.file) == ("importing.err_csv_width", f"{tmp_path / 'forms.csv'}:49:C")


def test_a_long_export_whose_header_splits_alike_at_both_is_split_as_its_rows_are(tmp_path: Path) -> None:
    rows = "".join(f"{n},Kerho torstaisin\n" for n in range(5_000))  # 100 kB: more than the sample
    read = table(tmp_path, 'ID,"Miten; missä?"\n' + rows)
    assert (read.headers, len(read.rows)) == (["ID", "Miten; missä?"], 5_000)


def test_the_line_cut_at_the_end_of_the_sample_is_left_out_even_when_it_is_the_first_row(tmp_path: Path) -> None:
    # the one row is longer than the sample: cut, it would split at ',' as the header does, in two
    text = "Vastaajan tunnus, jos on;Miten;Taso\n1;Kerho, " + "k" * 70_000 + ";3\n"
    assert table(tmp_path, text).rows == [["1", "Kerho, " + "k" * 70_000, "3"]]


def test_a_header_longer_than_the_sample_the_delimiter_is_chosen_from_is_still_split(tmp_path: Path) -> None:
    header = ";".join(f"Kysymys numero {n}: jonka teksti on pitkä" for n in range(1_800))
    assert len(header) > 64 * 1024
    read = table(tmp_path, header + "\n" + ";".join("3" for _ in range(1_800)) + "\n")
    assert len(read.headers) == 1_800


def test_a_quoted_first_cell_holding_both_delimiters_is_one_cell(tmp_path: Path) -> None:
    # split at ',' every line has two cells, but only because the quotes are read as quotes
    text = 'Nimi, sukunimi;Taso\n"Kahvila; kerho, torstai";3\n"Kerho; kahvila, perjantai";2\n'
    assert table(tmp_path, text).rows == [["Kahvila; kerho, torstai", "3"], ["Kerho; kahvila, perjantai", "2"]]


def test_the_first_fifty_rows_choose_the_delimiter_and_a_later_row_that_splits_otherwise_is_named(tmp_path) -> None:
    # every line splits in two at ',' and, up to row 50, at ';' too; ';' wins the tie, and row 51 has a cell too many
    lines = ["Tunnus, vanha;Taso"] + [f"{n}, a;3" for n in range(1, 50)] + ["50, a;3;4"]
    problem = refusal(tmp_path, "\n".join(lines) + "\n").problems[0]
    assert (problem.key, problem.file) == ("importing.err_csv_width", f"{tmp_path / 'forms.csv'}:51:C")


def test_a_file_of_one_column_is_read_as_one_column(tmp_path: Path) -> None:
    read = table(tmp_path, "ID\n1\n2\n")
    assert (read.headers, read.rows) == (["ID"], [["1"], ["2"]])


def test_the_delimiter_of_a_long_file_is_not_misled_by_a_line_cut_at_the_end_of_its_sample(tmp_path: Path) -> None:
    # every line splits into three at ';' and into two at ','; the sample of the first 64 KiB ends just after the
    # comma of a line, whose ';' split would then look ragged and ',' look as good as the whole file
    line = "12345,6789;Kerho;3\n"
    lines = (64 * 1024) // len(line) + 1
    text = "ID,kunta;Miten;Taso\n" + line * lines
    cut = 64 * 1024
    while text[cut - 1] != ",":  # make the 64 KiB sample end right after a comma
        text = "ID,kunta;Miten;Taso\n" + "x" + text[len("ID,kunta;Miten;Taso\n") :]
        assert len(text) < 200_000
    read = table(tmp_path, text)
    assert read.headers == ["ID,kunta", "Miten", "Taso"]
    assert len(read.rows) == lines


# --- CSV: rows, read strictly --------------------------------------------------------------------------------------


def test_rows_are_numbered_by_the_line_they_start_on_below_blank_lines_and_quoted_line_breaks(tmp_path) -> None:
    text = '\n \n ID ; Taso ;Huom\n1;3;"kaksi\nriviä"\n\n2;2;\n'
    read = table(tmp_path, text)
    assert read.headers == ["ID", "Taso", "Huom"]  # the header's cells without their spaces
    assert read.rows == [["1", "3", "kaksi\nriviä"], [None, None, None], ["2", "2", None]]
    assert read.row_numbers == [4, 6, 7]


def test_a_quoted_answers_line_breaks_are_kept_as_the_export_wrote_them(tmp_path: Path) -> None:
    read = table(tmp_path, 'ID;Huom\r\n1;"Windows\r\nrivinvaihto"\r\n2;"vain\nLF"\r\n')
    assert read.rows == [["1", "Windows\r\nrivinvaihto"], ["2", "vain\nLF"]]
    assert read.row_numbers == [2, 4]


def test_a_blank_line_in_a_csv_is_a_row_of_empty_cells_the_width_of_the_header(tmp_path: Path) -> None:
    read = table(tmp_path, "ID;Taso;Huom;Lisä\n1;3;a;b\n  ;  ; ;\n")
    assert read.rows[1] == [None, None, None, None]


def test_a_csv_of_blank_lines_only_is_an_empty_file(tmp_path: Path) -> None:
    problem = refusal(tmp_path, ";;\n ; \n")
    assert (problem.key, problem.file) == ("importing.err_empty_file", str(tmp_path / "forms.csv"))


def test_an_export_saved_with_old_mac_line_ends_is_read(tmp_path: Path) -> None:
    read = table(tmp_path, 'ID;Taso;Huom\r1;3;"kaksi\rriviä"\r2;2;\r')
    assert (read.headers, read.rows) == (["ID", "Taso", "Huom"], [["1", "3", "kaksi\rriviä"], ["2", "2", None]])


def test_a_header_of_the_most_columns_is_read_and_one_more_is_refused(tmp_path: Path) -> None:
    def header(width: int) -> str:
        return ";".join(f"k{i}" for i in range(width)) + "\n" + ";".join("1" for _ in range(width)) + "\n"

    assert len(table(tmp_path, header(MAX_COLUMNS)).headers) == MAX_COLUMNS
    problem = refusal(tmp_path, header(MAX_COLUMNS + 1))
    assert (problem.key, problem.params, problem.file) == (
        "importing.err_too_many_columns",
        {"count": MAX_COLUMNS + 1, "limit": MAX_COLUMNS},
        str(tmp_path / "forms.csv"),
    )


def test_a_csv_of_the_most_rows_is_read_and_one_more_is_refused_before_reading_on(tmp_path: Path) -> None:
    body = "1;3\n" * MAX_ROWS
    assert len(table(tmp_path, "ID;Taso\n" + body).rows) == MAX_ROWS
    problem = refusal(tmp_path, "ID;Taso\n" + body + "2;3\n")
    assert problem.file == str(tmp_path / "forms.csv")
    assert (problem.key, problem.params) == (
        "importing.err_too_many_rows",
        {"count": f"> {MAX_ROWS}", "limit": MAX_ROWS},
    )


def test_a_cell_over_the_csv_readers_limit_is_named_with_its_line(tmp_path: Path) -> None:
    problem = refusal(tmp_path, 'ID;Huom\n1;ok\n2;"' + "x" * 200_000 + '"\n')
    assert (problem.key, problem.line, problem.file) == ("importing.err_csv", 3, str(tmp_path / "forms.csv"))
    assert "limit" in problem.params["detail"]


def _rows_with_a_cell_too_many(count: int) -> str:
    return "ID;Taso;Huom\n" + "".join(f"{n};3;a;b\n" for n in range(count))


def test_rows_of_the_wrong_width_are_named_one_by_one_up_to_a_limit_and_the_rest_counted(tmp_path: Path) -> None:
    problem = refusal(tmp_path, _rows_with_a_cell_too_many(MAX_CSV_PROBLEMS + 3))
    keys = [p.key for p in problem.problems]
    assert keys == ["importing.err_csv_width"] * MAX_CSV_PROBLEMS + [
        "importing.more_problems",
        "importing.nothing_written",
    ]
    assert (problem.problems[-2].params, problem.problems[-2].file) == ({"count": 3}, str(tmp_path / "forms.csv"))
    assert problem.problems[-1].params == {"count": MAX_CSV_PROBLEMS + 3}
    assert problem.problems[0].file == f"{tmp_path / 'forms.csv'}:2:D"  # the first cell past the header's width
    assert problem.problems[0].params == {"count": 4, "width": 3, "delimiter": "';'"}


def test_as_many_wrong_rows_as_the_limit_are_all_named_and_none_is_counted_apart(tmp_path: Path) -> None:
    keys = [p.key for p in refusal(tmp_path, _rows_with_a_cell_too_many(MAX_CSV_PROBLEMS)).problems]
    assert keys == ["importing.err_csv_width"] * MAX_CSV_PROBLEMS + ["importing.nothing_written"]


def test_a_row_that_lost_a_cell_is_placed_at_the_first_missing_column(tmp_path: Path) -> None:
    problem = refusal(tmp_path, "ID\tTaso\tHuom\n1\t3\ta\n2\t3\n").problems[0]
    assert problem.file == f"{tmp_path / 'forms.csv'}:3:C"
    assert problem.params == {"count": 2, "width": 3, "delimiter": Key("importing.delimiter_tab")}


def _swallowing(delimiters_on_a_line: int, width: int = 4) -> str:
    """A CSV whose row 2 holds a quoted cell of two lines, the second with that many ';'."""
    header = ";".join(f"k{i}" for i in range(width))
    rest = ";".join("" for _ in range(width - 1))
    return f'{header}\n1{rest[:0]};"alku\n' + "x;" * delimiters_on_a_line + f'loppu"{";" * (width - 2)}\n'


def test_a_cell_with_a_line_of_a_whole_rows_delimiters_swallowed_rows_and_is_named_at_its_column(tmp_path) -> None:
    problem = refusal(tmp_path, _swallowing(3)).problems[0]  # width 4: three delimiters make a whole row
    assert problem.key == "importing.err_csv_swallowed"
    assert problem.file == f"{tmp_path / 'forms.csv'}:2:B"
    assert problem.params == {"lines": 2, "delimiter": "';'"}


def test_a_cell_with_a_line_break_and_fewer_delimiters_than_a_row_is_an_ordinary_answer(tmp_path: Path) -> None:
    read = table(tmp_path, _swallowing(2))
    assert read.rows[0][1] == "alku\nx;x;loppu"


def test_in_a_narrow_table_a_line_break_and_one_delimiter_is_still_an_ordinary_answer(tmp_path: Path) -> None:
    # two columns: a whole row is one delimiter, but one comma in a text with a line break is ordinary
    read = table(tmp_path, 'ID,Huom\n1,"Kahvila,\nkerho"\n2,"Kahvila,\nkerho, kirjasto"\n')
    assert read.rows == [["1", "Kahvila,\nkerho"], ["2", "Kahvila,\nkerho, kirjasto"]]
    problem = refusal(tmp_path, 'ID,Huom\n1,"Kahvila,\nkerho, kirjasto, nuoret"\n').problems[0]
    assert problem.key == "importing.err_csv_swallowed"


# --- JSON and JSON Lines (export --format json/jsonl) --------------------------------------------------------------


def test_json_lines_records_become_rows_with_every_key_met_as_a_column(tmp_path: Path) -> None:
    lines = [
        {"respondent": "r1", "level": 3, "how": ""},
        {},
        {"respondent": "r2", "special": "dont_know", "reason": {"text": "äö"}, "list": [1, "é"]},
    ]
    text = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines[:1]) + "\n\n"
    text += "\n".join(json.dumps(line, ensure_ascii=False) for line in lines[1:]) + "\n"
    read = table(tmp_path, text, "export.jsonl")
    assert read.kind == "jsonl"
    assert read.headers == ["respondent", "level", "how", "special", "reason", "list"]
    assert read.rows == [
        ["r1", 3, None, None, None, None],
        [None] * 6,
        ["r2", None, None, "dont_know", '{"text": "äö"}', '[1, "é"]'],
    ]
    assert read.row_numbers == [1, 3, 4]  # the line each record stands on


def test_a_json_array_is_read_as_records_numbered_from_one(tmp_path: Path) -> None:
    read = table(tmp_path, ' \n[{"respondent": "r1", "level": 0}, {"respondent": "r2", "level": 2.5}]', "e.json")
    assert (read.kind, read.headers, read.rows, read.row_numbers) == (
        "json",
        ["respondent", "level"],
        [["r1", 0], ["r2", 2.5]],
        [1, 2],
    )


def test_a_json_text_may_hold_unicode_line_separators(tmp_path: Path) -> None:
    read = table(tmp_path, '{"respondent": "r1", "how": "eka\u2028toka\u0085"}\n', "export.jsonl")
    assert read.rows == [["r1", "eka\u2028toka\u0085"]]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('{"respondent": "r1"}\n\n{"respondent": \n', 3),
        ('[{"respondent": "r1"},\n{"respondent": ]', 2),
    ],
    ids=["json-lines", "json-array"],
)
def test_broken_json_is_named_with_its_line(tmp_path: Path, text: str, line: int) -> None:
    problem = refusal(tmp_path, text, "export.json")
    assert (problem.key, problem.line, problem.file) == ("importing.err_json", line, str(tmp_path / "export.json"))
    assert problem.params["detail"] == "Expecting value"  # what the JSON reader found wrong


@pytest.mark.parametrize(
    ("text", "line"),
    [('{"respondent": "r1"}\n["r2"]\n', 2), ('[{"respondent": "r1"}, "r2"]', 2)],
    ids=["json-lines", "json-array"],
)
def test_a_record_that_is_no_object_is_named_with_its_place(tmp_path: Path, text: str, line: int) -> None:
    problem = refusal(tmp_path, text, "export.json")
    assert (problem.key, problem.line, problem.params["detail"]) == ("importing.err_json", line, "not an object")
    assert problem.file == str(tmp_path / "export.json")


@pytest.mark.parametrize(
    ("text", "line", "detail"),
    [
        ('{"a": 1}\n{"a": ' + "[" * 100_000 + "]" * 100_000 + "}\n", 2, "importing.json_too_deep"),
        ("[" * 100_000 + "]" * 100_000, None, "importing.json_too_deep"),
        ('{"a": 1}\n{"a": 1' + "1" * 5000 + "}\n", 2, "importing.json_long_number"),
        ('[{"a": 1' + "1" * 5000 + "}]", None, "importing.json_long_number"),
    ],
    ids=["deep-line", "deep-array", "long-number-line", "long-number-array"],
)
def test_json_no_export_holds_is_named_by_what_it_is_and_its_line(tmp_path, text, line, detail) -> None:
    problem = refusal(tmp_path, text, "export.json")
    assert (problem.key, problem.line, problem.params["detail"]) == ("importing.err_json", line, Key(detail))


def test_json_lines_of_the_most_rows_are_read_and_one_more_is_refused(tmp_path: Path) -> None:
    assert len(table(tmp_path, '{"a": 1}\n' * MAX_ROWS, "export.jsonl").rows) == MAX_ROWS
    problem = refusal(tmp_path, '{"a": 1}\n' * (MAX_ROWS + 1), "export.jsonl")
    assert problem.file == str(tmp_path / "export.jsonl")
    assert (problem.key, problem.params) == (
        "importing.err_too_many_rows",
        {"count": MAX_ROWS + 1, "limit": MAX_ROWS},
    )


def test_json_records_with_more_keys_than_the_most_columns_are_refused(tmp_path: Path) -> None:
    record = {f"k{i}": 1 for i in range(MAX_COLUMNS)}
    assert len(table(tmp_path, json.dumps([record]), "export.json").headers) == MAX_COLUMNS
    problem = refusal(tmp_path, json.dumps([record, {"one more": 1}]), "export.json")
    assert (problem.key, problem.params["count"]) == ("importing.err_too_many_columns", MAX_COLUMNS + 1)
    assert problem.file == str(tmp_path / "export.json")


# --- XLSX: the archive, checked from its directory before anything is unpacked -----------------------------------


def _zip(files: dict[str, bytes | str], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_file_that_starts_as_a_zip_but_is_none_is_named_as_a_damaged_workbook(tmp_path: Path) -> None:
    problem = refusal(tmp_path, b"PK\x03\x04" + bytes(200), "forms.xlsx")
    assert (problem.key, problem.params["detail"]) == ("importing.err_xlsx", Key("importing.not_a_zip"))


@pytest.mark.parametrize(
    ("files", "key"),
    [
        ({"[Content_Types].xml": "<Types/>", "docProps/app.xml": "<x/>"}, "importing.err_zip_not_xlsx"),
        ({"xl/workbook.xml": "<x/>"}, "importing.err_zip_not_xlsx"),
        ({"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}, "importing.err_zip_not_xlsx"),
        ({"content.xml": "<x/>"}, "importing.err_zip_not_xlsx"),
        (
            {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"},
            "importing.err_opendocument",
        ),
    ],
    ids=["no-xl-part", "no-content-types", "mimetype-only", "content-only", "opendocument"],
)
def test_a_zip_is_a_workbook_only_with_its_content_types_and_an_xl_part(tmp_path, files, key) -> None:
    assert refusal(tmp_path, _zip(files), "forms.xlsx").key == key


def _base_parts(tmp_path: Path) -> dict[str, bytes]:
    """The parts of a small workbook (a header and one row) as openpyxl writes it, the same bytes each time (its
    sizes, packed and not, are what the bounds below are reckoned from)."""
    return dict(_base_workbook())


@functools.cache
def _base_workbook() -> tuple[tuple[str, bytes], ...]:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["ID", "Taso"])
    workbook.active.append([1, 3])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return tuple((name, archive.read(name)) for name in archive.namelist())


def _claiming(raw: bytes, claims: dict[str, tuple[int, int]]) -> bytes:
    """The archive with its directory claiming (unpacked size, packed size) for some parts: the directory is all that
    is read before anything is unpacked, so what it claims is what a zip bomb is judged by. The parts claimed for
    are never unpacked (no workbook part points to them)."""
    data = bytearray(raw)
    start = data.find(b"PK\x01\x02")
    while start != -1:
        name_length = struct.unpack_from("<H", data, start + 28)[0]
        name = data[start + 46 : start + 46 + name_length].decode()
        if name in claims:
            size, packed = claims[name]
            struct.pack_into("<II", data, start + 20, packed, size)
        start = data.find(b"PK\x01\x02", start + 46)
    return bytes(data)


def _with_media(tmp_path: Path, claims: dict[str, tuple[int, int]]) -> tuple[bytes, int, int]:
    """The small workbook with empty extra parts claiming those sizes; also the rest's unpacked and packed sizes."""
    parts = _base_parts(tmp_path)
    raw = _zip({**parts, **dict.fromkeys(claims, b"")})
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        rest = [info for info in archive.infolist() if info.filename not in claims]
    size, packed = sum(info.file_size for info in rest), sum(info.compress_size for info in rest)
    return raw, size, packed


def _archive_verdict(tmp_path: Path, claims: dict[str, tuple[int, int]]) -> tuple[str, float] | list[list]:
    raw, _size, _packed = _with_media(tmp_path, claims)
    try:
        return table(tmp_path, _claiming(raw, claims), "forms.xlsx").rows
    except DataError as refused:
        return refused.key, refused.params.get("size")


MiB = 1024 * 1024


def test_a_zip_whose_directory_lists_nothing_is_named_as_an_empty_archive(tmp_path: Path) -> None:
    problem = refusal(tmp_path, b"PK\x03\x04" + bytes(30) + b"PK\x05\x06" + bytes(18), "forms.xlsx")
    assert (problem.key, problem.file) == ("importing.err_empty_zip", str(tmp_path / "forms.xlsx"))


def test_a_workbook_of_ten_thousand_parts_is_read_and_one_of_more_is_refused(tmp_path: Path) -> None:
    parts = _base_parts(tmp_path)
    filler = {f"xl/media/{n}.bin": b"" for n in range(10_000 - len(parts))}
    assert table(tmp_path, _zip({**parts, **filler}, compression=zipfile.ZIP_STORED), "forms.xlsx").rows == [[1, 3]]
    filler["xl/media/one-more.bin"] = b""
    problem = refusal(tmp_path, _zip({**parts, **filler}, compression=zipfile.ZIP_STORED), "forms.xlsx")
    assert (problem.key, problem.file) == ("importing.err_zip_bomb", str(tmp_path / "forms.xlsx"))


def test_a_workbook_unpacking_to_300_mb_is_read_and_one_byte_more_is_refused_with_its_size(tmp_path: Path) -> None:
    _raw, rest, _packed = _with_media(tmp_path, {"xl/media/a.bin": (0, 0), "xl/media/b.bin": (0, 0)})
    # two parts within every limit of one part, packing 40 to 1: only their sum is too large
    second = 300 * MiB - rest - 150 * MiB
    claims = {"xl/media/a.bin": (150 * MiB, 4 * MiB), "xl/media/b.bin": (second, 4 * MiB)}
    assert _archive_verdict(tmp_path, claims) == [[1, 3]]
    claims["xl/media/b.bin"] = (second + 1, 4 * MiB)
    assert _archive_verdict(tmp_path, claims) == ("importing.err_zip_bomb", round((300 * MiB + 1) / 1e6, 1))


def test_a_workbook_packed_over_a_hundredfold_is_refused_though_each_part_alone_looks_ordinary(tmp_path) -> None:
    names = ("xl/media/a.bin", "xl/media/b.bin")
    _raw, rest, rest_packed = _with_media(tmp_path, dict.fromkeys(names, (0, 0)))
    packed = 10_000  # each part: a hundredfold and the megabyte allowed beside it
    first = 100 * packed + 1_000_000
    second = 100 * (2 * packed + rest_packed) + 1_000_000 - first - rest  # the whole archive exactly at its bound
    assert 0 < second <= 100 * packed + 1_000_000
    claims = {names[0]: (first, packed), names[1]: (second, packed)}
    assert _archive_verdict(tmp_path, claims) == [[1, 3]]
    claims[names[1]] = (second + 1, packed)
    total = first + second + 1 + rest
    assert _archive_verdict(tmp_path, claims) == ("importing.err_zip_bomb", round(total / 1e6, 1))


@pytest.mark.parametrize(
    ("name", "most"),
    [("xl/media/a.bin", 200 * MiB), ("xl/media/sharedStrings.xml", 100 * MiB), ("xl/SHAREDSTRINGS.XML", 100 * MiB)],
    ids=["a-part", "shared-texts", "shared-texts-in-capitals"],
)
def test_one_part_of_the_largest_size_is_read_and_one_byte_more_is_refused_with_its_size(tmp_path, name, most) -> None:
    packed = 4 * MiB  # packs 50 to 1 at most: only its size is too large
    assert _archive_verdict(tmp_path, {name: (most, packed)}) == [[1, 3]]
    assert _archive_verdict(tmp_path, {name: (most + 1, packed)}) == (
        "importing.err_zip_bomb",
        round((most + 1) / 1e6, 1),
    )


def test_one_part_packed_a_hundredfold_is_read_and_one_byte_more_is_refused_with_its_size(tmp_path: Path) -> None:
    name, packed = "xl/media/a.bin", MiB  # padding stored beside it keeps the whole archive's ratio ordinary
    padding = {f"xl/media/padding{n}.bin": (2 * MiB, 2 * MiB) for n in range(2)}
    most = 100 * packed + 1_000_000
    assert _archive_verdict(tmp_path, {name: (most, packed), **padding}) == [[1, 3]]
    verdict = _archive_verdict(tmp_path, {name: (most + 1, packed), **padding})
    assert verdict == ("importing.err_zip_bomb", round((most + 1) / 1e6, 1))


def _shared_texts_part(texts: int) -> bytes:
    """A table of ``texts`` shared texts over two megabytes, placed so that, read a megabyte at a time, one text lies
    whole in the last bytes of the first megabyte and the next one's start is cut between the first and the second."""
    from tests.xlsxparts import MAIN

    letters = base64.b64encode(random.Random(1).randbytes(1100 * texts))  # packs as little as answers do
    used = 0

    def item(length: int) -> bytes:
        nonlocal used
        used += length
        return b"<si><t>" + letters[used - length : used] + b"</t></si>"

    head = f'<sst xmlns="{MAIN}" count="{texts}" uniqueCount="{texts}">'.encode()
    whole = len(item(1000))
    before = (MiB - 40 - len(head)) // whole - 1  # texts of 1000 letters, then one longer to reach MiB - 40
    longer = MiB - 40 - len(head) - before * whole - (whole - 1000)
    items = [item(1000) for _ in range(before)] + [item(longer), item(22)]
    items += [item(1000) for _ in range(texts - len(items))]
    body = head + b"".join(items) + b"</sst>"
    assert body[MiB - 40 : MiB - 36] == b"<si>"
    assert body[MiB - 2 : MiB + 2] == b"<si>"
    assert len(body) > 2 * MiB
    return body


def test_the_shared_texts_are_counted_exactly_wherever_the_reading_cuts_them(tmp_path: Path, monkeypatch) -> None:
    from osallisuus_cli.importing import tables
    from tests import xlsxparts

    texts = 2_500
    parts = _base_parts(tmp_path)
    parts[xlsxparts.SHARED] = _shared_texts_part(texts)
    override = f'<Override PartName="/{xlsxparts.SHARED}" ContentType="{xlsxparts.SHARED_TYPE}"/>'.encode()
    parts[xlsxparts.TYPES] = parts[xlsxparts.TYPES].replace(b"</Types>", override + b"</Types>")
    raw = _zip(parts)
    monkeypatch.setattr(tables, "MAX_SHARED_STRINGS", texts)
    assert table(tmp_path, raw, "forms.xlsx").rows == [[1, 3]]
    monkeypatch.setattr(tables, "MAX_SHARED_STRINGS", texts - 1)
    problem = refusal(tmp_path, raw, "forms.xlsx")
    assert (problem.key, problem.params) == ("importing.err_too_many_texts", {"limit": texts - 1})
    assert problem.file == str(tmp_path / "forms.xlsx")


def test_a_part_that_packs_into_nothing_may_unpack_to_a_megabyte_at_most(tmp_path: Path) -> None:
    name = "xl/media/a.bin"
    assert _archive_verdict(tmp_path, {name: (100 + 1_000_000, 0)}) == [[1, 3]]
    assert _archive_verdict(tmp_path, {name: (101 + 1_000_000, 0)}) == ("importing.err_zip_bomb", 1.0)


def test_an_archive_that_packs_into_nothing_may_unpack_to_a_megabyte_at_most(tmp_path: Path) -> None:
    def verdict(first: int, second: int) -> str:
        raw = _zip({"[Content_Types].xml": b"", "xl/a.xml": b"", "xl/b.xml": b""}, compression=zipfile.ZIP_STORED)
        return refusal(tmp_path, _claiming(raw, {"xl/a.xml": (first, 0), "xl/b.xml": (second, 0)}), "forms.xlsx").key

    # each part alone within what packing into nothing allows; together at the archive's bound, then past it
    assert verdict(500_050, 500_050) == "importing.err_xlsx"  # past the check, and no workbook in it
    assert verdict(500_050, 500_051) == "importing.err_zip_bomb"


def test_a_refused_size_is_told_in_millions_of_bytes_to_one_decimal(tmp_path: Path) -> None:
    assert _archive_verdict(tmp_path, {"xl/media/a.bin": (209_750_000, 4 * MiB)}) == ("importing.err_zip_bomb", 209.8)
    names = ("xl/media/a.bin", "xl/media/b.bin")
    _raw, rest, _packed = _with_media(tmp_path, dict.fromkeys(names, (0, 0)))
    claims = {names[0]: (157_375_000, 4 * MiB), names[1]: (157_375_000 - rest, 4 * MiB)}  # 314,750,000 in all
    assert _archive_verdict(tmp_path, claims) == ("importing.err_zip_bomb", 314.8)


def test_the_sheet_asked_for_is_the_one_read(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["ID", "Taso"])
    workbook.create_sheet("Kevät").append(["Tunnus", "Arvio"])
    workbook.save(tmp_path / "forms.xlsx")
    read = read_table(tmp_path / "forms.xlsx", sheet="Kevät")
    assert (read.file, read.kind, read.headers) == (str(tmp_path / "forms.xlsx"), "xlsx", ["Tunnus", "Arvio"])


def test_a_workbook_is_a_table_of_its_sheets_rows_their_numbers_its_notes_merged_areas_hash_and_time(tmp_path) -> None:
    import hashlib

    from openpyxl import Workbook

    from osallisuus_cli.importing.xlsx import read_sheet

    workbook = Workbook()
    workbook.active.append(["ID", "Taso"])
    workbook.active.append([1, 3])
    workbook.active.append([2, 3])
    workbook.active.merge_cells("B2:B3")
    workbook.create_sheet("Ohje").sheet_state = "hidden"
    path = tmp_path / "forms.xlsx"
    workbook.save(path)
    os.utime(path, (1_764_000_000, 1_764_000_000))
    read = read_table(path)
    headers, rows, numbers, notes, merged = read_sheet(path.read_bytes(), str(path), None)
    assert (read.headers, read.rows, read.row_numbers, read.notes, read.merged) == (
        headers,
        rows,
        numbers,
        notes,
        merged,
    )
    assert (numbers, merged, [note.key for note in notes]) == ([2, 3], [(2, 1, 3, 1)], ["importing.note_hidden_sheets"])
    assert (read.sha256, read.modified.timestamp()) == (hashlib.sha256(path.read_bytes()).hexdigest(), 1_764_000_000)
