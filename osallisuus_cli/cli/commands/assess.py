"""``osallisuus assess`` — answer the questions in the terminal, saving after every answer."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from osallisuus_cli.cli.commands._common import (
    ForceOption,
    FrameworkOption,
    LangOption,
    OutputFileOption,
    PhaseOption,
    SectionOption,
)
from osallisuus_cli.cli.settings import switch

if TYPE_CHECKING:
    from osallisuus_cli.answering.normalform import Normalised
    from osallisuus_cli.answering.session import Session
    from osallisuus_cli.cli.prompts.base import Frontend
    from osallisuus_cli.cli.prompts.opening import Plan
    from osallisuus_cli.errors import Interrupted
    from osallisuus_cli.questionsets.framework import QuestionSet

PlainOption = Annotated[
    bool,
    typer.Option(
        "--plain",
        envvar=["OSALLISUUS_PLAIN", "ACCESSIBLE"],
        show_envvar=False,
        parser=switch,
        help="Numbered line prompts: no menus, no arrow keys, no screen redraws (for screen readers and pipes). "
        "Also OSALLISUUS_PLAIN=1 or ACCESSIBLE=1.",
    ),
]
ReviewOption = Annotated[
    bool, typer.Option("--review", help="Go through every answer again, with the saved answers as defaults.")
]
NoInputOption = Annotated[
    bool, typer.Option("--no-input", help="Ask nothing: validate and normalise the --from file (for scripts and CI).")
]
FromOption = Annotated[
    Path | None,
    typer.Option("--from", metavar="FILE", help="With --no-input: the answers file to validate and normalise."),
]
QuestionOption = Annotated[
    str | None,
    typer.Option("--question", "-q", metavar="NUMBER", help="Continue at this question (as printed when stopped)."),
]


def assess(
    output: OutputFileOption = None,
    section: SectionOption = None,
    framework: FrameworkOption = None,
    lang: LangOption = None,
    plain: PlainOption = False,
    review: ReviewOption = False,
    phase: PhaseOption = None,
    no_input: NoInputOption = False,
    from_file: FromOption = None,
    question: QuestionOption = None,
    force: ForceOption = False,
) -> None:
    """Answer THL's 24 helper questions; every answer is saved at once, Ctrl-C stops and tells how to continue."""
    from osallisuus_cli.answering.normalform import normalise
    from osallisuus_cli.answering.session import resolve_question, resolve_sections
    from osallisuus_cli.cli.commands._common import load_framework, typed
    from osallisuus_cli.cli.settings import current_settings, settle_language
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.model.phases import parse_phase

    chosen_phase = parse_phase(phase) if phase is not None else None
    qs = load_framework(framework)
    sections = resolve_sections(qs, section)
    start = resolve_question(qs, question, sections)
    if no_input:
        source = _no_input_source(from_file, review=review, phase=phase)
        _say_normalised(normalise(qs, source, output, sections, force=force), source)
        return
    if from_file is not None:
        raise UsageError("assess.err_from_needs_no_input")
    fallback = _menus_fallback(plain)
    from osallisuus_cli.cli.prompts import make_frontend
    from osallisuus_cli.cli.prompts.opening import Plan

    plan = Plan(
        settings=current_settings(),
        output=output,
        sections=sections,
        review=review,
        start=start,
        relanguage=lambda recorded: settle_language(recorded=recorded),  # the file continued: its language
        phase=chosen_phase,
    )
    # the commands printed to continue repeat what was typed, not what the environment or project file gave
    again = Continuing(
        sections, typed("framework", framework), typed("lang", lang), fallback or bool(typed("plain", plain))
    )
    _interview(make_frontend(plain or fallback), qs, plan, again)


def _no_input_source(from_file: Path | None, *, review: bool, phase: str | None) -> Path:
    """--no-input asks nothing: it reads the --from file, and takes no option that only a session can use."""
    from osallisuus_cli.errors import UsageError

    if review:
        raise UsageError("assess.err_review_no_input")
    if phase is not None:
        raise UsageError("assess.err_phase_no_input")
    if from_file is None:
        raise UsageError("assess.err_no_input_needs_from")
    return from_file


def _menus_fallback(plain: bool) -> bool:
    """Whether the menus cannot open here and the questions come in plain lines instead (said once)."""
    from osallisuus_cli.errors import UsageError

    # Plain mode reads plain lines, so it also works without a terminal (a screen reader's shell, a pipe);
    # the menus need a real terminal to read keys from and to draw on (with the output redirected they would be
    # drawn into the file, and the person would answer blind).
    if plain:
        return False
    if not (_is_terminal(sys.stdin) and _is_terminal(sys.stdout)):
        raise UsageError("assess.err_no_tty")
    from osallisuus_cli.cli.prompts import menus_unavailable

    # Git Bash's mintty and some embedded terminals are terminals the menus cannot open (on Windows prompt_toolkit
    # needs a console screen buffer): the same questions in plain lines, said once, and the printed commands say so.
    reason = menus_unavailable()
    if reason is None:
        return False
    from osallisuus_cli.cli.commands._common import info
    from osallisuus_cli.i18n import t

    info(t("assess.plain_fallback", reason=reason))
    return True


def _is_terminal(stream: Any) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


@dataclass(frozen=True)
class Continuing:
    """The command printed to continue a session: the options typed (not those the environment or project file
    gave), the file, and where and how the session stopped."""

    sections: list[str] | None
    framework: Path | None
    lang: str | None
    plain: bool

    def at_file(self, path: Path) -> str:
        from osallisuus_cli.cli.commandline import resume_command

        return resume_command(path, sections=self.sections, framework=self.framework, lang=self.lang, plain=self.plain)

    def at_session(self, session: Session) -> str:
        """Exactly where the session stopped (``Session.continues_at``)."""
        from osallisuus_cli.cli.commandline import resume_command

        point = session.continues_at()
        return resume_command(
            point.path,
            sections=self.sections,
            framework=self.framework,
            lang=self.lang,
            plain=self.plain,
            review=point.review,
            question=point.question,
            phase=point.phase,
        )


def _interview(ui: Frontend, qs: QuestionSet, plan: Plan, again: Continuing) -> None:
    """Run the questions; on Ctrl-C (or the input closing) stop with exit 130 and the command that continues.

    A save that failed or that met a change made elsewhere ends the same way: what was saved before is safe, and
    the command says how to go on.
    """
    from osallisuus_cli.answering.ondisk import ChangedElsewhere
    from osallisuus_cli.answering.session import display_path
    from osallisuus_cli.cli.prompts import flow, opening
    from osallisuus_cli.errors import DataError

    session: Session | None = None
    try:
        session = opening.open_session(ui, qs, plan)
        suggested = plan.settings.get("phase") if plan.review else None
        flow.run(ui, session, review=plan.review, start=plan.start, phase=plan.phase, suggested_phase=suggested)
    except (KeyboardInterrupt, EOFError):
        ui.interrupted()
        raise _interrupted(ui, plan, session, again) from None
    except ChangedElsewhere as exc:
        if session is None:
            raise
        raise DataError(
            "answering.err_changed_elsewhere_resume",
            file=display_path(session.path),
            what=_describe_change(qs, exc),
            command=again.at_session(session),
        ) from None
    except DataError as exc:
        if session is None or exc.key != "common.write_failed":
            raise
        raise DataError(
            "answering.err_save_failed",
            file=display_path(session.path),
            reason=exc.params.get("reason", ""),
            command=again.at_session(session),
        ) from None
    flow.finish(ui, session, framework=again.framework, plain=again.plain)


def _interrupted(ui: Frontend, plan: Plan, session: Session | None, again: Continuing) -> Interrupted:
    """Stopped: everything answered is saved; the command that continues, or that nothing was saved yet."""
    from osallisuus_cli.errors import Interrupted

    if session is not None:
        _say_cut(ui, session.cut)
        return Interrupted("assess.saved_resume", command=again.at_session(session))
    if plan.found is None:
        return Interrupted("assess.interrupted_nothing_saved")
    return Interrupted("assess.saved_resume", command=again.at_file(plan.found))


def _say_cut(ui: Frontend, cut: Any) -> None:
    """What became of a text cut off by Ctrl-C, said truthfully."""
    from osallisuus_cli.i18n import t

    if cut is None:
        return
    if cut.saved:
        ui.say(t("answering.cut_saved"))
    elif cut.typed is None:
        ui.say(t("answering.cut_unknown"))
    else:
        ui.say(t("answering.cut_not_saved", text=cut.typed))


def _describe_change(qs: QuestionSet, exc: Any) -> str:
    """Both versions of what changed on both sides, in words."""
    from osallisuus_cli.cli.prompts.flow import describe_answer, describe_details
    from osallisuus_cli.i18n import t

    if exc.part == "file":
        return t("answering.changed_file", reason=exc.params.get("reason") or "-")
    if exc.part == "details":
        return t("answering.changed_details", theirs=describe_details(exc.theirs), ours=describe_details(exc.ours))
    return t(
        "answering.changed_question",
        number=qs.question(exc.part).number,
        theirs=describe_answer(qs, exc.theirs),
        ours=describe_answer(qs, exc.ours),
    )


def _say_normalised(done: Normalised, source: Path) -> None:
    """--no-input: what the file in normal form holds, and where it went, on stderr."""
    from osallisuus_cli.answering.session import display_path
    from osallisuus_cli.cli.commands._common import info
    from osallisuus_cli.i18n import t

    counts = done.counts
    info(
        t(
            "assess.no_input_unchanged" if done.unchanged else "assess.no_input_written",
            file=display_path(source),
            out=display_path(done.target),
            answered=counts.answered,
            na=counts.na,
            dont_know=counts.dont_know,
            missing=counts.missing,
        )
    )
