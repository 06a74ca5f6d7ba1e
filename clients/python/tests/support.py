"""Test support: a real `toolrouter serve` (started once per test run) and a local echo API.

The server runs from the TypeScript sources (`node --conditions=@toolrouter/source`) on a random
port, with its SQLite store in a temporary directory and the toolkits of
`fixtures/toolrouter.config.mjs`, whose base URL is the echo server below. Nothing reaches the
internet.
"""

from __future__ import annotations

import atexit
import base64
import http.client
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent
sys.path.insert(0, str(PACKAGE / "src"))

ADMIN_KEY = "python-client-test-admin-key"
CALLBACK_URL = "https://app.example.com/connected"


class EchoHandler(BaseHTTPRequestHandler):
    """`GET|DELETE /things/{id}`: `{id, method, account}`, the account named by the credential sent.

    `/things/missing` answers 404. `x-api-key: key-alice` and `Authorization: Bearer token-alice`
    both mean account `alice`.
    """

    def _answer(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        match = re.fullmatch(r"/things/([^/]+)", path)
        if not match or match.group(1) == "missing":
            self._send(404, {"message": "Not Found"})
            return
        credential = self.headers.get("x-api-key") or (self.headers.get("authorization") or "").removeprefix(
            "Bearer "
        )
        account = credential.split("-", 1)[1] if "-" in credential else None
        self._send(200, {"id": match.group(1), "method": self.command, "account": account})

    do_GET = _answer
    do_DELETE = _answer

    def _send(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


class Servers:
    """The echo API and the toolrouter server, with the URL and admin key to reach the latter."""

    def __init__(self) -> None:
        self.directory = tempfile.mkdtemp(prefix="toolrouter-python-client-")
        self.echo = ThreadingHTTPServer(("127.0.0.1", 0), EchoHandler)
        threading.Thread(target=self.echo.serve_forever, daemon=True).start()
        self.echo_url = f"http://127.0.0.1:{self.echo.server_address[1]}"
        self.output: list[str] = []
        self.process = subprocess.Popen(
            [
                _node(),
                "--conditions=@toolrouter/source",
                str(_cli()),
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--config",
                str(HERE / "fixtures" / "toolrouter.config.mjs"),
            ],
            cwd=self.directory,
            env={
                "PATH": os.environ.get("PATH", ""),
                "HOME": os.environ.get("HOME", self.directory),
                "TOOLROUTER_API_KEY": ADMIN_KEY,
                "TOOLROUTER_DATABASE_URL": f"sqlite:{os.path.join(self.directory, 'toolrouter.db')}",
                "TOOLROUTER_ENCRYPTION_KEYS": base64.b64encode(secrets.token_bytes(32)).decode(),
                "TOOLROUTER_ALLOWED_CALLBACK_URLS": CALLBACK_URL,
                "TOOLROUTER_SHUTDOWN_GRACE_MS": "1000",
                # Only the fixture toolkits: the generated catalog of 150+ toolkits would fill every list.
                "TOOLROUTER_CATALOG": "off",
                "ECHO_URL": self.echo_url,
            },
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.url = self._wait_until_listening(timeout=120)

    def _wait_until_listening(self, timeout: float) -> str:
        assert self.process.stdout is not None
        found: list[str] = []
        ready = threading.Event()

        def read() -> None:
            assert self.process.stdout is not None
            for line in self.process.stdout:
                self.output.append(line)
                match = re.search(r"listening on (http://\S+)", line)
                if match and not found:
                    found.append(match.group(1))
                    ready.set()
            ready.set()

        threading.Thread(target=read, daemon=True).start()
        if not ready.wait(timeout) or not found:
            self.stop()
            raise RuntimeError("toolrouter serve did not start:\n" + "".join(self.output))
        return found[0]

    def submit_connect_form(self, redirect_url: str, fields: dict[str, str]) -> int:
        """Submits the hosted connect form as a browser does; the status of the POST.

        It opens the page first (which binds the link to this "browser" with a cookie and puts a
        CSRF token in the form), then posts the form with the page's Origin, the cookie and the
        token. Redirects are not followed (the callback URL is not a real site).
        """
        parts = urllib.parse.urlsplit(redirect_url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        try:
            connection.request("GET", parts.path)
            page = connection.getresponse()
            html = page.read().decode("utf-8", "replace")
            cookie = (page.getheader("set-cookie") or "").split(";")[0]
            match = re.search(r'name="csrf" value="([^"]+)"', html)
            connection.request(
                "POST",
                parts.path,
                body=urllib.parse.urlencode({"csrf": match.group(1) if match else "", **fields}),
                headers={
                    "content-type": "application/x-www-form-urlencoded",
                    "origin": f"{parts.scheme}://{parts.netloc}",
                    "cookie": cookie,
                },
            )
            response = connection.getresponse()
            response.read()
            return response.status
        finally:
            connection.close()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.echo.shutdown()
        self.echo.server_close()
        shutil.rmtree(self.directory, ignore_errors=True)


_servers: Servers | None = None
_lock = threading.Lock()


def servers() -> Servers:
    """The servers of this test run, started on first use and stopped when the run ends."""
    global _servers
    with _lock:
        if _servers is None:
            _servers = Servers()
            atexit.register(_servers.stop)
        return _servers


def router():
    """A client of the test server."""
    from toolrouter import ToolRouter

    return ToolRouter(api_url=servers().url, api_key=ADMIN_KEY)


_counter = 0


def unique_user(prefix: str = "user") -> str:
    """A user id no other test uses, so tests share one server without seeing each other's data."""
    global _counter
    _counter += 1
    return f"{prefix}_{_counter}_{secrets.token_hex(3)}"


def _node() -> str:
    node = os.environ.get("NODE") or shutil.which("node")
    if not node:
        raise RuntimeError("node is not on PATH; run the tests through `pnpm test` or put Node 24 on PATH.")
    return node


def _cli() -> Path:
    """`toolrouter.ts` of the @toolrouter/server dev dependency (the workspace package)."""
    linked = PACKAGE / "node_modules" / "@toolrouter" / "server" / "src" / "cli" / "toolrouter.ts"
    if linked.exists():
        return linked.resolve()
    return (PACKAGE.parent.parent / "packages" / "server" / "src" / "cli" / "toolrouter.ts").resolve()
