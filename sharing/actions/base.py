"""What every sharing action has in common (``congdoan.actions.Action`` underneath).

``actor`` None is the system (signals, commands, the hierarchy's restructuring) and skips
role checks. Editors' actions that create pages (``SharePage``, ``ForkShare``,
``ProposePage``) run in the tenant schema that holds the page; the others only touch the
public schema.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.roles import EDITOR
from congdoan.actions import Action
from hierarchy.models import Organization
from hierarchy.roles import require_rank
from sharing.models import (
    AuditAction,
    AuditEntry,
    Proposal,
    ProposalStatus,
    ProposalStep,
    Receipt,
    Share,
    ShareStatus,
)
from sharing.permissions import active_tenant
from sharing.scope import Receiver, reaches, receiver_for


class SharingAction(Action):
    """A sharing action: ``audit`` writes ``AuditEntry`` rows through :meth:`record` (or
    :meth:`note` for bulk writes); ``signal`` then sends ``sharing.signals.share_changed``
    once per audited action with the ids of the shares it touched."""

    def record(self, action, *, share=None, proposal=None, organization=None, **detail):
        if share is not None:
            self.note(action, [share.pk], organization=organization)
        return AuditEntry.objects.create(
            action=action,
            actor=self.actor_row,
            share=share,
            proposal=proposal,
            organization=organization,
            detail=detail,
        )

    def note(self, action, share_ids, *, organization=None) -> None:
        """Remember that ``action`` touched ``share_ids`` (for :meth:`signal`)."""
        key = (str(action), getattr(organization, "pk", None))
        self.__dict__.setdefault("_touched", {}).setdefault(key, []).extend(share_ids)

    def signal(self, result) -> None:
        from sharing.signals import share_changed

        for (action, organization_id), share_ids in self.__dict__.pop("_touched", {}).items():
            share_changed.send(
                sender=type(self),
                action=action,
                share_ids=list(dict.fromkeys(share_ids)),
                organization_id=organization_id,
                actor=self.actor_row,
            )

    @staticmethod
    def current_tenant():
        tenant = active_tenant()
        if tenant is None:
            raise ValidationError(
                "Thao tác này chỉ thực hiện được trong trang quản trị của một đơn vị."
            )
        return tenant

    @staticmethod
    def locked(share: Share) -> Share:
        return Share.objects.select_for_update().select_related("issuer").get(pk=share.pk)


class ReceiverAction(SharingAction):
    """An action of a receiving organisation ``org`` on ``share`` (its ``Receipt``)."""

    #: What the receiver does (for the refusal message).
    what = ""

    def __init__(self, share: Share, org: Organization, *, actor):
        super().__init__(actor=actor)
        self.share = share
        self.org = org

    def prepare(self):
        self.share = Share.objects.get(pk=self.share.pk)

    def validate(self):
        if self.share.status != ShareStatus.ACTIVE:
            raise ValidationError("Nội dung này đã bị cấp trên thu hồi.")
        self.receiver: Receiver = receiver_for(self.org)
        if not reaches(self.share, self.receiver, ignore_expiry=True):
            raise ValidationError(f"Nội dung này không được chia sẻ tới {self.org.name}.")

    def check_permission(self):
        require_rank(self.actor, self.org, EDITOR, self.what)

    def receipt(self) -> Receipt:
        receipt, _ = Receipt.objects.select_for_update().get_or_create(
            share=self.share, organization=self.org
        )
        return receipt


class ReceiptChange(ReceiverAction):
    """Set fields of the receipt (``changes()``), mark it seen, audit ``audit_action``."""

    audit_action = ""

    def changes(self) -> dict:
        return {}

    def perform(self):
        receipt = self.receipt()
        for name, value in self.changes().items():
            setattr(receipt, name, value)
        receipt.seen_at = timezone.now()
        receipt.save()
        return receipt

    def audit(self, result):
        self.record(self.audit_action, share=self.share, organization=self.org)


def parent_of(org: Organization) -> Organization | None:
    if org.depth <= 1:
        return None
    return Organization.objects.filter(path=org.parent_path).first()


def require_active_org(org: Organization) -> None:
    if not org.is_active:
        raise ValidationError(f"{org.name} ({org.code}) không còn hoạt động.")


def parse_dt(value):
    if not value:
        return None
    try:
        return datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def add_step(proposal, org, action, actor, note=""):
    ProposalStep.objects.create(
        proposal=proposal,
        organization=org,
        action=action,
        actor=actor if getattr(actor, "pk", None) else None,
        note=note,
    )


def close_proposal(proposal, status, action, actor, note):
    """Approve or reject ``proposal`` where it is now (its step and audit entry)."""
    Proposal.objects.filter(pk=proposal.pk).update(status=status, decided_at=timezone.now())
    add_step(proposal, proposal.current_org, action, actor, note)
    AuditEntry.objects.create(
        action=AuditAction.APPROVE if status == ProposalStatus.APPROVED else AuditAction.REJECT,
        actor=actor if getattr(actor, "pk", None) else None,
        proposal=proposal,
        organization=proposal.current_org,
        detail={"note": note},
    )
