"""The channel registry's checks and the series ``channels_required``/``channels_present``.

**Checks.** A website (``FETCHED_PLATFORMS``) is checked by an HTTP GET with a short timeout
(``PROGRAMME_CHANNEL_TIMEOUT`` seconds), redirects followed by hand so that every hop is
checked: only http/https, and, unless ``PROGRAMME_CHANNEL_ALLOW_PRIVATE`` (tests), only
public addresses (a registry entry must not make the server fetch its own network). A
status below 400 is "active". Fanpages, Zalo and the other platforms answer a robot with a
login wall whatever the state of the page, so they are confirmed by staff ("xác nhận đang
hoạt động"). The periodic job ``programme.check_channels`` re-fetches websites not checked for
``PROGRAMME_CHANNEL_RECHECK_DAYS`` in batches of ``PROGRAMME_CHANNEL_CHECK_BATCH``.

**Series** (stocks, one 0/1 per organisation, ``ChannelState``): an organisation is
*required* to have a channel while it is an active upper-grassroots union
(``Level.UPPER_GRASSROOTS``), and *present* while it is required and has at least one channel
in use whose last check, no older than ``PROGRAMME_CHANNEL_FRESH_DAYS``, found it active
(present never counts an organisation that is not required, so the rate stays within 100%).
``reconcile`` compares that with the state kept and bumps the difference: called after every
channel change and check, when the tree is restructured (``organization_restructured``) and
by the periodic job for the whole tree (checks going stale, organisations created by import).
"""

from __future__ import annotations

import datetime
import ipaddress
import socket
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

import requests
from django.conf import settings
from django.db import connection
from django.db.models import Q
from django.utils import timezone

from hierarchy.models import Level, Organization
from hierarchy.models import Status as OrgStatus
from programme.actuals import where_counted
from programme.figures import EPOCH
from programme.models import Channel, ChannelState
from programme.recording import bump

# Advisory lock class of reconcile (one at a time: two must not bump the same flip twice).
LOCK_KEY = 0x50_52_43_48  # "PRCH"
MAX_REDIRECTS = 5
USER_AGENT = "congdoan-cms channel check (+https://congdoan.vn)"


def fresh_days() -> int:
    return int(getattr(settings, "PROGRAMME_CHANNEL_FRESH_DAYS", 30))


def recheck_days() -> int:
    return int(getattr(settings, "PROGRAMME_CHANNEL_RECHECK_DAYS", 7))


def timeout() -> float:
    return float(getattr(settings, "PROGRAMME_CHANNEL_TIMEOUT", 5))


def batch_size() -> int:
    return int(getattr(settings, "PROGRAMME_CHANNEL_CHECK_BATCH", 100))


def allow_private() -> bool:
    return bool(getattr(settings, "PROGRAMME_CHANNEL_ALLOW_PRIVATE", False))


# --- fetching -----------------------------------------------------------------------------


class Refused(Exception):
    """An address the check does not fetch (scheme, private network)."""


def _check_address(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Refused("Chỉ kiểm tra được địa chỉ http:// hoặc https://.")
    if allow_private():
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise Refused("Không tìm thấy tên miền.") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global:
            raise Refused("Địa chỉ thuộc mạng nội bộ, không kiểm tra.")


def fetch(url: str) -> tuple[bool, str]:
    """GET ``url`` (redirects followed, each hop checked): (active, Vietnamese detail)."""
    seconds = timeout()
    try:
        for _hop in range(MAX_REDIRECTS + 1):
            _check_address(url)
            response = requests.get(
                url,
                timeout=seconds,
                allow_redirects=False,
                stream=True,
                headers={"User-Agent": USER_AGENT},
            )
            response.close()
            if response.is_redirect and response.headers.get("Location"):
                url = urljoin(url, response.headers["Location"])
                continue
            if response.status_code < 400:
                return True, f"Trang phản hồi bình thường (HTTP {response.status_code})."
            return False, f"Trang báo lỗi HTTP {response.status_code}."
        return False, f"Chuyển hướng quá {MAX_REDIRECTS} lần."
    except Refused as exc:
        return False, str(exc)
    except requests.exceptions.Timeout:
        return False, f"Quá {seconds:g} giây không phản hồi."
    except requests.exceptions.SSLError:
        return False, "Lỗi chứng chỉ bảo mật (HTTPS)."
    except requests.exceptions.ConnectionError:
        return False, "Không kết nối được tới trang."
    except requests.exceptions.RequestException:
        return False, "Địa chỉ không hợp lệ hoặc không tải được."


# --- the series ---------------------------------------------------------------------------


def _first_month(org: dict) -> datetime.date:
    start = org["valid_from"] or EPOCH
    return min(max(start, EPOCH), timezone.localdate())


def _end_month(org: dict, now: datetime.datetime) -> datetime.date | datetime.datetime:
    end = org["valid_to"]
    return end if end is not None and end <= timezone.localdate(now) else now


def reconcile(org_ids: Iterable[int] | None = None, *, now=None) -> int:
    """Bring ``ChannelState`` and the figures in line for ``org_ids`` (None: every
    upper-grassroots organisation and every one counted now); returns how many changed.
    Runs in the caller's transaction."""
    now = now or timezone.now()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_KEY])
    states = ChannelState.objects.all()
    orgs = Organization.objects.all()
    if org_ids is not None:
        ids = sorted(set(org_ids))
        states = states.filter(organization_id__in=ids)
        orgs = orgs.filter(pk__in=ids)
    else:
        orgs = orgs.filter(
            Q(level=Level.UPPER_GRASSROOTS)
            | Q(pk__in=ChannelState.objects.filter(Q(required=True) | Q(present=True)).values("pk"))
        )
    held = {s.organization_id: s for s in states}
    rows = list(orgs.values("pk", "level", "status", "valid_from", "valid_to"))
    fresh = now - datetime.timedelta(days=fresh_days())
    with_channel = set(
        Channel.objects.filter(
            organization_id__in=[r["pk"] for r in rows],
            active=True,
            last_check_ok=True,
            last_checked_at__gte=fresh,
        ).values_list("organization_id", flat=True)
    )
    # A merged organisation's figures now live on its successor (programme.actuals).
    kept_on = where_counted([r["pk"] for r in rows if r["status"] == OrgStatus.MERGED])
    changed = 0
    for org in rows:
        target = kept_on.get(org["pk"], org["pk"])
        required = org["level"] == Level.UPPER_GRASSROOTS and org["status"] == OrgStatus.ACTIVE
        present = required and org["pk"] in with_channel
        state = held.get(org["pk"])
        was_required = bool(state and state.required)
        was_present = bool(state and state.present)
        if (required, present) == (was_required, was_present):
            continue
        if required and not was_required:
            when = now if state is not None else _first_month(org)
            bump(target, when, {"channels_required": 1})
        elif was_required and not required:
            bump(target, _end_month(org, now), {"channels_required": -1})
        if present != was_present:
            when = now if present else (now if required else _end_month(org, now))
            bump(target, when, {"channels_present": 1 if present else -1})
        ChannelState.objects.update_or_create(
            organization_id=org["pk"], defaults={"required": required, "present": present}
        )
        changed += 1
    return changed


def on_restructured(sender, action=None, event=None, successors=None, **kwargs):
    """Organisations created, merged, split, dissolved or moved: their requirement."""
    if action == "import":
        reconcile()
        return
    ids = set()
    if event is not None:
        ids.update(event.organizations.values_list("pk", flat=True))
    for old, new in (successors or {}).items():
        ids.add(old)
        ids.update(new)
    if ids:
        reconcile(ids)


def connect() -> None:
    from hierarchy.signals import organization_restructured

    organization_restructured.connect(
        on_restructured, dispatch_uid="programme.channels.restructured"
    )
