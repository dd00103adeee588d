"""``osallisuus assess`` — answer the questions in the terminal, saving after every answer."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from osallisuus_cli.cli.commands._common import FrameworkOption, LangOption
from osallisuus_cli.cli.settings import switch

if TYPE_CHECKING:
    from osallisuus_cli.answering.session import Session
    from osallisuus_cli.cli.prompts.base import Frontend
    from osallisuus_cli.cli.prompts.opening import Plan
    from osallisuus_cli.model.framework import QuestionSet


def assess(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Answers file to write or to continue (default: answers/<your name or the project>.yaml).",
        ),
    ] = None,
    section: Annotated[
        list[str] | None,
        typer.Option(
            "--section",
            "-s",
            metavar="SECTION",
            help="Ask only this section: 1, 2A, 2B, 3 or R (2 means both parts of area 2). Repeatable.",
        ),
    ] = None,
    framework: FrameworkOption = None,
    lang: LangOption = None,
    plain: Annotated[
        bool,
        typer.Option(
            "--plain",
            envvar=["OSALLISUUS_PLAIN", "ACCESSIBLE"],
            show_envvar=False,
            parser=switch,
            help="Numbered line prompts: no menus, no arrow keys, no screen redraws (for screen readers and pipes). "
            "Also OSALLISUUS_PLAIN=1 or ACCESSIBLE=1.",
        ),
    ] = False,
    review: Annotated[
        bool, typer.Option("--review", help="Go through every answer again, with the saved answers as defaults.")
    ] = False,
    phase: Annotated[
        str | None,
        typer.Option(
            "--phase",
            metavar="PHASE",
            help="The phase to answer (any language or 1-3); another phase than the -o file's gets a file of its own.",
        ),
    ] = None,
    no_input: Annotated[
        bool,
        typer.Option("--no-input", help="Ask nothing: validate and normalise the --from file (for scripts and CI)."),
    ] = False,
    from_file: Annotated[
        Path | None,
        typer.Option(
            "--from",
            metavar="FILE",
            help="With --no-input: the answers file to validate and normalise (written back, or to -o).",
        ),
    ] = None,
    question: Annotated[
        str | None,
        typer.Option(
            "--question",
            "-q",
            metavar="NUMBER",
            help="Continue at this question (as printed when a session stops); with --review, review from it on.",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="With --no-input: overwrite an existing -o file (not the --from file itself)."),
    ] = False,
) -> None:
    """Answer THL's 24 helper questions; every answer is saved at once, Ctrl-C stops and tells how to continue."""
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
        if review:
            raise UsageError("assess.err_review_no_input")
        if phase is not None:
            raise UsageError("assess.err_phase_no_input")
        if from_file is None:
            raise UsageError("assess.err_no_input_needs_from")
        _normalise(qs, from_file, output, sections, force=force)
        return
    if from_file is not None:
        raise UsageError("assess.err_from_needs_no_input")
    # Plain mode reads plain lines, so it also works without a terminal (a screen reader's shell, a pipe);
    # the menus need a real terminal to read keys from and to draw on (with the output redirected they would be
    # drawn into the file, and the person would answer blind).
    if not plain and not (_is_terminal(sys.stdin) and _is_terminal(sys.stdout)):
        raise UsageError("assess.err_no_tty")
    from osallisuus_cli.cli.prompts import menus_unavailable

    # Git Bash's mintty and some embedded terminals are terminals the menus cannot open (on Windows prompt_toolkit
    # needs a console screen buffer): the same questions in plain lines, said once, and the printed commands say so.
    fallback = None if plain else menus_unavailable()
    if fallback is not None:
        from osallisuus_cli.cli.commands._common import info
        from osallisuus_cli.i18n import t

        info(t("assess.plain_fallback", reason=fallback))
        plain = True

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
    typed_plain = fallback is not None or bool(typed("plain", plain))
    ui = make_frontend(plain)
    _interview(ui, qs, plan, framework=typed("framework", framework), lang=typed("lang", lang), plain=typed_plain)


def _is_terminal(stream: Any) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def _interview(
    ui: Frontend, qs: QuestionSet, plan: Plan, *, framework: Path | None, lang: str | None, plain: bool
) -> None:
    """Run the questions; on Ctrl-C (or the input closing) stop with exit 130 and the command that continues.

    The command continues exactly where the session stopped: at the question being answered (its texts included)
    and in the review when a review was under way. A save that failed or that met a change made elsewhere ends
    the same way: what was saved before is safe, and the command says how to go on.
    """
    from osallisuus_cli.answering.ondisk import ChangedElsewhere
    from osallisuus_cli.answering.session import display_path
    from osallisuus_cli.cli.commandline import resume_command
    from osallisuus_cli.cli.prompts import flow, opening
    from osallisuus_cli.errors import DataError, Interrupted

    session: Session | None = None

    def command() -> str:
        assert session is not None
        at = session.at if session.at is not None and (session.reviewing or session.answer(session.at)) else None
        # a later phase's review continues from the earlier file again, so that its answers stay the defaults
        earlier = session.earlier_path if session.reviewing else None
        return resume_command(
            earlier or session.path,
            sections=plan.sections,
            framework=framework,
            lang=lang,
            plain=plain,
            review=session.reviewing,
            question=qs.question(at).number if at is not None else None,
            phase=session.doc.project.phase if earlier else None,
        )

    try:
        session = opening.open_session(ui, qs, plan)
        suggested = plan.settings.get("phase") if plan.review else None
        flow.run(ui, session, review=plan.review, start=plan.start, phase=plan.phase, suggested_phase=suggested)
    except (KeyboardInterrupt, EOFError):
        ui.interrupted()
        if session is None:
            if plan.found is None:
                raise Interrupted("assess.interrupted_nothing_saved") from None
            found = resume_command(plan.found, sections=plan.sections, framework=framework, lang=lang, plain=plain)
            raise Interrupted("assess.saved_resume", command=found) from None
        _say_cut(ui, session.cut)
        raise Interrupted("assess.saved_resume", command=command()) from None
    except ChangedElsewhere as exc:
        if session is None:
            raise
        raise DataError(
            "answering.err_changed_elsewhere_resume",
            file=display_path(session.path),
            what=_describe_change(qs, exc),
            command=command(),
        ) from None
    except DataError as exc:
        if session is None or exc.key != "common.write_failed":
            raise
        raise DataError(
            "answering.err_save_failed",
            file=display_path(session.path),
            reason=exc.params.get("reason", ""),
            command=command(),
        ) from None
    flow.finish(ui, session, framework=framework, plain=plain)


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


def _normalise(qs: QuestionSet, source: Path, output: Path | None, sections: list[str] | None, *, force: bool) -> None:
    """--no-input: ``source`` in normal form (``answering.normalform``), and what it holds said on stderr."""
    from osallisuus_cli.answering.normalform import normalise
    from osallisuus_cli.answering.session import display_path
    from osallisuus_cli.cli.commands._common import info
    from osallisuus_cli.i18n import t

    done = normalise(qs, source, output, sections, force=force)
    unchanged, target, counts = done.unchanged, done.target, done.counts
    info(
        t(
            "assess.no_input_unchanged" if unchanged else "assess.no_input_written",
            file=display_path(source),
            out=display_path(target),
            answered=counts.answered,
            na=counts.na,
            dont_know=counts.dont_know,
            missing=counts.missing,
        )
    )
