"""The app served over real HTTP in this process (Django's live-server thread, test
settings: DEBUG off, errors masked, introspection off), for attacks sent as raw bytes.

The server's request threads open their own database connections, so they see what is
committed: the suite's tenants (``a.test``, ``b.test``), not a test's own transaction."""

from __future__ import annotations

import http.client
import json
from dataclasses import dataclass

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.test.testcases import LiveServerThread

from tests.hierarchy.factories import org_tree  # noqa: F401


@dataclass
class Answer:
    status: int
    headers: dict
    content: bytes

    def json(self):
        return json.loads(self.content)

    @property
    def message(self) -> str:
        return self.json()["errors"][0]["message"]


class LiveApp:
    def __init__(self, port: int):
        self.port = port

    def send(self, body: bytes | None, *, host="a.test", path="/graphql/", method=None,
             headers=None) -> Answer:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        try:
            all_headers = {"Host": host, **(headers or {})}
            if body is not None:
                all_headers.setdefault("Content-Type", "application/json")
            conn.request(method or ("POST" if body is not None else "GET"), path, body,
                         all_headers)
            response = conn.getresponse()
            return Answer(response.status, dict(response.getheaders()), response.read())
        finally:
            conn.close()

    def post(self, payload, **kwargs) -> Answer:
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        return self.send(body, **kwargs)

    def query(self, query: str, variables=None, **kwargs) -> Answer:
        payload = {"query": query}
        if variables is not None:
            payload["variables"] = variables
        return self.post(payload, **kwargs)


@pytest.fixture(scope="session")
def live_app():
    thread = LiveServerThread("127.0.0.1", static_handler=StaticFilesHandler, port=0)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait(timeout=60)
    if thread.error:
        raise thread.error
    yield LiveApp(thread.port)
    thread.terminate()
