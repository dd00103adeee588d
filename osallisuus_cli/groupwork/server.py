"""The workshop's local web server: Starlette on uvicorn, server-sent events for pushes, ``fetch`` POSTs for votes.

Every request passes ``Guard`` first: a Host header the session did not print is refused (DNS rebinding), a
state-changing request must come from the page's own origin with a JSON body of bounded size, and every response
carries a strict Content-Security-Policy (a page's own, allowing its inlined script and style by hash; otherwise
nothing at all), no-referrer and no-store. The facilitator's pages answer only on the loopback address, with their
own token; the phones' pages answer on the address the session printed, with the participants' token. A wrong token
gets 404, like a page that does not exist. Nothing is set in cookies.
"""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from osallisuus_cli.groupwork import pages
from osallisuus_cli.groupwork.session import Refused, Session
from osallisuus_cli.groupwork.views import facilitator_state, parse_level, phone_state

if TYPE_CHECKING:
    from starlette.types import Message, Receive, Scope, Send

MAX_BODY = 64 * 1024  # the agreed texts of one question, with room to spare; a vote is a few dozen bytes
MAX_STREAMS = 400  # open event streams: every seat twice over (a phone reloading), and the projector
HEARTBEAT = 15.0  # seconds between comments on an idle stream, so that proxies and phones keep it open
LOOPBACK = ("127.0.0.1", "::1")
# every response that is not a page (the event streams, the answers to POSTs, refusals) may load nothing at all; a
# page sends its own policy, which allows its own inlined script and style by hash (``pages.page_csp``)
CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


class Guard:
    """Host allowlist, Origin and body checks, and the security headers, around the whole application."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], hosts: frozenset[str]) -> None:
        self.app, self.hosts = app, hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {name.decode("latin-1"): value.decode("latin-1") for name, value in scope["headers"]}
        host = headers.get("host", "")
        refusal: tuple[int, str] | None = None
        if host not in self.hosts:
            refusal = (421, "unknown host")
        elif scope["method"] not in ("GET", "HEAD", "POST"):
            refusal = (405, "method not allowed")
        elif scope["method"] == "POST":
            if headers.get("origin") != f"http://{host}":
                refusal = (403, "cross-origin request refused")
            elif headers.get("content-type", "").split(";")[0].strip() != "application/json":
                refusal = (415, "JSON only")
            elif not headers.get("content-length", "").isdigit() or int(headers["content-length"]) > MAX_BODY:
                refusal = (413, "body too large or of unknown size")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not any(name.lower() == b"content-security-policy" for name, _value in headers):
                    headers.append((b"content-security-policy", CSP.encode()))
                message["headers"] = [*headers, *SECURITY_HEADERS]
            await send(message)

        if refusal is not None:
            await PlainTextResponse(refusal[1], status_code=refusal[0])(scope, receive, with_headers)
            return
        await self.app(scope, receive, with_headers)


@dataclass
class Hub:
    """Tells every open event stream that the state changed (the streams then send the whole state)."""

    queues: set[asyncio.Queue[int]] = field(default_factory=set)

    def notify(self, version: int) -> None:
        for queue in list(self.queues):
            if queue.full():  # a slow reader gets only the newest state
                queue.get_nowait()
            queue.put_nowait(version)


@dataclass
class Workshop:
    """What the server serves: one session, its two tokens, the addresses it answers on."""

    session: Session
    hosts: frozenset[str]
    participant_url: str | None  # what the QR code says; None without --lan (phones cannot reach a loopback)
    resume_command: str = ""  # the command line that continues this session with phones (shown when they are off)
    hub: Hub = field(default_factory=Hub)
    on_finish: Callable[[], None] = lambda: None


async def read_json(request: Request) -> dict[str, Any]:
    """The JSON object of a request, read no further than ``MAX_BODY`` bytes whatever the header said."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise Refused("too_large")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise Refused("malformed") from None
    if not isinstance(data, dict):
        raise Refused("malformed")
    return data


def _token_ok(given: str, expected: str) -> bool:
    return secrets.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8"))


class Handlers:
    """The routes of one session: its two pages, their event streams and the POSTs that change it."""

    def __init__(self, workshop: Workshop) -> None:
        self.workshop, self.session = workshop, workshop.session

    def routes(self) -> list[Route]:
        return [
            Route("/f/{token}/", self.facilitator_page, methods=["GET"]),
            Route("/f/{token}/events", self.facilitator_events, methods=["GET"]),
            Route("/f/{token}/act", self.facilitator_act, methods=["POST"]),
            Route("/p/{token}/", self.phone_page, methods=["GET"]),
            Route("/p/{token}/events", self.phone_events, methods=["GET"]),
            Route("/p/{token}/join", self.phone_join, methods=["POST"]),
            Route("/p/{token}/vote", self.phone_vote, methods=["POST"]),
        ]

    # --- who may ----------------------------------------------------------------------------------------------

    def facilitator_allowed(self, request: Request) -> bool:
        server = request.scope.get("server") or ("", 0)
        live = self.session.doc.live  # None once the session is closed: every link is dead
        return (
            live is not None
            and server[0] in LOOPBACK
            and _token_ok(request.path_params["token"], live.facilitator_token)
        )

    def participant_allowed(self, request: Request) -> bool:
        live = self.session.doc.live
        return live is not None and _token_ok(request.path_params["token"], live.participant_token)

    # --- answers ----------------------------------------------------------------------------------------------

    @staticmethod
    def not_found() -> Response:
        return PlainTextResponse("not found", status_code=404)

    @staticmethod
    def refused(reason: str) -> Response:
        status = 413 if reason == "too_large" else 400 if reason == "malformed" else 409
        return JSONResponse({"refused": reason}, status_code=status)

    def changed(self) -> None:
        self.workshop.hub.notify(self.session.version)

    async def stream(self, state: Callable[[], dict[str, Any]]) -> AsyncIterator[bytes]:
        """The whole state on connecting and after every change; a comment now and then to keep the line open."""
        queue: asyncio.Queue[int] = asyncio.Queue(maxsize=1)
        self.workshop.hub.queues.add(queue)
        try:
            yield b"retry: 1000\n\n"
            while True:
                if self.session.doc.live is None:  # the facilitator ended the session
                    yield b'data: {"closed": true}\n\n'
                    return
                yield b"data: " + json.dumps(state(), ensure_ascii=False).encode("utf-8") + b"\n\n"
                try:
                    await asyncio.wait_for(queue.get(), HEARTBEAT)
                except TimeoutError:
                    yield b": still here\n\n"
        finally:
            self.workshop.hub.queues.discard(queue)

    def event_stream(self, state: Callable[[], dict[str, Any]]) -> Response:
        if len(self.workshop.hub.queues) >= MAX_STREAMS:
            return PlainTextResponse("too many connections", status_code=503)
        headers = {"x-accel-buffering": "no"}
        return StreamingResponse(self.stream(state), media_type="text/event-stream", headers=headers)

    # --- the facilitator --------------------------------------------------------------------------------------

    async def facilitator_page(self, request: Request) -> Response:
        if not self.facilitator_allowed(request):
            return self.not_found()
        page = pages.facilitator_page(self.session, self.workshop.participant_url, self.workshop.resume_command)
        return pages.html_response(page)

    async def facilitator_events(self, request: Request) -> Response:
        if not self.facilitator_allowed(request):
            return self.not_found()
        return self.event_stream(lambda: facilitator_state(self.session))

    async def facilitator_act(self, request: Request) -> Response:
        if not self.facilitator_allowed(request):
            return self.not_found()
        try:
            finished = act(self.session, await read_json(request))
        except Refused as refusal:
            self.changed()  # a refusal may have stopped the session's saving: the projector says so
            return self.refused(refusal.reason)
        self.changed()
        if finished:
            self.workshop.on_finish()
        return Response(status_code=204)

    # --- the phones -------------------------------------------------------------------------------------------

    async def phone_page(self, request: Request) -> Response:
        if not self.participant_allowed(request):
            return self.not_found()
        return pages.html_response(pages.phone_page(self.session))

    async def phone_events(self, request: Request) -> Response:
        if not self.participant_allowed(request):
            return self.not_found()
        secret = request.query_params.get("seat")
        return self.event_stream(lambda: phone_state(self.session, secret))

    async def phone_join(self, request: Request) -> Response:
        if not self.participant_allowed(request):
            return self.not_found()
        before = self.session.version
        try:
            given = (await read_json(request)).get("seat")
            secret, _number = self.session.join(given if isinstance(given, str) and len(given) <= 100 else None)
        except Refused as refusal:
            return self.refused(refusal.reason)
        finally:
            if self.session.version != before or self.session.broken:
                self.changed()
        return JSONResponse({"seat": secret})

    async def phone_vote(self, request: Request) -> Response:
        if not self.participant_allowed(request):
            return self.not_found()
        before = self.session.version
        try:
            data = await read_json(request)
            seat, question = data.get("seat"), data.get("question")
            if not isinstance(seat, str) or not isinstance(question, str):
                raise Refused("malformed")
            self.session.vote(seat, question, parse_level(data.get("level")))
        except Refused as refusal:
            return self.refused(refusal.reason)
        finally:
            if self.session.version != before or self.session.broken:
                self.changed()
        return Response(status_code=204)


def build_app(workshop: Workshop) -> Guard:
    """The ASGI application of one session."""
    return Guard(Starlette(routes=Handlers(workshop).routes()), workshop.hosts)


def act(session: Session, data: dict[str, Any]) -> bool:
    """One of the facilitator's actions; True when it ends the session."""
    action = data.get("action")
    if action == "reveal":
        room = data.get("room") or {}
        if not isinstance(room, dict) or len(room) > 20:
            raise Refused("count")
        session.reveal({parse_level(level): count for level, count in room.items()})
    elif action == "notes":
        texts = {name: data.get(name) for name in ("how", "next_step", "differ") if name in data}
        session.notes(**texts)
    elif action in ("next", "previous"):
        session.move(1 if action == "next" else -1, discard=data.get("discard") is True)
    elif action == "finish":
        session.close()
        return True
    else:
        raise Refused("action")
    return False
