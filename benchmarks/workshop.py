"""`osallisuus workshop` under a full room: 30 phones over loopback against the real command.

Measures, over several questions:
- vote → facilitator: from a phone's POST to the moment the facilitator's event stream shows the new count;
- reveal → every phone: from the facilitator's reveal to the moment each phone's event stream shows the result;
- the server's memory (resident set, and its peak) at the end.

Target: p95 ≤ 200 ms for both on two cores; memory is reported, not targeted. Run:
    .venv/bin/python benchmarks/workshop.py [--phones 30] [--questions 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import yaml

REPO = Path(__file__).resolve().parents[1]
TARGET_MS = 200.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def memory_kib(pid: int) -> dict[str, int]:
    found = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            found[name] = int(value.split()[0])
    return found


class Stream:
    """One event stream: the latest state and a wake-up for whoever waits on a condition about it."""

    def __init__(self) -> None:
        self.state: dict[str, Any] = {}
        self.changed = asyncio.Event()

    async def follow(self, client: httpx.AsyncClient, url: str) -> None:
        async with client.stream("GET", url, timeout=None) as response:
            async for line in response.aiter_lines():
                if line.startswith("data: "):
                    self.state = json.loads(line[6:])
                    self.changed.set()

    async def until(self, test: Any) -> float:
        while not test(self.state):
            self.changed.clear()
            await self.changed.wait()
        return time.perf_counter()


async def room(base: str, facilitator: str, participant: str, phones: int, questions: int) -> tuple[list[float], ...]:
    headers = {"Origin": base}
    limits = httpx.Limits(max_connections=phones * 2 + 10)
    async with httpx.AsyncClient(base_url=base, headers=headers, limits=limits) as client:
        seats = [(await client.post(participant + "join", json={"seat": None})).json()["seat"] for _ in range(phones)]
        projector = Stream()
        streams = [Stream() for _ in seats]
        tasks = [asyncio.create_task(projector.follow(client, facilitator + "events"))]
        tasks += [
            asyncio.create_task(stream.follow(client, f"{participant}events?seat={seat}"))
            for stream, seat in zip(streams, seats, strict=True)
        ]
        await projector.until(lambda s: s.get("seats") == phones)
        vote_ms: list[float] = []
        reveal_ms: list[float] = []
        for _ in range(questions):
            question = (await projector.until(lambda s: "question" in s), projector.state["question"])[1]
            for index, seat in enumerate(seats):
                sent = time.perf_counter()
                await client.post(participant + "vote", json={"seat": seat, "question": question, "level": index % 5})
                seen = await projector.until(lambda s, n=index + 1, q=question: s["question"] == q and s["rated"] >= n)
                vote_ms.append((seen - sent) * 1000)
            sent = time.perf_counter()
            await client.post(facilitator + "act", json={"action": "reveal"})

            def revealed(state: dict[str, Any], q: str = question) -> bool:
                return bool(state.get("question") == q and state.get("revealed"))

            arrivals = await asyncio.gather(*(stream.until(revealed) for stream in streams))
            reveal_ms += [(arrived - sent) * 1000 for arrived in arrivals]
            await client.post(facilitator + "act", json={"action": "next"})
            await projector.until(lambda s, q=question: s["question"] != q)
        for task in tasks:
            task.cancel()
        return vote_ms, reveal_ms


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--phones", type=int, default=30)
    parser.add_argument("--questions", type=int, default=5)
    args = parser.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        command = [sys.executable, "-m", "osallisuus_cli", "workshop", "--project", "Mittaus", "-o", "paja.yaml"]
        server = subprocess.Popen(
            [*command, "--port", str(port), "--section", "2A"],
            cwd=folder,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        try:
            assert server.stdout is not None
            facilitator_url = server.stdout.readline().decode().strip()
            base = f"http://127.0.0.1:{port}"
            token = yaml.safe_load((Path(folder) / "paja.yaml").read_text(encoding="utf-8"))["live"]
            participant = f"/p/{token['participant_token']}/"
            facilitator = facilitator_url.removeprefix(base)
            votes, reveals = asyncio.run(room(base, facilitator, participant, args.phones, args.questions))
            memory = memory_kib(server.pid)
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(10)
    print(f"{args.phones} phones, {args.questions} questions over loopback (load average {os.getloadavg()[0]:.1f})")
    for name, values in (("vote → facilitator", votes), ("reveal → every phone", reveals)):
        p50, p95 = statistics.median(values), percentile(values, 0.95)
        print(f"{name:22} n={len(values):4}  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  p95/target {p95 / TARGET_MS:.2f}")
    print(f"server memory: resident {memory['VmRSS'] / 1024:.1f} MB, peak {memory['VmHWM'] / 1024:.1f} MB")


if __name__ == "__main__":
    main()
