"""Where a workshop listens and how it runs: the loopback address always, one local-network address with ``--lan``.

The sockets are bound here, before the server starts, so that a port or an address that cannot be used is one clear
line rather than a server log, and so that the addresses printed are exactly the ones that answer. Nothing listens
on every interface (0.0.0.0): with ``--lan`` only the address of the chosen interface, and only while the session
runs.
"""

from __future__ import annotations

import ipaddress
import os
import signal
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from osallisuus_cli.errors import Interrupted, UsageError

if TYPE_CHECKING:
    import uvicorn

    from osallisuus_cli.groupwork.session import Session

LOOPBACK = "127.0.0.1"
DEFAULT_PORT = 8765


def lan_address() -> str:
    """This computer's address on the network its default route goes to (a UDP "connect" sends no packet)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere, only used to pick the interface
        address = str(probe.getsockname()[0])
    except OSError:
        raise UsageError("workshop.err_no_network") from None
    finally:
        probe.close()
    if ipaddress.ip_address(address).is_loopback or address == "0.0.0.0":  # noqa: S104 - refused, not bound
        raise UsageError("workshop.err_no_network")
    return address


def checked_address(address: str) -> str:
    """An address given with --address: an IPv4 address that is neither 'every interface' nor loopback."""
    try:
        parsed = ipaddress.IPv4Address(address.strip())
    except ValueError:
        raise UsageError("workshop.err_address", address=address, reason="IPv4") from None
    if parsed.is_unspecified or parsed.is_loopback or parsed.is_multicast:
        raise UsageError("workshop.err_address", address=address, reason=str(parsed))
    return str(parsed)


def _bind(address: str, port: int, *, key: str) -> socket.socket:
    # IPPROTO_TCP named: asyncio turns Nagle off (TCP_NODELAY) only on sockets that say so, and with Nagle on a
    # response written in two pieces waits for the delayed ACK (40 ms a request)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        if os.name == "nt":  # on Windows SO_REUSEADDR would let another program take over the port: refuse that
            sock.setsockopt(socket.SOL_SOCKET, getattr(socket, "SO_EXCLUSIVEADDRUSE", -5), 1)
        else:  # a session resumed right after a crash gets its port back while old connections wait to close
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((address, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        reason = exc.strerror or str(exc)
        raise UsageError(key, address=address, port=port, reason=reason) from None
    return sock


@dataclass
class Listening:
    """The bound sockets and the addresses people open."""

    sockets: list[socket.socket]
    port: int
    lan: str | None

    @property
    def hosts(self) -> frozenset[str]:
        names = {f"{LOOPBACK}:{self.port}", f"localhost:{self.port}"}
        if self.lan:
            names.add(f"{self.lan}:{self.port}")
        return frozenset(names)

    def facilitator_url(self, token: str) -> str:
        return f"http://{LOOPBACK}:{self.port}/f/{token}/"

    def participant_url(self, token: str) -> str | None:
        return f"http://{self.lan}:{self.port}/p/{token}/" if self.lan else None

    def close(self) -> None:
        for sock in self.sockets:
            sock.close()


def running_elsewhere(port: int | None, facilitator_token: str) -> str | None:
    """The facilitator's address when this session is being run right now by another ``osallisuus workshop`` (its
    page answers on the port and with the token the file names), else None: two servers must not share one file."""
    if port is None:
        return None
    import urllib.error
    import urllib.request

    url = f"http://{LOOPBACK}:{port}/f/{facilitator_token}/"
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return url if response.status == 200 else None
    except (urllib.error.URLError, OSError, ValueError):
        return None


def listen(port: int, lan: str | None) -> Listening:
    """Loopback on ``port`` (0: any free one; the default port when it is free, else any), plus ``lan`` on the same."""
    try:
        loopback = _bind(LOOPBACK, port, key="workshop.err_port")
    except UsageError:
        if port != DEFAULT_PORT:
            raise
        loopback = _bind(LOOPBACK, 0, key="workshop.err_port")  # the usual port is taken: any free one will do
    chosen = int(loopback.getsockname()[1])
    sockets = [loopback]
    if lan is not None:
        try:
            sockets.append(_bind(lan, chosen, key="workshop.err_address"))
        except UsageError:
            loopback.close()
            raise
    return Listening(sockets, chosen, lan)


def _ctrl_c_stops(server: uvicorn.Server) -> Any:
    """From here on Ctrl-C asks the server to stop, as uvicorn's own handler does once its loop runs: pressed in the
    instant before that, it raised KeyboardInterrupt into a loop half set up, and Python printed a warning or a
    traceback above the message that all is saved. The handler it replaces is returned, None off the main thread."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGINT, server.handle_exit)


def serve(
    session: Session,
    listening: Listening,
    *,
    on_ready: Callable[[list[str]], None],
    resume: str,
    resume_lan: str,
) -> bool:
    """Run the server until the facilitator ends the session (True) or the user presses Ctrl-C (``Interrupted``).

    ``resume`` is the command line that continues the session as it runs now, ``resume_lan`` the one that continues
    it with phones (the facilitator's page shows it when phones are off); both are quoted for this platform's shell.
    """
    import uvicorn

    from osallisuus_cli.groupwork.server import Workshop, build_app

    live = session.live
    workshop = Workshop(
        session, listening.hosts, listening.participant_url(live.participant_token), resume_command=resume_lan
    )
    config = uvicorn.Config(
        build_app(workshop),
        http="h11",
        ws="none",
        lifespan="off",
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=1,
        limit_concurrency=1000,
        server_header=False,
    )
    server = uvicorn.Server(config)

    def finish() -> None:
        server.should_exit = True

    workshop.on_finish = finish
    addresses = [listening.facilitator_url(live.facilitator_token)]
    if workshop.participant_url:
        addresses.append(workshop.participant_url)
    previous = _ctrl_c_stops(server)
    try:
        on_ready(addresses)
        server.run(sockets=listening.sockets)
    except KeyboardInterrupt:
        pass  # uvicorn has shut down and raises the signal again: the session is saved, as after every event
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        listening.close()
    if session.doc.live is not None:
        raise Interrupted("workshop.interrupted", target=str(session.path), command=resume)
    return True
