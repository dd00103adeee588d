"""``osallisuus workshop`` — the questions as a facilitated team session: silent rating, reveal, discussion."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from osallisuus_cli.cli.commands._common import (
    ForceOption,
    FrameworkOption,
    LangOption,
    MinGroupOption,
    OutputFileOption,
    PhaseOption,
    ProjectNameOption,
    SectionOption,
)

if TYPE_CHECKING:
    from osallisuus_cli.cli.settings import Settings
    from osallisuus_cli.groupwork.session import Session
    from osallisuus_cli.questionsets.framework import QuestionSet

WORKSHOP_MIN_GROUP = 3  # without a setting, a reveal of fewer than three ratings shows only their spread


ResumeOption = Annotated[
    Path | None, typer.Option("--resume", metavar="FILE", help="Continue a saved session where it stopped.")
]
LanOption = Annotated[bool, typer.Option("--lan", help="Let phones on the local network take part (shows a QR code).")]
AddressOption = Annotated[
    str | None, typer.Option("--address", metavar="IP", help="With --lan: this computer's address to listen on.")
]
PortOption = Annotated[
    int | None, typer.Option("--port", metavar="N", min=0, max=65535, help="Port (default 8765, or any free).")
]
CardsOption = Annotated[
    bool, typer.Option("--cards", help="Write printable A4 level cards (HTML) for room mode, and stop.")
]


def workshop(
    output: OutputFileOption = None,
    resume: ResumeOption = None,
    section: SectionOption = None,
    lan: LanOption = False,
    address: AddressOption = None,
    port: PortOption = None,
    project: ProjectNameOption = None,
    phase: PhaseOption = None,
    min_group: MinGroupOption = None,
    cards: CardsOption = False,
    framework: FrameworkOption = None,
    lang: LangOption = None,
    force: ForceOption = False,
) -> None:
    """Run a workshop: everyone rates silently (cards or phones), the facilitator reveals, the group agrees notes."""
    from osallisuus_cli.cli.commands._common import load_framework, typed
    from osallisuus_cli.cli.settings import current_settings
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.groupwork.session import refuse_locked
    from osallisuus_cli.i18n import get_language

    if address is not None and not lan:
        raise UsageError("workshop.err_address_needs_lan")
    if resume is not None:  # a saved session keeps its own; what the environment or project file says is no mistake
        _refuse_with_resume(section, project, typed("phase", phase), output, typed("min_group", min_group))
    language = get_language()
    qs = load_framework(framework)
    if cards:
        _write_cards(qs, language, output, force)
        return
    settings = current_settings()
    refuse_locked(qs)  # before anything is written or bound
    if resume is not None:
        session = _resumed_session(resume, qs)
    else:
        session = _new_session(qs, language, settings, output, section, project, phase, min_group, force)
    again = _resume_words(session.path, framework, typed("lang", lang))
    _serve(session, lan=lan, address=address, port=port, again=again)


def _refuse_with_resume(
    section: list[str] | None, project: str | None, phase: str | None, output: Path | None, min_group: str | None
) -> None:
    """--resume continues a saved session as it was planned: a section, project, phase, file or small-group rule
    typed with it is a mistake."""
    from osallisuus_cli.errors import UsageError

    for option, value in (("--section", section), ("--project", project), ("--phase", phase), ("-o", output)):
        if value:
            raise UsageError("workshop.err_resume_with", option=option)
    if min_group is not None:
        raise UsageError("workshop.err_resume_with", option="--min-group")


def _resumed_session(resume: Path, qs: QuestionSet) -> Session:
    """The saved session, unless it is still running on this computer (then where to find it)."""
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.groupwork import network
    from osallisuus_cli.groupwork.session import Session
    from osallisuus_cli.model.workshop import load_workshop

    saved = load_workshop(resume, qs)
    if saved.live is not None:
        elsewhere = network.running_elsewhere(saved.live.port, saved.live.facilitator_token)
        if elsewhere is not None:
            raise UsageError("workshop.err_running", target=str(resume), url=elsewhere)
    return Session.resume(resume, saved, qs)


def _serve(session: Session, *, lan: bool, address: str | None, port: int | None, again: list[str]) -> None:
    """Listen (on this computer only, or with ``lan`` on the local network too), say where to open the pages, and
    serve until the facilitator ends the session; ``again`` are the words that continue it."""
    from osallisuus_cli.answering.session import display_path
    from osallisuus_cli.cli.commands._common import info
    from osallisuus_cli.cli.output import terminal_width
    from osallisuus_cli.errors import Interrupted
    from osallisuus_cli.groupwork import network

    lan_ip = (network.checked_address(address) if address else network.lan_address()) if lan else None
    chosen = port if port is not None else (session.live.port or network.DEFAULT_PORT)
    listening = network.listen(chosen, lan_ip)
    session.live.port = listening.port
    session.save()
    info(_started(session), keep=[display_path(session.path)])
    if lan_ip:
        again = [*again, "--lan", *(["--address", address] if address else [])]

    def ready(addresses: list[str]) -> None:
        for url in addresses:
            typer.echo(url)  # stdout: one address a line, for a script or a terminal that opens links
        info(_t("workshop.open_facilitator"), keep=[])
        info(_t("workshop.phones_address" if lan_ip else "workshop.room_only"), keep=[])

    with_phones = again if lan_ip else [*again, "--lan"]
    try:
        network.serve(session, listening, on_ready=ready, resume=_joined(again), resume_lan=_joined(with_phones))
    except Interrupted:
        if terminal_width(sys.stderr) is not None:  # the terminal showed ^C where the message would begin
            sys.stderr.write("\n")
        raise
    target = display_path(session.path)
    report = _joined([*_program(), "report", target])
    info(_t("workshop.finished", target=target, command=report), keep=[target, report])


def _t(key: str, **params: object) -> str:
    from osallisuus_cli.i18n import t

    return t(key, **params)


def _resume_words(path: Path, framework: Path | None, lang: str | None) -> list[str]:
    """The words that continue this session from here: its file as typed here, and the options it cannot do
    without (a question set of its own, the language asked for)."""
    from osallisuus_cli.answering.session import display_path

    words = [*_program(), "workshop", "--resume", display_path(path)]
    if framework is not None:
        words += ["--framework", display_path(framework)]
    if lang:
        words += ["--lang", lang]
    return words


def _program() -> list[str]:
    from osallisuus_cli.cli.commandline import program

    return program()


def _joined(words: list[str]) -> str:
    from osallisuus_cli.cli.commandline import join_command

    return join_command(words)


def _started(session: Session) -> str:
    from osallisuus_cli.answering.session import display_path

    doc = session.doc
    return _t(
        "workshop.started",
        project=doc.project.name,
        phase=_t(f"team.phase.{doc.project.phase}"),
        count=len(doc.plan),
        target=display_path(session.path),
    )


def _new_session(
    qs: QuestionSet,
    language: str,
    settings: Settings,
    output: Path | None,
    section: list[str] | None,
    project: str | None,
    phase: str | None,
    min_group: str | None,
    force: bool,
) -> Session:
    """A new session's file: project and phase from the options or the project file, questions from --section."""
    from datetime import date

    from osallisuus_cli.answering.form import project_defaults
    from osallisuus_cli.errors import UsageError, Whole
    from osallisuus_cli.files import fsutil
    from osallisuus_cli.groupwork.session import Session, plan_questions
    from osallisuus_cli.model.answers import Project
    from osallisuus_cli.model.phases import parse_phase
    from osallisuus_cli.pipeline.team import min_group_setting

    details = project_defaults(settings)
    name = " ".join((project or details.get("name") or "").split())
    if not name:
        raise UsageError("workshop.err_project")
    chosen_phase = parse_phase(phase) if phase else "toteutus"  # --phase, else the project file's (cli.settings)
    plan = plan_questions(qs, section)
    if output is None:
        folder = settings.base_dir() / (settings.get("answers_dir") or "answers")
        stem = f"{_t('workshop.file_stem')}-{fsutil.slugify(name)}-{date.today().isoformat()}"
        output = folder / f"{stem}.yaml"
        number = 2
        while output.exists() and not force:
            output = folder / f"{stem}-{number}.yaml"
            number += 1
    elif output.exists() and not force:
        raise UsageError("workshop.err_exists", file=str(output), target=Whole(output))  # in a command to copy
    smallest = WORKSHOP_MIN_GROUP if min_group is None else min_group_setting(min_group)  # as for phase
    project_data = Project(
        name=name,
        code=details.get("code"),
        organisation=details.get("organisation"),
        region=details.get("region"),
        phase=chosen_phase,  # type: ignore[arg-type]  # one of PHASES, checked above
    )
    return Session.start(output, qs, project=project_data, language=language, plan=plan, min_group=smallest)


def _write_cards(qs: QuestionSet, language: str, output: Path | None, force: bool) -> None:
    from osallisuus_cli.answering.session import display_path
    from osallisuus_cli.cli.commands._common import info
    from osallisuus_cli.files import fsutil
    from osallisuus_cli.groupwork.pages import cards_page

    target = output if output is not None else Path.cwd() / f"{_t('workshop.cards_stem')}.html"
    fsutil.check_new_file(target, force=force)
    fsutil.atomic_write(target, cards_page(qs, language).encode("utf-8"))
    info(_t("workshop.cards_written", target=display_path(target)))
