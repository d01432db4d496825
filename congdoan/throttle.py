"""Brute-force protection for every password form (docs/security.md).

Sign-in forms (Wagtail admin, Wagtail's front-end ``/_util/login/``, any Django login view)
go through Django's ``authenticate`` and are throttled by django-axes (settings ``AXES_*``):
after ``AXES_FAILURE_LIMIT`` failures for one account from one address, every attempt, the
right password included, is refused until the cool-off ends. Axes only sees
``authenticate``; Wagtail's page and document password forms compare the password
themselves, so :class:`PasswordFormThrottleMiddleware` counts their failures in the same
cache, per restriction and address, with the same limits.
"""

from __future__ import annotations

import math
import time
from datetime import timedelta

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone


def normalize_username(request, credentials) -> str | None:
    """Account names are case-insensitive emails: count ``A@x`` and ``a@x`` together."""
    # Django's AuthenticationForm passes the account name as USERNAME_FIELD ("email"), the
    # login-failed signal as "username": read both, so both count under one key.
    # (Wagtail's key is a lazy string: compare by value.)
    names = {settings.AXES_USERNAME_FORM_FIELD, "username", "email"}
    username = next((v for k, v in (credentials or {}).items() if str(k) in names), None)
    if username is None and request is not None and request.method == "POST":
        username = request.POST.get("username")
    return username.strip().lower() if isinstance(username, str) else username


def client_ip(request) -> str | None:
    """``AXES_CLIENT_IP_CALLABLE``: the socket's address, or, behind ``TRUSTED_PROXY_COUNT``
    proxies, the address the outermost trusted proxy saw (X-Forwarded-For counted from the
    right, so a client cannot choose it by sending its own header)."""
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count > 0:
        hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        hops = [h for h in hops if h]
        if len(hops) >= count:
            return hops[-count]
    return request.META.get("REMOTE_ADDR")


def _seconds_left(cache, key: str, default: int) -> int:
    """Remaining lifetime of ``key`` (the lock), read from Redis or the local-memory cache."""
    full_key = cache.make_and_validate_key(key)
    inner = getattr(cache, "_cache", None)
    if hasattr(inner, "get_client"):  # django.core.cache.backends.redis.RedisCache
        ttl = inner.get_client(key).ttl(full_key)
        if ttl is not None and ttl > 0:
            return int(ttl)
    expire_info = getattr(cache, "_expire_info", None)
    if isinstance(expire_info, dict) and full_key in expire_info:
        expiry = expire_info[full_key]
        if expiry is not None:
            return max(1, math.ceil(expiry - time.time()))
    return default


def locked_response(seconds: int) -> HttpResponse:
    """429 with a Vietnamese page saying when to try again, and ``Retry-After``."""
    seconds = max(1, int(seconds))
    retry_at = timezone.localtime(timezone.now() + timedelta(seconds=seconds))
    minutes = math.ceil(seconds / 60)
    html = render_to_string(
        "congdoan/locked_out.html",
        {"minutes": minutes, "retry_at": retry_at.strftime("%H:%M")},
    )
    response = HttpResponse(html, status=429, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(seconds)
    return response


def lockout_response(request, original_response=None, credentials=None) -> HttpResponse:
    """``AXES_LOCKOUT_CALLABLE``: the Vietnamese lockout page with the real time left."""
    from axes.helpers import get_client_cache_keys, get_cool_off

    cool_off = int(get_cool_off(request).total_seconds())
    cache = caches[settings.AXES_CACHE]
    keys = get_client_cache_keys(request, credentials)
    seconds = max((_seconds_left(cache, k, cool_off) for k in keys), default=cool_off)
    return locked_response(seconds)


# Wagtail views that check a page's or a collection's password, and the URL keyword naming
# the restriction.
_PASSWORD_VIEWS = {
    "wagtailcore_authenticate_with_password": ("page", "page_view_restriction_id"),
    "wagtaildocs_authenticate_with_password": ("collection", "restriction_id"),
}


class PasswordFormThrottleMiddleware:
    """Lock a page/document password form for one address after too many wrong passwords.

    A failed attempt is Wagtail's view answering the form again (200) to a POST; success is
    its redirect. Counting is per tenant, restriction and client address (these forms have no
    account); the counter lives in the axes cache (Redis in production).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.cache = caches[settings.AXES_CACHE]

    def _key(self, request, kind, restriction_id) -> str:
        from axes.helpers import get_client_ip_address

        ip = get_client_ip_address(request)
        return f"pwform:{connection.schema_name}:{kind}:{restriction_id}:{ip}"

    def _target(self, request, view_kwargs=None):
        match = request.resolver_match
        if request.method != "POST" or match is None or match.url_name not in _PASSWORD_VIEWS:
            return None
        kind, kwarg = _PASSWORD_VIEWS[match.url_name]
        kwargs = view_kwargs if view_kwargs is not None else match.kwargs
        return self._key(request, kind, kwargs.get(kwarg))

    def process_view(self, request, view_func, view_args, view_kwargs):
        key = self._target(request, view_kwargs)
        if key is None:
            return None
        if (self.cache.get(key) or 0) >= settings.PASSWORD_FORM_FAILURE_LIMIT:
            request._password_form_locked = True
            return locked_response(
                _seconds_left(self.cache, key, settings.PASSWORD_FORM_COOLOFF_SECONDS)
            )
        return None

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "_password_form_locked", False):
            return response
        key = self._target(request)
        if key is None:
            return response
        if response.status_code == 200:
            timeout = settings.PASSWORD_FORM_COOLOFF_SECONDS
            if self.cache.add(key, 1, timeout):
                return response
            failures = self.cache.incr(key)
            if failures < settings.PASSWORD_FORM_FAILURE_LIMIT:
                self.cache.touch(key, timeout)
            else:
                # The lock lasts a full cool-off from the failure that set it.
                self.cache.set(key, failures, timeout)
                return locked_response(timeout)
        elif response.status_code in (301, 302, 303):
            self.cache.delete(key)
        return response
