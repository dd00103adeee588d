"""The opening of ``osallisuus assess``: what the command line asked for, and the answers file to work on.

A new file (who and what is assessed is asked first), the file named on the command line, or this respondent's
earlier file under the default name; the file exists once ``open_session`` returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from osallisuus_cli.answering import ondisk
from osallisuus_cli.answering.session import (
    Session,
    answers_folder,
    check_folder,
    check_writable,
    default_output,
    display_path,
    free_path,
    numbered_paths,
)
from osallisuus_cli.cli.prompts.base import Frontend, Option
from osallisuus_cli.cli.settings import Settings
from osallisuus_cli.errors import DataError
from osallisuus_cli.i18n import get_language, t, tn
from osallisuus_cli.model import answers as answers_mod
from osallisuus_cli.model.answers import MAX_SHORT_TEXT, PHASES, AnswersFile, Language, Project
from osallisuus_cli.questionsets.framework import QuestionSet

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
    # --phase: the phase to answer; another phase than the -o file's goes into the respondent's file of that phase
    phase: str | None = None


@dataclass
class Metadata:
    project: str
    phase: str
    name: str | None = None
    role: str | None = None


def open_session(ui: Frontend, qs: QuestionSet, plan: Plan) -> Session:
    """Ask who and what is assessed (for a new file) or load the file to continue; the file exists afterwards."""
    if plan.output is not None and plan.output.exists():
        loaded = ondisk.load(plan.output, qs)
        if plan.phase is not None and plan.phase != loaded[0].project.phase:
            return _in_phase(ui, qs, plan, plan.output, loaded, plan.phase, introduce=True)
        return _resume(ui, qs, plan, plan.output, loaded, introduce=True)
    # a file that could not be saved is said now, not after the opening questions
    if plan.output is not None:
        check_writable(plan.output)
    else:
        check_folder(answers_folder(plan.settings))
    _introduce(ui, qs)
    # the role is asked once it is known that a new file is made: a person continuing her file has given it there
    meta = ask_metadata(ui, _defaults_from(plan.settings, plan.phase), ask_phase=plan.phase is None, ask_role=False)
    path = plan.output
    if path is None:
        path = default_output(plan.settings, name=meta.name, project=meta.project)
        own = _own_file(qs, path, meta.name)
        if own is not None:
            plan.found, existing = own
            earlier = existing[0].project
            if earlier.phase != meta.phase and earlier.name == meta.project:
                # her file of another phase: this phase goes into a file of its own, as the same respondent
                session = _in_phase(ui, qs, plan, plan.found, existing, meta.phase, introduce=False)
                session.set_respondent(name=meta.name, role=session.doc.respondent.role)
                return session
            if _continue_existing(ui, qs, plan.found, existing[0], plan):
                return _resume(ui, qs, plan, plan.found, existing, introduce=False)
        path = free_path(path)
    meta = replace(meta, role=_asked_role(ui, meta.role))
    lang = get_language()
    details = {key: plan.settings.get(key) for key in PROJECT_DETAILS}
    project = Project(
        name=meta.project,
        phase=meta.phase,  # type: ignore[arg-type]
        **{key: str(value).strip()[:MAX_SHORT_TEXT] for key, value in details.items() if value and str(value).strip()},
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
    ui: Frontend, qs: QuestionSet, plan: Plan, path: Path, loaded: tuple[AnswersFile, ondisk.Seen], *, introduce: bool
) -> Session:
    check_writable(path)
    doc, seen = loaded
    doc.language = cast(Language, plan.relanguage(doc.language))  # always one of the catalogues' languages
    if introduce:
        _introduce(ui, qs)
    session = Session(qs, doc, path, sections=plan.sections, clock=plan.clock, resumed=True, seen=seen)
    current = plan.settings.get("phase")
    if not plan.review and plan.phase is None and current in PHASES and current != doc.project.phase:
        # continuing an earlier phase's file while the project has moved on: say how to answer the current phase
        words = {
            "file_into": t(f"team.phase_into.{doc.project.phase}"),
            "project_in": t(f"team.phase_in.{current}"),
            "project_into": t(f"team.phase_into.{current}"),
        }
        ui.say(t("assess.phase_differs_note", code=current, **words))
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


def _in_phase(
    ui: Frontend,
    qs: QuestionSet,
    plan: Plan,
    path: Path,
    loaded: tuple[AnswersFile, ondisk.Seen],
    phase: str,
    *,
    introduce: bool,
) -> Session:
    """The respondent's file of ``phase`` beside her file ``path`` (continued, or made now); ``path`` stays as it
    is. In a review her answers in ``path`` are the defaults."""
    doc, seen = loaded
    check_folder(path.parent, for_file=path)
    doc.language = cast(Language, plan.relanguage(doc.language))
    if introduce:
        _introduce(ui, qs)
    session = Session(qs, doc, path, sections=plan.sections, clock=plan.clock, resumed=True, seen=seen)
    switch_phase(ui, session, phase, with_defaults=plan.review)
    return session


def _own_file(qs: QuestionSet, path: Path, name: str | None) -> tuple[Path, tuple[AnswersFile, ondisk.Seen]] | None:
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


def _continue_existing(ui: Frontend, qs: QuestionSet, path: Path, doc: AnswersFile, plan: Plan) -> bool:
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


def _defaults_from(settings: Settings, phase: str | None = None) -> Metadata:
    phase = phase or settings.get("phase")
    return Metadata(project=str(settings.get("name") or ""), phase=phase if phase in PHASES else "")


def ask_metadata(
    ui: Frontend,
    defaults: Metadata,
    *,
    keep: Callable[[Metadata], None] | None = None,
    ask_phase: bool = True,
    phase_first: bool = False,
    ask_role: bool = True,
) -> Metadata:
    """Project name and phase (required), the respondent's name and role (optional).

    ``keep`` is called after every answer (a review saves each change at once, so stopping loses none of them).
    Without ``ask_phase`` (``--phase`` given) the default phase is the answer. ``phase_first``: a review asks the
    phase before anything else, as it decides which file the other answers go into.
    """
    meta = replace(defaults)

    def given(**change: Any) -> None:
        nonlocal meta
        meta = replace(meta, **change)
        if keep is not None:
            keep(meta)

    def phase() -> None:
        chosen = defaults.phase
        if ask_phase or not chosen:
            chosen = ui.choose(
                t("assess.ask_phase"),
                [Option(value, str(i), t(f"assess.phase_{value}")) for i, value in enumerate(PHASES, start=1)],
                default=defaults.phase or None,
            )
        given(phase=str(chosen))

    if phase_first:
        phase()
    project = ui.text(
        t("assess.ask_project"), default=defaults.project or None, required=True, max_length=MAX_SHORT_TEXT
    )
    given(project=_kept_or_one_line(project, defaults.project) or "")
    if not phase_first:
        phase()
    name = ui.text(t("assess.ask_name"), default=defaults.name, optional_note=True, max_length=MAX_SHORT_TEXT)
    given(name=_kept_or_one_line(name, defaults.name))
    if ask_role:
        given(role=_asked_role(ui, defaults.role))
    return meta


def _asked_role(ui: Frontend, default: str | None) -> str | None:
    role = ui.text(t("assess.ask_role"), default=default, optional_note=True, max_length=MAX_SHORT_TEXT)
    return _kept_or_one_line(role, default)


def _kept_or_one_line(value: str | None, default: str | None) -> str | None:
    """The saved value when it was kept (byte for byte, as a review promises), else the new value as one line."""
    return value if value is not None and value == default else one_line(value)


def one_line(value: str | None) -> str | None:
    """A name or role as one line: a pasted line break or a run of spaces becomes one space."""
    return " ".join(value.split()) or None if value else None


def switch_phase(ui: Frontend, session: Session, phase: str, *, with_defaults: bool) -> None:
    """Continue in the respondent's file of ``phase`` and say where its answers go and that the other file stays."""
    before, before_phase = session.path, session.doc.project.phase
    created = session.change_phase(phase, with_defaults=with_defaults)
    words = {"phase_of": t(f"team.phase_of.{phase}"), "earlier_of": t(f"team.phase_of.{before_phase}")}
    key = "assess.phase_file_new" if created else "assess.phase_file_found"
    ui.say(t(key, file=display_path(session.path), earlier=display_path(before), **words), strong=True)
    if session.reviewing and session.earlier is not None:  # a review under way: it said so before the switch
        ui.say(t("assess.review_earlier_defaults"))
