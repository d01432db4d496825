"""A CDN API imitation on loopback: a real HTTP server that records every request and
answers as Cloudflare, Fastly or Varnish would (or fails as told). Used by the tests and by
bench/bench_purge.py."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict
    body: bytes

    def json(self):
        return json.loads(self.body)


@dataclass
class Receiver:
    """``kind``: cloudflare | fastly | varnish. ``mode``: ok | error (500) | refuse (4xx with
    the CDN's error body) | slow (answers after ``delay`` seconds) | throttle (429) | garbage
    (200 with a body that is not JSON)."""

    kind: str
    mode: str = "ok"
    delay: float = 2.0
    requests: list[Recorded] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def answer(self, recorded: Recorded) -> tuple[int, bytes]:
        if self.mode == "slow":
            time.sleep(self.delay)
        if self.mode == "error":
            return 500, b"upstream exploded"
        if self.mode == "throttle":
            return 429, b'{"success": false, "errors": [{"code": 10000, "message": "rate"}]}'
        if self.mode == "garbage":
            return 200, b"<html>not json</html>"
        if self.kind == "cloudflare":
            if self.mode == "refuse":
                body = {"success": False, "errors": [{"code": 10000, "message": "Auth error"}]}
                return 403, json.dumps(body).encode()
            return 200, json.dumps({"success": True, "errors": [], "result": {"id": "x"}}).encode()
        if self.kind == "fastly":
            if self.mode == "refuse":
                return 401, b'{"msg": "Provided credentials are missing or invalid"}'
            keys = recorded.json().get("surrogate_keys", []) if recorded.body else []
            return 200, json.dumps({k: f"purge-{i}" for i, k in enumerate(keys)}).encode()
        if self.mode == "refuse":
            return 403, b"Forbidden"
        gone = len((recorded.headers.get("xkey-purge") or "").split())
        return 200, f"Invalidated {gone} objects".encode()


def start(kind: str, **options) -> Receiver:
    receiver = Receiver(kind, **options)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out as two writes: without this, Nagle's algorithm and the
        # client's delayed ACK add 40 ms to every answer.
        disable_nagle_algorithm = True

        def _handle(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            recorded = Recorded(
                self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body
            )
            with receiver.lock:
                receiver.requests.append(recorded)
            status, payload = receiver.answer(recorded)
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout): nothing to answer

        do_GET = do_POST = do_PURGE = do_PURGEKEYS = _handle

        def log_message(self, *args):
            pass

    receiver.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    receiver.server.daemon_threads = True
    threading.Thread(target=receiver.server.serve_forever, daemon=True).start()
    return receiver


def stop(receiver: Receiver) -> None:
    receiver.server.shutdown()
    receiver.server.server_close()


def backend_settings(cloudflare=None, fastly=None, varnish=None, *, options=None) -> dict:
    """``WAGTAILFRONTENDCACHE`` pointing at the given receivers (each a Receiver or a list of
    them for Varnish hosts); ``options`` adds parameters per backend name."""
    extra = options or {}
    backends = {}
    if cloudflare is not None:
        backends["cloudflare"] = {
            "BACKEND": "delivery.purge.CloudflareBackend",
            "ZONEID": "zone-123",
            "BEARER_TOKEN": "cf-token-abc",
            "API_URL": f"{cloudflare.url}/client/v4",
            **extra.get("cloudflare", {}),
        }
    if fastly is not None:
        backends["fastly"] = {
            "BACKEND": "delivery.purge.FastlyBackend",
            "SERVICE_ID": "svc-456",
            "API_KEY": "fastly-key-xyz",
            "API_URL": fastly.url,
            **extra.get("fastly", {}),
        }
    if varnish is not None:
        hosts = varnish if isinstance(varnish, list) else [varnish]
        backends["varnish"] = {
            "BACKEND": "delivery.purge.VarnishXkeyBackend",
            "LOCATIONS": [h.url for h in hosts],
            **extra.get("varnish", {}),
        }
    return backends
