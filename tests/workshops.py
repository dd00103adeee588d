"""A real ``osallisuus workshop`` for tests: the command started as a user starts it, on 127.0.0.1 and a free port.

The facilitator's address is read from the command's stdout (its first line), as a user would copy it; the
participants' link is read from the workshop file, because without ``--lan`` the command prints only the first.
"""

from __future__ import annotations

import os
import selectors
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx

from osallisuus_cli.files import yamlio
from tests.shells import in_the_foreground

REPO = Path(__file__).resolve().parents[1]
START_TIMEOUT = 8.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Running:
    """One workshop process and its addresses."""

    def __init__(self, folder: Path, *args: str, port: int | None = None, file: str = "paja.yaml") -> None:
        self.folder, self.port = folder, port or free_port()
        self.path = folder / file
        env = {key: value for key, value in os.environ.items() if not key.startswith("OSALLISUUS_")}
        env.update({"PYTHONPATH": str(REPO), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "NO_COLOR": "1"})
        self.process = subprocess.Popen(
            [sys.executable, "-m", "osallisuus_cli", "workshop", *args, "--port", str(self.port)],
            cwd=folder,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            preexec_fn=in_the_foreground,  # stop() sends the SIGINT of a Ctrl-C
        )
        self.facilitator = self._first_line()
        self.base = f"http://127.0.0.1:{self.port}"

    def _first_line(self) -> str:
        assert self.process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            if not selector.select(START_TIMEOUT):
                self.stop()
                raise AssertionError("the workshop printed no address")
        line = self.process.stdout.readline().decode("utf-8").strip()
        if not line:
            raise AssertionError(self.process.stderr.read().decode("utf-8") if self.process.stderr else "no output")
        return line

    @property
    def data(self) -> dict[str, Any]:
        loaded = yamlio.parse(self.path.read_text(encoding="utf-8"), file=str(self.path), what="workshop.what")
        assert isinstance(loaded, dict)
        return loaded

    @property
    def participant(self) -> str:
        return f"{self.base}/p/{self.data['live']['participant_token']}/"

    def client(self) -> httpx.Client:
        """A client that behaves as the pages do: same-origin POSTs with JSON."""
        origin = self.base
        return httpx.Client(base_url=self.base, headers={"Origin": origin}, timeout=5.0)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(5)

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        return int(self.process.returncode)

    def wait(self, timeout: float = 5.0) -> int:
        return int(self.process.wait(timeout))

    def stderr(self) -> str:
        assert self.process.stderr is not None
        return self.process.stderr.read().decode("utf-8")
