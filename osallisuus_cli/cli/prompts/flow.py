"""The interview of ``osallisuus assess``, independent of how questions are shown.

Walking the questions, reviewing, the closing menu and the summary (the opening, which finds or starts the answers
file, is ``opening``). Every text is prepared here in the user's language; the front end only shows and reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from osallisuus_cli.answering.session import (
    Session,
    TextField,
    display_path,
    total_of,
)
from osallisuus_cli.cli.commandline import join_command, program, resume_command
from osallisuus_cli.cli.prompts.base import CutText, Frontend, Option, QuestionView, StoppedTyping, SummaryRow
from osallisuus_cli.cli.prompts.opening import Metadata, ask_metadata, switch_phase
from osallisuus_cli.cli.questions_text import SPECIAL_KEYS
from osallisuus_cli.i18n import get_language, t
from osallisuus_cli.model.answers import MAX_TEXT, PHASES, SPECIAL_LEVELS, Answer, Project, Respondent
from osallisuus_cli.questionsets.framework import Question, QuestionSet

# --- the questions -------------------------------------------------------------------------------------------


def run(
    ui: Frontend,
    session: Session,
    *,
    review: bool = False,
    start: str | None = None,
    phase: str | None = None,
    suggested_phase: str | None = None,
) -> None:
    """Ask what is still open (or review the answers first), then offer more until the user is done.

    ``start`` (``--question``) continues at that question: where an interrupted session stopped, texts included.
    ``phase`` (``--phase``) is not asked again in a review; ``suggested_phase`` (the project file's) is its default.
    """
    _language_notes(ui, session.qs)
    if review and (session.resumed or session.earlier is not None):
        review_all(ui, session, start=start, phase=phase, suggested_phase=suggested_phase)
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


def review_all(
    ui: Frontend,
    session: Session,
    *,
    start: str | None = None,
    phase: str | None = None,
    suggested_phase: str | None = None,
) -> None:
    """The opening questions and every answered question again, the saved answers as defaults (Enter keeps them).

    ``start`` continues an interrupted review at that question (the opening questions were gone through then).
    Choosing another phase than the file's continues in the respondent's file of that phase (see change_phase):
    the earlier phase's file stays as it was, and its answers are the defaults.
    """
    session.reviewing = True
    if start is None:
        ui.say(t("assess.review_start"), strong=True)
        if session.earlier is not None:
            ui.say(t("assess.review_earlier_defaults"))
        doc = session.doc

        def keep(meta: Metadata) -> None:
            if meta.phase != session.doc.project.phase:
                switch_phase(ui, session, meta.phase, with_defaults=True)
            session.set_project(name=meta.project)
            session.set_respondent(name=meta.name, role=meta.role)

        chosen = phase or (suggested_phase if suggested_phase in PHASES else doc.project.phase)
        defaults = Metadata(doc.project.name, chosen, doc.respondent.name, doc.respondent.role)
        ask_metadata(ui, defaults, keep=keep, ask_phase=phase is None, phase_first=True)
    first = session.qs.question(start).number if start is not None else 0
    # only the answers: a question never answered has nothing to keep, and Enter would answer it for the user
    walk(ui, session, [q for q in session.questions if session.default_answer(q.id) is not None and q.number >= first])
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
        old = session.answer(question.id)
        # a question stopped after its level goes on at the texts not yet asked (see Session.set_level)
        go_on = fresh_only and old is not None and bool(old.unfinished)
        if fresh_only and old is not None and not go_on:
            continue
        session.at = question.id
        view = question_view(session.qs, question, shown_domain=shown_domain, shown_section=shown_section)
        shown_section = session.qs.section_of(question.id).id
        shown_domain = session.qs.domain_of_section(shown_section).id
        ui.show_question(view)
        # in a later phase's review the earlier phase's answer is the default; it is saved in this phase's file only
        offered = old or session.default_answer(question.id)
        if go_on and old is not None:
            ui.say(t("answering.resume_texts", level=level_words(session.qs, old.level)))
            texts = [(name, key) for name, key in texts_for(old.level) if name in session.unfinished(question.id)]
        else:
            texts = texts_for(ask_level(ui, session, question.id, offered, levels, special))
        for text_field, key in texts:
            current = session.answer(question.id)
            assert current is not None
            default = getattr(current if old is not None or offered is None else offered, text_field)
            try:
                value = ui.text(t(key), default=default, max_length=MAX_TEXT)
            except StoppedTyping as stop:
                session.cut = keep_typed(session, question.id, text_field, stop.typed)
                raise
            session.set_text(question.id, text_field, value, asked=True)
    session.at = None


def ask_level(
    ui: Frontend,
    session: Session,
    question_id: str,
    offered: Answer | None,
    levels: list[Option],
    special: list[Option],
) -> int | str:
    """Ask and save the level; its texts are marked unfinished in the same save, until each has been asked."""
    old = session.answer(question_id)
    # no level is preselected on a question without an answer: Enter alone never answers it
    level = ui.choose(t("assess.ask_level"), levels, special=special, default=offered.level if offered else None)
    session.set_level(question_id, level, texts_follow=True)
    if old is not None and old.reason and level not in SPECIAL_LEVELS:
        ui.say(t("answering.reason_dropped", text=old.reason))
    return level


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


def texts_for(level: int | str) -> list[tuple[TextField, str]]:
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
        command = join_command([*program(), "questions", "show"])
        ui.say(t("assess.unofficial_command", command=command, original=qs.languages.authoritative), literal=True)


def level_words(qs: QuestionSet, level: int | str) -> str:
    """A level as the menu shows it: ``3 Toteutuu säännöllisesti``, ``- Ei koske toimintaamme``."""
    options = {option.value: option for option in [*level_options(qs), *special_options(qs)]}
    chosen = options.get(level)
    return f"{chosen.key} {chosen.label}" if chosen else str(level)


def describe_answer(qs: QuestionSet, answer: Answer | None) -> str:
    """An answer in words, for a message: ``3 Toteutuu säännöllisesti / Miten käytännössä? …``; "-" when absent."""
    if answer is None:
        return "–"
    lang = get_language()
    parts = [level_words(qs, answer.level)]
    for text_field, key in (
        ("reason", "answering.label_reason"),
        ("how", "assess.ask_how"),
        ("next_step", "assess.ask_next_step"),
    ):
        value = getattr(answer, text_field)
        if value:
            parts.append(f"{t(key, lang)} {value}")
    return " / ".join(parts)


def describe_details(details: Project | Respondent | None) -> str:
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
    if Path(page).exists():  # her report of an earlier round: the suggestion makes the new one in its place
        report.append("--force")
    review = resume_command(session.path, framework=framework, plain=plain) + " --review"
    lines = [t("assess.next_steps", report=join_command(report), review=review)]
    if total.counts.missing:
        lines.append(t("assess.next_continue", command=resume_command(session.path, framework=framework, plain=plain)))
    ui.say("\n".join(lines), literal=True)
