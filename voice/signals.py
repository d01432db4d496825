"""What the voice app announces (webhooks, programme figures and caches listen).

``case_changed(action, case, actor, organization)`` is sent inside the action's transaction
after every state change of a case: ``action`` is one of ``CASE_ACTIONS``; ``organization``
is where the case is handled after the change. ``escalated`` also carries ``reason`` (an
``Escalation.Reason`` value: breach, conflict, manual)."""

from django.dispatch import Signal

CASE_ACTIONS = (
    "submitted",
    "classified",
    "assigned",
    "noted",
    "answered",
    "closed",
    "reopened",
    "escalated",
    "warned",
    "merged",
    "withdrawn",
    "identity_revealed",
    "verdict",
    "published_qa",
    "corrected",
    "erased",
)

case_changed = Signal()
