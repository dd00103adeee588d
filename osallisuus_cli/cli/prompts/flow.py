"""The interview of ``osallisuus assess``, independent of how questions are shown.

Opening a session (new file, or resuming an existing one), walking the questions, reviewing, the closing menu and
the summary. Every text is prepared here in the user's language; the front end only shows and reads.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from osallisuus_cli.answering import ondisk
from osallisuus_cli.answering.session import (
    Session,
    TextField,
    answers_folder,
    check_folder,
    check_writable,
    default_output,
    display_path,
    free_path,
    numbered_paths,
    total_of,
)
from osallisuus_cli.cli.commandline import program, resume_command
from osallisuus_cli.cli.prompts.base import CutText, Frontend, Option, QuestionView, StoppedTyping, SummaryRow
from osallisuus_cli.cli.questions_text import SPECIAL_KEYS
from osallisuus_cli.cli.settings import Settings
from osallisuus_cli.errors import DataError
from osallisuus_cli.i18n import get_language, t, tn
from osallisuus_cli.model import answers as answers_mod
from osallisuus_cli.model.answers import MAX_TEXT, PHASES, SPECIAL_LEVELS, Project
from osallisuus_cli.model.framework import Question, QuestionSet

SHORT_TEXT = 300  # the longest project name, respondent name or role the answers file accepts
PROJECT_DETAILS = ("code", "organisation", "region")


@dataclass
class Plan:
    """What the command line asked for."""

    settings: Settings = field(default_factory=Settings)
    output: Path | None = None
    sections: list[str] | None = None
    review: bool = False
    clock: Callable[[], datetime] = answers_mod.now
    # Called with a resumed file's language; returns the language now in use (the CLI applies --lang > env > file).
    relanguage: Callable[[str], str] = field(default=lambda recorded: get_language())
    # The answers file found under the default name, set before asking whether to continue it: stopping at that
    # question can then name the file that holds the earlier answers.
    found: Path | None = None
    # --question: the question to continue at (an id)
    start: str | None = None


@dataclass
class Metadata:
    project: str
    phase: str
    name: str | None = None
    role: str | None = None


# --- opening: a new answers file, or the one to continue ----------------------------------------------------


def open_session(ui: Frontend, qs: QuestionSet, plan: Plan) -> Session:
    """Ask who and what is assessed (for a new file) or load the file to continue; the file exists afterwards."""
    if plan.output is not None and plan.output.exists():
        return _resume(ui, qs, plan, plan.output, ondisk.load(plan.output, qs), introduce=True)
    # a file that could not be saved is said now, not after the opening questions
    if plan.output is not None:
        check_writable(plan.output)
    else:
        check_folder(answers_folder(plan.settings))
    _introduce(ui, qs)
    meta = ask_metadata(ui, _defaults_from(plan.settings))
    path = plan.output
    if path is None:
        path = default_output(plan.settings, name=meta.name, project=meta.project)
        own = _own_file(qs, path, meta.name)
        if own is not None:
            plan.found, existing = own
            if _continue_existing(ui, qs, plan.found, existing[0], plan):
                return _resume(ui, qs, plan, plan.found, existing, introduce=False)
        path = free_path(path)
    lang = get_language()
    details = {key: plan.settings.get(key) for key in PROJECT_DETAILS}
    project = Project(
        name=meta.project,
        phase=meta.phase,  # type: ignore[arg-type]
        **{key: str(value).strip()[:SHORT_TEXT] for key, value in details.items() if value and str(value).strip()},
    )
    doc = answers_mod.new_answers(
        qs, project=project, language=lang, name=meta.name, role=meta.role, moment=plan.clock()
    )
    session = Session(qs, doc, path, sections=plan.sections, clock=plan.clock)
    session.save()
    ui.say(t("assess.new_file", file=display_path(path)))
    return session


def _introduce(ui: Frontend, qs: QuestionSet) -> None:
    lang = get_language()
    ui.say(qs.text(qs.title, lang), strong=True)
    ui.say(tn("assess.intro", len(qs.questions), publisher=qs.text(qs.source.publisher, lang)))


def _resume(
    ui: Frontend, qs: QuestionSet, plan: Plan, path: Path, loaded: tuple[Any, ondisk.Seen], *, introduce: bool
) -> Session:
    check_writable(path)
    doc, seen = loaded
    doc.language = plan.relanguage(doc.language)
    if introduce:
        _introduce(ui, qs)
    session = Session(qs, doc, path, sections=plan.sections, clock=plan.clock, resumed=True, seen=seen)
    ui.say(
        t(
            "assess.resuming",
            file=display_path(path),
            project=doc.project.name,
            answered=session.answered_count,
            total=len(session.questions),
        )
    )
    return session


def _own_file(qs: QuestionSet, path: Path, name: str | None) -> tuple[Path, tuple[Any, ondisk.Seen]] | None:
    """This respondent's earlier file under the default name (``aino.yaml``, ``aino-2.yaml``, …), if there is one.

    Different names can make the same file name ("Aino" and "Äino"; names without Latin letters fall back to one
    name), so a file counts only when the name in it is the name just given: nobody is offered someone else's answers.
    Without a name nothing tells respondents apart (two colleagues may skip the name for the same project), so a
    nameless run always starts a file of its own; the command printed when it stops names that file.
    """
    if not name:
        return None
    wanted = name.casefold()
    for candidate in numbered_paths(path):
        if not candidate.exists():
            return None
        try:
            loaded = ondisk.load(candidate, qs)
        except DataError:
            if candidate == path:
                raise  # the file named after this person is broken: say so rather than walk past it
            continue
        if (loaded[0].respondent.name or "").casefold() == wanted:
            return candidate, loaded
    return None


def _continue_existing(ui: Frontend, qs: QuestionSet, path: Path, doc: Any, plan: Plan) -> bool:
    """The default file name is taken: continue that file, or start a new one beside it?"""
    existing = Session(qs, doc, path, sections=plan.sections)
    choice = ui.choose(
        t(
            "assess.existing_found",
            file=display_path(path),
            project=doc.project.name,
            answered=existing.answered_count,
            total=len(existing.questions),
        ),
        [
            Option("continue", "1", t("assess.existing_continue")),
            Option("new", "2", t("assess.existing_new", file=display_path(free_path(path)))),
        ],
        default="continue",
    )
    return bool(choice == "continue")


def _defaults_from(settings: Settings) -> Metadata:
    phase = settings.get("phase")
    return Metadata(project=str(settings.get("name") or ""), phase=phase if phase in PHASES else "")


def ask_metadata(ui: Frontend, defaults: Metadata, *, keep: Callable[[Metadata], None] | None = None) -> Metadata:
    """Project name and phase (required), the respondent's name and role (optional).

    ``keep`` is called after every answer (a review saves each change at once, so stopping loses none of them).
    """
    meta = replace(defaults)

    def given(**change: Any) -> None:
        nonlocal meta
        meta = replace(meta, **change)
        if keep is not None:
            keep(meta)

    project = ui.text(t("assess.ask_project"), default=defaults.project or None, required=True, max_length=SHORT_TEXT)
    given(project=_kept_or_one_line(project, defaults.project) or "")
    phase = ui.choose(
        t("assess.ask_phase"),
        [Option(value, str(i), t(f"assess.phase_{value}")) for i, value in enumerate(PHASES, start=1)],
        default=defaults.phase or None,
    )
    given(phase=str(phase))
    name = ui.text(t("assess.ask_name"), default=defaults.name, optional_note=True, max_length=SHORT_TEXT)
    given(name=_kept_or_one_line(name, defaults.name))
    role = ui.text(t("assess.ask_role"), default=defaults.role, optional_note=True, max_length=SHORT_TEXT)
    given(role=_kept_or_one_line(role, defaults.role))
    return meta


def _kept_or_one_line(value: str | None, default: str | None) -> str | None:
    """The saved value when it was kept (byte for byte, as a review promises), else the new value as one line."""
    return value if value is not None and value == default else one_line(value)


def one_line(value: str | None) -> str | None:
    """A name or role as one line: a pasted line break or a run of spaces becomes one space."""
    return " ".join(value.split()) or None if value else None


# --- the questions -------------------------------------------------------------------------------------------


def run(ui: Frontend, session: Session, *, review: bool = False, start: str | None = None) -> None:
    """Ask what is still open (or review the answers first), then offer more until the user is done.

    ``start`` (``--question``) continues at that question: where an interrupted session stopped, texts included.
    """
    _language_notes(ui, session.qs)
    if review and session.resumed:
        review_all(ui, session, start=start)
    elif start is not None:
        first = session.qs.question(start)
        ui.say(t("assess.resume_next", number=first.number))
        walk(ui, session, [first])
        pending = session.pending()
        walk(
            ui,
            session,
            [q for q in pending if q.number > first.number] + [q for q in pending if q.number < first.number],
            fresh_only=True,
        )
    else:
        pending = session.pending()
        if session.resumed and pending:
            ui.say(t("assess.resume_next", number=pending[0].number))
        walk(ui, session, pending, fresh_only=True)
    while True:
        session.refresh()
        pending = session.pending()
        choices = [("review", "assess.menu_review"), ("done", "assess.menu_done")]
        if pending:
            # only after a review: the questions never answered are a choice of their own, never answered by Enter
            choices.insert(0, ("continue", "assess.menu_continue"))
            title = t("assess.menu_title_pending", count=len(pending))
        else:
            title = _for_sections(session, "assess.menu_title")
        options = [Option(value, str(i), t(key)) for i, (value, key) in enumerate(choices, start=1)]
        choice = ui.choose(title, options, default="continue" if pending else "done")
        if choice == "continue":
            walk(ui, session, pending, fresh_only=True)
        elif choice == "review":
            review_all(ui, session)
        else:
            return


def _for_sections(session: Session, key: str) -> str:
    """The message about "all questions", or about the chosen section(s) when --section narrowed the session."""
    if session.sections and len(session.questions) < len(session.qs.questions):
        variant = "section" if len(session.sections) == 1 else "sections"
        return t(f"{key}_{variant}", sections=", ".join(session.sections))
    return t(key)


def review_all(ui: Frontend, session: Session, *, start: str | None = None) -> None:
    """The opening questions and every answered question again, the saved answers as defaults (Enter keeps them).

    ``start`` continues an interrupted review at that question (the opening questions were gone through then).
    """
    session.reviewing = True
    if start is None:
        ui.say(t("assess.review_start"), strong=True)
        doc = session.doc

        def keep(meta: Metadata) -> None:
            session.set_project(name=meta.project, phase=meta.phase)
            session.set_respondent(name=meta.name, role=meta.role)

        defaults = Metadata(doc.project.name, doc.project.phase, doc.respondent.name, doc.respondent.role)
        ask_metadata(ui, defaults, keep=keep)
    first = session.qs.question(start).number if start is not None else 0
    # only the answers: a question never answered has nothing to keep, and Enter would answer it for the user
    walk(ui, session, [q for q in session.questions if session.answer(q.id) is not None and q.number >= first])
    session.reviewing = False


def walk(ui: Frontend, session: Session, questions: Sequence[Question], *, fresh_only: bool = False) -> None:
    """Ask each question in turn; the level is saved as soon as it is chosen, each text as soon as it is given.

    ``fresh_only`` skips a question that got an answer meanwhile (saved from another window on the same file).
    """
    levels = level_options(session.qs)
    special = special_options(session.qs)
    shown_domain: str | None = None
    shown_section: str | None = None
    for question in questions:
        session.refresh()
        if fresh_only and session.answer(question.id) is not None:
            continue
        session.at = question.id
        view = question_view(session.qs, question, shown_domain=shown_domain, shown_section=shown_section)
        shown_section = session.qs.section_of(question.id).id
        shown_domain = session.qs.domain_of_section(shown_section).id
        ui.show_question(view)
        old = session.answer(question.id)
        # no level is preselected on a question without an answer: Enter alone never answers it
        level = ui.choose(t("assess.ask_level"), levels, special=special, default=old.level if old else None)
        session.set_level(question.id, level)
        if old is not None and old.reason and level not in SPECIAL_LEVELS:
            ui.say(t("answering.reason_dropped", text=old.reason))
        for text_field, key in texts_for(level):
            current = session.answer(question.id)
            assert current is not None
            try:
                value = ui.text(t(key), default=getattr(current, text_field), max_length=MAX_TEXT)
            except StoppedTyping as stop:
                session.cut = keep_typed(session, question.id, text_field, stop.typed)
                raise
            session.set_text(question.id, text_field, value)
    session.at = None


def keep_typed(session: Session, question_id: str, field: TextField, typed: str | None) -> CutText | None:
    """What becomes of a text cut off by Ctrl-C: a new text is saved as far as it was typed; a change to a saved
    text is not (the saved text is whole, the change half done) and is shown instead, so it is not lost either."""
    if typed is None:
        return CutText(field, None, saved=False)  # what was typed cannot be known (plain input from a pipe)
    saved = getattr(session.answer(question_id), field)
    if not typed.strip() or typed == saved:
        return None
    if saved is None:
        session.set_text(question_id, field, typed)
        return CutText(field, typed, saved=True)
    return CutText(field, typed, saved=False)


def texts_for(level: Any) -> list[tuple[TextField, str]]:
    """The texts asked after a level: how and the next step for practice; for N/A or "don't know" only the reason,
    which is stored as a reason and never read as a description of practice."""
    if level in SPECIAL_LEVELS:
        return [("reason", f"answering.ask_reason_{level}")]
    return [("how", "assess.ask_how"), ("next_step", "assess.ask_next_step")]


def level_options(qs: QuestionSet) -> list[Option]:
    lang = get_language()
    return [
        Option(level.value, str(level.value), qs.text(level.label, lang), qs.text(level.description, lang) or None)
        for level in qs.scale.levels
    ]


def special_options(qs: QuestionSet) -> list[Option]:
    lang = get_language()
    return [Option(s.value, SPECIAL_KEYS[s.value], qs.text(s.label, lang)) for s in qs.scale.special]


def question_view(
    qs: QuestionSet, question: Question, *, shown_domain: str | None = None, shown_section: str | None = None
) -> QuestionView:
    """The question with its place in the set; headings only when the domain or section changes."""
    lang = get_language()
    section = qs.section_of(question.id)
    domain = qs.domain_of_section(section.id)
    heading = heading_note = subheading = None
    if domain.id != shown_domain:
        key = "assess.structures_heading" if domain.kind == "structures" else "assess.domain_heading"
        heading = t(key, id=domain.id, title=qs.text(domain.title, lang))
        heading_note = qs.text(domain.description, lang) or None
    if section.title and section.id != shown_section:
        subheading = t("assess.part_heading", id=section.id, title=qs.text(section.title, lang))
    return QuestionView(
        question_id=question.id,
        counter=t("assess.counter", number=question.number, total=len(qs.questions)),
        text=qs.text(question.text, lang),
        examples=qs.text(question.examples, lang) or None,
        heading=heading,
        heading_note=heading_note,
        subheading=subheading,
    )


def _language_notes(ui: Frontend, qs: QuestionSet) -> None:
    lang = get_language()
    if lang not in qs.languages.available:
        ui.say(t("assess.lang_missing", lang=lang, fallback=qs.languages.default))
    elif qs.is_unofficial(lang):
        ui.say(t("assess.unofficial"))
        command = shlex.join([*program(), "questions", "show"])
        ui.say(t("assess.unofficial_command", command=command, original=qs.languages.authoritative), literal=True)


def describe_answer(qs: QuestionSet, answer: Any) -> str:
    """An answer in words, for a message: ``3 Toteutuu säännöllisesti / Miten käytännössä? …``; "-" when absent."""
    if answer is None:
        return "–"
    lang = get_language()
    options = {option.value: option for option in [*level_options(qs), *special_options(qs)]}
    chosen = options.get(answer.level)
    parts = [f"{chosen.key} {chosen.label}" if chosen else str(answer.level)]
    for text_field, key in (
        ("reason", "answering.label_reason"),
        ("how", "assess.ask_how"),
        ("next_step", "assess.ask_next_step"),
    ):
        value = getattr(answer, text_field)
        if value:
            parts.append(f"{t(key, lang)} {value}")
    return " / ".join(parts)


def describe_details(details: Any) -> str:
    """The project or respondent details in words, for a message."""
    if details is None:
        return "–"
    values = details.model_dump(exclude={"id"})
    return ", ".join(str(value) for value in values.values() if value is not None)


# --- the end ----------------------------------------------------------------------------------------------------


def summary_rows(session: Session) -> tuple[list[SummaryRow], SummaryRow]:
    lang = get_language()
    qs = session.qs
    counts = session.summary()
    rows = [
        SummaryRow(f"{section.id} {qs.section_title(section, lang)}", row)
        for section, row in zip(qs.sections, counts, strict=True)
    ]
    return rows, SummaryRow(t("assess.total"), total_of(counts))


def finish(ui: Frontend, session: Session, *, framework: Path | None = None, plain: bool = False) -> None:
    """The per-section summary, where the file is, and what to do next."""
    rows, total = summary_rows(session)
    ui.show_summary(t("assess.summary_title"), rows, total)
    ui.say(t("assess.saved_to", file=display_path(session.path)), strong=True)
    # an HTML page opens in a browser with a double click; Markdown on the terminal would be a wall of tables
    page = t("assess.report_file", name=session.path.stem)
    report = [*program(), "report", display_path(session.path), "-o", page]
    if framework is not None:
        report += ["--framework", display_path(framework)]
    review = resume_command(session.path, framework=framework, plain=plain) + " --review"
    lines = [t("assess.next_steps", report=shlex.join(report), review=review)]
    if total.counts.missing:
        lines.append(t("assess.next_continue", command=resume_command(session.path, framework=framework, plain=plain)))
    ui.say("\n".join(lines), literal=True)
