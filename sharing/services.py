"""Sharing actions. Each one validates its input, checks the actor's role, writes, and
records an ``AuditEntry``, in one transaction. ``actor`` None is the system (signals,
commands, the hierarchy's restructuring) and skips role checks.

Editors' actions (``share_page``, ``fork``, ``propose``) run in the tenant schema that holds
the page; the others only touch the public schema.
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.apps import apps
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from hierarchy.models import Kind, Level, Organization
from sharing.models import (
    AuditAction,
    AuditEntry,
    Proposal,
    ProposalAction,
    ProposalStatus,
    ProposalStep,
    Receipt,
    Reminder,
    Share,
    ShareStatus,
)
from sharing.permissions import (
    EDITOR,
    MODERATOR,
    active_tenant,
    content_org_for_page,
    require_rank,
)
from sharing.scope import Receiver, reaches, receiver_for
from sharing.snapshot import build_snapshot, text_of


@dataclass
class ScopeSpec:
    """Who a share is for: ``root``'s subtree, filtered, plus/minus named organisations."""

    root: Organization
    levels: Sequence[int] = field(default_factory=list)
    kinds: Sequence[str] = field(default_factory=list)
    under_kinds: Sequence[str] = field(default_factory=list)
    include: Sequence[Organization] = field(default_factory=list)
    exclude: Sequence[Organization] = field(default_factory=list)


def audit(action, *, actor=None, share=None, proposal=None, organization=None, **detail):
    return AuditEntry.objects.create(
        action=action,
        actor=actor if getattr(actor, "pk", None) else None,
        share=share,
        proposal=proposal,
        organization=organization,
        detail=detail,
    )


def _parent(org: Organization) -> Organization | None:
    if org.depth <= 1:
        return None
    return Organization.objects.filter(path=org.parent_path).first()


def _current_tenant():
    tenant = active_tenant()
    if tenant is None:
        raise ValidationError(
            "Thao tác này chỉ thực hiện được trong trang quản trị của một đơn vị."
        )
    return tenant


# --- Issuing ------------------------------------------------------------------------------


def validate_scope(issuer: Organization, scope: ScopeSpec) -> None:
    """Scope root, includes and excludes inside the issuer's subtree; filters that exist."""
    root = scope.root
    if not root.path.startswith(issuer.path):
        raise PermissionDenied(
            f"Chỉ được chia sẻ xuống cấp dưới: {root.name} không thuộc {issuer.name}."
        )
    if not root.is_active:
        raise ValidationError(f"{root.name} ({root.code}) không còn hoạt động.")
    for level in scope.levels:
        if level not in Level.values:
            raise ValidationError(f"Cấp {level} không tồn tại (chọn từ 1 đến 5).")
        if level < root.level:
            raise ValidationError(
                f"Cấp {level} cao hơn gốc phạm vi {root.name} (cấp {root.level}): "
                "không có đơn vị nào nhận được."
            )
    for kind in [*scope.kinds, *scope.under_kinds]:
        if kind not in Kind.values:
            raise ValidationError(f"Loại đơn vị {kind!r} không tồn tại.")
    for org in [*scope.include, *scope.exclude]:
        if not org.path.startswith(issuer.path):
            raise PermissionDenied(
                f"Chỉ được chia sẻ xuống cấp dưới: {org.name} ({org.code}) không thuộc "
                f"{issuer.name}."
            )
    both = {o.pk for o in scope.include} & {o.pk for o in scope.exclude}
    if both:
        codes = ", ".join(o.code for o in scope.include if o.pk in both)
        raise ValidationError(f"Đơn vị vừa được chọn nhận vừa bị loại trừ: {codes}.")


def _create_share(
    *,
    issuer,
    source_org,
    source_tenant,
    source_page_id,
    snapshot,
    scope: ScopeSpec,
    mandatory,
    expires_at,
    actor,
    proposal=None,
) -> Share:
    require_active_org(issuer)
    require_rank(
        actor,
        issuer,
        MODERATOR if mandatory else EDITOR,
        "ban hành chỉ đạo bắt buộc" if mandatory else "chia sẻ nội dung xuống cấp dưới",
    )
    validate_scope(issuer, scope)
    now = timezone.now()
    if expires_at is not None and expires_at <= now:
        raise ValidationError("Thời hạn phải ở tương lai.")
    published = _parse_dt(snapshot.get("date")) or now
    share = Share.objects.create(
        issuer=issuer,
        source_org=source_org,
        source_tenant=source_tenant,
        source_page_id=source_page_id,
        scope_root=scope.root,
        levels=sorted(set(scope.levels)),
        kinds=sorted(set(scope.kinds)),
        under_kinds=sorted(set(scope.under_kinds)),
        include_ids=sorted({o.pk for o in scope.include}),
        exclude_ids=sorted({o.pk for o in scope.exclude}),
        mandatory=mandatory,
        expires_at=expires_at,
        title=(snapshot.get("title") or "")[:255],
        published_at=published,
        revision_id=snapshot.get("revision_id"),
        snapshot=snapshot,
        changed_at=now,
        created_at=now,
        created_by=actor if getattr(actor, "pk", None) else None,
        proposal=proposal,
    )
    audit(
        AuditAction.SHARE,
        actor=actor,
        share=share,
        organization=issuer,
        scope_root=scope.root.code,
        levels=share.levels,
        kinds=share.kinds,
        under_kinds=share.under_kinds,
        include=[o.code for o in scope.include],
        exclude=[o.code for o in scope.exclude],
        mandatory=mandatory,
        expires_at=expires_at.isoformat() if expires_at else None,
        revision_id=share.revision_id,
    )
    return share


def require_active_org(org: Organization) -> None:
    if not org.is_active:
        raise ValidationError(f"{org.name} ({org.code}) không còn hoạt động.")


def _parse_dt(value):
    if not value:
        return None
    try:
        return datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None


@transaction.atomic
def share_page(
    page,
    scope: ScopeSpec,
    *,
    actor,
    issuer: Organization | None = None,
    mandatory: bool = False,
    expires_at=None,
) -> Share:
    """Share the live ``page`` of the active tenant with ``scope``. The issuer is the
    organisation the page belongs to (or one of its ancestors, if given)."""
    tenant = _current_tenant()
    page = page.specific
    if not page.live:
        raise ValidationError("Chỉ chia sẻ được trang đang xuất bản: hãy xuất bản trang trước.")
    source = content_org_for_page(page, tenant)
    issuer = issuer or source
    if not source.path.startswith(issuer.path):
        raise PermissionDenied(
            f"{issuer.name} không thể chia sẻ bài của {source.name} (không phải đơn vị cấp dưới)."
        )
    return _create_share(
        issuer=issuer,
        source_org=source,
        source_tenant=tenant,
        source_page_id=page.pk,
        snapshot=build_snapshot(page),
        scope=scope,
        mandatory=mandatory,
        expires_at=expires_at,
        actor=actor,
    )


def _locked(share: Share) -> Share:
    return Share.objects.select_for_update().select_related("issuer").get(pk=share.pk)


@transaction.atomic
def retract(share: Share, *, actor, reason: str = "") -> Share:
    """Remove the share from every receiver at once (one UPDATE)."""
    share = _locked(share)
    if share.status == ShareStatus.RETRACTED:
        raise ValidationError("Nội dung này đã được thu hồi trước đó.")
    require_rank(actor, share.issuer, EDITOR, "thu hồi nội dung đã chia sẻ")
    now = timezone.now()
    Share.objects.filter(pk=share.pk).update(
        status=ShareStatus.RETRACTED,
        retracted_at=now,
        retracted_by=actor if getattr(actor, "pk", None) else None,
        retract_reason=reason[:500],
        changed_at=now,
    )
    audit(AuditAction.RETRACT, actor=actor, share=share, organization=share.issuer, reason=reason)
    share.refresh_from_db()
    return share


@transaction.atomic
def correct(share: Share, text: str, *, actor) -> Share:
    """Attach a correction notice that every receiver sees."""
    text = (text or "").strip()
    if not text:
        raise ValidationError("Hãy nhập nội dung đính chính.")
    share = _locked(share)
    if share.status != ShareStatus.ACTIVE:
        raise ValidationError("Không thể đính chính nội dung đã thu hồi.")
    require_rank(actor, share.issuer, EDITOR, "đính chính nội dung đã chia sẻ")
    now = timezone.now()
    Share.objects.filter(pk=share.pk).update(correction=text, corrected_at=now, changed_at=now)
    audit(AuditAction.CORRECT, actor=actor, share=share, organization=share.issuer, text=text)
    share.refresh_from_db()
    return share


def refresh_from_page(page) -> int:
    """After ``page`` is re-published in the active tenant: new snapshot on its live shares
    and pending proposals (two UPDATEs whatever the number of receivers)."""
    tenant = active_tenant()
    if tenant is None:
        return 0
    share_ids = list(
        Share.objects.filter(
            source_tenant_id=tenant.pk, source_page_id=page.pk, status=ShareStatus.ACTIVE
        ).values_list("pk", flat=True)
    )
    proposal_ids = list(
        Proposal.objects.filter(
            source_tenant_id=tenant.pk, source_page_id=page.pk, status=ProposalStatus.PENDING
        ).values_list("pk", flat=True)
    )
    if not share_ids and not proposal_ids:
        return 0
    snapshot = build_snapshot(page)
    now = timezone.now()
    fields = {
        "snapshot": snapshot,
        "title": (snapshot["title"] or "")[:255],
        "revision_id": snapshot["revision_id"],
    }
    with transaction.atomic():
        Share.objects.filter(pk__in=share_ids).update(**fields, changed_at=now)
        Proposal.objects.filter(pk__in=proposal_ids).update(**fields)
        AuditEntry.objects.bulk_create(
            [
                AuditEntry(
                    action=AuditAction.UPDATE,
                    share_id=pk,
                    detail={"revision_id": snapshot["revision_id"]},
                )
                for pk in share_ids
            ]
        )
    return len(share_ids)


def retract_page(tenant_id: int, page_id: int, reason: str) -> int:
    """The source page was unpublished or deleted: retract its shares, reject its pending
    proposals. Returns the number of shares retracted."""
    now = timezone.now()
    with transaction.atomic():
        ids = list(
            Share.objects.filter(
                source_tenant_id=tenant_id, source_page_id=page_id, status=ShareStatus.ACTIVE
            ).values_list("pk", flat=True)
        )
        if ids:
            Share.objects.filter(pk__in=ids).update(
                status=ShareStatus.RETRACTED,
                retracted_at=now,
                retract_reason=reason,
                changed_at=now,
            )
            AuditEntry.objects.bulk_create(
                [
                    AuditEntry(action=AuditAction.RETRACT, share_id=pk, detail={"reason": reason})
                    for pk in ids
                ]
            )
        pending = list(
            Proposal.objects.filter(
                source_tenant_id=tenant_id, source_page_id=page_id, status=ProposalStatus.PENDING
            )
        )
        for proposal in pending:
            _close(proposal, ProposalStatus.REJECTED, ProposalAction.REJECT, None, reason)
    return len(ids)


# --- Receiving ----------------------------------------------------------------------------


def _receiver(share: Share, org: Organization, actor, what: str) -> Receiver:
    if share.status != ShareStatus.ACTIVE:
        raise ValidationError("Nội dung này đã bị cấp trên thu hồi.")
    receiver = receiver_for(org)
    if not reaches(share, receiver, ignore_expiry=True):
        raise ValidationError(f"Nội dung này không được chia sẻ tới {org.name}.")
    require_rank(actor, org, EDITOR, what)
    return receiver


def _receipt(share: Share, org: Organization) -> Receipt:
    receipt, _ = Receipt.objects.select_for_update().get_or_create(share=share, organization=org)
    return receipt


def _act(share, org, actor, action, what, **changes) -> Receipt:
    with transaction.atomic():
        share = Share.objects.get(pk=share.pk)
        _receiver(share, org, actor, what)
        receipt = _receipt(share, org)
        for name, value in changes.items():
            setattr(receipt, name, value)
        receipt.seen_at = timezone.now()
        receipt.save()
        audit(action, actor=actor, share=share, organization=org)
    return receipt


def acknowledge(share: Share, org: Organization, *, actor) -> Receipt:
    """``org`` confirms it received (and carries) the share."""
    return _act(
        share,
        org,
        actor,
        AuditAction.ACKNOWLEDGE,
        "xác nhận đã nhận chỉ đạo",
        acknowledged_at=timezone.now(),
        acknowledged_by=actor if getattr(actor, "pk", None) else None,
    )


def hide(share: Share, org: Organization, *, actor) -> Receipt:
    if share.mandatory:
        raise ValidationError(
            "Không thể ẩn chỉ đạo bắt buộc: đơn vị nhận phải đăng và xác nhận nội dung này."
        )
    return _act(share, org, actor, AuditAction.HIDE, "ẩn nội dung được chia sẻ", hidden=True)


def unhide(share: Share, org: Organization, *, actor) -> Receipt:
    return _act(share, org, actor, AuditAction.UNHIDE, "bỏ ẩn nội dung", hidden=False)


def pin(share: Share, org: Organization, *, actor) -> Receipt:
    return _act(share, org, actor, AuditAction.PIN, "ghim nội dung", pinned=True)


def unpin(share: Share, org: Organization, *, actor) -> Receipt:
    return _act(share, org, actor, AuditAction.UNPIN, "bỏ ghim nội dung", pinned=False)


def mark_seen(share: Share, org: Organization, *, actor) -> Receipt:
    return _act(share, org, actor, AuditAction.SEEN, "đánh dấu đã xem")


def content_root_page(org: Organization, receiver: Receiver):
    """The page under which ``org`` publishes, in the active schema (tenant home or
    microsite root), or None when its content has no page here."""
    from wagtail.models import Page, Site

    tenant = active_tenant()
    if org.tenant_id == tenant.pk:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        return site.root_page if site else None
    if org.microsite_host_id == tenant.pk and org.microsite_page_id:
        return Page.objects.filter(pk=org.microsite_page_id).first()
    return None


def _fork_model(snapshot: dict, parent):
    from wagtail.models import Page

    allowed = set(parent.specific_class.allowed_subpage_models())
    candidates = []
    with contextlib.suppress(LookupError, ValueError):
        candidates.append(apps.get_model(snapshot.get("page_type") or ""))
    candidates.append(apps.get_model("cms", "ArticlePage"))
    for model in candidates:
        if issubclass(model, Page) and model in allowed:
            return model
    raise ValidationError(f"Không thể tạo bài viết dưới trang {parent.title}.")


def _fill(page, snapshot: dict) -> None:
    """Copy the snapshot's text into the new page's matching fields (duck typing)."""
    from wagtail.fields import RichTextField, StreamField

    names = {f.name: f for f in page._meta.get_fields() if hasattr(f, "attname")}
    if "standfirst" in names:
        page.standfirst = snapshot.get("standfirst") or ""
    elif "intro" in names:
        page.intro = snapshot.get("standfirst") or ""
    body = snapshot.get("body")
    target = names.get("body")
    if target is None or body is None:
        return
    if isinstance(target, StreamField):
        page.body = _stream_from(body, target)
    elif isinstance(target, RichTextField) or isinstance(body, str):
        page.body = (
            body
            if isinstance(body, str)
            else "\n".join(
                f"<p>{line}</p>"
                for line in (snapshot.get("text") or {}).get("body", "").splitlines()
            )
        )


def _has_chooser(block) -> bool:
    """The block (or a block inside it) points at a page, image, document or snippet."""
    from wagtail.blocks import ChooserBlock

    if isinstance(block, ChooserBlock):
        return True
    children = list(getattr(block, "child_blocks", {}).values())
    if getattr(block, "child_block", None) is not None:
        children.append(block.child_block)
    return any(_has_chooser(child) for child in children)


def _stream_from(body, stream_field) -> list:
    """Blocks of the snapshot the receiver's StreamField can hold without references into
    the source tenant: blocks it defines that choose no page, image, document or snippet
    (their ids belong to the source tenant)."""
    from wagtail.blocks import RichTextBlock

    children = stream_field.stream_block.child_blocks
    if isinstance(body, str):
        rich = next((n for n, b in children.items() if isinstance(b, RichTextBlock)), None)
        return [{"type": rich, "value": body}] if rich else []
    return [
        {"type": block["type"], "value": block["value"]}
        for block in body
        if isinstance(block, dict)
        and block.get("type") in children
        and not _has_chooser(children[block["type"]])
    ]


@transaction.atomic
def fork(share: Share, org: Organization, *, actor):
    """Adapt the share into a draft local page of ``org`` (in the active tenant), linked to
    its origin. Returns the new page."""
    tenant = _current_tenant()
    share = Share.objects.get(pk=share.pk)
    receiver = _receiver(share, org, actor, "tạo bài riêng từ nội dung được chia sẻ")
    if receiver.hosting_tenant_id() != tenant.pk:
        raise PermissionDenied(f"Nội dung của {org.name} không đăng trên trang này.")
    receipt = _receipt(share, org)
    if receipt.is_forked:
        raise ValidationError(f"{org.name} đã có bài riêng từ nội dung này.")
    parent = content_root_page(org, receiver)
    if parent is None:
        raise ValidationError(f"{org.name} chưa có trang để đăng bài.")
    parent = parent.specific
    model = _fork_model(share.snapshot, parent)
    page = model(title=share.snapshot.get("title") or share.title, live=False)
    _fill(page, share.snapshot)
    parent.add_child(instance=page)
    page.save_revision(user=actor if getattr(actor, "pk", None) else None)
    now = timezone.now()
    receipt.fork_tenant = tenant
    receipt.fork_page_id = page.pk
    receipt.fork_revision_id = share.revision_id
    receipt.fork_base = text_of(share.snapshot)
    receipt.forked_at = now
    receipt.seen_at = now
    receipt.save()
    audit(
        AuditAction.FORK,
        actor=actor,
        share=share,
        organization=org,
        tenant=tenant.schema_name,
        page_id=page.pk,
        revision_id=share.revision_id,
    )
    return page


def upstream_changed(receipt: Receipt | None, share: Share) -> bool:
    """The source changed (re-published with other text, or corrected) since the fork."""
    if receipt is None or not receipt.is_forked:
        return False
    if receipt.fork_base != text_of(share.snapshot):
        return True
    return bool(share.corrected_at and receipt.forked_at and share.corrected_at > receipt.forked_at)


def fork_sync(share: Share, org: Organization, *, actor) -> Receipt:
    """The receiver has taken the upstream changes into its fork."""
    with transaction.atomic():
        share = Share.objects.get(pk=share.pk)
        _receiver(share, org, actor, "cập nhật bài riêng theo bài gốc")
        receipt = _receipt(share, org)
        if not receipt.is_forked:
            raise ValidationError(f"{org.name} chưa có bài riêng từ nội dung này.")
        receipt.fork_base = text_of(share.snapshot)
        receipt.fork_revision_id = share.revision_id
        receipt.forked_at = receipt.seen_at = timezone.now()
        receipt.save()
        audit(AuditAction.FORK_SYNC, actor=actor, share=share, organization=org)
    return receipt


def fork_deleted(tenant_id: int, page_id: int) -> None:
    """The local page of a fork was deleted: the share is received as such again."""
    receipts = list(
        Receipt.objects.filter(fork_tenant_id=tenant_id, fork_page_id=page_id).select_related(
            "share"
        )
    )
    for receipt in receipts:
        Receipt.objects.filter(pk=receipt.pk).update(
            fork_tenant=None, fork_page_id=None, fork_revision_id=None, fork_base={}
        )
        AuditEntry.objects.create(
            action=AuditAction.FORK_DELETED,
            share=receipt.share,
            organization_id=receipt.organization_id,
            detail={"page_id": page_id},
        )


# --- Bottom-up proposals ------------------------------------------------------------------


@transaction.atomic
def propose(page, *, actor, note: str = "") -> Proposal:
    """Propose the live ``page`` (active tenant) to the parent of its organisation."""
    tenant = _current_tenant()
    page = page.specific
    if not page.live:
        raise ValidationError("Chỉ đề xuất được trang đang xuất bản.")
    proposer = content_org_for_page(page, tenant)
    parent = _parent(proposer)
    if parent is None:
        raise ValidationError(f"{proposer.name} không có đơn vị cấp trên để đề xuất.")
    require_rank(actor, proposer, EDITOR, "đề xuất bài lên cấp trên")
    if Proposal.objects.filter(
        source_tenant=tenant, source_page_id=page.pk, status=ProposalStatus.PENDING
    ).exists():
        raise ValidationError("Bài này đang chờ cấp trên duyệt.")
    snapshot = build_snapshot(page)
    proposal = Proposal.objects.create(
        proposer=proposer,
        current_org=parent,
        source_tenant=tenant,
        source_page_id=page.pk,
        title=snapshot["title"][:255],
        published_at=_parse_dt(snapshot.get("date")) or timezone.now(),
        revision_id=snapshot["revision_id"],
        snapshot=snapshot,
        note=(note or "").strip(),
        created_by=actor if getattr(actor, "pk", None) else None,
    )
    _step(proposal, proposer, ProposalAction.PROPOSE, actor, proposal.note)
    audit(
        AuditAction.PROPOSE, actor=actor, proposal=proposal, organization=proposer, to=parent.code
    )
    return proposal


def _step(proposal, org, action, actor, note=""):
    ProposalStep.objects.create(
        proposal=proposal,
        organization=org,
        action=action,
        actor=actor if getattr(actor, "pk", None) else None,
        note=note,
    )


def _close(proposal, status, action, actor, note):
    Proposal.objects.filter(pk=proposal.pk).update(status=status, decided_at=timezone.now())
    _step(proposal, proposal.current_org, action, actor, note)
    audit(
        AuditAction.APPROVE if status == ProposalStatus.APPROVED else AuditAction.REJECT,
        actor=actor,
        proposal=proposal,
        organization=proposal.current_org,
        note=note,
    )


@transaction.atomic
def decide(
    proposal: Proposal,
    decision: str,
    *,
    actor,
    note: str = "",
    scope: ScopeSpec | None = None,
    mandatory: bool = False,
    expires_at=None,
):
    """``forward`` (approve here and send to the next level up), ``approve`` (optionally
    sharing it down ``scope`` from the approving organisation) or ``reject`` (with a
    reason). Returns the proposal, and the share when one was created."""
    proposal = (
        Proposal.objects.select_for_update()
        .select_related("current_org", "proposer")
        .get(pk=proposal.pk)
    )
    if proposal.status != ProposalStatus.PENDING:
        raise ValidationError("Đề xuất này đã được xử lý.")
    org = proposal.current_org
    require_rank(actor, org, EDITOR, f"xét duyệt đề xuất gửi tới {org.name}")
    note = (note or "").strip()
    share = None
    if decision == ProposalAction.FORWARD:
        parent = _parent(org)
        if parent is None:
            raise ValidationError(f"{org.name} là cấp cao nhất: hãy duyệt hoặc từ chối.")
        _step(proposal, org, ProposalAction.FORWARD, actor, note)
        Proposal.objects.filter(pk=proposal.pk).update(current_org=parent)
        audit(AuditAction.FORWARD, actor=actor, proposal=proposal, organization=org, to=parent.code)
    elif decision == ProposalAction.APPROVE:
        _close(proposal, ProposalStatus.APPROVED, ProposalAction.APPROVE, actor, note)
        if scope is not None:
            share = _create_share(
                issuer=org,
                source_org=proposal.proposer,
                source_tenant=proposal.source_tenant,
                source_page_id=proposal.source_page_id,
                snapshot=proposal.snapshot,
                scope=scope,
                mandatory=mandatory,
                expires_at=expires_at,
                actor=actor,
                proposal=proposal,
            )
    elif decision == ProposalAction.REJECT:
        if not note:
            raise ValidationError("Hãy ghi lý do từ chối để đơn vị đề xuất biết.")
        _close(proposal, ProposalStatus.REJECTED, ProposalAction.REJECT, actor, note)
    else:
        raise ValidationError(f"Quyết định {decision!r} không hợp lệ.")
    proposal.refresh_from_db()
    return proposal, share


# --- Compliance reminders -----------------------------------------------------------------


@transaction.atomic
def remind(share: Share, target: Organization, *, actor, message: str = "") -> Reminder:
    """Ask every organisation in ``target``'s subtree that has not acknowledged the
    directive to do so (one row)."""
    share = _locked(share)
    if not share.mandatory:
        raise ValidationError("Chỉ nhắc xác nhận được với chỉ đạo bắt buộc.")
    if not share.is_live:
        raise ValidationError("Chỉ đạo đã thu hồi hoặc hết hạn: không thể nhắc.")
    require_rank(actor, share.issuer, EDITOR, "nhắc đơn vị cấp dưới xác nhận")
    root = share.scope_root
    if not (target.path.startswith(root.path) or target.pk in share.include_ids):
        raise ValidationError(f"{target.name} không thuộc phạm vi của chỉ đạo này.")
    reminder = Reminder.objects.create(
        share=share,
        target=target,
        message=(message or "").strip()[:500],
        sent_by=actor if getattr(actor, "pk", None) else None,
    )
    audit(
        AuditAction.REMIND, actor=actor, share=share, organization=share.issuer, target=target.code
    )
    return reminder
