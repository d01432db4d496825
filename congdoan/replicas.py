"""Reads from a streaming replica: a tenant-aware database router (docs/scale-out.md).

With ``REPLICA_DATABASE_URL`` set, the settings add a database alias ``replica`` (django-tenants'
PostgreSQL backend, so it carries a tenant and sets ``search_path`` like the primary). Reads
go there only inside :func:`read_from_replica` (the GraphQL view for query operations, feed
and sitemap views) and only when all of these hold:

* the replica answers and its replay lag is under ``REPLICA_MAX_LAG_SECONDS`` (probed on the
  replica connection itself, the answer kept ``REPLICA_HEALTH_SECONDS`` per process);
* the client did not write in the last ``REPLICA_PIN_SECONDS`` (:class:`ReplicaMiddleware`
  sets the cookie ``REPLICA_PIN_COOKIE`` on every write request) — read-your-writes;
* nothing was written earlier in the same request and no transaction is open on the primary.

The router gives the replica connection the primary connection's tenant before every read it
routes there, so tenant A's read returns A's rows. Writes always go to the primary. Without
a replica alias everything stays on the primary and none of this costs anything.

A view wrapped by :func:`read_from_replica` that fails on the replica (connection lost, the
server stopped) is run again on the primary when a fresh probe confirms the replica is gone:
read-only requests are safe to repeat, so clients see no error.
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import functools
import json
import logging
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import checks
from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, connections
from django.utils.functional import cached_property

log = logging.getLogger(__name__)

REPLICA = "replica"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})

# One probe statement: is the server a standby, is its WAL receiver running, how far behind
# is replay. Lag is 0 when everything received is replayed, otherwise the age of the last
# replayed transaction (an upper bound); NULL (nothing replayed yet) counts as too far behind.
PROBE_SQL = """
SELECT pg_is_in_recovery(),
       (SELECT pid IS NOT NULL FROM pg_stat_wal_receiver LIMIT 1),
       CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0.0
            ELSE EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp())::float8
       END
"""


def replica_configured() -> bool:
    return REPLICA in settings.DATABASES


def _setting(name: str, default: float) -> float:
    return float(getattr(settings, name, default))


# --- Health ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Health:
    usable: bool
    reason: str
    lag: float | None = None
    checked_at: float = 0.0


_health = Health(False, "chưa kiểm tra")
_health_lock = threading.Lock()


def _probe() -> Health:
    """Ask the replica (on this thread's replica connection) whether it may serve reads."""
    now = time.monotonic()
    replica = connections[REPLICA]
    try:
        with replica.cursor() as cursor:
            cursor.execute(PROBE_SQL)
            in_recovery, receiving, lag = cursor.fetchone()
    except Exception as exc:  # any failure means "read from the primary", never an error
        log.warning("replica unusable: %s", exc.__class__.__name__)
        with contextlib.suppress(Exception):  # the connection is already gone
            replica.close()
        return Health(False, f"không kết nối được ({exc.__class__.__name__})", None, now)
    if not in_recovery:
        return Health(False, "máy chủ không còn là bản sao (đã được nâng cấp)", None, now)
    if not receiving:
        return Health(False, "bản sao không nhận WAL từ máy chủ chính", lag, now)
    limit = _setting("REPLICA_MAX_LAG_SECONDS", 2.0)
    if lag is None or lag > limit:
        return Health(False, f"bản sao chậm hơn {limit:g} giây", lag, now)
    return Health(True, "ok", lag, now)


def replica_health(*, force: bool = False) -> Health:
    """The replica's state, probed at most once per ``REPLICA_HEALTH_SECONDS`` per process
    (``force`` probes now)."""
    global _health
    if not replica_configured():
        return Health(False, "không cấu hình bản sao")
    current = _health
    ttl = _setting("REPLICA_HEALTH_SECONDS", 2.0)
    if not force and current.checked_at and time.monotonic() - current.checked_at < ttl:
        return current
    with _health_lock:
        _health = _probe()
        return _health


def reset_health() -> None:
    """Forget the cached probe (tests; after reconfiguring the replica)."""
    global _health
    _health = Health(False, "chưa kiểm tra")


# --- Request-scoped routing state ----------------------------------------------------------


@dataclass
class _State:
    pinned: bool = False  # the client wrote recently (pin cookie)
    depth: int = 0  # inside read_from_replica and the replica is usable
    read_request: bool = False  # a view marked the request as read-only
    wrote: bool = False  # something was written during this request
    disabled: bool = False  # the replica failed during this request
    used: bool = False  # at least one read was routed to the replica
    # This thread's connection objects, looked up once per block (asgiref's Local is slow).
    primary: object = None
    replica: object = None


_STATE: contextvars.ContextVar[_State | None] = contextvars.ContextVar(
    "congdoan_replica_state", default=None
)


def served_by_replica() -> bool:
    """True when a read of the current request (or ``read_from_replica`` block) went to the
    replica: a response cache may want a shorter lifetime for such answers."""
    state = _STATE.get()
    return bool(state and state.used)


_WRITES = ("INSERT", "UPDATE", "DELETE", "MERGE", "CREATE", "ALTER", "DROP", "TRUNCATE", "COPY")


class _WriteWatcher:
    """Execute wrapper on the primary connection while reads may go to the replica: the
    first statement that changes data sends the rest of the unit of work to the primary."""

    def __init__(self, state: _State):
        self.state = state

    def __call__(self, execute, sql, params, many, context):
        if (
            not self.state.wrote
            and context["connection"].alias == DEFAULT_DB_ALIAS
            and sql.lstrip()[:8].upper().startswith(_WRITES)
        ):
            self.state.wrote = True
        return execute(sql, params, many, context)


class _ReplicaReads:
    """``with read_from_replica(): ...`` and ``@read_from_replica`` (see the function)."""

    def __init__(self, when=None):
        self.when = when
        self._entered: list[tuple] = []

    def __enter__(self) -> _State:
        state = _STATE.get()
        token = None
        if state is None:
            state = _State()
            token = _STATE.set(state)
        state.read_request = True
        usable = (
            replica_configured()
            and not state.pinned
            and not state.disabled
            and replica_health().usable
        )
        watcher = None
        if usable:
            state.depth += 1
            if state.depth == 1:
                state.primary = connections[DEFAULT_DB_ALIAS]
                state.replica = connections[REPLICA]
                watcher = _WriteWatcher(state)
                state.primary.execute_wrappers.append(watcher)
        self._entered.append((token, state, usable, watcher))
        return state

    def __exit__(self, *exc_info) -> None:
        token, state, usable, watcher = self._entered.pop()
        if usable:
            state.depth -= 1
        if watcher is not None:
            wrappers = state.primary.execute_wrappers
            for i in range(len(wrappers) - 1, -1, -1):
                if wrappers[i] is watcher:
                    del wrappers[i]
                    break
        if token is not None:
            _STATE.reset(token)

    def __call__(self, view):
        when = self.when

        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if not replica_configured() or (when is not None and not when(request)):
                return view(request, *args, **kwargs)
            pristine = copy.copy(request)  # the body is read: a repeat sees the same request
            with _ReplicaReads() as state:
                state.used = False
                try:
                    response = view(request, *args, **kwargs)
                except (OperationalError, InterfaceError):
                    if not state.used or replica_health(force=True).usable:
                        raise
                else:
                    if not (
                        state.used
                        and response.status_code >= 500
                        and not replica_health(force=True).usable
                    ):
                        return response
                # The replica failed under a read-only view: once more, on the primary.
                log.warning(
                    "replica failed while serving %s; answered by the primary", request.path
                )
                state.disabled = True
                state.used = False
                return view(copy.copy(pristine), *args, **kwargs)

        wrapped.replica_reads = True
        return wrapped


def read_from_replica(view=None, *, when=None):
    """Send reads to the replica while it is usable.

    * ``with read_from_replica(): ...`` — the reads in the block (jobs, scripts);
    * ``@read_from_replica`` on a view — its reads; when the replica fails while serving it,
      the view runs again on the primary;
    * ``read_from_replica(view, when=predicate)`` — only for requests where
      ``predicate(request)`` is true (the GraphQL view uses :func:`graphql_read`).
    """
    reads = _ReplicaReads(when)
    return reads(view) if view is not None else reads


# --- Which GraphQL requests are reads --------------------------------------------------------

_MAX_INSPECTED_BODY = 256 * 1024


@functools.lru_cache(maxsize=512)
def _only_queries(query: str, operation_name: str | None) -> bool:
    from graphql import GraphQLError, OperationType, parse
    from graphql.language import OperationDefinitionNode

    try:
        document = parse(query, no_location=True)
    except (GraphQLError, RecursionError):
        return False
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if operation_name:
        operations = [o for o in operations if o.name and o.name.value == operation_name]
    return bool(operations) and all(o.operation == OperationType.QUERY for o in operations)


def graphql_read(request) -> bool:
    """A GraphQL-over-HTTP request that can only read: any GET (mutations are refused over
    GET), or a JSON POST whose document holds only query operations (the selected one, when
    ``operationName`` is given). A POST carrying only a persisted-query hash, or anything
    unparsable, is not known to be a read and stays on the primary."""
    if request.method in ("GET", "HEAD"):
        return True
    if request.method != "POST" or not request.content_type.startswith("application/json"):
        return False
    try:
        if int(request.META.get("CONTENT_LENGTH") or 0) > _MAX_INSPECTED_BODY:
            return False
        payload = json.loads(request.body)
    except (ValueError, UnicodeDecodeError, OSError):
        return False
    if not isinstance(payload, dict) or not isinstance(payload.get("query"), str):
        return False
    name = payload.get("operationName")
    return _only_queries(payload["query"], name if isinstance(name, str) else None)


# --- Router --------------------------------------------------------------------------------


class ReplicaRouter:
    """Reads inside :func:`read_from_replica` go to ``replica`` (with the primary connection's
    tenant); every write, and every read after a write or inside a transaction, goes to the
    primary. The replica is never migrated (it replays the primary's WAL)."""

    def db_for_read(self, model, **hints):
        state = _STATE.get()
        if state is None or state.depth <= 0 or state.wrote or state.disabled:
            return DEFAULT_DB_ALIAS
        primary = state.primary
        if primary.in_atomic_block:
            return DEFAULT_DB_ALIAS
        replica = state.replica
        if (
            replica.schema_name != primary.schema_name
            or replica.include_public_schema != primary.include_public_schema
        ):
            replica.set_tenant(primary.tenant, primary.include_public_schema)
        # Statement budgets and other wrappers installed on the primary connection (the
        # GraphQL view's) count the replica's statements too.
        if replica.execute_wrappers is not primary.execute_wrappers:
            replica.execute_wrappers = primary.execute_wrappers
        state.used = True
        return REPLICA

    def db_for_write(self, model, **hints):
        # Not a write yet: get_or_create() and Wagtail's site settings read through here.
        # What was written is seen by _WriteWatcher.
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        if {obj1._state.db, obj2._state.db} <= {DEFAULT_DB_ALIAS, REPLICA, None}:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return False if db == REPLICA else None


# --- Read-your-writes ------------------------------------------------------------------------


class ReplicaMiddleware:
    """Per request: the routing state, pinned to the primary when the client's pin cookie is
    still valid; after a write request (an unsafe method on a view not marked read-only, or
    any write that happened), the cookie is set for ``REPLICA_PIN_SECONDS``. Read-only
    requests never get the cookie (their answers stay cacheable)."""

    def __init__(self, get_response):
        from django.core.exceptions import MiddlewareNotUsed

        if not replica_configured():
            raise MiddlewareNotUsed
        self.get_response = get_response

    @cached_property
    def cookie(self) -> str:
        return getattr(settings, "REPLICA_PIN_COOKIE", "congdoan_primary")

    def _pinned(self, request) -> bool:
        value = request.COOKIES.get(self.cookie)
        if not value:
            return False
        try:
            return float(value) > time.time()
        except ValueError:
            return False

    def __call__(self, request):
        state = _State(pinned=self._pinned(request))
        token = _STATE.set(state)
        try:
            response = self.get_response(request)
        finally:
            _STATE.reset(token)
        if not state.read_request and (state.wrote or request.method not in SAFE_METHODS):
            seconds = _setting("REPLICA_PIN_SECONDS", 5.0)
            response.set_cookie(
                self.cookie,
                f"{time.time() + seconds:.3f}",
                max_age=max(1, round(seconds)),
                httponly=True,
                samesite="Lax",
                secure=settings.SESSION_COOKIE_SECURE,
            )
        return response


@checks.register()
def pin_covers_lag(app_configs=None, **kwargs):
    """A client must read its own write: the pin has to outlast the largest lag the router
    can miss (the lag limit plus the time a probe result is trusted)."""
    if not replica_configured():
        return []
    pin = _setting("REPLICA_PIN_SECONDS", 5.0)
    worst = _setting("REPLICA_MAX_LAG_SECONDS", 2.0) + _setting("REPLICA_HEALTH_SECONDS", 2.0)
    if pin >= worst:
        return []
    return [
        checks.Warning(
            f"REPLICA_PIN_SECONDS={pin:g} ngắn hơn REPLICA_MAX_LAG_SECONDS + "
            f"REPLICA_HEALTH_SECONDS ({worst:g}): người vừa ghi có thể đọc lại dữ liệu cũ "
            "từ bản sao.",
            hint=f"Đặt REPLICA_PIN_SECONDS ít nhất {worst:g}.",
            id="congdoan.W020",
        )
    ]
