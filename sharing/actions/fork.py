from __future__ import annotations

import contextlib

from django.apps import apps
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from cms import page_fields
from hierarchy.models import Organization
from sharing.actions.base import ReceiverAction
from sharing.models import AuditAction
from sharing.permissions import active_tenant
from sharing.snapshot import text_of


class ForkShare(ReceiverAction):
    """Adapt the share into a draft local page of ``org`` (in the active tenant), linked to
    its origin. Returns the new page."""

    what = "tạo bài riêng từ nội dung được chia sẻ"

    def prepare(self):
        self.tenant = self.current_tenant()
        super().prepare()

    def check_permission(self):
        super().check_permission()
        if self.receiver.hosting_tenant_id() != self.tenant.pk:
            raise PermissionDenied(f"Nội dung của {self.org.name} không đăng trên trang này.")

    def perform(self):
        share, org = self.share, self.org
        receipt = self.receipt()
        if receipt.is_forked:
            raise ValidationError(f"{org.name} đã có bài riêng từ nội dung này.")
        parent = content_root_page(org)
        if parent is None:
            raise ValidationError(f"{org.name} chưa có trang để đăng bài.")
        parent = parent.specific
        snapshot = share.snapshot
        model = fork_model(snapshot, parent)
        page = model(title=snapshot.get("title") or share.title, live=False)
        page_fields.fill(
            page,
            summary_text=snapshot.get("standfirst") or "",
            body_value=snapshot.get("body"),
            body_text=(snapshot.get("text") or {}).get("body", ""),
        )
        parent.add_child(instance=page)
        page.save_revision(user=self.actor_row)
        now = timezone.now()
        receipt.fork_tenant = self.tenant
        receipt.fork_page_id = page.pk
        receipt.fork_revision_id = share.revision_id
        receipt.fork_base = text_of(share.snapshot)
        receipt.forked_at = now
        receipt.seen_at = now
        receipt.save()
        return page

    def audit(self, page):
        self.record(
            AuditAction.FORK,
            share=self.share,
            organization=self.org,
            tenant=self.tenant.schema_name,
            page_id=page.pk,
            revision_id=self.share.revision_id,
        )


def content_root_page(org: Organization):
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


def fork_model(snapshot: dict, parent):
    """The page type of the fork: the source's when ``parent`` allows it, else an article."""
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
