"""A database outage answers 503 with ``Retry-After``, on every view (admin included).

Django turns an exception raised below any middleware into a 500 response right where it is
raised, so the outermost middleware never sees it. The ``got_request_exception`` signal is
sent for each such exception while it is being handled: the receiver marks the request when
the exception is a database connection failure (``OperationalError``/``InterfaceError``,
anywhere in its cause chain), and :class:`DatabaseUnavailableMiddleware` replaces the 500
with a short Vietnamese page (JSON for ``/graphql``). No database access happens here.
"""

from __future__ import annotations

import json
import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpResponse

MESSAGE = "Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít giây."
_MARK = "_database_unavailable"

_PAGE = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Tạm thời gián đoạn</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem">
<h1>Tạm thời gián đoạn</h1><p>{message}</p></body></html>"""


def is_database_outage(exc: BaseException | None) -> bool:
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, OperationalError | InterfaceError):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


@receiver(got_request_exception)
def _mark_database_outage(sender, request=None, **kwargs):
    if request is not None and is_database_outage(sys.exc_info()[1]):
        setattr(request, _MARK, True)


def retry_after() -> int:
    return getattr(settings, "DATABASE_OUTAGE_RETRY_AFTER", 5)


def outage_response(request) -> HttpResponse:
    if request.path_info.startswith("/graphql"):
        body = {
            "data": None,
            "errors": [{"message": MESSAGE, "extensions": {"code": "SERVICE_UNAVAILABLE"}}],
        }
        response = HttpResponse(
            json.dumps(body, ensure_ascii=False),
            status=503,
            content_type="application/json; charset=utf-8",
        )
    else:
        response = HttpResponse(
            _PAGE.format(message=MESSAGE), status=503, content_type="text/html; charset=utf-8"
        )
    response["Retry-After"] = str(retry_after())
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            response = self.get_response(request)
        except (OperationalError, InterfaceError):  # raised where nothing converted it
            return outage_response(request)
        if getattr(request, _MARK, False):
            return outage_response(request)
        return response

    def process_exception(self, request, exception):
        if is_database_outage(exception):
            return outage_response(request)
        return None
