"""Sharing actions, one per file, on ``congdoan.actions.Action``: each validates its input,
checks the actor's role, writes, and records an ``AuditEntry``, in one transaction.

Issuers: ``SharePage`` (``IssueShare`` for a ready snapshot), ``RetractShare``,
``CorrectShare``, ``RemindReceivers``. Receivers: ``AcknowledgeShare``, ``HideShare``,
``UnhideShare``, ``PinShare``, ``UnpinShare``, ``MarkShareSeen``, ``ForkShare``,
``SyncFork``. Proposals up the tree: ``ProposePage``, ``DecideProposal``. System actions of
the page signals: ``RefreshSharesFromPage``, ``RetractPageShares``, ``ForgetDeletedFork``;
of the periodic jobs (sharing/jobs.py): ``ExpireShares``, ``RemindDueDirectives``.
"""

from sharing.actions.acknowledge import AcknowledgeShare
from sharing.actions.correct import CorrectShare
from sharing.actions.decide import DecideProposal
from sharing.actions.expire import ExpireShares
from sharing.actions.forget_fork import ForgetDeletedFork
from sharing.actions.fork import ForkShare
from sharing.actions.hide import HideShare
from sharing.actions.issue import IssueShare
from sharing.actions.mark_seen import MarkShareSeen
from sharing.actions.pin import PinShare
from sharing.actions.propose import ProposePage
from sharing.actions.refresh import RefreshSharesFromPage
from sharing.actions.remind import RemindReceivers
from sharing.actions.remind_due import RemindDueDirectives
from sharing.actions.retract import RetractShare
from sharing.actions.retract_page import RetractPageShares
from sharing.actions.share_page import SharePage
from sharing.actions.sync_fork import SyncFork
from sharing.actions.unhide import UnhideShare
from sharing.actions.unpin import UnpinShare

__all__ = [
    "AcknowledgeShare",
    "CorrectShare",
    "DecideProposal",
    "ExpireShares",
    "ForgetDeletedFork",
    "ForkShare",
    "HideShare",
    "IssueShare",
    "MarkShareSeen",
    "PinShare",
    "ProposePage",
    "RefreshSharesFromPage",
    "RemindDueDirectives",
    "RemindReceivers",
    "RetractPageShares",
    "RetractShare",
    "SharePage",
    "SyncFork",
    "UnhideShare",
    "UnpinShare",
]
