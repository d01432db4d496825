"""Who may see and handle which case: the one place the admin, the API and exports ask.

A ``Handler`` row on an organisation covers its subtree (an upper level sees the cases of
every unit below it); platform operators (superusers) see every case. Organisation admins
appoint handlers but do not read cases themselves unless they hold a handler row (data
minimisation). A case outside the actor's scope does not exist for them: callers raise
"not found", never "forbidden", so its existence leaks nothing.

Identity: in a pseudonymous case the handlers see no name or contact unless the worker
allowed it (``identity_revealed``) or a supervisor recorded an emergency override (a
``CaseAccess`` row of action ``emergency`` with its reason). Anonymous cases hold none.
"""

from __future__ import annotations

from functools import reduce
from operator import or_

from django.db.models import Q

from voice.models import Case, CaseAccess, Handler, IdentityMode


def handler_roles(user) -> list[tuple[str, str]]:
    """(organisation path, role) of every handler row of ``user``."""
    if user is None or not user.is_authenticated:
        return []
    return list(Handler.objects.filter(user=user).values_list("organization__path", "role"))


def scope_q(user, *, supervisor: bool = False) -> Q | None:
    """A filter on ``Case`` for the cases ``user`` may see (None: nothing; ``Q()``: all)."""
    if user is None or not user.is_authenticated:
        return None
    if user.is_superuser:
        return Q()
    roles = handler_roles(user)
    if supervisor:
        roles = [(p, r) for p, r in roles if r == Handler.Role.SUPERVISOR]
    if not roles:
        return None
    return reduce(or_, (Q(org_path__startswith=path) for path, _ in roles))


def visible_cases(user, *, supervisor: bool = False):
    q = scope_q(user, supervisor=supervisor)
    return Case.objects.none() if q is None else Case.objects.filter(q)


def can_handle(user, case: Case, *, supervisor: bool = False) -> bool:
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return any(
        case.org_path.startswith(path) and (not supervisor or role == Handler.Role.SUPERVISOR)
        for path, role in handler_roles(user)
    )


def case_for(user, *, pk=None, code=None, supervisor: bool = False) -> Case:
    """The case if ``user`` may see it, else ``Case.DoesNotExist`` (shown as not found)."""
    qs = visible_cases(user, supervisor=supervisor)
    return qs.get(pk=pk) if pk is not None else qs.get(code=code)


def identity_visible(user, case: Case) -> bool:
    """May ``user`` see the worker's name and contact details on ``case``?"""
    if case.identity_mode == IdentityMode.ANONYMOUS:
        return False
    if case.identity_mode == IdentityMode.IDENTIFIED or case.identity_revealed:
        return True
    return CaseAccess.objects.filter(
        case=case, user=user, action=CaseAccess.Action.EMERGENCY
    ).exists()


def log_access(case: Case, user, action: str = CaseAccess.Action.VIEW, reason: str = "") -> None:
    """Every view, reveal, download and export of a case leaves a row."""
    CaseAccess.objects.create(case=case, user=user, action=action, reason=reason[:500])
