"""The workshop server over real HTTP on 127.0.0.1: what it prints, what it refuses, what it keeps through a crash.

Phones are plain HTTP clients here (the browser tests drive real pages); each request is what a page sends or what
someone on the same Wi-Fi could send instead.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import shlex
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from osallisuus_cli.cli.app import app
from osallisuus_cli.cli.commandline import join_command
from osallisuus_cli.errors import UsageError
from osallisuus_cli.groupwork.network import lan_address
from osallisuus_cli.groupwork.session import MAX_CHANGES
from osallisuus_cli.i18n import t
from osallisuus_cli.model.workshop import load_workshop
from osallisuus_cli.questionsets.reading import load_question_set
from tests.conftest import REPO
from tests.workshops import Running

pytestmark = [pytest.mark.slow]


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    server = Running(tmp_path, "--project", "Nuorten ääni", "-o", "paja.yaml", "--section", "1", "--min-group", "1")
    yield server
    server.stop()


def first_event(client: httpx.Client, url: str) -> dict[str, Any]:
    with client.stream("GET", url) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            if line.startswith("data: "):
                data: dict[str, Any] = json.loads(line.removeprefix("data: "))
                return data
    raise AssertionError("no event")


def join(client: httpx.Client, participant: str, seat: str | None = None) -> str:
    response = client.post(participant + "join", json={"seat": seat})
    assert response.status_code == 200
    secret: str = response.json()["seat"]
    return secret


def test_prints_the_facilitators_address_alone_on_stdout_and_listens_on_loopback_only(running: Running) -> None:
    assert running.facilitator.startswith(f"http://127.0.0.1:{running.port}/f/")
    token = running.facilitator.rstrip("/").rsplit("/", 1)[1]
    assert len(token) == 22  # 128 bits in URL-safe base64: enough, and short enough to type from the wall
    assert token != running.data["live"]["participant_token"]
    try:
        address = lan_address()
    except Exception:
        return
    with socket.socket() as probe:
        probe.settimeout(1)
        assert probe.connect_ex((address, running.port)) != 0  # not on the network without --lan


def test_wrong_token_host_and_origin_are_refused(running: Running) -> None:
    participant = running.participant
    with running.client() as client:
        assert client.get(participant).status_code == 200
        assert client.get(running.base + "/p/" + "A" * 32 + "/").status_code == 404
        assert client.get(running.base + "/f/" + running.data["live"]["participant_token"] + "/").status_code == 404
        assert client.get(participant, headers={"Host": "evil.example:80"}).status_code == 421  # DNS rebinding
        seat = join(client, participant)
        vote = {"seat": seat, "question": "q01", "level": 2}
        assert (
            client.post(participant + "vote", json=vote, headers={"Origin": "http://evil.example"}).status_code == 403
        )
        no_origin = httpx.post(participant + "vote", json=vote)
        assert no_origin.status_code == 403
        as_form = client.post(participant + "vote", content=b"seat=x", headers={"Content-Type": "text/plain"})
        assert as_form.status_code == 415
        facilitator = running.facilitator + "act"
        assert client.post(facilitator, json={"action": "reveal"}, headers={"Origin": "null"}).status_code == 403
        assert client.put(participant + "vote", json=vote).status_code == 405
    assert running.data["live"]["votes"] == {}  # nothing above was counted
    assert "results" not in running.data or running.data["results"] == {}


def test_oversized_and_malformed_bodies_are_refused(running: Running) -> None:
    participant = running.participant
    with running.client() as client:
        seat = join(client, participant)
        big = json.dumps({"seat": seat, "question": "q01", "level": 2, "pad": "x" * 70_000})
        response = client.post(participant + "vote", content=big, headers={"Content-Type": "application/json"})
        assert response.status_code == 413
        for body in (b"{", b"[1, 2]", b"\xff\xfe", b'{"seat": 5}', b"null"):
            response = client.post(participant + "vote", content=body, headers={"Content-Type": "application/json"})
            assert response.status_code == 400, body
        forged = client.post(participant + "vote", json={"seat": "forged", "question": "q01", "level": 2})
        assert forged.status_code == 409
        assert client.post(participant + "vote", json={"seat": seat, "question": "q01", "level": 7}).status_code == 409
        assert client.post(running.facilitator + "act", json={"action": "explode"}).status_code == 409
    assert running.data["live"]["votes"] == {}


def pipelined(running: Running, path: str, bodies: list[dict[str, Any]]) -> list[int]:
    """POST every body on one keep-alive connection, all written at once (a flood, as a script would send it)."""
    host = f"127.0.0.1:{running.port}"
    requests = b""
    for body in bodies:
        data = json.dumps(body).encode()
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {host}\r\nOrigin: http://{host}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n"
        )
        requests += head.encode() + data
    received = b""
    with socket.create_connection(("127.0.0.1", running.port), timeout=8) as connection:
        connection.sendall(requests)
        while received.count(b"HTTP/1.1 ") < len(bodies):
            chunk = connection.recv(65536)
            if not chunk:
                break
            received += chunk
    return [int(status) for status in re.findall(rb"HTTP/1\.1 (\d{3}) ", received)]


def test_a_thousand_votes_from_one_seat_count_once(running: Running) -> None:
    participant = running.participant
    with running.client() as client:
        seat, other = join(client, participant), join(client, participant)
    path = participant.removeprefix(running.base) + "vote"
    flood = [{"seat": seat, "question": "q01", "level": n % 2 + 1} for n in range(1000)]
    statuses = pipelined(running, path, flood)
    assert len(statuses) == 1000
    assert set(statuses) <= {204, 409}  # taken, a repeat that changes nothing, or refused past the limit
    assert running.data["live"]["changes"] == {1: MAX_CHANGES}  # changes of mind are bounded
    with running.client() as client:
        assert client.post(participant + "vote", json={"seat": other, "question": "q01", "level": 4}).status_code == 204
        assert first_event(client, participant + "events?seat=" + other)["rated"] == 2
        assert client.post(running.facilitator + "act", json={"action": "reveal"}).status_code == 204
    counts = running.data["results"]["q01"]["counts"]
    assert sum(counts.values()) == 2
    assert counts[4] == 1


def test_what_each_side_sees_carries_no_ones_rating_but_a_phones_own(running: Running) -> None:
    participant = running.participant
    with running.client() as client:
        seat, other = join(client, participant), join(client, participant)
        client.post(participant + "vote", json={"seat": seat, "question": "q01", "level": 3})
        mine = first_event(client, participant + "events?seat=" + seat)
        theirs = first_event(client, participant + "events?seat=" + other)
        projector = first_event(client, running.facilitator + "events")
    assert mine["own"] == "3"
    assert theirs["own"] is None
    assert projector["rated"] == 1
    assert projector["reveal"] is None  # silent until the facilitator reveals
    assert "3" not in json.dumps({key: value for key, value in projector.items() if key not in ("version", "total")})


def _hash_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def test_each_page_is_whole_and_its_policy_allows_only_its_own_script_and_style(running: Running) -> None:
    """Script and style are written into the page and allowed by hash: no 'self', no inline allowance, no file to
    fetch; the distribution script is one and the same on both pages; every other answer may load nothing."""
    allowed: dict[str, list[str]] = {}
    with running.client() as client:
        for side, url in (("facilitator", running.facilitator), ("phone", running.participant)):
            response = client.get(url)
            policy = dict(part.strip().split(" ", 1) for part in response.headers["content-security-policy"].split(";"))
            scripts = re.findall(r"<script>(.*?)</script>", response.text, re.S)
            styles = re.findall(r"<style>(.*?)</style>", response.text, re.S)
            assert (len(scripts), len(styles)) == (2, 1)
            assert policy["script-src"].split() == [_hash_source(text) for text in scripts]
            assert policy["style-src"].split() == [_hash_source(text) for text in styles]
            assert policy["default-src"] == "'none'"
            assert "unsafe" not in response.headers["content-security-policy"]
            assert not re.search(r"<script[^>]* src=|<link[^>]*stylesheet", response.text)
            allowed[side] = policy["script-src"].split()
        assert allowed["facilitator"][0] == allowed["phone"][0]  # the shared distribution script
        assert allowed["facilitator"][1] != allowed["phone"][1]
        for name in ("distribution.js", "phone.js", "workshop.css"):
            assert client.get(f"{running.base}/assets/{name}").status_code == 404
        refused = client.post(running.facilitator + "act", json={"action": "explode"})
        assert refused.headers["content-security-policy"].startswith("default-src 'none'; base-uri")


def test_notes_with_markup_are_kept_as_text(running: Running) -> None:
    hostile = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
    with running.client() as client:
        assert client.post(running.facilitator + "act", json={"action": "notes", "how": "x"}).status_code == 409
        assert client.post(running.facilitator + "act", json={"action": "reveal", "room": {"2": 3}}).status_code == 204
        response = client.post(running.facilitator + "act", json={"action": "notes", "how": hostile, "differ": "a"})
        assert response.status_code == 204
        page = client.get(running.facilitator).text
    assert "<script>window" not in page  # the page never carries the notes; its script inserts them as text
    assert running.data["results"]["q01"]["how"] == hostile
    assert running.data["results"]["q01"]["room"] == 3


def _before_the_crash(first: Running) -> tuple[list[str], str]:
    """Three phones rate q01, it is revealed and noted, q02 opens and one phone rates it: (seats, their link)."""
    participant = first.participant
    with first.client() as client:
        seats = [join(client, participant) for _ in range(3)]
        for seat, level in zip(seats, (1, 2, 3), strict=True):
            client.post(participant + "vote", json={"seat": seat, "question": "q01", "level": level})
        client.post(first.facilitator + "act", json={"action": "reveal"})
        client.post(first.facilitator + "act", json={"action": "notes", "how": "Kysymme."})
        client.post(first.facilitator + "act", json={"action": "next"})
        client.post(participant + "vote", json={"seat": seats[0], "question": "q02", "level": 4})
    return seats, participant


def test_sigkill_mid_session_then_resume_loses_nothing(tmp_path: Path) -> None:
    name = "oma paja.yaml"  # a name with a space: every command the tool prints must still work when copied
    first = Running(tmp_path, "--project", "Paja", "-o", name, "--section", "1", "--min-group", "1", file=name)
    try:
        seats, participant = _before_the_crash(first)
    finally:
        first.kill()  # the laptop's battery, the terminal closed: no shutdown of any kind
    second = Running(tmp_path, "--resume", name, port=first.port, file=name)
    try:
        assert second.participant == participant  # the phones' link still works
        with second.client() as client:
            assert join(client, participant, seats[0]) == seats[0]  # the seat is the same one
            state = first_event(client, participant + "events?seat=" + seats[0])
            assert (state["question"], state["own"], state["rated"], state["seats"]) == ("q02", "4", 1, 3)
            client.post(participant + "vote", json={"seat": seats[1], "question": "q02", "level": 4})
            client.post(second.facilitator + "act", json={"action": "reveal"})
            client.post(second.facilitator + "act", json={"action": "finish"})
        assert second.wait() == 0
        before, _, after = t("workshop.finished", "fi", target=name, command="\0").partition("\0")
        said = " ".join(second.stderr().split())
        command = said[said.index(before) + len(before) : said.rindex(after)]
        assert shlex.split(command)[-2:] == ["report", name]  # the report's command, ready to copy
    finally:
        second.stop()
    doc = load_workshop(tmp_path / name, load_question_set())
    assert doc.live is None
    assert doc.results["q01"].how == "Kysymme."
    assert doc.results["q01"].counts is not None
    assert [doc.results["q01"].counts[level] for level in (1, 2, 3)] == [1, 1, 1]
    assert doc.results["q02"].counts is not None
    assert doc.results["q02"].counts[4] == 2


def test_ctrl_c_and_the_facilitators_page_give_the_real_command_that_resumes(tmp_path: Path) -> None:
    """The file's own name as typed here, quoted for the shell: a name with a space and a quote in it still works."""
    name = "Nuorten paja 'kevät'.yaml"
    server = Running(tmp_path, "--project", "Paja", "-o", name, file=name)
    with server.client() as client:
        page = client.get(server.facilitator).text
    shown = re.search(r'<p class="command"><code>(.*?)</code></p>', page)
    assert shown is not None
    with_phones = shlex.split(html.unescape(re.sub(r"<[^>]+>", "", shown.group(1))))  # the text a person copies
    assert with_phones[-4:] == ["workshop", "--resume", name, "--lan"]
    assert server.stop() == 130
    stopped = server.stderr()
    command = join_command(with_phones[:-1])
    assert t("workshop.interrupted", "fi", target=name, command=command) in " ".join(stopped.split())
    assert load_workshop(tmp_path / name, load_question_set()).live is not None


def test_a_locked_set_is_refused_before_anything_starts(tmp_path: Path, runner: CliRunner) -> None:
    original = (REPO / "questions" / "thl-osallisuus-24.yaml").read_text(encoding="utf-8")
    locked = tmp_path / "esis.yaml"
    locked.write_text(original.replace("\nformat:", "\nlocked: true\nformat:", 1), encoding="utf-8")
    result = runner.invoke(
        app, ["workshop", "--framework", str(locked), "--project", "P", "-o", str(tmp_path / "w.yaml"), "--lang", "en"]
    )
    assert result.exit_code == 2
    assert t("workshop.err_locked", "en", set="thl-osallisuus-24") in result.stderr
    assert not (tmp_path / "w.yaml").exists()


def test_usage_errors_are_one_line(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["workshop", "--address", "10.0.0.5", "--project", "P", "--lang", "en"])
    assert result.exit_code == 2
    assert t("workshop.err_address_needs_lan", "en") in result.stderr
    result = runner.invoke(app, ["workshop", "--resume", "x.yaml", "--section", "1", "--lang", "en"])
    assert result.exit_code == 2
    assert t("workshop.err_resume_with", "en", option="--section") in result.stderr
    result = runner.invoke(app, ["workshop", "--section", "9", "--project", "P", "-o", str(tmp_path / "w.yaml")])
    assert result.exit_code == 2
    assert not (tmp_path / "w.yaml").exists()


def test_lan_listens_on_the_chosen_address_and_keeps_the_facilitator_on_loopback(tmp_path: Path) -> None:
    try:
        address = lan_address()
    except UsageError:  # a machine without a network: nothing to listen on
        pytest.skip("no network address on this machine")
    server = Running(tmp_path, "--project", "P", "-o", "paja.yaml", "--lan", "--address", address)
    try:
        assert server.process.stdout is not None
        second = server.process.stdout.readline().decode().strip()
        token = server.data["live"]["participant_token"]
        assert second == f"http://{address}:{server.port}/p/{token}/"  # one http:// address a line
        lan = f"http://{address}:{server.port}"
        with httpx.Client(base_url=lan, headers={"Origin": lan}, timeout=5) as phone:
            assert phone.get(f"/p/{token}/").status_code == 200
            facilitator_path = server.facilitator.removeprefix(server.base)
            assert phone.get(facilitator_path).status_code == 404  # the facilitator's page never crosses the LAN
            page = phone.get(facilitator_path.replace("/f/", "/p/")).status_code
            assert page == 404
        with server.client() as local:
            assert local.get(server.facilitator).status_code == 200
            assert 'src="data:image/svg+xml' in local.get(server.facilitator).text  # the QR code, drawn here
    finally:
        server.stop()


def test_a_second_resume_of_a_running_session_is_refused(running: Running, runner: CliRunner) -> None:
    result = runner.invoke(app, ["workshop", "--resume", str(running.path), "--lang", "en"])
    assert result.exit_code == 2
    assert t("workshop.err_running", "en", target=str(running.path), url=running.facilitator) in result.stderr


def test_a_file_changed_under_a_running_session_is_never_overwritten(running: Running) -> None:
    participant = running.participant
    with running.client() as client:
        seat = join(client, participant)
        edited = running.path.read_text(encoding="utf-8").replace("name: Nuorten ääni", "name: Muokattu")
        running.path.write_text(edited, encoding="utf-8")
        response = client.post(participant + "vote", json={"seat": seat, "question": "q01", "level": 2})
        assert response.status_code == 409
        assert response.json() == {"refused": "elsewhere"}
        assert first_event(client, running.facilitator + "events")["broken"] is True  # the projector says so
        assert client.post(running.facilitator + "act", json={"action": "reveal"}).status_code == 409
    assert running.path.read_text(encoding="utf-8") == edited


def test_each_pages_data_carries_only_the_texts_its_script_reads(tmp_path: Path) -> None:
    """The texts the HTML says itself (phones off, the QR code's description, the title, the no-script note) are
    filled in on the server; the JSON block holds what the script reads and nothing more."""
    from osallisuus_cli.groupwork.pages import facilitator_page, phone_page
    from osallisuus_cli.groupwork.session import Session, plan_questions
    from osallisuus_cli.model.answers import Project

    qs = load_question_set()
    session = Session.start(
        tmp_path / "w.yaml",
        qs,
        project=Project(name="P", phase="toteutus"),
        language="fi",
        plan=plan_questions(qs, ["1"]),
        min_group=3,
    )
    scripts = {
        name: (REPO / "templates" / "workshop" / name).read_text(encoding="utf-8")
        for name in ("facilitator.js", "phone.js", "distribution.js")
    }
    pages = {
        "facilitator.js": (facilitator_page(session, None, "osallisuus workshop --resume w.yaml --lan"), "f_"),
        "phone.js": (phone_page(session), "p_"),
    }
    for script, (page, prefix) in pages.items():
        code = scripts[script] + scripts["distribution.js"]
        block = re.search(r'id="workshop-data">(.*?)</script>', page.html, re.S)
        assert block is not None
        data = json.loads(block.group(1))
        texts = data["ui"] if prefix == "f_" else data["ui"]["fi"]  # the phone has every language, by code
        assert [key for key in texts if not _read_by(code, key, prefix)] == [], script
        assert all(key.startswith(prefix) for key in texts), script
    facilitator = pages["facilitator.js"][0].html
    assert html.escape(t("workshop.f_phones_off", "fi"), quote=False) in facilitator  # said by the HTML itself
    session.close()


def _read_by(code: str, key: str, prefix: str) -> bool:
    """Whether a page's script reads the text ``key``: by its name ("f_reveal", ui.p_lang_name), or built from a
    quoted start ("f_refused_" + reason), or from the page's prefix and a quoted name ("f_" + name, NOTES = ["how"])."""
    if f'"{key}"' in code or f".{key}" in code:
        return True
    starts = re.findall(r'"(\w+_)" \+', code)
    return any(key.startswith(start) and (start != prefix or f'"{key[len(start) :]}"' in code) for start in starts)
