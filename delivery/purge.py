"""CDN purges by tag, on Wagtail's frontend cache backends (docs/cdn-and-limits.md).

``wagtail.contrib.frontend_cache`` purges by URL only. The backends here are ordinary
entries of ``WAGTAILFRONTENDCACHE`` (so Wagtail's ``purge_url_from_cache``/``PurgeBatch``
keep purging URLs through them) that also purge by tag:

- :class:`CloudflareBackend`: ``POST /zones/<zone>/purge_cache {"tags": [...]}``, API token
  as ``Authorization: Bearer``, at most ``TAGS_PER_REQUEST`` (100) tags a request.
- :class:`FastlyBackend`: ``POST /service/<id>/purge {"surrogate_keys": [...]}`` with
  ``Fastly-Key``, at most 256 keys a request; ``Fastly-Soft-Purge: 1`` when ``SOFT``.
- :class:`VarnishXkeyBackend`: a ``PURGE`` request to every Varnish host carrying the keys,
  space separated, in ``xkey-purge`` (or ``xkey-softpurge``), batched under the request
  header size Varnish accepts.

:func:`purge_tags` runs every configured backend synchronously and returns the number of
backend calls; :func:`purge_tags_on_commit` runs it after the current transaction commits.
Nothing here raises: a CDN that fails, answers an error or times out is logged (logger
``delivery.purge``) and the write that asked for the purge has already committed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from urllib.parse import quote, urlsplit, urlunsplit

import requests
from django.conf import settings
from django.db import transaction
from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.contrib.frontend_cache.backends import CloudflareBackend as WagtailCloudflare
from wagtail.contrib.frontend_cache.utils import get_backends

from delivery.cdn import cdn_keys, fallbacks_for

logger = logging.getLogger("delivery.purge")
USER_AGENT = f"congdoan-cms purge (Wagtail-frontendcache/{wagtail_version})"


class PurgeStopped(Exception):
    """A backend cannot be reached (timeout, connection refused, rate limited): its
    remaining batches are skipped for this purge."""


class Deadline:
    """The time budget of one :func:`purge_tags` call across every backend and batch."""

    def __init__(self, seconds: float):
        self.ends = time.monotonic() + seconds

    def left(self) -> float:
        return self.ends - time.monotonic()


def batches(keys: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(keys), size):
        yield keys[start : start + size]


def header_batches(keys: list[str], max_bytes: int) -> Iterator[list[str]]:
    """Groups of keys whose space-joined length stays under ``max_bytes``."""
    batch, used = [], 0
    for key in keys:
        extra = len(key) + (1 if batch else 0)
        if batch and used + extra > max_bytes:
            yield batch
            batch, used = [], 0
            extra = len(key)
        batch.append(key)
        used += extra
    if batch:
        yield batch


class TagPurgeMixin:
    """What a tag-purging backend adds to Wagtail's ``BaseBackend``."""

    label = "CDN"

    def _init_http(self, params: dict) -> None:
        self.timeout = float(params.pop("TIMEOUT", getattr(settings, "CDN_PURGE_TIMEOUT", 3)))
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT

    def tag_requests(self, keys: list[str]) -> Iterator[tuple[str, str, dict, dict | None]]:
        """(method, url, headers, json body) of every request purging ``keys``."""
        raise NotImplementedError

    def check_answer(self, response: requests.Response) -> str | None:
        """An error description when the CDN refused the purge, else None."""
        if response.status_code >= 300:
            return f"HTTP {response.status_code}: {response.text[:300]}"
        return None

    def send(self, method: str, url: str, headers: dict, body, deadline: Deadline, what: str):
        left = deadline.left()
        if left <= 0:
            raise PurgeStopped("hết thời gian dành cho việc xoá cache CDN")
        try:
            response = self.session.request(
                method, url, headers=headers, json=body, timeout=min(self.timeout, left)
            )
        except requests.RequestException as exc:
            raise PurgeStopped(f"{type(exc).__name__}: {exc}") from exc
        if response.status_code == 429:
            raise PurgeStopped(f"{self.label} từ chối vì quá nhiều yêu cầu (HTTP 429)")
        problem = self.check_answer(response)
        if problem:
            logger.error("[%s] Không xoá được %s: %s", self.label, what, problem)
        return response

    def purge_tags(self, keys: list[str], deadline: Deadline | None = None) -> int:
        """Purge ``keys`` (already CDN keys); returns the number of requests sent."""
        deadline = deadline or Deadline(settings.CDN_PURGE_DEADLINE)
        requests_to_send = list(self.tag_requests(keys))
        calls = 0
        for index, (method, url, headers, body) in enumerate(requests_to_send):
            what = f"lô {index + 1}/{len(requests_to_send)} ({url})"
            try:
                calls += 1
                self.send(method, url, headers, body, deadline, what)
            except PurgeStopped as exc:
                skipped = len(requests_to_send) - index - 1
                logger.error(
                    "[%s] Dừng xoá theo thẻ ở %s: %s; bỏ qua %d lô còn lại (%d thẻ trong lô)",
                    self.label,
                    what,
                    exc,
                    skipped,
                    len(keys),
                )
                break
        return calls


class CloudflareBackend(TagPurgeMixin, WagtailCloudflare):
    """Wagtail's Cloudflare backend (URL purges, 30 a request) plus purges by cache tag.

    Params: ``ZONEID``, ``BEARER_TOKEN`` (or ``EMAIL`` + ``API_KEY`` as in Wagtail),
    ``API_URL`` (default ``https://api.cloudflare.com/client/v4``), ``TAGS_PER_REQUEST``
    (default 100, Cloudflare's limit per purge request), ``TIMEOUT``.
    """

    label = "Cloudflare"

    def __init__(self, params):
        params = dict(params)
        self._init_http(params)
        self.api_url = params.pop("API_URL", "https://api.cloudflare.com/client/v4").rstrip("/")
        self.tags_per_request = int(params.pop("TAGS_PER_REQUEST", 100))
        super().__init__(params)
        self.cloudflare_purge_endpoint_url = (
            f"{self.api_url}/zones/{quote(self.cloudflare_zoneid, safe='')}/purge_cache"
        )

    def _auth_headers(self) -> dict:
        headers = {"Content-Type": "application/json"}
        if self.cloudflare_token:
            headers["Authorization"] = f"Bearer {self.cloudflare_token}"
        else:
            headers["X-Auth-Email"] = self.cloudflare_email
            headers["X-Auth-Key"] = self.cloudflare_api_key
        return headers

    def check_answer(self, response):
        try:
            data = response.json()
        except ValueError:
            data = None
        if response.status_code >= 300 or not isinstance(data, dict) or not data.get("success"):
            errors = data.get("errors") if isinstance(data, dict) else None
            detail = ", ".join(str(e.get("message", e)) for e in errors or []) or response.text
            return f"HTTP {response.status_code}: {detail[:300]}"
        return None

    def tag_requests(self, keys):
        for batch in batches(keys, self.tags_per_request):
            yield "POST", self.cloudflare_purge_endpoint_url, self._auth_headers(), {"tags": batch}

    def _purge_urls(self, urls):
        """URL purges as Wagtail sends them ({"files": [...]}), to the configured API."""
        deadline = Deadline(settings.CDN_PURGE_DEADLINE)
        body = {"files": list(urls)}
        try:
            self.send(
                "POST",
                self.cloudflare_purge_endpoint_url,
                self._auth_headers(),
                body,
                deadline,
                f"{len(body['files'])} URL",
            )
        except PurgeStopped as exc:
            logger.error("[Cloudflare] Không xoá được %d URL: %s", len(body["files"]), exc)


class FastlyBackend(TagPurgeMixin, BaseBackend):
    """Fastly: surrogate-key purges (256 keys a request) and URL purges through the API.

    Params: ``SERVICE_ID``, ``API_KEY`` (sent as ``Fastly-Key``), ``SOFT`` (mark stale instead
    of removing: ``Fastly-Soft-Purge: 1``), ``API_URL`` (default ``https://api.fastly.com``),
    ``KEYS_PER_REQUEST`` (default 256, Fastly's maximum), ``TIMEOUT``, ``HOSTNAMES``.
    """

    label = "Fastly"

    def __init__(self, params):
        params = dict(params)
        super().__init__(params)
        self._init_http(params)
        from django.core.exceptions import ImproperlyConfigured

        self.service_id = params.get("SERVICE_ID")
        self.api_key = params.get("API_KEY")
        if not self.service_id or not self.api_key:
            raise ImproperlyConfigured("Fastly cần SERVICE_ID và API_KEY (WAGTAILFRONTENDCACHE).")
        self.soft = bool(params.get("SOFT", False))
        self.api_url = params.get("API_URL", "https://api.fastly.com").rstrip("/")
        self.keys_per_request = min(256, int(params.get("KEYS_PER_REQUEST", 256)))

    def _headers(self) -> dict:
        headers = {"Fastly-Key": self.api_key, "Accept": "application/json"}
        if self.soft:
            headers["Fastly-Soft-Purge"] = "1"
        return headers

    def tag_requests(self, keys):
        url = f"{self.api_url}/service/{quote(self.service_id, safe='')}/purge"
        for batch in batches(keys, self.keys_per_request):
            yield "POST", url, self._headers(), {"surrogate_keys": batch}

    def purge(self, url):
        parts = urlsplit(url)
        target = parts.netloc + (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            self.send(
                "POST",
                f"{self.api_url}/purge/{target}",
                self._headers(),
                None,
                Deadline(settings.CDN_PURGE_DEADLINE),
                url,
            )
        except PurgeStopped as exc:
            logger.error("[Fastly] Không xoá được URL %s: %s", url, exc)


class VarnishXkeyBackend(TagPurgeMixin, BaseBackend):
    """Varnish with vmod xkey: tag purges and Wagtail's URL ``PURGE`` to every host.

    Params: ``LOCATIONS`` (list of ``http://host:port`` of every Varnish), ``SOFT``
    (``xkey-softpurge`` instead of ``xkey-purge``), ``METHOD`` (default ``PURGE``; FOSHttpCache's
    VCL uses ``PURGEKEYS``), ``MAX_HEADER_BYTES`` (default 7,680: Varnish refuses request
    headers over ``http_req_hdr_len``, 8 KB by default), ``TIMEOUT``, ``HOSTNAMES``.
    """

    label = "Varnish"

    def __init__(self, params):
        params = dict(params)
        super().__init__(params)
        self._init_http(params)
        from django.core.exceptions import ImproperlyConfigured

        locations = params.get("LOCATIONS") or (
            [params["LOCATION"]] if "LOCATION" in params else []
        )
        if not locations:
            raise ImproperlyConfigured("Varnish cần LOCATIONS (WAGTAILFRONTENDCACHE).")
        self.locations = [loc.rstrip("/") for loc in locations]
        self.header = "xkey-softpurge" if params.get("SOFT") else "xkey-purge"
        self.method = params.get("METHOD", "PURGE")
        self.max_header_bytes = int(params.get("MAX_HEADER_BYTES", 7680))

    def host_requests(self, keys, location):
        for batch in header_batches(keys, self.max_header_bytes):
            yield self.method, f"{location}/", {self.header: " ".join(batch)}, None

    def tag_requests(self, keys):
        for location in self.locations:
            yield from self.host_requests(keys, location)

    def purge_tags(self, keys, deadline=None):
        # One host that does not answer must not stop the purge of the others.
        deadline = deadline or Deadline(settings.CDN_PURGE_DEADLINE)
        calls = 0
        for location in self.locations:
            single = _SingleHost(self, location)
            calls += TagPurgeMixin.purge_tags(single, keys, deadline)
        return calls

    def purge(self, url):
        """Wagtail's HTTP purge (``PURGE`` of the path with the page's ``Host``) sent to every
        Varnish host, with a timeout."""
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        deadline = Deadline(settings.CDN_PURGE_DEADLINE)
        for location in self.locations:
            loc = urlsplit(location)
            target = urlunsplit((loc.scheme, loc.netloc, parts.path or "/", parts.query, ""))
            try:
                self.send("PURGE", target, {"Host": host}, None, deadline, url)
            except PurgeStopped as exc:
                logger.error("[Varnish %s] Không xoá được URL %s: %s", location, url, exc)


class _SingleHost(TagPurgeMixin):
    """One Varnish host of a :class:`VarnishXkeyBackend` (its batches, its failures)."""

    def __init__(self, parent: VarnishXkeyBackend, location: str):
        self.parent, self.location = parent, location
        self.session, self.timeout = parent.session, parent.timeout
        self.label = f"Varnish {location}"

    def tag_requests(self, keys):
        return self.parent.host_requests(keys, self.location)


# --- entry points ------------------------------------------------------------------------------


def tag_backends(backend_settings=None) -> dict:
    """The configured backends (``WAGTAILFRONTENDCACHE``) that can purge by tag."""
    backends = get_backends(backend_settings)
    return {name: b for name, b in backends.items() if hasattr(b, "tag_requests")}


def purge_tags(tags: Iterable[str], *, backend_settings=None) -> int:
    """Purge ``tags`` from every configured CDN; returns the number of backend calls.

    Tags are turned into CDN keys as the response headers were (``delivery.cdn``), plus the
    fallback keys recorded for responses whose tags did not fit in their headers. Never
    raises; failures are logged.
    """
    try:
        backends = tag_backends(backend_settings)
        if not backends:
            return 0
        keys = cdn_keys(tags)
        if not keys:
            return 0
        keys += sorted(fallbacks_for(keys) - set(keys))
        deadline = Deadline(settings.CDN_PURGE_DEADLINE)
        calls = 0
        for name, backend in backends.items():
            sent = backend.purge_tags(keys, deadline)
            logger.info("[%s] %d thẻ xoá bằng %d yêu cầu", name, len(keys), sent)
            calls += sent
        return calls
    except Exception:
        logger.exception("Lỗi không mong đợi khi xoá cache CDN theo thẻ")
        return 0


class _Batch:
    """The tags one transaction asked to purge, sent by one on-commit callback."""

    def __init__(self):
        self.tags: set[str] = set()

    def __call__(self) -> None:
        purge_tags(self.tags)


def purge_tags_on_commit(tags: Iterable[str]) -> None:
    """Purge ``tags`` once the current transaction commits (at once, outside one).

    Every call in one transaction adds to one batch sent by one callback (one request per
    backend and batch, not per call). A rolled-back transaction, or the savepoint that
    registered the batch rolling back, purges nothing.
    """
    tags = [t for t in tags if t]
    if not tags:
        return
    conn = transaction.get_connection()
    if not conn.in_atomic_block:
        purge_tags(tags)
        return
    for entry in conn.run_on_commit:
        if isinstance(entry[1], _Batch):
            entry[1].tags.update(tags)
            return
    batch = _Batch()
    batch.tags.update(tags)
    transaction.on_commit(batch, robust=True)
