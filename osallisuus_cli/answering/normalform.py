"""``assess --no-input --from FILE``: an answers file checked and written in normal form, with no one at the keys.

Normal form is what every save writes: a stable order of fields and answers, letters unescaped. The file is written
back (or to ``output``, which follows the rule of every command that writes a file: an existing one only with
``force``) atomically, and only when its text changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from osallisuus_cli.answering.session import SectionSummary, check_writable, summarize, total_of
from osallisuus_cli.files.fsutil import check_new_file
from osallisuus_cli.model import answers
from osallisuus_cli.questionsets.framework import QuestionSet


@dataclass(frozen=True)
class Normalised:
    target: Path  # where the normal form is
    unchanged: bool  # the file already was in normal form: nothing written
    counts: SectionSummary  # how the questions asked for were answered


def normalise(
    qs: QuestionSet, source: Path, output: Path | None, sections: Sequence[str] | None = None, *, force: bool = False
) -> Normalised:
    """Validate ``source`` and write it in normal form to ``output`` (default: ``source`` itself)."""
    if output is not None and output.resolve() != source.resolve():
        check_new_file(output, force=force)
    doc = answers.load_answers(source, qs)
    target = output or source
    text = doc.to_yaml(qs)
    try:
        unchanged = target.is_file() and target.read_text(encoding="utf-8") == text
    except (OSError, UnicodeDecodeError):
        unchanged = False
    if not unchanged:
        check_writable(target)
        answers.save_answers(target, doc, qs)
    rows = [row for row in summarize(doc, qs) if not sections or row.section_id in sections]
    return Normalised(target, unchanged, total_of(rows))
