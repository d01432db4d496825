"""Development only (``congdoan.settings.dev``): absolute URLs carry the development
server's port.

The platform builds absolute URLs (image renditions, documents, pages shared from another
tenant) from the request's ``Host`` header, as production must: there the header is the
public host the reverse proxy received (``hanoi.congdoan.vn``, default port). A frontend that
reaches the API on another address sets the tenant's host itself (the reference portal sends
``Host: hanoi.localhost`` to ``http://127.0.0.1:8000``), so in development the URLs came out
without a port (``http://hanoi.localhost/media/…``) and no image loaded: nothing listens on
port 80. With this middleware a ``Host`` header that names no port gets the port the
development server listens on (``SERVER_PORT``), the one address in development that serves
``/media/``. A header that names a port is kept, and so are ports 80 and 443. Never
installed in production (the public host is right there; with object storage, public
renditions are the storage's or CDN's absolute URLs and the host plays no part).
"""

from __future__ import annotations

from django.http.request import split_domain_port


class DevServerPortMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        add_server_port(request.META)
        return self.get_response(request)


def add_server_port(meta: dict) -> None:
    host = meta.get("HTTP_HOST", "")
    port = str(meta.get("SERVER_PORT", ""))
    if not host or not port.isdigit() or port in ("80", "443"):
        return
    domain, has_port = split_domain_port(host)
    if domain and not has_port:
        meta["HTTP_HOST"] = f"{host}:{port}"
