"""Reading many files on every core: a pool of processes above a threshold, the same results in the same order.

Below ``POOL_FROM`` files, or with one core, the files are read one after another in this process: starting
workers would cost more than it saves. From there on the first file is read here — so that whatever is built on
first use (the question set's validators) is ready before the workers start, and each has it for free — and the
rest go to one worker per core in chunks. Results come back in input order, so what follows (the merge) sees exactly
what a serial read gives and writes the same bytes.

Results cross between processes as plain tuples (``pack_response``/``unpack_response``): pickling the dataclasses
themselves costs more than reading the files did.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any, TypeVar

from osallisuus_cli.model.team import Provenance, Response, TeamAnswer, TeamRespondent, _project

POOL_FROM = 200  # files; fewer are read in this process
CHUNK = 64  # most files a worker takes at a time (fewer when there are not many, so that both cores stay busy)

Item = TypeVar("Item")
Result = TypeVar("Result")

_job: Callable[[Any], Any] | None = None


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _start_worker(job: Callable[[Any], Any]) -> None:
    import signal

    # Ctrl-C is for the parent to handle (it stops the pool); a worker printing its own traceback would only confuse.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _job
    _job = job


def _run(item: Any) -> Any:
    assert _job is not None  # set by _start_worker
    return _job(item)


def ordered_map(
    job: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    send: Callable[[Result], Any] | None = None,
    receive: Callable[[Any], Result] | None = None,
    pool_from: int | None = None,
    processes: int | None = None,
) -> Iterator[Result]:
    """``map(job, items)``, on every core when there are at least ``pool_from`` items.

    In a worker, ``send`` turns a result into something cheap to pickle; here ``receive`` turns it back.
    """
    count = processes or cores()
    if len(items) < (POOL_FROM if pool_from is None else pool_from) or count < 2:
        yield from map(job, items)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    yield job(items[0])
    remote = job if send is None else _Sending(job, send)
    # fork: the workers start with everything already imported and built; elsewhere the platform's default
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    chunk = max(1, min(CHUNK, len(items) // (count * 4)))
    pool = ProcessPoolExecutor(
        count, mp_context=multiprocessing.get_context(method), initializer=_start_worker, initargs=(remote,)
    )
    try:
        for result in pool.map(_run, items[1:], chunksize=chunk):
            yield result if receive is None else receive(result)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class _Sending:
    """``send(job(item))``, picklable for platforms that start workers afresh."""

    def __init__(self, job: Callable[[Any], Any], send: Callable[[Any], Any]) -> None:
        self.job, self.send = job, send

    def __call__(self, item: Any) -> Any:
        return self.send(self.job(item))


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def pack_response(response: Response) -> tuple[Any, ...]:
    """A response as nested tuples of strings and numbers (times as ISO text, which pickles far faster)."""
    respondent, project, source = response.respondent, response.project, response.source
    return (
        (respondent.id, respondent.name, respondent.role),
        (project.name, project.code, project.organisation, project.region, project.phase),
        response.language,
        response.created.isoformat(),
        response.updated.isoformat(),
        tuple((qid, a.level, a.how, a.next_step, _iso(a.updated)) for qid, a in response.answers.items()),
        (source.file, source.sha256),
    )


def unpack_response(packed: tuple[Any, ...]) -> Response:
    """The response ``pack_response`` was given, equal field by field."""
    respondent, project, language, created, updated, answers, source = packed
    parse = datetime.fromisoformat
    return Response(
        TeamRespondent(*respondent),
        _project(*project),  # shared by every response of the same project, as when read here
        language,
        parse(created),
        parse(updated),
        {qid: TeamAnswer(level, how, step, parse(when) if when else None) for qid, level, how, step, when in answers},
        Provenance(*source),
    )


def send_outcome(outcome: tuple[Any, ...]) -> tuple[Any, ...]:
    """What reading one file gave (see ``merge._read_file``), its entries packed for the trip to the parent."""
    kind, entries, problems = outcome
    packed = [(pack_response(e.response), e.origin, e.from_team, e.identity) for e in entries]
    return kind, packed, problems


def receive_outcome(packed: tuple[Any, ...]) -> tuple[Any, ...]:
    from osallisuus_cli.teamwork.merge import Entry

    kind, entries, problems = packed
    return kind, [Entry(unpack_response(r), origin, team, ids) for r, origin, team, ids in entries], problems
