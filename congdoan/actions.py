"""One shape for every state-changing operation of the domain.

An action is an object built with its inputs and an ``actor`` (None: the system, i.e. a
management command, a signal receiver or another action; it skips permission checks). Its
one entry point, :meth:`Action.execute`, runs the hooks in this order inside one transaction,
so the operation succeeds whole or leaves nothing behind:

``prepare`` (re-read what the action works on, under the lock) -> ``validate`` (bad input:
``ValidationError`` with a Vietnamese message) -> ``check_permission`` (``PermissionDenied``)
-> ``perform`` (the writes; its return value is the action's result) -> ``audit`` (the record
of who did what) -> ``signal`` (tell other apps, still inside the transaction: a receiver
that raises undoes the action).

Wagtail's own ``wagtail.actions`` classes have ``execute`` with permission checks, but no
audit or signal step and no transaction; this base adds those so every app (org tree,
sharing, tenants and what comes next) writes actions the same way. Subclasses live one per
file in ``<app>/actions/``.
"""

from __future__ import annotations

import contextlib
from typing import Any, ClassVar

from django.db import connection, transaction
from django_tenants.utils import get_public_schema_name, schema_context


class Action:
    """Base of every domain action; override the hooks, call :meth:`execute`."""

    #: Run in the public schema (actions that write tenants, which django-tenants only
    #: saves from there); False: in the schema active when the action is executed.
    public: ClassVar[bool] = False
    #: Key of a transaction-scoped PostgreSQL advisory lock that serialises every action
    #: sharing it; None: no lock.
    lock_key: ClassVar[int | None] = None

    def __init__(self, *, actor=None):
        self.actor = actor

    # --- hooks -------------------------------------------------------------------------

    def prepare(self) -> None:
        """Re-read the objects the action works on, once the lock is held."""

    def validate(self) -> None:
        """Refuse bad input with a ``ValidationError``; nothing has been written yet."""

    def check_permission(self) -> None:
        """Refuse an actor without the right with ``PermissionDenied``."""

    def perform(self) -> Any:
        raise NotImplementedError

    def audit(self, result) -> None:
        """Record the action (an event or audit row)."""

    def signal(self, result) -> None:
        """Tell other apps; runs inside the transaction."""

    # --- entry point -------------------------------------------------------------------

    def execute(self):
        with self.transaction():
            self.prepare()
            self.validate()
            self.check_permission()
            result = self.perform()
            self.audit(result)
            self.signal(result)
        return result

    def check(self) -> None:
        """Run ``prepare``, ``validate`` and ``check_permission`` without writing: what a
        confirmation screen asks before it offers to :meth:`execute`."""
        with self.transaction():
            self.prepare()
            self.validate()
            self.check_permission()

    @contextlib.contextmanager
    def transaction(self):
        with contextlib.ExitStack() as stack:
            if self.public:
                stack.enter_context(schema_context(get_public_schema_name()))
            stack.enter_context(transaction.atomic())
            if self.lock_key is not None:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(%s)", [self.lock_key])
            yield

    # --- helpers -----------------------------------------------------------------------

    @property
    def actor_row(self):
        """The actor as a foreign-key value: None for the system or an anonymous user."""
        return self.actor if getattr(self.actor, "pk", None) else None
