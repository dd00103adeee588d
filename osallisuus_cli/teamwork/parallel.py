"""Reading many files on every core: a pool of processes above a threshold, the same results in the same order.

Below ``Pooling.read_from`` files, or with one core, the files are read one after another in this process: starting
workers would cost more than it saves. From there on the first file is read here — so that whatever is built on
first use (the question set's validators) is ready before the workers start, and each has it for free — and the
rest go to one worker per core in chunks. Results come back in input order, so what follows (the merge) sees exactly
what a serial read gives and writes the same bytes.

A worker packs what it read straight from the checked file into plain tuples (``pack_answers``, ``pack_team``) and
the parent makes the team's records from them (``receive_outcome``): building the records in the worker and
pickling the dataclasses would cost more than reading the files did.

``validate`` reads a folder through the same pool (``filecheck.check_paths``), the import the rows of a large
export (``importing.rows``). A large team file is written the same way (``team_chunks``): runs of responses on every
core, in order. Where there is no fork (Windows), workers are spawned and give the same results; a worker ends as
soon as the process that started it does, however it ended (``_die_with_parent``). When a pool is used, and how
many workers it has, is each entry point's ``pooling`` parameter (``Pooling``).
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, TypeVar

from osallisuus_cli.model import team as team_mod
from osallisuus_cli.model.answers import AnswersFile
from osallisuus_cli.model.team import (
    Provenance,
    Response,
    TeamAnswer,
    TeamFile,
    TeamRespondent,
    shared_project,
    shared_zone,
)
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.teamwork.entries import Entry, same_id

CHUNK = 64  # most files a worker takes at a time (fewer when there are not many, so that both cores stay busy)

Item = TypeVar("Item")
Result = TypeVar("Result")

_job: Callable[[Any], Any] | None = None

# Told how long work advances: (what, done, total), ``what`` a message key of the work ("common.progress_read_files").
# The command line draws it on a terminal (cli.progress); the core only counts, and counts nothing without one.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Pooling:
    """When work goes to a pool of worker processes, and to how many: every entry point that can use a pool takes
    one (``merge.collect_team``, ``filecheck.check_paths``, ``importing.run.plan_import``, ``team_chunks``).

    Each threshold is where the pool starts to pay on two cores shared with other work: below it the work is done
    in this process. Started by fork (where there is one) a worker has everything this process built; started
    afresh (spawn: Windows, macOS) it first imports the tool and is sent the question set: 0.25-0.3 s of CPU per
    worker, while reading 1,000 answers files costs 0.65 s of CPU. On two cores spawned workers pay from about
    1,000 files (on more cores, sooner) — hence the higher thresholds there.
    """

    read_from: int = 200  # files read (merge, validate, report); spawn: ``spawn_read_from``
    spawn_read_from: int = 1000
    # Import rows. A row costs half a millisecond and forking the workers a tenth of a second; on two shared cores,
    # 1,000 rows took 0.37 s here and 0.48 s with the pool.
    rows_from: int = 2000
    spawn_rows_from: int = 4000
    # Responses of a team file written. Writing one costs a fifth of reading its file and forking workers that hold
    # the whole team a tenth of a second. Without fork the team would have to be pickled to the workers, which
    # costs more than writing it (2,000 responses: 0.22 s of CPU to write, 0.3 s to pickle and 0.3 s to unpickle).
    write_from: int = 2000
    run: int = 128  # responses a worker writes at a time
    processes: int | None = None  # default: every core this process may run on
    start_method: str | None = None  # default: fork where there is one, else the platform's own (spawn)

    def method(self) -> str:
        """How workers are started: ``start_method`` when given, else fork where it exists, else spawn."""
        return self.start_method or ("fork" if forks() else "spawn")

    def workers(self) -> int:
        return self.processes or cores()

    def reads_from(self) -> int:
        return self.read_from if self.method() == "fork" else max(self.read_from, self.spawn_read_from)

    def imports_from(self) -> int:
        return self.rows_from if self.method() == "fork" else max(self.rows_from, self.spawn_rows_from)


DEFAULT = Pooling()


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def forks() -> bool:
    """Whether workers can be started by forking this process: they then have everything it built, unpickled.

    A platform without fork (Windows) looks to Python like one without ``os.fork``; multiprocessing still lists
    "fork" among its methods on every POSIX system, so both are asked.
    """
    import multiprocessing

    return hasattr(os, "fork") and "fork" in multiprocessing.get_all_start_methods()


def _start_worker(job: Callable[[Any], Any]) -> None:
    import signal

    # Ctrl-C is for the parent to handle (it stops the pool); a worker printing its own traceback would only confuse.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    global _job
    _job = job


def _die_with_parent() -> None:
    """End this worker as soon as the process that started it is gone, however it went (SIGKILL included).

    A worker waits for its next task on a pipe that the other workers hold open too, so a parent killed outright
    would leave them waiting forever, each holding its share of the files in memory. multiprocessing gives every
    child a sentinel that becomes ready when its parent ends (on POSIX the read end of a pipe only the parent
    writes to, on Windows the parent's process handle): a thread here waits on it and ends the process.
    """
    import multiprocessing
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    sentinel = getattr(parent, "sentinel", None)
    if sentinel is None:  # pragma: no cover - started some other way than by multiprocessing
        return

    def watch() -> None:
        wait([sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="osallisuus-parent-watch", daemon=True).start()


def _run(item: Any) -> Any:
    assert _job is not None  # set by _start_worker
    return _job(item)


def ordered_map(
    job: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    remote: Callable[[Item], Any] | None = None,
    receive: Callable[[Any], Result] | None = None,
    pool_from: int,
    pooling: Pooling = DEFAULT,
    progress: Progress | None = None,
    what: str = "common.progress_read_files",
) -> Iterator[Result]:
    """``map(job, items)``, on ``pooling.workers()`` cores when there are at least ``pool_from`` items.

    A worker runs ``remote`` (default ``job``), which may return something cheaper to pickle than ``job`` would;
    here ``receive`` turns that into what ``job`` gives. Results are yielded as soon as they arrive, in order, so
    the caller's work on them overlaps the reading of the rest. Started by spawn, a worker is sent ``remote`` once
    (with what it holds: the question set, an import's table), never per item. ``progress`` hears ``what`` and how
    many items are done as each result is taken.
    """
    if progress is not None:
        results = ordered_map(job, items, remote=remote, receive=receive, pool_from=pool_from, pooling=pooling)
        yield from _counted(results, len(items), progress, what)
        return
    count = pooling.workers()
    if len(items) < pool_from or count < 2:
        yield from map(job, items)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # The first item is done here, so that whatever is built on first use (the question set's validators) is ready
    # before forked workers start, and each has it for free.
    yield job(items[0])
    chunk = max(1, min(CHUNK, len(items) // (count * 4)))
    context = multiprocessing.get_context(pooling.method())
    pool = ProcessPoolExecutor(count, mp_context=context, initializer=_start_worker, initargs=(remote or job,))
    try:
        for result in pool.map(_run, items[1:], chunksize=chunk):
            yield result if receive is None else receive(result)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _counted(results: Iterator[Result], total: int, progress: Progress, what: str) -> Iterator[Result]:
    for done, result in enumerate(results, 1):
        progress(what, done, total)
        yield result


# A moment crosses as (year, month, day, hour, minute, second, UTC offset in microseconds): cheaper to make, pickle
# and turn back than ISO text, and each offset becomes the one shared ``timezone`` of the serial read
# (``team.stored_moment``).
_MICROSECOND = timedelta(microseconds=1)


def _pack_moment(moment: datetime) -> tuple[int, ...]:
    offset = moment.utcoffset()
    assert offset is not None  # every stored time has its offset (AwareDatetime)
    return moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second, offset // _MICROSECOND


class _Zones(dict[int, tzinfo]):
    """The shared ``timezone`` of each UTC offset (in microseconds)."""

    def __missing__(self, offset: int) -> tzinfo:
        zone = self[offset] = shared_zone(timedelta(microseconds=offset))
        return zone


_ZONES = _Zones()


def pack_response(response: Response | AnswersFile, source: Provenance) -> tuple[Any, ...]:
    """What ``response_from_answers`` would make of a checked answers file or a team's response, as nested tuples of
    strings and numbers (packing the dataclasses themselves costs more than reading the files did)."""
    respondent, project = response.respondent, response.project
    pack = _pack_moment
    return (
        (respondent.id, respondent.name, respondent.role),
        (project.name, project.code, project.organisation, project.region, project.phase),
        response.language,
        pack(response.created),
        pack(response.updated),
        tuple(
            (qid, a.level, a.how, a.next_step, a.updated and pack(a.updated), a.reason)
            for qid, a in response.answers.items()
        ),
        (source.file, source.sha256),
    )


def unpack_response(packed: tuple[Any, ...]) -> Response:
    """The response ``pack_response`` was given (as ``response_from_answers`` makes it), equal field by field.

    This runs in the parent for every answer of every file while the workers read on: written for speed. Texts are
    kept as the serial read keeps them (``team._text``): none for empty, one copy of each text.
    """
    respondent, project, language, created, updated, answers, source = packed
    zones, intern = _ZONES, sys.intern
    year, month, day, hour, minute, second, offset = created
    created = datetime(year, month, day, hour, minute, second, 0, zones[offset])
    year, month, day, hour, minute, second, offset = updated
    updated = datetime(year, month, day, hour, minute, second, 0, zones[offset])
    unpacked = {}
    for qid, level, how, step, when, reason in answers:
        if when is not None:
            year, month, day, hour, minute, second, offset = when
            when = datetime(year, month, day, hour, minute, second, 0, zones[offset])
        unpacked[qid] = TeamAnswer(
            level,
            intern(how) if how else None,
            intern(step) if step else None,
            when,
            intern(reason) if reason else None,
        )
    return Response(
        TeamRespondent(*respondent),
        shared_project(*project),  # shared by every response of the same project, as when read here
        language,
        created,
        updated,
        unpacked,
        Provenance(*source),
    )


def pack_answers(doc: AnswersFile, path: Path, sha: str) -> tuple[Any, ...]:
    """``merge.answers_entry(doc, path, sha)``, packed in the worker straight from the checked file."""

    return pack_response(doc, Provenance(path.name, sha)), str(path), False, ("id", same_id(doc.respondent.id))


def pack_team(team: TeamFile, path: Path, sha: str) -> list[tuple[Any, ...]]:
    """``merge.team_entries(team, path, sha)``, packed."""

    name = str(path)
    return [
        (
            pack_response(r, r.source),
            name,
            True,
            ("anon", sha, r.respondent.id) if team.anonymized else ("id", same_id(r.respondent.id)),
        )
        for r in team.responses
    ]


def receive_entries(packed: list[tuple[Any, ...]]) -> list[Any]:
    """The ``merge.Entry`` records of what ``pack_answers`` or ``pack_team`` gave."""

    return [Entry(unpack_response(r), origin, team, ids) for r, origin, team, ids in packed]


def receive_outcome(packed: tuple[Any, ...]) -> tuple[Any, ...]:
    """What reading one file gave (see ``merge._read_file``), its entries unpacked (workshops cross as they are)."""
    kind, entries, problems, workshops = packed
    return kind, receive_entries(entries), problems, workshops


# --- writing a large team file -------------------------------------------------------------------------------------


def team_chunks(team: TeamFile, qs: QuestionSet, pooling: Pooling = DEFAULT) -> Iterator[str | bytes]:
    """``team.team_chunks(team, qs)``, the same text, written on every core for a large team.

    Writing is the last step of a merge, after every file has been read: on one core, ten thousand responses would
    leave the others idle for seconds. The workers are forked once the team is sorted, so they have it without any
    of it crossing; each sends back the UTF-8 bytes of runs of ``pooling.run`` responses, and the runs are written in
    order. Without fork the team would have to be pickled to the workers, which costs more than writing it
    (``Pooling.write_from``): it is written here.
    """
    responses = team.responses
    if len(responses) < pooling.write_from or pooling.workers() < 2 or pooling.method() != "fork":
        yield from team_mod.team_chunks(team, qs)
        return
    yield team_mod.team_head(team)
    size = pooling.run
    runs = [(start, min(start + size, len(responses))) for start in range(0, len(responses), size)]
    job = functools.partial(_write_run, responses, team_mod.response_writer(qs))
    yield from ordered_map(job, runs, pool_from=2, pooling=pooling)
    yield team_mod.workshops_text(team)


def _write_run(responses: list[Response], write: Callable[[Response], str], run: tuple[int, int]) -> bytes:
    start, stop = run
    return "".join([write(response) for response in responses[start:stop]]).encode("utf-8")
